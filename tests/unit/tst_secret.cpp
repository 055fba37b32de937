#include "auth/secret.h"

#include <QTest>

#include <type_traits>

using altrata::auth::Secret;

// A Secret must never turn into a string by accident.
static_assert(!std::is_convertible_v<Secret, QString>);
static_assert(!std::is_convertible_v<Secret, QByteArray>);
static_assert(!std::is_convertible_v<QString, Secret>);

class TestSecret final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void qdebug_masksTheValue() {
        QString printed;
        QDebug(&printed) << Secret(QStringLiteral("hunter2"));
        QVERIFY(!printed.contains(QStringLiteral("hunter2")));
        QVERIFY(printed.contains(QStringLiteral("***")));

        QString empty;
        QDebug(&empty) << Secret();
        QVERIFY(empty.contains(QStringLiteral("empty")));
    }

    void reveal_returnsTheValue() {
        const Secret secret(QStringLiteral("päss"));
        QCOMPARE(secret.reveal(), QStringLiteral("päss"));
        QCOMPARE(secret.revealUtf8(), QStringLiteral("päss").toUtf8());
        QCOMPARE(Secret::fromUtf8(QByteArrayLiteral("abc")).reveal(), QStringLiteral("abc"));
    }

    void surroundingWhitespace_isDetected_data() {
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("detected");
        QTest::newRow("clean") << QStringLiteral("abc") << false;
        QTest::newRow("inner space") << QStringLiteral("a b") << false;
        QTest::newRow("trailing space") << QStringLiteral("abc ") << true;
        QTest::newRow("leading tab") << QStringLiteral("\tabc") << true;
        QTest::newRow("trailing newline") << QStringLiteral("abc\n") << true;
        QTest::newRow("empty") << QString() << false;
    }

    void surroundingWhitespace_isDetected() {
        QFETCH(QString, value);
        QFETCH(bool, detected);
        QCOMPARE(Secret(value).hasSurroundingWhitespace(), detected);
    }

    void wipe_empties() {
        Secret secret(QStringLiteral("x"));
        secret.wipe();
        QVERIFY(secret.isEmpty());
    }

    void copiesAndMoves_keepValuesIndependent() {
        Secret a(QStringLiteral("one"));
        Secret b = a;
        a.wipe();
        QCOMPARE(b.reveal(), QStringLiteral("one"));
        Secret c = std::move(b);
        QCOMPARE(c.reveal(), QStringLiteral("one"));
        QVERIFY(b.isEmpty()); // NOLINT(bugprone-use-after-move): moved-from state is part of the contract
        c = Secret(QStringLiteral("two"));
        QCOMPARE(c.reveal(), QStringLiteral("two"));
        QVERIFY(c == Secret(QStringLiteral("two")));
    }
};

QTEST_APPLESS_MAIN(TestSecret)
#include "tst_secret.moc"

#include "fieldadvice.h"

#include <QTest>

using altrata::ui::FieldAdvice;

class TestFieldAdvice final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void surroundingWhitespace_namesFieldAndSlip_data();
    void surroundingWhitespace_namesFieldAndSlip();
    void surroundingWhitespace_neverQuotesTheValue();
};

void TestFieldAdvice::surroundingWhitespace_namesFieldAndSlip_data() {
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("expected");
    QTest::newRow("trailing space") << QStringLiteral("API key") << QStringLiteral("abc ")
                                    << QStringLiteral("The API key ends with a space — usually a copy-paste slip.");
    QTest::newRow("leading tab") << QStringLiteral("password") << QStringLiteral("\tabc")
                                 << QStringLiteral("The password starts with a tab — usually a copy-paste slip.");
    QTest::newRow("trailing line break") << QStringLiteral("API key") << QStringLiteral("abc\n")
                                         << QStringLiteral(
                                                "The API key ends with a line break — usually a copy-paste slip.");
    QTest::newRow("both ends") << QStringLiteral("username") << QStringLiteral(" abc ")
                               << QStringLiteral("The username starts and ends with white space — usually a "
                                                 "copy-paste slip.");
    QTest::newRow("other white space") << QStringLiteral("username") << QStringLiteral("abc\u00a0")
                                       << QStringLiteral("The username ends with white space — usually a "
                                                         "copy-paste slip.");
}

void TestFieldAdvice::surroundingWhitespace_namesFieldAndSlip() {
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(QString, expected);
    QCOMPARE(FieldAdvice::surroundingWhitespace(field, value), expected);
}

void TestFieldAdvice::surroundingWhitespace_neverQuotesTheValue() {
    const QString advice = FieldAdvice::surroundingWhitespace(QStringLiteral("password"), QStringLiteral("hunter2 "));
    QVERIFY(!advice.isEmpty());
    QVERIFY(!advice.contains(QStringLiteral("hunter2")));
}

QTEST_GUILESS_MAIN(TestFieldAdvice)
#include "tst_fieldadvice.moc"

#include "bytesize.h"

#include <QTest>

using altrata::ui::byteSizeText;

class TestByteSize final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void byteSizeText_readsLikeAFileManager_data();
    void byteSizeText_readsLikeAFileManager();
};

void TestByteSize::byteSizeText_readsLikeAFileManager_data() {
    QTest::addColumn<qint64>("bytes");
    QTest::addColumn<QString>("expected");
    QTest::newRow("zero") << qint64(0) << QStringLiteral("0 B");
    QTest::newRow("negative is zero") << qint64(-5) << QStringLiteral("0 B");
    QTest::newRow("bytes") << qint64(999) << QStringLiteral("999 B");
    QTest::newRow("one kB") << qint64(1000) << QStringLiteral("1.0 kB");
    QTest::newRow("kB") << qint64(1536) << QStringLiteral("1.5 kB");
    QTest::newRow("just below MB rounds up a unit") << qint64(999'960) << QStringLiteral("1.0 MB");
    QTest::newRow("MB") << qint64(12'800'000) << QStringLiteral("12.8 MB");
    QTest::newRow("three digits, no decimal") << qint64(256'400'000) << QStringLiteral("256 MB");
    QTest::newRow("GB") << qint64(3'210'000'000) << QStringLiteral("3.2 GB");
}

void TestByteSize::byteSizeText_readsLikeAFileManager() {
    QFETCH(qint64, bytes);
    QFETCH(QString, expected);
    QCOMPARE(byteSizeText(bytes), expected);
}

QTEST_GUILESS_MAIN(TestByteSize)
#include "tst_bytesize.moc"

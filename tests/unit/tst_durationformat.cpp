#include "auth/durationformat.h"

#include <QTest>

using altrata::auth::DurationFormat;

class TestDurationFormat final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void words_data();
    void words();
    void precise_data();
    void precise();
    void clock_data();
    void clock();
    void fixedClock_data();
    void fixedClock();
};

void TestDurationFormat::words_data() {
    QTest::addColumn<qint64>("seconds");
    QTest::addColumn<QString>("expected");
    QTest::newRow("full token lifetime") << qint64(28800) << QStringLiteral("8 h");
    QTest::newRow("one second short of 8 h rounds down") << qint64(28799) << QStringLiteral("7 h 59 min");
    QTest::newRow("hours and minutes") << qint64(2 * 3600 + 5 * 60 + 30) << QStringLiteral("2 h 5 min");
    QTest::newRow("minutes only") << qint64(12 * 60 + 59) << QStringLiteral("12 min");
    QTest::newRow("exactly one minute") << qint64(60) << QStringLiteral("1 min");
    QTest::newRow("seconds only") << qint64(45) << QStringLiteral("45 s");
    QTest::newRow("zero") << qint64(0) << QStringLiteral("0 s");
    QTest::newRow("negative counts as zero") << qint64(-30) << QStringLiteral("0 s");
}

void TestDurationFormat::words() {
    QFETCH(qint64, seconds);
    QFETCH(QString, expected);
    QCOMPARE(DurationFormat::words(seconds), expected);
}

void TestDurationFormat::precise_data() {
    QTest::addColumn<qint64>("seconds");
    QTest::addColumn<QString>("expected");
    QTest::newRow("hours") << qint64(28798) << QStringLiteral("7 h 59 min 58 s");
    QTest::newRow("minutes") << qint64(240) << QStringLiteral("4 min 0 s");
    QTest::newRow("seconds") << qint64(12) << QStringLiteral("12 s");
    QTest::newRow("negative counts as zero") << qint64(-5) << QStringLiteral("0 s");
}

void TestDurationFormat::precise() {
    QFETCH(qint64, seconds);
    QFETCH(QString, expected);
    QCOMPARE(DurationFormat::precise(seconds), expected);
}

void TestDurationFormat::clock_data() {
    QTest::addColumn<qint64>("seconds");
    QTest::addColumn<QString>("expected");
    QTest::newRow("expiring soon") << qint64(4 * 60 + 12) << QStringLiteral("4:12");
    QTest::newRow("seconds are padded") << qint64(5) << QStringLiteral("0:05");
    QTest::newRow("just under an hour") << qint64(3599) << QStringLiteral("59:59");
    QTest::newRow("an hour shows hours") << qint64(3600) << QStringLiteral("1:00:00");
    QTest::newRow("hours minutes seconds") << qint64(7 * 3600 + 59 * 60 + 12) << QStringLiteral("7:59:12");
    QTest::newRow("negative counts as zero") << qint64(-1) << QStringLiteral("0:00");
}

void TestDurationFormat::clock() {
    QFETCH(qint64, seconds);
    QFETCH(QString, expected);
    QCOMPARE(DurationFormat::clock(seconds), expected);
}

void TestDurationFormat::fixedClock_data() {
    QTest::addColumn<qint64>("seconds");
    QTest::addColumn<QString>("expected");
    QTest::newRow("full lifetime") << qint64(28800) << QStringLiteral("08:00:00");
    QTest::newRow("under a minute keeps the width") << qint64(7) << QStringLiteral("00:00:07");
    QTest::newRow("mixed") << qint64(3 * 3600 + 4 * 60 + 5) << QStringLiteral("03:04:05");
    QTest::newRow("negative counts as zero") << qint64(-90) << QStringLiteral("00:00:00");
}

void TestDurationFormat::fixedClock() {
    QFETCH(qint64, seconds);
    QFETCH(QString, expected);
    QCOMPARE(DurationFormat::fixedClock(seconds), expected);
}

QTEST_GUILESS_MAIN(TestDurationFormat)
#include "tst_durationformat.moc"

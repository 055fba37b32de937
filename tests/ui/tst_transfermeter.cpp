#include "transfermeter.h"

#include <QTest>

using altrata::ui::TransferMeter;

class TestTransferMeter final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void bytesPerSecond_steadyTransfer_isTheRate();
    void bytesPerSecond_overLastSecondOnly_followsASpeedChange();
    void bytesPerSecond_tooShortASpan_isUnknown();
    void report_fewerBytesThanBefore_startsOver();
    void progressText_formatsAmountsAndRate_data();
    void progressText_formatsAmountsAndRate();
};

void TestTransferMeter::bytesPerSecond_steadyTransfer_isTheRate() {
    TransferMeter meter;
    for (qint64 ms = 0; ms <= 2000; ms += 100)
        meter.report(ms * 45'200, ms); // 45.2 MB/s
    QCOMPARE(meter.bytesPerSecond(), 45'200'000.0);
    QCOMPARE(TransferMeter::rateText(meter.bytesPerSecond()), QStringLiteral("45.2 MB/s"));
}

void TestTransferMeter::bytesPerSecond_overLastSecondOnly_followsASpeedChange() {
    TransferMeter meter;
    qint64 received = 0;
    for (qint64 ms = 0; ms <= 5000; ms += 100) { // 10 MB/s for 5 s
        meter.report(received, ms);
        received += 1'000'000;
    }
    received -= 1'000'000; // the last report: 50 MB at 5 s
    qint64 ms = 5000;
    for (int i = 0; i < 10; ++i) { // then 1 MB/s for 1 s
        received += 100'000;
        ms += 100;
        meter.report(received, ms);
    }
    QCOMPARE(meter.bytesPerSecond(), 1'000'000.0);
}

void TestTransferMeter::bytesPerSecond_tooShortASpan_isUnknown() {
    TransferMeter meter;
    QCOMPARE(meter.bytesPerSecond(), -1.0);
    meter.report(0, 1000);
    meter.report(5'000'000, 1100);
    QCOMPARE(meter.bytesPerSecond(), -1.0);
    meter.report(7'500'000, 1250);
    QCOMPARE(meter.bytesPerSecond(), 30'000'000.0);
}

void TestTransferMeter::report_fewerBytesThanBefore_startsOver() {
    TransferMeter meter;
    meter.report(0, 0);
    meter.report(50'000'000, 1000);
    meter.report(0, 1100); // the next request's first report
    meter.report(2'000'000, 1600);
    QCOMPARE(meter.bytesPerSecond(), 4'000'000.0);
    meter.reset();
    QCOMPARE(meter.bytesPerSecond(), -1.0);
}

void TestTransferMeter::progressText_formatsAmountsAndRate_data() {
    QTest::addColumn<qint64>("received");
    QTest::addColumn<qint64>("total");
    QTest::addColumn<double>("rate");
    QTest::addColumn<QString>("text");
    QTest::newRow("total and rate") << qint64(12'300'000) << qint64(100'000'000) << 45'200'000.0
                                    << QStringLiteral("12.3 MB of 100 MB \u00b7 45.2 MB/s");
    QTest::newRow("unknown total") << qint64(12'300'000) << qint64(-1) << 45'200'000.0
                                   << QStringLiteral("12.3 MB received \u00b7 45.2 MB/s");
    QTest::newRow("rate not known yet") << qint64(512) << qint64(2'000) << -1.0 << QStringLiteral("512 B of 2.0 kB");
    QTest::newRow("stalled") << qint64(1'500) << qint64(0) << 0.0 << QStringLiteral("1.5 kB received \u00b7 0 B/s");
    QTest::newRow("slow") << qint64(999) << qint64(-1) << 850.4 << QStringLiteral("999 B received \u00b7 850 B/s");
}

void TestTransferMeter::progressText_formatsAmountsAndRate() {
    QFETCH(qint64, received);
    QFETCH(qint64, total);
    QFETCH(double, rate);
    QFETCH(QString, text);
    QCOMPARE(TransferMeter::progressText(received, total, rate), text);
}

QTEST_GUILESS_MAIN(TestTransferMeter)
#include "tst_transfermeter.moc"

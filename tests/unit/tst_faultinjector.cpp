#include "auth/clock.h"
#include "sandbox/faultinjector.h"

#include <QTest>

using altrata::auth::ManualClock;
using altrata::sandbox::FaultDecision;
using altrata::sandbox::FaultInjection;
using altrata::sandbox::FaultInjector;

namespace {

FaultInjection faults(int latencyMs, double failureRate, int throttlePerSecond) {
    FaultInjection f;
    f.latencyMs = latencyMs;
    f.failureRate = failureRate;
    f.throttlePerSecond = throttlePerSecond;
    return f;
}

int statusOf(const FaultDecision &decision) {
    return decision.refusal ? decision.refusal->status : 0;
}

} // namespace

class TestFaultInjector final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void decide_noFaults_passesEverythingAtOnce();
    void decide_latency_delaysEveryRequest();
    void decide_failureRate_failsAboutThatShareOfGraphQLRequests_data();
    void decide_failureRate_failsAboutThatShareOfGraphQLRequests();
    void decide_failureRate_neverFailsTokenRequests();
    void decide_failureRate_isTheSameSequenceEveryRun();
    void decide_throttle_refusesBeyondLimitUntilNextSecond();
};

void TestFaultInjector::decide_noFaults_passesEverythingAtOnce() {
    ManualClock clock;
    FaultInjector injector(FaultInjection{}, clock);
    for (int i = 0; i < 1000; ++i) {
        const FaultDecision decision = injector.decide(true);
        QVERIFY(!decision.refusal);
        QCOMPARE(decision.delayMs, 0);
    }
}

void TestFaultInjector::decide_latency_delaysEveryRequest() {
    ManualClock clock;
    FaultInjector injector(faults(250, 0, 0), clock);
    QCOMPARE(injector.decide(true).delayMs, 250);
    QCOMPARE(injector.decide(false).delayMs, 250);
}

void TestFaultInjector::decide_failureRate_failsAboutThatShareOfGraphQLRequests_data() {
    QTest::addColumn<double>("rate");
    QTest::addColumn<int>("minimum");
    QTest::addColumn<int>("maximum");
    QTest::newRow("never") << 0.0 << 0 << 0;
    QTest::newRow("a tenth") << 0.1 << 70 << 130;
    QTest::newRow("half") << 0.5 << 450 << 550;
    QTest::newRow("always") << 1.0 << 1000 << 1000;
}

void TestFaultInjector::decide_failureRate_failsAboutThatShareOfGraphQLRequests() {
    QFETCH(double, rate);
    QFETCH(int, minimum);
    QFETCH(int, maximum);
    ManualClock clock;
    FaultInjector injector(faults(0, rate, 0), clock);
    int failed = 0;
    for (int i = 0; i < 1000; ++i) {
        const FaultDecision decision = injector.decide(true);
        if (decision.refusal) {
            QCOMPARE(decision.refusal->status, 503);
            ++failed;
        }
    }
    QVERIFY2(failed >= minimum && failed <= maximum, qPrintable(QString::number(failed)));
}

void TestFaultInjector::decide_failureRate_neverFailsTokenRequests() {
    ManualClock clock;
    FaultInjector injector(faults(0, 1, 0), clock);
    QVERIFY(!injector.decide(false).refusal);
    QCOMPARE(statusOf(injector.decide(true)), 503);
}

void TestFaultInjector::decide_failureRate_isTheSameSequenceEveryRun() {
    ManualClock clock;
    FaultInjector first(faults(0, 0.3, 0), clock);
    FaultInjector second(faults(0, 0.3, 0), clock);
    FaultInjector otherSeed(faults(0, 0.3, 0), clock, 42);
    QList<int> a, b, c;
    for (int i = 0; i < 200; ++i) {
        a << statusOf(first.decide(true));
        b << statusOf(second.decide(true));
        c << statusOf(otherSeed.decide(true));
    }
    QCOMPARE(a, b);
    QVERIFY(a != c);
    QVERIFY(a.contains(0) && a.contains(503));
}

void TestFaultInjector::decide_throttle_refusesBeyondLimitUntilNextSecond() {
    ManualClock clock;
    FaultInjector injector(faults(0, 0, 3), clock);
    for (int i = 0; i < 3; ++i)
        QVERIFY(!injector.decide(i % 2 == 0).refusal);
    const FaultDecision throttled = injector.decide(false); // the token endpoint counts too
    QCOMPARE(statusOf(throttled), 429);
    QCOMPARE(throttled.refusal->headers.value(0).first, QByteArray("Retry-After"));
    QCOMPARE(throttled.refusal->headers.value(0).second, QByteArray("1"));
    clock.advanceSeconds(1);
    QVERIFY(!injector.decide(true).refusal);
}

QTEST_GUILESS_MAIN(TestFaultInjector)
#include "tst_faultinjector.moc"

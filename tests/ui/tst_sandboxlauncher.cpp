#include "sandboxlauncher.h"

#include <QSignalSpy>
#include <QTest>

using namespace altrata;
using ui::SandboxLauncher;

class TestSandboxLauncher final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void runningHost_isReportedAtOnce_withoutTheDemo();
    void open_startsOnce_thenReportsRunningAndTheDemo();
    void noHost_openDoesNothing();
};

void TestSandboxLauncher::runningHost_isReportedAtOnce_withoutTheDemo() {
    sandbox::SandboxHost host;
    QSignalSpy started(&host, &sandbox::SandboxHost::started);
    sandbox::SandboxConfig config;
    config.dataset.people = 100;
    config.dataset.organizations = 20;
    host.start(config);
    QTRY_VERIFY_WITH_TIMEOUT(!started.isEmpty(), 60000);
    SandboxLauncher launcher;
    QSignalSpy running(&launcher, &SandboxLauncher::running);
    QSignalSpy demo(&launcher, &SandboxLauncher::demoWanted);
    launcher.setHost(&host);
    QCOMPARE(running.count(), 1);
    QCOMPARE(running.first().first().toUrl(), host.baseUrl());
    QCOMPARE(demo.count(), 0); // offering the sandbox is not opening it
    QCOMPARE(launcher.services().size(), host.serviceNames().size());
    const auth::CredentialProfile profile = launcher.demoProfile();
    QCOMPARE(profile.credentials.tokenUrl, host.tokenUrl());
    QCOMPARE(profile.credentials.username, host.config().credentials.username);
    QCOMPARE(profile.defaultService, host.serviceUrl(host.serviceNames().value(0)));
    launcher.open(); // it runs: the demo follows at once
    QCOMPARE(demo.count(), 1);
}

void TestSandboxLauncher::open_startsOnce_thenReportsRunningAndTheDemo() {
    sandbox::SandboxHost host;
    SandboxLauncher launcher;
    launcher.setHost(&host);
    QSignalSpy starting(&launcher, &SandboxLauncher::starting);
    QSignalSpy running(&launcher, &SandboxLauncher::running);
    QSignalSpy demo(&launcher, &SandboxLauncher::demoWanted);
    launcher.open();
    launcher.open(); // asked again while the data is generated
    QCOMPARE(starting.count(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(demo.count(), 1, 60000);
    QCOMPARE(running.count(), 1);
    QVERIFY(host.isRunning());
}

void TestSandboxLauncher::noHost_openDoesNothing() {
    SandboxLauncher launcher;
    QSignalSpy starting(&launcher, &SandboxLauncher::starting);
    launcher.open();
    QCOMPARE(starting.count(), 0);
    QVERIFY(launcher.services().isEmpty());
}

QTEST_MAIN(TestSandboxLauncher)
#include "tst_sandboxlauncher.moc"

#include "examplequeries.h"
#include "querytab.h"
#include "querytabs.h"
#include "sandbox/sandboxhost.h"
#include "sandboxtabs.h"

#include <QSignalSpy>
#include <QTest>

using namespace altrata;

class TestSandboxTabs final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void exampleTabs_onePerService_profileCurrent();
    void exampleTabs_openedAgain_areSelectedNotDuplicated();
    void followSandboxPort_movesTabsOfAnEarlierRun_only();

private:
    std::unique_ptr<sandbox::SandboxHost> m_host;
};

void TestSandboxTabs::initTestCase() {
    m_host = std::make_unique<sandbox::SandboxHost>();
    QSignalSpy started(m_host.get(), &sandbox::SandboxHost::started);
    sandbox::SandboxConfig config;
    config.dataset.people = 100; // only its URLs matter here
    config.dataset.organizations = 20;
    m_host->start(config);
    QTRY_VERIFY_WITH_TIMEOUT(!started.isEmpty(), 60000);
}

void TestSandboxTabs::cleanupTestCase() {
    m_host.reset();
}

void TestSandboxTabs::exampleTabs_onePerService_profileCurrent() {
    ui::QueryTabs tabs;
    tabs.newTab(); // the user's own tab stays
    ui::QueryTab *first = ui::openSandboxExampleTabs(&tabs, *m_host);
    QCOMPARE(tabs.count(), 1 + m_host->serviceNames().size());
    QCOMPARE(tabs.currentTab(), first);
    QCOMPARE(first->id(), ui::exampleDocumentId(m_host->serviceNames().value(0)));
    QCOMPARE(first->serviceUrl(), m_host->serviceUrl(m_host->serviceNames().value(0)));
    for (const QString &service : m_host->serviceNames())
        QCOMPARE(tabs.findTab(ui::exampleDocumentId(service))->serviceUrl(), m_host->serviceUrl(service));
}

void TestSandboxTabs::exampleTabs_openedAgain_areSelectedNotDuplicated() {
    ui::QueryTabs tabs;
    ui::openSandboxExampleTabs(&tabs, *m_host);
    const int count = tabs.count();
    ui::QueryTab *events = tabs.findTab(ui::exampleDocumentId(QStringLiteral("events")));
    events->setServiceUrl(QUrl(QStringLiteral("http://127.0.0.1:1/events/graphql"))); // from an earlier run
    tabs.setCurrentWidget(events);
    ui::QueryTab *first = ui::openSandboxExampleTabs(&tabs, *m_host);
    QCOMPARE(tabs.count(), count);
    QCOMPARE(tabs.currentTab(), first);
    QCOMPARE(events->serviceUrl(), m_host->serviceUrl(QStringLiteral("events")));
}

void TestSandboxTabs::followSandboxPort_movesTabsOfAnEarlierRun_only() {
    ui::QueryTabs tabs;
    workspace::QueryDocument old;
    old.serviceUrl = QUrl(QStringLiteral("http://127.0.0.1:1/matching/graphql"));
    ui::QueryTab *earlier = tabs.addDocument(old);
    workspace::QueryDocument altrata;
    altrata.serviceUrl = QUrl(QStringLiteral("https://matching.altrata.com/graphql"));
    ui::QueryTab *remote = tabs.addDocument(altrata);
    workspace::QueryDocument other;
    other.serviceUrl = QUrl(QStringLiteral("http://127.0.0.1:1/something/else"));
    ui::QueryTab *unrelated = tabs.addDocument(other);
    ui::followSandboxPort(&tabs, *m_host);
    QCOMPARE(earlier->serviceUrl(), m_host->serviceUrl(QStringLiteral("matching")));
    QCOMPARE(remote->serviceUrl(), altrata.serviceUrl);
    QCOMPARE(unrelated->serviceUrl(), other.serviceUrl);
}

QTEST_MAIN(TestSandboxTabs)
#include "tst_sandboxtabs.moc"

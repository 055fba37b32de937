#include "auth/authsession.h"
#include "auth/clock.h"
#include "auth/memorysecretstore.h"
#include "auth/tokencache.h"
#include "headerseditor.h"
#include "jsoneditor.h"
#include "modalanswer.h"
#include "net/graphqlclient.h"
#include "queryeditor.h"
#include "querytab.h"
#include "resultsview.h"
#include "runcontroller.h"
#include "sandbox/sandboxhost.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>

#include <memory>

using namespace altrata;
using ui::QueryTab;
using ui::RunController;

namespace {

// Two operations; the second uses fragment B (which uses C), never A; its field `nope` does not exist.
const QString kDocument = QStringLiteral("# Sandbox: profile service\n"
                                         "query Info { info { service } }\n"
                                         "fragment A on Info { version }\n"
                                         "\n"
                                         "query Again {\n"
                                         "  info { ...B }\n"
                                         "}\n"
                                         "fragment B on Info { service ...C }\n"
                                         "fragment C on Info { status }\n");

const QString kBroken = QStringLiteral("# line 1\n"
                                       "# line 2\n"
                                       "query Info { info { service } }\n"
                                       "query Bad {\n"
                                       "  info {\n"
                                       "    nope\n"
                                       "  }\n"
                                       "}\n");

} // namespace

class TestRunController final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();

    void run_withoutAProfile_sendsNothing_andSaysWhy();
    void run_sendsTheOperationUnderTheCursor_withOnlyTheFragmentsItUses();
    void run_cursorOutsideEveryOperation_asksWhichOne();
    void run_chooserCancelled_sendsNothing();
    void run_profileGoneWhileChoosing_sendsNothing();
    void run_brokenVariables_sendNothing_andKeepTheText();
    void run_sendsTheVariablesAndExtraHeaders();
    void errorLocation_jumpsToTheLineInTheEditor();
    void cancel_abortsASlowRequest();
    void run_showsParseProgressInTheResultsView();

private:
    void startHost(int latencyMs);
    void waitForFinished(RunController &runner);

    std::unique_ptr<sandbox::SandboxHost> m_host;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<auth::MemorySecretStore> m_secrets;
    std::unique_ptr<auth::TokenCache> m_cache;
    auth::SystemClock m_clock;
    std::unique_ptr<auth::AuthSession> m_session;
    std::unique_ptr<net::GraphQLClient> m_client;
    std::unique_ptr<QueryTab> m_tab;
    std::unique_ptr<RunController> m_runner;
};

void TestRunController::initTestCase() {
    startHost(0);
}

void TestRunController::startHost(int latencyMs) {
    m_client.reset();
    m_session.reset();
    m_host = std::make_unique<sandbox::SandboxHost>();
    QSignalSpy started(m_host.get(), &sandbox::SandboxHost::started);
    sandbox::SandboxConfig config;
    config.dataset.people = 200; // small: quick to generate, the queries here need little
    config.dataset.organizations = 40;
    config.faults.latencyMs = latencyMs;
    m_host->start(config);
    QTRY_VERIFY_WITH_TIMEOUT(!started.isEmpty(), 60000);
    m_network = std::make_unique<QNetworkAccessManager>();
    m_secrets = std::make_unique<auth::MemorySecretStore>();
    m_cache = std::make_unique<auth::TokenCache>(m_secrets.get());
    m_session = std::make_unique<auth::AuthSession>(m_host->credentials(), m_network.get(), m_cache.get(), &m_clock,
                                                    auth::AuthSession::Options{});
    m_client = std::make_unique<net::GraphQLClient>(m_network.get(), m_session.get());
}

void TestRunController::init() {
    m_tab = std::make_unique<QueryTab>();
    m_tab->setServiceUrl(m_host->serviceUrl(QStringLiteral("profile")));
    m_runner = std::make_unique<RunController>(m_tab.get());
    m_runner->setClient(m_client.get());
}

void TestRunController::cleanup() {
    m_runner.reset();
    m_tab.reset();
}

void TestRunController::cleanupTestCase() {
    m_client.reset();
    m_session.reset();
    m_cache.reset();
    m_host.reset();
}

void TestRunController::waitForFinished(RunController &runner) {
    QTRY_VERIFY_WITH_TIMEOUT(!runner.isRunning(), 30000);
}

void TestRunController::run_withoutAProfile_sendsNothing_andSaysWhy() {
    m_runner->setClient(nullptr);
    QSignalSpy messages(m_runner.get(), &RunController::message);
    m_tab->editor()->setText(QStringLiteral("{ info { service } }"));
    QVERIFY(!m_runner->run(m_tab.get(), m_tab->serviceUrl(), QStringLiteral("Sandbox: Profile")));
    QVERIFY(!m_runner->isRunning());
    QCOMPARE(messages.count(), 1);
    QVERIFY(messages.first().first().toString().contains(QStringLiteral("Nothing was sent")));
}

void TestRunController::run_sendsTheOperationUnderTheCursor_withOnlyTheFragmentsItUses() {
    m_tab->editor()->setText(kDocument);
    m_tab->editor()->setCursorPosition(5, 4); // "  info { ...B }" of Again
    QSignalSpy finished(m_runner.get(), &RunController::finished);
    QVERIFY(m_runner->run(m_tab.get(), m_tab->serviceUrl(), QStringLiteral("Sandbox: Profile")));
    const net::GraphQLRequest request = m_runner->currentJob()->request();
    QCOMPARE(request.operationName, QStringLiteral("Again"));
    QCOMPARE(request.query, QStringLiteral("query Again {\n  info { ...B }\n}\n\nfragment B on Info { service ...C }"
                                           "\n\nfragment C on Info { status }"));
    waitForFinished(*m_runner);
    QCOMPARE(finished.count(), 1);
    const auto response = finished.first().first().value<net::GraphQLResponse>();
    QCOMPARE(response.outcome, net::GraphQLResponse::Outcome::Data);
    QVERIFY(response.body.contains("\"status\""));
    QVERIFY(!response.body.contains("\"version\"")); // fragment A was not sent
    QVERIFY(m_tab->resultsView()->statusText().contains(QStringLiteral("200")));
}

void TestRunController::run_cursorOutsideEveryOperation_asksWhichOne() {
    m_tab->editor()->setText(kDocument);
    m_tab->editor()->setCursorPosition(0, 2); // in the leading comment
    bool asked = false;
    test::answerNextMessageBox([](QMessageBox *box) { return test::buttonNamed(box, QStringLiteral("operation0")); },
                               &asked);
    QVERIFY(m_runner->run(m_tab.get(), m_tab->serviceUrl(), QStringLiteral("Sandbox: Profile")));
    QVERIFY(asked);
    QCOMPARE(m_runner->currentJob()->request().operationName, QStringLiteral("Info"));
    QCOMPARE(m_runner->currentJob()->request().query, QStringLiteral("query Info { info { service } }"));
    waitForFinished(*m_runner);
}

void TestRunController::run_chooserCancelled_sendsNothing() {
    m_tab->editor()->setText(kDocument);
    m_tab->editor()->setCursorPosition(3, 0); // the blank line between the operations
    bool asked = false;
    test::answerNextMessageBox([](QMessageBox *box) { return test::buttonNamed(box, QStringLiteral("cancelButton")); },
                               &asked);
    QVERIFY(!m_runner->run(m_tab.get(), m_tab->serviceUrl(), QStringLiteral("Sandbox: Profile")));
    QVERIFY(asked);
    QVERIFY(!m_runner->isRunning());
}

void TestRunController::run_profileGoneWhileChoosing_sendsNothing() {
    m_tab->editor()->setText(kDocument);
    m_tab->editor()->setCursorPosition(3, 0);
    bool asked = false;
    RunController *runner = m_runner.get();
    test::answerNextMessageBox(
        [runner](QMessageBox *box) {
            runner->setClient(nullptr); // the session ends while the question is open
            return test::buttonNamed(box, QStringLiteral("operation0"));
        },
        &asked);
    QSignalSpy messages(runner, &RunController::message);
    QVERIFY(!runner->run(m_tab.get(), m_tab->serviceUrl(), QStringLiteral("Sandbox: Profile")));
    QVERIFY(asked);
    QVERIFY(!runner->isRunning());
    QCOMPARE(messages.count(), 1);
    QVERIFY(messages.first().first().toString().contains(QStringLiteral("Nothing was sent")));
}

void TestRunController::run_brokenVariables_sendNothing_andKeepTheText() {
    m_tab->editor()->setText(QStringLiteral("query Q($id: ID!) { personIdSearch(id: $id) { id } }"));
    const QString broken = QStringLiteral("{\"id\": \"per_1\",");
    m_tab->variablesEditor()->setText(broken);
    m_tab->requestTabs()->setCurrentIndex(1);
    QSignalSpy messages(m_runner.get(), &RunController::message);
    QVERIFY(!m_runner->run(m_tab.get(), m_tab->serviceUrl(), QStringLiteral("Sandbox: Profile")));
    QVERIFY(!m_runner->isRunning());
    QCOMPARE(messages.count(), 1);
    const QString message = messages.first().first().toString();
    QVERIFY2(message.startsWith(QStringLiteral("Variables")), qPrintable(message));
    QVERIFY(message.endsWith(QStringLiteral("Nothing was sent.")));
    QCOMPARE(m_tab->variablesEditor()->text(), broken);
    QCOMPARE(m_tab->requestTabs()->currentWidget(), m_tab->variablesEditor()); // shown where the problem is
}

void TestRunController::run_sendsTheVariablesAndExtraHeaders() {
    m_tab->editor()->setText(QStringLiteral("query Q($id: ID!) { personIdSearch(id: $id) { id } }"));
    m_tab->variablesEditor()->setText(QStringLiteral("{\"id\": \"per_unknown\"}"));
    m_tab->headersEditor()->setEntries({{QStringLiteral("x-trace"), QStringLiteral("t-1"), true},
                                        {QStringLiteral("x-off"), QStringLiteral("no"), false}});
    QVERIFY(m_runner->run(m_tab.get(), m_tab->serviceUrl(), QStringLiteral("Sandbox: Profile")));
    const net::GraphQLRequest request = m_runner->currentJob()->request();
    QCOMPARE(request.variables.value(QStringLiteral("id")).toString(), QStringLiteral("per_unknown"));
    QCOMPARE(request.extraHeaders, m_tab->headersEditor()->headersToSend());
    QCOMPARE(request.extraHeaders.size(), 1);
    QCOMPARE(request.extraHeaders.first().first, QByteArrayLiteral("x-trace"));
    waitForFinished(*m_runner);
}

void TestRunController::errorLocation_jumpsToTheLineInTheEditor() {
    m_tab->editor()->setText(kBroken);
    m_tab->editor()->setCursorPosition(4, 2); // in Bad
    QSignalSpy finished(m_runner.get(), &RunController::finished);
    QVERIFY(m_runner->run(m_tab.get(), m_tab->serviceUrl(), QStringLiteral("Sandbox: Profile")));
    waitForFinished(*m_runner);
    const auto response = finished.first().first().value<net::GraphQLResponse>();
    QCOMPARE(response.outcome, net::GraphQLResponse::Outcome::GraphQLErrors);
    const QJsonObject location =
        response.errors.first().toObject().value(QStringLiteral("locations")).toArray().first().toObject();
    // The service counts in the text it got ("query Bad {" is its line 1); the editor has two comment lines and
    // another operation above it.
    QCOMPARE(location.value(QStringLiteral("line")).toInt(), 3);
    m_tab->editor()->setCursorPosition(0, 0);
    Q_EMIT m_tab->resultsView()->errorLocationActivated(location.value(QStringLiteral("line")).toInt(),
                                                        location.value(QStringLiteral("column")).toInt());
    int line = -1;
    int column = -1;
    m_tab->editor()->getCursorPosition(&line, &column);
    QCOMPARE(line, 5);   // 0-based: "    nope"
    QCOMPARE(column, 4); // at "nope"
}

void TestRunController::cancel_abortsASlowRequest() {
    startHost(1500); // every answer (the token's too) waits 1.5 s
    init();
    std::optional<auth::TokenResult> token; // first the token, so that Cancel stops the GraphQL request itself
    m_session->ensureToken(this, [&token](const auth::TokenResult &result) { token = result; });
    QTRY_VERIFY_WITH_TIMEOUT(token.has_value(), 20000);
    m_tab->editor()->setText(QStringLiteral("{ info { service } }"));
    QSignalSpy running(m_runner.get(), &RunController::runningChanged);
    QSignalSpy finished(m_runner.get(), &RunController::finished);
    QVERIFY(m_runner->run(m_tab.get(), m_tab->serviceUrl(), QStringLiteral("Sandbox: Profile")));
    QCOMPARE(running.count(), 1);
    QElapsedTimer timer;
    timer.start();
    m_runner->cancel();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 5000);
    QVERIFY(timer.elapsed() < 1000); // well before the answer would have come
    QCOMPARE(finished.first().first().value<net::GraphQLResponse>().outcome, net::GraphQLResponse::Outcome::Cancelled);
    QCOMPARE(running.last().first().toBool(), false);
    QVERIFY(!m_runner->isRunning());

    // A profile switch in the middle of a request ends it too, and the window can run again.
    QVERIFY(m_runner->run(m_tab.get(), m_tab->serviceUrl(), QStringLiteral("Sandbox: Profile")));
    m_runner->setClient(nullptr);
    QVERIFY(!m_runner->isRunning());
    QCOMPARE(running.last().first().toBool(), false);
    QCOMPARE(finished.count(), 1); // no late answer from the abandoned request
    cleanup();
    startHost(0);
}

void TestRunController::run_showsParseProgressInTheResultsView() {
    m_tab->editor()->setText(QStringLiteral("{ info { service } }"));
    QVERIFY(m_runner->run(m_tab.get(), m_tab->serviceUrl(), QStringLiteral("Sandbox: Profile")));
    QStringList shown; // the results view's status line right after each report reached it
    connect(m_runner->currentJob(), &net::GraphQLJob::parseProgress, this,
            [&] { shown.append(m_tab->resultsView()->statusText()); });
    waitForFinished(*m_runner);
    QVERIFY(!shown.isEmpty());
    QVERIFY2(shown.last().startsWith(QStringLiteral("Reading ")) &&
                 shown.last().endsWith(QStringLiteral("\u2026 100% \u00b7 Sandbox: Profile")),
             qPrintable(shown.last()));
}

QTEST_MAIN(TestRunController)
#include "tst_runcontroller.moc"

#include "auth/authsession.h"
#include "auth/clock.h"
#include "auth/credentialstore.h"
#include "auth/memorysecretstore.h"
#include "credentialsdialog.h"
#include "mainwindow.h"
#include "modalanswer.h"
#include "queryeditor.h"
#include "querytab.h"
#include "querytabs.h"
#include "results/jsontreemodel.h"
#include "resultsview.h"
#include "runcontroller.h"
#include "sandbox/sandboxhost.h"
#include "servicepicker.h"
#include "tokendetailsdialog.h"
#include "tokenstatuswidget.h"
#include "welcomepage.h"

#include <QElapsedTimer>
#include <QLineEdit>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <memory>

using namespace altrata;
using ui::MainWindow;

// The real main window against the in-process sandbox (127.0.0.1), driven like a user: keys, buttons, menus.
class TestGuiFlow final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();

    void credentialsDialog_filledAndSaved_thenAQueryRuns();
    void typedQuery_ctrlEnter_showsTheResultTree();
    void operationError_jumpsToItsLineInTheEditor();
    void badPassword_saysWhichSecretIsWrong();
    void countdown_followsTheClock_andTurnsToExpired();
    void tokenStatusClick_opensTheTokenDetails();
    void renew_asksFirst_andRenewsOnlyWhenConfirmed();
    void runButton_becomesCancel_andCancelAbortsASlowRequest();

private:
    std::unique_ptr<MainWindow> openWindow(sandbox::SandboxHost *host);
    auth::CredentialProfile demoProfile(sandbox::SandboxHost &host, const QString &password) const;
    ui::QueryTab *newTabOn(MainWindow &window, sandbox::SandboxHost &host, const QString &query);
    static std::unique_ptr<sandbox::SandboxHost> startHost(int latencyMs);

    std::unique_ptr<sandbox::SandboxHost> m_host;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<auth::MemorySecretStore> m_secrets;
    std::unique_ptr<auth::CredentialStore> m_store;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<auth::ManualClock> m_clock;
};

std::unique_ptr<sandbox::SandboxHost> TestGuiFlow::startHost(int latencyMs) {
    auto host = std::make_unique<sandbox::SandboxHost>();
    QSignalSpy started(host.get(), &sandbox::SandboxHost::started);
    sandbox::SandboxConfig config;
    config.dataset.people = 300; // quick to generate; enough rows for the trees asserted here
    config.dataset.organizations = 60;
    config.faults.latencyMs = latencyMs;
    host->start(config);
    if (!QTest::qWaitFor([&started] { return !started.isEmpty(); }, 60000))
        qFatal("the sandbox did not start");
    return host;
}

void TestGuiFlow::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    m_host = startHost(0);
}

void TestGuiFlow::cleanupTestCase() {
    m_host.reset();
}

void TestGuiFlow::init() {
    m_dir = std::make_unique<QTemporaryDir>();
    m_settings = std::make_unique<QSettings>(m_dir->filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    m_secrets = std::make_unique<auth::MemorySecretStore>();
    m_store = std::make_unique<auth::CredentialStore>(m_settings.get(), m_secrets.get());
    m_network = std::make_unique<QNetworkAccessManager>();
    // The sandbox signs tokens with its own (real) clock; the window counts down on this one.
    m_clock = std::make_unique<auth::ManualClock>(QDateTime::currentDateTimeUtc());
}

void TestGuiFlow::cleanup() {
    m_network.reset();
    m_store.reset();
    m_secrets.reset();
    m_settings.reset();
    m_dir.reset();
}

std::unique_ptr<MainWindow> TestGuiFlow::openWindow(sandbox::SandboxHost *host) {
    auto window = std::make_unique<MainWindow>(m_settings.get(), m_store.get(), m_network.get(), m_clock.get(), nullptr,
                                               m_dir->filePath(QStringLiteral("workspace")));
    window->setSandboxHost(host);
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        qFatal("main window not exposed");
    return window;
}

auth::CredentialProfile TestGuiFlow::demoProfile(sandbox::SandboxHost &host, const QString &password) const {
    auth::CredentialProfile profile;
    profile.name = QStringLiteral("Demo");
    profile.credentials = host.credentials();
    profile.credentials.password = auth::Secret(password);
    profile.defaultService = host.serviceUrl(QStringLiteral("profile"));
    return profile;
}

// Ctrl+T, then the service picked in the picker, then the query typed into the editor.
ui::QueryTab *TestGuiFlow::newTabOn(MainWindow &window, sandbox::SandboxHost &host, const QString &query) {
    QTest::keyClick(&window, Qt::Key_T, Qt::ControlModifier);
    ui::ServicePicker *picker = window.servicePicker();
    const int index = picker->findText(QStringLiteral("Sandbox: Profile"));
    picker->setCurrentIndex(index);
    Q_EMIT picker->activated(index);
    ui::QueryTab *tab = window.currentTab();
    tab->editor()->setFocus();
    QTest::keyClicks(tab->editor(), query);
    if (tab->editor()->text() != query) // an editor that closes brackets itself: the test means the typed text
        tab->editor()->setText(query);
    if (tab->serviceUrl() != host.serviceUrl(QStringLiteral("profile")))
        qWarning("the service picker did not set the tab's service");
    return tab;
}

void TestGuiFlow::credentialsDialog_filledAndSaved_thenAQueryRuns() {
    auto window = openWindow(m_host.get());
    QVERIFY(window->welcomePage()->isVisible());
    bool filled = false;
    auto *poll = new QTimer(window.get()); // fills the dialog once it runs modally, saves, then closes it
    connect(poll, &QTimer::timeout, this, [this, poll, &filled] {
        auto *dialog = qobject_cast<ui::CredentialsDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        if (!filled) {
            const sandbox::SandboxCredentials &demo = m_host->config().credentials;
            const QList<std::pair<const char *, QString>> fields = {
                {"nameEdit", QStringLiteral("Sandbox")},
                {"tokenUrlEdit", m_host->tokenUrl().toString()},
                {"usernameEdit", demo.username},
                {"passwordEdit", demo.password},
                {"apiKeyEdit", demo.apiKey},
                {"serviceUrlEdit", m_host->serviceUrl(QStringLiteral("profile")).toString()}};
            for (const auto &[name, text] : fields) {
                auto *edit = dialog->findChild<QLineEdit *>(QString::fromLatin1(name));
                edit->selectAll();
                QTest::keyClicks(edit, text);
            }
            QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("saveButton")), Qt::LeftButton);
            filled = true;
        } else if (!dialog->isBusy() && m_store->profileNames().contains(QStringLiteral("Sandbox"))) {
            poll->stop();
            dialog->reject();
        }
    });
    poll->start(20);
    Q_EMIT window->welcomePage()->connectRequested(); // "Connect to Altrata"
    QVERIFY(filled);
    QTRY_COMPARE(window->currentProfileName(), QStringLiteral("Sandbox"));
    QTRY_VERIFY(window->authSession());
    QVERIFY(window->queryTabs()->isVisible()); // a tab to query in, on the profile's service
    ui::QueryTab *tab = window->currentTab();
    QCOMPARE(tab->serviceUrl(), m_host->serviceUrl(QStringLiteral("profile")));
    window->activateWindow(); // back from the dialog (a window manager does this; offscreen needs a hand)
    QVERIFY(QTest::qWaitForWindowActive(window.get()));
    tab->editor()->setFocus();
    QTest::keyClicks(tab->editor(), QStringLiteral("query Info { info { service } }"));
    QSignalSpy finished(window.get(), &MainWindow::runFinished);
    QTest::keyClick(tab->editor(), Qt::Key_Return, Qt::ControlModifier);
    QVERIFY2(window->runController()->isRunning(), qPrintable(window->statusBar()->currentMessage()));
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
    const QModelIndex service = tab->resultsView()->treeModel()->indexForPath(QStringLiteral("data.info.service"));
    QCOMPARE(tab->resultsView()->treeModel()->valueTextOf(service), QStringLiteral("Profile"));
}

void TestGuiFlow::typedQuery_ctrlEnter_showsTheResultTree() {
    auto window = openWindow(m_host.get());
    window->openSessionProfile(demoProfile(*m_host, m_host->config().credentials.password));
    ui::QueryTab *tab = newTabOn(*window, *m_host,
                                 QStringLiteral("query People { personSearch(pagination: "
                                                "{offset: 0, limit: 3}) { totalCount results { fullName } } }"));
    QCOMPARE(tab->serviceUrl(), m_host->serviceUrl(QStringLiteral("profile")));
    QSignalSpy finished(window.get(), &MainWindow::runFinished);
    QTest::keyClick(tab->editor(), Qt::Key_Return, Qt::ControlModifier);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
    const auto response = finished.first().first().value<net::GraphQLResponse>();
    QVERIFY2(response.outcome == net::GraphQLResponse::Outcome::Data, response.body.constData());
    results::JsonTreeModel *model = tab->resultsView()->treeModel();
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->index(0, results::JsonTreeModel::KeyColumn).data().toString(), QStringLiteral("data"));
    const QModelIndex total = model->indexForPath(QStringLiteral("data.personSearch.totalCount"));
    QVERIFY(total.isValid());
    QCOMPARE(model->valueTextOf(total), QStringLiteral("300"));
    const QModelIndex people = model->indexForPath(QStringLiteral("data.personSearch.results"));
    QCOMPARE(model->rowCount(people), 3);
    QCOMPARE(model->index(0, results::JsonTreeModel::ValueColumn, people).data().toString(), QStringLiteral("{1}"));
    QVERIFY(
        !model->valueTextOf(model->indexForPath(QStringLiteral("data.personSearch.results[2].fullName"))).isEmpty());
    QVERIFY(tab->resultsView()->statusText().contains(QStringLiteral("200")));
    QCOMPARE(window->authSession()->state(), auth::AuthSession::State::Valid);

    QSignalSpy again(window.get(), &MainWindow::runFinished); // F5 runs too
    QTest::keyClick(tab->editor(), Qt::Key_F5);
    QTRY_COMPARE_WITH_TIMEOUT(again.count(), 1, 30000);
}

void TestGuiFlow::operationError_jumpsToItsLineInTheEditor() {
    auto window = openWindow(m_host.get());
    window->openSessionProfile(demoProfile(*m_host, m_host->config().credentials.password));
    ui::QueryTab *tab = newTabOn(*window, *m_host, QString());
    tab->editor()->setText(QStringLiteral("# two operations\nquery Fine { info { service } }\n\nquery Broken {\n"
                                          "  info {\n    service\n    notAField\n  }\n}\n"));
    tab->editor()->setCursorPosition(4, 1); // inside Broken
    QSignalSpy finished(window.get(), &MainWindow::runFinished);
    QTest::keyClick(tab->editor(), Qt::Key_Enter, Qt::ControlModifier);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
    QListWidget *errors = tab->resultsView()->errorList();
    QTRY_VERIFY(errors->count() > 0);
    QVERIFY(errors->item(0)->text().contains(QStringLiteral("notAField")));
    tab->editor()->setCursorPosition(0, 0);
    Q_EMIT errors->itemActivated(errors->item(0));
    int line = -1;
    int column = -1;
    tab->editor()->getCursorPosition(&line, &column);
    QCOMPARE(line, 6);
    QCOMPARE(column, 4);
}

void TestGuiFlow::badPassword_saysWhichSecretIsWrong() {
    auto window = openWindow(m_host.get());
    window->openSessionProfile(demoProfile(*m_host, QStringLiteral("not-the-password")));
    ui::QueryTab *tab = newTabOn(*window, *m_host, QStringLiteral("{ info { service } }"));
    QSignalSpy finished(window.get(), &MainWindow::runFinished);
    QTest::keyClick(tab->editor(), Qt::Key_Return, Qt::ControlModifier);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
    const auto response = finished.first().first().value<net::GraphQLResponse>();
    QCOMPARE(response.outcome, net::GraphQLResponse::Outcome::AuthFailed);
    QVERIFY(response.authError);
    QCOMPARE(response.authError->kind, auth::AuthErrorKind::BadUserCredentials);
    QVERIFY(response.message.contains(QStringLiteral("username or password")));
    QVERIFY(window->tokenStatusWidget()->stateText().contains(QStringLiteral("username or password")));
    QVERIFY(!response.message.contains(QStringLiteral("not-the-password")));
}

void TestGuiFlow::countdown_followsTheClock_andTurnsToExpired() {
    auto window = openWindow(m_host.get());
    window->openSessionProfile(demoProfile(*m_host, m_host->config().credentials.password));
    ui::TokenStatusWidget *status = window->tokenStatusWidget();
    std::optional<auth::TokenResult> token;
    window->authSession()->ensureToken(this, [&token](const auth::TokenResult &result) { token = result; });
    QTRY_VERIFY_WITH_TIMEOUT(token.has_value(), 30000);
    QVERIFY(token->token.has_value());
    QTRY_VERIFY(status->countdownText().startsWith(QStringLiteral("07:59:")) ||
                status->countdownText() == QStringLiteral("08:00:00"));
    m_clock->advanceSeconds(3 * 3600);
    QTRY_VERIFY_WITH_TIMEOUT(status->countdownText().startsWith(QStringLiteral("04:59:")) ||
                                 status->countdownText() == QStringLiteral("05:00:00"),
                             3000);
    m_clock->advanceSeconds(5 * 3600 + 1);
    QTRY_COMPARE_WITH_TIMEOUT(status->stateText(), QStringLiteral("Expired"), 3000);
}

void TestGuiFlow::tokenStatusClick_opensTheTokenDetails() {
    auto window = openWindow(m_host.get());
    window->openSessionProfile(demoProfile(*m_host, m_host->config().credentials.password));
    std::optional<auth::TokenResult> token;
    window->authSession()->ensureToken(this, [&token](const auth::TokenResult &result) { token = result; });
    QTRY_VERIFY_WITH_TIMEOUT(token.has_value() && token->token.has_value(), 30000);
    QString countdown;
    auto *poll = new QTimer(window.get()); // reads the dialog while it runs modally, then closes it
    connect(poll, &QTimer::timeout, this, [poll, &countdown] {
        if (auto *dialog = qobject_cast<ui::TokenDetailsDialog *>(QApplication::activeModalWidget())) {
            poll->stop();
            countdown = dialog->countdownText();
            dialog->reject();
        }
    });
    poll->start(20);
    QTest::mouseClick(window->tokenStatusWidget(), Qt::LeftButton);
    QVERIFY2(countdown.startsWith(QStringLiteral("07:59:")) || countdown == QStringLiteral("08:00:00"),
             qPrintable(countdown));
}

void TestGuiFlow::renew_asksFirst_andRenewsOnlyWhenConfirmed() {
    auto window = openWindow(m_host.get());
    window->openSessionProfile(demoProfile(*m_host, m_host->config().credentials.password));
    std::optional<auth::TokenResult> token;
    window->authSession()->ensureToken(this, [&token](const auth::TokenResult &result) { token = result; });
    QTRY_VERIFY_WITH_TIMEOUT(token.has_value() && token->token.has_value(), 30000);
    QSignalSpy tokens(window->authSession(), &auth::AuthSession::tokenChanged);

    bool asked = false;
    test::answerNextMessageBox([](QMessageBox *box) { return box->button(QMessageBox::Cancel); }, &asked);
    window->actions().renewToken->trigger();
    QVERIFY(asked);
    QTest::qWait(200); // nothing may follow a "no"
    QCOMPARE(tokens.count(), 0);

    asked = false;
    test::answerNextMessageBox(
        [](QMessageBox *box) { return test::buttonNamed(box, QStringLiteral("confirmRenewButton")); }, &asked);
    window->actions().renewToken->trigger();
    QVERIFY(asked);
    QTRY_VERIFY_WITH_TIMEOUT(tokens.count() > 0, 30000);
    QVERIFY(!(window->authSession()->token()->value == token->token->value));
}

void TestGuiFlow::runButton_becomesCancel_andCancelAbortsASlowRequest() {
    auto slow = startHost(1500); // every answer (the token's too) waits 1.5 s
    auto window = openWindow(slow.get());
    window->openSessionProfile(demoProfile(*slow, slow->config().credentials.password));
    std::optional<auth::TokenResult> token; // the token first, so that Cancel stops the GraphQL request itself
    window->authSession()->ensureToken(this, [&token](const auth::TokenResult &result) { token = result; });
    QTRY_VERIFY_WITH_TIMEOUT(token.has_value(), 30000);
    ui::QueryTab *tab = newTabOn(*window, *slow, QStringLiteral("{ info { service } }"));
    auto *runButton = window->findChild<QToolButton *>(QStringLiteral("runButton"));
    QCOMPARE(runButton->text(), QStringLiteral("Run"));
    QSignalSpy finished(window.get(), &MainWindow::runFinished);
    QTest::keyClick(tab->editor(), Qt::Key_Return, Qt::ControlModifier);
    QVERIFY(window->runController()->isRunning());
    QCOMPARE(runButton->text(), QStringLiteral("Cancel Request"));
    QElapsedTimer timer;
    timer.start();
    QTest::mouseClick(runButton, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 5000);
    QVERIFY(timer.elapsed() < 1000); // well before the answer would have come
    QCOMPARE(finished.first().first().value<net::GraphQLResponse>().outcome, net::GraphQLResponse::Outcome::Cancelled);
    QCOMPARE(runButton->text(), QStringLiteral("Run"));
    window.reset(); // before its sandbox
}

QTEST_MAIN(TestGuiFlow)
#include "tst_guiflow.moc"

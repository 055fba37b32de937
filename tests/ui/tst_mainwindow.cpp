#include "auth/authsession.h"
#include "auth/clock.h"
#include "auth/credentialstore.h"
#include "auth/memorysecretstore.h"
#include "auth/tokencache.h"
#include "exportactions.h"
#include "faketokenserver.h"
#include "headerseditor.h"
#include "jsoneditor.h"
#include "mainwindow.h"
#include "profiletesting.h"
#include "queryeditor.h"
#include "querytab.h"
#include "querytabs.h"
#include "resultsview.h"
#include "sandbox/sandboxhost.h"
#include "servicepicker.h"
#include "tabfiles.h"
#include "tokenstatuswidget.h"
#include "welcomepage.h"
#include "workspace/workspacestore.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QMenuBar>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace altrata;
using auth::AccessToken;
using auth::AuthError;
using auth::AuthSession;
using auth::CredentialProfile;
using auth::Secret;
using ui::MainWindow;

class TestMainWindow final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void firstRun_showsTheWelcomePage();
    void profiles_areListed_andTheLastUsedIsSelected();
    void switchingProfile_restoresCachedTokenWithoutRequest();
    void switchingProfile_isRemembered();
    void session_getsTheResponseSizeLimitFromSettings();
    void exportExcelOption_isKeptInTheWindowsSettings();
    void servicePicker_listsAltrataServices_andOffersTheSandbox();
    void openSandbox_showsSandboxServiceAndDemoProfile_andObtainsAToken();
    void sandboxEntry_startsTheSandbox_andSavesNothingOfTheDemo();
    void menus_listEveryCommandWithItsShortcut_data();
    void menus_listEveryCommandWithItsShortcut();
    void keyboard_newTabAndCloseTab();
    void autosave_tabsComeBackInANewWindow();
    void geometryAndSplitters_areRestored();
    void prettify_brokenText_staysAndTheErrorShows();
    void prettify_isUndoable();
    void files_openEditAndSave();

private:
    CredentialProfile profile(const QString &name, const QString &apiKey) const;
    void save(const CredentialProfile &profile);
    void cacheToken(const auth::Credentials &credentials, qint64 lifetimeSeconds);
    std::unique_ptr<MainWindow> openWindow();
    QString workspaceDirectory() const { return m_dir->filePath(QStringLiteral("workspace")); }
    QComboBox *combo(MainWindow &window) const { return window.findChild<QComboBox *>(QStringLiteral("profileCombo")); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<auth::MemorySecretStore> m_secrets;
    std::unique_ptr<auth::CredentialStore> m_store;
    std::unique_ptr<test::FakeTokenServer> m_server;
    std::unique_ptr<auth::ManualClock> m_clock;
    std::unique_ptr<QNetworkAccessManager> m_network;
};

void TestMainWindow::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
}

void TestMainWindow::init() {
    m_dir = std::make_unique<QTemporaryDir>();
    m_settings = std::make_unique<QSettings>(m_dir->filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    m_secrets = std::make_unique<auth::MemorySecretStore>();
    m_store = std::make_unique<auth::CredentialStore>(m_settings.get(), m_secrets.get());
    m_server = std::make_unique<test::FakeTokenServer>();
    QVERIFY(m_server->start());
    const QDateTime now = QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch(), Qt::UTC);
    m_clock = std::make_unique<auth::ManualClock>(now);
    m_server->setServerDate(now);
    m_network = std::make_unique<QNetworkAccessManager>();
}

void TestMainWindow::cleanup() {
    m_network.reset();
    m_server.reset();
    m_store.reset();
    m_secrets.reset();
    m_settings.reset();
    m_dir.reset();
    m_clock.reset();
}

CredentialProfile TestMainWindow::profile(const QString &name, const QString &apiKey) const {
    return test::fakeServerProfile(*m_server, name, apiKey);
}

void TestMainWindow::save(const CredentialProfile &p) {
    test::saveProfile(*m_store, p);
}

void TestMainWindow::cacheToken(const auth::Credentials &credentials, qint64 lifetimeSeconds) {
    test::storeCachedToken(*m_secrets, *m_clock, credentials, lifetimeSeconds);
}

std::unique_ptr<MainWindow> TestMainWindow::openWindow() {
    auto window = std::make_unique<MainWindow>(m_settings.get(), m_store.get(), m_network.get(), m_clock.get(), nullptr,
                                               workspaceDirectory());
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        qFatal("main window not exposed");
    return window;
}

void TestMainWindow::firstRun_showsTheWelcomePage() {
    auto window = openWindow();
    QVERIFY(window->welcomePage()->isVisible());
    QVERIFY(!window->queryTabs()->isVisible());
    QVERIFY(!combo(*window)->isEnabled());
    QVERIFY(!window->authSession());
    QCOMPARE(window->tokenStatusWidget()->stateText(), QStringLiteral("No profile selected"));
    window->actions().newTab->trigger(); // a new tab leaves the welcome page
    QVERIFY(window->queryTabs()->isVisible());
    window->queryTabs()->closeCurrentTab(); // and closing the last one returns to it
    QVERIFY(window->welcomePage()->isVisible());
}

void TestMainWindow::profiles_areListed_andTheLastUsedIsSelected() {
    save(profile(QStringLiteral("Beta"), QStringLiteral("test-api-key")));
    save(profile(QStringLiteral("Alpha"), QStringLiteral("test-api-key")));
    m_settings->setValue(QStringLiteral("ui/lastProfile"), QStringLiteral("Beta"));
    auto window = openWindow();
    QComboBox *box = combo(*window);
    QCOMPARE(box->count(), 2);
    QCOMPARE(box->itemText(0), QStringLiteral("Alpha"));
    QCOMPARE(box->itemText(1), QStringLiteral("Beta"));
    QCOMPARE(window->currentProfileName(), QStringLiteral("Beta"));
    QTRY_VERIFY(window->authSession());
    QCOMPARE(window->tokenStatusWidget()->stateText(), QStringLiteral("No token yet"));
    QVERIFY(window->windowTitle().startsWith(QStringLiteral("Beta")));
}

void TestMainWindow::session_getsTheResponseSizeLimitFromSettings() {
    save(profile(QStringLiteral("Beta"), QStringLiteral("test-api-key")));
    m_settings->setValue(QStringLiteral("ui/lastProfile"), QStringLiteral("Beta"));
    m_settings->setValue(QStringLiteral("results/maxResponseMegabytes"), 256);
    auto window = openWindow();
    QTRY_VERIFY(window->graphqlClient());
    QCOMPARE(window->graphqlClient()->maxResponseBytes(), qint64(256) * 1024 * 1024);
}

void TestMainWindow::exportExcelOption_isKeptInTheWindowsSettings() {
    auto window = openWindow();
    window->actions().newTab->trigger();
    ui::ExportActions *exports = window->currentTab()->resultsView()->exportActions();
    QVERIFY(!exports->excelCsvAction()->isChecked());
    exports->excelCsvAction()->trigger();
    QVERIFY(m_settings->value(QStringLiteral("ui/exportCsvWithBom")).toBool());
    window->actions().newTab->trigger(); // another tab reads it back
    QVERIFY(window->currentTab()->resultsView()->exportActions()->excelCsvAction()->isChecked());
}

void TestMainWindow::switchingProfile_restoresCachedTokenWithoutRequest() {
    const CredentialProfile alpha = profile(QStringLiteral("Alpha"), QStringLiteral("test-api-key"));
    save(alpha);
    save(profile(QStringLiteral("Beta"), QStringLiteral("other-api-key")));
    cacheToken(alpha.credentials, 3600);
    m_settings->setValue(QStringLiteral("ui/lastProfile"), QStringLiteral("Beta"));
    auto window = openWindow();
    QTRY_VERIFY(window->authSession());
    QCOMPARE(window->authSession()->credentials().apiKey, Secret(QStringLiteral("other-api-key")));
    QCOMPARE(window->tokenStatusWidget()->stateText(), QStringLiteral("No token yet"));

    QSignalSpy sessions(window.get(), &MainWindow::sessionChanged);
    combo(*window)->setCurrentText(QStringLiteral("Alpha"));
    QTRY_COMPARE(sessions.count(), 1);
    QTRY_COMPARE(window->tokenStatusWidget()->stateText(), QStringLiteral("Token valid — 1 h left"));
    QCOMPARE(window->authSession()->state(), AuthSession::State::Valid);
    QCOMPARE(m_server->requestCount(), 0);

    if (qEnvironmentVariableIsSet("ALTRATA_SCREENSHOT"))
        window->grab().save(qEnvironmentVariable("ALTRATA_SCREENSHOT"));
}

void TestMainWindow::switchingProfile_isRemembered() {
    save(profile(QStringLiteral("Alpha"), QStringLiteral("test-api-key")));
    save(profile(QStringLiteral("Beta"), QStringLiteral("test-api-key")));
    {
        auto window = openWindow();
        QCOMPARE(window->currentProfileName(), QStringLiteral("Alpha"));
        window->selectProfile(QStringLiteral("Beta"));
        QTRY_VERIFY(window->authSession());
    }
    QCOMPARE(m_settings->value(QStringLiteral("ui/lastProfile")).toString(), QStringLiteral("Beta"));
    auto again = openWindow();
    QCOMPARE(again->currentProfileName(), QStringLiteral("Beta"));
}

void TestMainWindow::servicePicker_listsAltrataServices_andOffersTheSandbox() {
    auto window = openWindow();
    ui::ServicePicker *picker = window->servicePicker();
    QCOMPARE(picker->count(), 5); // the four services and "Custom URL…"
    QCOMPARE(picker->itemText(0), QStringLiteral("Profile"));
    QCOMPARE(window->currentServiceUrl(), QUrl(QStringLiteral("https://profile.altrata.com/graphql")));
    sandbox::SandboxHost host;
    window->setSandboxHost(&host);
    QCOMPARE(picker->count(), 6);
    QCOMPARE(picker->itemText(4), ui::ServicePicker::sandboxEntryText());
    QVERIFY(!host.isRunning()); // offering the sandbox does not start it
}

void TestMainWindow::openSandbox_showsSandboxServiceAndDemoProfile_andObtainsAToken() {
    save(profile(QStringLiteral("Alpha"), QStringLiteral("test-api-key")));
    auto window = openWindow();
    sandbox::SandboxHost host;
    window->setSandboxHost(&host);
    Q_EMIT window->welcomePage()->trySandboxRequested(); // "Try the sandbox" (what --sandbox does too)
    QTRY_VERIFY_WITH_TIMEOUT(host.isRunning(), 60000);
    QTRY_COMPARE(window->currentProfileName(), QStringLiteral("Sandbox demo"));
    QCOMPARE(window->servicePicker()->currentText(), QStringLiteral("Sandbox: Profile"));
    QCOMPARE(window->currentServiceUrl(), host.serviceUrl(QStringLiteral("profile")));
    QTRY_VERIFY(window->authSession());
    const auth::Credentials &credentials = window->authSession()->credentials();
    QCOMPARE(credentials.tokenUrl, host.tokenUrl());
    QCOMPARE(credentials.username, QStringLiteral("demo"));
    QCOMPARE(credentials.apiKey, Secret(QStringLiteral("sandbox-api-key")));
    // An example tab per service, the Profile one current with its cursor in the operation.
    QCOMPARE(window->queryTabs()->count(), 4);
    ui::QueryTab *tab = window->currentTab();
    QVERIFY(tab->title().startsWith(QStringLiteral("Profile: ")));
    QCOMPARE(tab->serviceUrl(), host.serviceUrl(QStringLiteral("profile")));
    int line = -1;
    int column = -1;
    tab->editor()->getCursorPosition(&line, &column);
    QVERIFY(tab->editor()->text(line).startsWith(QStringLiteral("query")));
    window->openSandbox(); // again: the example tabs are selected, not added twice
    QCOMPARE(window->queryTabs()->count(), 4);

    std::optional<auth::TokenResult> result;
    window->authSession()->ensureToken(this, [&result](const auth::TokenResult &r) { result = r; });
    QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 30000);
    QVERIFY2(result->token.has_value(), result->error ? qPrintable(result->error->message) : "no token");
    QTRY_COMPARE(window->authSession()->state(), AuthSession::State::Valid);
    QCOMPARE(combo(*window)->count(), 2); // the saved profile stays listed beside the demo one
    window.reset();                       // the window goes first, then the host joins its thread
}

void TestMainWindow::sandboxEntry_startsTheSandbox_andSavesNothingOfTheDemo() {
    save(profile(QStringLiteral("Alpha"), QStringLiteral("test-api-key")));
    auto window = openWindow();
    sandbox::SandboxHost host;
    window->setSandboxHost(&host);
    ui::ServicePicker *picker = window->servicePicker();
    Q_EMIT picker->activated(picker->findText(ui::ServicePicker::sandboxEntryText())); // the user picks "Sandbox"
    QTRY_VERIFY_WITH_TIMEOUT(host.isRunning(), 60000);
    QTRY_COMPARE(window->currentProfileName(), QStringLiteral("Sandbox demo"));
    QCOMPARE(picker->count(), 9); // Altrata's four, the sandbox's four, "Custom URL…"; the start entry is gone
    QTRY_VERIFY(window->authSession());
    const QByteArray sandboxUrl = host.baseUrl().toString().toUtf8();
    window->close();
    window.reset();
    m_settings->sync();
    QFile file(m_settings->fileName());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray saved = file.readAll();
    QVERIFY(saved.contains("Alpha")); // the real settings file, with the saved profile in it
    for (const QByteArray &demo : {QByteArrayLiteral("Sandbox demo"), QByteArrayLiteral("sandbox-api-key"),
                                   QByteArrayLiteral("demo-password"), sandboxUrl})
        QVERIFY2(!saved.contains(demo), demo.constData());
    QCOMPARE(m_store->profileNames(), QStringList{QStringLiteral("Alpha")});
}

void TestMainWindow::menus_listEveryCommandWithItsShortcut_data() {
    QTest::addColumn<QString>("menu");
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("shortcut");
    QTest::newRow("new tab") << "File"
                             << "newTabAction"
                             << "Ctrl+T";
    QTest::newRow("open") << "File"
                          << "openAction"
                          << "Ctrl+O";
    QTest::newRow("save") << "File"
                          << "saveAction"
                          << "Ctrl+S";
    QTest::newRow("save as") << "File"
                             << "saveAsAction"
                             << "Ctrl+Shift+S";
    QTest::newRow("close tab") << "File"
                               << "closeTabAction"
                               << "Ctrl+W";
    QTest::newRow("quit") << "File"
                          << "quitAction"
                          << "Ctrl+Q";
    QTest::newRow("prettify") << "Edit"
                              << "prettifyAction"
                              << "Ctrl+Shift+P";
    QTest::newRow("run") << "Query"
                         << "runAction"
                         << "Ctrl+Return";
    QTest::newRow("cancel") << "Query"
                            << "cancelAction"
                            << "Shift+F5";
    QTest::newRow("credentials") << "Credentials"
                                 << "editCredentialsAction"
                                 << "Ctrl+Shift+K";
    QTest::newRow("token details") << "Credentials"
                                   << "tokenDetailsAction"
                                   << "Ctrl+Shift+I";
    QTest::newRow("renew") << "Credentials"
                           << "renewTokenAction"
                           << "";
    QTest::newRow("tree") << "View"
                          << "showTreeAction"
                          << "Ctrl+1";
    QTest::newRow("table") << "View"
                           << "showTableAction"
                           << "Ctrl+2";
    QTest::newRow("raw") << "View"
                         << "showRawAction"
                         << "Ctrl+3";
    QTest::newRow("errors") << "View"
                            << "showErrorsAction"
                            << "Ctrl+4";
    QTest::newRow("shortcuts") << "Help"
                               << "shortcutsAction"
                               << "Ctrl+/";
    QTest::newRow("about") << "Help"
                           << "aboutAction"
                           << "";
}

void TestMainWindow::menus_listEveryCommandWithItsShortcut() {
    QFETCH(QString, menu);
    QFETCH(QString, action);
    QFETCH(QString, shortcut);
    auto window = openWindow();
    QMenu *found = nullptr;
    for (QAction *entry : window->menuBar()->actions()) {
        if (entry->text().remove(QLatin1Char('&')) == menu)
            found = entry->menu();
    }
    QVERIFY2(found, qPrintable(menu));
    auto *command = window->findChild<QAction *>(action);
    QVERIFY(command);
    QVERIFY(found->actions().contains(command));
    QCOMPARE(command->shortcut().toString(QKeySequence::PortableText), shortcut);
    if (action == QStringLiteral("runAction")) {
        QVERIFY(command->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::Key_Enter)));
        QVERIFY(command->shortcuts().contains(QKeySequence(Qt::Key_F5)));
    }
}

void TestMainWindow::keyboard_newTabAndCloseTab() {
    auto window = openWindow();
    QTest::keyClick(window.get(), Qt::Key_T, Qt::ControlModifier);
    QTest::keyClick(window->currentTab()->editor(), Qt::Key_T, Qt::ControlModifier);
    QCOMPARE(window->queryTabs()->count(), 2);
    QCOMPARE(window->currentTab()->title(), QStringLiteral("Untitled 2"));
    QTest::keyClick(window->currentTab()->editor(), Qt::Key_W, Qt::ControlModifier);
    QCOMPARE(window->queryTabs()->count(), 1);
}

void TestMainWindow::autosave_tabsComeBackInANewWindow() {
    workspace::WorkspaceState saved;
    {
        auto window = openWindow();
        window->actions().newTab->trigger();
        ui::QueryTab *tab = window->currentTab();
        QSignalSpy written(window->workspaceStore(), &workspace::WorkspaceStore::saved);
        tab->editor()->setFocus();
        QTest::keyClicks(tab->editor(), QStringLiteral("{ info { service } }"));
        tab->variablesEditor()->setText(QStringLiteral("{\"limit\": "));
        tab->headersEditor()->setEntries({{QStringLiteral("x-trace"), QStringLiteral("1"), true}});
        tab->setServiceUrl(QUrl(QStringLiteral("https://events.altrata.com/graphql")));
        tab->editor()->setCursorPosition(0, 3);
        QTRY_VERIFY_WITH_TIMEOUT(written.count() > 0, 1000); // within a second of the change
        window->actions().newTab->trigger();
        window->queryTabs()->setCurrentIndex(0);
        saved = window->queryTabs()->workspaceState();
        QTRY_COMPARE_WITH_TIMEOUT(window->workspaceStore()->load().value_or(workspace::WorkspaceState{}), saved, 1000);
    } // no closeEvent: as after a crash, the autosave alone must have kept everything
    auto again = openWindow();
    QVERIFY(again->queryTabs()->isVisible());
    QCOMPARE(again->queryTabs()->workspaceState(), saved);
    QCOMPARE(again->currentTab()->editor()->text(), QStringLiteral("{ info { service } }"));
    QCOMPARE(again->currentServiceUrl(), QUrl(QStringLiteral("https://events.altrata.com/graphql")));
}

void TestMainWindow::geometryAndSplitters_areRestored() {
    QList<int> sizes;
    QRect geometry;
    {
        auto window = openWindow();
        window->actions().newTab->trigger();
        window->resize(1000, 700);
        QSplitter *splitter = window->currentTab()->mainSplitter();
        splitter->setSizes({300, splitter->width() - 300 - splitter->handleWidth()});
        sizes = splitter->sizes();
        geometry = window->geometry();
        window->close();
    }
    auto again = openWindow();
    QCOMPARE(again->size(), geometry.size());
    QCOMPARE(again->currentTab()->mainSplitter()->sizes(), sizes);
}

void TestMainWindow::prettify_brokenText_staysAndTheErrorShows() {
    auto window = openWindow();
    window->actions().newTab->trigger();
    ui::QueryEditor *editor = window->currentTab()->editor();
    const QString broken = QStringLiteral("query Q {\n  a(\n}");
    editor->setText(broken);
    QTest::keyClick(editor, Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(editor->text(), broken);
    const QString message = window->statusBar()->currentMessage();
    QVERIFY2(message.contains(QStringLiteral("Syntax Error: Expected Name")), qPrintable(message));
}

void TestMainWindow::prettify_isUndoable() {
    auto window = openWindow();
    window->actions().newTab->trigger();
    ui::QueryEditor *editor = window->currentTab()->editor();
    editor->setText(QStringLiteral("{a{b}}"));
    QTest::keyClick(editor, Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(editor->text(), QStringLiteral("{\n  a {\n    b\n  }\n}\n"));
    QTest::keyClick(editor, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(editor->text(), QStringLiteral("{a{b}}"));
}

void TestMainWindow::files_openEditAndSave() {
    const QString path = m_dir->filePath(QStringLiteral("people.graphql"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("query People { personSearch { total } }\n");
    }
    auto window = openWindow();
    QVERIFY(window->files()->openFile(path));
    ui::QueryTab *tab = window->currentTab();
    QCOMPARE(tab->title(), QStringLiteral("people.graphql"));
    QCOMPARE(tab->editor()->text(), QStringLiteral("query People { personSearch { total } }\n"));
    QVERIFY(window->files()->openFile(path)); // selected again, not opened twice
    QCOMPARE(window->queryTabs()->count(), 1);
    tab->editor()->append(QStringLiteral("# note\n"));
    QVERIFY(tab->isFileModified());
    QVERIFY(window->files()->saveCurrentTo(path));
    QVERIFY(!tab->isFileModified());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArrayLiteral("query People { personSearch { total } }\n# note\n"));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"

#include "mainwindow.h"

#include "auth/credentialstore.h"
#include "auth/secretstore.h"
#include "credentialsdialog.h"
#include "headerseditor.h"
#include "icons.h"
#include "jsoneditor.h"
#include "net/responsebuffer.h"
#include "profilesessions.h"
#include "queryeditor.h"
#include "querytab.h"
#include "querytabs.h"
#include "resultsview.h"
#include "runcontroller.h"
#include "sandboxlauncher.h"
#include "sandboxtabs.h"
#include "servicepicker.h"
#include "tabfiles.h"
#include "tokendetailsdialog.h"
#include "tokenstatuswidget.h"
#include "uilogging.h"
#include "welcomepage.h"
#include "workspace/workspacestore.h"

#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QToolBar>
#include <QToolButton>

namespace altrata::ui {

namespace {
const QString kGeometryKey = QStringLiteral("ui/mainWindowGeometry");
const QString kStateKey = QStringLiteral("ui/mainWindowState");
const QString kMainSplitterKey = QStringLiteral("ui/mainSplitter");
const QString kEditorSplitterKey = QStringLiteral("ui/editorSplitter");
constexpr int kStatusMs = 8000;

// A toolbar field with its label; the label's mnemonic focuses the field (keyboard-only use).
void addLabelled(QToolBar *bar, const QString &text, QWidget *field) {
    auto *label = new QLabel(text, bar);
    label->setContentsMargins(4, 0, 6, 0);
    label->setBuddy(field);
    bar->addWidget(label);
    bar->addWidget(field);
}
} // namespace

MainWindow::MainWindow(QSettings *settings, auth::CredentialStore *store, QNetworkAccessManager *network,
                       const auth::Clock *clock, QWidget *parent, const QString &workspaceDirectory)
    : QMainWindow(parent)
    , m_settings(settings)
    , m_store(store)
    , m_network(network)
    , m_clock(clock)
    , m_actions(createMainActions(this))
    , m_profiles(new ProfileSessions(settings, store, network, clock, this))
    , m_runner(new RunController(this, this))
    , m_workspace(new workspace::WorkspaceStore(workspaceDirectory.isEmpty()
                                                    ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
                                                    : workspaceDirectory,
                                                this))
    , m_sandbox(new SandboxLauncher(this)) {
    setWindowTitle(tr("Altrata Explorer"));
    buildMenus(menuBar(), m_actions);
    buildToolBar();
    buildCentralArea();
    onRunningChanged(false);
    m_files = new TabFiles(m_tabs, m_settings, this);
    m_storageIndicator = new QLabel(this);
    statusBar()->addPermanentWidget(m_storageIndicator);
    connectActions();
    connectParts();
    if (!restoreGeometry(m_settings->value(kGeometryKey).toByteArray()))
        resize(1200, 760);
    restoreState(m_settings->value(kStateKey).toByteArray());
    restoreWorkspace();
    m_profiles->refresh();
}

MainWindow::~MainWindow() {
    m_workspace->saveNow();
    // The tabs go after this destructor: what they report while being torn down must reach nothing of ours
    // (above all, an empty workspace must never be saved over the real one).
    disconnect(m_tabs, nullptr, this, nullptr);
}

void MainWindow::buildToolBar() {
    QToolBar *bar = addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setMovable(false);
    m_profileCombo = new QComboBox(bar);
    m_profileCombo->setObjectName(QStringLiteral("profileCombo"));
    m_profileCombo->setAccessibleName(tr("Credentials profile"));
    m_profileCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_profileCombo->setMinimumContentsLength(14);
    addLabelled(bar, tr("&Profile:"), m_profileCombo);
    bar->addAction(m_actions.editCredentials);
    bar->addSeparator();

    m_servicePicker = new ServicePicker(bar);
    m_servicePicker->setObjectName(QStringLiteral("serviceCombo"));
    m_servicePicker->setSettings(m_settings);
    m_servicePicker->setCatalog(m_catalog);
    addLabelled(bar, tr("S&ervice:"), m_servicePicker);
    bar->addSeparator();

    m_runButton = new QToolButton(bar);
    m_runButton->setObjectName(QStringLiteral("runButton"));
    m_runButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    // Not setDefaultAction(): a tool button keeps every action it was given as a menu (and shows an arrow).
    connect(m_runButton, &QToolButton::clicked, this, &MainWindow::runOrCancel);
    bar->addWidget(m_runButton);
    bar->addAction(m_actions.prettify);

    auto *spacer = new QWidget(bar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    bar->addWidget(spacer);
    m_tokenStatus = new TokenStatusWidget(bar);
    m_tokenStatus->setObjectName(QStringLiteral("tokenStatus"));
    bar->addWidget(m_tokenStatus);
}

void MainWindow::buildCentralArea() {
    m_welcome = new WelcomePage(this);
    m_welcome->setObjectName(QStringLiteral("welcomePage"));
    m_tabs = new QueryTabs(this);
    m_pages = new QStackedWidget(this);
    m_pages->addWidget(m_welcome);
    m_pages->addWidget(m_tabs);
    setCentralWidget(m_pages);
}

void MainWindow::connectActions() {
    const MainActions &a = m_actions;
    connect(a.newTab, &QAction::triggered, this, [this] {
        m_tabs->newTab();
        showPage();
    });
    connect(a.open, &QAction::triggered, m_files, &TabFiles::openDialog);
    connect(a.save, &QAction::triggered, m_files, &TabFiles::save);
    connect(a.saveAs, &QAction::triggered, m_files, &TabFiles::saveAs);
    connect(m_files, &TabFiles::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, kStatusMs); });
    connect(a.closeTab, &QAction::triggered, m_tabs, &QueryTabs::closeCurrentTab);
    connect(a.renameTab, &QAction::triggered, m_tabs, &QueryTabs::renameCurrentTab);
    connect(a.quit, &QAction::triggered, this, &QWidget::close);
    connect(a.prettify, &QAction::triggered, this, &MainWindow::prettifyCurrent);
    connect(a.run, &QAction::triggered, this, &MainWindow::runOrCancel);
    connect(a.cancel, &QAction::triggered, m_runner, &RunController::cancel);
    connect(a.editCredentials, &QAction::triggered, this, &MainWindow::manageProfiles);
    connect(a.tokenDetails, &QAction::triggered, this, &MainWindow::showTokenDetails);
    connect(a.renewToken, &QAction::triggered, m_tokenStatus, &TokenStatusWidget::renewToken);
    connect(a.trySandbox, &QAction::triggered, this, &MainWindow::openSandbox);
    connect(a.showTree, &QAction::triggered, m_tabs, [this] { m_tabs->showResults(ResultsView::TreeTab); });
    connect(a.showRaw, &QAction::triggered, m_tabs, [this] { m_tabs->showResults(ResultsView::RawTab); });
    connect(a.showErrors, &QAction::triggered, m_tabs, [this] { m_tabs->showResults(ResultsView::ErrorsTab); });
    connect(a.focusResults, &QAction::triggered, m_tabs, [this] { m_tabs->showResults(-1); });
    connect(a.nextTab, &QAction::triggered, m_tabs, &QueryTabs::nextTab);
    connect(a.previousTab, &QAction::triggered, m_tabs, &QueryTabs::previousTab);
    connect(a.focusEditor, &QAction::triggered, m_tabs, &QueryTabs::focusEditor);
    connect(a.focusVariables, &QAction::triggered, m_tabs, &QueryTabs::focusVariables);
    connect(a.shortcuts, &QAction::triggered, this, [this] { showShortcutsDialog(this, m_actions.all()); });
    connect(a.about, &QAction::triggered, this, &MainWindow::showAbout);
}

// What the window's parts report: profiles, service, sandbox, welcome page, tabs, runs, autosave.
void MainWindow::connectParts() {
    connect(m_profileCombo, &QComboBox::currentIndexChanged, this,
            [this] { m_profiles->select(m_profileCombo->currentText()); });
    connect(m_profiles, &ProfileSessions::profilesChanged, this, &MainWindow::syncProfileCombo);
    connect(m_profiles, &ProfileSessions::sessionChanged, this, &MainWindow::onSessionChanged);
    connect(m_profiles, &ProfileSessions::loadFailed, this,
            [this](const QString &message) { statusBar()->showMessage(QStringLiteral("⚠ ") + message); });
    connect(m_servicePicker, &ServicePicker::serviceSelected, this, &MainWindow::onServiceSelected);
    connect(m_servicePicker, &ServicePicker::sandboxRequested, this, &MainWindow::openSandbox);
    connect(m_sandbox, &SandboxLauncher::starting, this,
            [this] { statusBar()->showMessage(tr("Starting the sandbox…")); });
    connect(m_sandbox, &SandboxLauncher::running, this, &MainWindow::onSandboxRunning);
    connect(m_sandbox, &SandboxLauncher::demoWanted, this, &MainWindow::onSandboxDemoWanted);
    connect(m_sandbox, &SandboxLauncher::failed, this, [this](const QString &message) {
        statusBar()->showMessage(tr("The sandbox could not start: %1").arg(message));
        Q_EMIT sandboxFailed(message);
    });
    connect(m_tokenStatus, &TokenStatusWidget::detailsRequested, this, &MainWindow::showTokenDetails);
    connect(m_welcome, &WelcomePage::trySandboxRequested, this, &MainWindow::openSandbox);
    connect(m_welcome, &WelcomePage::connectRequested, this, &MainWindow::manageProfiles);
    connect(m_tabs, &QueryTabs::currentTabChanged, this, &MainWindow::onCurrentTabChanged);
    connect(m_tabs, &QueryTabs::workspaceChanged, this, &MainWindow::onWorkspaceChanged);
    connect(m_runner, &RunController::runningChanged, this, &MainWindow::onRunningChanged);
    connect(m_runner, &RunController::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, kStatusMs); });
    connect(m_runner, &RunController::finished, this, &MainWindow::runFinished);
    connect(m_workspace, &workspace::WorkspaceStore::saveFailed, this,
            [this](const QString &message) { statusBar()->showMessage(QStringLiteral("⚠ ") + message); });
}

QString MainWindow::currentProfileName() const {
    return m_profiles->currentName();
}

auth::AuthSession *MainWindow::authSession() const {
    return m_profiles->session();
}

QueryTab *MainWindow::currentTab() const {
    return m_tabs->currentTab();
}

QUrl MainWindow::currentServiceUrl() const {
    if (const QueryTab *tab = currentTab(); tab && tab->serviceUrl().isValid())
        return tab->serviceUrl();
    const std::optional<net::Service> service = m_servicePicker->currentService();
    return service ? service->url : QUrl();
}

void MainWindow::syncProfileCombo() {
    const QSignalBlocker blocker(m_profileCombo);
    const QStringList names = m_profiles->profileNames();
    m_profileCombo->clear();
    m_profileCombo->addItems(names);
    m_profileCombo->setCurrentIndex(int(names.indexOf(m_profiles->currentName())));
    m_profileCombo->setEnabled(!names.isEmpty());
    const bool volatileStore = m_store->secretStore() && m_store->secretStore()->isVolatile();
    m_storageIndicator->setText(volatileStore ? tr("Secrets kept for this session only") : QString());
    m_storageIndicator->setVisible(volatileStore);
}

void MainWindow::onSessionChanged(auth::AuthSession *session) {
    QPointer<net::GraphQLClient> previous = m_client;
    m_client = session ? new net::GraphQLClient(m_network, session, this) : nullptr;
    if (m_client) // read per session, so a changed limit applies from the next profile switch or start
        m_client->setMaxResponseBytes(net::ResponseBuffer::maxBytesFromSettings(*m_settings));
    m_runner->setClient(m_client); // a request in flight on the previous session ends (cancelled)
    delete previous;
    m_tokenStatus->setSession(session);
    m_tokenStatus->setProfileName(m_profiles->currentName());
    const QString name = m_profiles->currentName();
    setWindowTitle(name.isEmpty() ? tr("Altrata Explorer") : tr("%1 — Altrata Explorer").arg(name));
    if (session)
        connect(session, &auth::AuthSession::stateChanged, this, &MainWindow::updateManagedHeaders);
    const std::optional<auth::CredentialProfile> profile = m_profiles->currentProfile();
    // The profile's default service goes to a tab with nothing typed yet; a tab with a query keeps its own.
    QueryTab *tab = currentTab();
    if (profile && profile->defaultService.isValid() && (!tab || tab->editor()->text().trimmed().isEmpty())) {
        if (m_servicePicker->selectUrl(profile->defaultService) && tab)
            tab->setServiceUrl(profile->defaultService);
    }
    updateManagedHeaders();
    Q_EMIT sessionChanged(session);
}

void MainWindow::updateManagedHeaders() {
    QueryTab *tab = currentTab();
    if (!tab)
        return;
    const auth::AuthSession *session = authSession();
    const bool hasToken = session && (session->state() == auth::AuthSession::State::Valid ||
                                      session->state() == auth::AuthSession::State::ExpiringSoon);
    tab->headersEditor()->setManagedState(currentProfileName(), session != nullptr, hasToken);
}

void MainWindow::onCurrentTabChanged(QueryTab *tab) {
    if (m_splitterTab) { // the splitter positions follow the user from tab to tab, and across restarts
        m_settings->setValue(kMainSplitterKey, m_splitterTab->mainSplitter()->saveState());
        m_settings->setValue(kEditorSplitterKey, m_splitterTab->editorSplitter()->saveState());
    }
    m_splitterTab = tab;
    showPage();
    if (!tab)
        return;
    QList<QKeySequence> shortcuts;
    for (const QAction *action : m_actions.all())
        shortcuts += action->shortcuts();
    tab->yieldShortcuts(shortcuts);
    tab->mainSplitter()->restoreState(m_settings->value(kMainSplitterKey).toByteArray());
    tab->editorSplitter()->restoreState(m_settings->value(kEditorSplitterKey).toByteArray());
    if (!tab->serviceUrl().isValid()) {
        tab->setServiceUrl(currentServiceUrl());
    } else if (!m_servicePicker->selectUrl(tab->serviceUrl()) && m_catalog.addCustom(tab->serviceUrl())) {
        m_servicePicker->setCatalog(m_catalog); // a custom URL saved with the tab
        m_servicePicker->selectUrl(tab->serviceUrl());
    }
    updateManagedHeaders();
}

void MainWindow::onServiceSelected(const QUrl &url) {
    if (QueryTab *tab = currentTab())
        tab->setServiceUrl(url);
}

void MainWindow::showPage() {
    m_pages->setCurrentWidget(m_tabs->count() > 0 ? static_cast<QWidget *>(m_tabs) : m_welcome);
}

QueryTab *MainWindow::ensureTab() {
    QueryTab *tab = currentTab() ? currentTab() : m_tabs->newTab();
    showPage();
    return tab;
}

void MainWindow::onWorkspaceChanged() {
    if (m_restoring)
        return;
    m_workspace->scheduleSave(m_tabs->workspaceState());
    showPage();
}

void MainWindow::restoreWorkspace() {
    QString problem;
    const std::optional<workspace::WorkspaceState> state = m_workspace->load(&problem);
    if (!problem.isEmpty())
        statusBar()->showMessage(QStringLiteral("⚠ ") + problem);
    if (state) {
        m_restoring = true;
        m_tabs->restore(*state);
        m_restoring = false;
    }
    showPage();
}

void MainWindow::runOrCancel() {
    if (m_runner->isRunning()) {
        m_runner->cancel();
        return;
    }
    QueryTab *tab = currentTab();
    if (!tab)
        return;
    tab->editor()->checkNow();
    const std::optional<net::Service> service = m_catalog.findByUrl(currentServiceUrl());
    m_runner->run(tab, currentServiceUrl(), service ? service->label : currentServiceUrl().toDisplayString());
}

void MainWindow::onRunningChanged(bool running) {
    const QAction *shown = running ? m_actions.cancel : m_actions.run;
    m_runButton->setText(QString(shown->text()).remove(QLatin1Char('&')));
    m_runButton->setIcon(shown->icon());
    m_runButton->setToolTip(shown->toolTip());
    m_actions.cancel->setEnabled(running);
}

void MainWindow::prettifyCurrent() {
    if (QueryTab *tab = currentTab()) {
        const QString message = tab->prettify();
        if (!message.isEmpty())
            statusBar()->showMessage(message, kStatusMs);
    }
}

void MainWindow::selectProfile(const QString &name) {
    m_profiles->select(name);
}

void MainWindow::openSessionProfile(const auth::CredentialProfile &profile) {
    m_profiles->openSessionProfile(profile);
}

void MainWindow::manageProfiles() {
    CredentialsDialog dialog(m_store, m_network, m_clock, this);
    dialog.setServiceUrl(currentServiceUrl());
    dialog.setSession(authSession()); // its Test Credentials reuses (never terminates) the window's token
    const QString current = m_profiles->currentName();
    if (!current.isEmpty() && !m_profiles->isSessionProfile(current))
        dialog.selectProfile(current);
    // Edited credentials need a new session; an unchanged profile keeps its token (reloads never request).
    connect(&dialog, &CredentialsDialog::profileSaved, this, [this](const QString &name) {
        if (name == m_profiles->currentName())
            m_profiles->reload();
        else if (m_profiles->currentName().isEmpty() || m_profiles->isSessionProfile(m_profiles->currentName()))
            m_profiles->select(name);
    });
    dialog.exec();
    syncProfileCombo();
    if (!m_profiles->profileNames().isEmpty())
        ensureTab(); // leaves the welcome page once there is something to query with
}

void MainWindow::showTokenDetails() {
    if (!authSession()) {
        statusBar()->showMessage(tr("No profile is selected, so there is no token to show."), kStatusMs);
        return;
    }
    TokenDetailsDialog dialog(authSession(), currentProfileName(), m_clock, this);
    dialog.exec();
}

void MainWindow::setSandboxHost(sandbox::SandboxHost *host) {
    m_servicePicker->setSandboxOffered(host != nullptr);
    m_sandbox->setHost(host);
}

void MainWindow::openSandbox() {
    m_sandbox->open();
}

void MainWindow::onSandboxRunning(const QUrl &baseUrl) {
    m_catalog.setSandboxServices(m_sandbox->services());
    m_servicePicker->setCatalog(m_catalog);
    followSandboxPort(m_tabs, *m_sandbox->host());
    statusBar()->showMessage(tr("Sandbox running at %1").arg(baseUrl.toDisplayString()));
}

void MainWindow::onSandboxDemoWanted() {
    openSandboxExampleTabs(m_tabs, *m_sandbox->host());
    showPage();
    m_profiles->openSessionProfile(m_sandbox->demoProfile());
    m_servicePicker->selectUrl(currentServiceUrl());
    if (QueryTab *tab = currentTab())
        tab->editor()->setFocus();
    Q_EMIT sandboxReady();
}

void MainWindow::showAbout() {
    QMessageBox::about(this, tr("About Altrata Explorer"),
                       tr("<b>Altrata Explorer</b> %1<br>A desktop explorer for the Altrata GraphQL APIs.")
                           .arg(QApplication::applicationVersion().toHtmlEscaped()));
}

void MainWindow::closeEvent(QCloseEvent *event) {
    m_settings->setValue(kGeometryKey, saveGeometry());
    m_settings->setValue(kStateKey, saveState());
    if (QueryTab *tab = currentTab()) {
        m_settings->setValue(kMainSplitterKey, tab->mainSplitter()->saveState());
        m_settings->setValue(kEditorSplitterKey, tab->editorSplitter()->saveState());
    }
    m_workspace->saveNow(); // the open tabs, whatever the autosave delay had pending
    QMainWindow::closeEvent(event);
}

} // namespace altrata::ui

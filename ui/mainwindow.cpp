#include "mainwindow.h"

#include "auth/authsession.h"
#include "auth/credentialstore.h"
#include "auth/memorysecretstore.h"
#include "auth/secretstore.h"
#include "auth/tokencache.h"
#include "credentialsdialog.h"
#include "sandbox/sandboxhost.h"
#include "servicepicker.h"
#include "tokenstatuswidget.h"
#include "uilogging.h"

#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>
#include <QVBoxLayout>

namespace altrata::ui {

namespace {

const QString kLastProfileKey = QStringLiteral("ui/lastProfile");
const QString kGeometryKey = QStringLiteral("ui/mainWindowGeometry");
constexpr int kEmptyPage = 0;
constexpr int kProfilePage = 1;

QLabel *valueLabel(QWidget *parent) {
    auto *label = new QLabel(parent);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QLabel *heading(const QString &text, qreal scale, QWidget *parent) {
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * scale);
    font.setBold(true);
    label->setFont(font);
    return label;
}

} // namespace

MainWindow::MainWindow(QSettings *settings, auth::CredentialStore *store, QNetworkAccessManager *network,
                       const auth::Clock *clock, QWidget *parent)
    : QMainWindow(parent)
    , m_settings(settings)
    , m_store(store)
    , m_network(network)
    , m_clock(clock)
    , m_sessionSecrets(std::make_unique<auth::MemorySecretStore>()) {
    setWindowTitle(tr("Altrata Explorer"));
    buildActions();
    buildToolBar();
    m_pages = new QStackedWidget(this);
    m_pages->insertWidget(kEmptyPage, buildEmptyPage());
    m_pages->insertWidget(kProfilePage, buildProfilePage());
    setCentralWidget(m_pages);
    m_storageIndicator = new QLabel(this);
    statusBar()->addPermanentWidget(m_storageIndicator);
    if (!restoreGeometry(m_settings->value(kGeometryKey).toByteArray()))
        resize(820, 420);
    connect(m_store, &auth::CredentialStore::profilesChanged, this, &MainWindow::refreshProfiles);
    refreshProfiles();
}

MainWindow::~MainWindow() {
    dropSession();
}

void MainWindow::buildActions() {
    m_manageAction = new QAction(tr("&Manage Profiles…"), this);
    m_manageAction->setObjectName(QStringLiteral("manageProfilesAction"));
    m_manageAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    m_manageAction->setToolTip(tr("Add, edit or delete credentials profiles"));
    connect(m_manageAction, &QAction::triggered, this, &MainWindow::manageProfiles);
    auto *quit = new QAction(tr("&Quit"), this);
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, this, &QWidget::close);
    auto *about = new QAction(tr("&About Altrata Explorer"), this);
    connect(about, &QAction::triggered, this, &MainWindow::showAbout);

    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(quit);
    QMenu *profile = menuBar()->addMenu(tr("&Profile"));
    profile->addAction(m_manageAction);
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(about);
}

void MainWindow::buildToolBar() {
    QToolBar *bar = addToolBar(tr("Profile"));
    bar->setObjectName(QStringLiteral("profileToolBar"));
    bar->setMovable(false);
    auto *label = new QLabel(tr("Profile:"), bar);
    label->setContentsMargins(4, 0, 6, 0);
    m_profileCombo = new QComboBox(bar);
    m_profileCombo->setObjectName(QStringLiteral("profileCombo"));
    m_profileCombo->setAccessibleName(tr("Credentials profile"));
    m_profileCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_profileCombo->setMinimumContentsLength(16);
    label->setBuddy(m_profileCombo);
    bar->addWidget(label);
    bar->addWidget(m_profileCombo);
    bar->addAction(m_manageAction);
    connect(m_profileCombo, &QComboBox::currentIndexChanged, this,
            [this] { loadProfile(m_profileCombo->currentText()); });

    bar->addSeparator();
    auto *serviceLabel = new QLabel(tr("Service:"), bar);
    serviceLabel->setContentsMargins(4, 0, 6, 0);
    m_servicePicker = new ServicePicker(bar);
    m_servicePicker->setObjectName(QStringLiteral("serviceCombo"));
    m_servicePicker->setCatalog(m_catalog);
    serviceLabel->setBuddy(m_servicePicker);
    bar->addWidget(serviceLabel);
    bar->addWidget(m_servicePicker);
    connect(m_servicePicker, &ServicePicker::sandboxRequested, this, &MainWindow::openSandbox);
}

QWidget *MainWindow::buildEmptyPage() {
    auto *page = new QWidget(this);
    auto *text = new QLabel(tr("Add the API key, username and password Altrata sent you. The password and API key "
                               "are kept in your system keychain, never in a file."),
                            page);
    text->setWordWrap(true);
    text->setAlignment(Qt::AlignCenter);
    auto *add = new QPushButton(tr("Add a Profile…"), page);
    add->setObjectName(QStringLiteral("addProfileButton"));
    connect(add, &QPushButton::clicked, this, &MainWindow::manageProfiles);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(48, 24, 48, 24);
    layout->addStretch(1);
    layout->addWidget(heading(tr("No credentials profile yet"), 1.4, page), 0, Qt::AlignHCenter);
    layout->addWidget(text);
    layout->addSpacing(8);
    layout->addWidget(add, 0, Qt::AlignHCenter);
    layout->addStretch(2);
    return page;
}

QWidget *MainWindow::buildProfilePage() {
    auto *page = new QWidget(this);
    m_profileHeading = heading(QString(), 1.4, page);
    m_tokenUrlValue = valueLabel(page);
    m_usernameValue = valueLabel(page);
    m_serviceValue = valueLabel(page);
    auto *details = new QFormLayout;
    details->addRow(tr("Token URL:"), m_tokenUrlValue);
    details->addRow(tr("Username:"), m_usernameValue);
    details->addRow(tr("Default service:"), m_serviceValue);
    m_sessionNote = new QLabel(page);
    m_sessionNote->setObjectName(QStringLiteral("sessionProfileNote"));
    m_sessionNote->setWordWrap(true);
    m_sessionNote->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_sessionNote->hide();
    m_loadErrorLabel = new QLabel(page);
    m_loadErrorLabel->setObjectName(QStringLiteral("profileLoadErrorLabel"));
    m_loadErrorLabel->setWordWrap(true);
    m_loadErrorLabel->hide();
    m_tokenStatus = new TokenStatusWidget(page);
    m_tokenStatus->setObjectName(QStringLiteral("tokenStatus"));
    auto *note = new QLabel(tr("A token lasts 8 hours. The explorer reuses a valid token, also after a restart, "
                               "because requesting a new one ends the current token for every program that uses "
                               "these credentials."),
                            page);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(24, 18, 24, 18);
    layout->addWidget(m_profileHeading);
    layout->addLayout(details);
    layout->addWidget(m_sessionNote);
    layout->addWidget(m_loadErrorLabel);
    layout->addSpacing(12);
    layout->addWidget(heading(tr("Access token"), 1.0, page));
    layout->addWidget(m_tokenStatus);
    layout->addWidget(note);
    layout->addStretch(1);
    return page;
}

QString MainWindow::currentProfileName() const {
    return m_profileCombo->currentText();
}

QUrl MainWindow::currentServiceUrl() const {
    const std::optional<net::Service> service = m_servicePicker->currentService();
    return service ? service->url : QUrl();
}

void MainWindow::refreshProfiles() {
    QStringList names = m_store->profileNames();
    for (const QString &sessionName : m_sessionProfiles.keys()) {
        if (!names.contains(sessionName))
            names.append(sessionName); // session profiles after the saved ones
    }
    QString wanted = names.contains(m_preferredProfile) ? m_preferredProfile : m_profileCombo->currentText();
    if (!names.contains(wanted))
        wanted = m_settings->value(kLastProfileKey).toString();
    if (!names.contains(wanted))
        wanted = names.value(0);
    {
        const QSignalBlocker blocker(m_profileCombo);
        m_profileCombo->clear();
        m_profileCombo->addItems(names);
        m_profileCombo->setCurrentIndex(int(names.indexOf(wanted)));
    }
    m_profileCombo->setEnabled(!names.isEmpty());
    m_pages->setCurrentIndex(names.isEmpty() ? kEmptyPage : kProfilePage);
    updateStorageIndicator();
    if (wanted != m_sessionProfile)
        loadProfile(wanted);
}

void MainWindow::selectProfile(const QString &name) {
    const int index = m_profileCombo->findText(name);
    if (index >= 0)
        m_profileCombo->setCurrentIndex(index);
}

void MainWindow::loadProfile(const QString &name) {
    const quint64 generation = ++m_generation;
    dropSession();
    m_sessionProfile = name;
    if (name.isEmpty()) {
        setWindowTitle(tr("Altrata Explorer"));
        Q_EMIT sessionChanged(nullptr);
        return;
    }
    m_loadErrorLabel->hide();
    if (isSessionProfile(name)) { // nothing to read, and nothing about it goes to the settings
        startSession(m_sessionProfiles.value(name));
        return;
    }
    m_settings->setValue(kLastProfileKey, name);
    statusBar()->showMessage(tr("Loading profile “%1”…").arg(name));
    m_store->load(name, this, [this, generation, name](const auto &profile, const auto &error) {
        if (generation != m_generation)
            return;
        statusBar()->clearMessage();
        if (error) {
            m_loadErrorLabel->setText(QStringLiteral("⚠ ") + error->message);
            m_loadErrorLabel->show();
        }
        if (profile)
            startSession(*profile);
        else if (!error)
            statusBar()->showMessage(tr("The profile “%1” no longer exists.").arg(name));
    });
}

void MainWindow::startSession(const auth::CredentialProfile &profile) {
    // The cache goes through whichever store holds the secrets now (the keychain, or memory after a fallback).
    // Session profiles keep their tokens in memory like their secrets.
    m_cache =
        new auth::TokenCache(isSessionProfile(profile.name) ? m_sessionSecrets.get() : m_store->secretStore(), this);
    m_session =
        new auth::AuthSession(profile.credentials, m_network, m_cache, m_clock, auth::AuthSession::Options{}, this);
    m_tokenStatus->setSession(m_session);
    showProfileDetails(profile);
    qCInfo(lcUi) << "profile selected:" << profile.name;
    // Reads the keychain only: a still-valid token shows at once and nothing is requested.
    m_session->restoreCachedToken(this, [](const auth::TokenResult &) {});
    Q_EMIT sessionChanged(m_session);
}

void MainWindow::dropSession() {
    m_tokenStatus->setSession(nullptr);
    if (m_session) {
        m_session->cancel();
        m_session->deleteLater();
    }
    if (m_cache)
        m_cache->deleteLater();
    m_session = nullptr;
    m_cache = nullptr;
}

void MainWindow::showProfileDetails(const auth::CredentialProfile &profile) {
    setWindowTitle(tr("%1 — Altrata Explorer").arg(profile.name));
    m_profileHeading->setText(profile.name);
    m_tokenUrlValue->setText(profile.credentials.tokenUrl.toDisplayString());
    m_usernameValue->setText(profile.credentials.username);
    m_serviceValue->setText(profile.defaultService.isEmpty() ? tr("(none)") : profile.defaultService.toDisplayString());
    if (!profile.defaultService.isEmpty())
        m_servicePicker->selectUrl(profile.defaultService);
    m_sessionNote->setVisible(isSessionProfile(profile.name));
    m_sessionNote->setText(sessionNote(profile));
}

QString MainWindow::sessionNote(const auth::CredentialProfile &profile) const {
    QString note = tr("Kept for this session only: nothing of this profile is saved.");
    if (m_sandbox && profile.credentials.tokenUrl == m_sandbox->tokenUrl()) {
        // The demo credentials are public (README, CLI): showing them is how people learn them.
        const sandbox::SandboxCredentials &demo = m_sandbox->config().credentials;
        note = tr("Built-in sandbox on this computer, with its public demo credentials: API key %1, username %2, "
                  "password %3. ")
                   .arg(demo.apiKey, demo.username, demo.password) +
               note;
    }
    return note;
}

void MainWindow::openSessionProfile(const auth::CredentialProfile &profile) {
    m_sessionProfiles.insert(profile.name, profile);
    m_sessionProfile.clear(); // a replaced profile of the same name must start a new session
    m_preferredProfile = profile.name;
    refreshProfiles();
    m_preferredProfile.clear();
}

void MainWindow::setSandboxHost(sandbox::SandboxHost *host) {
    if (m_sandbox)
        disconnect(m_sandbox, nullptr, this, nullptr);
    m_sandbox = host;
    m_servicePicker->setSandboxOffered(host != nullptr);
    if (!host)
        return;
    connect(host, &sandbox::SandboxHost::started, this, &MainWindow::onSandboxStarted);
    connect(host, &sandbox::SandboxHost::failed, this, &MainWindow::onSandboxFailed);
    if (host->isRunning())
        onSandboxStarted();
}

void MainWindow::openSandbox() {
    if (!m_sandbox)
        return;
    m_sandboxWanted = true;
    if (m_sandbox->isRunning()) {
        onSandboxStarted();
        return;
    }
    if (std::exchange(m_sandboxStarting, true))
        return; // asked twice while the data is being generated: one start is enough
    statusBar()->showMessage(tr("Starting the sandbox…"));
    m_sandbox->start(sandbox::SandboxConfig{});
}

void MainWindow::onSandboxStarted() {
    m_sandboxStarting = false;
    QList<std::pair<QString, QUrl>> services;
    for (const QString &name : m_sandbox->serviceNames())
        services.append({name, m_sandbox->serviceUrl(name)});
    m_catalog.setSandboxServices(services);
    m_servicePicker->setCatalog(m_catalog);
    statusBar()->showMessage(tr("Sandbox running at %1").arg(m_sandbox->baseUrl().toDisplayString()));
    if (!std::exchange(m_sandboxWanted, false))
        return;
    // The demo credentials are public; they are still kept for this session only, like any secret.
    auth::CredentialProfile profile;
    profile.name = tr("Sandbox demo");
    profile.credentials = m_sandbox->credentials();
    profile.defaultService = m_sandbox->serviceUrl(m_sandbox->serviceNames().value(0));
    m_servicePicker->selectUrl(profile.defaultService);
    openSessionProfile(profile);
}

void MainWindow::onSandboxFailed(const QString &message) {
    m_sandboxWanted = false;
    m_sandboxStarting = false;
    qCWarning(lcUi) << "the sandbox did not start";
    statusBar()->showMessage(tr("The sandbox could not start: %1").arg(message));
}

void MainWindow::updateStorageIndicator() {
    const bool volatileStore = m_store->secretStore() && m_store->secretStore()->isVolatile();
    m_storageIndicator->setText(volatileStore ? tr("Secrets kept for this session only") : QString());
    m_storageIndicator->setVisible(volatileStore);
}

void MainWindow::manageProfiles() {
    CredentialsDialog dialog(m_store, this);
    if (!m_sessionProfile.isEmpty())
        dialog.selectProfile(m_sessionProfile);
    // Edited credentials need a new session; an unchanged profile keeps its token (reloads never request).
    connect(&dialog, &CredentialsDialog::profileSaved, this, [this](const QString &name) {
        if (name == m_sessionProfile)
            loadProfile(name);
        else if (m_sessionProfile.isEmpty())
            selectProfile(name);
    });
    dialog.exec();
    updateStorageIndicator();
}

void MainWindow::showAbout() {
    QMessageBox::about(this, tr("About Altrata Explorer"),
                       tr("<b>Altrata Explorer</b> %1<br>A desktop explorer for the Altrata GraphQL APIs.")
                           .arg(QApplication::applicationVersion().toHtmlEscaped()));
}

void MainWindow::closeEvent(QCloseEvent *event) {
    m_settings->setValue(kGeometryKey, saveGeometry());
    QMainWindow::closeEvent(event);
}

} // namespace altrata::ui

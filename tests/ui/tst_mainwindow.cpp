#include "auth/authsession.h"
#include "auth/clock.h"
#include "auth/credentialstore.h"
#include "auth/memorysecretstore.h"
#include "auth/tokencache.h"
#include "faketokenserver.h"
#include "mainwindow.h"
#include "sandbox/sandboxhost.h"
#include "servicepicker.h"
#include "tokenstatuswidget.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
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

    void noProfiles_offersToAddOne();
    void profiles_areListed_andTheLastUsedIsSelected();
    void switchingProfile_restoresCachedTokenWithoutRequest();
    void switchingProfile_isRemembered();
    void servicePicker_listsAltrataServices_andOffersTheSandbox();
    void openSandbox_showsSandboxServiceAndDemoProfile_andObtainsAToken();
    void sandboxEntry_startsTheSandbox_andSavesNothingOfTheDemo();

private:
    CredentialProfile profile(const QString &name, const QString &apiKey) const;
    void save(const CredentialProfile &profile);
    void cacheToken(const auth::Credentials &credentials, qint64 lifetimeSeconds);
    std::unique_ptr<MainWindow> openWindow();
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
    CredentialProfile p;
    p.name = name;
    p.credentials.tokenUrl = m_server->tokenUrl();
    p.credentials.username = QStringLiteral("test-user");
    p.credentials.password = Secret(QStringLiteral("test-password"));
    p.credentials.apiKey = Secret(apiKey);
    p.defaultService = m_server->graphqlUrl();
    return p;
}

void TestMainWindow::save(const CredentialProfile &p) {
    bool done = false;
    m_store->save(p, this, [&done](const std::optional<AuthError> &error) {
        QVERIFY(!error);
        done = true;
    });
    QTRY_VERIFY(done);
}

void TestMainWindow::cacheToken(const auth::Credentials &credentials, qint64 lifetimeSeconds) {
    AccessToken token;
    token.value = Secret(QStringLiteral("cached-token-value"));
    token.obtainedAt = m_clock->now();
    token.expiresAt = m_clock->now().addSecs(lifetimeSeconds);
    token.expiresInSeconds = lifetimeSeconds;
    auth::TokenCache cache(m_secrets.get());
    bool done = false;
    cache.store(credentials, token, this, [&done](const std::optional<AuthError> &error) {
        QVERIFY(!error);
        done = true;
    });
    QTRY_VERIFY(done);
}

std::unique_ptr<MainWindow> TestMainWindow::openWindow() {
    auto window = std::make_unique<MainWindow>(m_settings.get(), m_store.get(), m_network.get(), m_clock.get());
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        qFatal("main window not exposed");
    return window;
}

void TestMainWindow::noProfiles_offersToAddOne() {
    auto window = openWindow();
    auto *add = window->findChild<QPushButton *>(QStringLiteral("addProfileButton"));
    QVERIFY(add && add->isVisible());
    QVERIFY(!combo(*window)->isEnabled());
    QVERIFY(!window->authSession());
    QCOMPARE(window->tokenStatusWidget()->stateText(), QStringLiteral("No profile selected"));
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
    window->openSandbox(); // what --sandbox does
    QTRY_VERIFY_WITH_TIMEOUT(host.isRunning(), 60000);
    QTRY_COMPARE(window->currentProfileName(), QStringLiteral("Sandbox demo"));
    QCOMPARE(window->servicePicker()->currentText(), QStringLiteral("Sandbox: Profile"));
    QCOMPARE(window->currentServiceUrl(), host.serviceUrl(QStringLiteral("profile")));
    QTRY_VERIFY(window->authSession());
    const auth::Credentials &credentials = window->authSession()->credentials();
    QCOMPARE(credentials.tokenUrl, host.tokenUrl());
    QCOMPARE(credentials.username, QStringLiteral("demo"));
    QCOMPARE(credentials.apiKey, Secret(QStringLiteral("sandbox-api-key")));
    auto *note = window->findChild<QLabel *>(QStringLiteral("sessionProfileNote"));
    QVERIFY(note && note->isVisible());
    for (const char *demo :
         {"API key sandbox-api-key", "username demo,", "password demo-password", "this session only"})
        QVERIFY2(note->text().contains(QLatin1String(demo)), qPrintable(note->text()));

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

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"

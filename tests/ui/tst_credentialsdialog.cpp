#include "asyncwait.h"
#include "auth/clock.h"
#include "auth/credentialstore.h"
#include "auth/memorysecretstore.h"
#include "auth/tokencache.h"
#include "credentialsdialog.h"
#include "credentialtestpanel.h"
#include "faketokenserver.h"
#include "modalanswer.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>

#include <memory>

using namespace altrata;
using auth::AuthError;
using auth::AuthErrorKind;
using auth::CredentialProfile;
using auth::CredentialStore;
using auth::MemorySecretStore;
using auth::Secret;
using auth::SecretStore;
using auth::SecretStoreCallback;
using auth::SecretStoreResult;
using ui::CredentialsDialog;
using ui::CredentialTestPanel;

namespace {

// A keychain that answers reads with "nothing there" and refuses every write, as a locked or absent one does.
class RefusingSecretStore final : public SecretStore {
public:
    using SecretStore::SecretStore;
    static QString message() { return QStringLiteral("The system keychain is locked. Unlock it and try again."); }

    void read(const QString &, QObject *context, SecretStoreCallback done) override {
        QTimer::singleShot(0, context, [done] { done(SecretStoreResult{}); });
    }
    void write(const QString &, const Secret &, QObject *context, SecretStoreCallback done) override {
        ++writes;
        QTimer::singleShot(0, context, [done] {
            done(SecretStoreResult{AuthError{AuthErrorKind::Keychain, message(), QStringLiteral("locked"), 0, {}},
                                   false, Secret()});
        });
    }
    void remove(const QString &, QObject *context, SecretStoreCallback done) override {
        QTimer::singleShot(0, context, [done] { done(SecretStoreResult{}); });
    }
    bool isVolatile() const override { return false; }

    int writes = 0;
};

} // namespace

class TestCredentialsDialog final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void save_completeForm_storesProfile();
    void save_emptyRequiredField_isDisabledWithSentence();
    void whitespace_isPointedOutWithoutShowingTheValue_data();
    void whitespace_isPointedOutWithoutShowingTheValue();
    void tokenUrl_plainHttpToRemoteHost_blocksSave_data();
    void tokenUrl_plainHttpToRemoteHost_blocksSave();
    void select_savedProfile_fillsForm();
    void showToggle_revealsAndMasksSecret();
    void delete_confirmed_removesProfile();
    void delete_cancelled_keepsProfile();
    void keychainFailure_showsMessage_andKeepForSessionSaves();
    void hide_clearsSecretFields();
    void remember_defaultsOn_offKeepsSecretsForThisSessionOnly();
    void remember_off_needsNoWorkingKeychain();
    void testCredentials_validCachedToken_isUsedWithoutATokenRequest();
    void testCredentials_noValidToken_warnsFirst_thenTestsUnsavedForm();
    void testCredentials_wrongSecret_isNamed_data();
    void testCredentials_wrongSecret_isNamed();
    void testCredentials_defaultsToTheFormsServiceThenSandboxOrAltrata();

private:
    CredentialsDialog *openDialog();
    CredentialsDialog *openTestableDialog();
    void typeServerProfile(CredentialsDialog &dialog, const QString &password, const QString &apiKey);
    QString testOutcome(CredentialsDialog &dialog);
    void typeCompleteProfile(CredentialsDialog &dialog, const QString &name);
    void saveDirectly(const CredentialProfile &profile);
    std::optional<CredentialProfile> loadDirectly(const QString &name);
    template<typename T = QLineEdit> T *child(CredentialsDialog &dialog, const char *name) {
        auto *widget = dialog.findChild<T *>(QString::fromLatin1(name));
        if (!widget)
            qFatal("no child %s", name);
        return widget;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<MemorySecretStore> m_secrets;
    std::unique_ptr<CredentialStore> m_store;
    std::unique_ptr<test::FakeTokenServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<auth::ManualClock> m_clock;
    std::unique_ptr<CredentialsDialog> m_dialog;
};

void TestCredentialsDialog::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
}

void TestCredentialsDialog::init() {
    m_dir = std::make_unique<QTemporaryDir>();
    m_settings = std::make_unique<QSettings>(m_dir->filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    m_secrets = std::make_unique<MemorySecretStore>();
    m_store = std::make_unique<CredentialStore>(m_settings.get(), m_secrets.get());
}

void TestCredentialsDialog::cleanup() {
    m_dialog.reset();
    m_clock.reset();
    m_network.reset();
    m_server.reset();
    m_store.reset();
    m_secrets.reset();
    m_settings.reset();
    m_dir.reset();
}

CredentialsDialog *TestCredentialsDialog::openDialog() {
    m_dialog = std::make_unique<CredentialsDialog>(m_store.get());
    m_dialog->show();
    if (!QTest::qWaitForWindowExposed(m_dialog.get()))
        qFatal("dialog not exposed");
    return m_dialog.get();
}

void TestCredentialsDialog::typeCompleteProfile(CredentialsDialog &dialog, const QString &name) {
    QTest::keyClicks(child(dialog, "nameEdit"), name);
    QTest::keyClicks(child(dialog, "usernameEdit"), QStringLiteral("service-user"));
    QTest::keyClicks(child(dialog, "passwordEdit"), QStringLiteral("pa55word"));
    QTest::keyClicks(child(dialog, "apiKeyEdit"), QStringLiteral("key-123"));
    QTest::keyClicks(child(dialog, "serviceUrlEdit"), QStringLiteral("https://profile.altrata.com/graphql"));
}

void TestCredentialsDialog::saveDirectly(const CredentialProfile &profile) {
    bool done = false;
    m_store->save(profile, this, [&done](const std::optional<AuthError> &error) {
        QVERIFY(!error);
        done = true;
    });
    QTRY_VERIFY(done);
}

std::optional<CredentialProfile> TestCredentialsDialog::loadDirectly(const QString &name) {
    const auto outcome = altrata::test::waitForCallback<CredentialStore::LoadCallback>(
        [&](QObject *context, auto done) { m_store->load(name, context, std::move(done)); }, 5000);
    return outcome ? std::get<0>(*outcome) : std::nullopt;
}

void TestCredentialsDialog::save_completeForm_storesProfile() {
    CredentialsDialog &dialog = *openDialog();
    QSignalSpy saved(&dialog, &CredentialsDialog::profileSaved);
    typeCompleteProfile(dialog, QStringLiteral("Work"));
    auto *save = child<QPushButton>(dialog, "saveButton");
    QVERIFY(save->isEnabled());
    QTest::mouseClick(save, Qt::LeftButton);
    QTRY_COMPARE(saved.count(), 1);
    QVERIFY(m_store->hasProfile(QStringLiteral("Work")));
    const auto profile = loadDirectly(QStringLiteral("Work"));
    QVERIFY(profile);
    QCOMPARE(profile->credentials.tokenUrl, auth::Credentials::defaultTokenUrl());
    QCOMPARE(profile->credentials.username, QStringLiteral("service-user"));
    QVERIFY(profile->credentials.password == Secret(QStringLiteral("pa55word")));
    QVERIFY(profile->credentials.apiKey == Secret(QStringLiteral("key-123")));
    QCOMPARE(profile->defaultService, QUrl(QStringLiteral("https://profile.altrata.com/graphql")));
    QCOMPARE(child<QListWidget>(dialog, "profileList")->currentItem()->text(), QStringLiteral("Work"));
}

void TestCredentialsDialog::save_emptyRequiredField_isDisabledWithSentence() {
    CredentialsDialog &dialog = *openDialog();
    QTest::keyClicks(child(dialog, "nameEdit"), QStringLiteral("Work"));
    QTest::keyClicks(child(dialog, "usernameEdit"), QStringLiteral("service-user"));
    QTest::keyClicks(child(dialog, "passwordEdit"), QStringLiteral("pa55word"));
    auto *save = child<QPushButton>(dialog, "saveButton");
    auto *missing = child<QLabel>(dialog, "missingFieldsLabel");
    QVERIFY(!save->isEnabled());
    QVERIFY(missing->isVisible());
    QCOMPARE(missing->text(), QStringLiteral("Fill in the API key to save."));

    QTest::keyClicks(child(dialog, "apiKeyEdit"), QStringLiteral("k"));
    QVERIFY(save->isEnabled());
    QVERIFY(!missing->isVisible());

    child(dialog, "usernameEdit")->selectAll();
    QTest::keyClick(child(dialog, "usernameEdit"), Qt::Key_Delete);
    QVERIFY(!save->isEnabled());
    QCOMPARE(missing->text(), QStringLiteral("Fill in the username to save."));
    dialog.save(); // even when called directly, an incomplete profile is not saved
    QVERIFY(!dialog.isBusy());
    QVERIFY(!m_store->hasProfile(QStringLiteral("Work")));
}

void TestCredentialsDialog::whitespace_isPointedOutWithoutShowingTheValue_data() {
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("expected");
    QTest::newRow("api key trailing space")
        << QStringLiteral("apiKeyEdit") << QStringLiteral("secretkey ")
        << QStringLiteral("The API key ends with a space — usually a copy-paste slip.");
    QTest::newRow("password leading tab")
        << QStringLiteral("passwordEdit") << QStringLiteral("\tsecretpw")
        << QStringLiteral("The password starts with a tab — usually a copy-paste slip.");
    QTest::newRow("username both ends") << QStringLiteral("usernameEdit") << QStringLiteral(" secretuser ")
                                        << QStringLiteral("The username starts and ends with white space — usually a "
                                                          "copy-paste slip.");
}

void TestCredentialsDialog::whitespace_isPointedOutWithoutShowingTheValue() {
    QFETCH(QString, field);
    QFETCH(QString, typed);
    QFETCH(QString, expected);
    CredentialsDialog &dialog = *openDialog();
    auto *warnings = child<QLabel>(dialog, "whitespaceWarningsLabel");
    QVERIFY(!warnings->isVisible());
    child(dialog, field.toLatin1().constData())->insert(typed); // as a paste does: a typed tab moves focus
    QVERIFY(warnings->isVisible());
    QVERIFY2(warnings->text().contains(expected), qPrintable(warnings->text()));
    QVERIFY(!warnings->text().contains(typed.trimmed()));
}

void TestCredentialsDialog::tokenUrl_plainHttpToRemoteHost_blocksSave_data() {
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("http remote") << QStringLiteral("http://auth.example.com/oauth2/token") << false;
    QTest::newRow("no scheme") << QStringLiteral("auth.example.com/oauth2/token") << false;
    QTest::newRow("https remote") << QStringLiteral("https://auth.example.com/oauth2/token") << true;
    QTest::newRow("http loopback") << QStringLiteral("http://127.0.0.1:8080/oauth2/token") << true;
}

void TestCredentialsDialog::tokenUrl_plainHttpToRemoteHost_blocksSave() {
    QFETCH(QString, url);
    QFETCH(bool, allowed);
    CredentialsDialog &dialog = *openDialog();
    typeCompleteProfile(dialog, QStringLiteral("Work"));
    QLineEdit *tokenUrl = child(dialog, "tokenUrlEdit");
    tokenUrl->selectAll();
    QTest::keyClicks(tokenUrl, url);
    auto *problems = child<QLabel>(dialog, "problemsLabel");
    QCOMPARE(child<QPushButton>(dialog, "saveButton")->isEnabled(), allowed);
    QCOMPARE(problems->isVisible(), !allowed);
    if (!allowed)
        QVERIFY(problems->text().startsWith(QStringLiteral("Token URL: ")));
}

void TestCredentialsDialog::select_savedProfile_fillsForm() {
    CredentialProfile profile{QStringLiteral("Alpha"),
                              {QUrl(QStringLiteral("https://auth.example.com/token")), QStringLiteral("alice"),
                               Secret(QStringLiteral("pw-a")), Secret(QStringLiteral("key-a"))},
                              QUrl()};
    saveDirectly(profile);
    profile.name = QStringLiteral("Beta");
    profile.credentials.username = QStringLiteral("bob");
    saveDirectly(profile);
    CredentialsDialog &dialog = *openDialog();
    dialog.selectProfile(QStringLiteral("Beta"));
    QTRY_COMPARE(child(dialog, "usernameEdit")->text(), QStringLiteral("bob"));
    QCOMPARE(dialog.loadedProfileName(), QStringLiteral("Beta"));
    QCOMPARE(child(dialog, "nameEdit")->text(), QStringLiteral("Beta"));
    QCOMPARE(child(dialog, "tokenUrlEdit")->text(), QStringLiteral("https://auth.example.com/token"));
    QCOMPARE(child(dialog, "passwordEdit")->text(), QStringLiteral("pw-a"));
    QCOMPARE(child(dialog, "apiKeyEdit")->text(), QStringLiteral("key-a"));
    QVERIFY(child<QPushButton>(dialog, "deleteButton")->isEnabled());
}

void TestCredentialsDialog::showToggle_revealsAndMasksSecret() {
    CredentialsDialog &dialog = *openDialog();
    QLineEdit *password = child(dialog, "passwordEdit");
    QCOMPARE(password->echoMode(), QLineEdit::Password);
    auto *toggle = password->parentWidget()->findChildren<QToolButton *>().value(0);
    QVERIFY(toggle);
    toggle->click();
    QCOMPARE(password->echoMode(), QLineEdit::Normal);
    toggle->click();
    QCOMPARE(password->echoMode(), QLineEdit::Password);
}

void TestCredentialsDialog::delete_confirmed_removesProfile() {
    saveDirectly({QStringLiteral("Old"),
                  {auth::Credentials::defaultTokenUrl(), QStringLiteral("u"), Secret(QStringLiteral("p")),
                   Secret(QStringLiteral("k"))},
                  QUrl()});
    CredentialsDialog &dialog = *openDialog();
    QTRY_COMPARE(dialog.loadedProfileName(), QStringLiteral("Old"));
    QTRY_VERIFY(!dialog.isBusy());
    QSignalSpy deleted(&dialog, &CredentialsDialog::profileDeleted);
    bool asked = false;
    test::answerNextMessageBox(
        [](QMessageBox *box) { return test::buttonNamed(box, QStringLiteral("confirmDeleteButton")); }, &asked);
    QTest::mouseClick(child<QPushButton>(dialog, "deleteButton"), Qt::LeftButton);
    QVERIFY(asked);
    QTRY_COMPARE(deleted.count(), 1);
    QVERIFY(!m_store->hasProfile(QStringLiteral("Old")));
    QCOMPARE(child<QListWidget>(dialog, "profileList")->count(), 0);
    QVERIFY(child(dialog, "nameEdit")->text().isEmpty());
}

void TestCredentialsDialog::delete_cancelled_keepsProfile() {
    saveDirectly({QStringLiteral("Keep"),
                  {auth::Credentials::defaultTokenUrl(), QStringLiteral("u"), Secret(QStringLiteral("p")),
                   Secret(QStringLiteral("k"))},
                  QUrl()});
    CredentialsDialog &dialog = *openDialog();
    QTRY_COMPARE(dialog.loadedProfileName(), QStringLiteral("Keep"));
    QTRY_VERIFY(!dialog.isBusy());
    bool asked = false;
    test::answerNextMessageBox([](QMessageBox *box) { return box->button(QMessageBox::Cancel); }, &asked);
    QTest::mouseClick(child<QPushButton>(dialog, "deleteButton"), Qt::LeftButton);
    QVERIFY(asked);
    QVERIFY(!dialog.isBusy()); // a removal would have started synchronously
    QVERIFY(m_store->hasProfile(QStringLiteral("Keep")));
    QCOMPARE(child(dialog, "nameEdit")->text(), QStringLiteral("Keep"));
}

void TestCredentialsDialog::keychainFailure_showsMessage_andKeepForSessionSaves() {
    RefusingSecretStore keychain;
    m_store->setSecretStore(&keychain);
    CredentialsDialog &dialog = *openDialog();
    typeCompleteProfile(dialog, QStringLiteral("Work"));
    QTest::mouseClick(child<QPushButton>(dialog, "saveButton"), Qt::LeftButton);
    auto *panel = dialog.findChild<QWidget *>(QStringLiteral("keychainPanel"));
    QTRY_VERIFY(panel->isVisible());
    QCOMPARE(child<QLabel>(dialog, "keychainMessage")->text(), RefusingSecretStore::message());
    QVERIFY(keychain.writes > 0);
    QVERIFY(!m_store->hasProfile(QStringLiteral("Work")));
    // Nothing typed is lost.
    QCOMPARE(child(dialog, "usernameEdit")->text(), QStringLiteral("service-user"));
    QCOMPARE(child(dialog, "passwordEdit")->text(), QStringLiteral("pa55word"));
    QCOMPARE(child(dialog, "apiKeyEdit")->text(), QStringLiteral("key-123"));

    QSignalSpy saved(&dialog, &CredentialsDialog::profileSaved);
    QTest::mouseClick(child<QPushButton>(dialog, "keepForSessionButton"), Qt::LeftButton);
    QTRY_COMPARE(saved.count(), 1);
    QVERIFY(m_store->secretStore() != &keychain);
    QVERIFY(m_store->secretStore()->isVolatile());
    QVERIFY(!panel->isVisible());
    QVERIFY(child<QLabel>(dialog, "sessionOnlyNote")->isVisible());
    QCOMPARE(child(dialog, "passwordEdit")->text(), QStringLiteral("pa55word"));
    QCOMPARE(child(dialog, "apiKeyEdit")->text(), QStringLiteral("key-123"));
    const auto profile = loadDirectly(QStringLiteral("Work"));
    QVERIFY(profile);
    QVERIFY(profile->credentials.apiKey == Secret(QStringLiteral("key-123")));
}

void TestCredentialsDialog::hide_clearsSecretFields() {
    CredentialsDialog &dialog = *openDialog();
    typeCompleteProfile(dialog, QStringLiteral("Unsaved"));
    dialog.hide();
    QVERIFY(child(dialog, "passwordEdit")->text().isEmpty());
    QVERIFY(child(dialog, "apiKeyEdit")->text().isEmpty());
    QVERIFY(!child(dialog, "passwordEdit")->isUndoAvailable());
    QCOMPARE(child(dialog, "usernameEdit")->text(), QStringLiteral("service-user"));
}

void TestCredentialsDialog::remember_defaultsOn_offKeepsSecretsForThisSessionOnly() {
    CredentialsDialog &dialog = *openDialog();
    auto *remember = child<QCheckBox>(dialog, "rememberCheckBox");
    QVERIFY(remember->isChecked());
    typeCompleteProfile(dialog, QStringLiteral("Visiting"));
    remember->setFocus();
    QTest::keyClick(remember, Qt::Key_Space); // keyboard only
    QVERIFY(!remember->isChecked());
    QSignalSpy saved(&dialog, &CredentialsDialog::profileSaved);
    QTest::mouseClick(child<QPushButton>(dialog, "saveButton"), Qt::LeftButton);
    QTRY_COMPARE(saved.count(), 1);
    QVERIFY2(child<QLabel>(dialog, "statusLabel")->text().contains(QStringLiteral("for this session only")),
             qPrintable(child<QLabel>(dialog, "statusLabel")->text()));
    const auto thisRun = loadDirectly(QStringLiteral("Visiting"));
    QVERIFY(thisRun && !thisRun->rememberSecrets);
    QVERIFY(thisRun->credentials.apiKey == Secret(QStringLiteral("key-123")));

    // As after a restart: a new store over the same settings and keychain finds no secrets.
    m_dialog.reset();
    m_store = std::make_unique<CredentialStore>(m_settings.get(), m_secrets.get());
    CredentialsDialog &reopened = *openDialog();
    reopened.selectProfile(QStringLiteral("Visiting"));
    QTRY_COMPARE(reopened.loadedProfileName(), QStringLiteral("Visiting"));
    QVERIFY(!child<QCheckBox>(reopened, "rememberCheckBox")->isChecked());
    QVERIFY(child(reopened, "passwordEdit")->text().isEmpty());
    QVERIFY(child(reopened, "apiKeyEdit")->text().isEmpty());
    QTRY_VERIFY(child<QLabel>(reopened, "statusLabel")->isVisible());
    QCOMPARE(child<QLabel>(reopened, "statusLabel")->text(),
             QStringLiteral("“Visiting” does not remember its password and API key: enter them for this session."));

    // Turning it back on and saving keeps them in the keychain again.
    QTest::keyClicks(child(reopened, "passwordEdit"), QStringLiteral("pa55word"));
    QTest::keyClicks(child(reopened, "apiKeyEdit"), QStringLiteral("key-123"));
    QTest::mouseClick(child<QCheckBox>(reopened, "rememberCheckBox"), Qt::LeftButton);
    QSignalSpy savedAgain(&reopened, &CredentialsDialog::profileSaved);
    QTest::mouseClick(child<QPushButton>(reopened, "saveButton"), Qt::LeftButton);
    QTRY_COMPARE(savedAgain.count(), 1);
    CredentialStore restarted(m_settings.get(), m_secrets.get());
    const auto outcome = altrata::test::waitForCallback<CredentialStore::LoadCallback>(
        [&](QObject *context, auto done) { restarted.load(QStringLiteral("Visiting"), context, std::move(done)); });
    QVERIFY(outcome);
    const auto &remembered = std::get<0>(*outcome);
    QVERIFY(remembered && remembered->rememberSecrets);
    QVERIFY(remembered->credentials.password == Secret(QStringLiteral("pa55word")));
}

void TestCredentialsDialog::remember_off_needsNoWorkingKeychain() {
    RefusingSecretStore keychain;
    m_store->setSecretStore(&keychain);
    CredentialsDialog &dialog = *openDialog();
    typeCompleteProfile(dialog, QStringLiteral("NoKeychain"));
    QTest::mouseClick(child<QCheckBox>(dialog, "rememberCheckBox"), Qt::LeftButton);
    QSignalSpy saved(&dialog, &CredentialsDialog::profileSaved);
    QTest::mouseClick(child<QPushButton>(dialog, "saveButton"), Qt::LeftButton);
    QTRY_COMPARE(saved.count(), 1);
    QCOMPARE(keychain.writes, 0);
    QVERIFY(!dialog.findChild<QWidget *>(QStringLiteral("keychainPanel"))->isVisible());
    const auto profile = loadDirectly(QStringLiteral("NoKeychain"));
    QVERIFY(profile);
    QVERIFY(profile->credentials.password == Secret(QStringLiteral("pa55word")));
}

CredentialsDialog *TestCredentialsDialog::openTestableDialog() {
    const QDateTime now = QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch(), Qt::UTC);
    m_clock = std::make_unique<auth::ManualClock>(now);
    m_server = std::make_unique<test::FakeTokenServer>();
    if (!m_server->start())
        qFatal("fake token server did not start");
    m_server->setServerDate(now);
    m_network = std::make_unique<QNetworkAccessManager>();
    m_dialog = std::make_unique<CredentialsDialog>(m_store.get(), m_network.get(), m_clock.get());
    m_dialog->setServiceUrl(m_server->graphqlUrl());
    m_dialog->show();
    if (!QTest::qWaitForWindowExposed(m_dialog.get()))
        qFatal("dialog not exposed");
    return m_dialog.get();
}

void TestCredentialsDialog::typeServerProfile(CredentialsDialog &dialog, const QString &password,
                                              const QString &apiKey) {
    QTest::keyClicks(child(dialog, "nameEdit"), QStringLiteral("Fake"));
    child(dialog, "tokenUrlEdit")->selectAll(); // typing replaces the default token URL
    QTest::keyClicks(child(dialog, "tokenUrlEdit"), m_server->tokenUrl().toString());
    QTest::keyClicks(child(dialog, "usernameEdit"), QStringLiteral("test-user"));
    QTest::keyClicks(child(dialog, "passwordEdit"), password);
    QTest::keyClicks(child(dialog, "apiKeyEdit"), apiKey);
}

// Clicks "Test Credentials" and returns what the panel then says (result or warning).
QString TestCredentialsDialog::testOutcome(CredentialsDialog &dialog) {
    CredentialTestPanel *panel = dialog.testPanel();
    QTest::mouseClick(child<QPushButton>(dialog, "testCredentialsButton"), Qt::LeftButton);
    if (!QTest::qWaitFor([panel] { return !panel->isRunning(); }, 15000))
        return QStringLiteral("(still running)");
    return panel->newTokenWarningShown() ? child<QLabel>(dialog, "newTokenWarningText")->text() : panel->resultText();
}

void TestCredentialsDialog::testCredentials_validCachedToken_isUsedWithoutATokenRequest() {
    CredentialsDialog &dialog = *openTestableDialog();
    typeServerProfile(dialog, QStringLiteral("test-password"), QStringLiteral("test-api-key"));
    const auth::Credentials credentials = m_server->acceptedCredentials(); // what the form holds
    auth::AccessToken token;
    token.value = Secret(QString::fromLatin1(m_server->issueToken()));
    token.obtainedAt = m_clock->now();
    token.expiresAt = m_clock->now().addSecs(3600);
    auth::TokenCache cache(m_secrets.get());
    const auto stored = test::waitForCallback<auth::TokenCache::DoneCallback>(
        [&](QObject *context, auto done) { cache.store(credentials, token, context, std::move(done)); });
    QVERIFY(stored && !stored->has_value());

    const QString outcome = testOutcome(dialog);
    QVERIFY2(outcome.startsWith(QStringLiteral("✔")), qPrintable(outcome));
    QVERIFY(outcome.contains(QStringLiteral("Used the saved token")));
    QVERIFY(outcome.contains(QStringLiteral("1 h left")));
    QVERIFY(outcome.contains(QStringLiteral("sub: test-user")));
    QCOMPARE(m_server->requestCount(), 0);
    QCOMPARE(m_server->graphqlRequestCount(), 1);
    QVERIFY(!outcome.contains(token.value.reveal()));
}

void TestCredentialsDialog::testCredentials_noValidToken_warnsFirst_thenTestsUnsavedForm() {
    CredentialsDialog &dialog = *openTestableDialog();
    typeServerProfile(dialog, QStringLiteral("test-password"), QStringLiteral("test-api-key"));
    const QString warning = testOutcome(dialog);
    QVERIFY2(warning.contains(QStringLiteral("ends the current token of every other application")),
             qPrintable(warning));
    QCOMPARE(m_server->requestCount(), 0);

    QTest::mouseClick(child<QPushButton>(dialog, "requestNewTokenButton"), Qt::LeftButton);
    QTRY_VERIFY(!dialog.testPanel()->isRunning());
    const QString result = dialog.testPanel()->resultText();
    QVERIFY2(result.startsWith(QStringLiteral("✔")), qPrintable(result));
    QVERIFY(result.contains(QStringLiteral("Requested a new token")));
    QCOMPARE(m_server->requestCount(), 1);
    QCOMPARE(m_server->graphqlRequestCount(), 1);
    // Nothing saved, nothing typed lost.
    QVERIFY(!m_store->hasProfile(QStringLiteral("Fake")));
    QCOMPARE(child(dialog, "passwordEdit")->text(), QStringLiteral("test-password"));
    QCOMPARE(child(dialog, "nameEdit")->text(), QStringLiteral("Fake"));
    QVERIFY(child<QPushButton>(dialog, "saveButton")->isEnabled());
    // A second test finds the token the first one cached.
    QVERIFY(testOutcome(dialog).contains(QStringLiteral("Used the saved token")));
    QCOMPARE(m_server->requestCount(), 1);
}

void TestCredentialsDialog::testCredentials_wrongSecret_isNamed_data() {
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("apiKey");
    QTest::addColumn<QString>("named");
    QTest::newRow("API key") << QStringLiteral("test-password") << QStringLiteral("wrong-api-key")
                             << QStringLiteral("The API key is most likely wrong.");
    QTest::newRow("password") << QStringLiteral("wrong-password") << QStringLiteral("test-api-key")
                              << QStringLiteral("The username or password is most likely wrong");
}

void TestCredentialsDialog::testCredentials_wrongSecret_isNamed() {
    QFETCH(QString, password);
    QFETCH(QString, apiKey);
    QFETCH(QString, named);
    CredentialsDialog &dialog = *openTestableDialog();
    typeServerProfile(dialog, password, apiKey);
    QVERIFY(testOutcome(dialog).contains(QStringLiteral("every other application")));
    QTest::mouseClick(child<QPushButton>(dialog, "requestNewTokenButton"), Qt::LeftButton);
    QTRY_VERIFY(!dialog.testPanel()->isRunning());
    const QString result = dialog.testPanel()->resultText();
    QVERIFY2(result.startsWith(QStringLiteral("✖ ") + named), qPrintable(result));
    QVERIFY(!result.contains(password) && !result.contains(apiKey));
    QCOMPARE(m_server->requestCount(), 1);
    QCOMPARE(m_server->graphqlRequestCount(), 0);
}

void TestCredentialsDialog::testCredentials_defaultsToTheFormsServiceThenSandboxOrAltrata() {
    CredentialsDialog &dialog = *openTestableDialog();
    CredentialTestPanel *panel = dialog.testPanel();
    panel->setServiceUrl(QUrl());
    QCOMPARE(panel->effectiveServiceUrl(), QUrl(QStringLiteral("https://profile.altrata.com/graphql")));
    child(dialog, "tokenUrlEdit")->selectAll();
    QTest::keyClicks(child(dialog, "tokenUrlEdit"), QStringLiteral("http://127.0.0.1:4000/oauth2/token"));
    QCOMPARE(panel->effectiveServiceUrl(), QUrl(QStringLiteral("http://127.0.0.1:4000/profile/graphql")));
    QTest::keyClicks(child(dialog, "serviceUrlEdit"), QStringLiteral("https://events.altrata.com/graphql"));
    QCOMPARE(panel->effectiveServiceUrl(), QUrl(QStringLiteral("https://events.altrata.com/graphql")));
    panel->setServiceUrl(m_server->graphqlUrl());
    QCOMPARE(panel->effectiveServiceUrl(), m_server->graphqlUrl());
    QVERIFY(!CredentialsDialog(m_store.get()).testPanel()); // no network: no test
}

QTEST_MAIN(TestCredentialsDialog)
#include "tst_credentialsdialog.moc"

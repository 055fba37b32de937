#include "asyncwait.h"
#include "auth/credentialstore.h"
#include "auth/keychainsecretstore.h"
#include "auth/memorysecretstore.h"
#include "keychaintesting.h"

#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace altrata::auth;
using altrata::test::FailingSecretStore;
using altrata::test::waitForCallback;

namespace {

struct LoadOutcome {
    std::optional<CredentialProfile> profile;
    std::optional<AuthError> error;
};

AuthError noAnswer() {
    return makeAuthError(AuthErrorKind::Cancelled, QStringLiteral("no answer"));
}

LoadOutcome loadNow(CredentialStore &store, const QString &name) {
    const auto outcome = waitForCallback<CredentialStore::LoadCallback>(
        [&](QObject *context, auto done) { store.load(name, context, std::move(done)); });
    if (!outcome)
        return {std::nullopt, noAnswer()};
    return {std::get<0>(*outcome), std::get<1>(*outcome)};
}

std::optional<AuthError> saveNow(CredentialStore &store, const CredentialProfile &profile) {
    return waitForCallback<CredentialStore::DoneCallback>(
               [&](QObject *context, auto done) { store.save(profile, context, std::move(done)); })
        .value_or(noAnswer());
}

std::optional<AuthError> removeNow(CredentialStore &store, const QString &name) {
    return waitForCallback<CredentialStore::DoneCallback>(
               [&](QObject *context, auto done) { store.remove(name, context, std::move(done)); })
        .value_or(noAnswer());
}

CredentialProfile makeProfile(const QString &name, const QString &username = QStringLiteral("service-user")) {
    CredentialProfile profile;
    profile.name = name;
    profile.credentials.tokenUrl = QUrl(QStringLiteral("https://auth.example.test/oauth2/token"));
    profile.credentials.username = username;
    profile.credentials.password = Secret(QStringLiteral("Pw-%1-9b1e").arg(name));
    profile.credentials.apiKey = Secret(QStringLiteral("Key-%1-77ac").arg(name));
    profile.defaultService = QUrl(QStringLiteral("https://api.example.test/graphql"));
    return profile;
}

// What the store holds under `key`, read directly ("" when there is no entry).
QString storedSecret(SecretStore *secrets, const QString &key) {
    const auto outcome = waitForCallback<SecretStoreCallback>(
        [&](QObject *context, auto done) { secrets->read(key, context, std::move(done)); });
    if (!outcome)
        return QStringLiteral("<no answer>");
    const SecretStoreResult &result = *outcome;
    return result.error ? QStringLiteral("<error>") : result.value.reveal();
}

// The keys CredentialStore documents for a profile's secrets.
QString secretKey(const CredentialProfile &profile, const QString &which) {
    const auto encode = [](const QString &text) { return QString::fromLatin1(QUrl::toPercentEncoding(text)); };
    return QStringLiteral("profile/%1/%2/%3/%4")
        .arg(encode(profile.name), encode(profile.credentials.tokenUrl.toString(QUrl::FullyEncoded)),
             encode(profile.credentials.username), which);
}

} // namespace

// A store with its own settings file and its own secret namespace, so tests never see each other's entries.
struct Fixture {
    QTemporaryDir dir;
    std::unique_ptr<QSettings> settings;
    std::unique_ptr<SecretStore> secrets;
    std::unique_ptr<CredentialStore> store;

    explicit Fixture(const QString &backend)
        : settings(std::make_unique<QSettings>(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat)) {
        if (backend == QStringLiteral("keychain"))
            secrets = std::make_unique<KeychainSecretStore>(altrata::test::uniqueKeychainService(QStringLiteral("cs")));
        else
            secrets = std::make_unique<MemorySecretStore>();
        store = std::make_unique<CredentialStore>(settings.get(), secrets.get());
    }
    ~Fixture() {
        // Leave nothing behind in a real keychain.
        if (store->secretStore() == secrets.get()) {
            for (const QString &name : store->profileNames())
                removeNow(*store, name);
        }
    }
    QByteArray settingsFileBytes() const {
        settings->sync();
        QFile file(settings->fileName());
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }
};

#define FETCH_BACKEND()                                                                                                \
    QFETCH(QString, backend);                                                                                          \
    if (backend == QStringLiteral("keychain") && !m_keychainUsable)                                                    \
        QSKIP(qPrintable(m_skipReason));                                                                               \
    Fixture fixture(backend);                                                                                          \
    CredentialStore &store = *fixture.store

class TestCredentialStore : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void save_thenLoad_roundTripsEveryField_data() { addBackends(); }
    void save_thenLoad_roundTripsEveryField();
    void severalProfiles_sortedAndIndependent_data() { addBackends(); }
    void severalProfiles_sortedAndIndependent();
    void oddNames_roundTrip_data();
    void oddNames_roundTrip();
    void save_emptyName_isRefused_data();
    void save_emptyName_isRefused();
    void settingsFile_neverContainsPasswordOrApiKey_data() { addBackends(); }
    void settingsFile_neverContainsPasswordOrApiKey();
    void remove_deletesSecretsAndSettings_data() { addBackends(); }
    void remove_deletesSecretsAndSettings();
    void remove_unknownName_isNoErrorAndNoSignal();
    void load_unknownName_isMissingCredentialsError();
    void load_missingSecrets_loadsThemEmpty_data() { addBackends(); }
    void load_missingSecrets_loadsThemEmpty();
    void save_changedUsernameOrTokenUrl_removesOldSecretKeys_data();
    void save_changedUsernameOrTokenUrl_removesOldSecretKeys();
    void setSecretStore_switchesWhereSecretsLive_data() { addBackends(); }
    void setSecretStore_switchesWhereSecretsLive();
    void save_failingKeychain_leavesNoProfileBehind();
    void load_failingKeychain_givesNonSecretFieldsAndError();
    void callbacks_areAsyncAndDroppedWithTheirContext();
    void rememberOff_keepsSecretsInMemoryForThisRunOnly_data() { addBackends(); }
    void rememberOff_keepsSecretsInMemoryForThisRunOnly();
    void turningRememberOff_removesTheKeychainCopy_data() { addBackends(); }
    void turningRememberOff_removesTheKeychainCopy();
    void turningRememberOn_movesTheSecretsToTheKeychain_data() { addBackends(); }
    void turningRememberOn_movesTheSecretsToTheKeychain();
    void turningRememberOff_failingKeychain_isReportedAndNothingChanges();
    void rememberOff_neverTouchesTheKeychain();

private:
    static void addBackends();

    bool m_keychainUsable = false;
    QString m_skipReason;
};

void TestCredentialStore::addBackends() {
    QTest::addColumn<QString>("backend");
    QTest::newRow("memory") << QStringLiteral("memory");
    QTest::newRow("keychain") << QStringLiteral("keychain");
}

void TestCredentialStore::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    KeychainSecretStore probeStore(altrata::test::uniqueKeychainService(QStringLiteral("cs-probe")));
    const altrata::test::KeychainProbe probe = altrata::test::probeKeychainForTest(probeStore);
    if (!probe.requiredFailure.isEmpty())
        QFAIL(qPrintable(probe.requiredFailure));
    m_keychainUsable = probe.usable;
    m_skipReason = probe.skipReason;
}

void TestCredentialStore::save_thenLoad_roundTripsEveryField() {
    FETCH_BACKEND();
    QSignalSpy changed(&store, &CredentialStore::profilesChanged);
    const CredentialProfile profile = makeProfile(QStringLiteral("work"));
    const std::optional<AuthError> saved = saveNow(store, profile);
    QVERIFY2(!saved, qPrintable(saved ? saved->detail : QString()));
    QCOMPARE(changed.count(), 1);
    QVERIFY(store.hasProfile(QStringLiteral("work")));

    // A new store over the same settings and secrets, as after a restart.
    CredentialStore reopened(fixture.settings.get(), fixture.secrets.get());
    const LoadOutcome loaded = loadNow(reopened, QStringLiteral("work"));
    QVERIFY(!loaded.error);
    QVERIFY(loaded.profile.has_value());
    QVERIFY(*loaded.profile == profile);
}

void TestCredentialStore::severalProfiles_sortedAndIndependent() {
    FETCH_BACKEND();
    const QStringList names{QStringLiteral("staging"), QStringLiteral("Beta"), QStringLiteral("alpha"),
                            QStringLiteral("production")};
    for (const QString &name : names)
        QVERIFY(!saveNow(store, makeProfile(name, name + QStringLiteral("-user"))));
    QStringList sorted = names;
    sorted.sort();
    QCOMPARE(store.profileNames(), sorted);
    for (const QString &name : names) {
        const LoadOutcome loaded = loadNow(store, name);
        QVERIFY(!loaded.error);
        QVERIFY(*loaded.profile == makeProfile(name, name + QStringLiteral("-user")));
    }
}

void TestCredentialStore::oddNames_roundTrip_data() {
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QString>("name");
    const QStringList names{QStringLiteral("a/b"),         QStringLiteral("/leading/and/trailing/"),
                            QStringLiteral("back\\slash"), QStringLiteral("100% sure"),
                            QStringLiteral("%2F"),         QStringLiteral("key=value; [group] #1"),
                            QStringLiteral("..\\.."),      QStringLiteral("\u00fcml\u00e4ut \u540d\u524d \U0001F511"),
                            QStringLiteral("Work"),        QStringLiteral("work")};
    for (const QString &backend : {QStringLiteral("memory"), QStringLiteral("keychain")}) {
        for (const QString &name : names)
            QTest::addRow("%s: %s", qPrintable(backend), qPrintable(name)) << backend << name;
    }
}

void TestCredentialStore::oddNames_roundTrip() {
    FETCH_BACKEND();
    QFETCH(QString, name);
    QVERIFY(!saveNow(store, makeProfile(QStringLiteral("plain"))));
    QVERIFY(!saveNow(store, makeProfile(name)));
    QCOMPARE(store.profileNames().count(), 2);
    QVERIFY(store.profileNames().contains(name));
    QVERIFY(store.hasProfile(name));
    const LoadOutcome loaded = loadNow(store, name);
    QVERIFY(!loaded.error);
    QVERIFY(*loaded.profile == makeProfile(name));
    QVERIFY(!removeNow(store, name));
    QCOMPARE(store.profileNames(), QStringList{QStringLiteral("plain")});
}

void TestCredentialStore::save_emptyName_isRefused_data() {
    QTest::addColumn<QString>("name");
    QTest::newRow("empty") << QString();
    QTest::newRow("blank") << QStringLiteral("   ");
}

void TestCredentialStore::save_emptyName_isRefused() {
    QFETCH(QString, name);
    Fixture fixture(QStringLiteral("memory"));
    FailingSecretStore failing;
    fixture.store->setSecretStore(&failing);
    QSignalSpy changed(fixture.store.get(), &CredentialStore::profilesChanged);
    const std::optional<AuthError> error = saveNow(*fixture.store, makeProfile(name));
    QVERIFY(error.has_value());
    QCOMPARE(error->kind, AuthErrorKind::MissingCredentials);
    QVERIFY(!error->message.isEmpty());
    QVERIFY(fixture.store->profileNames().isEmpty());
    QCOMPARE(changed.count(), 0);
    QCOMPARE(failing.calls(), 0);
    fixture.store->setSecretStore(fixture.secrets.get());
}

void TestCredentialStore::settingsFile_neverContainsPasswordOrApiKey() {
    FETCH_BACKEND();
    CredentialProfile profile = makeProfile(QStringLiteral("leak-check"), QStringLiteral("leak-user"));
    profile.credentials.password = Secret(QStringLiteral("Recognisable-Password-5c2d"));
    profile.credentials.apiKey = Secret(QStringLiteral("Recognisable-ApiKey-e8f0"));
    QVERIFY(!saveNow(store, profile));
    const QByteArray bytes = fixture.settingsFileBytes();
    QVERIFY2(bytes.contains("leak-user"), "the settings file read is not the one the store wrote");
    for (const Secret *secret : {&profile.credentials.password, &profile.credentials.apiKey}) {
        QVERIFY(!bytes.contains(secret->revealUtf8()));
        QVERIFY(!bytes.contains(QUrl::toPercentEncoding(secret->reveal())));
        QVERIFY(!bytes.contains(secret->revealUtf8().toBase64()));
    }
}

void TestCredentialStore::remove_deletesSecretsAndSettings() {
    FETCH_BACKEND();
    const CredentialProfile profile = makeProfile(QStringLiteral("gone"));
    QVERIFY(!saveNow(store, profile));
    QVERIFY(!saveNow(store, makeProfile(QStringLiteral("kept"))));
    QSignalSpy changed(&store, &CredentialStore::profilesChanged);
    QVERIFY(!removeNow(store, QStringLiteral("gone")));
    QCOMPARE(changed.count(), 1);
    QVERIFY(!store.hasProfile(QStringLiteral("gone")));
    QCOMPARE(store.profileNames(), QStringList{QStringLiteral("kept")});
    QVERIFY(!fixture.settingsFileBytes().contains("gone"));

    // Bring back only the non-secret part: the secrets must be gone from the secret store.
    fixture.settings->setValue(QStringLiteral("profiles/gone/tokenUrl"), profile.credentials.tokenUrl.toString());
    fixture.settings->setValue(QStringLiteral("profiles/gone/username"), profile.credentials.username);
    const LoadOutcome loaded = loadNow(store, QStringLiteral("gone"));
    QVERIFY(!loaded.error);
    QVERIFY(loaded.profile->credentials.password.isEmpty());
    QVERIFY(loaded.profile->credentials.apiKey.isEmpty());
    QVERIFY(*loadNow(store, QStringLiteral("kept")).profile == makeProfile(QStringLiteral("kept")));
}

void TestCredentialStore::remove_unknownName_isNoErrorAndNoSignal() {
    Fixture fixture(QStringLiteral("memory"));
    QSignalSpy changed(fixture.store.get(), &CredentialStore::profilesChanged);
    QVERIFY(!removeNow(*fixture.store, QStringLiteral("never-saved")));
    QCOMPARE(changed.count(), 0);
}

void TestCredentialStore::load_unknownName_isMissingCredentialsError() {
    Fixture fixture(QStringLiteral("memory"));
    const LoadOutcome loaded = loadNow(*fixture.store, QStringLiteral("never-saved"));
    QVERIFY(!loaded.profile);
    QVERIFY(loaded.error.has_value());
    QCOMPARE(loaded.error->kind, AuthErrorKind::MissingCredentials);
    QVERIFY(loaded.error->message.contains(QStringLiteral("never-saved")));
}

void TestCredentialStore::load_missingSecrets_loadsThemEmpty() {
    FETCH_BACKEND();
    CredentialProfile profile = makeProfile(QStringLiteral("no-secrets"));
    profile.credentials.password = Secret();
    profile.credentials.apiKey = Secret();
    QVERIFY(!saveNow(store, profile));
    const LoadOutcome loaded = loadNow(store, QStringLiteral("no-secrets"));
    QVERIFY(!loaded.error);
    QVERIFY(*loaded.profile == profile);
}

void TestCredentialStore::save_changedUsernameOrTokenUrl_removesOldSecretKeys_data() {
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QString>("changedUsername");
    QTest::addColumn<QUrl>("changedTokenUrl");
    const QUrl sameUrl(QStringLiteral("https://auth.example.test/oauth2/token"));
    const QUrl otherUrl(QStringLiteral("https://auth.other.test/token"));
    for (const QString &backend : {QStringLiteral("memory"), QStringLiteral("keychain")}) {
        QTest::addRow("%s: username", qPrintable(backend)) << backend << QStringLiteral("new-user") << sameUrl;
        QTest::addRow("%s: token URL", qPrintable(backend)) << backend << QStringLiteral("service-user") << otherUrl;
    }
}

void TestCredentialStore::save_changedUsernameOrTokenUrl_removesOldSecretKeys() {
    FETCH_BACKEND();
    QFETCH(QString, changedUsername);
    QFETCH(QUrl, changedTokenUrl);
    const CredentialProfile original = makeProfile(QStringLiteral("moving"));
    QVERIFY(!saveNow(store, original));
    CredentialProfile changed = original;
    changed.credentials.username = changedUsername;
    changed.credentials.tokenUrl = changedTokenUrl;
    changed.credentials.password = Secret(QStringLiteral("new-password"));
    QVERIFY(!saveNow(store, changed));
    QVERIFY(*loadNow(store, QStringLiteral("moving")).profile == changed);

    // Point the settings back at the old username and token URL: nothing may be left under the old keys.
    fixture.settings->setValue(QStringLiteral("profiles/moving/tokenUrl"), original.credentials.tokenUrl.toString());
    fixture.settings->setValue(QStringLiteral("profiles/moving/username"), original.credentials.username);
    const LoadOutcome old = loadNow(store, QStringLiteral("moving"));
    QVERIFY(!old.error);
    QVERIFY(old.profile->credentials.password.isEmpty());
    QVERIFY(old.profile->credentials.apiKey.isEmpty());
}

void TestCredentialStore::setSecretStore_switchesWhereSecretsLive() {
    FETCH_BACKEND();
    const CredentialProfile first = makeProfile(QStringLiteral("switch"));
    QVERIFY(!saveNow(store, first));

    MemorySecretStore sessionOnly;
    store.setSecretStore(&sessionOnly);
    QCOMPARE(store.secretStore(), &sessionOnly);
    // Settings are shared; the secrets stayed in the first store.
    const LoadOutcome fromOther = loadNow(store, QStringLiteral("switch"));
    QVERIFY(!fromOther.error);
    QCOMPARE(fromOther.profile->credentials.username, first.credentials.username);
    QVERIFY(fromOther.profile->credentials.password.isEmpty());

    CredentialProfile second = first;
    second.credentials.password = Secret(QStringLiteral("only-in-memory"));
    QVERIFY(!saveNow(store, second));
    QVERIFY(*loadNow(store, QStringLiteral("switch")).profile == second);

    store.setSecretStore(fixture.secrets.get());
    QCOMPARE(loadNow(store, QStringLiteral("switch")).profile->credentials.password.reveal(),
             first.credentials.password.reveal());
}

void TestCredentialStore::save_failingKeychain_leavesNoProfileBehind() {
    Fixture fixture(QStringLiteral("memory"));
    FailingSecretStore failing;
    fixture.store->setSecretStore(&failing);
    QSignalSpy changed(fixture.store.get(), &CredentialStore::profilesChanged);
    const std::optional<AuthError> error = saveNow(*fixture.store, makeProfile(QStringLiteral("half")));
    QVERIFY(error.has_value());
    QCOMPARE(error->kind, AuthErrorKind::Keychain);
    QVERIFY(!fixture.store->hasProfile(QStringLiteral("half")));
    QVERIFY(!fixture.settingsFileBytes().contains("half"));
    QCOMPARE(changed.count(), 0);
}

void TestCredentialStore::load_failingKeychain_givesNonSecretFieldsAndError() {
    Fixture fixture(QStringLiteral("memory"));
    const CredentialProfile profile = makeProfile(QStringLiteral("locked"));
    QVERIFY(!saveNow(*fixture.store, profile));
    FailingSecretStore failing;
    fixture.store->setSecretStore(&failing);
    const LoadOutcome loaded = loadNow(*fixture.store, QStringLiteral("locked"));
    QVERIFY(loaded.error.has_value());
    QCOMPARE(loaded.error->kind, AuthErrorKind::Keychain);
    QVERIFY(loaded.profile.has_value());
    QCOMPARE(loaded.profile->credentials.username, profile.credentials.username);
    QCOMPARE(loaded.profile->defaultService, profile.defaultService);
    QVERIFY(loaded.profile->credentials.password.isEmpty());
    QVERIFY(loaded.profile->credentials.apiKey.isEmpty());
    fixture.store->setSecretStore(fixture.secrets.get());
}

void TestCredentialStore::callbacks_areAsyncAndDroppedWithTheirContext() {
    Fixture fixture(QStringLiteral("memory"));
    CredentialStore &store = *fixture.store;
    QObject context;
    bool saved = false;
    store.save(makeProfile(QStringLiteral("async")), &context, [&saved](const auto &) { saved = true; });
    QVERIFY(!saved);
    QTRY_VERIFY(saved);

    auto dying = std::make_unique<QObject>();
    bool loaded = false;
    bool refused = false;
    store.load(QStringLiteral("async"), dying.get(), [&loaded](const auto &, const auto &) { loaded = true; });
    store.save(makeProfile(QString()), dying.get(), [&refused](const auto &) { refused = true; });
    dying.reset();
    QVERIFY(loadNow(store, QStringLiteral("async")).profile.has_value());
    QVERIFY(!loaded);
    QVERIFY(!refused);
}

void TestCredentialStore::rememberOff_keepsSecretsInMemoryForThisRunOnly() {
    FETCH_BACKEND();
    CredentialProfile profile = makeProfile(QStringLiteral("forgetful"));
    profile.rememberSecrets = false;
    QVERIFY(!saveNow(store, profile));
    // This run loads everything back, but nothing secret reached the keychain.
    QVERIFY(*loadNow(store, profile.name).profile == profile);
    QCOMPARE(storedSecret(fixture.secrets.get(), secretKey(profile, QStringLiteral("password"))), QString());
    QCOMPARE(storedSecret(fixture.secrets.get(), secretKey(profile, QStringLiteral("api-key"))), QString());
    QVERIFY(!store.remembersSecrets(profile.name));
    QVERIFY(fixture.settingsFileBytes().contains("rememberSecrets=false"));
    QVERIFY(store.secretStoreFor(false)->isVolatile());
    QCOMPARE(store.secretStoreFor(true), fixture.secrets.get());

    // After a restart the profile is there with its secrets empty, still not remembering.
    CredentialStore reopened(fixture.settings.get(), fixture.secrets.get());
    const LoadOutcome loaded = loadNow(reopened, profile.name);
    QVERIFY(!loaded.error);
    QCOMPARE(loaded.profile->credentials.username, profile.credentials.username);
    QVERIFY(loaded.profile->credentials.password.isEmpty());
    QVERIFY(loaded.profile->credentials.apiKey.isEmpty());
    QVERIFY(!loaded.profile->rememberSecrets);
}

void TestCredentialStore::turningRememberOff_removesTheKeychainCopy() {
    FETCH_BACKEND();
    CredentialProfile profile = makeProfile(QStringLiteral("switching"));
    QVERIFY(!saveNow(store, profile));
    const QString passwordKey = secretKey(profile, QStringLiteral("password"));
    QCOMPARE(storedSecret(fixture.secrets.get(), passwordKey), profile.credentials.password.reveal());

    profile.rememberSecrets = false;
    QVERIFY(!saveNow(store, profile));
    QCOMPARE(storedSecret(fixture.secrets.get(), passwordKey), QString());
    QCOMPARE(storedSecret(fixture.secrets.get(), secretKey(profile, QStringLiteral("api-key"))), QString());
    QVERIFY(*loadNow(store, profile.name).profile == profile);
}

void TestCredentialStore::turningRememberOn_movesTheSecretsToTheKeychain() {
    FETCH_BACKEND();
    CredentialProfile profile = makeProfile(QStringLiteral("converted"));
    profile.rememberSecrets = false;
    QVERIFY(!saveNow(store, profile));
    profile.rememberSecrets = true;
    QVERIFY(!saveNow(store, profile));
    QCOMPARE(storedSecret(fixture.secrets.get(), secretKey(profile, QStringLiteral("api-key"))),
             profile.credentials.apiKey.reveal());
    // No second copy stays behind in memory.
    QCOMPARE(storedSecret(store.secretStoreFor(false), secretKey(profile, QStringLiteral("api-key"))), QString());
    CredentialStore reopened(fixture.settings.get(), fixture.secrets.get());
    QVERIFY(*loadNow(reopened, profile.name).profile == profile);
}

void TestCredentialStore::turningRememberOff_failingKeychain_isReportedAndNothingChanges() {
    Fixture fixture(QStringLiteral("memory"));
    CredentialProfile profile = makeProfile(QStringLiteral("stuck"));
    QVERIFY(!saveNow(*fixture.store, profile));
    FailingSecretStore failing;
    fixture.store->setSecretStore(&failing);
    profile.rememberSecrets = false;
    const std::optional<AuthError> error = saveNow(*fixture.store, profile);
    QVERIFY(error.has_value());
    QCOMPARE(error->kind, AuthErrorKind::Keychain);
    QVERIFY(fixture.store->remembersSecrets(profile.name)); // the copy may still be there: still "remembered"
    fixture.store->setSecretStore(fixture.secrets.get());
}

void TestCredentialStore::rememberOff_neverTouchesTheKeychain() {
    Fixture fixture(QStringLiteral("memory"));
    FailingSecretStore failing;
    fixture.store->setSecretStore(&failing);
    CredentialProfile profile = makeProfile(QStringLiteral("offline"));
    profile.rememberSecrets = false;
    QVERIFY(!saveNow(*fixture.store, profile));
    QVERIFY(*loadNow(*fixture.store, profile.name).profile == profile);
    QVERIFY(!removeNow(*fixture.store, profile.name));
    QVERIFY(!fixture.store->hasProfile(profile.name));
    QCOMPARE(failing.calls(), 0);
    fixture.store->setSecretStore(fixture.secrets.get());
}

QTEST_GUILESS_MAIN(TestCredentialStore)
#include "tst_credentialstore.moc"

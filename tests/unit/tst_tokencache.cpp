#include "asyncwait.h"
#include "auth/authsession.h"
#include "auth/clock.h"
#include "auth/keychainsecretstore.h"
#include "auth/memorysecretstore.h"
#include "auth/tokencache.h"
#include "faketokenserver.h"
#include "keychaintesting.h"

#include <QNetworkAccessManager>
#include <QStandardPaths>
#include <QTest>

#include <memory>

using namespace altrata::auth;
using altrata::test::FailingSecretStore;
using altrata::test::FakeTokenServer;
using altrata::test::waitForCallback;

namespace {

struct LoadOutcome {
    std::optional<AccessToken> token;
    std::optional<AuthError> error;
};

AuthError noAnswer() {
    return makeAuthError(AuthErrorKind::Cancelled, QStringLiteral("no answer"));
}

LoadOutcome loadNow(TokenCache &cache, const Credentials &credentials) {
    const auto outcome = waitForCallback<TokenCache::LoadCallback>(
        [&](QObject *context, auto done) { cache.load(credentials, context, std::move(done)); });
    if (!outcome)
        return {std::nullopt, noAnswer()};
    return {std::get<0>(*outcome), std::get<1>(*outcome)};
}

std::optional<AuthError> storeNow(TokenCache &cache, const Credentials &credentials, const AccessToken &token) {
    return waitForCallback<TokenCache::DoneCallback>(
               [&](QObject *context, auto done) { cache.store(credentials, token, context, std::move(done)); })
        .value_or(noAnswer());
}

std::optional<AuthError> removeNow(TokenCache &cache, const Credentials &credentials) {
    return waitForCallback<TokenCache::DoneCallback>(
               [&](QObject *context, auto done) { cache.remove(credentials, context, std::move(done)); })
        .value_or(noAnswer());
}

Credentials makeCredentials() {
    Credentials credentials;
    credentials.tokenUrl = QUrl(QStringLiteral("https://auth.example.test/oauth2/token"));
    credentials.username = QStringLiteral("cache-user");
    credentials.password = Secret(QStringLiteral("Cache-Password-31d7"));
    credentials.apiKey = Secret(QStringLiteral("Cache-ApiKey-a40e"));
    return credentials;
}

TokenResult ensureTokenNow(AuthSession &session) {
    return waitForCallback<AuthSession::TokenCallback>(
               [&](QObject *context, auto done) { session.ensureToken(context, std::move(done)); })
        .value_or(TokenResult{std::nullopt, noAnswer()});
}

AccessToken makeToken() {
    AccessToken token;
    token.value = Secret(QStringLiteral("opaque-token-value-0c9d"));
    token.tokenType = QStringLiteral("Bearer");
    token.obtainedAt = QDateTime(QDate(2026, 1, 1), QTime(9, 0, 0, 250), Qt::UTC);
    token.expiresInSeconds = 28800;
    token.expiresAt = token.obtainedAt.addSecs(token.expiresInSeconds);
    return token;
}

} // namespace

#define FETCH_BACKEND()                                                                                                \
    QFETCH(QString, backend);                                                                                          \
    if (backend == QStringLiteral("keychain") && !m_keychainUsable)                                                    \
        QSKIP(qPrintable(m_skipReason));                                                                               \
    const std::unique_ptr<SecretStore> secrets = newSecretStore(backend);                                              \
    TokenCache cache(secrets.get())

class TestTokenCache : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void keyFor_isTokenPrefixAndCacheKey_withoutAnySecret();
    void store_thenLoad_roundTrips_data() { addBackends(); }
    void store_thenLoad_roundTrips();
    void load_nothingStored_isNulloptWithoutError_data() { addBackends(); }
    void load_nothingStored_isNulloptWithoutError();
    void store_twice_loadReturnsLatest_data() { addBackends(); }
    void store_twice_loadReturnsLatest();
    void remove_thenLoad_isNullopt_data() { addBackends(); }
    void remove_thenLoad_isNullopt();
    void load_changedCredentials_findsNothing_data();
    void load_changedCredentials_findsNothing();
    void load_corruptEntry_isNulloptWithoutError_data();
    void load_corruptEntry_isNulloptWithoutError();
    void load_failingKeychain_reportsKeychainError();
    void callbacks_droppedWhenContextDies();
    void newAuthSession_sameCache_reusesValidTokenWithoutRequest_data() { addBackends(); }
    void newAuthSession_sameCache_reusesValidTokenWithoutRequest();
    void newAuthSession_cachedTokenExpired_requestsOnce_data() { addBackends(); }
    void newAuthSession_cachedTokenExpired_requestsOnce();

private:
    static void addBackends();
    std::unique_ptr<SecretStore> newSecretStore(const QString &backend) const;
    // A first AuthSession gets a token and caches it in `secrets`; the session is gone on return.
    std::optional<AccessToken> obtainAndCache(SecretStore &secrets, const Credentials &credentials, const Clock &clock);

    bool m_keychainUsable = false;
    QString m_skipReason;
    QString m_service;
};

void TestTokenCache::addBackends() {
    QTest::addColumn<QString>("backend");
    QTest::newRow("memory") << QStringLiteral("memory");
    QTest::newRow("keychain") << QStringLiteral("keychain");
}

std::unique_ptr<SecretStore> TestTokenCache::newSecretStore(const QString &backend) const {
    if (backend == QStringLiteral("keychain"))
        return std::make_unique<KeychainSecretStore>(m_service);
    return std::make_unique<MemorySecretStore>();
}

void TestTokenCache::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    m_service = altrata::test::uniqueKeychainService(QStringLiteral("tokencache"));
    KeychainSecretStore probeStore(m_service);
    const altrata::test::KeychainProbe probe = altrata::test::probeKeychainForTest(probeStore);
    if (!probe.requiredFailure.isEmpty())
        QFAIL(qPrintable(probe.requiredFailure));
    m_keychainUsable = probe.usable;
    m_skipReason = probe.skipReason;
}

void TestTokenCache::keyFor_isTokenPrefixAndCacheKey_withoutAnySecret() {
    const Credentials credentials = makeCredentials();
    const QString key = TokenCache::keyFor(credentials);
    QCOMPARE(key, QStringLiteral("token/") + credentials.cacheKey());
    QVERIFY(!key.contains(credentials.password.reveal()));
    QVERIFY(!key.contains(credentials.apiKey.reveal()));
    QVERIFY(!key.contains(credentials.username));
}

void TestTokenCache::store_thenLoad_roundTrips() {
    FETCH_BACKEND();
    const AccessToken token = makeToken();
    const std::optional<AuthError> stored = storeNow(cache, makeCredentials(), token);
    QVERIFY2(!stored, qPrintable(stored ? stored->detail : QString()));

    // Another cache over another store object on the same keychain: as after a restart.
    const std::unique_ptr<SecretStore> reopenedSecrets =
        backend == QStringLiteral("keychain") ? newSecretStore(backend) : nullptr;
    TokenCache reopened(reopenedSecrets ? reopenedSecrets.get() : secrets.get());
    const LoadOutcome loaded = loadNow(reopened, makeCredentials());
    QVERIFY(!loaded.error);
    QVERIFY(loaded.token.has_value());
    QVERIFY(loaded.token->value == token.value);
    QCOMPARE(loaded.token->tokenType, token.tokenType);
    QCOMPARE(loaded.token->obtainedAt, token.obtainedAt);
    QCOMPARE(loaded.token->expiresAt, token.expiresAt);
    QCOMPARE(loaded.token->expiresInSeconds, token.expiresInSeconds);
    QVERIFY(!removeNow(cache, makeCredentials()));
}

void TestTokenCache::load_nothingStored_isNulloptWithoutError() {
    FETCH_BACKEND();
    Credentials never = makeCredentials();
    never.username = QStringLiteral("never-stored");
    const LoadOutcome loaded = loadNow(cache, never);
    QVERIFY(!loaded.error);
    QVERIFY(!loaded.token);
}

void TestTokenCache::store_twice_loadReturnsLatest() {
    FETCH_BACKEND();
    QVERIFY(!storeNow(cache, makeCredentials(), makeToken()));
    AccessToken newer = makeToken();
    newer.value = Secret(QStringLiteral("newer-token-value"));
    newer.expiresAt = newer.expiresAt.addSecs(60);
    QVERIFY(!storeNow(cache, makeCredentials(), newer));
    const LoadOutcome loaded = loadNow(cache, makeCredentials());
    QVERIFY(loaded.token.has_value());
    QVERIFY(loaded.token->value == newer.value);
    QCOMPARE(loaded.token->expiresAt, newer.expiresAt);
    QVERIFY(!removeNow(cache, makeCredentials()));
}

void TestTokenCache::remove_thenLoad_isNullopt() {
    FETCH_BACKEND();
    QVERIFY(!storeNow(cache, makeCredentials(), makeToken()));
    QVERIFY(loadNow(cache, makeCredentials()).token.has_value());
    QVERIFY(!removeNow(cache, makeCredentials()));
    const LoadOutcome loaded = loadNow(cache, makeCredentials());
    QVERIFY(!loaded.error);
    QVERIFY(!loaded.token);
    // Removing what is gone already is fine.
    QVERIFY(!removeNow(cache, makeCredentials()));
}

void TestTokenCache::load_changedCredentials_findsNothing_data() {
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QString>("field");
    for (const QString &backend : {QStringLiteral("memory"), QStringLiteral("keychain")}) {
        for (const char *field : {"tokenUrl", "username", "password", "apiKey"})
            QTest::addRow("%s: %s", qPrintable(backend), field) << backend << QString::fromLatin1(field);
    }
}

void TestTokenCache::load_changedCredentials_findsNothing() {
    FETCH_BACKEND();
    QFETCH(QString, field);
    QVERIFY(!storeNow(cache, makeCredentials(), makeToken()));
    Credentials changed = makeCredentials();
    if (field == QStringLiteral("tokenUrl"))
        changed.tokenUrl = QUrl(QStringLiteral("https://auth.example.test/oauth2/token2"));
    else if (field == QStringLiteral("username"))
        changed.username += QLatin1Char('x');
    else if (field == QStringLiteral("password"))
        changed.password = Secret(changed.password.reveal() + QLatin1Char('x'));
    else
        changed.apiKey = Secret(changed.apiKey.reveal() + QLatin1Char('x'));
    QVERIFY(TokenCache::keyFor(changed) != TokenCache::keyFor(makeCredentials()));
    const LoadOutcome loaded = loadNow(cache, changed);
    QVERIFY(!loaded.error);
    QVERIFY(!loaded.token);
    // The original credentials still find their token.
    QVERIFY(loadNow(cache, makeCredentials()).token.has_value());
    QVERIFY(!removeNow(cache, makeCredentials()));
}

void TestTokenCache::load_corruptEntry_isNulloptWithoutError_data() {
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QString>("stored");
    const QStringList entries{QStringLiteral("not json at all"),
                              QStringLiteral("[1, 2, 3]"),
                              QStringLiteral("{}"),
                              QStringLiteral("{\"access_token\": \"\", \"obtained_at\": \"2026-01-01T09:00:00Z\", "
                                             "\"expires_at\": \"2026-01-01T17:00:00Z\"}"),
                              QStringLiteral("{\"access_token\": \"t\", \"obtained_at\": \"yesterday\", "
                                             "\"expires_at\": \"tomorrow\"}"),
                              QStringLiteral("{\"access_token\": \"t\", \"obtained")};
    for (const QString &backend : {QStringLiteral("memory"), QStringLiteral("keychain")}) {
        for (qsizetype i = 0; i < entries.size(); ++i)
            QTest::addRow("%s: %d", qPrintable(backend), int(i)) << backend << entries.at(i);
    }
}

void TestTokenCache::load_corruptEntry_isNulloptWithoutError() {
    FETCH_BACKEND();
    QFETCH(QString, stored);
    const Credentials credentials = makeCredentials();
    QVERIFY(!altrata::test::writeNow(*secrets, TokenCache::keyFor(credentials), Secret(stored)).error);
    const LoadOutcome loaded = loadNow(cache, credentials);
    QVERIFY(!loaded.error);
    QVERIFY(!loaded.token);
    QVERIFY(!removeNow(cache, credentials));
}

void TestTokenCache::load_failingKeychain_reportsKeychainError() {
    FailingSecretStore failing;
    TokenCache cache(&failing);
    const LoadOutcome loaded = loadNow(cache, makeCredentials());
    QVERIFY(!loaded.token);
    QVERIFY(loaded.error.has_value());
    QCOMPARE(loaded.error->kind, AuthErrorKind::Keychain);
    const std::optional<AuthError> stored = storeNow(cache, makeCredentials(), makeToken());
    QVERIFY(stored.has_value());
    QCOMPARE(stored->kind, AuthErrorKind::Keychain);
    QVERIFY(!stored->message.contains(makeToken().value.reveal()));
}

void TestTokenCache::callbacks_droppedWhenContextDies() {
    MemorySecretStore secrets;
    TokenCache cache(&secrets);
    auto context = std::make_unique<QObject>();
    bool stored = false;
    bool loaded = false;
    cache.store(makeCredentials(), makeToken(), context.get(), [&stored](const auto &) { stored = true; });
    cache.load(makeCredentials(), context.get(), [&loaded](const auto &, const auto &) { loaded = true; });
    QVERIFY(!stored);
    context.reset();
    QVERIFY(loadNow(cache, makeCredentials()).token.has_value());
    QVERIFY(!stored);
    QVERIFY(!loaded);
}

Credentials credentialsFor(const FakeTokenServer &server) {
    Credentials credentials = makeCredentials();
    credentials.tokenUrl = server.tokenUrl();
    return credentials;
}

void startServer(FakeTokenServer &server, const Clock &clock) {
    server.setServerDate(clock.now());
    server.setCredentials(QStringLiteral("cache-user"), QStringLiteral("Cache-Password-31d7"),
                          QStringLiteral("Cache-ApiKey-a40e"));
    QVERIFY(server.start());
}

std::optional<AccessToken> TestTokenCache::obtainAndCache(SecretStore &secrets, const Credentials &credentials,
                                                          const Clock &clock) {
    TokenCache cache(&secrets);
    QNetworkAccessManager network;
    AuthSession session(credentials, &network, &cache, &clock, AuthSession::Options{});
    const TokenResult first = ensureTokenNow(session);
    if (!first.ok())
        return std::nullopt;
    // The session stores into the cache in the background: wait until the entry is readable.
    if (!QTest::qWaitFor([&] { return loadNow(cache, credentials).token.has_value(); }, 20000))
        return std::nullopt;
    return first.token;
}

// The "restart": a new cache and session; for the keychain also a new store object, so the token can only
// come from the keychain itself (an in-memory store lives as long as its object, i.e. one run).
void TestTokenCache::newAuthSession_sameCache_reusesValidTokenWithoutRequest() {
    FETCH_BACKEND();
    ManualClock clock(QDateTime::currentDateTimeUtc());
    FakeTokenServer server;
    startServer(server, clock);
    if (QTest::currentTestFailed())
        return;
    const Credentials credentials = credentialsFor(server);
    const std::optional<AccessToken> first = obtainAndCache(*secrets, credentials, clock);
    QVERIFY(first.has_value());
    QCOMPARE(server.requestCount(), 1);

    clock.advanceSeconds(600);
    const std::unique_ptr<SecretStore> reopened =
        backend == QStringLiteral("keychain") ? newSecretStore(backend) : nullptr;
    TokenCache restartedCache(reopened ? reopened.get() : secrets.get());
    QNetworkAccessManager network;
    AuthSession session(credentials, &network, &restartedCache, &clock, AuthSession::Options{});
    const TokenResult second = ensureTokenNow(session);
    QVERIFY2(second.ok(), qPrintable(second.error ? second.error->detail : QString()));
    QVERIFY(second.token->value == first->value);
    QCOMPARE(server.requestCount(), 1); // zero requests by the second session
    QVERIFY(server.isCurrentToken(second.token->value.revealUtf8()));
    QVERIFY(!removeNow(cache, credentials));
}

void TestTokenCache::newAuthSession_cachedTokenExpired_requestsOnce() {
    FETCH_BACKEND();
    ManualClock clock(QDateTime::currentDateTimeUtc());
    FakeTokenServer server;
    server.setExpiresIn(3600);
    startServer(server, clock);
    if (QTest::currentTestFailed())
        return;
    const Credentials credentials = credentialsFor(server);
    const std::optional<AccessToken> first = obtainAndCache(*secrets, credentials, clock);
    QVERIFY(first.has_value());

    clock.advanceSeconds(3601);
    server.setServerDate(clock.now());
    const std::unique_ptr<SecretStore> reopened =
        backend == QStringLiteral("keychain") ? newSecretStore(backend) : nullptr;
    TokenCache restartedCache(reopened ? reopened.get() : secrets.get());
    QNetworkAccessManager network;
    AuthSession session(credentials, &network, &restartedCache, &clock, AuthSession::Options{});
    const TokenResult second = ensureTokenNow(session);
    QVERIFY(second.ok());
    QVERIFY(!(second.token->value == first->value));
    QCOMPARE(server.requestCount(), 2);
    // The new token replaced the expired one in the cache.
    QTRY_VERIFY_WITH_TIMEOUT(loadNow(cache, credentials).token.has_value() &&
                                 loadNow(cache, credentials).token->value == second.token->value,
                             20000);
    QVERIFY(!removeNow(cache, credentials));
}

QTEST_GUILESS_MAIN(TestTokenCache)
#include "tst_tokencache.moc"

#include "asyncwait.h"
#include "auth/authsession.h"
#include "auth/clock.h"
#include "auth/memorysecretstore.h"
#include "auth/tokencache.h"
#include "faketokenserver.h"
#include "net/credentialcheck.h"
#include "results/resultdocument.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTest>

#include <memory>

using namespace altrata;
using auth::AccessToken;
using auth::AuthError;
using auth::Credentials;
using auth::TokenCache;
using net::CredentialCheck;
using net::CredentialCheckResult;
using test::FakeTokenServer;
using Suspect = CredentialCheckResult::Suspect;
using Source = CredentialCheckResult::TokenSource;

class TestCredentialCheck final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void validCachedToken_isUsed_withZeroTokenRequests();
    void noCachedToken_newTokenNotAllowed_stopsBeforeSending();
    void expiredCachedToken_countsAsNone();
    void noCachedToken_allowed_requestsOnce_andCachesIt();
    void withoutCache_needsANewToken();
    void ifCacheable_requestsOnlyWhenTheCacheWorks();
    void sharedSession_sameCredentials_itsTokenIsUsed_andANewTokenReachesIt();
    void sharedSession_otherCredentials_isLeftAlone();
    void sharedSession_destroyedWhileFetchingTheToken_finishesAsCancelled();
    void tokenFailure_namesTheLikelyCulprit_data();
    void tokenFailure_namesTheLikelyCulprit();
    void unreachableTokenServer_suspectsTokenUrlOrNetwork();
    void tokenUrlThatIsNoTokenEndpoint_suspectsTokenUrl();
    void serviceUrlThatIsNoGraphQLEndpoint_suspectsServiceUrl();
    void tokenRenewedElsewhere_isReportedAsRefused();
    void unsafeServiceUrl_orIncompleteCredentials_sendNothing_data();
    void unsafeServiceUrl_orIncompleteCredentials_sendNothing();
    void cancel_finishesOnceAsCancelled();

private:
    CredentialCheckResult run(CredentialCheck::Request request);
    CredentialCheck::Request request(bool allowNewToken = false) const;
    void cacheToken(const QByteArray &value, qint64 lifetimeSeconds);

    std::unique_ptr<auth::ManualClock> m_clock;
    std::unique_ptr<FakeTokenServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<auth::MemorySecretStore> m_secrets;
    std::unique_ptr<TokenCache> m_cache;
    std::unique_ptr<CredentialCheck> m_check;
    Credentials m_credentials;
};

void TestCredentialCheck::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    qRegisterMetaType<CredentialCheckResult>();
}

void TestCredentialCheck::init() {
    const QDateTime now = QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch(), Qt::UTC);
    m_clock = std::make_unique<auth::ManualClock>(now);
    m_server = std::make_unique<FakeTokenServer>();
    QVERIFY(m_server->start());
    m_server->setServerDate(now);
    m_network = std::make_unique<QNetworkAccessManager>();
    m_secrets = std::make_unique<auth::MemorySecretStore>();
    m_cache = std::make_unique<TokenCache>(m_secrets.get());
    m_check = std::make_unique<CredentialCheck>(m_network.get(), m_clock.get(), m_cache.get());
    m_credentials = Credentials();
    m_credentials.tokenUrl = m_server->tokenUrl();
    m_credentials.username = QStringLiteral("test-user");
    m_credentials.password = auth::Secret(QStringLiteral("test-password"));
    m_credentials.apiKey = auth::Secret(QStringLiteral("test-api-key"));
}

void TestCredentialCheck::cleanup() {
    m_check.reset();
    m_cache.reset();
    m_secrets.reset();
    m_network.reset();
    m_server.reset();
    m_clock.reset();
}

CredentialCheck::Request TestCredentialCheck::request(bool allowNewToken) const {
    CredentialCheck::Request request;
    request.credentials = m_credentials;
    request.serviceUrl = m_server->graphqlUrl();
    request.newToken = allowNewToken ? CredentialCheck::NewToken::Always : CredentialCheck::NewToken::Never;
    request.timeoutMs = 10000;
    return request;
}

CredentialCheckResult TestCredentialCheck::run(CredentialCheck::Request request) {
    QSignalSpy finished(m_check.get(), &CredentialCheck::finished);
    m_check->start(request);
    if (!QTest::qWaitFor([&finished] { return !finished.isEmpty(); }, 15000))
        qWarning("the check did not finish");
    QTest::qWait(20); // a second finished() would arrive now
    if (finished.size() != 1)
        qWarning("finished() was emitted %d times", int(finished.size()));
    return finished.isEmpty() ? CredentialCheckResult() : finished.first().first().value<CredentialCheckResult>();
}

void TestCredentialCheck::cacheToken(const QByteArray &value, qint64 lifetimeSeconds) {
    AccessToken token;
    token.value = auth::Secret(QString::fromLatin1(value));
    token.obtainedAt = m_clock->now();
    token.expiresAt = m_clock->now().addSecs(lifetimeSeconds);
    token.expiresInSeconds = lifetimeSeconds;
    const auto stored = test::waitForCallback<TokenCache::DoneCallback>(
        [&](QObject *context, auto done) { m_cache->store(m_credentials, token, context, std::move(done)); });
    QVERIFY(stored && !stored->has_value());
}

void TestCredentialCheck::validCachedToken_isUsed_withZeroTokenRequests() {
    cacheToken(m_server->issueToken(), 3600);
    const CredentialCheckResult result = run(request());
    QVERIFY(result.ok());
    QCOMPARE(result.source, Source::Cache);
    QCOMPARE(m_server->requestCount(), 0);
    QCOMPARE(m_server->graphqlRequestCount(), 1);
    QVERIFY(result.service);
    const auto &document = result.service->document;
    QVERIFY(document);
    const auto data = document->member(document->root(), "data");
    QVERIFY(data);
    const auto typeName = document->member(*data, "__typename");
    QVERIFY(typeName);
    QCOMPARE(document->scalarText(*typeName), QStringLiteral("Query"));
    QVERIFY(result.token);
    QCOMPARE(result.token->secondsRemaining(m_clock->now()), 3600);
}

void TestCredentialCheck::noCachedToken_newTokenNotAllowed_stopsBeforeSending() {
    const CredentialCheckResult result = run(request(false));
    QCOMPARE(result.suspect(), Suspect::NeedsNewToken);
    QVERIFY(!result.ok());
    QVERIFY(!result.error);
    QCOMPARE(m_server->requestCount(), 0);
    QCOMPARE(m_server->graphqlRequestCount(), 0);
}

void TestCredentialCheck::expiredCachedToken_countsAsNone() {
    cacheToken(m_server->issueToken(), 60);
    m_clock->advanceSeconds(61);
    const CredentialCheckResult result = run(request(false));
    QCOMPARE(result.suspect(), Suspect::NeedsNewToken);
    QCOMPARE(m_server->requestCount(), 0);
}

void TestCredentialCheck::noCachedToken_allowed_requestsOnce_andCachesIt() {
    const CredentialCheckResult result = run(request(true));
    QVERIFY(result.ok());
    QCOMPARE(result.source, Source::Requested);
    QVERIFY(result.storedInCache);
    QCOMPARE(m_server->requestCount(), 1);
    QCOMPARE(m_server->graphqlRequestCount(), 1);
    // The next check finds the token it cached and sends no token request.
    const CredentialCheckResult again = run(request(false));
    QVERIFY(again.ok());
    QCOMPARE(again.source, Source::Cache);
    QCOMPARE(m_server->requestCount(), 1);
}

void TestCredentialCheck::withoutCache_needsANewToken() {
    m_check = std::make_unique<CredentialCheck>(m_network.get(), m_clock.get(), nullptr);
    QCOMPARE(run(request(false)).suspect(), Suspect::NeedsNewToken);
    const CredentialCheckResult result = run(request(true));
    QVERIFY(result.ok());
    QVERIFY(!result.keychainAvailable);
    QVERIFY(!result.storedInCache);
}

void TestCredentialCheck::ifCacheable_requestsOnlyWhenTheCacheWorks() {
    CredentialCheck::Request ifCacheable = request();
    ifCacheable.newToken = CredentialCheck::NewToken::IfCacheable;
    const CredentialCheckResult cached = run(ifCacheable);
    QVERIFY(cached.ok());
    QCOMPARE(cached.source, Source::Requested);
    QCOMPARE(m_server->requestCount(), 1);

    m_check = std::make_unique<CredentialCheck>(m_network.get(), m_clock.get(), nullptr);
    QCOMPARE(run(ifCacheable).suspect(), Suspect::NeedsNewToken);
    QCOMPARE(m_server->requestCount(), 1);
}

void TestCredentialCheck::sharedSession_sameCredentials_itsTokenIsUsed_andANewTokenReachesIt() {
    auth::AuthSession window(m_credentials, m_network.get(), nullptr, m_clock.get(), auth::AuthSession::Options{});
    CredentialCheck::Request shared = request(true);
    shared.sharedSession = &window;
    const CredentialCheckResult first = run(shared);
    QVERIFY(first.ok());
    QCOMPARE(m_check->session(), &window);
    QCOMPARE(window.state(), auth::AuthSession::State::Valid); // the window holds the new token, not a stale one
    QCOMPARE(window.token()->value, first.token->value);
    // The window's token is used as it is, even where no cache could have kept it.
    m_check = std::make_unique<CredentialCheck>(m_network.get(), m_clock.get(), nullptr);
    shared.newToken = CredentialCheck::NewToken::Never;
    const CredentialCheckResult second = run(shared);
    QVERIFY(second.ok());
    QCOMPARE(second.source, Source::Cache);
    QCOMPARE(m_server->requestCount(), 1);
}

void TestCredentialCheck::sharedSession_otherCredentials_isLeftAlone() {
    Credentials other = m_credentials;
    other.username = QStringLiteral("someone-else");
    auth::AuthSession window(other, m_network.get(), nullptr, m_clock.get(), auth::AuthSession::Options{});
    CredentialCheck::Request notShared = request(true);
    notShared.sharedSession = &window;
    QVERIFY(run(notShared).ok());
    QVERIFY(m_check->session() != &window);
    QCOMPARE(window.state(), auth::AuthSession::State::Idle);
}

void TestCredentialCheck::sharedSession_destroyedWhileFetchingTheToken_finishesAsCancelled() {
    m_server->setBehaviour(FakeTokenServer::Behaviour::Hang);
    auto window = std::make_unique<auth::AuthSession>(m_credentials, m_network.get(), nullptr, m_clock.get(),
                                                      auth::AuthSession::Options{});
    CredentialCheck::Request shared = request(true);
    shared.sharedSession = window.get();
    QSignalSpy finished(m_check.get(), &CredentialCheck::finished);
    m_check->start(shared);
    QTRY_COMPARE_WITH_TIMEOUT(m_server->requestCount(), 1, 10000);
    window.reset(); // the window switched profiles: the token the check waits for never comes
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
    const auto result = finished.first().first().value<CredentialCheckResult>();
    QCOMPARE(result.suspect(), Suspect::Cancelled);
    QVERIFY(!m_check->isRunning());
    QVERIFY(!m_check->session()); // neither the gone window session nor one of its own
}

void TestCredentialCheck::tokenFailure_namesTheLikelyCulprit_data() {
    QTest::addColumn<FakeTokenServer::Behaviour>("behaviour");
    QTest::addColumn<Suspect>("suspect");
    QTest::newRow("wrong API key") << FakeTokenServer::Behaviour::WrongApiKey << Suspect::ApiKey;
    QTest::newRow("wrong password") << FakeTokenServer::Behaviour::WrongPassword << Suspect::UsernameOrPassword;
    QTest::newRow("rate limited") << FakeTokenServer::Behaviour::RateLimited << Suspect::TokenServer;
    QTest::newRow("server error") << FakeTokenServer::Behaviour::ServerErrorHtml << Suspect::TokenServer;
    QTest::newRow("not a token") << FakeTokenServer::Behaviour::NonJson << Suspect::TokenUrl;
}

void TestCredentialCheck::tokenFailure_namesTheLikelyCulprit() {
    QFETCH(FakeTokenServer::Behaviour, behaviour);
    QFETCH(Suspect, suspect);
    m_server->setBehaviour(behaviour);
    const CredentialCheckResult result = run(request(true));
    QCOMPARE(result.suspect(), suspect);
    QCOMPARE(result.stoppedAt, CredentialCheckResult::Phase::Token);
    QVERIFY(result.error);
    QCOMPARE(m_server->requestCount(), 1);
    QCOMPARE(m_server->graphqlRequestCount(), 0);
    for (const QString &text : {result.error->message, result.error->detail}) {
        QVERIFY(!text.contains(QStringLiteral("test-password")));
        QVERIFY(!text.contains(QStringLiteral("test-api-key")));
    }
}

void TestCredentialCheck::unreachableTokenServer_suspectsTokenUrlOrNetwork() {
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    const quint16 port = closed.serverPort();
    closed.close(); // nothing listens there any more
    m_credentials.tokenUrl = QUrl(QStringLiteral("http://127.0.0.1:%1/oauth2/token").arg(port));
    const CredentialCheckResult result = run(request(true));
    QCOMPARE(result.suspect(), Suspect::TokenUrlOrNetwork);
}

void TestCredentialCheck::tokenUrlThatIsNoTokenEndpoint_suspectsTokenUrl() {
    m_credentials.tokenUrl = m_server->tokenUrl().resolved(QUrl(QStringLiteral("/not-the-token-endpoint")));
    const CredentialCheckResult result = run(request(true));
    QCOMPARE(result.suspect(), Suspect::TokenUrl);
    QCOMPARE(result.error->httpStatus, 404);
}

void TestCredentialCheck::serviceUrlThatIsNoGraphQLEndpoint_suspectsServiceUrl() {
    cacheToken(m_server->issueToken(), 3600);
    CredentialCheck::Request wrongService = request();
    wrongService.serviceUrl = m_server->graphqlUrl().resolved(QUrl(QStringLiteral("/not-graphql")));
    const CredentialCheckResult result = run(wrongService);
    QCOMPARE(result.suspect(), Suspect::ServiceUrl);
    QCOMPARE(result.stoppedAt, CredentialCheckResult::Phase::Done);
    QVERIFY(result.token); // the credentials themselves worked
}

void TestCredentialCheck::tokenRenewedElsewhere_isReportedAsRefused() {
    cacheToken(m_server->issueToken(), 3600);
    m_server->issueToken(); // another program renewed: the cached token no longer works
    const CredentialCheckResult result = run(request());
    QCOMPARE(result.suspect(), Suspect::TokenRefused);
    QCOMPARE(m_server->requestCount(), 0); // and the check did not renew in turn
}

void TestCredentialCheck::unsafeServiceUrl_orIncompleteCredentials_sendNothing_data() {
    QTest::addColumn<QUrl>("service");
    QTest::addColumn<bool>("dropPassword");
    QTest::addColumn<Suspect>("suspect");
    QTest::newRow("http to a remote host")
        << QUrl(QStringLiteral("http://example.com/graphql")) << false << Suspect::ServiceUrl;
    QTest::newRow("no service") << QUrl() << false << Suspect::ServiceUrl;
    QTest::newRow("no password") << QUrl(QStringLiteral("https://example.com/graphql")) << true << Suspect::Incomplete;
}

void TestCredentialCheck::unsafeServiceUrl_orIncompleteCredentials_sendNothing() {
    QFETCH(QUrl, service);
    QFETCH(bool, dropPassword);
    QFETCH(Suspect, suspect);
    if (dropPassword)
        m_credentials.password = auth::Secret();
    CredentialCheck::Request unsafe = request(true);
    unsafe.serviceUrl = service;
    const CredentialCheckResult result = run(unsafe);
    QCOMPARE(result.suspect(), suspect);
    QCOMPARE(m_server->requestCount(), 0);
    QCOMPARE(m_server->graphqlRequestCount(), 0);
}

void TestCredentialCheck::cancel_finishesOnceAsCancelled() {
    m_server->setBehaviour(FakeTokenServer::Behaviour::Hang);
    QSignalSpy finished(m_check.get(), &CredentialCheck::finished);
    m_check->start(request(true));
    QTRY_COMPARE(m_server->requestCount(), 1);
    m_check->cancel();
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.first().first().value<CredentialCheckResult>().suspect(), Suspect::Cancelled);
    QTest::qWait(50);
    QCOMPARE(finished.size(), 1);
    QVERIFY(!m_check->isRunning());
}

QTEST_GUILESS_MAIN(TestCredentialCheck)
#include "tst_credentialcheck.moc"

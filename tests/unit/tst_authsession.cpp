// AuthSession as a state machine, transition by transition, against FakeTokenServer over real sockets.
// Time comes from a ManualClock: expiry and countdown are tested by moving it, never by sleeping.
#include "auth/authsession.h"
#include "auth/clock.h"
#include "auth/memorysecretstore.h"
#include "auth/requestfactory.h"
#include "auth/tokencache.h"
#include "faketokenserver.h"
#include "selfsignedcertificate.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace altrata::auth;
using altrata::test::FakeTokenServer;
using State = AuthSession::State;
using Behaviour = FakeTokenServer::Behaviour;

namespace {

// Counts every request that reaches the network layer, to prove "nothing was sent".
class CountingNetwork final : public QNetworkAccessManager {
public:
    int created = 0;

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request, QIODevice *data) override {
        ++created;
        return QNetworkAccessManager::createRequest(op, request, data);
    }
};

struct Outcome {
    int calls = 0;
    TokenResult result;
    AuthErrorKind kind() const { return result.error ? result.error->kind : AuthErrorKind::Keychain; }
};
using OutcomePtr = std::shared_ptr<Outcome>;

AuthSession::TokenCallback recordInto(const OutcomePtr &outcome) {
    return [outcome](const TokenResult &result) {
        ++outcome->calls;
        outcome->result = result;
    };
}

QStringList g_logLines;
void captureLog(QtMsgType, const QMessageLogContext &context, const QString &message) {
    g_logLines << QString::fromLatin1(context.category ? context.category : "") + QLatin1Char(' ') + message;
}

QList<State> statesOf(const QSignalSpy &spy) {
    QList<State> states;
    for (const QList<QVariant> &arguments : spy)
        states << arguments.at(0).value<State>();
    return states;
}

} // namespace

class tst_AuthSession final : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<AuthSession> makeSession(AuthSession::Options options = {}, TokenCache *cache = nullptr) {
        return std::make_unique<AuthSession>(m_credentials, &m_network, cache, &m_clock, options);
    }
    OutcomePtr ensure(AuthSession &session) {
        auto outcome = std::make_shared<Outcome>();
        session.ensureToken(this, recordInto(outcome));
        return outcome;
    }
    OutcomePtr renew(AuthSession &session) {
        auto outcome = std::make_shared<Outcome>();
        session.renewTokenTerminatingOtherSessions(this, recordInto(outcome));
        return outcome;
    }
    // Obtains a first token; the caller checks QTest::currentTestFailed() (QVERIFY only leaves this helper).
    void obtainToken(AuthSession &session) {
        const OutcomePtr outcome = ensure(session);
        QTRY_COMPARE(outcome->calls, 1);
        QVERIFY(outcome->result.ok());
    }

private Q_SLOTS:
    void init() {
        m_server = std::make_unique<FakeTokenServer>();
        QVERIFY(m_server->start());
        m_clock.set(QDateTime(QDate(2026, 1, 1), QTime(9, 0), Qt::UTC));
        m_server->setServerDate(m_clock.now()); // clocks agree unless a test says otherwise
        m_credentials = Credentials{};
        m_credentials.tokenUrl = m_server->tokenUrl();
        m_credentials.username = QStringLiteral("test-user");
        m_credentials.password = Secret(QStringLiteral("test-password"));
        m_credentials.apiKey = Secret(QStringLiteral("test-api-key"));
        m_network.created = 0;
    }

    void construction_setsIdleOrNoCredentials() {
        QCOMPARE(makeSession()->state(), State::Idle);
        m_credentials.password = Secret();
        QCOMPARE(makeSession()->state(), State::NoCredentials);
    }

    void ensureToken_success_sendsTheSpecifiedRequestAndBecomesValid() {
        auto session = makeSession();
        QSignalSpy states(session.get(), &AuthSession::stateChanged);
        QSignalSpy tokenChanged(session.get(), &AuthSession::tokenChanged);
        const OutcomePtr outcome = ensure(*session);
        QCOMPARE(outcome->calls, 0); // never inside the call
        QTRY_COMPARE(outcome->calls, 1);
        QVERIFY(outcome->result.ok());
        QCOMPARE(statesOf(states), (QList<State>{State::Requesting, State::Valid}));
        QCOMPARE(tokenChanged.size(), 1);

        const FakeTokenServer::RecordedRequest request = m_server->lastRequest();
        QCOMPARE(request.method, QByteArray("POST"));
        QCOMPARE(request.path, QByteArray("/oauth2/token"));
        QCOMPARE(request.query, QByteArray("grant_type=client_credentials"));
        QCOMPARE(request.header("x-api-key"), QByteArray("test-api-key"));
        QCOMPARE(request.header("Authorization"), "Basic " + QByteArray("test-user:test-password").toBase64());
        QCOMPARE(request.header("Content-Type"), QByteArray("application/x-www-form-urlencoded"));

        const AccessToken &token = *outcome->result.token;
        QCOMPARE(token.value.revealUtf8(), m_server->currentToken());
        QCOMPARE(token.obtainedAt, m_clock.now());
        QCOMPARE(token.expiresAt, m_clock.now().addSecs(28800));
        QVERIFY(token.jwt.has_value());
        QCOMPARE(token.jwt->claims().value(QStringLiteral("sub")).toString(), QStringLiteral("test-user"));
        QCOMPARE(session->secondsRemaining(), 28800);
        QVERIFY(!session->lastError());
    }

    void ensureToken_whileValid_doesNotRequest() {
        auto session = makeSession();
        obtainToken(*session);
        QVERIFY(!QTest::currentTestFailed());
        m_clock.advanceSeconds(7 * 3600);
        const OutcomePtr again = ensure(*session);
        QTRY_COMPARE(again->calls, 1);
        QCOMPARE(again->result.token->value.revealUtf8(), m_server->currentToken());
        QCOMPARE(m_server->requestCount(), 1);
    }

    void ensureToken_fiveConcurrentCallers_makeOneRequest() {
        auto session = makeSession();
        QList<OutcomePtr> outcomes;
        for (int i = 0; i < 5; ++i)
            outcomes << ensure(*session);
        for (const OutcomePtr &outcome : outcomes) {
            QTRY_COMPARE(outcome->calls, 1);
            QCOMPARE(outcome->result.token->value.revealUtf8(), m_server->currentToken());
        }
        QCOMPARE(m_server->requestCount(), 1);
    }

    void ensureToken_refusals_data() {
        QTest::addColumn<Behaviour>("behaviour");
        QTest::addColumn<QString>("apiKey");
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("messagePart");
        const QString key = QStringLiteral("test-api-key");
        QTest::newRow("403 scripted") << Behaviour::WrongApiKey << key << int(AuthErrorKind::BadApiKey) << 403
                                      << QStringLiteral("API key was refused");
        QTest::newRow("403 real check") << Behaviour::Success << QStringLiteral("wrong-key")
                                        << int(AuthErrorKind::BadApiKey) << 403 << QStringLiteral("API key");
        QTest::newRow("401") << Behaviour::WrongPassword << key << int(AuthErrorKind::BadUserCredentials) << 401
                             << QStringLiteral("username or password");
        QTest::newRow("429") << Behaviour::RateLimited << key << int(AuthErrorKind::RateLimited) << 429
                             << QStringLiteral("Try again in 42 s");
        QTest::newRow("500 html") << Behaviour::ServerErrorHtml << key << int(AuthErrorKind::ServerError) << 500
                                  << QStringLiteral("Internal Server Error");
        QTest::newRow("non-json") << Behaviour::NonJson << key << int(AuthErrorKind::MalformedResponse) << 200
                                  << QStringLiteral("This is not JSON");
        QTest::newRow("missing fields") << Behaviour::MissingFields << key << int(AuthErrorKind::MalformedResponse)
                                        << 200 << QStringLiteral("access_token");
    }
    void ensureToken_refusals() {
        QFETCH(Behaviour, behaviour);
        QFETCH(QString, apiKey);
        QFETCH(int, kind);
        QFETCH(int, status);
        QFETCH(QString, messagePart);
        m_server->setBehaviour(behaviour);
        m_server->setRetryAfter(42);
        m_credentials.apiKey = Secret(apiKey);
        auto session = makeSession();
        QSignalSpy states(session.get(), &AuthSession::stateChanged);
        QSignalSpy failed(session.get(), &AuthSession::failed);
        const OutcomePtr outcome = ensure(*session);
        QTRY_COMPARE(outcome->calls, 1);
        QVERIFY(!outcome->result.ok());
        const AuthError &error = *outcome->result.error;
        QCOMPARE(int(error.kind), kind);
        QCOMPARE(error.httpStatus, status);
        QVERIFY2(error.message.contains(messagePart), qPrintable(error.message));
        QVERIFY2(!error.message.contains(QStringLiteral("<")), qPrintable(error.message)); // HTML reduced
        QCOMPARE(statesOf(states), (QList<State>{State::Requesting, State::Failed}));
        QCOMPARE(failed.size(), 1);
        QCOMPARE(int(session->lastError()->kind), kind);
        if (error.kind == AuthErrorKind::RateLimited)
            QCOMPARE(error.retryAfterSeconds, std::optional<int>(42));
    }

    void rateLimited_retryAfterAsHttpDate() {
        m_server->setBehaviour(Behaviour::RateLimited);
        m_server->setRetryAfterDate(m_clock.now().addSecs(120));
        auto session = makeSession();
        const OutcomePtr outcome = ensure(*session);
        QTRY_COMPARE(outcome->calls, 1);
        QCOMPARE(outcome->result.error->retryAfterSeconds, std::optional<int>(120));
        QVERIFY(outcome->result.error->message.contains(QStringLiteral("2 min")));
    }

    // The full table of malformed bodies is in tst_tokenreply; this proves the path end to end.
    void malformedSuccessBody_isRefusedWithRedactedExcerpt() {
        m_server->setTokenResponseOverrides({{QStringLiteral("expires_in"), QStringLiteral("soon")}});
        auto session = makeSession();
        const OutcomePtr outcome = ensure(*session);
        QTRY_COMPARE(outcome->calls, 1);
        QCOMPARE(outcome->kind(), AuthErrorKind::MalformedResponse);
        const AuthError &error = *outcome->result.error;
        QVERIFY2(error.message.contains(QStringLiteral("\"expires_in\":\"soon\"")), qPrintable(error.message));
        const QString token = QString::fromLatin1(m_server->currentToken());
        QVERIFY(!error.message.contains(token) && !error.detail.contains(token));
        QCOMPARE(session->state(), State::Failed);
        QVERIFY(!session->token());
    }

    void tokenType_isCaseInsensitive_data() {
        QTest::addColumn<QString>("tokenType");
        QTest::newRow("BEARER") << QStringLiteral("BEARER");
        QTest::newRow("bearer") << QStringLiteral("bearer");
        QTest::newRow("Bearer") << QStringLiteral("Bearer");
    }
    void tokenType_isCaseInsensitive() {
        QFETCH(QString, tokenType);
        m_server->setTokenType(tokenType);
        auto session = makeSession();
        const OutcomePtr outcome = ensure(*session);
        QTRY_COMPARE(outcome->calls, 1);
        QVERIFY(outcome->result.ok());
        QCOMPARE(session->state(), State::Valid);
    }

    void hangingServer_timesOut() {
        m_server->setBehaviour(Behaviour::Hang);
        AuthSession::Options options;
        options.requestTimeoutMs = 300;
        auto session = makeSession(options);
        const OutcomePtr outcome = ensure(*session);
        QTRY_COMPARE(outcome->calls, 1);
        QCOMPARE(outcome->kind(), AuthErrorKind::Network);
        QVERIFY2(outcome->result.error->message.contains(QStringLiteral("did not answer")),
                 qPrintable(outcome->result.error->message));
        QCOMPARE(m_server->requestCount(), 1);
        QCOMPARE(session->state(), State::Failed);
    }

    void transportFailures_data() {
        QTest::addColumn<QString>("url"); // empty: the fake server with Behaviour::CloseMidBody
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("closed mid-body") << QString() << QStringLiteral("closed before the whole answer");
        QTest::newRow("dns") << QStringLiteral("https://nonexistent.invalid/oauth2/token")
                             << QStringLiteral("could not be found");
        QTest::newRow("refused") << QStringLiteral("refused") << QStringLiteral("refused the connection");
    }
    void transportFailures() {
        QFETCH(QString, url);
        QFETCH(QString, messagePart);
        m_server->setBehaviour(Behaviour::CloseMidBody);
        if (url == QStringLiteral("refused")) {
            QTcpServer closed; // take a free port, then free it again: nothing listens there any more
            QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
            m_credentials.tokenUrl = QUrl(QStringLiteral("http://127.0.0.1:%1/oauth2/token").arg(closed.serverPort()));
        } else if (!url.isEmpty()) {
            m_credentials.tokenUrl = QUrl(url);
        }
        auto session = makeSession();
        const OutcomePtr outcome = ensure(*session);
        QTRY_COMPARE_WITH_TIMEOUT(outcome->calls, 1, 15000);
        QCOMPARE(outcome->kind(), AuthErrorKind::Network);
        QVERIFY2(outcome->result.error->message.contains(messagePart), qPrintable(outcome->result.error->message));
        QCOMPARE(session->state(), State::Failed);
    }

    void untrustedCertificate_isTlsErrorAndNeverIgnored() {
        QString whyNot;
        const auto tls = altrata::test::selfSignedServerConfiguration(&whyNot);
        if (!tls)
            QSKIP(qPrintable(whyNot));
        FakeTokenServer httpsServer;
        QVERIFY(httpsServer.startTls(*tls));
        m_credentials.tokenUrl = httpsServer.tokenUrl();
        auto session = makeSession();
        const OutcomePtr outcome = ensure(*session);
        QTRY_COMPARE_WITH_TIMEOUT(outcome->calls, 1, 10000);
        QCOMPARE(outcome->kind(), AuthErrorKind::Tls);
        const QString message = outcome->result.error->message;
        QVERIFY2(message.contains(QStringLiteral("self signed"), Qt::CaseInsensitive) ||
                     message.contains(QStringLiteral("self-signed"), Qt::CaseInsensitive),
                 qPrintable(message));
        QCOMPARE(httpsServer.requestCount(), 0); // the credentials never left this process
    }

    void clock_drivesCountdownExpiringSoonAndExpired() {
        auto session = makeSession();
        obtainToken(*session);
        QVERIFY(!QTest::currentTestFailed());
        QSignalSpy states(session.get(), &AuthSession::stateChanged);
        QSignalSpy countdown(session.get(), &AuthSession::countdown);
        m_clock.advanceSeconds(28800 - 301);
        session->updateFromClock();
        QCOMPARE(countdown.takeLast().at(0).toLongLong(), 301);
        QCOMPARE(session->state(), State::Valid);
        m_clock.advanceSeconds(1);
        session->updateFromClock();
        QCOMPARE(countdown.takeLast().at(0).toLongLong(), 300);
        QCOMPARE(session->state(), State::ExpiringSoon);
        m_clock.advanceSeconds(300);
        session->updateFromClock();
        QCOMPARE(countdown.takeLast().at(0).toLongLong(), 0);
        QCOMPARE(statesOf(states), (QList<State>{State::ExpiringSoon, State::Expired}));
        QCOMPARE(session->secondsRemaining(), 0);

        m_server->setServerDate(m_clock.now());
        const OutcomePtr renewed = ensure(*session); // expired: a new token harms nobody
        QTRY_COMPARE(renewed->calls, 1);
        QVERIFY(renewed->result.ok());
        QCOMPARE(m_server->requestCount(), 2);
        QCOMPARE(session->state(), State::Valid);
    }

    void expiringSoonThreshold_isConfigurable() {
        AuthSession::Options options;
        options.expiringSoonSeconds = 3600;
        auto session = makeSession(options);
        obtainToken(*session);
        QVERIFY(!QTest::currentTestFailed());
        m_clock.advanceSeconds(28800 - 3601);
        session->updateFromClock();
        QCOMPARE(session->state(), State::Valid);
        m_clock.advanceSeconds(1);
        session->updateFromClock();
        QCOMPARE(session->state(), State::ExpiringSoon);
    }

    void jwtExpEarlierThanExpiresIn_wins() {
        m_server->setJwtLifetime(3600);
        auto session = makeSession();
        const OutcomePtr outcome = ensure(*session);
        QTRY_COMPARE(outcome->calls, 1);
        QCOMPARE(outcome->result.token->expiresAt, m_clock.now().addSecs(3600));
        QCOMPARE(session->secondsRemaining(), 3600);
    }

    void serverDate_revealsSkew_andCorrectsJwtExp() {
        m_server->setServerDate(m_clock.now().addSecs(-7200)); // our clock runs 2 h ahead of the server
        m_server->setJwtLifetime(3600);
        auto session = makeSession();
        QSignalSpy skew(session.get(), &AuthSession::clockSkewDetected);
        const OutcomePtr outcome = ensure(*session);
        QTRY_COMPARE(outcome->calls, 1);
        QCOMPARE(skew.size(), 1);
        QCOMPARE(skew.at(0).at(0).toLongLong(), 7200);
        QCOMPARE(session->clockSkewSeconds(), std::optional<qint64>(7200));
        // Uncorrected, exp (server time) would already lie an hour in our past.
        QVERIFY(outcome->result.ok());
        QCOMPARE(outcome->result.token->expiresAt, m_clock.now().addSecs(3600));
    }

    void smallSkew_isNotReported() {
        m_server->setServerDate(m_clock.now().addSecs(30));
        auto session = makeSession();
        QSignalSpy skew(session.get(), &AuthSession::clockSkewDetected);
        obtainToken(*session);
        QVERIFY(!QTest::currentTestFailed());
        QCOMPARE(skew.size(), 0);
        QCOMPARE(session->clockSkewSeconds(), std::optional<qint64>(-30));
    }

    void forcedRenewal_requestsWhileValid_andRevokesPreviousToken() {
        auto session = makeSession();
        obtainToken(*session);
        QVERIFY(!QTest::currentTestFailed());
        const QByteArray first = session->token()->value.revealUtf8();
        QSignalSpy states(session.get(), &AuthSession::stateChanged);
        const OutcomePtr outcome = renew(*session);
        QTRY_COMPARE(outcome->calls, 1);
        const QByteArray second = outcome->result.token->value.revealUtf8();
        QVERIFY(first != second);
        QVERIFY(!m_server->isCurrentToken(first));
        QVERIFY(m_server->isCurrentToken(second));
        QCOMPARE(m_server->requestCount(), 2);
        QCOMPARE(statesOf(states), (QList<State>{State::Requesting, State::Valid}));
    }

    void failedRenewal_keepsTheValidToken() {
        auto session = makeSession();
        obtainToken(*session);
        QVERIFY(!QTest::currentTestFailed());
        m_server->setBehaviour(Behaviour::ServerErrorHtml);
        const OutcomePtr outcome = renew(*session);
        QTRY_COMPARE(outcome->calls, 1);
        QCOMPARE(outcome->kind(), AuthErrorKind::ServerError);
        QCOMPARE(session->state(), State::Valid);
        QVERIFY(session->token().has_value());
    }

    void tokenRejected_isTerminatedElsewhere_withoutRetry() {
        auto session = makeSession();
        obtainToken(*session);
        QVERIFY(!QTest::currentTestFailed());
        m_clock.advanceSeconds(28800 - (6 * 3600 + 12 * 60)); // 6 h 12 min left
        m_server->issueToken();                               // another program renews
        // The service call as GraphQLClient makes it, to prove the fake server refuses the old token.
        const auto request = RequestFactory::serviceRequest(m_server->graphqlUrl(), m_credentials, *session->token());
        QNetworkReply *reply =
            m_network.post(std::get<QNetworkRequest>(request), QByteArray(R"({"query":"{__typename}"})"));
        QSignalSpy finished(reply, &QNetworkReply::finished);
        QVERIFY(finished.wait());
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        reply->deleteLater();
        QCOMPARE(status, 401);

        QSignalSpy failed(session.get(), &AuthSession::failed);
        const AuthError error = session->reportTokenRejected(status);
        QCOMPARE(error.kind, AuthErrorKind::TerminatedElsewhere);
        QVERIFY2(error.message.contains(QStringLiteral("another 6 h 12 min")), qPrintable(error.message));
        QVERIFY(error.message.contains(QStringLiteral("Renewing will end that program's token")));
        QCOMPARE(session->state(), State::Failed);
        QCOMPARE(failed.size(), 1);

        const OutcomePtr blocked = ensure(*session);
        QTRY_COMPARE(blocked->calls, 1);
        QCOMPARE(blocked->kind(), AuthErrorKind::TerminatedElsewhere);
        QTest::qWait(50);
        QCOMPARE(m_server->requestCount(), 1); // no loop

        const OutcomePtr renewed = renew(*session);
        QTRY_COMPARE(renewed->calls, 1);
        QVERIFY(renewed->result.ok());
        QCOMPARE(session->state(), State::Valid);
        QCOMPARE(m_server->requestCount(), 2);
    }

    void forgetToken_liftsTheTerminatedBlock() {
        auto session = makeSession();
        obtainToken(*session);
        QVERIFY(!QTest::currentTestFailed());
        session->reportTokenRejected(401);
        session->forgetToken();
        QCOMPARE(session->state(), State::Idle);
        QVERIFY(!session->token());
        const OutcomePtr outcome = ensure(*session);
        QTRY_COMPARE(outcome->calls, 1);
        QVERIFY(outcome->result.ok());
        QCOMPARE(m_server->requestCount(), 2);
    }

    void cancel_givesEveryWaiterCancelled() {
        m_server->setBehaviour(Behaviour::Hang);
        auto session = makeSession();
        QSignalSpy requested(m_server.get(), &FakeTokenServer::tokenRequested);
        const OutcomePtr first = ensure(*session);
        const OutcomePtr second = ensure(*session);
        QVERIFY(requested.wait());
        session->cancel();
        QTRY_COMPARE(first->calls, 1);
        QTRY_COMPARE(second->calls, 1);
        QCOMPARE(first->kind(), AuthErrorKind::Cancelled);
        QCOMPARE(second->kind(), AuthErrorKind::Cancelled);
        QCOMPARE(session->state(), State::Failed);
    }

    void refusedBeforeSending_data() {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("password");
        QTest::addColumn<int>("kind");
        QTest::addColumn<State>("state");
        QTest::newRow("http to a remote host")
            << QStringLiteral("http://api-auth.example.com/oauth2/token") << QStringLiteral("pw")
            << int(AuthErrorKind::InsecureUrl) << State::Failed;
        QTest::newRow("empty password") << QString() << QString() << int(AuthErrorKind::MissingCredentials)
                                        << State::NoCredentials;
    }
    void refusedBeforeSending() {
        QFETCH(QString, url);
        QFETCH(QString, password);
        QFETCH(int, kind);
        QFETCH(State, state);
        if (!url.isEmpty())
            m_credentials.tokenUrl = QUrl(url);
        m_credentials.password = Secret(password);
        auto session = makeSession();
        const OutcomePtr outcome = ensure(*session);
        QTRY_COMPARE(outcome->calls, 1);
        QCOMPARE(int(outcome->kind()), kind);
        QCOMPARE(session->state(), state);
        QCOMPARE(m_network.created, 0);
        QCOMPARE(m_server->requestCount(), 0);
    }

    void surroundingWhitespace_isSentAsTyped() {
        // Pointing the slip out is the dialog's job; the session sends what it was given.
        m_credentials.username = QStringLiteral("test-user ");
        auto session = makeSession();
        const OutcomePtr outcome = ensure(*session);
        QTRY_COMPARE(outcome->calls, 1);
        QCOMPARE(m_server->requestCount(), 1);
        QCOMPARE(m_server->lastRequest().header("Authorization"),
                 "Basic " + QByteArray("test-user :test-password").toBase64());
        QCOMPARE(outcome->kind(), AuthErrorKind::BadUserCredentials);
    }

    void destroyedContext_dropsItsCallbackOnly() {
        auto session = makeSession();
        auto context = std::make_unique<QObject>();
        auto dropped = std::make_shared<Outcome>();
        session->ensureToken(context.get(), recordInto(dropped));
        const OutcomePtr kept = ensure(*session);
        context.reset();
        QTRY_COMPARE(kept->calls, 1);
        QTest::qWait(20);
        QCOMPARE(dropped->calls, 0);
    }

    void cachedToken_isReusedByANewSession() {
        MemorySecretStore secrets;
        TokenCache cache(&secrets);
        auto first = makeSession({}, &cache);
        obtainToken(*first);
        QVERIFY(!QTest::currentTestFailed());
        const QByteArray token = first->token()->value.revealUtf8();
        first.reset();
        QTest::qWait(20); // let the cache write land

        m_clock.advanceSeconds(3600);
        auto second = makeSession({}, &cache);
        const OutcomePtr outcome = ensure(*second);
        QTRY_COMPARE(outcome->calls, 1);
        QCOMPARE(outcome->result.token->value.revealUtf8(), token);
        QCOMPARE(m_server->requestCount(), 1);
        QCOMPARE(second->state(), State::Valid);
        QCOMPARE(second->secondsRemaining(), 28800 - 3600);

        auto third = makeSession({}, &cache);
        auto restored = std::make_shared<Outcome>();
        third->restoreCachedToken(this, recordInto(restored));
        QTRY_COMPARE(restored->calls, 1);
        QVERIFY(restored->result.ok());
        QCOMPARE(m_network.created, 1);
    }

    void expiredCachedToken_leadsToOneRequest() {
        MemorySecretStore secrets;
        TokenCache cache(&secrets);
        auto first = makeSession({}, &cache);
        obtainToken(*first);
        QVERIFY(!QTest::currentTestFailed());
        first.reset();
        m_clock.advanceSeconds(28800);
        m_server->setServerDate(m_clock.now());
        auto second = makeSession({}, &cache);
        const OutcomePtr outcome = ensure(*second);
        QTRY_COMPARE(outcome->calls, 1);
        QVERIFY(outcome->result.ok());
        QCOMPARE(m_server->requestCount(), 2);
    }

    void logging_neverContainsSecrets() {
        g_logLines.clear();
        const QtMessageHandler previous = qInstallMessageHandler(captureLog);
        auto session = makeSession();
        obtainToken(*session);
        const QByteArray token = m_server->currentToken();
        m_server->setTokenResponseOverrides({{QStringLiteral("token_type"), QStringLiteral("mac")}});
        const OutcomePtr malformed = renew(*session);
        QTRY_COMPARE(malformed->calls, 1);
        m_server->setBehaviour(Behaviour::WrongApiKey);
        session->reportTokenRejected(401);
        const OutcomePtr refused = renew(*session);
        QTRY_COMPARE(refused->calls, 1);
        qInstallMessageHandler(previous);
        QVERIFY(!QTest::currentTestFailed());
        const QString all = g_logLines.join(QLatin1Char('\n'));
        QVERIFY(all.contains(QStringLiteral("altrata.auth"))); // the capture works
        for (const QString &secret : {QStringLiteral("test-password"), QStringLiteral("test-api-key"),
                                      QString::fromLatin1(token), QString::fromLatin1(m_server->currentToken()),
                                      QString::fromLatin1(QByteArray("test-user:test-password").toBase64())})
            QVERIFY2(!all.contains(secret), "a secret reached the log");
    }

private:
    std::unique_ptr<FakeTokenServer> m_server;
    CountingNetwork m_network;
    ManualClock m_clock;
    Credentials m_credentials;
};

QTEST_GUILESS_MAIN(tst_AuthSession)
#include "tst_authsession.moc"

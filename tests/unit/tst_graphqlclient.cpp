#include "auth/authsession.h"
#include "auth/clock.h"
#include "fakegraphqlserver.h"
#include "faketokenserver.h"
#include "graphqljobtesting.h"
#include "net/graphqlclient.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QTest>

#include <algorithm>
#include <functional>
#include <memory>

using altrata::auth::AuthErrorKind;
using altrata::auth::AuthSession;
using altrata::auth::Credentials;
using altrata::auth::ManualClock;
using altrata::auth::Secret;
using altrata::auth::TokenResult;
using altrata::net::GraphQLClient;
using altrata::net::GraphQLJob;
using altrata::net::GraphQLRequest;
using altrata::net::GraphQLResponse;
using altrata::test::FakeGraphQLServer;
using altrata::test::FakeTokenServer;
using Outcome = GraphQLResponse::Outcome;
using altrata::test::FinishedLog;
using altrata::test::outcomeName;
using altrata::test::watchFinished;
using Answer = FakeGraphQLServer::Answer;

namespace {

// data.hello read from the parsed document; empty when there is no such string.
QString dataHello(const GraphQLResponse &response) {
    const auto &document = response.document;
    if (!document)
        return {};
    const auto data = document->member(document->root(), "data");
    const auto hello = data ? document->member(*data, "hello") : std::nullopt;
    return hello ? document->scalarText(*hello) : QString();
}

QStringList g_logLines;

void captureMessage(QtMsgType, const QMessageLogContext &context, const QString &message) {
    g_logLines.append(QString::fromLatin1(context.category ? context.category : "") + QLatin1Char(' ') + message);
}

} // namespace

class TestGraphQLClient final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void toJsonBody_leavesOutEmptyParts_data();
    void toJsonBody_leavesOutEmptyParts();

    void send_attachesManagedHeadersExactly();
    void send_postsQueryVariablesAndOperationName();
    void send_classifiesEveryAnswer_data();
    void send_classifiesEveryAnswer();
    void send_largeBody_reportsGrowingDownloadProgress();
    void send_hangingService_timesOutAsTransportError();
    void send_serviceRefusesApiKey_reportsBadApiKey();
    void send_tokenRequestFails_reportsAuthFailedWithoutPosting();
    void send_httpToRemoteHost_isRefusedWithoutAnyRequest();
    void send_concurrentJobs_shareOneTokenRequest();
    void send_tokenTerminatedElsewhere_failsSessionWithoutRetry();
    void send_tokenExpiresInFlight_marksSessionExpiredWithoutRetry();
    void send_logsOnlyHostStatusSizeAndTime();
    void send_extraHeaders_arriveAsGiven();
    void send_managedOrInvalidExtraHeader_isRefusedBeforeSending_data();
    void send_managedOrInvalidExtraHeader_isRefusedBeforeSending();

    void cancel_beforeStart_finishesOnceWithoutRequests();
    void cancel_whileTokenIsRequested_finishesOnce();
    void cancel_duringTransfer_finishesOnceCancelled();
    void cancel_afterFinished_changesNothing();

private:
    Credentials credentials() const;
    GraphQLRequest request() const;
    GraphQLResponse run(GraphQLJob *job);

    std::unique_ptr<FakeTokenServer> m_tokens;
    std::unique_ptr<FakeGraphQLServer> m_graphql;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<AuthSession> m_session;
    std::unique_ptr<GraphQLClient> m_client;
};

void TestGraphQLClient::init() {
    m_tokens = std::make_unique<FakeTokenServer>();
    QVERIFY(m_tokens->start());
    m_graphql = std::make_unique<FakeGraphQLServer>();
    QVERIFY(m_graphql->start());
    m_graphql->setBearerCheck(
        [tokens = m_tokens.get()](const QByteArray &token) { return tokens->isCurrentToken(token); });
    m_network = std::make_unique<QNetworkAccessManager>();
    m_clock = std::make_unique<ManualClock>(QDateTime::currentDateTimeUtc());
    m_session =
        std::make_unique<AuthSession>(credentials(), m_network.get(), nullptr, m_clock.get(), AuthSession::Options{});
    m_client = std::make_unique<GraphQLClient>(m_network.get(), m_session.get());
}

void TestGraphQLClient::cleanup() {
    m_client.reset();
    m_session.reset();
    m_network.reset();
    m_graphql.reset();
    m_tokens.reset();
}

Credentials TestGraphQLClient::credentials() const {
    Credentials credentials;
    credentials.tokenUrl = m_tokens->tokenUrl();
    credentials.username = QStringLiteral("test-user");
    credentials.password = Secret(QStringLiteral("test-password"));
    credentials.apiKey = Secret(QStringLiteral("test-api-key"));
    return credentials;
}

GraphQLRequest TestGraphQLClient::request() const {
    return GraphQLRequest{m_graphql->graphqlUrl(), QStringLiteral("{ hello }"), {}, {}};
}

GraphQLResponse TestGraphQLClient::run(GraphQLJob *job) {
    auto log = watchFinished(job);
    [&] { QTRY_VERIFY_WITH_TIMEOUT(log->count > 0, 15000); }();
    return log->last;
}

void TestGraphQLClient::toJsonBody_leavesOutEmptyParts_data() {
    QTest::addColumn<QJsonObject>("variables");
    QTest::addColumn<QString>("operationName");
    QTest::addColumn<QByteArray>("expected");

    const QJsonObject variables{{QStringLiteral("id"), QStringLiteral("per_1")}};
    QTest::newRow("query only") << QJsonObject() << QString() << QByteArray(R"({"query":"{ a }"})");
    QTest::newRow("variables") << variables << QString()
                               << QByteArray(R"({"query":"{ a }","variables":{"id":"per_1"}})");
    QTest::newRow("operation name") << QJsonObject() << QStringLiteral("Op")
                                    << QByteArray(R"({"operationName":"Op","query":"{ a }"})");
    QTest::newRow("all") << variables << QStringLiteral("Op")
                         << QByteArray(R"({"operationName":"Op","query":"{ a }","variables":{"id":"per_1"}})");
}

void TestGraphQLClient::toJsonBody_leavesOutEmptyParts() {
    QFETCH(QJsonObject, variables);
    QFETCH(QString, operationName);
    QFETCH(QByteArray, expected);
    const GraphQLRequest request{QUrl(), QStringLiteral("{ a }"), variables, operationName};
    QCOMPARE(QJsonDocument::fromJson(request.toJsonBody()).object(), QJsonDocument::fromJson(expected).object());
}

void TestGraphQLClient::send_attachesManagedHeadersExactly() {
    const GraphQLResponse response = run(m_client->send(request()));
    QCOMPARE(outcomeName(response.outcome), QStringLiteral("Data"));
    const auto &sent = m_graphql->lastRequest();
    QCOMPARE(sent.method, QByteArray("POST"));
    QCOMPARE(sent.path, QByteArray("/graphql"));
    QCOMPARE(sent.headerCount("x-api-key"), 1);
    QCOMPARE(sent.header("x-api-key"), QByteArray("test-api-key"));
    QCOMPARE(sent.headerCount("Authorization"), 1);
    QVERIFY(!m_tokens->currentToken().isEmpty());
    QCOMPARE(sent.header("Authorization"), "Bearer " + m_tokens->currentToken());
    QVERIFY2(sent.header("Content-Type").startsWith("application/json"), sent.header("Content-Type").constData());
}

void TestGraphQLClient::send_postsQueryVariablesAndOperationName() {
    GraphQLRequest full = request();
    full.query = QStringLiteral("query Person($id: ID!) { personIdSearch(id: $id) { name } }");
    full.variables = QJsonObject{{QStringLiteral("id"), QStringLiteral("per_42")}};
    full.operationName = QStringLiteral("Person");
    QCOMPARE(outcomeName(run(m_client->send(full)).outcome), QStringLiteral("Data"));
    const QJsonObject body = QJsonDocument::fromJson(m_graphql->lastRequest().body).object();
    QCOMPARE(body.size(), 3);
    QCOMPARE(body.value(QStringLiteral("query")).toString(), full.query);
    QCOMPARE(body.value(QStringLiteral("variables")).toObject(), full.variables);
    QCOMPARE(body.value(QStringLiteral("operationName")).toString(), full.operationName);

    QCOMPARE(outcomeName(run(m_client->send(request())).outcome), QStringLiteral("Data"));
    const QJsonObject bare = QJsonDocument::fromJson(m_graphql->lastRequest().body).object();
    QCOMPARE(bare.keys(), QStringList{QStringLiteral("query")});
}

void TestGraphQLClient::send_classifiesEveryAnswer_data() {
    QTest::addColumn<int>("answer");
    QTest::addColumn<QString>("outcome");
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("errorCount");
    QTest::addColumn<QString>("hello"); // data.hello, empty when there is no data
    QTest::addColumn<QString>("messageMentions");

    QTest::newRow("data") << int(Answer::Data) << "Data" << 200 << 0 << "world" << QString();
    QTest::newRow("errors with partial data")
        << int(Answer::ErrorsPartialData) << "GraphQLErrors" << 200 << 1 << "world"
        << "partial data";
    QTest::newRow("500 html") << int(Answer::Http500Html) << "HttpError" << 500 << 0 << QString() << "HTTP 500";
    QTest::newRow("400 json errors") << int(Answer::Http400JsonErrors) << "HttpError" << 400 << 1 << QString()
                                     << "HTTP 400";
    QTest::newRow("200 not json") << int(Answer::NonJson200) << "TransportError" << 200 << 0 << QString()
                                  << "not with JSON";
    QTest::newRow("200 json array") << int(Answer::JsonNotObject200) << "TransportError" << 200 << 0 << QString()
                                    << "not an object";
    QTest::newRow("200 json without data")
        << int(Answer::JsonWithoutData) << "TransportError" << 200 << 0 << QString() << "neither";
    QTest::newRow("closed mid-body") << int(Answer::CloseMidBody) << "TransportError" << 200 << 0 << QString()
                                     << "closed the connection";
}

void TestGraphQLClient::send_classifiesEveryAnswer() {
    QFETCH(int, answer);
    QFETCH(QString, outcome);
    QFETCH(int, status);
    QFETCH(int, errorCount);
    QFETCH(QString, hello);
    QFETCH(QString, messageMentions);
    m_graphql->setAnswer(Answer(answer));

    const GraphQLResponse response = run(m_client->send(request()));
    QCOMPARE(outcomeName(response.outcome), outcome);
    QCOMPARE(response.httpStatus, status);
    QCOMPARE(response.errors.size(), errorCount);
    QCOMPARE(dataHello(response), hello);
    QVERIFY(!response.authError.has_value());
    if (messageMentions.isEmpty())
        QVERIFY2(response.message.isEmpty(), qPrintable(response.message));
    else
        QVERIFY2(response.message.contains(messageMentions), qPrintable(response.message));
}

void TestGraphQLClient::send_largeBody_reportsGrowingDownloadProgress() {
    m_graphql->setAnswer(Answer::LargeBody);
    m_graphql->setLargeBodySize(5 * 1024 * 1024);
    GraphQLJob *job = m_client->send(request());
    QList<qint64> received;
    connect(job, &GraphQLJob::downloadProgress, this, [&](qint64 bytes, qint64 total) {
        received.append(bytes);
        QCOMPARE(total, m_graphql->largeBodySize());
    });
    const GraphQLResponse response = run(job);
    QCOMPARE(outcomeName(response.outcome), QStringLiteral("Data"));
    QCOMPARE(response.body.size(), m_graphql->largeBodySize());
    // Qt may repeat the final count when the reply finishes; before that every report must be larger.
    const qint64 total = m_graphql->largeBodySize();
    const auto firstComplete = std::find(received.cbegin(), received.cend(), total);
    QVERIFY(firstComplete != received.cend());
    QVERIFY2(firstComplete - received.cbegin() >= 2, "fewer than two partial progress reports");
    QVERIFY(std::adjacent_find(received.cbegin(), firstComplete + 1, std::greater_equal<qint64>()) ==
            firstComplete + 1);
    QVERIFY(std::all_of(firstComplete, received.cend(), [total](qint64 bytes) { return bytes == total; }));
    QCOMPARE(received.last(), m_graphql->largeBodySize());
}

void TestGraphQLClient::send_hangingService_timesOutAsTransportError() {
    m_graphql->setAnswer(Answer::Hang);
    m_client->setTimeoutMs(300);
    const GraphQLResponse response = run(m_client->send(request()));
    QCOMPARE(outcomeName(response.outcome), QStringLiteral("TransportError"));
    QCOMPARE(response.httpStatus, 0);
    QVERIFY2(response.message.contains(QStringLiteral("did not answer within")), qPrintable(response.message));
    QCOMPARE(m_graphql->requestCount(), 1);
}

void TestGraphQLClient::send_serviceRefusesApiKey_reportsBadApiKey() {
    m_graphql->setExpectedApiKey("another-api-key");
    const GraphQLResponse response = run(m_client->send(request()));
    QCOMPARE(outcomeName(response.outcome), QStringLiteral("AuthFailed"));
    QCOMPARE(response.httpStatus, 403);
    QVERIFY(response.authError.has_value());
    QCOMPARE(response.authError->kind, AuthErrorKind::BadApiKey);
    QCOMPARE(response.authError->httpStatus, 403);
    QVERIFY(response.message.contains(QStringLiteral("API key")));
    QVERIFY(response.detail.contains(QStringLiteral("Forbidden")));
    QVERIFY(!response.detail.contains(QStringLiteral("test-api-key")));
}

void TestGraphQLClient::send_tokenRequestFails_reportsAuthFailedWithoutPosting() {
    m_tokens->setBehaviour(FakeTokenServer::Behaviour::WrongPassword);
    const GraphQLResponse response = run(m_client->send(request()));
    QCOMPARE(outcomeName(response.outcome), QStringLiteral("AuthFailed"));
    QVERIFY(response.authError.has_value());
    QCOMPARE(response.authError->kind, AuthErrorKind::BadUserCredentials);
    QCOMPARE(response.message, response.authError->message);
    QCOMPARE(m_tokens->requestCount(), 1);
    QCOMPARE(m_graphql->requestCount(), 0);
}

void TestGraphQLClient::send_httpToRemoteHost_isRefusedWithoutAnyRequest() {
    GraphQLRequest remote = request();
    remote.url = QUrl(QStringLiteral("http://profile.altrata.example/graphql"));
    const GraphQLResponse response = run(m_client->send(remote));
    QCOMPARE(outcomeName(response.outcome), QStringLiteral("AuthFailed"));
    QVERIFY(response.authError.has_value());
    QCOMPARE(response.authError->kind, AuthErrorKind::InsecureUrl);
    QCOMPARE(m_tokens->requestCount(), 0);
    QCOMPARE(m_graphql->requestCount(), 0);
}

void TestGraphQLClient::send_concurrentJobs_shareOneTokenRequest() {
    QList<std::shared_ptr<FinishedLog>> logs;
    for (int i = 0; i < 3; ++i)
        logs.append(watchFinished(m_client->send(request())));
    for (const auto &log : logs) {
        QTRY_COMPARE_WITH_TIMEOUT(log->count, 1, 15000);
        QCOMPARE(outcomeName(log->last.outcome), QStringLiteral("Data"));
    }
    QCOMPARE(m_tokens->requestCount(), 1);
    QCOMPARE(m_graphql->requestCount(), 3);
}

void TestGraphQLClient::send_tokenTerminatedElsewhere_failsSessionWithoutRetry() {
    QCOMPARE(outcomeName(run(m_client->send(request())).outcome), QStringLiteral("Data"));
    QCOMPARE(m_tokens->requestCount(), 1);

    // Another program with the same service user forces a new token: ours is revoked.
    AuthSession other(credentials(), m_network.get(), nullptr, m_clock.get(), AuthSession::Options{});
    bool renewed = false;
    other.renewTokenTerminatingOtherSessions(&other, [&](const TokenResult &result) { renewed = result.ok(); });
    QTRY_VERIFY_WITH_TIMEOUT(renewed, 15000);
    QCOMPARE(m_tokens->requestCount(), 2);

    // Two calls in flight with the revoked token: both fail, the session is told once, nothing retries.
    auto firstLog = watchFinished(m_client->send(request()));
    auto secondLog = watchFinished(m_client->send(request()));
    QTRY_VERIFY_WITH_TIMEOUT(firstLog->count == 1 && secondLog->count == 1, 15000);
    for (const GraphQLResponse &response : {firstLog->last, secondLog->last}) {
        QCOMPARE(outcomeName(response.outcome), QStringLiteral("AuthFailed"));
        QCOMPARE(response.httpStatus, 401);
        QVERIFY(response.authError.has_value());
        QCOMPARE(response.authError->kind, AuthErrorKind::TerminatedElsewhere);
        QVERIFY2(response.message.contains(QStringLiteral("another program")), qPrintable(response.message));
    }
    QCOMPARE(m_session->state(), AuthSession::State::Failed);
    QVERIFY(m_session->lastError().has_value());
    QCOMPARE(m_session->lastError()->kind, AuthErrorKind::TerminatedElsewhere);
    QCoreApplication::processEvents();
    QCOMPARE(m_tokens->requestCount(), 2);  // no automatic new token
    QCOMPARE(m_graphql->requestCount(), 3); // and no second attempt
}

void TestGraphQLClient::send_tokenExpiresInFlight_marksSessionExpiredWithoutRetry() {
    // The clock passes the token's expiry while the service handles the call, which then refuses it.
    m_graphql->setBearerCheck([this](const QByteArray &) {
        m_clock->advanceSeconds(9 * 3600);
        return false;
    });
    const GraphQLResponse response = run(m_client->send(request()));
    QCOMPARE(outcomeName(response.outcome), QStringLiteral("AuthFailed"));
    QCOMPARE(response.httpStatus, 401);
    QVERIFY(response.authError.has_value());
    QVERIFY2(response.message.contains(QStringLiteral("expired")), qPrintable(response.message));
    QCOMPARE(m_session->state(), AuthSession::State::Expired);
    QCoreApplication::processEvents();
    QCOMPARE(m_tokens->requestCount(), 1);
    QCOMPARE(m_graphql->requestCount(), 1);
}

void TestGraphQLClient::send_logsOnlyHostStatusSizeAndTime() {
    GraphQLRequest secretive = request();
    secretive.query = QStringLiteral("{ needleQuery }");
    secretive.variables = QJsonObject{{QStringLiteral("v"), QStringLiteral("needle-variable")}};
    g_logLines.clear();
    const QtMessageHandler previous = qInstallMessageHandler(captureMessage);
    const GraphQLResponse response = run(m_client->send(secretive));
    qInstallMessageHandler(previous);

    QCOMPARE(outcomeName(response.outcome), QStringLiteral("Data"));
    const QString log = g_logLines.join(QLatin1Char('\n'));
    QVERIFY2(log.contains(QStringLiteral("altrata.net POST 127.0.0.1 status 200")), qPrintable(log));
    const QStringList forbidden{QString::fromUtf8(m_tokens->currentToken()),
                                QStringLiteral("test-api-key"),
                                QStringLiteral("test-password"),
                                QStringLiteral("needleQuery"),
                                QStringLiteral("needle-variable"),
                                QStringLiteral("hello")};
    for (const QString &needle : forbidden)
        QVERIFY2(!log.contains(needle), qPrintable(QStringLiteral("log reveals a secret or body part")));
}

void TestGraphQLClient::send_extraHeaders_arriveAsGiven() {
    GraphQLRequest withHeaders = request();
    withHeaders.extraHeaders = {{"X-Trace-Id", "trace 42"}, {"Accept-Language", "de-CH"}};
    QCOMPARE(outcomeName(run(m_client->send(withHeaders)).outcome), QStringLiteral("Data"));
    const auto &sent = m_graphql->lastRequest();
    QCOMPARE(sent.header("X-Trace-Id"), QByteArray("trace 42"));
    QCOMPARE(sent.header("Accept-Language"), QByteArray("de-CH"));
    QVERIFY(std::any_of(sent.headers.cbegin(), sent.headers.cend(),
                        [](const auto &header) { return header.first == "X-Trace-Id"; })); // casing kept
    QCOMPARE(sent.headerCount("x-api-key"), 1);
    QCOMPARE(sent.headerCount("Authorization"), 1);
}

void TestGraphQLClient::send_managedOrInvalidExtraHeader_isRefusedBeforeSending_data() {
    QTest::addColumn<QByteArray>("name");
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<QString>("mentions");
    const QString managed = QStringLiteral("managed");
    QTest::newRow("x-api-key") << QByteArray("X-API-KEY") << QByteArray("sneaky-key") << managed;
    QTest::newRow("authorization") << QByteArray("authorization") << QByteArray("Bearer sneaky") << managed;
    QTest::newRow("content-type") << QByteArray("Content-Type") << QByteArray("text/plain") << managed;
    QTest::newRow("host") << QByteArray("Host") << QByteArray("evil.example") << managed;
    QTest::newRow("content-length") << QByteArray("Content-Length") << QByteArray("1") << managed;
    QTest::newRow("space in name") << QByteArray("X Trace") << QByteArray("1") << QStringLiteral("not a valid");
    QTest::newRow("empty name") << QByteArray() << QByteArray("1") << QStringLiteral("not a valid");
    QTest::newRow("line break") << QByteArray("X-Trace") << QByteArray("a\r\nX-Evil: 1")
                                << QStringLiteral("line break");
}

void TestGraphQLClient::send_managedOrInvalidExtraHeader_isRefusedBeforeSending() {
    QFETCH(QByteArray, name);
    QFETCH(QByteArray, value);
    QFETCH(QString, mentions);
    GraphQLRequest refused = request();
    refused.extraHeaders = {{"X-Fine", "1"}, {name, value}};
    const GraphQLResponse response = run(m_client->send(refused));
    QCOMPARE(outcomeName(response.outcome), QStringLiteral("TransportError"));
    QVERIFY2(response.message.contains(mentions), qPrintable(response.message));
    QVERIFY2(response.message.contains(QString::fromUtf8(name)), qPrintable(response.message));
    QVERIFY(!response.message.contains(QString::fromUtf8(value))); // values may be secrets
    QCOMPARE(m_tokens->requestCount(), 0);
    QCOMPARE(m_graphql->requestCount(), 0);
}

void TestGraphQLClient::cancel_beforeStart_finishesOnceWithoutRequests() {
    GraphQLJob *job = m_client->send(request());
    auto log = watchFinished(job);
    job->cancel();
    QCOMPARE(log->count, 1);
    QCOMPARE(outcomeName(log->last.outcome), QStringLiteral("Cancelled"));
    QVERIFY(job->isFinished());
    QCoreApplication::processEvents(); // runs the queued start: it must not ask for a token
    QCOMPARE(log->count, 1);
    QCOMPARE(m_session->state(), AuthSession::State::Idle);
    QCOMPARE(m_tokens->requestCount(), 0);
    QCOMPARE(m_graphql->requestCount(), 0);
}

void TestGraphQLClient::cancel_whileTokenIsRequested_finishesOnce() {
    GraphQLJob *job = m_client->send(request());
    auto log = watchFinished(job);
    connect(m_session.get(), &AuthSession::stateChanged, job, [job](AuthSession::State state) {
        if (state == AuthSession::State::Requesting)
            job->cancel();
    });
    QTRY_COMPARE_WITH_TIMEOUT(log->count, 1, 15000);
    QCOMPARE(outcomeName(log->last.outcome), QStringLiteral("Cancelled"));
    // The shared token request still completes for other callers; this job stays finished and silent.
    QTRY_COMPARE_WITH_TIMEOUT(m_session->state(), AuthSession::State::Valid, 15000);
    QCoreApplication::processEvents();
    QCOMPARE(log->count, 1);
    QCOMPARE(m_tokens->requestCount(), 1);
    QCOMPARE(m_graphql->requestCount(), 0);
}

void TestGraphQLClient::cancel_duringTransfer_finishesOnceCancelled() {
    m_graphql->setAnswer(Answer::TrickleForever);
    GraphQLJob *job = m_client->send(request());
    auto log = watchFinished(job);
    qint64 receivedBeforeCancel = 0;
    connect(job, &GraphQLJob::downloadProgress, this, [&, job](qint64 received, qint64) {
        if (received > 0 && !job->isFinished()) {
            receivedBeforeCancel = received;
            job->cancel();
        }
    });
    QTRY_COMPARE_WITH_TIMEOUT(log->count, 1, 15000);
    QVERIFY(receivedBeforeCancel > 0);
    QCOMPARE(outcomeName(log->last.outcome), QStringLiteral("Cancelled"));
    QCoreApplication::processEvents();
    QCOMPARE(log->count, 1);
}

void TestGraphQLClient::cancel_afterFinished_changesNothing() {
    GraphQLJob *job = m_client->send(request());
    const GraphQLResponse response = run(job);
    auto log = watchFinished(job);
    job->cancel();
    QCOMPARE(log->count, 0);
    QCOMPARE(outcomeName(job->response().outcome), QStringLiteral("Data"));
    QCOMPARE(outcomeName(response.outcome), QStringLiteral("Data"));
}

QTEST_GUILESS_MAIN(TestGraphQLClient)
#include "tst_graphqlclient.moc"

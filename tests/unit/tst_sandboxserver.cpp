#include "testsandboxservice.h"

#include "auth/authsession.h"
#include "auth/clock.h"
#include "auth/jwt.h"
#include "net/graphqlclient.h"
#include "sandbox/sandboxserver.h"
#include "sandbox/tokenissuer.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace altrata;
using auth::AuthErrorKind;
using auth::AuthSession;
using auth::ManualClock;
using net::GraphQLResponse;
using sandbox::SandboxConfig;
using sandbox::SandboxServer;
using sandbox::TokenIssuer;
using sandbox::TokenStatus;
using Headers = QList<QPair<QByteArray, QByteArray>>;

Q_DECLARE_METATYPE(altrata::sandbox::TokenStatus)
Q_DECLARE_METATYPE(altrata::auth::AuthErrorKind)

namespace {

struct RawReply {
    int status = 0;
    QByteArray body;
    QHash<QByteArray, QByteArray> headers; // lower-case names
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    QString message() const { return json().value(QLatin1String("message")).toString(); }
};

const QByteArray apiKey = "sandbox-api-key";
const QByteArray basic = "Basic " + QByteArray("demo:demo-password").toBase64();

} // namespace

class TestSandboxServer final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void listen_bindsLoopbackOnPortChosenByOs();
    void listen_portInUse_failsWithReason();
    void token_validRequest_returnsBearerJwtWithConfiguredTtl();
    void token_refusals_data();
    void token_refusals();
    void authSession_classifiesTokenRefusals_data();
    void authSession_classifiesTokenRefusals();
    void graphql_refusesMissingOrWrongApiKey();
    void graphql_tokenProblems_data();
    void graphql_tokenProblems();
    void graphql_expiredToken_isRefusedAsExpired();
    void graphqlClient_query_returnsDataAndFieldErrors();
    void revocation_secondTokenRequest_clientReportsTerminatedElsewhere();
    void http_statusCodes_data();
    void http_statusCodes();
    void faults_failureRateOne_refusesGraphQLWith503Only();
    void faults_throttle_answers429WithRetryAfter();
    void faults_latency_delaysAnswersWithoutBlocking();
    void faults_latency_clientGoneBeforeAnswer_isLoggedAs499();
    void requestLog_linesHaveMethodPathStatusTimeAndNoSecrets();

private:
    bool startServer(SandboxConfig config = {});
    RawReply send(const QByteArray &method, const QUrl &url, const Headers &headers, const QByteArray &body = {});
    RawReply graphql(const QByteArray &token, const QByteArray &body = R"({"query":"{ greeting }"})");
    QByteArray newToken();
    std::unique_ptr<AuthSession> makeSession(const QString &password = QStringLiteral("demo-password"),
                                             const QString &key = QStringLiteral("sandbox-api-key"));
    GraphQLResponse runQuery(AuthSession &session, const QString &query, const QJsonObject &variables = {});

    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_network;
};

void TestSandboxServer::init() {
    m_clock = std::make_unique<ManualClock>(QDateTime::currentDateTimeUtc());
    m_network = std::make_unique<QNetworkAccessManager>();
    SandboxConfig config;
    config.tokenTtlSeconds = 120;
    QVERIFY(startServer(config));
}

void TestSandboxServer::cleanup() {
    m_server.reset();
    m_network.reset();
    m_clock.reset();
}

bool TestSandboxServer::startServer(SandboxConfig config) {
    m_server.reset();
    std::vector<std::unique_ptr<sandbox::SandboxService>> services;
    services.push_back(std::make_unique<test::TestSandboxService>(QStringLiteral("profile")));
    services.push_back(std::make_unique<test::TestSandboxService>(QStringLiteral("events")));
    m_server = std::make_unique<SandboxServer>(config, std::move(services), m_clock.get());
    return m_server->listen();
}

RawReply TestSandboxServer::send(const QByteArray &method, const QUrl &url, const Headers &headers,
                                 const QByteArray &body) {
    QNetworkRequest request(url);
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    std::unique_ptr<QNetworkReply> reply(m_network->sendCustomRequest(request, method, body));
    RawReply raw;
    if (!QTest::qWaitFor([&] { return reply->isFinished(); }, 10000))
        return raw;
    raw.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    raw.body = reply->readAll();
    for (const auto &[name, value] : reply->rawHeaderPairs())
        raw.headers.insert(name.toLower(), value);
    return raw;
}

RawReply TestSandboxServer::graphql(const QByteArray &token, const QByteArray &body) {
    return send("POST", m_server->serviceUrl(QStringLiteral("profile")),
                {{"x-api-key", apiKey}, {"authorization", "Bearer " + token}, {"content-type", "application/json"}},
                body);
}

QByteArray TestSandboxServer::newToken() {
    QUrl url = m_server->tokenUrl();
    url.setQuery(QStringLiteral("grant_type=client_credentials"));
    const RawReply reply =
        send("POST", url,
             {{"x-api-key", apiKey}, {"authorization", basic}, {"content-type", "application/x-www-form-urlencoded"}});
    return reply.json().value(QLatin1String("access_token")).toString().toLatin1();
}

std::unique_ptr<AuthSession> TestSandboxServer::makeSession(const QString &password, const QString &key) {
    auth::Credentials credentials;
    credentials.tokenUrl = m_server->tokenUrl();
    credentials.username = QStringLiteral("demo");
    credentials.password = auth::Secret(password);
    credentials.apiKey = auth::Secret(key);
    return std::make_unique<AuthSession>(credentials, m_network.get(), nullptr, m_clock.get(), AuthSession::Options{});
}

GraphQLResponse TestSandboxServer::runQuery(AuthSession &session, const QString &query, const QJsonObject &variables) {
    net::GraphQLClient client(m_network.get(), &session);
    net::GraphQLJob *job = client.send({m_server->serviceUrl(QStringLiteral("profile")), query, variables, {}});
    QSignalSpy finished(job, &net::GraphQLJob::finished);
    if (!finished.wait(10000))
        return {};
    return job->response();
}

void TestSandboxServer::listen_bindsLoopbackOnPortChosenByOs() {
    QVERIFY(m_server->port() != 0);
    QCOMPARE(m_server->baseUrl(), QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server->port())));
    QCOMPARE(m_server->tokenUrl().path(), QStringLiteral("/oauth2/token"));
    QCOMPARE(m_server->serviceUrl(QStringLiteral("events")).path(), QStringLiteral("/events/graphql"));
    QCOMPARE(m_server->serviceNames(), (QStringList{QStringLiteral("profile"), QStringLiteral("events")}));
    QCOMPARE(send("GET", m_server->baseUrl().resolved(QUrl(QStringLiteral("/nowhere"))), {}).status, 404);
}

void TestSandboxServer::listen_portInUse_failsWithReason() {
    SandboxConfig config;
    config.port = m_server->port();
    SandboxServer second(config, {}, m_clock.get());
    QVERIFY(!second.listen());
    QVERIFY(second.errorString().contains(QString::number(config.port)));
}

void TestSandboxServer::token_validRequest_returnsBearerJwtWithConfiguredTtl() {
    QUrl url = m_server->tokenUrl();
    url.setQuery(QStringLiteral("grant_type=client_credentials"));
    const RawReply reply = send("POST", url, {{"X-Api-Key", apiKey}, {"Authorization", basic}});
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.headers.value("cache-control"), QByteArray("no-store"));
    const QJsonObject json = reply.json();
    QCOMPARE(json.value(QLatin1String("token_type")).toString(), QStringLiteral("Bearer"));
    QCOMPARE(json.value(QLatin1String("expires_in")).toInt(), 120);
    const auto jwt = auth::Jwt::decode(json.value(QLatin1String("access_token")).toString().toLatin1());
    QVERIFY(jwt);
    QCOMPARE(jwt->claims().value(QLatin1String("sub")).toString(), QStringLiteral("demo"));
    QVERIFY(*jwt->expiresAt() >= m_clock->now().addSecs(120)); // whole seconds, rounded up
    QVERIFY(*jwt->expiresAt() < m_clock->now().addSecs(121));
}

void TestSandboxServer::token_refusals_data() {
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<QByteArray>("authorization");
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    const QString grant = QStringLiteral("grant_type=client_credentials");
    const QByteArray wrongPassword = "Basic " + QByteArray("demo:nope").toBase64();
    QTest::newRow("no api key") << QByteArray("POST") << QByteArray() << basic << grant << 403
                                << QStringLiteral("message") << QStringLiteral("Forbidden");
    QTest::newRow("wrong api key, wrong password") << QByteArray("POST") << QByteArray("x") << wrongPassword << grant
                                                   << 403 << QStringLiteral("message") << QStringLiteral("Forbidden");
    QTest::newRow("no basic auth") << QByteArray("POST") << apiKey << QByteArray() << grant << 401
                                   << QStringLiteral("error") << QStringLiteral("invalid_client");
    QTest::newRow("wrong password") << QByteArray("POST") << apiKey << wrongPassword << grant << 401
                                    << QStringLiteral("error") << QStringLiteral("invalid_client");
    QTest::newRow("wrong user") << QByteArray("POST") << apiKey << "Basic " + QByteArray("eve:demo-password").toBase64()
                                << grant << 401 << QStringLiteral("error") << QStringLiteral("invalid_client");
    QTest::newRow("no grant type") << QByteArray("POST") << apiKey << basic << QString() << 400
                                   << QStringLiteral("error") << QStringLiteral("invalid_request");
    QTest::newRow("other grant type") << QByteArray("POST") << apiKey << basic << QStringLiteral("grant_type=password")
                                      << 400 << QStringLiteral("error") << QStringLiteral("unsupported_grant_type");
    QTest::newRow("GET") << QByteArray("GET") << apiKey << basic << grant << 405 << QStringLiteral("message")
                         << QStringLiteral("Method Not Allowed");
}

void TestSandboxServer::token_refusals() {
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, key);
    QFETCH(QByteArray, authorization);
    QFETCH(QString, query);
    QFETCH(int, status);
    QFETCH(QString, field);
    QFETCH(QString, value);
    QUrl url = m_server->tokenUrl();
    url.setQuery(query);
    Headers headers{{"content-type", "application/x-www-form-urlencoded"}};
    if (!key.isEmpty())
        headers.append({"x-api-key", key});
    if (!authorization.isEmpty())
        headers.append({"authorization", authorization});
    const RawReply reply = send(method, url, headers);
    QCOMPARE(reply.status, status);
    QVERIFY(reply.headers.value("content-type").startsWith("application/json"));
    QCOMPARE(reply.json().value(field).toString(), value);
    QVERIFY(!reply.body.contains("access_token"));
}

void TestSandboxServer::authSession_classifiesTokenRefusals_data() {
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("key");
    QTest::addColumn<AuthErrorKind>("kind");
    QTest::newRow("wrong api key") << QStringLiteral("demo-password") << QStringLiteral("nope")
                                   << AuthErrorKind::BadApiKey;
    QTest::newRow("wrong password") << QStringLiteral("nope") << QStringLiteral("sandbox-api-key")
                                    << AuthErrorKind::BadUserCredentials;
}

void TestSandboxServer::authSession_classifiesTokenRefusals() {
    QFETCH(QString, password);
    QFETCH(QString, key);
    QFETCH(AuthErrorKind, kind);
    auto session = makeSession(password, key);
    const GraphQLResponse response = runQuery(*session, QStringLiteral("{ greeting }"));
    QCOMPARE(response.outcome, GraphQLResponse::Outcome::AuthFailed);
    QVERIFY(response.authError);
    QCOMPARE(response.authError->kind, kind);
}

void TestSandboxServer::graphql_refusesMissingOrWrongApiKey() {
    const QByteArray token = newToken();
    for (const Headers &keyHeader : {Headers{}, Headers{{"x-api-key", "wrong"}}}) {
        Headers headers{{"authorization", "Bearer " + token}, {"content-type", "application/json"}};
        headers += keyHeader;
        const RawReply reply =
            send("POST", m_server->serviceUrl(QStringLiteral("profile")), headers, R"({"query":"{ greeting }"})");
        QCOMPARE(reply.status, 403);
        QCOMPARE(reply.message(), QStringLiteral("Forbidden"));
    }
}

void TestSandboxServer::graphql_tokenProblems_data() {
    QTest::addColumn<QByteArray>("authorization");
    QTest::addColumn<TokenStatus>("status");
    ManualClock clock;
    TokenIssuer stranger(QStringLiteral("altrata-sandbox"), 60, clock);
    QTest::newRow("missing") << QByteArray() << TokenStatus::Missing;
    QTest::newRow("basic instead of bearer") << basic << TokenStatus::Malformed;
    QTest::newRow("not a jwt") << QByteArray("Bearer not-a-token") << TokenStatus::Malformed;
    QTest::newRow("other server's token")
        << "Bearer " + stranger.issue(QStringLiteral("demo"), QString()).accessToken << TokenStatus::BadSignature;
}

void TestSandboxServer::graphql_tokenProblems() {
    QFETCH(QByteArray, authorization);
    QFETCH(TokenStatus, status);
    Headers headers{{"x-api-key", apiKey}, {"content-type", "application/json"}};
    if (!authorization.isEmpty())
        headers.append({"authorization", authorization});
    const RawReply reply =
        send("POST", m_server->serviceUrl(QStringLiteral("profile")), headers, R"({"query":"{ greeting }"})");
    QCOMPARE(reply.status, 401);
    QCOMPARE(reply.message(), TokenIssuer::explain(status));
    QVERIFY(reply.headers.value("www-authenticate").startsWith("Bearer"));
}

void TestSandboxServer::graphql_expiredToken_isRefusedAsExpired() {
    const QByteArray token = newToken();
    QCOMPARE(graphql(token).status, 200);
    m_clock->advanceSeconds(121); // the expiry is rounded up to a whole second
    const RawReply reply = graphql(token);
    QCOMPARE(reply.status, 401);
    QCOMPARE(reply.message(), TokenIssuer::explain(TokenStatus::Expired));
    QVERIFY(reply.headers.value("www-authenticate").contains("expired"));
}

void TestSandboxServer::graphqlClient_query_returnsDataAndFieldErrors() {
    auto session = makeSession();
    GraphQLResponse response = runQuery(*session, QStringLiteral("query Hi($n: String) { greeting(name: $n) }"),
                                        QJsonObject{{QStringLiteral("n"), QStringLiteral("Ada")}});
    QCOMPARE(response.outcome, GraphQLResponse::Outcome::Data);
    QVERIFY(response.document);
    const auto data = response.document->member(response.document->root(), "data");
    QVERIFY(data);
    const auto greeting = response.document->member(*data, "greeting");
    QVERIFY(greeting);
    QCOMPARE(response.document->scalarText(*greeting), QStringLiteral("Hello, Ada!"));
    response = runQuery(*session, QStringLiteral("{ greeting broken }"));
    QCOMPARE(response.outcome, GraphQLResponse::Outcome::GraphQLErrors);
    QCOMPARE(response.httpStatus, 200);
    QCOMPARE(response.errors.first().toObject().value(QLatin1String("message")).toString(),
             QStringLiteral("broken on purpose"));
}

void TestSandboxServer::revocation_secondTokenRequest_clientReportsTerminatedElsewhere() {
    auto session = makeSession();
    QCOMPARE(runQuery(*session, QStringLiteral("{ greeting }")).outcome, GraphQLResponse::Outcome::Data);
    const QByteArray first = session->token()->value.revealUtf8();
    const QByteArray second = newToken(); // "another program" with the same service user
    const RawReply refused = graphql(first);
    QCOMPARE(refused.status, 401);
    QCOMPARE(refused.message(), TokenIssuer::explain(TokenStatus::Revoked));
    QVERIFY(refused.message().contains(QStringLiteral("replaced by a newer token")));
    QCOMPARE(graphql(second).status, 200);

    const GraphQLResponse response = runQuery(*session, QStringLiteral("{ greeting }"));
    QCOMPARE(response.outcome, GraphQLResponse::Outcome::AuthFailed);
    QCOMPARE(response.authError->kind, AuthErrorKind::TerminatedElsewhere);
    QVERIFY(response.message.contains(QStringLiteral("another program")));
    QCOMPARE(session->state(), AuthSession::State::Failed);
}

void TestSandboxServer::http_statusCodes_data() {
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("query");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("accept");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("responseType");
    const QByteArray json = "application/json";
    const QByteArray modern = "application/graphql-response+json";
    const QByteArray ok = R"({"query":"{ greeting }"})";
    QTest::newRow("json") << QByteArray("POST") << QString() << json << json << ok << 200 << json;
    QTest::newRow("graphql-response+json") << QByteArray("POST") << QString() << json << modern << ok << 200 << modern;
    QTest::newRow("parse error, modern") << QByteArray("POST") << QString() << json << modern
                                         << QByteArray(R"({"query":"{"})") << 400 << modern;
    QTest::newRow("parse error, json") << QByteArray("POST") << QString() << json << json
                                       << QByteArray(R"({"query":"{"})") << 200 << json;
    QTest::newRow("unparsable body") << QByteArray("POST") << QString() << json << json << QByteArray("{ \"x") << 400
                                     << json;
    QTest::newRow("no query") << QByteArray("POST") << QString() << json << json << QByteArray(R"({"qeury":"{}"})")
                              << 400 << json;
    QTest::newRow("text/plain body") << QByteArray("POST") << QString() << QByteArray("text/plain") << json << ok << 415
                                     << json;
    QTest::newRow("html only") << QByteArray("POST") << QString() << json << QByteArray("text/html") << ok << 406
                               << json;
    QTest::newRow("GET query") << QByteArray("GET") << QStringLiteral("query=%7B+greeting+%7D") << QByteArray() << json
                               << QByteArray() << 200 << json;
    QTest::newRow("GET mutation") << QByteArray("GET") << QStringLiteral("query=mutation+%7B+increment+%7D")
                                  << QByteArray() << json << QByteArray() << 405 << json;
    QTest::newRow("PUT") << QByteArray("PUT") << QString() << json << json << ok << 405 << json;
}

void TestSandboxServer::http_statusCodes() {
    QFETCH(QByteArray, method);
    QFETCH(QString, query);
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, accept);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QByteArray, responseType);
    QUrl url = m_server->serviceUrl(QStringLiteral("profile"));
    if (!query.isEmpty())
        url.setQuery(query, QUrl::StrictMode);
    Headers headers{{"x-api-key", apiKey}, {"authorization", "Bearer " + newToken()}, {"accept", accept}};
    if (!contentType.isEmpty())
        headers.append({"content-type", contentType});
    const RawReply reply = send(method, url, headers, body);
    QCOMPARE(reply.status, status);
    QVERIFY2(reply.headers.value("content-type").startsWith(responseType),
             reply.headers.value("content-type").constData());
    if (status == 405) // a mutation may only be POSTed; the endpoint itself takes GET and POST
        QCOMPARE(reply.headers.value("allow"), method == "GET" ? QByteArray("POST") : QByteArray("GET, POST"));
}

void TestSandboxServer::faults_failureRateOne_refusesGraphQLWith503Only() {
    SandboxConfig config;
    config.faults.failureRate = 1;
    QVERIFY(startServer(config));
    const QByteArray token = newToken();
    QVERIFY(!token.isEmpty()); // the token endpoint is not a GraphQL request: never failed
    QCOMPARE(graphql(token).status, 503);
    auto session = makeSession();
    const GraphQLResponse response = runQuery(*session, QStringLiteral("{ greeting }"));
    QCOMPARE(response.outcome, GraphQLResponse::Outcome::HttpError);
    QCOMPARE(response.httpStatus, 503);
}

void TestSandboxServer::faults_throttle_answers429WithRetryAfter() {
    SandboxConfig config;
    config.faults.throttlePerSecond = 2;
    QVERIFY(startServer(config));
    const QByteArray token = newToken();
    QCOMPARE(graphql(token).status, 200);
    const RawReply throttled = graphql(token);
    QCOMPARE(throttled.status, 429);
    QCOMPARE(throttled.headers.value("retry-after"), QByteArray("1"));
    auto session = makeSession(); // the token endpoint is throttled too, and AuthSession says so
    const GraphQLResponse response = runQuery(*session, QStringLiteral("{ greeting }"));
    QCOMPARE(response.authError->kind, AuthErrorKind::RateLimited);
    QCOMPARE(response.authError->retryAfterSeconds, std::optional<int>(1));
    m_clock->advanceSeconds(1);
    QCOMPARE(graphql(token).status, 200);
}

void TestSandboxServer::faults_latency_delaysAnswersWithoutBlocking() {
    SandboxConfig config;
    config.faults.latencyMs = 600;
    QVERIFY(startServer(config));
    const QByteArray token = newToken();
    QNetworkRequest request(m_server->serviceUrl(QStringLiteral("profile")));
    request.setRawHeader("x-api-key", apiKey);
    request.setRawHeader("authorization", "Bearer " + token);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    QElapsedTimer elapsed;
    elapsed.start();
    std::unique_ptr<QNetworkReply> first(m_network->post(request, QByteArray(R"({"query":"{ greeting }"})")));
    std::unique_ptr<QNetworkReply> second(m_network->post(request, QByteArray(R"({"query":"{ counter }"})")));
    QVERIFY(QTest::qWaitFor([&] { return first->isFinished() && second->isFinished(); }, 10000));
    QCOMPARE(first->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    QCOMPARE(second->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    // Both waited their 600 ms at the same time: a server that slept would need 1200 ms for the pair.
    QVERIFY2(elapsed.elapsed() >= 600, qPrintable(QString::number(elapsed.elapsed())));
    QVERIFY2(elapsed.elapsed() < 1150, qPrintable(QString::number(elapsed.elapsed())));
}

void TestSandboxServer::faults_latency_clientGoneBeforeAnswer_isLoggedAs499() {
    SandboxConfig config;
    config.faults.latencyMs = 300;
    QVERIFY(startServer(config));
    QSignalSpy logged(m_server.get(), &SandboxServer::requestLogged);
    QNetworkRequest request(m_server->serviceUrl(QStringLiteral("profile")));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    std::unique_ptr<QNetworkReply> reply(m_network->post(request, QByteArray(R"({"query":"{ greeting }"})")));
    QSignalSpy uploaded(reply.get(), &QNetworkReply::uploadProgress);
    QVERIFY(uploaded.wait(5000));
    reply->abort(); // gone while the server holds its answer back
    QVERIFY(logged.wait(5000));
    QVERIFY2(logged.first().first().toString().startsWith(QStringLiteral("POST /profile/graphql 499")),
             qPrintable(logged.first().first().toString()));
    QCOMPARE(send("GET", m_server->baseUrl(), {}).status, 404); // and the server still answers
}

void TestSandboxServer::requestLog_linesHaveMethodPathStatusTimeAndNoSecrets() {
    QSignalSpy logged(m_server.get(), &SandboxServer::requestLogged);
    const QByteArray token = newToken();
    graphql(token, "{\"query\":\"{ greeting(name: \\\"secret-query-text\\\") }\"}");
    graphql("forged");
    QUrl get = m_server->serviceUrl(QStringLiteral("profile"));
    get.setQuery(QStringLiteral("query=%7B+greeting+%7D"));
    send("GET", get, {{"x-api-key", apiKey}, {"authorization", "Bearer " + token}});
    QCOMPARE(logged.size(), 4);
    const QStringList expected{QStringLiteral("POST /oauth2/token 200"), QStringLiteral("POST /profile/graphql 200"),
                               QStringLiteral("POST /profile/graphql 401"), QStringLiteral("GET /profile/graphql 200")};
    const QRegularExpression shape(QStringLiteral("^(GET|POST) /[a-z0-9/]+ \\d{3} \\d+ ms$"));
    for (int i = 0; i < logged.size(); ++i) {
        const QString line = logged.at(i).at(0).toString();
        QVERIFY2(line.startsWith(expected.at(i)), qPrintable(line));
        QVERIFY2(shape.match(line).hasMatch(), qPrintable(line));
        for (const QByteArray &secret : {apiKey, QByteArray("demo-password"), basic.mid(6), token,
                                         QByteArray("secret-query-text"), QByteArray("forged"), QByteArray("greeting")})
            QVERIFY(!line.contains(QString::fromLatin1(secret)));
    }
}

QTEST_GUILESS_MAIN(TestSandboxServer)
#include "tst_sandboxserver.moc"

#include "faketokenserver.h"

#include <QJsonDocument>
#include <QLocale>
#include <QRandomGenerator>
#include <QTcpSocket>
#include <QTimeZone>
#include <QUrlQuery>

namespace altrata::test {

namespace {

QByteArray base64Url(const QByteArray &data) {
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QByteArray compactJson(const QJsonObject &object) {
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace

FakeTokenServer::FakeTokenServer(QObject *parent)
    : QObject(parent)
    , m_http([this](QTcpSocket *socket, const HttpRequest &request) {
        m_lastRequest = request;
        dispatch(socket, request);
    }) {}

FakeTokenServer::~FakeTokenServer() = default;

bool FakeTokenServer::start() {
    return m_http.listen();
}

bool FakeTokenServer::startTls(const QSslConfiguration &configuration) {
    return m_http.listenTls(configuration);
}

quint16 FakeTokenServer::port() const {
    return m_http.port();
}

QUrl FakeTokenServer::tokenUrl() const {
    return m_http.url(QStringLiteral("/oauth2/token"));
}

QUrl FakeTokenServer::graphqlUrl() const {
    return m_http.url(QStringLiteral("/graphql"));
}

void FakeTokenServer::setCredentials(QString username, QString password, QString apiKey) {
    m_username = std::move(username);
    m_password = std::move(password);
    m_apiKey = std::move(apiKey);
}

auth::Credentials FakeTokenServer::acceptedCredentials() const {
    auth::Credentials credentials;
    credentials.tokenUrl = tokenUrl();
    credentials.username = m_username;
    credentials.password = auth::Secret(m_password);
    credentials.apiKey = auth::Secret(m_apiKey);
    return credentials;
}

void FakeTokenServer::setTokenResponseOverrides(QJsonObject overrides, QStringList removeKeys) {
    m_overrides = std::move(overrides);
    m_removeKeys = std::move(removeKeys);
}

QByteArray FakeTokenServer::httpDate(const QDateTime &when) {
    return QLocale::c().toString(when.toUTC(), QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'")).toLatin1();
}

QDateTime FakeTokenServer::serverNow() const {
    return m_serverDate.isValid() ? m_serverDate : QDateTime::currentDateTimeUtc();
}

QByteArray FakeTokenServer::issueToken() {
    const QDateTime now = serverNow();
    const QJsonObject header{{QStringLiteral("alg"), QStringLiteral("RS256")},
                             {QStringLiteral("typ"), QStringLiteral("JWT")}};
    const QJsonObject payload{
        {QStringLiteral("sub"), m_username},
        {QStringLiteral("client_id"), m_username},
        {QStringLiteral("scope"), QStringLiteral("altrata/graphql")},
        {QStringLiteral("iat"), now.toSecsSinceEpoch()},
        {QStringLiteral("exp"), now.toSecsSinceEpoch() + m_jwtLifetime.value_or(m_expiresIn)},
        {QStringLiteral("jti"), QString::number(++m_issued)},
    };
    QByteArray signature(64, Qt::Uninitialized);
    for (char &c : signature)
        c = static_cast<char>(QRandomGenerator::global()->bounded(256));
    m_currentToken = m_tokenPrefix + base64Url(compactJson(header)) + '.' + base64Url(compactJson(payload)) + '.' +
                     base64Url(signature);
    return m_currentToken;
}

void FakeTokenServer::dispatch(QTcpSocket *socket, const RecordedRequest &request) {
    if (request.path == "/oauth2/token")
        handleToken(socket, request);
    else if (request.path == "/graphql")
        handleGraphql(socket, request);
    else
        respondJson(socket, 404, {{QStringLiteral("message"), QStringLiteral("Not Found")}});
}

bool FakeTokenServer::credentialsMatch(const RecordedRequest &request) const {
    const QByteArray expected = "Basic " + (m_username + QLatin1Char(':') + m_password).toUtf8().toBase64();
    return request.header("Authorization") == expected;
}

void FakeTokenServer::handleToken(QTcpSocket *socket, const RecordedRequest &request) {
    ++m_tokenRequests;
    Q_EMIT tokenRequested();
    const QJsonObject forbidden{{QStringLiteral("message"), QStringLiteral("Forbidden")}};
    const QJsonObject invalidClient{{QStringLiteral("error"), QStringLiteral("invalid_client")}};
    switch (m_behaviour) {
    case Behaviour::Success:
        if (request.method != "POST")
            return respondJson(socket, 405, {{QStringLiteral("message"), QStringLiteral("Method Not Allowed")}});
        if (request.header("x-api-key") != m_apiKey.toUtf8())
            return respondJson(socket, 403, forbidden);
        if (QUrlQuery(QString::fromUtf8(request.query)).queryItemValue(QStringLiteral("grant_type")) !=
            QStringLiteral("client_credentials"))
            return respondJson(socket, 400, {{QStringLiteral("error"), QStringLiteral("unsupported_grant_type")}});
        if (!credentialsMatch(request))
            return respondJson(socket, 401, invalidClient);
        return answerTokenSuccess(socket, request);
    case Behaviour::WrongApiKey:
        return respondJson(socket, 403, forbidden);
    case Behaviour::WrongPassword:
        return respondJson(socket, 401, invalidClient);
    case Behaviour::RateLimited:
        return respond(socket, 429, "application/json", R"({"message":"Too Many Requests"})",
                       {{"Retry-After", m_retryAfter}});
    case Behaviour::ServerErrorHtml:
        return respond(socket, 500, "text/html",
                       "<!DOCTYPE html>\n<html><head><title>500 Internal Server Error</title></head>\n"
                       "<body><h1>Internal Server Error</h1><p>The gateway could not handle the request.</p>"
                       "</body></html>\n");
    case Behaviour::NonJson:
        return respond(socket, 200, "text/plain", "Service is up. This is not JSON.");
    case Behaviour::MissingFields:
        return respondJson(socket, 200, {{QStringLiteral("token_type"), m_tokenType}});
    case Behaviour::Hang:
        return; // the socket stays open; the client has to give up
    case Behaviour::CloseMidBody: {
        const QByteArray body = R"({"access_token":"eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ0ZXN0In0)";
        const HttpHeaders date{{"Date", httpDate(serverNow())}};
        socket->write(LoopbackHttpServer::responseHead(200, "application/json", body.size() + 200, date) + body);
        socket->flush();
        socket->disconnectFromHost();
        return;
    }
    }
}

void FakeTokenServer::answerTokenSuccess(QTcpSocket *socket, const RecordedRequest &) {
    QJsonObject body{{QStringLiteral("access_token"), QString::fromLatin1(issueToken())},
                     {QStringLiteral("expires_in"), m_expiresIn},
                     {QStringLiteral("token_type"), m_tokenType}};
    for (auto it = m_overrides.constBegin(); it != m_overrides.constEnd(); ++it)
        body.insert(it.key(), it.value());
    for (const QString &key : std::as_const(m_removeKeys))
        body.remove(key);
    respondJson(socket, 200, body);
}

void FakeTokenServer::handleGraphql(QTcpSocket *socket, const RecordedRequest &request) {
    ++m_graphqlRequests;
    Q_EMIT graphqlRequested();
    if (request.method != "POST")
        return respondJson(socket, 405, {{QStringLiteral("message"), QStringLiteral("Method Not Allowed")}});
    if (request.header("x-api-key") != m_apiKey.toUtf8())
        return respondJson(socket, 403, {{QStringLiteral("message"), QStringLiteral("Forbidden")}});
    const QByteArray authorization = request.header("Authorization");
    if (!authorization.startsWith("Bearer ") || !isCurrentToken(authorization.mid(7)))
        return respondJson(socket, 401, {{QStringLiteral("message"), QStringLiteral("Unauthorized")}});
    const QJsonObject data{{QStringLiteral("__typename"), QStringLiteral("Query")}};
    respondJson(socket, 200, {{QStringLiteral("data"), data}});
}

void FakeTokenServer::respond(QTcpSocket *socket, int status, const QByteArray &contentType, const QByteArray &body,
                              HttpHeaders extraHeaders) const {
    extraHeaders.prepend({"Date", httpDate(serverNow())});
    LoopbackHttpServer::respond(socket, status, contentType, body, extraHeaders);
}

void FakeTokenServer::respondJson(QTcpSocket *socket, int status, const QJsonObject &body) const {
    respond(socket, status, "application/json", compactJson(body));
}

} // namespace altrata::test

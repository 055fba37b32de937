#include "faketokenserver.h"

#include <QJsonDocument>
#include <QLocale>
#include <QRandomGenerator>
#include <QSslServer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimeZone>
#include <QUrlQuery>

namespace altrata::test {

namespace {

QByteArray reasonPhrase(int status) {
    switch (status) {
    case 200:
        return "OK";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    default:
        return "Status";
    }
}

QByteArray base64Url(const QByteArray &data) {
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QByteArray compactJson(const QJsonObject &object) {
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace

QByteArray FakeTokenServer::RecordedRequest::header(const QByteArray &name) const {
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

FakeTokenServer::FakeTokenServer(QObject *parent)
    : QObject(parent) {}

FakeTokenServer::~FakeTokenServer() = default;

bool FakeTokenServer::start() {
    return listen(std::make_unique<QTcpServer>());
}

bool FakeTokenServer::startTls(const QSslConfiguration &configuration) {
    auto server = std::make_unique<QSslServer>();
    server->setSslConfiguration(configuration);
    m_tls = true;
    return listen(std::move(server));
}

bool FakeTokenServer::listen(std::unique_ptr<QTcpServer> server) {
    m_server = std::move(server);
    connect(m_server.get(), &QTcpServer::newConnection, this, &FakeTokenServer::onNewConnection);
    return m_server->listen(QHostAddress::LocalHost, 0);
}

quint16 FakeTokenServer::port() const {
    return m_server ? m_server->serverPort() : 0;
}

QUrl FakeTokenServer::tokenUrl() const {
    QUrl url;
    url.setScheme(m_tls ? QStringLiteral("https") : QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(port());
    url.setPath(QStringLiteral("/oauth2/token"));
    return url;
}

QUrl FakeTokenServer::graphqlUrl() const {
    QUrl url = tokenUrl();
    url.setPath(QStringLiteral("/graphql"));
    return url;
}

void FakeTokenServer::setCredentials(QString username, QString password, QString apiKey) {
    m_username = std::move(username);
    m_password = std::move(password);
    m_apiKey = std::move(apiKey);
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

void FakeTokenServer::onNewConnection() {
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        socket->setParent(this);
        m_buffers.insert(socket, {});
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_buffers.remove(socket);
            socket->deleteLater();
        });
    }
}

void FakeTokenServer::onReadyRead(QTcpSocket *socket) {
    auto it = m_buffers.find(socket);
    if (it == m_buffers.end())
        return;
    it->append(socket->readAll());
    // One request per connection: every answer closes it.
    if (const auto request = takeRequest(*it)) {
        m_buffers.remove(socket);
        m_lastRequest = *request;
        dispatch(socket, *request);
    }
}

std::optional<FakeTokenServer::RecordedRequest> FakeTokenServer::takeRequest(QByteArray &buffer) const {
    const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return std::nullopt;
    const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    RecordedRequest request;
    request.method = requestLine.value(0);
    const QByteArray target = requestLine.value(1);
    const qsizetype question = target.indexOf('?');
    request.path = question < 0 ? target : target.left(question);
    request.query = question < 0 ? QByteArray() : target.mid(question + 1);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines[i].indexOf(':');
        if (colon > 0)
            request.headers.append({lines[i].left(colon).trimmed(), lines[i].mid(colon + 1).trimmed()});
    }
    const qsizetype length = request.header("Content-Length").toLongLong();
    if (buffer.size() < headerEnd + 4 + length)
        return std::nullopt;
    request.body = buffer.mid(headerEnd + 4, length);
    return request;
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
        socket->write(statusHeader(200, "application/json", body.size() + 200, {}) + body);
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

QByteArray FakeTokenServer::statusHeader(int status, const QByteArray &contentType, qsizetype contentLength,
                                         const QList<QPair<QByteArray, QByteArray>> &extraHeaders) const {
    QByteArray head = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    head += "Date: " + httpDate(serverNow()) + "\r\n";
    head += "Content-Type: " + contentType + "\r\n";
    head += "Content-Length: " + QByteArray::number(contentLength) + "\r\n";
    head += "Connection: close\r\n";
    for (const auto &[name, value] : extraHeaders)
        head += name + ": " + value + "\r\n";
    return head + "\r\n";
}

void FakeTokenServer::respond(QTcpSocket *socket, int status, const QByteArray &contentType, const QByteArray &body,
                              const QList<QPair<QByteArray, QByteArray>> &extraHeaders) {
    socket->write(statusHeader(status, contentType, body.size(), extraHeaders) + body);
    socket->disconnectFromHost();
}

void FakeTokenServer::respondJson(QTcpSocket *socket, int status, const QJsonObject &body) {
    respond(socket, status, "application/json", compactJson(body));
}

} // namespace altrata::test

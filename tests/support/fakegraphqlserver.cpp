#include "fakegraphqlserver.h"

#include <QHostAddress>
#include <QTcpSocket>
#include <QTimer>

#include <memory>

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
    case 500:
        return "Internal Server Error";
    default:
        return "Status";
    }
}

} // namespace

QByteArray FakeGraphQLServer::Request::header(const QByteArray &name) const {
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

int FakeGraphQLServer::Request::headerCount(const QByteArray &name) const {
    int count = 0;
    for (const auto &header : headers)
        count += header.first.compare(name, Qt::CaseInsensitive) == 0 ? 1 : 0;
    return count;
}

FakeGraphQLServer::FakeGraphQLServer(QObject *parent)
    : QObject(parent) {
    connect(&m_server, &QTcpServer::newConnection, this, &FakeGraphQLServer::onNewConnection);
}

FakeGraphQLServer::~FakeGraphQLServer() {
    // The sockets die with m_server after our members are gone: drop their connections to us first.
    const auto sockets = m_server.findChildren<QTcpSocket *>();
    for (QTcpSocket *socket : sockets) {
        disconnect(socket, nullptr, this, nullptr);
        socket->abort();
    }
}

bool FakeGraphQLServer::start() {
    return m_server.listen(QHostAddress::LocalHost, 0);
}

QUrl FakeGraphQLServer::graphqlUrl() const {
    return QUrl(QStringLiteral("http://127.0.0.1:%1/graphql").arg(m_server.serverPort()));
}

QByteArray FakeGraphQLServer::dataBody() {
    return R"({"data":{"hello":"world"}})";
}

QByteArray FakeGraphQLServer::errorsBody() {
    return R"({"errors":[{"message":"Field 'broken' failed","locations":[{"line":1,"column":9}],"path":["broken"]}],)"
           R"("data":{"hello":"world","broken":null}})";
}

QByteArray FakeGraphQLServer::htmlErrorBody() {
    return "<html><head><title>502 Bad Gateway</title></head><body><h1>Upstream failed</h1></body></html>";
}

void FakeGraphQLServer::onNewConnection() {
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        m_buffers.insert(socket, {});
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_buffers.remove(socket);
            socket->deleteLater();
        });
    }
}

void FakeGraphQLServer::onReadyRead(QTcpSocket *socket) {
    if (!m_buffers.contains(socket))
        return;
    QByteArray &buffer = m_buffers[socket];
    buffer += socket->readAll();
    Request request;
    if (!parseRequest(buffer, request))
        return;               // wait for more
    m_buffers.remove(socket); // one request per connection
    ++m_requestCount;
    m_lastRequest = request;
    Q_EMIT requestReceived();
    answer(socket, request);
}

// Minimal HTTP/1.1: request line, headers, Content-Length body. False while incomplete.
bool FakeGraphQLServer::parseRequest(const QByteArray &buffer, Request &request) const {
    const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return false;
    const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    request.method = requestLine.value(0);
    request.path = requestLine.value(1);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines[i].indexOf(':');
        if (colon > 0)
            request.headers.append({lines[i].left(colon).trimmed(), lines[i].mid(colon + 1).trimmed()});
    }
    const qsizetype length = request.header("Content-Length").toLongLong();
    if (buffer.size() < headerEnd + 4 + length)
        return false;
    request.body = buffer.mid(headerEnd + 4, length);
    return true;
}

void FakeGraphQLServer::answer(QTcpSocket *socket, const Request &request) {
    if (!m_expectedApiKey.isEmpty() && request.header("x-api-key") != m_expectedApiKey)
        return respond(socket, 403, "application/json", R"({"message":"Forbidden"})");
    const QByteArray authorization = request.header("Authorization");
    const bool bearer = authorization.startsWith("Bearer ");
    if (m_bearerCheck && (!bearer || !m_bearerCheck(authorization.mid(7))))
        return respond(socket, 401, "application/json", R"({"message":"Unauthorized"})");
    answerScripted(socket);
}

void FakeGraphQLServer::answerScripted(QTcpSocket *socket) {
    switch (m_answer) {
    case Answer::Data:
        return respond(socket, 200, "application/json", dataBody());
    case Answer::ErrorsPartialData:
        return respond(socket, 200, "application/json", errorsBody());
    case Answer::Http500Html:
        return respond(socket, 500, "text/html", htmlErrorBody());
    case Answer::Http400JsonErrors:
        return respond(socket, 400, "application/json",
                       R"({"errors":[{"message":"Cannot query field 'nope' on type 'Query'.",)"
                       R"("locations":[{"line":1,"column":3}]}]})");
    case Answer::NonJson200:
        return respond(socket, 200, "text/plain", "Hello, this is not GraphQL.");
    case Answer::JsonNotObject200:
        return respond(socket, 200, "application/json", "[1,2,3]");
    case Answer::JsonWithoutData:
        return respond(socket, 200, "application/json", R"({"hello":"world"})");
    case Answer::LargeBody: {
        // Sent slowly: QNetworkReply reports progress at most every 100 ms.
        const QByteArray prefix = R"({"data":{"blob":")";
        const QByteArray suffix = R"("}})";
        const QByteArray body = prefix + QByteArray(m_largeBodySize - prefix.size() - suffix.size(), 'x') + suffix;
        socket->write(head(200, "application/json", body.size()));
        return trickle(socket, body, 20, 25);
    }
    case Answer::Hang:
        return;
    case Answer::TrickleForever:
        // 1 MiB in 512-byte pieces takes 40 s: longer than any test waits.
        socket->write(head(200, "application/json", 1024 * 1024));
        return trickle(socket, QByteArray(1024 * 1024, ' '), 2048, 20);
    case Answer::CloseMidBody:
        socket->write(head(200, "application/json", 1000));
        socket->write(QByteArray(R"({"data":{"hello":"wor)"));
        socket->disconnectFromHost();
        return;
    }
}

QByteArray FakeGraphQLServer::head(int status, const QByteArray &contentType, qsizetype contentLength) {
    return "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\nContent-Type: " + contentType +
           "\r\nContent-Length: " + QByteArray::number(contentLength) + "\r\nConnection: close\r\n\r\n";
}

void FakeGraphQLServer::trickle(QTcpSocket *socket, const QByteArray &body, int chunks, int intervalMs) {
    auto *timer = new QTimer(socket); // dies with the socket
    const qsizetype chunkSize = (body.size() + chunks - 1) / chunks;
    auto sent = std::make_shared<qsizetype>(0);
    QObject::connect(timer, &QTimer::timeout, socket, [socket, timer, body, chunkSize, sent] {
        socket->write(body.mid(*sent, chunkSize));
        *sent += chunkSize;
        if (*sent >= body.size()) {
            timer->stop();
            socket->disconnectFromHost();
        }
    });
    timer->start(intervalMs);
}

void FakeGraphQLServer::respond(QTcpSocket *socket, int status, const QByteArray &contentType, const QByteArray &body) {
    socket->write(head(status, contentType, body.size()));
    socket->write(body);
    socket->disconnectFromHost(); // after the pending bytes are written
}

} // namespace altrata::test

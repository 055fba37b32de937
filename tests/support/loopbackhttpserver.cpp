#include "loopbackhttpserver.h"

#include <QHostAddress>
#include <QSslServer>
#include <QTcpServer>
#include <QTcpSocket>

namespace altrata::test {

QByteArray HttpRequest::header(const QByteArray &name) const {
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

int HttpRequest::headerCount(const QByteArray &name) const {
    int count = 0;
    for (const auto &header : headers)
        count += header.first.compare(name, Qt::CaseInsensitive) == 0 ? 1 : 0;
    return count;
}

LoopbackHttpServer::LoopbackHttpServer(Handler handler, QObject *parent)
    : QObject(parent)
    , m_handler(std::move(handler)) {}

LoopbackHttpServer::~LoopbackHttpServer() {
    // Open connections (hanging or trickling answers) end here, without calling back into a dying owner.
    const auto sockets = findChildren<QTcpSocket *>(Qt::FindDirectChildrenOnly);
    for (QTcpSocket *socket : sockets) {
        disconnect(socket, nullptr, this, nullptr);
        socket->abort();
    }
}

bool LoopbackHttpServer::listen() {
    return listen(std::make_unique<QTcpServer>());
}

bool LoopbackHttpServer::listenTls(const QSslConfiguration &configuration) {
    auto server = std::make_unique<QSslServer>();
    server->setSslConfiguration(configuration);
    m_tls = true;
    return listen(std::move(server));
}

bool LoopbackHttpServer::listen(std::unique_ptr<QTcpServer> server) {
    m_server = std::move(server);
    connect(m_server.get(), &QTcpServer::newConnection, this, &LoopbackHttpServer::onNewConnection);
    return m_server->listen(QHostAddress::LocalHost, 0);
}

quint16 LoopbackHttpServer::port() const {
    return m_server ? m_server->serverPort() : 0;
}

QUrl LoopbackHttpServer::url(const QString &path) const {
    QUrl url;
    url.setScheme(m_tls ? QStringLiteral("https") : QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(port());
    url.setPath(path);
    return url;
}

void LoopbackHttpServer::onNewConnection() {
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        socket->setParent(this); // our destructor ends it, whatever the handler left open
        m_buffers.insert(socket, {});
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_buffers.remove(socket);
            socket->deleteLater();
        });
    }
}

void LoopbackHttpServer::onReadyRead(QTcpSocket *socket) {
    const auto it = m_buffers.find(socket);
    if (it == m_buffers.end())
        return; // the request is complete: anything more is ignored
    it->append(socket->readAll());
    const std::optional<HttpRequest> request = parseRequest(*it);
    if (!request)
        return;          // wait for more
    m_buffers.erase(it); // one request per connection: every answer closes it
    m_handler(socket, *request);
}

// Minimal HTTP/1.1: request line, headers, Content-Length body.
std::optional<HttpRequest> LoopbackHttpServer::parseRequest(const QByteArray &buffer) {
    const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return std::nullopt;
    const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    HttpRequest request;
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

QByteArray LoopbackHttpServer::reasonPhrase(int status) {
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

QByteArray LoopbackHttpServer::responseHead(int status, const QByteArray &contentType, qsizetype contentLength,
                                            const HttpHeaders &extraHeaders) {
    QByteArray head = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    head += "Content-Type: " + contentType + "\r\n";
    head += "Content-Length: " + QByteArray::number(contentLength) + "\r\n";
    head += "Connection: close\r\n";
    for (const auto &[name, value] : extraHeaders)
        head += name + ": " + value + "\r\n";
    return head + "\r\n";
}

void LoopbackHttpServer::respond(QTcpSocket *socket, int status, const QByteArray &contentType, const QByteArray &body,
                                 const HttpHeaders &extraHeaders) {
    socket->write(responseHead(status, contentType, body.size(), extraHeaders) + body);
    socket->disconnectFromHost(); // after the pending bytes are written
}

} // namespace altrata::test

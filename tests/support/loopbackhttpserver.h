#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPair>
#include <QSslConfiguration>
#include <QString>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>

class QTcpServer;
class QTcpSocket;

namespace altrata::test {

using HttpHeaders = QList<QPair<QByteArray, QByteArray>>;

// One HTTP/1.1 request as a fake server received it.
struct HttpRequest {
    QByteArray method;
    QByteArray path;     // the target up to '?'
    QByteArray query;    // after '?', empty when there is none
    HttpHeaders headers; // as sent, original casing
    QByteArray body;
    // Value of the first header with this name (case-insensitive), or an empty array.
    QByteArray header(const QByteArray &name) const;
    int headerCount(const QByteArray &name) const;
};

// The plumbing the fake servers share: listens on 127.0.0.1 (port 0, plain or TLS), reads ONE request per
// connection (request line, headers, Content-Length body) and hands it with its socket to the handler.
// Built on a raw QTcpServer so a handler can hang, close mid-body, trickle or send any status and header.
class LoopbackHttpServer final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LoopbackHttpServer)
public:
    using Handler = std::function<void(QTcpSocket *socket, const HttpRequest &request)>;

    explicit LoopbackHttpServer(Handler handler, QObject *parent = nullptr);
    ~LoopbackHttpServer() override;

    bool listen();                                          // plain HTTP
    bool listenTls(const QSslConfiguration &configuration); // HTTPS with the given certificate and key
    quint16 port() const;
    // http(s)://127.0.0.1:<port><path>
    QUrl url(const QString &path) const;

    // Parses a complete request from the start of `buffer`; nullopt while it is incomplete.
    static std::optional<HttpRequest> parseRequest(const QByteArray &buffer);
    static QByteArray reasonPhrase(int status);
    // Status line and headers (Content-Type, Content-Length, Connection: close, then `extraHeaders`).
    static QByteArray responseHead(int status, const QByteArray &contentType, qsizetype contentLength,
                                   const HttpHeaders &extraHeaders = {});
    // Writes a complete response and closes the connection once it is sent.
    static void respond(QTcpSocket *socket, int status, const QByteArray &contentType, const QByteArray &body,
                        const HttpHeaders &extraHeaders = {});

private:
    bool listen(std::unique_ptr<QTcpServer> server);
    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);

    Handler m_handler;
    std::unique_ptr<QTcpServer> m_server;
    bool m_tls = false;
    QHash<QTcpSocket *, QByteArray> m_buffers; // connections whose request is not complete yet
};

} // namespace altrata::test

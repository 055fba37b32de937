#include "auth/authsession.h"
#include "auth/clock.h"
#include "net/networksetup.h"

#include <QNetworkAccessManager>
#include <QNetworkProxyFactory>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace altrata;

// A proxy on loopback that records the first request line it is sent, refuses it and hangs up.
class RecordingProxy final : public QObject {
public:
    RecordingProxy() {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            QTcpSocket *socket = m_server.nextPendingConnection();
            connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                m_buffer += socket->readAll();
                if (!m_buffer.contains("\r\n\r\n"))
                    return;
                m_firstLine = m_buffer.left(m_buffer.indexOf("\r\n"));
                socket->write("HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
                socket->disconnectFromHost();
            });
        });
    }
    bool listen() { return m_server.listen(QHostAddress::LocalHost, 0); }
    quint16 port() const { return m_server.serverPort(); }
    QByteArray firstLine() const { return m_firstLine; }

private:
    QTcpServer m_server;
    QByteArray m_buffer;
    QByteArray m_firstLine;
};

class TestNetworkSetup final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void tokenRequest_goesThroughTheSystemProxy() {
        RecordingProxy proxy;
        QVERIFY(proxy.listen());
        const QByteArray proxyUrl = "http://127.0.0.1:" + QByteArray::number(proxy.port());
        qputenv("https_proxy", proxyUrl);
        qputenv("http_proxy", proxyUrl);
        qunsetenv("no_proxy");
        net::useSystemProxyConfiguration();
        QVERIFY(QNetworkProxyFactory::usesSystemConfiguration());

        // A reserved name that never resolves: only a proxy can have been asked about it.
        auth::Credentials credentials;
        credentials.tokenUrl = QUrl(QStringLiteral("https://api-auth.altrata.example/oauth2/token"));
        credentials.username = QStringLiteral("u");
        credentials.password = auth::Secret(QStringLiteral("p"));
        credentials.apiKey = auth::Secret(QStringLiteral("k"));
        QNetworkAccessManager network;
        auth::SystemClock clock;
        auth::AuthSession session(credentials, &network, nullptr, &clock, {});
        std::optional<auth::TokenResult> result;
        session.ensureToken(this, [&result](const auth::TokenResult &r) { result = r; });
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 20000);

        QCOMPARE(proxy.firstLine(), QByteArray("CONNECT api-auth.altrata.example:443 HTTP/1.1"));
        QVERIFY(!result->ok());
        QCOMPARE(result->error->kind, auth::AuthErrorKind::Network);
        QVERIFY(!result->error->message.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestNetworkSetup)
#include "tst_networksetup.moc"

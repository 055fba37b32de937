#pragma once

#include "auth/credentials.h"
#include "loopbackhttpserver.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QObject>
#include <QSslConfiguration>
#include <QStringList>
#include <QUrl>

#include <optional>

class QTcpSocket;

namespace altrata::test {

// A minimal HTTP/1.1 server on 127.0.0.1 (port 0) that plays the Altrata token endpoint and a GraphQL
// service. It is built on LoopbackHttpServer so it can hang, close mid-body and send any status or header.
// Routes: POST /oauth2/token?grant_type=client_credentials and POST /graphql. Every response closes
// the connection. Issuing a token revokes the previous one, as the real endpoint does.
class FakeTokenServer final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FakeTokenServer)
public:
    // How the token route answers. With Success the credentials are really checked: a wrong API key gets
    // 403 {"message":"Forbidden"}, a wrong username or password 401 {"error":"invalid_client"}.
    enum class Behaviour {
        Success,
        WrongApiKey,     // 403 {"message":"Forbidden"}
        WrongPassword,   // 401 {"error":"invalid_client"}
        RateLimited,     // 429 with Retry-After (see setRetryAfter / setRetryAfterDate)
        ServerErrorHtml, // 500 with an HTML page
        NonJson,         // 200 text/plain
        MissingFields,   // 200 {"token_type":"Bearer"}
        Hang,            // reads the request, never answers
        CloseMidBody,    // 200 headers announcing a longer body, part of it, then closes
    };
    Q_ENUM(Behaviour)

    using RecordedRequest = HttpRequest;

    explicit FakeTokenServer(QObject *parent = nullptr);
    ~FakeTokenServer() override;

    bool start();                                          // plain HTTP
    bool startTls(const QSslConfiguration &configuration); // HTTPS with the given certificate and key
    quint16 port() const;
    QUrl tokenUrl() const;   // http(s)://127.0.0.1:<port>/oauth2/token
    QUrl graphqlUrl() const; // http(s)://127.0.0.1:<port>/graphql

    void setBehaviour(Behaviour behaviour) { m_behaviour = behaviour; }
    void setCredentials(QString username, QString password, QString apiKey);
    // What a client needs to get a token here: tokenUrl() and the username, password and API key accepted.
    auth::Credentials acceptedCredentials() const;
    void setExpiresIn(int seconds) { m_expiresIn = seconds; }
    // The JWT's exp claim = server time + this (defaults to expires_in), to test the cross-check.
    void setJwtLifetime(int seconds) { m_jwtLifetime = seconds; }
    void setRetryAfter(int seconds) { m_retryAfter = QByteArray::number(seconds); }
    void setRetryAfterDate(const QDateTime &when) { m_retryAfter = httpDate(when); }
    // The server's "now" (Date header, iat, exp). Unset: the real current time.
    void setServerDate(QDateTime date) { m_serverDate = std::move(date); }
    // Put in front of every issued token (recognisable in leak tests). Non-empty: no longer a valid JWT.
    void setTokenPrefix(QByteArray prefix) { m_tokenPrefix = std::move(prefix); }
    void setTokenType(QString tokenType) { m_tokenType = std::move(tokenType); }
    // Changes the success body: members in `overrides` replace or add, `removeKeys` are dropped.
    void setTokenResponseOverrides(QJsonObject overrides, QStringList removeKeys = {});

    int requestCount() const { return m_tokenRequests; } // requests to the token route
    int graphqlRequestCount() const { return m_graphqlRequests; }
    QByteArray currentToken() const { return m_currentToken; }
    bool isCurrentToken(const QByteArray &token) const { return !token.isEmpty() && token == m_currentToken; }
    // Issues a token as a successful request would (revoking the current one): "another program renewed".
    QByteArray issueToken();
    RecordedRequest lastRequest() const { return m_lastRequest; } // on any route

    static QByteArray httpDate(const QDateTime &when);

Q_SIGNALS:
    void tokenRequested();
    void graphqlRequested();

private:
    void dispatch(QTcpSocket *socket, const RecordedRequest &request);
    void handleToken(QTcpSocket *socket, const RecordedRequest &request);
    void answerTokenSuccess(QTcpSocket *socket, const RecordedRequest &request);
    void handleGraphql(QTcpSocket *socket, const RecordedRequest &request);
    void respond(QTcpSocket *socket, int status, const QByteArray &contentType, const QByteArray &body,
                 HttpHeaders extraHeaders = {}) const;
    void respondJson(QTcpSocket *socket, int status, const QJsonObject &body) const;
    QDateTime serverNow() const;
    bool credentialsMatch(const RecordedRequest &request) const;

    LoopbackHttpServer m_http;

    Behaviour m_behaviour = Behaviour::Success;
    QString m_username = QStringLiteral("test-user");
    QString m_password = QStringLiteral("test-password");
    QString m_apiKey = QStringLiteral("test-api-key");
    int m_expiresIn = 28800;
    std::optional<int> m_jwtLifetime;
    QByteArray m_retryAfter = "30";
    QDateTime m_serverDate;
    QByteArray m_tokenPrefix;
    QString m_tokenType = QStringLiteral("Bearer");
    QJsonObject m_overrides;
    QStringList m_removeKeys;

    int m_tokenRequests = 0;
    int m_graphqlRequests = 0;
    int m_issued = 0;
    QByteArray m_currentToken;
    RecordedRequest m_lastRequest;
};

} // namespace altrata::test

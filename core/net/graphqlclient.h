#pragma once

#include "auth/autherror.h"
#include "auth/secret.h"
#include "net/responsebuffer.h"
#include "results/resultdocument.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

#include <memory>
#include <optional>
#include <utility>

class QNetworkAccessManager;
class QNetworkReply;

namespace altrata::results {
class TaskControl;
}

namespace altrata::auth {
class AuthSession;
struct AccessToken;
struct TokenResult;
} // namespace altrata::auth

namespace altrata::net {

struct GraphQLRequest {
    QUrl url;
    QString query;
    QJsonObject variables;
    QString operationName;
    // Sent as given. A name the client manages itself (x-api-key, Authorization, Content-Type, Host,
    // Content-Length) is refused before anything is sent.
    QList<std::pair<QByteArray, QByteArray>> extraHeaders = {}; // (initialized: older brace inits stay warning-free)

    QByteArray toJsonBody() const; // {"query":..., "variables":{...}, "operationName":...} (empty parts left out)
};

struct GraphQLResponse {
    enum class Outcome {
        Data,           // 200 with "data" and no "errors"
        GraphQLErrors,  // "errors" present (possibly with partial data)
        HttpError,      // non-2xx status that is not an auth problem
        TransportError, // no usable HTTP response: network, TLS, timeout, a body that is not GraphQL JSON, a body
                        // beyond the size limit, or an extra header refused before sending
        AuthFailed,     // no token could be had, or the service refused it (see authError)
        Cancelled,
    };

    Outcome outcome = Outcome::TransportError;
    int httpStatus = 0;
    // The body parsed on a worker thread (null when it is not JSON or no body was read). Data, errors and
    // everything else are read from it; it shares its bytes with `body`.
    std::shared_ptr<const results::ResultDocument> document;
    QJsonArray errors; // the top-level "errors" list, when there is one (small; for the CLI and messages)
    QByteArray body;   // the raw body as received (a GraphQL result may be large; not redacted)
    QString message;   // a plain sentence for the status line; empty for Data
    QString detail;    // redacted technical detail (Qt's error, excerpt of an error body)
    std::optional<auth::AuthError> authError;
    qint64 elapsedMs = 0;
};

// One request: owns its QNetworkReply, reports progress, can be cancelled, emits finished exactly once.
class GraphQLJob final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GraphQLJob)
public:
    ~GraphQLJob() override;
    const GraphQLRequest &request() const { return m_request; }
    bool isFinished() const { return m_finished; }
    bool isParsing() const { return m_parsing; } // the body arrived and is being parsed on a worker
    const GraphQLResponse &response() const { return m_response; }
    void cancel();

Q_SIGNALS:
    void downloadProgress(qint64 received, qint64 total);
    // The whole body arrived; it is now parsed off this thread (finished follows unless cancelled).
    void bodyReceived(qint64 bytes);
    // How far the parse after bodyReceived got, 0..1000: increasing, at most ~20 per second, 1000 when a
    // document was made (just before finished).
    void parseProgress(int permille);
    void finished(const altrata::net::GraphQLResponse &response);

private:
    friend class GraphQLClient;
    GraphQLJob(GraphQLRequest request, QObject *parent);

    void start(QNetworkAccessManager *network, auth::AuthSession *session, int timeoutMs, qint64 maxResponseBytes);
    void onToken(const auth::TokenResult &result);
    void post(const auth::AccessToken &token);
    void onMetaDataChanged();
    void onReadyRead();
    void refuseTooLarge();
    void onReplyFinished();
    void onTimeout();
    void pollParseProgress();
    GraphQLResponse classify(QNetworkReply &reply, bool *parseBody);
    void parseBodyThenFinish(GraphQLResponse response);
    GraphQLResponse tokenRejected(GraphQLResponse response);
    QString excerpt(const QByteArray &body) const;
    void fail(auth::AuthError error);
    void finish(GraphQLResponse response);

    QNetworkAccessManager *m_network = nullptr;
    QPointer<auth::AuthSession> m_session;
    auth::Secret m_apiKey;    // only to redact it from error excerpts
    auth::Secret m_sentToken; // the bearer this job sent, to tell "our token was refused" from a stale one
    int m_timeoutMs = 0;

    GraphQLRequest m_request;
    GraphQLResponse m_response;
    QPointer<QNetworkReply> m_reply;
    QElapsedTimer m_elapsed;
    QTimer m_timeout;
    ResponseBuffer m_body;
    std::shared_ptr<results::TaskControl> m_parseControl; // written by the parse worker, polled here
    QTimer m_parsePoll;
    int m_parsePermille = -1; // last parseProgress emitted
    bool m_finished = false;
    bool m_timedOut = false;
    bool m_parsing = false;
};

// Sends GraphQL operations: AuthSession::ensureToken() first, then one POST built by RequestFactory.
// A 401 with a token the session holds as valid is reported through AuthSession::reportTokenRejected().
class GraphQLClient final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GraphQLClient)
public:
    GraphQLClient(QNetworkAccessManager *network, auth::AuthSession *session, QObject *parent = nullptr);
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    // Bodies beyond this are refused (TransportError, nothing kept); ResponseBuffer::kDefaultMaxBytes unless set.
    void setMaxResponseBytes(qint64 bytes);
    qint64 maxResponseBytes() const { return m_maxResponseBytes; }

    // The job is parented to the client; delete it (or let the client go) when done with it.
    GraphQLJob *send(const GraphQLRequest &request);

private:
    QNetworkAccessManager *m_network;
    QPointer<auth::AuthSession> m_session;
    int m_timeoutMs = 120000;
    qint64 m_maxResponseBytes = ResponseBuffer::kDefaultMaxBytes;
};

} // namespace altrata::net

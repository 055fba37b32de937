#include "graphqlclient.h"

#include "auth/authsession.h"
#include "auth/requestfactory.h"
#include "auth/urlpolicy.h"
#include "net/redaction.h"
#include "results/taskcontrol.h"

#include <QFutureWatcher>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <memory>

namespace altrata::net {

namespace {

Q_LOGGING_CATEGORY(lcNet, "altrata.net")

using Outcome = GraphQLResponse::Outcome;
using auth::AuthError;
using auth::AuthErrorKind;

struct DeleteLater {
    void operator()(QObject *object) const { object->deleteLater(); }
};

// Qt folds HTTP statuses into QNetworkReply::NetworkError too (403 -> ContentAccessDenied, 500 ->
// InternalServerError...). Only the errors below mean that no complete HTTP response arrived.
bool isTransportFailure(const QNetworkReply &reply, bool hasStatus) {
    const auto error = reply.error();
    if (error == QNetworkReply::NoError)
        return false;
    return !hasStatus || error < QNetworkReply::ContentAccessDenied || error == QNetworkReply::ProtocolUnknownError ||
           error == QNetworkReply::ProtocolFailure;
}

QString transportMessage(const QNetworkReply &reply, bool timedOut, int timeoutMs) {
    const QString host = reply.url().host();
    if (timedOut)
        return QStringLiteral("%1 did not answer within %2 seconds.").arg(host).arg(timeoutMs / 1000.0);
    switch (reply.error()) {
    case QNetworkReply::ConnectionRefusedError:
        return QStringLiteral("Could not connect to %1: the connection was refused.").arg(host);
    case QNetworkReply::HostNotFoundError:
        return QStringLiteral("The host %1 was not found. Check the service URL and the network.").arg(host);
    case QNetworkReply::RemoteHostClosedError:
        return QStringLiteral("%1 closed the connection before the whole answer arrived.").arg(host);
    case QNetworkReply::SslHandshakeFailedError:
        return QStringLiteral("The secure connection to %1 failed; its certificate was not accepted.").arg(host);
    default:
        return QStringLiteral("The request to %1 failed before an answer arrived.").arg(host);
    }
}

using results::NodeType;
using results::ResultDocument;

// What the worker thread hands back: the document, or why there is none, and the (small) errors list.
struct ParsedBody {
    std::shared_ptr<const ResultDocument> document;
    ResultDocument::ParseError error;
    QJsonArray errors;
    QByteArray body; // shares its bytes with the document
};

// Runs on a worker thread; `control` receives the parse progress in permille.
ParsedBody parseBody(QByteArray body, const std::shared_ptr<results::TaskControl> &control) {
    ParsedBody parsed;
    ResultDocument::reservePadding(body); // so that the document and `parsed.body` share one buffer
    parsed.body = body;
    parsed.document =
        ResultDocument::parse(std::move(body), &parsed.error, [&control](int permille) { control->setDone(permille); });
    if (const auto &document = parsed.document) {
        const auto errors = document->member(document->root(), "errors");
        if (errors && document->type(*errors) == NodeType::Array)
            parsed.errors = QJsonDocument::fromJson(document->toJson(*errors, false)).array();
    }
    return parsed;
}

// A 2xx body: a GraphQL result is a JSON object with "data" and/or an "errors" array.
void classifyBody(GraphQLResponse &response, const QString &parseError, const QString &excerpt) {
    const ResultDocument *document = response.document.get();
    if (!document || document->type(document->root()) != NodeType::Object) {
        response.outcome = Outcome::TransportError;
        response.message = !document ? QStringLiteral("The service answered, but not with JSON, so it is not a "
                                                      "GraphQL response. Is the URL a GraphQL endpoint?")
                                     : QStringLiteral("The service answered with JSON that is not an object, so it "
                                                      "is not a GraphQL response.");
        response.detail = !document ? QStringLiteral("%1 Body: %2").arg(parseError, excerpt)
                                    : QStringLiteral("body: %1").arg(excerpt);
        return;
    }
    const auto errors = document->member(document->root(), "errors");
    if (errors && document->type(*errors) == NodeType::Array) {
        response.outcome = Outcome::GraphQLErrors;
        response.message = QStringLiteral("The service reported %1 GraphQL error(s)%2.")
                               .arg(document->childCount(*errors))
                               .arg(document->hasData() ? QStringLiteral(" and returned partial data") : QString());
    } else if (errors || !document->member(document->root(), "data")) {
        response.outcome = Outcome::TransportError;
        response.message = QStringLiteral("The service answered with JSON that has neither \"data\" nor an "
                                          "\"errors\" list, so it is not a GraphQL response.");
        response.detail = QStringLiteral("body: %1").arg(excerpt);
    } else {
        response.outcome = Outcome::Data;
    }
}

// Header names the client sets itself; an extra header must not replace or duplicate them.
std::optional<QString> refusedHeader(const QList<std::pair<QByteArray, QByteArray>> &headers) {
    static const QByteArrayList managed{"x-api-key", "authorization", "content-type", "host", "content-length"};
    for (const auto &[name, value] : headers) {
        const QString shown = QString::fromUtf8(name);
        if (managed.contains(name.trimmed().toLower())) {
            return QStringLiteral("The header \"%1\" is managed by Altrata Explorer and cannot be set as an extra "
                                  "header; remove it from the headers list.")
                .arg(shown);
        }
        const bool validName = !name.isEmpty() && std::all_of(name.cbegin(), name.cend(), [](char c) {
            return c > 32 && c < 127 && !QByteArrayView("()<>@,;:\\\"/[]?={}").contains(c);
        });
        if (!validName)
            return QStringLiteral("\"%1\" is not a valid HTTP header name.").arg(shown);
        if (value.contains('\r') || value.contains('\n') || value.contains('\0'))
            return QStringLiteral("The value of the header \"%1\" contains a line break.").arg(shown);
    }
    return std::nullopt;
}

} // namespace

QByteArray GraphQLRequest::toJsonBody() const {
    QJsonObject object{{QStringLiteral("query"), query}};
    if (!variables.isEmpty())
        object.insert(QStringLiteral("variables"), variables);
    if (!operationName.isEmpty())
        object.insert(QStringLiteral("operationName"), operationName);
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

GraphQLJob::GraphQLJob(GraphQLRequest request, QObject *parent)
    : QObject(parent)
    , m_request(std::move(request)) {
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, &GraphQLJob::onTimeout);
    m_parsePoll.setInterval(50); // at most 20 parseProgress a second, whatever the worker reports
    connect(&m_parsePoll, &QTimer::timeout, this, &GraphQLJob::pollParseProgress);
    m_elapsed.start();
}

GraphQLJob::~GraphQLJob() {
    if (m_reply) {
        disconnect(m_reply, nullptr, this, nullptr);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void GraphQLJob::cancel() {
    if (m_finished)
        return;
    if (m_reply) {
        // Disconnect first: abort() emits the reply's finished synchronously.
        disconnect(m_reply, nullptr, this, nullptr);
        m_reply->abort();
        m_reply->deleteLater();
        m_reply = nullptr;
    }
    m_parsing = false; // a parse in flight runs to its end; its result is dropped
    m_parsePoll.stop();
    m_body = ResponseBuffer(m_body.maxBytes()); // releases a partial body
    GraphQLResponse response;
    response.outcome = Outcome::Cancelled;
    response.message = QStringLiteral("The request was cancelled.");
    finish(std::move(response));
}

void GraphQLJob::start(QNetworkAccessManager *network, auth::AuthSession *session, int timeoutMs,
                       qint64 maxResponseBytes) {
    m_network = network;
    m_session = session;
    m_timeoutMs = timeoutMs;
    m_body = ResponseBuffer(maxResponseBytes);
    if (m_finished) // cancelled before it started
        return;
    if (auto refused = refusedHeader(m_request.extraHeaders)) {
        GraphQLResponse response;
        response.outcome = Outcome::TransportError;
        response.message = *refused;
        return finish(std::move(response));
    }
    // Refuse an unsafe URL before a token is requested for it.
    if (auto error = auth::checkUrlIsAllowed(m_request.url))
        return fail(std::move(*error));
    if (!session) {
        return fail(makeAuthError(AuthErrorKind::MissingCredentials,
                                  QStringLiteral("No credentials are set up for this request.")));
    }
    m_apiKey = session->credentials().apiKey;
    session->ensureToken(this, [this](const auth::TokenResult &result) { onToken(result); });
}

void GraphQLJob::onToken(const auth::TokenResult &result) {
    if (m_finished) // cancelled while the token was on its way
        return;
    if (!result.ok()) {
        return fail(result.error.value_or(
            makeAuthError(AuthErrorKind::MalformedResponse, QStringLiteral("No access token could be obtained."))));
    }
    post(*result.token);
}

void GraphQLJob::post(const auth::AccessToken &token) {
    if (!m_session)
        return fail(makeAuthError(AuthErrorKind::Cancelled, QStringLiteral("The session ended before the request.")));
    auto built = auth::RequestFactory::serviceRequest(m_request.url, m_session->credentials(), token);
    if (auto *error = std::get_if<AuthError>(&built))
        return fail(std::move(*error));
    m_sentToken = token.value;
    auto &request = std::get<QNetworkRequest>(built);
    for (const auto &[name, value] : m_request.extraHeaders)
        request.setRawHeader(name, value);
    m_reply = m_network->post(request, m_request.toJsonBody());
    connect(m_reply, &QNetworkReply::downloadProgress, this, &GraphQLJob::downloadProgress);
    connect(m_reply, &QNetworkReply::metaDataChanged, this, &GraphQLJob::onMetaDataChanged);
    connect(m_reply, &QNetworkReply::readyRead, this, &GraphQLJob::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &GraphQLJob::onReplyFinished);
    m_timeout.start(m_timeoutMs);
}

// The headers arrived: a body announced beyond the limit is refused before any of it is read; otherwise the
// buffer is reserved for all of it at once.
void GraphQLJob::onMetaDataChanged() {
    if (!m_reply)
        return;
    const QVariant length = m_reply->header(QNetworkRequest::ContentLengthHeader);
    if (!m_body.expect(length.isValid() ? length.toLongLong() : -1))
        refuseTooLarge();
}

// Drained as it arrives, so the reply's own buffer stays small and the body exists once.
void GraphQLJob::onReadyRead() {
    if (m_reply && !m_body.readFrom(*m_reply))
        refuseTooLarge();
}

void GraphQLJob::refuseTooLarge() {
    const std::unique_ptr<QNetworkReply, DeleteLater> reply(m_reply.data());
    m_reply = nullptr;
    m_timeout.stop();
    disconnect(reply.get(), nullptr, this, nullptr); // abort() emits finished synchronously
    reply->abort();
    GraphQLResponse response;
    response.outcome = Outcome::TransportError;
    response.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    response.message = m_body.refusalMessage();
    response.detail = QStringLiteral("Response size limit: %1 bytes.").arg(m_body.maxBytes());
    qCInfo(lcNet).nospace().noquote() << "POST " << reply->url().host() << " status " << response.httpStatus
                                      << ", refused: larger than " << m_body.maxBytes() << " bytes";
    finish(std::move(response));
}

void GraphQLJob::onTimeout() {
    if (!m_reply)
        return;
    m_timedOut = true;
    m_reply->abort(); // finishes the reply with OperationCanceledError; onReplyFinished reports the timeout
}

void GraphQLJob::onReplyFinished() {
    if (m_reply && m_reply->isOpen() && !m_body.readFrom(*m_reply)) // the last bytes may pass the limit too
        return refuseTooLarge();
    // Take ownership first, whatever happens below.
    const std::unique_ptr<QNetworkReply, DeleteLater> reply(m_reply.data());
    m_reply = nullptr;
    m_timeout.stop();
    if (!reply)
        return;
    bool parse = false;
    GraphQLResponse response = classify(*reply, &parse);
    qCInfo(lcNet).nospace().noquote() << "POST " << reply->url().host() << " status " << response.httpStatus << ", "
                                      << response.body.size() << " bytes, " << m_elapsed.elapsed() << " ms";
    if (parse)
        parseBodyThenFinish(std::move(response));
    else
        finish(std::move(response));
}

// A large body would block this thread for seconds: it is parsed on the thread pool, and the answer is
// classified back here. cancel() meanwhile finishes the job at once; the late parse result is dropped.
void GraphQLJob::parseBodyThenFinish(GraphQLResponse response) {
    m_parsing = true;
    QByteArray body = std::exchange(response.body, QByteArray()); // the only reference: padded in place
    const qint64 size = body.size();
    auto control = std::make_shared<results::TaskControl>();
    control->setTotal(1000);
    m_parseControl = control;
    m_parsePermille = -1;
    // A watcher child of this job (not QFuture::then(this): Qt 6.4 asserts when that context is gone).
    auto *watcher = new QFutureWatcher<ParsedBody>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, response = std::move(response)]() mutable {
        watcher->deleteLater();
        if (m_finished)
            return;
        m_parsing = false;
        m_parsePoll.stop();
        const ParsedBody parsed = watcher->result();
        if (parsed.document && m_parsePermille < 1000) {
            const QPointer<GraphQLJob> alive(this);
            m_parsePermille = 1000;
            Q_EMIT parseProgress(1000);
            if (!alive || m_finished) // a receiver deleted or cancelled the job
                return;
        }
        response.body = parsed.body;
        response.document = parsed.document;
        response.errors = parsed.errors;
        if (response.outcome != Outcome::HttpError)
            classifyBody(response, parsed.error.message, excerpt(response.body));
        finish(std::move(response));
    });
    watcher->setFuture(
        QtConcurrent::run([body = std::move(body), control]() mutable { return parseBody(std::move(body), control); }));
    m_parsePoll.start();
    Q_EMIT bodyReceived(size); // last: a receiver may cancel or delete this job
}

void GraphQLJob::pollParseProgress() {
    const int permille = m_parseControl ? m_parseControl->permille() : 0;
    if (!m_parsing || permille <= m_parsePermille || permille >= 1000) // 1000 is emitted with the result
        return;
    m_parsePermille = permille;
    Q_EMIT parseProgress(permille); // last: a receiver may cancel or delete this job
}

// Network error, then HTTP status; *parseBody tells whether the body is to be parsed for the shape.
GraphQLResponse GraphQLJob::classify(QNetworkReply &reply, bool *parseBody) {
    GraphQLResponse response;
    const QVariant status = reply.attribute(QNetworkRequest::HttpStatusCodeAttribute);
    response.httpStatus = status.toInt();
    response.body = m_body.take(); // read as it arrived (onReadyRead)
    if (!reply.isOpen())           // after abort() (timeout): no partial body, as readAll() gave none
        response.body.clear();
    if (isTransportFailure(reply, status.isValid())) {
        response.outcome = Outcome::TransportError;
        response.message = transportMessage(reply, m_timedOut, m_timeoutMs);
        response.detail = reply.errorString();
        return response;
    }
    const QString bodyText = excerpt(response.body);
    if (response.httpStatus == 401)
        return tokenRejected(std::move(response));
    if (response.httpStatus == 403) {
        response.outcome = Outcome::AuthFailed;
        response.authError = makeAuthError(AuthErrorKind::BadApiKey,
                                           QStringLiteral("The service refused the API key (HTTP 403). Check the API "
                                                          "key in the credentials profile."),
                                           QStringLiteral("HTTP 403: %1").arg(bodyText), 403);
        response.message = response.authError->message;
        response.detail = response.authError->detail;
        return response;
    }
    if (response.httpStatus < 200 || response.httpStatus > 299) {
        response.outcome = Outcome::HttpError;
        const QString reason = reply.attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
        response.message = QStringLiteral("The service answered with HTTP %1 %2.").arg(response.httpStatus).arg(reason);
        response.detail = QStringLiteral("HTTP %1: %2").arg(response.httpStatus).arg(bodyText);
        *parseBody = true; // a GraphQL server may explain a 4xx with {"errors": [...]}: the editor points at them
        return response;
    }
    *parseBody = true;
    return response;
}

// 401: if the session still holds the token we sent, it decides what that means (terminated elsewhere
// while valid, or simply expired) and records it. Never fetch a new token here: no retry loops.
GraphQLResponse GraphQLJob::tokenRejected(GraphQLResponse response) {
    auth::AuthSession *session = m_session.data();
    const QString detail = QStringLiteral("HTTP 401: %1").arg(excerpt(response.body));
    if (session && session->token() && session->token()->value == m_sentToken) {
        response.authError = session->reportTokenRejected(401);
    } else if (session && session->lastError() && session->lastError()->kind == AuthErrorKind::TerminatedElsewhere) {
        response.authError = session->lastError(); // a job that ran alongside this one already reported it
    } else {
        response.authError = makeAuthError(AuthErrorKind::TerminatedElsewhere,
                                           QStringLiteral("The service refused the access token (HTTP 401). It expired "
                                                          "or was replaced while the request was under way."),
                                           detail, 401);
    }
    response.outcome = Outcome::AuthFailed;
    response.message = response.authError->message;
    response.detail = detail;
    return response;
}

QString GraphQLJob::excerpt(const QByteArray &body) const {
    return bodyExcerpt(body, {&m_apiKey, &m_sentToken});
}

void GraphQLJob::fail(AuthError error) {
    GraphQLResponse response;
    response.outcome = Outcome::AuthFailed;
    response.message = error.message;
    response.detail = error.detail;
    response.httpStatus = error.httpStatus;
    response.authError = std::move(error);
    finish(std::move(response));
}

void GraphQLJob::finish(GraphQLResponse response) {
    if (m_finished)
        return;
    m_finished = true;
    m_timeout.stop();
    m_parsePoll.stop();
    response.elapsedMs = m_elapsed.elapsed();
    m_response = std::move(response);
    Q_EMIT finished(m_response); // last statement: a receiver may delete this job (deleteLater preferred)
}

GraphQLClient::GraphQLClient(QNetworkAccessManager *network, auth::AuthSession *session, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_session(session) {}

void GraphQLClient::setMaxResponseBytes(qint64 bytes) {
    m_maxResponseBytes = bytes > 0 ? bytes : ResponseBuffer::kDefaultMaxBytes;
}

GraphQLJob *GraphQLClient::send(const GraphQLRequest &request) {
    auto *job = new GraphQLJob(request, this);
    // Start from the event loop so the caller can connect to finished even when it fails at once.
    QTimer::singleShot(0, job,
                       [job, network = m_network, session = m_session, timeoutMs = m_timeoutMs,
                        maxBytes = m_maxResponseBytes] { job->start(network, session.data(), timeoutMs, maxBytes); });
    return job;
}

} // namespace altrata::net

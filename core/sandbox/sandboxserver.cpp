#include "sandboxserver.h"

#include "faultinjector.h"
#include "graphqlhttp.h"
#include "requestlog.h"
#include "tokenissuer.h"

#include "auth/clock.h"

#include <QElapsedTimer>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QHttpServerResponse>
#include <QMetaEnum>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

#include <map>

namespace altrata::sandbox {

namespace {

using Method = QHttpServerRequest::Method;

QByteArray methodName(Method method) {
    const char *key = QMetaEnum::fromType<Method>().valueToKey(int(method));
    return key ? QByteArray(key).toUpper() : QByteArrayLiteral("UNKNOWN");
}

void writeAnswer(QHttpServerResponder &responder, const HttpAnswer &answer) {
    QHttpServerResponse response(answer.contentType, answer.body,
                                 static_cast<QHttpServerResponse::StatusCode>(answer.status));
    for (const auto &[name, value] : answer.headers)
        response.addHeader(name, value);
    response.write(std::move(responder));
}

HttpAnswer methodNotAllowed(const QByteArray &allow) {
    return HttpAnswer::message(405, QStringLiteral("Method Not Allowed")).withHeader("Allow", allow);
}

// What an API gateway answers when the x-api-key is missing or wrong, on every route alike.
HttpAnswer forbidden() {
    return HttpAnswer::message(403, QStringLiteral("Forbidden"));
}

HttpAnswer oauthError(int status, const QString &error, const QString &description) {
    HttpAnswer answer = HttpAnswer::json(
        status, QJsonObject{{QStringLiteral("error"), error}, {QStringLiteral("error_description"), description}});
    return answer.withHeader("Cache-Control", "no-store");
}

} // namespace

struct SandboxServer::Private {
    Private(SandboxServer *owner, SandboxConfig configuration, std::vector<std::unique_ptr<SandboxService>> list,
            const auth::Clock *givenClock)
        : q(owner)
        , config(std::move(configuration))
        , services(std::move(list))
        , clock(givenClock ? *givenClock : systemClock)
        , tokens(QStringLiteral("altrata-sandbox"), config.tokenTtlSeconds, clock)
        , faults(config.faults, clock) {}

    void dispatch(const QHttpServerRequest &request, QHttpServerResponder &&responder);
    HttpAnswer tokenEndpoint(const QHttpServerRequest &request);
    HttpAnswer graphqlEndpoint(SandboxService &service, const QHttpServerRequest &request);
    bool apiKeyMatches(const QHttpServerRequest &request) const;
    bool basicAuthMatches(const QByteArray &authorization) const;
    SandboxService *serviceAt(const QString &path) const;
    void finish(QHttpServerResponder &responder, const HttpAnswer &answer, const QByteArray &method,
                const QString &path, const QElapsedTimer &elapsed);

    SandboxServer *q;
    SandboxConfig config;
    std::vector<std::unique_ptr<SandboxService>> services;
    auth::SystemClock systemClock;
    const auth::Clock &clock;
    TokenIssuer tokens;
    FaultInjector faults;
    QHttpServer http;
    quint16 port = 0;
    QString error;
    // Answers held back by injected latency, with their connection: QHttpServer deletes a socket whose
    // client went away, and writing through its responder then would touch freed memory. Declared
    // after `http` so they go before its sockets do.
    struct Delayed {
        QHttpServerResponder responder;
        QPointer<QTcpSocket> socket;
    };
    std::map<quint64, Delayed> delayed;
    quint64 nextDelayed = 0;
};

void SandboxServer::Private::dispatch(const QHttpServerRequest &request, QHttpServerResponder &&responder) {
    QElapsedTimer elapsed;
    elapsed.start();
    const QByteArray method = methodName(request.method());
    const QString path = request.url().path();
    SandboxService *service = serviceAt(path);
    const bool isToken = path == QLatin1String("/oauth2/token");

    FaultDecision decision = faults.decide(service != nullptr);
    HttpAnswer answer = decision.refusal ? *decision.refusal
                        : isToken        ? tokenEndpoint(request)
                        : service        ? graphqlEndpoint(*service, request)
                                         : HttpAnswer::message(404, QStringLiteral("Not Found"));
    if (decision.delayMs <= 0)
        return finish(responder, answer, method, path, elapsed);
    // Never block the server thread for latency: park the responder and answer from a timer.
    const quint64 id = nextDelayed++;
    QPointer<QTcpSocket> socket = responder.socket();
    delayed.emplace(id, Delayed{std::move(responder), std::move(socket)});
    QTimer::singleShot(decision.delayMs, q, [this, id, answer = std::move(answer), method, path, elapsed] {
        auto node = delayed.extract(id);
        if (node.empty())
            return;
        if (node.mapped().socket)
            return finish(node.mapped().responder, answer, method, path, elapsed);
        // The client gave up first; log it the way nginx does (499), as nothing was sent.
        Q_EMIT q->requestLogged(RequestLog::line(method, path, 499, elapsed.elapsed()));
    });
}

void SandboxServer::Private::finish(QHttpServerResponder &responder, const HttpAnswer &answer, const QByteArray &method,
                                    const QString &path, const QElapsedTimer &elapsed) {
    writeAnswer(responder, answer);
    Q_EMIT q->requestLogged(RequestLog::line(method, path, answer.status, elapsed.elapsed()));
}

// Altrata's order: the gateway checks the API key, then the authorizer the Basic credentials, then
// the OAuth endpoint the grant type.
HttpAnswer SandboxServer::Private::tokenEndpoint(const QHttpServerRequest &request) {
    if (request.method() != Method::Post)
        return methodNotAllowed("POST");
    if (!apiKeyMatches(request))
        return forbidden();
    if (!basicAuthMatches(request.value("authorization"))) {
        return oauthError(401, QStringLiteral("invalid_client"),
                          QStringLiteral("The client credentials (username and password) are not valid."))
            .withHeader("WWW-Authenticate", "Basic realm=\"altrata-sandbox\"");
    }
    const QString grantType = request.query().queryItemValue(QStringLiteral("grant_type"));
    if (grantType.isEmpty()) {
        return oauthError(400, QStringLiteral("invalid_request"),
                          QStringLiteral("The grant_type query parameter is missing."));
    }
    if (grantType != QLatin1String("client_credentials")) {
        return oauthError(400, QStringLiteral("unsupported_grant_type"),
                          QStringLiteral("Only grant_type=client_credentials is supported."));
    }
    QStringList scopes;
    for (const auto &service : services)
        scopes << QStringLiteral("altrata/%1").arg(service->name());
    const IssuedToken issued = tokens.issue(config.credentials.username, scopes.join(QLatin1Char(' ')));
    const QJsonObject body{{QStringLiteral("access_token"), QString::fromLatin1(issued.accessToken)},
                           {QStringLiteral("expires_in"), double(issued.expiresIn)},
                           {QStringLiteral("token_type"), QStringLiteral("Bearer")}};
    return HttpAnswer::json(200, body).withHeader("Cache-Control", "no-store");
}

HttpAnswer SandboxServer::Private::graphqlEndpoint(SandboxService &service, const QHttpServerRequest &request) {
    const bool viaGet = request.method() == Method::Get;
    if (!viaGet && request.method() != Method::Post)
        return methodNotAllowed("GET, POST");
    if (!apiKeyMatches(request))
        return forbidden();
    const TokenCheck check = tokens.verifyAuthorization(request.value("authorization"));
    if (!check.ok()) {
        const QByteArray challenge = check.status == TokenStatus::Missing
                                         ? QByteArrayLiteral("Bearer realm=\"altrata-sandbox\"")
                                         : "Bearer realm=\"altrata-sandbox\", error=\"invalid_token\", "
                                           "error_description=\"" +
                                               TokenIssuer::codeOf(check.status) + '"';
        return HttpAnswer::message(401, TokenIssuer::explain(check.status)).withHeader("WWW-Authenticate", challenge);
    }
    const auto mediaType = graphqlhttp::negotiate(request.value("accept"));
    if (!mediaType) {
        return graphqlhttp::requestError(
            406, QStringLiteral("Accept application/graphql-response+json or application/json."),
            graphqlhttp::MediaType::Json);
    }
    graphqlhttp::ParamsOrAnswer params =
        viaGet ? graphqlhttp::paramsFromGet(request.url().query(QUrl::FullyEncoded).toLatin1(), *mediaType)
               : graphqlhttp::paramsFromPost(request.value("content-type"), request.body(), *mediaType);
    if (auto *refused = std::get_if<HttpAnswer>(&params))
        return std::move(*refused);
    return graphqlhttp::execute(service, std::get<graphqlhttp::Params>(params), *mediaType, viaGet);
}

bool SandboxServer::Private::apiKeyMatches(const QHttpServerRequest &request) const {
    const QByteArray sent = request.value("x-api-key");
    return !sent.isEmpty() && sent == config.credentials.apiKey.toUtf8();
}

bool SandboxServer::Private::basicAuthMatches(const QByteArray &authorization) const {
    const QByteArray value = authorization.trimmed();
    if (!value.left(6).toLower().startsWith("basic "))
        return false;
    const auto decoded =
        QByteArray::fromBase64Encoding(value.mid(6).trimmed(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return false;
    const QByteArray expected = config.credentials.username.toUtf8() + ':' + config.credentials.password.toUtf8();
    return *decoded == expected;
}

SandboxService *SandboxServer::Private::serviceAt(const QString &path) const {
    for (const auto &service : services) {
        if (path == QStringLiteral("/%1/graphql").arg(service->name()))
            return service.get();
    }
    return nullptr;
}

SandboxServer::SandboxServer(SandboxConfig config, std::vector<std::unique_ptr<SandboxService>> services,
                             const auth::Clock *clock, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>(this, std::move(config), std::move(services), clock)) {
    // One dispatcher for every request: 6.4's router answers a wrong method with 404 and skips
    // afterRequest for responders, but we owe 405/415/406 and one log line per request.
    d->http.setMissingHandler([this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
        d->dispatch(request, std::move(responder));
    });
}

SandboxServer::~SandboxServer() {
    d->delayed.clear(); // unanswered held-back requests go while their sockets still exist
}

bool SandboxServer::listen() {
    if (d->port != 0)
        return true;
    d->port = d->http.listen(QHostAddress::LocalHost, d->config.port);
    if (d->port == 0) {
        d->error = QStringLiteral("The sandbox could not listen on 127.0.0.1 port %1; is another program using it?")
                       .arg(d->config.port);
        return false;
    }
    d->error.clear();
    return true;
}

QString SandboxServer::errorString() const {
    return d->error;
}

quint16 SandboxServer::port() const {
    return d->port;
}

const SandboxConfig &SandboxServer::config() const {
    return d->config;
}

QUrl SandboxServer::baseUrl() const {
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(d->port));
}

QUrl SandboxServer::tokenUrl() const {
    return baseUrl().resolved(QUrl(QStringLiteral("/oauth2/token")));
}

QUrl SandboxServer::serviceUrl(const QString &service) const {
    return baseUrl().resolved(QUrl(QStringLiteral("/%1/graphql").arg(service)));
}

QStringList SandboxServer::serviceNames() const {
    QStringList names;
    for (const auto &service : d->services)
        names << service->name();
    return names;
}

} // namespace altrata::sandbox

#include "credentialcheck.h"

#include "auth/authsession.h"
#include "auth/clock.h"
#include "auth/requestfactory.h"
#include "auth/tokencache.h"
#include "auth/urlpolicy.h"

#include <QLoggingCategory>

namespace altrata::net {

Q_LOGGING_CATEGORY(lcCheck, "altrata.net")

using auth::AccessToken;
using auth::AuthError;
using auth::AuthErrorKind;
using Phase = CredentialCheckResult::Phase;
using Source = CredentialCheckResult::TokenSource;
using Suspect = CredentialCheckResult::Suspect;
using Outcome = GraphQLResponse::Outcome;
using NewToken = CredentialCheck::NewToken;

namespace {

Suspect suspectForTokenError(AuthErrorKind kind) {
    switch (kind) {
    case AuthErrorKind::MissingCredentials:
        return Suspect::Incomplete;
    case AuthErrorKind::InsecureUrl:
    case AuthErrorKind::MalformedResponse:
        return Suspect::TokenUrl;
    case AuthErrorKind::BadApiKey:
        return Suspect::ApiKey;
    case AuthErrorKind::BadUserCredentials:
        return Suspect::UsernameOrPassword;
    case AuthErrorKind::RateLimited:
    case AuthErrorKind::ServerError:
        return Suspect::TokenServer;
    case AuthErrorKind::Network:
        return Suspect::TokenUrlOrNetwork;
    case AuthErrorKind::Tls:
        return Suspect::Network;
    case AuthErrorKind::Cancelled:
        return Suspect::Cancelled;
    case AuthErrorKind::TerminatedElsewhere:
        return Suspect::TokenRefused;
    case AuthErrorKind::Keychain:
        return Suspect::Keychain;
    }
    return Suspect::TokenServer;
}

Suspect suspectForService(const GraphQLResponse &response) {
    switch (response.outcome) {
    case Outcome::Data:
        return Suspect::None;
    case Outcome::AuthFailed:
        if (response.authError && response.authError->kind == AuthErrorKind::BadApiKey)
            return Suspect::ApiKey;
        return Suspect::TokenRefused;
    case Outcome::Cancelled:
        return Suspect::Cancelled;
    case Outcome::HttpError:
        // 404/405 & co: the address is not the GraphQL endpoint; 5xx: the service itself failed.
        return response.httpStatus >= 500 ? Suspect::Service : Suspect::ServiceUrl;
    case Outcome::TransportError:
        return Suspect::ServiceUrl;
    case Outcome::GraphQLErrors:
        break;
    }
    return Suspect::Service;
}

} // namespace

CredentialCheckResult::Suspect CredentialCheckResult::suspect() const {
    if (stoppedAt == Phase::Done && service)
        return suspectForService(*service);
    if (error) {
        if (stoppedAt == Phase::Service)
            return error->kind == AuthErrorKind::Cancelled ? Suspect::Cancelled : Suspect::ServiceUrl;
        return suspectForTokenError(error->kind);
    }
    return Suspect::NeedsNewToken;
}

CredentialCheck::CredentialCheck(QNetworkAccessManager *network, const auth::Clock *clock, auth::TokenCache *cache,
                                 QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_clock(clock)
    , m_cache(cache) {}

// The client refers to the session: it goes first.
CredentialCheck::~CredentialCheck() {
    m_client.reset();
    m_session.reset();
}

auth::AuthSession *CredentialCheck::session() const {
    return m_shared ? m_shared.data() : m_session.get();
}

void CredentialCheck::start(const Request &request) {
    ++m_generation;
    m_client.reset();
    m_session.reset();
    m_request = request;
    const bool shareable = request.sharedSession && request.sharedSession->credentials() == request.credentials;
    m_shared = shareable ? request.sharedSession : nullptr;
    disconnect(m_sharedGone);
    if (m_shared) {
        m_sharedGone = connect(m_shared, &QObject::destroyed, this,
                               [this, generation = m_generation] { onSharedSessionGone(generation); });
    }
    m_result = CredentialCheckResult();
    m_result.serviceUrl = request.serviceUrl;
    m_running = true;
    setPhase(Phase::Preflight);
    if (!preflight())
        return;
    setPhase(Phase::Token);
    if (!m_cache) {
        onCacheProbed(std::nullopt, std::nullopt);
        return;
    }
    const quint64 generation = m_generation;
    m_cache->load(request.credentials, this,
                  [this, generation](const std::optional<AccessToken> &cached, const std::optional<AuthError> &error) {
                      if (generation == m_generation)
                          onCacheProbed(cached, error);
                  });
}

// Refuses what can never work before anything is sent (and before a token is fetched for an unsafe service).
bool CredentialCheck::preflight() {
    // The session's own refusal (empty fields, unsafe token URL), in its words.
    const auto tokenRequest = auth::RequestFactory::tokenRequest(m_request.credentials);
    if (const AuthError *refused = std::get_if<AuthError>(&tokenRequest)) {
        m_result.error = *refused;
    } else if (m_request.serviceUrl.isEmpty()) {
        m_result.stoppedAt = Phase::Service;
        m_result.error = auth::makeAuthError(AuthErrorKind::InsecureUrl,
                                             QStringLiteral("Choose the service to test against. Nothing was sent."));
    } else if (const auto refusedService = auth::checkUrlIsAllowed(m_request.serviceUrl)) {
        m_result.stoppedAt = Phase::Service;
        m_result.error = refusedService;
    } else {
        return true;
    }
    // Reported from the event loop like every other outcome, never inside start().
    const quint64 generation = m_generation;
    QMetaObject::invokeMethod(
        this,
        [this, generation] {
            if (generation == m_generation)
                finish();
        },
        Qt::QueuedConnection);
    return false;
}

void CredentialCheck::onCacheProbed(const std::optional<AccessToken> &cached, const std::optional<AuthError> &error) {
    m_result.keychainAvailable = m_cache && !error;
    m_result.cacheError = error;
    if (error)
        qCInfo(lcCheck) << "token cache unavailable for the check:" << error->detail;
    if (!m_shared) {
        auth::AuthSession::Options options;
        options.requestTimeoutMs = m_request.timeoutMs;
        m_session = std::make_unique<auth::AuthSession>(
            m_request.credentials, m_network, m_result.keychainAvailable ? m_cache.data() : nullptr, m_clock, options);
    }
    const QDateTime now = m_clock->now();
    const bool held = m_shared && m_shared->token() && m_shared->token()->isValidAt(now);
    if (held || (cached && cached->isValidAt(now))) {
        const quint64 generation = m_generation;
        session()->restoreCachedToken(this, [this, generation](const auth::TokenResult &result) {
            if (generation != m_generation)
                return;
            if (result.ok())
                onToken(result.token, std::nullopt, Source::Cache);
            else
                requestToken(); // it expired in the meantime
        });
        return;
    }
    requestToken();
}

void CredentialCheck::requestToken() {
    const bool allowed = m_request.newToken == NewToken::Always ||
                         (m_request.newToken == NewToken::IfCacheable && m_result.keychainAvailable);
    if (!allowed) {
        qCInfo(lcCheck) << "check stopped: no valid cached token and a new one was not allowed";
        finish(); // Suspect::NeedsNewToken: the caller explains and may start again with NewToken::Always
        return;
    }
    const quint64 generation = m_generation;
    session()->ensureToken(this, [this, generation](const auth::TokenResult &result) {
        if (generation == m_generation)
            onToken(result.token, result.error, Source::Requested);
    });
}

void CredentialCheck::onToken(const std::optional<AccessToken> &token, const std::optional<AuthError> &error,
                              Source source) {
    m_result.source = token ? source : Source::None;
    m_result.token = token;
    if (!token) {
        m_result.error = error.value_or(
            auth::makeAuthError(AuthErrorKind::MalformedResponse, QStringLiteral("No token was obtained.")));
        finish();
        return;
    }
    if (source != Source::Requested || !m_result.keychainAvailable) {
        queryService();
        return;
    }
    // Written here as well as by the session, so a short-lived caller (the CLI) knows it is really cached.
    const quint64 generation = m_generation;
    m_cache->store(m_request.credentials, *token, this, [this, generation](const std::optional<AuthError> &stored) {
        if (generation != m_generation)
            return;
        m_result.storedInCache = !stored.has_value();
        if (stored)
            m_result.cacheError = stored;
        queryService();
    });
}

void CredentialCheck::queryService() {
    setPhase(Phase::Service);
    m_client = std::make_unique<GraphQLClient>(m_network, session());
    m_client->setTimeoutMs(m_request.timeoutMs);
    GraphQLRequest request;
    request.url = m_request.serviceUrl;
    request.query = QString::fromLatin1(probeQuery);
    GraphQLJob *job = m_client->send(request);
    const quint64 generation = m_generation;
    connect(job, &GraphQLJob::finished, this, [this, generation](const GraphQLResponse &response) {
        if (generation == m_generation)
            onServiceAnswer(response);
    });
}

void CredentialCheck::onServiceAnswer(const GraphQLResponse &response) {
    m_result.stoppedAt = Phase::Done;
    m_result.service = response;
    if (response.outcome != Outcome::Data)
        m_result.error = response.authError;
    finish();
}

void CredentialCheck::cancel() {
    if (!m_running)
        return;
    ++m_generation;   // first: whatever the aborts below report is ignored
    m_client.reset(); // aborts a service request in flight
    if (m_session)    // a shared session is the window's: its request may have other waiters
        m_session->cancel();
    m_result.error = auth::makeAuthError(AuthErrorKind::Cancelled, QStringLiteral("The check was cancelled."));
    finish();
}

// A session answers only while it lives: without this, a check waiting on the window's session for its token
// would never finish once the window dropped that session (another profile chosen, say).
void CredentialCheck::onSharedSessionGone(quint64 generation) {
    if (generation != m_generation || !m_running || m_result.stoppedAt != Phase::Token)
        return;     // the service request, once sent, needs the session no more
    ++m_generation; // whatever the dropped steps still report is ignored
    m_result.error = auth::makeAuthError(AuthErrorKind::Cancelled,
                                         QStringLiteral("The check stopped because the window's session for these "
                                                        "credentials ended (another profile was chosen)."));
    finish();
}

void CredentialCheck::setPhase(Phase phase) {
    m_result.stoppedAt = phase;
    Q_EMIT phaseChanged(phase);
}

void CredentialCheck::finish() {
    m_running = false;
    qCInfo(lcCheck) << "credentials check finished:" << m_result.suspect();
    Q_EMIT finished(m_result);
}

} // namespace altrata::net

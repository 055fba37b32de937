#include "authsession.h"

#include "clock.h"
#include "durationformat.h"
#include "guardedcallback.h"
#include "requestfactory.h"
#include "tokencache.h"
#include "tokenreply.h"

#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>

namespace altrata::auth {

namespace {
// State transitions and status codes only: never headers, bodies or anything secret.
Q_LOGGING_CATEGORY(lcAuth, "altrata.auth")

AuthError cancelledError() {
    return makeAuthError(AuthErrorKind::Cancelled, QStringLiteral("The token request was cancelled."),
                         QStringLiteral("cancelled by the caller"));
}
} // namespace

AuthSession::AuthSession(Credentials credentials, QNetworkAccessManager *network, TokenCache *cache, const Clock *clock,
                         Options options, QObject *parent)
    : QObject(parent)
    , m_credentials(std::move(credentials))
    , m_network(network)
    , m_cache(cache)
    , m_clock(clock)
    , m_options(options) {
    m_state = m_credentials.isComplete() ? State::Idle : State::NoCredentials;
    m_countdownTimer.setInterval(1000);
    connect(&m_countdownTimer, &QTimer::timeout, this, &AuthSession::updateFromClock);
    m_timeoutTimer.setSingleShot(true);
    connect(&m_timeoutTimer, &QTimer::timeout, this, [this] {
        if (!m_reply)
            return;
        qCInfo(lcAuth) << "token request timed out after" << m_options.requestTimeoutMs << "ms";
        m_timedOut = true;
        m_reply->abort(); // finished() follows and reports the timeout
    });
}

AuthSession::~AuthSession() {
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
    if (m_token)
        m_token->value.wipe();
}

qint64 AuthSession::secondsRemaining() const {
    const QDateTime now = m_clock->now();
    if (!m_token || !m_token->isValidAt(now))
        return 0;
    return std::max<qint64>(0, m_token->secondsRemaining(now));
}

void AuthSession::restoreCachedToken(QObject *context, TokenCallback done) {
    const Waiter waiter = guarded(context, std::move(done));
    if (m_token && m_token->isValidAt(m_clock->now()))
        return deliver(waiter, TokenResult{m_token, std::nullopt});
    if (!m_cache)
        return deliver(waiter, TokenResult{});
    const quint64 generation = m_generation;
    m_cache->load(
        m_credentials, this,
        [this, generation, waiter](const std::optional<AccessToken> &cached, const std::optional<AuthError> &error) {
            const QDateTime now = m_clock->now();
            const bool holdingValid = m_token && m_token->isValidAt(now);
            // Never resurrect a token while a request is replacing it or after it was refused.
            const bool mayAdopt =
                generation == m_generation && m_state != State::Requesting && !isTerminatedElsewhere() && !holdingValid;
            if (mayAdopt && cached && cached->isValidAt(now)) {
                qCInfo(lcAuth) << "restored a valid token from the cache";
                adoptToken(*cached, false);
            }
            TokenResult result;
            if (m_token && m_token->isValidAt(now))
                result.token = m_token;
            else if (error)
                result.error = error;
            deliver(waiter, result);
        });
}

void AuthSession::ensureToken(QObject *context, TokenCallback done) {
    if (isTerminatedElsewhere()) {
        // Requesting now would terminate the other program's token in turn: only an explicit renewal may.
        return deliver(guarded(context, std::move(done)), TokenResult{std::nullopt, m_lastError});
    }
    if (m_reply || m_cacheLoading)
        return addWaiter(context, std::move(done)); // single flight: join the one in progress
    if (m_token && m_token->isValidAt(m_clock->now()))
        return deliver(guarded(context, std::move(done)), TokenResult{m_token, std::nullopt});
    if (const auto refused = checkCanRequest())
        return deliver(guarded(context, std::move(done)), TokenResult{std::nullopt, refused});
    addWaiter(context, std::move(done));
    loadCacheThenRequest();
}

void AuthSession::renewTokenTerminatingOtherSessions(QObject *context, TokenCallback done) {
    if (const auto refused = checkCanRequest())
        return deliver(guarded(context, std::move(done)), TokenResult{std::nullopt, refused});
    qCInfo(lcAuth) << "forced renewal: the current token ends for every program using these credentials";
    addWaiter(context, std::move(done));
    if (m_reply)
        return; // the request in flight brings a new token anyway
    m_forceRenewal = true;
    if (!m_cacheLoading)
        startRequest(); // otherwise the cache answer is ignored and the request follows
}

void AuthSession::cancel() {
    if (!m_reply && !m_cacheLoading)
        return;
    ++m_generation;
    m_cacheLoading = false;
    m_forceRenewal = false;
    if (QNetworkReply *reply = m_reply) {
        m_reply = nullptr;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
    m_timeoutTimer.stop();
    qCInfo(lcAuth) << "token request cancelled";
    const AuthError error = cancelledError();
    fail(error);
    finishWaiters(TokenResult{std::nullopt, error});
}

AuthError AuthSession::reportTokenRejected(int httpStatus) {
    qCInfo(lcAuth) << "a service refused the token with HTTP" << httpStatus;
    const qint64 remaining = secondsRemaining();
    AuthError error{AuthErrorKind::TerminatedElsewhere, {}, {}, httpStatus, std::nullopt};
    if (remaining <= 0) {
        // Not "elsewhere": the token simply ran out. Asking for a new one harms nobody.
        error.message = QStringLiteral("The service refused the token (HTTP %1) because it has expired. A new token "
                                       "will be requested when needed.")
                            .arg(httpStatus);
        error.detail = QStringLiteral("HTTP %1 for an expired token").arg(httpStatus);
        const bool hadToken = m_token.has_value();
        dropToken();
        setState(hadToken ? State::Expired : (m_credentials.isComplete() ? State::Idle : State::NoCredentials));
        Q_EMIT failed(error);
        return error;
    }
    error.message = QStringLiteral("The service refused the token although it should be valid for another %1. Most "
                                   "likely another program using the same credentials requested a new token, which "
                                   "ended this one. Renewing will end that program's token in turn.")
                        .arg(DurationFormat::words(remaining));
    error.detail = QStringLiteral("HTTP %1 for a token with %2 s left").arg(httpStatus).arg(remaining);
    dropToken();
    m_lastError = error;
    setState(State::Failed);
    Q_EMIT failed(error);
    return error;
}

void AuthSession::forgetToken() {
    cancel();
    m_lastError.reset();
    if (m_cache) {
        m_cache->remove(m_credentials, this, [](const std::optional<AuthError> &error) {
            if (error)
                qCWarning(lcAuth) << "could not remove the cached token:" << error->kindName();
        });
    }
    dropToken();
    setState(m_credentials.isComplete() ? State::Idle : State::NoCredentials);
}

void AuthSession::updateFromClock() {
    if (!m_token) {
        m_countdownTimer.stop();
        return;
    }
    Q_EMIT countdown(secondsRemaining());
    if (m_state == State::Valid || m_state == State::ExpiringSoon || m_state == State::Expired)
        settleState();
    if (!m_token->isValidAt(m_clock->now()))
        m_countdownTimer.stop();
}

bool AuthSession::isTerminatedElsewhere() const {
    return m_state == State::Failed && m_lastError && m_lastError->kind == AuthErrorKind::TerminatedElsewhere;
}

std::optional<AuthError> AuthSession::checkCanRequest() {
    const auto built = RequestFactory::tokenRequest(m_credentials);
    const AuthError *refused = std::get_if<AuthError>(&built);
    if (!refused)
        return std::nullopt;
    if (refused->kind == AuthErrorKind::MissingCredentials) {
        m_lastError = *refused; // the state already says NoCredentials
        Q_EMIT failed(*refused);
    } else {
        fail(*refused);
    }
    return *refused;
}

void AuthSession::addWaiter(QObject *context, TokenCallback done) {
    m_waiters.push_back(guarded(context, std::move(done)));
}

void AuthSession::loadCacheThenRequest() {
    if (!m_cache || m_forceRenewal)
        return startRequest();
    m_cacheLoading = true;
    const quint64 generation = m_generation;
    m_cache->load(m_credentials, this,
                  [this, generation](const std::optional<AccessToken> &cached, const std::optional<AuthError> &error) {
                      if (generation != m_generation)
                          return;
                      m_cacheLoading = false;
                      if (error)
                          qCWarning(lcAuth) << "token cache unavailable:" << error->kindName();
                      if (!m_forceRenewal && cached && cached->isValidAt(m_clock->now())) {
                          qCInfo(lcAuth) << "reusing the cached token";
                          adoptToken(*cached, false);
                          return finishWaiters(TokenResult{m_token, std::nullopt});
                      }
                      startRequest();
                  });
}

void AuthSession::startRequest() {
    auto built = RequestFactory::tokenRequest(m_credentials);
    if (const AuthError *refused = std::get_if<AuthError>(&built)) {
        fail(*refused);
        return finishWaiters(TokenResult{std::nullopt, *refused});
    }
    m_forceRenewal = false;
    m_timedOut = false;
    m_sslErrors.clear();
    setState(State::Requesting);
    QNetworkReply *reply = m_network->post(std::get<QNetworkRequest>(built), QByteArray());
    m_reply = reply;
    // Recorded for the message only. The errors are never ignored, so the handshake fails.
    connect(reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) { m_sslErrors = errors; });
    connect(reply, &QNetworkReply::finished, this, [this, reply] { handleReply(reply); });
    m_timeoutTimer.start(m_options.requestTimeoutMs);
}

void AuthSession::handleReply(QNetworkReply *reply) {
    reply->deleteLater();
    if (reply != m_reply)
        return;
    m_reply = nullptr;
    m_timeoutTimer.stop();
    const TokenResult result = tokenFromReply(reply);
    if (result.token)
        adoptToken(*result.token, true);
    else
        fail(*result.error);
    finishWaiters(result.token ? TokenResult{m_token, std::nullopt} : result);
}

TokenResult AuthSession::tokenFromReply(QNetworkReply *reply) {
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (m_timedOut || status == 0 || tokenreply::isTransportError(reply->error())) {
        const tokenreply::TransportFailure failure{reply->error(), reply->errorString(), m_timedOut,
                                                   m_options.requestTimeoutMs, m_sslErrors};
        qCInfo(lcAuth) << "token request failed below HTTP, network error" << int(reply->error());
        return TokenResult{std::nullopt, tokenreply::transportError(failure, m_credentials)};
    }
    const QDateTime receivedAt = m_clock->now();
    const QByteArray body = reply->readAll();
    qCInfo(lcAuth) << "token endpoint answered HTTP" << status;
    const QByteArray dateHeader = reply->rawHeader("Date");
    measureSkew(dateHeader);
    if (status != 200) {
        std::optional<int> retryAfter;
        if (reply->hasRawHeader("Retry-After")) {
            const QDateTime serverNow = tokenreply::parseHttpDate(dateHeader).value_or(receivedAt);
            retryAfter = tokenreply::parseRetryAfter(reply->rawHeader("Retry-After"), serverNow);
        }
        return TokenResult{std::nullopt, tokenreply::httpStatusError(status, body, m_credentials, retryAfter)};
    }
    const auto parsed = tokenreply::parseTokenBody(body, m_credentials);
    if (const AuthError *malformed = std::get_if<AuthError>(&parsed))
        return TokenResult{std::nullopt, *malformed};
    const auto &fields = std::get<tokenreply::TokenFields>(parsed);
    return buildToken(fields.accessToken, fields.expiresIn, fields.tokenType, receivedAt,
                      tokenreply::parseHttpDate(dateHeader).has_value());
}

TokenResult AuthSession::buildToken(const QByteArray &value, qint64 expiresIn, const QString &tokenType,
                                    const QDateTime &receivedAt, bool skewKnown) {
    AccessToken token;
    token.value = Secret::fromUtf8(value);
    token.tokenType = tokenType;
    token.obtainedAt = receivedAt;
    token.expiresInSeconds = expiresIn;
    token.expiresAt = receivedAt.addSecs(expiresIn);
    token.jwt = Jwt::decode(value);
    if (const auto exp = token.jwt ? token.jwt->expiresAt() : std::nullopt) {
        // exp is in server time; local = server + (local - server).
        const QDateTime localExp = exp->addSecs(skewKnown ? m_clockSkewSeconds.value_or(0) : 0);
        if (localExp < token.expiresAt) {
            // A second or two is just the time the answer travelled; more is worth a note.
            if (localExp.secsTo(token.expiresAt) > 60)
                qCInfo(lcAuth) << "the JWT exp claim is earlier than expires_in says; using it";
            token.expiresAt = localExp;
        }
    }
    if (!token.isValidAt(receivedAt)) {
        return TokenResult{std::nullopt,
                           makeAuthError(AuthErrorKind::MalformedResponse,
                                         QStringLiteral("The token service issued a token that has already expired. "
                                                        "Check that this computer's date and time are correct."),
                                         QStringLiteral("JWT exp is not after the time of receipt"), 200)};
    }
    return TokenResult{std::move(token), std::nullopt};
}

void AuthSession::measureSkew(const QByteArray &dateHeader) {
    const auto serverDate = tokenreply::parseHttpDate(dateHeader);
    if (!serverDate)
        return;
    const qint64 skew = serverDate->secsTo(m_clock->now());
    m_clockSkewSeconds = skew;
    if (std::abs(skew) > m_options.clockSkewWarningSeconds) {
        qCInfo(lcAuth) << "local clock differs from the server's by" << skew << "s";
        Q_EMIT clockSkewDetected(skew);
    }
}

void AuthSession::finishWaiters(const TokenResult &result) {
    const std::vector<Waiter> waiters = std::exchange(m_waiters, {});
    for (const Waiter &waiter : waiters)
        deliver(waiter, result);
}

void AuthSession::deliver(const Waiter &waiter, const TokenResult &result) {
    // Always later, never inside the call, and only while both the session and the context live.
    callLater(this, waiter, result);
}

void AuthSession::setState(State state) {
    if (state == m_state)
        return;
    qCDebug(lcAuth) << "state" << m_state << "->" << state;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void AuthSession::adoptToken(AccessToken token, bool storeInCache) {
    m_token = std::move(token);
    m_lastError.reset();
    settleState();
    Q_EMIT tokenChanged();
    Q_EMIT countdown(secondsRemaining());
    m_countdownTimer.start();
    if (storeInCache && m_cache) {
        m_cache->store(m_credentials, *m_token, this, [](const std::optional<AuthError> &error) {
            if (error)
                qCWarning(lcAuth) << "could not cache the token:" << error->kindName();
        });
    }
}

void AuthSession::dropToken() {
    m_countdownTimer.stop();
    if (!m_token)
        return;
    m_token->value.wipe();
    m_token.reset();
    Q_EMIT tokenChanged();
}

void AuthSession::settleState() {
    const QDateTime now = m_clock->now();
    if (!m_token)
        setState(m_credentials.isComplete() ? State::Idle : State::NoCredentials);
    else if (!m_token->isValidAt(now))
        setState(State::Expired);
    else if (m_token->secondsRemaining(now) <= m_options.expiringSoonSeconds)
        setState(State::ExpiringSoon);
    else
        setState(State::Valid);
}

void AuthSession::fail(const AuthError &error) {
    qCInfo(lcAuth) << "token request failed:" << error.kindName() << "HTTP" << error.httpStatus;
    m_lastError = error;
    if (m_token && m_token->isValidAt(m_clock->now())) {
        settleState(); // the token we hold still works: a failed renewal does not take it away
    } else {
        dropToken();
        setState(State::Failed);
    }
    Q_EMIT failed(error);
}

} // namespace altrata::auth

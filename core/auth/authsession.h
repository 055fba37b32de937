#pragma once

#include "accesstoken.h"
#include "autherror.h"
#include "credentials.h"

#include <QObject>
#include <QPointer>
#include <QSslError>
#include <QTimer>

#include <functional>
#include <optional>
#include <vector>

class QNetworkAccessManager;
class QNetworkReply;

namespace altrata::auth {

class Clock;
class TokenCache;

struct TokenResult {
    std::optional<AccessToken> token;
    std::optional<AuthError> error;
    bool ok() const { return token.has_value(); }
};

// Obtains and keeps the OAuth2 client-credentials token for one set of credentials.
// Never requests a token while one is valid (a new token terminates the previous one for every program
// using the same service user), except through renewTokenTerminatingOtherSessions().
class AuthSession final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuthSession)
public:
    enum class State { NoCredentials, Idle, Requesting, Valid, ExpiringSoon, Expired, Failed };
    Q_ENUM(State)

    struct Options {
        int requestTimeoutMs = 30000;
        int expiringSoonSeconds = 300;
        int clockSkewWarningSeconds = 60;
    };

    using TokenCallback = std::function<void(const TokenResult &)>;

    // `cache` may be null (no persistence). `clock` must outlive the session.
    AuthSession(Credentials credentials, QNetworkAccessManager *network, TokenCache *cache, const Clock *clock,
                Options options, QObject *parent = nullptr);
    ~AuthSession() override;

    const Credentials &credentials() const { return m_credentials; }
    const Options &options() const { return m_options; }
    State state() const { return m_state; }
    const std::optional<AuthError> &lastError() const { return m_lastError; }
    const std::optional<AccessToken> &token() const { return m_token; }
    qint64 secondsRemaining() const; // 0 without a valid token
    // Local clock minus the server's Date header, in seconds, from the last token response.
    std::optional<qint64> clockSkewSeconds() const { return m_clockSkewSeconds; }

    // Reads the keychain cache only; never touches the network. Done gets the cached token if still valid.
    void restoreCachedToken(QObject *context, TokenCallback done);
    // The held or cached token while valid; otherwise one token request shared by every waiting caller.
    void ensureToken(QObject *context, TokenCallback done);
    // Requests a new token although one may be valid. This TERMINATES the current token for every program
    // that uses the same credentials. Only call it after the user has been told so.
    void renewTokenTerminatingOtherSessions(QObject *context, TokenCallback done);
    // Aborts a request in flight; waiting callers get a Cancelled error.
    void cancel();
    // A service answered 401 to the token we hold as valid: it was terminated elsewhere. Moves to
    // Failed(TerminatedElsewhere) and returns that error. No new token is requested automatically.
    AuthError reportTokenRejected(int httpStatus);
    // Sign out: drops the token from memory and from the cache.
    void forgetToken();

public Q_SLOTS:
    // Re-reads the clock: emits countdown and moves Valid -> ExpiringSoon -> Expired. A 1 s timer calls it.
    void updateFromClock();

Q_SIGNALS:
    void stateChanged(altrata::auth::AuthSession::State state);
    void countdown(qint64 secondsRemaining);
    void tokenChanged();
    void clockSkewDetected(qint64 localMinusServerSeconds);
    void failed(const altrata::auth::AuthError &error);

private:
    // A caller's callback, wrapped by guarded(): dropped once the caller's context is gone. A null context
    // means "deliver while the session lives".
    using Waiter = TokenCallback;

    std::optional<AuthError> checkCanRequest();
    void addWaiter(QObject *context, TokenCallback done);
    void loadCacheThenRequest();
    void startRequest();
    void handleReply(QNetworkReply *reply);
    TokenResult tokenFromReply(QNetworkReply *reply);
    TokenResult buildToken(const QByteArray &value, qint64 expiresIn, const QString &tokenType,
                           const QDateTime &receivedAt, bool skewKnown);
    bool isTerminatedElsewhere() const;
    void measureSkew(const QByteArray &dateHeader);
    void finishWaiters(const TokenResult &result);
    void deliver(const Waiter &waiter, const TokenResult &result);
    void setState(State state);
    void adoptToken(AccessToken token, bool storeInCache);
    void dropToken();
    void settleState();
    void fail(const AuthError &error);

    Credentials m_credentials;
    QNetworkAccessManager *m_network;
    QPointer<TokenCache> m_cache;
    const Clock *m_clock;
    Options m_options;

    State m_state = State::Idle;
    std::optional<AccessToken> m_token;
    std::optional<AuthError> m_lastError;
    std::optional<qint64> m_clockSkewSeconds;
    bool m_cacheLoading = false;
    bool m_forceRenewal = false; // a renewal was asked for while the cache was being read
    bool m_timedOut = false;
    quint64 m_generation = 0; // bumped by cancel()/forgetToken() so late cache answers are ignored
    QPointer<QNetworkReply> m_reply;
    QList<QSslError> m_sslErrors;
    std::vector<Waiter> m_waiters;
    QTimer m_countdownTimer;
    QTimer m_timeoutTimer;
};

} // namespace altrata::auth

#pragma once

#include "graphqlclient.h"

#include "auth/accesstoken.h"
#include "auth/autherror.h"
#include "auth/credentials.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

#include <memory>
#include <optional>

class QNetworkAccessManager;

namespace altrata::auth {
class AuthSession;
class Clock;
class TokenCache;
} // namespace altrata::auth

namespace altrata::net {

// What a credentials check found: which token was used, what the service answered, and what is most likely
// wrong. A check never renews: it uses a still-valid cached token, and requests a new one only when none is
// valid and the caller allowed it (a new token terminates the current one of every other program).
struct CredentialCheckResult {
    Q_GADGET
public:
    enum class Phase { Preflight, Token, Service, Done };
    Q_ENUM(Phase)
    enum class TokenSource { None, Cache, Requested };
    Q_ENUM(TokenSource)
    // The part the person should look at first.
    enum class Suspect {
        None,          // everything works
        NeedsNewToken, // stopped: no valid cached token, and requesting one was not allowed
        Incomplete,    // a field is empty; nothing was sent
        ApiKey,        // refused by the token server (403) or the service
        UsernameOrPassword,
        TokenUrl,          // refused as unsafe, or it answered but not like a token endpoint
        TokenUrlOrNetwork, // the token server could not be reached
        Network,           // TLS / certificate problems on the way
        TokenServer,       // rate limited or failing: not the credentials
        TokenRefused,      // the service refused the token: another program renewed it
        ServiceUrl,        // the service URL is unsafe, unreachable or not a GraphQL endpoint
        Service,           // the service was reached but failed
        Keychain,
        Cancelled,
    };
    Q_ENUM(Suspect)

    Phase stoppedAt = Phase::Preflight; // Done when the service answered (well or not)
    TokenSource source = TokenSource::None;
    bool keychainAvailable = true;
    bool storedInCache = false;                // a new token was written to the cache
    std::optional<auth::AuthError> cacheError; // why the cache could not be read (or the new token not written)
    QUrl serviceUrl;
    std::optional<auth::AccessToken> token;
    std::optional<auth::AuthError> error; // why it failed before or at the service; empty on success
    std::optional<GraphQLResponse> service;

    bool ok() const { return suspect() == Suspect::None; }
    Suspect suspect() const;
};

// Runs the one-minute check of a set of credentials against a GraphQL service, like the CLI's `check`:
// the cached token (or, if allowed, one new token), then `{ __typename }` to the service. One check at a time;
// start() again to re-run (an unfinished check is dropped). Emits finished() exactly once per start().
class CredentialCheck final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CredentialCheck)
public:
    // When no valid token is cached. A new token terminates the current one of every other program using the
    // credentials, so the GUI allows it only after saying so; the CLI's check also when it can be cached.
    enum class NewToken { Never, IfCacheable, Always };
    struct Request {
        auth::Credentials credentials;
        QUrl serviceUrl;
        NewToken newToken = NewToken::Never;
        int timeoutMs = 30000;
        // The window's session, used instead of a new one when it has exactly these credentials: the check then
        // sees the token it holds, and a new token reaches it too instead of silently replacing it. Not owned.
        auth::AuthSession *sharedSession = nullptr;
    };

    // `network` and `clock` must outlive the check. `cache` may be null (nothing cached: a new token is needed).
    CredentialCheck(QNetworkAccessManager *network, const auth::Clock *clock, auth::TokenCache *cache,
                    QObject *parent = nullptr);
    ~CredentialCheck() override;

    void start(const Request &request);
    void cancel();
    bool isRunning() const { return m_running; }
    CredentialCheckResult::Phase phase() const { return m_result.stoppedAt; }
    // The session the check used (valid until the next start()); it holds the token it found or obtained.
    auth::AuthSession *session() const;

    static constexpr const char *probeQuery = "{ __typename }";

Q_SIGNALS:
    void phaseChanged(altrata::net::CredentialCheckResult::Phase phase);
    void finished(const altrata::net::CredentialCheckResult &result);

private:
    bool preflight();
    void onCacheProbed(const std::optional<auth::AccessToken> &cached, const std::optional<auth::AuthError> &error);
    void requestToken();
    void onToken(const std::optional<auth::AccessToken> &token, const std::optional<auth::AuthError> &error,
                 CredentialCheckResult::TokenSource source);
    void queryService();
    void onServiceAnswer(const GraphQLResponse &response);
    void onSharedSessionGone(quint64 generation);
    void setPhase(CredentialCheckResult::Phase phase);
    void finish();

    QNetworkAccessManager *m_network;
    const auth::Clock *m_clock;
    QPointer<auth::TokenCache> m_cache;
    Request m_request;
    CredentialCheckResult m_result;
    std::unique_ptr<auth::AuthSession> m_session; // when no shared session fits
    QPointer<auth::AuthSession> m_shared;
    QMetaObject::Connection m_sharedGone; // the shared session's destroyed(), for the current check
    std::unique_ptr<GraphQLClient> m_client;
    quint64 m_generation = 0; // answers for a dropped check are ignored
    bool m_running = false;
};

} // namespace altrata::net

Q_DECLARE_METATYPE(altrata::net::CredentialCheckResult)

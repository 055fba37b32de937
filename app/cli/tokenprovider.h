#pragma once

#include "auth/accesstoken.h"
#include "auth/autherror.h"
#include "auth/clock.h"
#include "auth/credentials.h"

#include <QObject>

#include <functional>
#include <memory>
#include <optional>

class QNetworkAccessManager;

namespace altrata::auth {
class AuthSession;
class KeychainSecretStore;
class TokenCache;
} // namespace altrata::auth

namespace altrata::cli {

class Console;

struct TokenOutcome {
    enum class Source { Cache, Requested, Renewed };

    std::optional<auth::AccessToken> token;
    std::optional<auth::AuthError> error;
    Source source = Source::Cache;
    bool keychainAvailable = true;
    bool storedInKeychain = false; // a new token was written to the keychain cache
};

// Gets the token for one set of credentials the way a shared service user needs it: the keychain-cached token
// while it is valid, a new one only when none is valid (or on an explicit, already confirmed renewal).
// Without a keychain nothing can be cached, so every call would terminate the previous token: it then asks
// (terminal) or needs `allowUncached` (--yes) before requesting.
class TokenProvider final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TokenProvider)
public:
    struct Options {
        int timeoutMs = 30000;
        bool renew = false;         // the caller has already explained and confirmed it
        bool allowUncached = false; // --yes
    };
    using Callback = std::function<void(const TokenOutcome &)>;

    TokenProvider(const Console &console, QObject *parent = nullptr);
    ~TokenProvider() override;

    void obtain(const auth::Credentials &credentials, Options options, Callback done);

    // The words and the rule for a missing keychain, shared with `check` (CheckCommand).
    static QString keychainUnavailableWarning(const auth::AuthError &error);
    static QString cacheWriteWarning(const auth::AuthError &error);
    static auth::AuthError uncachedRefusal();
    // Without a keychain, asks on a terminal; otherwise only --yes (`allowUncached`) allows a new token.
    static bool mayRequestUncached(const Console &console, bool allowUncached);

    // Valid after obtain() has called back.
    auth::AuthSession *session() const { return m_session.get(); }
    QNetworkAccessManager *network() const { return m_network.get(); }
    const auth::Clock &clock() const { return m_clock; }

private:
    void onCacheProbed(const std::optional<auth::AccessToken> &cached, const std::optional<auth::AuthError> &error);
    void useCachedToken();
    void requestToken();
    void onTokenResult(const std::optional<auth::AccessToken> &token, const std::optional<auth::AuthError> &error);
    void finish();

    const Console &m_console;
    auth::SystemClock m_clock;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<auth::KeychainSecretStore> m_keychain;
    std::unique_ptr<auth::TokenCache> m_cache;
    std::unique_ptr<auth::AuthSession> m_session;
    auth::Credentials m_credentials;
    Options m_options;
    Callback m_done;
    TokenOutcome m_outcome;
};

} // namespace altrata::cli

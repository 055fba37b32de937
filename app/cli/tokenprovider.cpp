#include "tokenprovider.h"

#include "console.h"
#include "logging.h"

#include "auth/authsession.h"
#include "auth/keychainsecretstore.h"
#include "auth/tokencache.h"

#include <QNetworkAccessManager>

namespace altrata::cli {

using auth::AccessToken;
using auth::AuthError;
using auth::AuthErrorKind;

TokenProvider::TokenProvider(const Console &console, QObject *parent)
    : QObject(parent)
    , m_console(console)
    , m_network(std::make_unique<QNetworkAccessManager>())
    , m_keychain(std::make_unique<auth::KeychainSecretStore>())
    , m_cache(std::make_unique<auth::TokenCache>(m_keychain.get())) {}

// The session goes first: it refers to the cache, the network and the clock.
TokenProvider::~TokenProvider() {
    m_session.reset();
}

void TokenProvider::obtain(const auth::Credentials &credentials, Options options, Callback done) {
    m_credentials = credentials;
    m_options = options;
    m_done = std::move(done);
    m_outcome = TokenOutcome();
    m_cache->load(m_credentials, this,
                  [this](const std::optional<AccessToken> &cached, const std::optional<AuthError> &error) {
                      onCacheProbed(cached, error);
                  });
}

void TokenProvider::onCacheProbed(const std::optional<AccessToken> &cached, const std::optional<AuthError> &error) {
    m_outcome.keychainAvailable = !error.has_value();
    if (error) {
        qCDebug(lcCli) << "keychain unavailable:" << error->detail;
        m_console.err(keychainUnavailableWarning(*error));
    }
    auth::AuthSession::Options sessionOptions;
    sessionOptions.requestTimeoutMs = m_options.timeoutMs;
    m_session = std::make_unique<auth::AuthSession>(m_credentials, m_network.get(),
                                                    m_outcome.keychainAvailable ? m_cache.get() : nullptr, &m_clock,
                                                    sessionOptions);
    if (m_options.renew) {
        requestToken();
        return;
    }
    if (cached && cached->isValidAt(m_clock.now())) {
        useCachedToken();
        return;
    }
    if (!m_outcome.keychainAvailable && !mayRequestUncached(m_console, m_options.allowUncached)) {
        m_outcome.error = uncachedRefusal();
        finish();
        return;
    }
    requestToken();
}

QString TokenProvider::keychainUnavailableWarning(const AuthError &error) {
    return QStringLiteral("Warning: the OS keychain is unavailable (%1). The token cannot be cached, so every call "
                          "would request a new token, and each new token terminates the previous one for every "
                          "program using these credentials.\n")
        .arg(error.message);
}

QString TokenProvider::cacheWriteWarning(const AuthError &error) {
    return QStringLiteral("Warning: the new token could not be saved in the keychain (%1). The next call will not "
                          "find it.\n")
        .arg(error.message);
}

AuthError TokenProvider::uncachedRefusal() {
    return auth::makeAuthError(AuthErrorKind::Keychain,
                               QStringLiteral("No token was requested because the keychain is unavailable: a token "
                                              "that cannot be cached would terminate the current one of every "
                                              "program using these credentials on every call. Unlock or start the "
                                              "keychain, or re-run with --yes to request one anyway."));
}

bool TokenProvider::mayRequestUncached(const Console &console, bool allowUncached) {
    if (allowUncached)
        return true;
    if (!console.isInteractive())
        return false;
    return console.confirm(QStringLiteral("Request a new token anyway (it terminates the current one)?"));
}

void TokenProvider::useCachedToken() {
    m_session->restoreCachedToken(this, [this](const auth::TokenResult &result) {
        if (result.ok()) {
            m_outcome.source = TokenOutcome::Source::Cache;
            m_outcome.token = result.token;
            finish();
            return;
        }
        // The session judged the cached token unusable after all (for example it expired meanwhile).
        requestToken();
    });
}

void TokenProvider::requestToken() {
    m_outcome.source = m_options.renew ? TokenOutcome::Source::Renewed : TokenOutcome::Source::Requested;
    const auto handle = [this](const auth::TokenResult &result) { onTokenResult(result.token, result.error); };
    if (m_options.renew)
        m_session->renewTokenTerminatingOtherSessions(this, handle);
    else
        m_session->ensureToken(this, handle);
}

void TokenProvider::onTokenResult(const std::optional<AccessToken> &token, const std::optional<AuthError> &error) {
    m_outcome.token = token;
    m_outcome.error = token ? std::nullopt : error;
    if (!token || !m_outcome.keychainAvailable) {
        finish();
        return;
    }
    // Written here as well as by the session so the process never exits before the keychain has the token.
    m_cache->store(m_credentials, *token, this, [this](const std::optional<AuthError> &storeError) {
        m_outcome.storedInKeychain = !storeError.has_value();
        if (storeError)
            m_console.err(cacheWriteWarning(*storeError));
        finish();
    });
}

void TokenProvider::finish() {
    if (!m_outcome.token && !m_outcome.error) {
        AuthError unknown;
        unknown.kind = AuthErrorKind::MalformedResponse;
        unknown.message = QStringLiteral("No token was obtained and no reason was given.");
        m_outcome.error = unknown;
    }
    if (m_done)
        m_done(m_outcome);
}

} // namespace altrata::cli

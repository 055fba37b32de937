#include "tokencache.h"

#include "guardedcallback.h"
#include "secretstore.h"

#include <QLoggingCategory>

#include <utility>

namespace altrata::auth {

namespace {

Q_LOGGING_CATEGORY(lcTokenCache, "altrata.auth")

AuthError noStoreError() {
    return makeAuthError(AuthErrorKind::Keychain, QStringLiteral("There is no place to keep the access token."),
                         QStringLiteral("TokenCache has no SecretStore"));
}

} // namespace

TokenCache::TokenCache(SecretStore *secrets, QObject *parent)
    : QObject(parent)
    , m_secrets(secrets) {}

QString TokenCache::keyFor(const Credentials &credentials) {
    return QStringLiteral("token/") + credentials.cacheKey();
}

void TokenCache::load(const Credentials &credentials, QObject *context, LoadCallback done) {
    auto finish = guarded(context, std::move(done));
    if (!m_secrets)
        return callLater(this, finish, std::nullopt, noStoreError());
    const QString key = keyFor(credentials);
    m_secrets->read(key, this, [finish, key](const SecretStoreResult &result) {
        if (result.error) {
            finish(std::nullopt, result.error);
            return;
        }
        if (!result.found) {
            finish(std::nullopt, std::nullopt);
            return;
        }
        std::optional<AccessToken> token = AccessToken::fromCacheJson(result.value.revealUtf8());
        if (!token || token->isNull()) {
            // A damaged entry is as good as none: the session simply requests a new token.
            qCWarning(lcTokenCache).noquote() << "ignoring unreadable cached token" << key;
            finish(std::nullopt, std::nullopt);
            return;
        }
        finish(token, std::nullopt);
    });
}

void TokenCache::store(const Credentials &credentials, const AccessToken &token, QObject *context, DoneCallback done) {
    auto finish = guarded(context, std::move(done));
    if (!m_secrets)
        return callLater(this, finish, noStoreError());
    m_secrets->write(keyFor(credentials), Secret::fromUtf8(token.toCacheJson()), this,
                     [finish](const SecretStoreResult &result) { finish(result.error); });
}

void TokenCache::remove(const Credentials &credentials, QObject *context, DoneCallback done) {
    auto finish = guarded(context, std::move(done));
    if (!m_secrets)
        return callLater(this, finish, noStoreError());
    m_secrets->remove(keyFor(credentials), this, [finish](const SecretStoreResult &result) { finish(result.error); });
}

} // namespace altrata::auth

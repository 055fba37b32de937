#pragma once

#include "accesstoken.h"
#include "autherror.h"
#include "credentials.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

namespace altrata::auth {

class SecretStore;

// Keeps the current token in the keychain next to the credentials, under Credentials::cacheKey(),
// so that a restart reuses a still-valid token instead of requesting one (which would terminate it).
class TokenCache final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TokenCache)
public:
    using LoadCallback = std::function<void(const std::optional<AccessToken> &, const std::optional<AuthError> &)>;
    using DoneCallback = std::function<void(const std::optional<AuthError> &)>;

    explicit TokenCache(SecretStore *secrets, QObject *parent = nullptr);

    static QString keyFor(const Credentials &credentials); // "token/" + cacheKey()

    // Finds nothing (no error) when there is no entry or it cannot be read back as a token.
    void load(const Credentials &credentials, QObject *context, LoadCallback done);
    void store(const Credentials &credentials, const AccessToken &token, QObject *context, DoneCallback done);
    void remove(const Credentials &credentials, QObject *context, DoneCallback done);

private:
    QPointer<SecretStore> m_secrets;
};

} // namespace altrata::auth

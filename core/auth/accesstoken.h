#pragma once

#include "jwt.h"
#include "secret.h"

#include <QDateTime>

#include <optional>

namespace altrata::auth {

// A bearer token as obtained from the token endpoint, with its lifetime in local clock time.
struct AccessToken {
    Secret value;
    QString tokenType = QStringLiteral("Bearer");
    QDateTime obtainedAt;        // local clock when the response arrived
    QDateTime expiresAt;         // the earlier of obtainedAt + expires_in and the JWT's exp (skew-corrected)
    qint64 expiresInSeconds = 0; // as the server said
    std::optional<Jwt> jwt;      // decoded claims, when the token is a JWT

    bool isNull() const { return value.isEmpty(); }
    bool isValidAt(const QDateTime &now) const { return !isNull() && now < expiresAt; }
    qint64 secondsRemaining(const QDateTime &now) const;

    // For the keychain cache. The serialized form contains the token: treat it as a secret.
    QByteArray toCacheJson() const;
    static std::optional<AccessToken> fromCacheJson(const QByteArray &json);
};

} // namespace altrata::auth

#pragma once

#include <QDateTime>
#include <QJsonObject>

#include <optional>

namespace altrata::auth {

// The readable parts of a JSON Web Token. The signature is not checked: a client cannot verify it,
// it only reads the claims to show them and to cross-check the expiry.
class Jwt final {
public:
    // Accepts "header.payload.signature" (base64url, padding optional). On failure returns nullopt and,
    // if error is given, a plain sentence saying what is wrong (never the token itself).
    static std::optional<Jwt> decode(const QByteArray &token, QString *error = nullptr);

    const QJsonObject &header() const { return m_header; }
    const QJsonObject &claims() const { return m_claims; }

    std::optional<QDateTime> expiresAt() const { return timeClaim("exp"); }
    std::optional<QDateTime> issuedAt() const { return timeClaim("iat"); }
    std::optional<QDateTime> notBefore() const { return timeClaim("nbf"); }
    QString algorithm() const;

private:
    std::optional<QDateTime> timeClaim(const char *name) const;

    QJsonObject m_header;
    QJsonObject m_claims;
};

} // namespace altrata::auth

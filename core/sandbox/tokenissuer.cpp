#include "tokenissuer.h"

#include "auth/clock.h"
#include "auth/jwt.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>

namespace altrata::sandbox {

namespace {

constexpr auto base64url = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

QByteArray randomBytes(int count) {
    QByteArray bytes(count, Qt::Uninitialized);
    QRandomGenerator::system()->generate(bytes.begin(), bytes.end());
    return bytes;
}

QByteArray encodeSegment(const QJsonObject &object) {
    return QJsonDocument(object).toJson(QJsonDocument::Compact).toBase64(base64url);
}

// Compares without an early exit, so the time taken says nothing about where a forged MAC differs.
bool equalInConstantTime(const QByteArray &a, const QByteArray &b) {
    if (a.size() != b.size())
        return false;
    unsigned char difference = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        difference |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return difference == 0;
}

bool hasClaims(const QJsonObject &claims) {
    for (const char *name : {"iss", "sub", "jti", "scope"}) {
        if (!claims.value(QLatin1String(name)).isString())
            return false;
    }
    return claims.value(QLatin1String("iat")).isDouble() && claims.value(QLatin1String("exp")).isDouble();
}

} // namespace

TokenIssuer::TokenIssuer(QString issuer, qint64 ttlSeconds, const auth::Clock &clock, QByteArray signingKey)
    : m_issuer(std::move(issuer))
    , m_ttlSeconds(ttlSeconds)
    , m_clock(clock)
    , m_key(signingKey.isEmpty() ? randomBytes(32) : std::move(signingKey)) {}

IssuedToken TokenIssuer::issue(const QString &subject, const QString &scope) {
    const qint64 nowMs = m_clock.now().toMSecsSinceEpoch();
    const qint64 now = nowMs / 1000;
    // JWT times are whole seconds. Round the expiry up: a client counts expires_in from when the answer
    // arrived, and must never see the server refuse the token while it still holds it as valid.
    const qint64 expires = (nowMs + 999) / 1000 + m_ttlSeconds;
    const QString jti = QString::fromLatin1(randomBytes(16).toHex());
    const QJsonObject header{{QStringLiteral("alg"), QStringLiteral("HS256")},
                             {QStringLiteral("typ"), QStringLiteral("JWT")}};
    const QJsonObject claims{
        {QStringLiteral("iss"), m_issuer},    {QStringLiteral("sub"), subject},
        {QStringLiteral("iat"), double(now)}, {QStringLiteral("exp"), double(expires)},
        {QStringLiteral("jti"), jti},         {QStringLiteral("scope"), scope},
    };
    const QByteArray signingInput = encodeSegment(header) + '.' + encodeSegment(claims);
    m_currentJti.insert(subject, jti); // the previous token of `subject` stops verifying from here on
    return {signingInput + '.' + sign(signingInput), m_ttlSeconds};
}

TokenCheck TokenIssuer::verifyAuthorization(const QByteArray &authorizationHeader) const {
    const QByteArray value = authorizationHeader.trimmed();
    if (value.isEmpty())
        return {TokenStatus::Missing, {}, {}};
    const qsizetype space = value.indexOf(' ');
    const QByteArray scheme = space < 0 ? value : value.left(space);
    if (scheme.compare("bearer", Qt::CaseInsensitive) != 0)
        return {TokenStatus::Malformed, {}, {}};
    const QByteArray token = space < 0 ? QByteArray() : value.mid(space + 1).trimmed();
    return token.isEmpty() ? TokenCheck{TokenStatus::Missing, {}, {}} : verify(token);
}

TokenCheck TokenIssuer::verify(const QByteArray &token) const {
    const auto jwt = auth::Jwt::decode(token);
    if (!jwt || jwt->algorithm() != QLatin1String("HS256") || !hasClaims(jwt->claims()))
        return {TokenStatus::Malformed, {}, {}};
    const qsizetype lastDot = token.lastIndexOf('.');
    if (!equalInConstantTime(token.mid(lastDot + 1), sign(token.left(lastDot))))
        return {TokenStatus::BadSignature, {}, {}};
    const QJsonObject &claims = jwt->claims();
    TokenCheck check{TokenStatus::Valid, claims.value(QLatin1String("sub")).toString(),
                     claims.value(QLatin1String("scope")).toString()};
    if (claims.value(QLatin1String("iss")).toString() != m_issuer)
        check.status = TokenStatus::BadSignature; // signed by us under another name: not ours to accept
    else if (m_clock.now() >= *jwt->expiresAt())
        check.status = TokenStatus::Expired; // once expired, whether it was also replaced no longer matters
    else if (m_currentJti.value(check.subject) != claims.value(QLatin1String("jti")).toString())
        check.status = TokenStatus::Revoked;
    return check;
}

QString TokenIssuer::explain(TokenStatus status) {
    switch (status) {
    case TokenStatus::Valid:
        return QStringLiteral("The access token is valid.");
    case TokenStatus::Missing:
        return QStringLiteral("No access token was sent. Send \"Authorization: Bearer <token>\" with a token from "
                              "/oauth2/token.");
    case TokenStatus::Malformed:
        return QStringLiteral("The access token is malformed: the Authorization header must be \"Bearer\" followed "
                              "by a token from /oauth2/token.");
    case TokenStatus::BadSignature:
        return QStringLiteral("The access token was not issued by this server: its signature does not match.");
    case TokenStatus::Expired:
        return QStringLiteral("The access token has expired. Request a new one from /oauth2/token.");
    case TokenStatus::Revoked:
        return QStringLiteral("The access token was revoked: it was replaced by a newer token issued for the same "
                              "user.");
    }
    return {};
}

QByteArray TokenIssuer::codeOf(TokenStatus status) {
    switch (status) {
    case TokenStatus::Valid:
        return "valid";
    case TokenStatus::Missing:
        return "missing";
    case TokenStatus::Malformed:
        return "malformed";
    case TokenStatus::BadSignature:
        return "bad_signature";
    case TokenStatus::Expired:
        return "expired";
    case TokenStatus::Revoked:
        return "revoked";
    }
    return {};
}

QByteArray TokenIssuer::sign(const QByteArray &signingInput) const {
    return QMessageAuthenticationCode::hash(signingInput, m_key, QCryptographicHash::Sha256).toBase64(base64url);
}

} // namespace altrata::sandbox

#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QString>

namespace altrata::auth {
class Clock;
}

// The sandbox's token authority: HS256 JWTs signed with a key that lives only in this process, and
// Altrata's rule that issuing a token for a user ends that user's previous one.
namespace altrata::sandbox {

enum class TokenStatus {
    Valid,
    Missing,      // no Authorization header, or an empty bearer
    Malformed,    // not "Bearer <JWT>", or a JWT without our header/claims
    BadSignature, // well-formed, but not signed with this server's key
    Expired,
    Revoked, // superseded by a newer token for the same user
};

struct TokenCheck {
    TokenStatus status = TokenStatus::Missing;
    QString subject; // set when the signature was good
    QString scope;
    bool ok() const { return status == TokenStatus::Valid; }
};

struct IssuedToken {
    QByteArray accessToken;
    qint64 expiresIn = 0;
};

class TokenIssuer final {
    Q_DISABLE_COPY_MOVE(TokenIssuer)

public:
    // `clock` is not owned and must outlive the issuer. An empty `signingKey` draws 32 random bytes.
    TokenIssuer(QString issuer, qint64 ttlSeconds, const auth::Clock &clock, QByteArray signingKey = {});

    // Issues a token for `subject` and revokes the one issued to it before.
    IssuedToken issue(const QString &subject, const QString &scope);
    // Checks an Authorization header value ("Bearer <token>").
    TokenCheck verifyAuthorization(const QByteArray &authorizationHeader) const;
    // Checks a bare token.
    TokenCheck verify(const QByteArray &token) const;

    qint64 ttlSeconds() const { return m_ttlSeconds; }

    // The plain sentence a 401 carries for `status` (never the token itself).
    static QString explain(TokenStatus status);
    // Short machine name ("missing", "revoked"...) for logs and the WWW-Authenticate header.
    static QByteArray codeOf(TokenStatus status);

private:
    QByteArray sign(const QByteArray &signingInput) const;

    QString m_issuer;
    qint64 m_ttlSeconds;
    const auth::Clock &m_clock;
    QByteArray m_key;
    QHash<QString, QString> m_currentJti; // subject -> jti of its only live token
};

} // namespace altrata::sandbox

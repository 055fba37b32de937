#include "autherror.h"

#include <utility>

namespace altrata::auth {

QString kindName(AuthErrorKind kind) {
    switch (kind) {
    case AuthErrorKind::MissingCredentials:
        return QStringLiteral("missing-credentials");
    case AuthErrorKind::InsecureUrl:
        return QStringLiteral("insecure-url");
    case AuthErrorKind::BadApiKey:
        return QStringLiteral("bad-api-key");
    case AuthErrorKind::BadUserCredentials:
        return QStringLiteral("bad-username-or-password");
    case AuthErrorKind::RateLimited:
        return QStringLiteral("rate-limited");
    case AuthErrorKind::ServerError:
        return QStringLiteral("server-error");
    case AuthErrorKind::Network:
        return QStringLiteral("network");
    case AuthErrorKind::Tls:
        return QStringLiteral("tls");
    case AuthErrorKind::MalformedResponse:
        return QStringLiteral("malformed-response");
    case AuthErrorKind::Cancelled:
        return QStringLiteral("cancelled");
    case AuthErrorKind::TerminatedElsewhere:
        return QStringLiteral("terminated-elsewhere");
    case AuthErrorKind::Keychain:
        return QStringLiteral("keychain");
    }
    return QStringLiteral("unknown");
}

AuthError makeAuthError(AuthErrorKind kind, QString message, QString detail, int httpStatus) {
    return AuthError{kind, std::move(message), std::move(detail), httpStatus, std::nullopt};
}

QString AuthError::kindName() const {
    return auth::kindName(kind);
}

} // namespace altrata::auth

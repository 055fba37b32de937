#pragma once

#include <QString>

#include <optional>

namespace altrata::auth {

// Every way getting or using a token can fail. The CLI maps each kind to its own exit code.
enum class AuthErrorKind {
    MissingCredentials,  // a field is empty: nothing was sent
    InsecureUrl,         // plain http:// to a host that is not loopback, or not an http(s) URL at all
    BadApiKey,           // 403 from the gateway
    BadUserCredentials,  // 400/401 from the token endpoint
    RateLimited,         // 429
    ServerError,         // 5xx
    Network,             // DNS, connection refused, reset, timeout
    Tls,                 // certificate or handshake problem; never ignored
    MalformedResponse,   // 200 that is not a usable token
    Cancelled,           // the caller gave up
    TerminatedElsewhere, // a token that should be valid was refused: someone requested a newer one
    Keychain,            // the OS keychain could not be used
};

struct AuthError {
    AuthErrorKind kind = AuthErrorKind::Network;
    QString message;    // one or two sentences for a person, no secrets
    QString detail;     // redacted technical detail (status, excerpt of the body, Qt's error)
    int httpStatus = 0; // 0 when there was no HTTP response
    std::optional<int> retryAfterSeconds;

    // Stable lower-case identifier for JSON output and logs ("bad-api-key", ...).
    QString kindName() const;
};

QString kindName(AuthErrorKind kind);

// The one way to build an error from its parts (no Retry-After; httpStatus 0: no HTTP response).
AuthError makeAuthError(AuthErrorKind kind, QString message, QString detail = {}, int httpStatus = 0);

} // namespace altrata::auth

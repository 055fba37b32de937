#pragma once

#include "autherror.h"
#include "credentials.h"

#include <QDateTime>
#include <QList>
#include <QNetworkReply>
#include <QSslError>

#include <optional>
#include <variant>

namespace altrata::auth {

// Pure helpers that turn what the token endpoint sent back into a token or an AuthError. Kept apart from
// AuthSession so the session only deals with state and timing. Every message is for a person and free of
// secrets; bodies are quoted only as redacted excerpts.
namespace tokenreply {

// The usable part of a 200 answer.
struct TokenFields {
    QByteArray accessToken;
    qint64 expiresIn = 0;
    QString tokenType;
};

// Why a request produced no HTTP status worth classifying.
struct TransportFailure {
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QString qtMessage; // QNetworkReply::errorString(); redacted before use
    bool timedOut = false;
    int timeoutMs = 0;
    QList<QSslError> sslErrors;
};

// RFC 7231 IMF-fixdate ("Sun, 06 Nov 1994 08:49:37 GMT"), with RFC 2822 variants as a fallback.
std::optional<QDateTime> parseHttpDate(const QByteArray &value);
// Retry-After as delay-seconds or an HTTP-date (relative to `serverNow`); never negative.
std::optional<int> parseRetryAfter(const QByteArray &value, const QDateTime &serverNow);

// True when the reply failed below HTTP (DNS, refused, reset, TLS, proxy, protocol, closed mid-body).
bool isTransportError(QNetworkReply::NetworkError error);

// Status 200: the body must be a JSON object with a non-empty string access_token, a positive numeric
// expires_in and a token_type of "bearer" in any case.
std::variant<TokenFields, AuthError> parseTokenBody(const QByteArray &body, const Credentials &credentials);
// Any status but 200: 403 API key, 400/401 username or password, 429 rate limited, 5xx server error.
AuthError httpStatusError(int status, const QByteArray &body, const Credentials &credentials,
                          std::optional<int> retryAfterSeconds);
AuthError transportError(const TransportFailure &failure, const Credentials &credentials);

} // namespace tokenreply
} // namespace altrata::auth

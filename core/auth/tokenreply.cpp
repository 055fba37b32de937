#include "tokenreply.h"

#include "durationformat.h"
#include "net/redaction.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QStringList>

#include <algorithm>
#include <cmath>
#include <limits>

namespace altrata::auth::tokenreply {

namespace {

QList<const Secret *> secretsOf(const Credentials &credentials) {
    return {&credentials.password, &credentials.apiKey};
}

QString hostOf(const Credentials &credentials) {
    const QUrl &url = credentials.tokenUrl;
    return url.port() > 0 ? QStringLiteral("%1:%2").arg(url.host()).arg(url.port()) : url.host();
}

AuthError malformed(const QString &what, const QByteArray &body, const Credentials &credentials) {
    const QString quoted = body.isEmpty()
                               ? QStringLiteral("an empty body")
                               : QStringLiteral("\"%1\"").arg(net::bodyExcerpt(body, secretsOf(credentials)));
    return makeAuthError(
        AuthErrorKind::MalformedResponse,
        QStringLiteral("The token service at %1 answered, but %2, so no token was obtained. It sent: %3. "
                       "Check that the token URL points at the Altrata token endpoint.")
            .arg(hostOf(credentials), what, quoted),
        QStringLiteral("HTTP 200, %1; body: %2").arg(what, quoted), 200);
}

AuthError rateLimited(const QString &host, const QString &detail, std::optional<int> retryAfterSeconds) {
    const QString when =
        retryAfterSeconds
            ? QStringLiteral("Try again in %1.").arg(DurationFormat::words(std::max(1, *retryAfterSeconds)))
            : QStringLiteral("Wait a little before trying again.");
    AuthError error = makeAuthError(
        AuthErrorKind::RateLimited,
        QStringLiteral("The token service at %1 is limiting requests (HTTP 429). %2").arg(host, when), detail, 429);
    error.retryAfterSeconds = retryAfterSeconds;
    return error;
}

QString joinSslErrors(const QList<QSslError> &errors) {
    QStringList parts;
    for (const QSslError &error : errors)
        parts << error.errorString();
    parts.removeDuplicates();
    return parts.join(QStringLiteral("; "));
}

} // namespace

std::optional<QDateTime> parseHttpDate(const QByteArray &value) {
    const QString text = QString::fromLatin1(value).trimmed();
    if (text.isEmpty())
        return std::nullopt;
    QDateTime parsed = QLocale::c().toDateTime(text, QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"));
    if (parsed.isValid()) {
        parsed.setTimeSpec(Qt::UTC);
        return parsed;
    }
    parsed = QDateTime::fromString(text, Qt::RFC2822Date);
    if (parsed.isValid())
        return parsed.toUTC();
    return std::nullopt;
}

std::optional<int> parseRetryAfter(const QByteArray &value, const QDateTime &serverNow) {
    bool isNumber = false;
    const qint64 seconds = value.trimmed().toLongLong(&isNumber);
    if (isNumber)
        return int(std::clamp<qint64>(seconds, 0, std::numeric_limits<int>::max()));
    const auto when = parseHttpDate(value);
    if (!when || !serverNow.isValid())
        return std::nullopt;
    return int(std::clamp<qint64>(serverNow.secsTo(*when), 0, std::numeric_limits<int>::max()));
}

bool isTransportError(QNetworkReply::NetworkError error) {
    // 1-99 connection, 101-199 proxy, 301-399 protocol; 201-299 and 401-499 merely mirror the HTTP status.
    const int code = int(error);
    return (code >= 1 && code < 200) || (code >= 301 && code < 400);
}

std::variant<TokenFields, AuthError> parseTokenBody(const QByteArray &body, const Credentials &credentials) {
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return malformed(QStringLiteral("not with a JSON object"), body, credentials);
    const QJsonObject object = document.object();
    const QJsonValue token = object.value(QStringLiteral("access_token"));
    if (!token.isString() || token.toString().isEmpty())
        return malformed(QStringLiteral("without an access_token"), body, credentials);
    const QJsonValue expiresIn = object.value(QStringLiteral("expires_in"));
    if (!expiresIn.isDouble() || !std::isfinite(expiresIn.toDouble()) || expiresIn.toDouble() < 1)
        return malformed(QStringLiteral("without a positive number in expires_in"), body, credentials);
    const QString tokenType = object.value(QStringLiteral("token_type")).toString();
    if (tokenType.compare(QStringLiteral("bearer"), Qt::CaseInsensitive) != 0)
        return malformed(QStringLiteral("without token_type \"Bearer\""), body, credentials);
    const double lifetime = std::min(expiresIn.toDouble(), double(std::numeric_limits<int>::max()));
    return TokenFields{token.toString().toUtf8(), qint64(lifetime), tokenType};
}

AuthError httpStatusError(int status, const QByteArray &body, const Credentials &credentials,
                          std::optional<int> retryAfterSeconds) {
    const QString excerpt = net::bodyExcerpt(body, secretsOf(credentials));
    const QString detail = QStringLiteral("HTTP %1; body: \"%2\"").arg(status).arg(excerpt);
    const QString host = hostOf(credentials);
    if (status == 403) {
        return makeAuthError(
            AuthErrorKind::BadApiKey,
            QStringLiteral("The API key was refused by the token service at %1 (HTTP 403). Check the API "
                           "key: it is probably mistyped, revoked or for another environment.")
                .arg(host),
            detail, status);
    }
    if (status == 400 || status == 401) {
        return makeAuthError(
            AuthErrorKind::BadUserCredentials,
            QStringLiteral("The token service at %1 refused the username or password (HTTP %2). The API "
                           "key was accepted; check the service user's username and password.")
                .arg(host)
                .arg(status),
            detail, status);
    }
    if (status == 429)
        return rateLimited(host, detail, retryAfterSeconds);
    if (status >= 500) {
        return makeAuthError(
            AuthErrorKind::ServerError,
            QStringLiteral("The token service at %1 failed (HTTP %2: \"%3\"). This is a problem on the "
                           "server side, not with your credentials; try again later.")
                .arg(host)
                .arg(status)
                .arg(excerpt),
            detail, status);
    }
    return makeAuthError(AuthErrorKind::MalformedResponse,
                         QStringLiteral("The token URL answered HTTP %1 instead of a token. Check that the token URL "
                                        "points at the Altrata token endpoint.")
                             .arg(status),
                         detail, status);
}

namespace {

// The plain sentence for a failure below HTTP that is neither a timeout nor TLS.
QString networkMessage(const TransportFailure &failure, const Credentials &credentials, const QString &qtMessage) {
    const QString host = hostOf(credentials);
    switch (failure.error) {
    case QNetworkReply::HostNotFoundError:
        return QStringLiteral("The host name %1 could not be found. Check the token URL and that this computer is "
                              "online.")
            .arg(credentials.tokenUrl.host());
    case QNetworkReply::ConnectionRefusedError:
        return QStringLiteral("%1 refused the connection: nothing is listening there. Check the token URL and its "
                              "port.")
            .arg(host);
    case QNetworkReply::RemoteHostClosedError:
        return QStringLiteral("The connection to %1 was closed before the whole answer arrived. Try again; if it "
                              "keeps happening, a proxy or firewall may be cutting the connection.")
            .arg(host);
    default:
        return QStringLiteral("Could not talk to the token service at %1 (%2). Check your network connection and "
                              "proxy settings.")
            .arg(host, qtMessage);
    }
}

} // namespace

AuthError transportError(const TransportFailure &failure, const Credentials &credentials) {
    const QString host = hostOf(credentials);
    const QString qtMessage = QString::fromUtf8(net::redact(failure.qtMessage.toUtf8(), secretsOf(credentials)));
    const QString qtDetail = QStringLiteral("Qt network error %1: %2").arg(int(failure.error)).arg(qtMessage);
    if (failure.timedOut) {
        return makeAuthError(AuthErrorKind::Network,
                             QStringLiteral("The token service at %1 did not answer within %2. Check your network "
                                            "connection and proxy, then try again.")
                                 .arg(host, DurationFormat::words(std::max(1, failure.timeoutMs / 1000))),
                             QStringLiteral("timed out after %1 ms").arg(failure.timeoutMs));
    }
    if (!failure.sslErrors.isEmpty() || failure.error == QNetworkReply::SslHandshakeFailedError) {
        const QString problem = failure.sslErrors.isEmpty() ? qtMessage : joinSslErrors(failure.sslErrors);
        return makeAuthError(AuthErrorKind::Tls,
                             QStringLiteral("The secure connection to %1 was refused because of a certificate problem: "
                                            "%2. Nothing was sent. If your network inspects HTTPS traffic, ask your IT "
                                            "department to install its certificate on this computer.")
                                 .arg(host, problem),
                             qtDetail);
    }
    if (failure.error == QNetworkReply::OperationCanceledError)
        return makeAuthError(AuthErrorKind::Cancelled, QStringLiteral("The token request was cancelled."), qtDetail);
    return makeAuthError(AuthErrorKind::Network, networkMessage(failure, credentials, qtMessage), qtDetail);
}

} // namespace altrata::auth::tokenreply

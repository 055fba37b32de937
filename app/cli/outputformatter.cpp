#include "outputformatter.h"

#include "auth/authsession.h"
#include "auth/durationformat.h"
#include "net/redaction.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace altrata::cli {

using auth::AccessToken;
using auth::AuthError;
using auth::AuthErrorKind;
using Outcome = net::GraphQLResponse::Outcome;

namespace {

// The same threshold the GUI session uses by default.
const qint64 expiringSoonSeconds = auth::AuthSession::Options{}.expiringSoonSeconds;

QString lines(const QStringList &list) {
    return list.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QString displayUrl(const QUrl &url) {
    return url.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery);
}

// "ok", "wrong", "not-checked" for the API key and the username/password, judged from the token phase.
QPair<QString, QString> verdicts(const TokenOutcome &outcome) {
    if (outcome.token)
        return {QStringLiteral("ok"), QStringLiteral("ok")};
    const AuthErrorKind kind = outcome.error ? outcome.error->kind : AuthErrorKind::Network;
    if (kind == AuthErrorKind::BadApiKey)
        return {QStringLiteral("wrong"), QStringLiteral("not-checked")};
    if (kind == AuthErrorKind::BadUserCredentials)
        return {QStringLiteral("ok"), QStringLiteral("wrong")};
    return {QStringLiteral("not-checked"), QStringLiteral("not-checked")};
}

} // namespace

OutputFormatter::OutputFormatter(const QList<const auth::Secret *> &secrets) {
    // Replacing every occurrence of a one- or two-letter "secret" would only garble the text.
    for (const auth::Secret *secret : secrets) {
        if (secret && secret->length() >= minimumRedactedLength)
            m_secrets << secret;
    }
}

QString OutputFormatter::clean(const QString &text) const {
    return QString::fromUtf8(net::redact(text.toUtf8(), m_secrets));
}

QString OutputFormatter::tokenState(qint64 secondsRemaining) {
    if (secondsRemaining <= 0)
        return QStringLiteral("expired");
    if (secondsRemaining <= expiringSoonSeconds)
        return QStringLiteral("expiring-soon");
    return QStringLiteral("valid");
}

QString OutputFormatter::timestamp(const QDateTime &when) {
    return when.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) + QStringLiteral(" UTC");
}

QString OutputFormatter::sourceName(TokenOutcome::Source source) {
    switch (source) {
    case TokenOutcome::Source::Cache:
        return QStringLiteral("cache");
    case TokenOutcome::Source::Requested:
        return QStringLiteral("requested");
    case TokenOutcome::Source::Renewed:
        return QStringLiteral("renewed");
    }
    return QString();
}

QString OutputFormatter::sourceText(const TokenOutcome &outcome) {
    QString cached = outcome.storedInKeychain ? QStringLiteral("; saved in the keychain")
                                              : QStringLiteral("; NOT cached, the keychain is unavailable");
    if (outcome.keychainAvailable && !outcome.storedInKeychain)
        cached = QStringLiteral("; could not be saved in the keychain");
    switch (outcome.source) {
    case TokenOutcome::Source::Cache:
        return QStringLiteral("token from the keychain cache, not renewed");
    case TokenOutcome::Source::Requested:
        return QStringLiteral("new token: none valid was cached") + cached;
    case TokenOutcome::Source::Renewed:
        return QStringLiteral("renewed: the previous token no longer works anywhere") + cached;
    }
    return QString();
}

QString OutputFormatter::claimsText(const AccessToken &token) const {
    if (!token.jwt)
        return QStringLiteral("Claims:     none (the token is not a JWT)\n");
    QString text = QStringLiteral("Claims:\n");
    const QJsonObject claims = token.jwt->claims();
    for (auto it = claims.begin(); it != claims.end(); ++it) {
        QString value = QString::fromUtf8(QJsonDocument(QJsonArray{it.value()}).toJson(QJsonDocument::Compact));
        value = value.mid(1, value.size() - 2); // strip the array brackets around one value
        const bool isTime = it.key() == QStringLiteral("exp") || it.key() == QStringLiteral("iat") ||
                            it.key() == QStringLiteral("nbf") || it.key() == QStringLiteral("auth_time");
        if (isTime && it.value().isDouble())
            value +=
                QStringLiteral(" (%1)").arg(timestamp(QDateTime::fromSecsSinceEpoch(it.value().toInteger(), Qt::UTC)));
        text += QStringLiteral("  %1: %2\n").arg(it.key(), clean(value));
    }
    return text;
}

QString OutputFormatter::errorText(const AuthError &error) const {
    QString text = QStringLiteral("Error: %1\n").arg(clean(error.message));
    if (!error.detail.isEmpty())
        text += QStringLiteral("Detail: %1\n").arg(clean(error.detail));
    if (error.retryAfterSeconds)
        text += QStringLiteral("Retry after: %1\n").arg(auth::DurationFormat::precise(*error.retryAfterSeconds));
    return text;
}

QJsonObject OutputFormatter::errorJson(const AuthError &error) const {
    QJsonObject object{{QStringLiteral("kind"), error.kindName()},
                       {QStringLiteral("message"), clean(error.message)},
                       {QStringLiteral("detail"), clean(error.detail)}};
    if (error.httpStatus != 0)
        object.insert(QStringLiteral("httpStatus"), error.httpStatus);
    if (error.retryAfterSeconds)
        object.insert(QStringLiteral("retryAfterSeconds"), *error.retryAfterSeconds);
    return object;
}

QString OutputFormatter::tokenText(const TokenReport &report) const {
    QString text = QStringLiteral("Token server: %1 (user %2, credentials from %3)\n")
                       .arg(displayUrl(report.tokenUrl), report.username, report.origin);
    const TokenOutcome &outcome = report.outcome;
    if (!outcome.token)
        return text + errorText(outcome.error.value_or(AuthError{}));
    const AccessToken &token = *outcome.token;
    const qint64 remaining = token.secondsRemaining(report.now);
    text += QStringLiteral("State:      %1 (%2)\n").arg(tokenState(remaining), sourceText(outcome));
    text += QStringLiteral("Expires:    %1\n").arg(timestamp(token.expiresAt));
    text += QStringLiteral("Remaining:  %1\n").arg(auth::DurationFormat::precise(remaining));
    text += claimsText(token);
    if (report.showToken)
        text += QStringLiteral("Token:      %1\n").arg(token.value.reveal());
    return text;
}

QJsonObject OutputFormatter::tokenJsonObject(const AccessToken &token, const QDateTime &now) const {
    const qint64 remaining = token.secondsRemaining(now);
    QJsonObject object{{QStringLiteral("state"), tokenState(remaining)},
                       {QStringLiteral("expiresAt"), token.expiresAt.toUTC().toString(Qt::ISODate)},
                       {QStringLiteral("obtainedAt"), token.obtainedAt.toUTC().toString(Qt::ISODate)},
                       {QStringLiteral("secondsRemaining"), remaining},
                       {QStringLiteral("tokenType"), token.tokenType}};
    if (token.jwt) {
        object.insert(QStringLiteral("header"), token.jwt->header());
        object.insert(QStringLiteral("claims"), token.jwt->claims());
    }
    return object;
}

QByteArray OutputFormatter::tokenJson(const TokenReport &report) const {
    const TokenOutcome &outcome = report.outcome;
    QJsonObject object{{QStringLiteral("command"), QStringLiteral("token")},
                       {QStringLiteral("tokenUrl"), displayUrl(report.tokenUrl)},
                       {QStringLiteral("username"), report.username},
                       {QStringLiteral("keychainAvailable"), outcome.keychainAvailable},
                       {QStringLiteral("exitCode"), report.exitCode}};
    if (outcome.token) {
        const QJsonObject token = tokenJsonObject(*outcome.token, report.now);
        for (auto it = token.begin(); it != token.end(); ++it)
            object.insert(it.key(), it.value());
        object.insert(QStringLiteral("source"), sourceName(outcome.source));
        object.insert(QStringLiteral("cached"),
                      outcome.source == TokenOutcome::Source::Cache || outcome.storedInKeychain);
        if (report.showToken)
            object.insert(QStringLiteral("token"), outcome.token->value.reveal());
    } else {
        object.insert(QStringLiteral("state"), QStringLiteral("failed"));
        object.insert(QStringLiteral("error"), errorJson(outcome.error.value_or(AuthError{})));
    }
    return QJsonDocument(object).toJson(QJsonDocument::Indented);
}

QStringList OutputFormatter::checkTokenLines(const CheckReport &report) const {
    const TokenOutcome &outcome = report.outcome;
    const AuthError error = outcome.error.value_or(AuthError{});
    QStringList out;
    if (outcome.token) {
        out << QStringLiteral("API key: OK");
        out << QStringLiteral("Username and password: OK (%1)").arg(sourceText(outcome));
        out << QStringLiteral("Token: %1, %2 left (expires %3)")
                   .arg(tokenState(outcome.token->secondsRemaining(report.now)),
                        auth::DurationFormat::precise(outcome.token->secondsRemaining(report.now)),
                        timestamp(outcome.token->expiresAt));
    } else if (error.kind == AuthErrorKind::BadApiKey) {
        out << QStringLiteral("API key: WRONG - %1").arg(clean(error.message));
        out << QStringLiteral("Username and password: not checked (the API key was refused first)");
    } else if (error.kind == AuthErrorKind::BadUserCredentials) {
        out << QStringLiteral("API key: OK (accepted by the token server)");
        out << QStringLiteral("Username and password: WRONG - %1").arg(clean(error.message));
    } else if (error.kind == AuthErrorKind::InsecureUrl) {
        out << QStringLiteral("URL refused, nothing was sent - %1").arg(clean(error.message));
    } else if (error.kind == AuthErrorKind::MissingCredentials) {
        out << QStringLiteral("Credentials: INCOMPLETE - %1").arg(clean(error.message));
    } else {
        out << QStringLiteral("API key: not checked");
        out << QStringLiteral("Username and password: not checked");
        out << QStringLiteral("Token: FAILED (%1) - %2").arg(error.kindName(), clean(error.message));
    }
    if (!outcome.token && !error.detail.isEmpty())
        out << QStringLiteral("  Detail: %1").arg(clean(error.detail));
    return out;
}

QStringList OutputFormatter::checkServiceLines(const CheckReport &report) const {
    const QString service = QStringLiteral("Service %1").arg(displayUrl(report.serviceUrl));
    if (!report.service)
        return {QStringLiteral("%1: not checked (no token)").arg(service)};
    const net::GraphQLResponse &response = *report.service;
    if (response.outcome == Outcome::Data)
        return {QStringLiteral("%1: OK (answered in %2 ms)").arg(service).arg(response.elapsedMs)};
    QStringList out;
    if (response.authError && response.authError->kind == AuthErrorKind::TerminatedElsewhere) {
        out << QStringLiteral("Token: REFUSED by the service - %1").arg(clean(response.authError->message));
        out << QStringLiteral("  To get a new token run `altrata-explorer-cli token --renew`; that terminates the "
                              "token the other program now uses.");
    } else if (response.authError) {
        out << QStringLiteral("%1: FAILED (%2) - %3")
                   .arg(service, response.authError->kindName(), clean(response.authError->message));
    } else {
        const QString status =
            response.httpStatus ? QStringLiteral("HTTP %1").arg(response.httpStatus) : QStringLiteral("no HTTP answer");
        out << QStringLiteral("%1: FAILED (%2) - %3").arg(service, status, clean(response.message));
    }
    if (!response.detail.isEmpty())
        out << QStringLiteral("  Detail: %1").arg(clean(response.detail));
    return out;
}

QString OutputFormatter::checkText(const CheckReport &report) const {
    QStringList out{
        QStringLiteral("Token server: %1 (credentials from %2)").arg(displayUrl(report.tokenUrl), report.origin)};
    out << checkTokenLines(report);
    out << checkServiceLines(report);
    out << (report.exitCode == 0 ? QStringLiteral("Result: everything works.")
                                 : QStringLiteral("Result: FAILED (exit code %1).").arg(report.exitCode));
    return lines(out);
}

QByteArray OutputFormatter::checkJson(const CheckReport &report) const {
    const auto [apiKey, credentials] = verdicts(report.outcome);
    QJsonObject object{{QStringLiteral("command"), QStringLiteral("check")},
                       {QStringLiteral("tokenUrl"), displayUrl(report.tokenUrl)},
                       {QStringLiteral("serviceUrl"), displayUrl(report.serviceUrl)},
                       {QStringLiteral("apiKey"), apiKey},
                       {QStringLiteral("credentials"), credentials},
                       {QStringLiteral("keychainAvailable"), report.outcome.keychainAvailable},
                       {QStringLiteral("exitCode"), report.exitCode}};
    if (report.outcome.token) {
        QJsonObject token = tokenJsonObject(*report.outcome.token, report.now);
        token.insert(QStringLiteral("source"), sourceName(report.outcome.source));
        object.insert(QStringLiteral("token"), token);
    } else if (report.outcome.error) {
        object.insert(QStringLiteral("error"), errorJson(*report.outcome.error));
    }
    QJsonObject service{{QStringLiteral("status"), QStringLiteral("not-checked")}};
    if (report.service) {
        const net::GraphQLResponse &response = *report.service;
        const bool ok = response.outcome == Outcome::Data;
        service = {{QStringLiteral("status"), ok ? QStringLiteral("ok") : QStringLiteral("failed")},
                   {QStringLiteral("elapsedMs"), response.elapsedMs},
                   {QStringLiteral("httpStatus"), response.httpStatus}};
        if (!ok)
            service.insert(QStringLiteral("message"), clean(response.message));
        if (response.authError)
            object.insert(QStringLiteral("error"), errorJson(*response.authError));
    }
    object.insert(QStringLiteral("service"), service);
    return QJsonDocument(object).toJson(QJsonDocument::Indented);
}

} // namespace altrata::cli

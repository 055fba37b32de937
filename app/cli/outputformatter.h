#pragma once

#include "tokenprovider.h"

#include "auth/autherror.h"
#include "auth/secret.h"
#include "net/graphqlclient.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUrl>

#include <optional>

namespace altrata::cli {

// What `token` found or obtained, ready to print.
struct TokenReport {
    TokenOutcome outcome;
    QUrl tokenUrl;
    QString username;
    QString origin; // where the credentials came from
    QDateTime now;
    bool showToken = false;
    int exitCode = 0;
};

// What `check` found: the token phase, then (if a token was had) the service's answer to { __typename }.
struct CheckReport {
    TokenOutcome outcome;
    QUrl tokenUrl;
    QString origin;
    QUrl serviceUrl;
    QDateTime now;
    std::optional<net::GraphQLResponse> service; // empty when the service was not reached
    int exitCode = 0;
};

// Turns reports into plain text for people or JSON for scripts. Never prints a secret: the token only
// when showToken is set, and every message is redacted against the given secrets as a last line of defence.
class OutputFormatter final {
public:
    // Secrets shorter than this are not searched for in messages (they would match ordinary words).
    static constexpr qsizetype minimumRedactedLength = 4;

    explicit OutputFormatter(const QList<const auth::Secret *> &secrets = {});

    QString tokenText(const TokenReport &report) const;
    QByteArray tokenJson(const TokenReport &report) const;
    QString checkText(const CheckReport &report) const;
    QByteArray checkJson(const CheckReport &report) const;
    QString errorText(const auth::AuthError &error) const;
    QJsonObject errorJson(const auth::AuthError &error) const;

    // "7 h 59 min 58 s", "4 min 0 s", "12 s"
    // "valid", "expiring-soon" (5 minutes or less) or "expired"
    static QString tokenState(qint64 secondsRemaining);
    static QString timestamp(const QDateTime &when); // "2026-01-01 17:00:00 UTC"

private:
    QString clean(const QString &text) const;
    QString claimsText(const auth::AccessToken &token) const;
    QJsonObject tokenJsonObject(const auth::AccessToken &token, const QDateTime &now) const;
    QStringList checkTokenLines(const CheckReport &report) const;
    QStringList checkServiceLines(const CheckReport &report) const;
    static QString sourceText(const TokenOutcome &outcome);
    static QString sourceName(TokenOutcome::Source source);

    QList<const auth::Secret *> m_secrets;
};

} // namespace altrata::cli

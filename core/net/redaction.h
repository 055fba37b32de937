#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace altrata::auth {
class Secret;
}

namespace altrata::net {

// Replaces every occurrence of the given secrets, and the values of JSON members whose names say they
// hold a secret (access_token, refresh_token, id_token, token, password, api_key, apiKey, client_secret,
// Authorization), with "***". Safe to run on text that is not JSON.
QByteArray redact(const QByteArray &text, const QList<const auth::Secret *> &secrets = {});

// A short, single-line, redacted excerpt of a response body for error messages: at most `maxChars`
// characters, control characters replaced, "…" when cut. HTML is reduced to its <title> or text.
QString bodyExcerpt(const QByteArray &body, const QList<const auth::Secret *> &secrets = {}, int maxChars = 200);

// "Authorization", "x-api-key", "Cookie", "Proxy-Authorization" and similar shown as "***".
QList<QPair<QByteArray, QByteArray>> redactHeaders(const QList<QPair<QByteArray, QByteArray>> &headers);

} // namespace altrata::net

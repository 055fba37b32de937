#include "redaction.h"

#include "auth/secret.h"

#include <QRegularExpression>

namespace altrata::net {

namespace {

const QByteArray kMask = QByteArrayLiteral("***");

// JSON members whose value is a secret: "access_token": "…"
const QRegularExpression &jsonSecretMember() {
    static const QRegularExpression re(
        QStringLiteral(R"re(("(?:access_token|refresh_token|id_token|token|password|api_key|apikey|x-api-key|)re"
                       R"re(client_secret|authorization)"\s*:\s*")(?:[^"\\]|\\.)*")re"),
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

// Form or query style: access_token=…&
const QRegularExpression &formSecretMember() {
    static const QRegularExpression re(
        QStringLiteral(R"(\b((?:access_token|refresh_token|id_token|password|api_key|client_secret)=)[^&\s"]*)"),
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

// "Bearer eyJ…" and "Basic dXNl…" wherever they appear.
const QRegularExpression &authorizationScheme() {
    static const QRegularExpression re(QStringLiteral(R"(\b(Bearer|Basic)\s+[A-Za-z0-9._~+/=-]+)"),
                                       QRegularExpression::CaseInsensitiveOption);
    return re;
}

QString collapseWhitespace(const QString &text) {
    QString out;
    out.reserve(text.size());
    bool lastWasSpace = false;
    for (const QChar c : text) {
        const bool space = c.isSpace() || c.category() == QChar::Other_Control;
        if (space && lastWasSpace)
            continue;
        out += space ? QLatin1Char(' ') : c;
        lastWasSpace = space;
    }
    return out.trimmed();
}

QString textOfHtml(const QString &html) {
    static const QRegularExpression title(QStringLiteral("<title[^>]*>(.*?)</title>"),
                                          QRegularExpression::CaseInsensitiveOption |
                                              QRegularExpression::DotMatchesEverythingOption);
    if (const auto match = title.match(html); match.hasMatch() && !match.captured(1).trimmed().isEmpty())
        return match.captured(1);
    static const QRegularExpression scriptOrStyle(QStringLiteral("<(script|style)[^>]*>.*?</\\1>"),
                                                  QRegularExpression::CaseInsensitiveOption |
                                                      QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression tag(QStringLiteral("<[^>]*>"));
    QString text = html;
    text.remove(scriptOrStyle);
    text.replace(tag, QStringLiteral(" "));
    return text;
}

bool looksLikeHtml(const QByteArray &body) {
    const QByteArray start = body.left(512).trimmed().toLower();
    return start.startsWith("<!doctype html") || start.startsWith("<html") || start.contains("<body") ||
           start.contains("<head");
}

} // namespace

QByteArray redact(const QByteArray &text, const QList<const auth::Secret *> &secrets) {
    QByteArray out = text;
    for (const auth::Secret *secret : secrets) {
        if (secret && !secret->isEmpty())
            out.replace(secret->revealUtf8(), kMask);
    }
    QString asText = QString::fromUtf8(out);
    asText.replace(jsonSecretMember(), QStringLiteral("\\1***\""));
    asText.replace(formSecretMember(), QStringLiteral("\\1***"));
    asText.replace(authorizationScheme(), QStringLiteral("\\1 ***"));
    return asText.toUtf8();
}

QString bodyExcerpt(const QByteArray &body, const QList<const auth::Secret *> &secrets, int maxChars) {
    if (body.isEmpty())
        return QStringLiteral("(empty body)");
    // Cut generously before redacting so a secret straddling the cut is still found whole.
    const QByteArray head = body.left(qMax(maxChars * 8, 4096));
    QString text = QString::fromUtf8(redact(head, secrets));
    if (looksLikeHtml(head))
        text = textOfHtml(text);
    text = collapseWhitespace(text);
    if (text.size() > maxChars || head.size() < body.size()) {
        text.truncate(maxChars);
        text += QChar(0x2026);
    }
    return text;
}

QList<QPair<QByteArray, QByteArray>> redactHeaders(const QList<QPair<QByteArray, QByteArray>> &headers) {
    static const QList<QByteArray> sensitive = {"authorization", "proxy-authorization", "x-api-key", "cookie",
                                                "set-cookie"};
    QList<QPair<QByteArray, QByteArray>> out;
    out.reserve(headers.size());
    for (const auto &[name, value] : headers)
        out.append({name, sensitive.contains(name.toLower()) ? kMask : value});
    return out;
}

} // namespace altrata::net

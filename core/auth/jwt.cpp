#include "jwt.h"

#include <QJsonDocument>
#include <QJsonParseError>

namespace altrata::auth {

namespace {

std::optional<QJsonObject> decodeSegment(const QByteArray &segment) {
    const auto decoded =
        QByteArray::fromBase64Encoding(segment, QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals |
                                                    QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(*decoded, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    return document.object();
}

} // namespace

std::optional<Jwt> Jwt::decode(const QByteArray &token, QString *error) {
    const auto fail = [error](const QString &why) -> std::optional<Jwt> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    const QList<QByteArray> parts = token.split('.');
    if (parts.size() != 3)
        return fail(QStringLiteral("The token is not a JSON Web Token (it does not have three dot-separated parts)."));
    const auto header = decodeSegment(parts.at(0));
    if (!header)
        return fail(QStringLiteral("The token's header is not base64url-encoded JSON."));
    const auto claims = decodeSegment(parts.at(1));
    if (!claims)
        return fail(QStringLiteral("The token's payload is not base64url-encoded JSON."));
    Jwt jwt;
    jwt.m_header = *header;
    jwt.m_claims = *claims;
    return jwt;
}

QString Jwt::algorithm() const {
    return m_header.value(QLatin1String("alg")).toString();
}

std::optional<QDateTime> Jwt::timeClaim(const char *name) const {
    // NumericDate: seconds since the epoch, possibly fractional.
    const QJsonValue value = m_claims.value(QLatin1String(name));
    if (!value.isDouble())
        return std::nullopt;
    return QDateTime::fromSecsSinceEpoch(static_cast<qint64>(value.toDouble()), Qt::UTC);
}

} // namespace altrata::auth

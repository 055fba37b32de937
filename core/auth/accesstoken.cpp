#include "accesstoken.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace altrata::auth {

namespace {
constexpr auto kValue = "access_token";
constexpr auto kType = "token_type";
constexpr auto kObtained = "obtained_at";
constexpr auto kExpires = "expires_at";
constexpr auto kExpiresIn = "expires_in";
} // namespace

qint64 AccessToken::secondsRemaining(const QDateTime &now) const {
    if (!isValidAt(now))
        return 0;
    return now.secsTo(expiresAt);
}

QByteArray AccessToken::toCacheJson() const {
    const QJsonObject object{
        {QLatin1String(kValue), value.reveal()},
        {QLatin1String(kType), tokenType},
        {QLatin1String(kObtained), obtainedAt.toUTC().toString(Qt::ISODateWithMs)},
        {QLatin1String(kExpires), expiresAt.toUTC().toString(Qt::ISODateWithMs)},
        {QLatin1String(kExpiresIn), expiresInSeconds},
    };
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

std::optional<AccessToken> AccessToken::fromCacheJson(const QByteArray &json) {
    const QJsonDocument document = QJsonDocument::fromJson(json);
    if (!document.isObject())
        return std::nullopt;
    const QJsonObject object = document.object();
    AccessToken token;
    token.value = Secret(object.value(QLatin1String(kValue)).toString());
    token.tokenType = object.value(QLatin1String(kType)).toString();
    token.obtainedAt = QDateTime::fromString(object.value(QLatin1String(kObtained)).toString(), Qt::ISODateWithMs);
    token.expiresAt = QDateTime::fromString(object.value(QLatin1String(kExpires)).toString(), Qt::ISODateWithMs);
    token.expiresInSeconds = object.value(QLatin1String(kExpiresIn)).toInteger();
    if (token.value.isEmpty() || !token.obtainedAt.isValid() || !token.expiresAt.isValid())
        return std::nullopt;
    token.jwt = Jwt::decode(token.value.revealUtf8());
    return token;
}

} // namespace altrata::auth

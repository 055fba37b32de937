#include "credentials.h"

#include <QCryptographicHash>

namespace altrata::auth {

QUrl Credentials::defaultTokenUrl() {
    return QUrl(QStringLiteral("https://api-auth.altrata.com/oauth2/token"));
}

QStringList Credentials::missingFields() const {
    QStringList missing;
    if (tokenUrl.isEmpty())
        missing << QStringLiteral("token URL");
    if (username.trimmed().isEmpty())
        missing << QStringLiteral("username");
    if (password.reveal().trimmed().isEmpty())
        missing << QStringLiteral("password");
    if (apiKey.reveal().trimmed().isEmpty())
        missing << QStringLiteral("API key");
    return missing;
}

QStringList Credentials::fieldsWithSurroundingWhitespace() const {
    QStringList fields;
    if (!username.isEmpty() && username != username.trimmed())
        fields << QStringLiteral("username");
    if (password.hasSurroundingWhitespace())
        fields << QStringLiteral("password");
    if (apiKey.hasSurroundingWhitespace())
        fields << QStringLiteral("API key");
    return fields;
}

QString Credentials::cacheKey() const {
    QCryptographicHash hash(QCryptographicHash::Sha256);
    // Length-prefix every field so ("ab","c") and ("a","bc") never hash alike.
    const auto add = [&hash](const QByteArray &field) {
        hash.addData(QByteArray::number(field.size()));
        hash.addData(QByteArrayView(":"));
        hash.addData(field);
    };
    add(tokenUrl.toString(QUrl::FullyEncoded).toUtf8());
    add(username.toUtf8());
    add(password.revealUtf8());
    add(apiKey.revealUtf8());
    return QString::fromLatin1(hash.result().toHex());
}

} // namespace altrata::auth

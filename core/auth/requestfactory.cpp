#include "requestfactory.h"

#include "urlpolicy.h"

#include <QLocale>
#include <QUrlQuery>

namespace altrata::auth {

namespace {

AuthError missing(const QStringList &fields) {
    const QString list = QLocale::c().createSeparatedList(fields);
    return makeAuthError(AuthErrorKind::MissingCredentials,
                         QStringLiteral("Nothing was sent: the %1 %2 empty. Fill in every field of the credentials.")
                             .arg(list, fields.size() == 1 ? QStringLiteral("is") : QStringLiteral("are")),
                         QStringLiteral("missing: %1").arg(list));
}

// Settings every request carrying a secret shares: nothing cached, no cookies, JSON back.
void applyCommon(QNetworkRequest &request, const Credentials &credentials) {
    request.setRawHeader("x-api-key", credentials.apiKey.revealUtf8());
    request.setRawHeader("Accept", "application/json");
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
}

} // namespace

std::variant<QNetworkRequest, AuthError> RequestFactory::tokenRequest(const Credentials &credentials) {
    if (!credentials.isComplete())
        return missing(credentials.missingFields());
    if (const auto refused = checkUrlIsAllowed(credentials.tokenUrl))
        return *refused;

    QUrl url = credentials.tokenUrl;
    QUrlQuery query(url);
    query.removeAllQueryItems(QStringLiteral("grant_type"));
    query.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("client_credentials"));
    url.setQuery(query);

    QNetworkRequest request(url);
    applyCommon(request, credentials);
    const QByteArray userPass = credentials.username.toUtf8() + ':' + credentials.password.revealUtf8();
    request.setRawHeader("Authorization", "Basic " + userPass.toBase64());
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/x-www-form-urlencoded"));
    // A token endpoint has no reason to redirect; following one could hand the secrets to another host.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    return request;
}

std::variant<QNetworkRequest, AuthError>
RequestFactory::serviceRequest(const QUrl &serviceUrl, const Credentials &credentials, const AccessToken &token) {
    if (const auto refused = checkUrlIsAllowed(serviceUrl))
        return *refused;
    QStringList absent;
    if (credentials.apiKey.reveal().trimmed().isEmpty())
        absent << QStringLiteral("API key");
    if (token.isNull())
        absent << QStringLiteral("access token");
    if (!absent.isEmpty())
        return missing(absent);

    QNetworkRequest request(serviceUrl);
    applyCommon(request, credentials);
    request.setRawHeader("Authorization", "Bearer " + token.value.revealUtf8());
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    // Redirects stay on the same scheme, host and port, so the token never travels elsewhere.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::SameOriginRedirectPolicy);
    return request;
}

} // namespace altrata::auth

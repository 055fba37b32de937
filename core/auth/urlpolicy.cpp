#include "urlpolicy.h"

#include <QHostAddress>

namespace altrata::auth {

bool isLoopbackHost(const QString &host) {
    if (host.compare(QStringLiteral("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

std::optional<AuthError> checkUrlIsAllowed(const QUrl &url) {
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || url.host().isEmpty() ||
        (scheme != QStringLiteral("https") && scheme != QStringLiteral("http"))) {
        return makeAuthError(AuthErrorKind::InsecureUrl,
                             QStringLiteral("\"%1\" is not a web address the explorer can use. Use an https:// URL.")
                                 .arg(url.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery)),
                             QStringLiteral("scheme \"%1\"").arg(scheme));
    }
    if (scheme == QStringLiteral("http") && !isLoopbackHost(url.host())) {
        return makeAuthError(AuthErrorKind::InsecureUrl,
                             QStringLiteral("Refusing to send credentials over plain http:// to %1. Use https://; "
                                            "plain http:// is only allowed for this computer (localhost).")
                                 .arg(url.host()),
                             QStringLiteral("http URL to non-loopback host"));
    }
    return std::nullopt;
}

} // namespace altrata::auth

#pragma once

#include "accesstoken.h"
#include "autherror.h"
#include "credentials.h"

#include <QNetworkRequest>

#include <variant>

namespace altrata::auth {

// The one place where credentials are attached to HTTP requests, and where the https-or-loopback rule
// is enforced. Both functions refuse (AuthError) instead of building an unsafe request.
class RequestFactory final {
public:
    // POST <tokenUrl>?grant_type=client_credentials with x-api-key, Basic auth and a form content type.
    static std::variant<QNetworkRequest, AuthError> tokenRequest(const Credentials &credentials);
    // POST <serviceUrl> with x-api-key, "Authorization: Bearer <token>" and a JSON content type.
    static std::variant<QNetworkRequest, AuthError>
    serviceRequest(const QUrl &serviceUrl, const Credentials &credentials, const AccessToken &token);
};

} // namespace altrata::auth

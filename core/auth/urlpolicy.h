#pragma once

#include "autherror.h"

#include <QUrl>

#include <optional>

namespace altrata::auth {

// https:// everywhere; plain http:// only to the loopback interface (the sandbox, test servers).
bool isLoopbackHost(const QString &host);
std::optional<AuthError> checkUrlIsAllowed(const QUrl &url);

} // namespace altrata::auth

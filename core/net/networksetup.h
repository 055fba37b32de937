#pragma once

class QNetworkAccessManager;

namespace altrata::net {

// Both executables call this once at start-up: honour the system proxy configuration
// (environment variables such as https_proxy on Linux).
void useSystemProxyConfiguration();

} // namespace altrata::net

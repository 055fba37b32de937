#include "networksetup.h"

#include <QNetworkProxyFactory>

namespace altrata::net {

void useSystemProxyConfiguration() {
    QNetworkProxyFactory::setUseSystemConfiguration(true);
}

} // namespace altrata::net

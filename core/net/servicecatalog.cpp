#include "servicecatalog.h"

#include <QStringList>

namespace altrata::net {

ServiceCatalog::ServiceCatalog() {
    for (const QString &name : altrataServiceNames())
        m_altrata.append({name, displayName(name), altrataUrl(name), Service::Origin::Altrata});
}

QStringList ServiceCatalog::altrataServiceNames() {
    return {QStringLiteral("profile"), QStringLiteral("matching"), QStringLiteral("relationships"),
            QStringLiteral("events")};
}

QString ServiceCatalog::displayName(const QString &name) {
    return name.isEmpty() ? name : name.at(0).toUpper() + name.mid(1);
}

QUrl ServiceCatalog::altrataUrl(const QString &name) {
    if (!altrataServiceNames().contains(name))
        return QUrl();
    // Each service lives on a host of its own, with its GraphQL endpoint at /graphql.
    QUrl url;
    url.setScheme(QStringLiteral("https"));
    url.setHost(name + QStringLiteral(".altrata.com"));
    url.setPath(QStringLiteral("/graphql"));
    return url;
}

QList<Service> ServiceCatalog::services() const {
    return m_altrata + m_sandbox + m_custom;
}

void ServiceCatalog::setSandboxServices(const QList<std::pair<QString, QUrl>> &services) {
    m_sandbox.clear();
    for (const auto &[name, url] : services) {
        m_sandbox.append({name, QStringLiteral("Sandbox: %1").arg(displayName(name)), url, Service::Origin::Sandbox});
    }
}

bool ServiceCatalog::addCustom(const QUrl &url) {
    if (!url.isValid() || url.isRelative() || url.host().isEmpty() || findByUrl(url))
        return false;
    m_custom.append({QString(), url.toDisplayString(), url, Service::Origin::Custom});
    return true;
}

std::optional<Service> ServiceCatalog::findByUrl(const QUrl &url) const {
    const QUrl wanted = url.adjusted(QUrl::StripTrailingSlash);
    for (const Service &service : services()) {
        if (service.url.adjusted(QUrl::StripTrailingSlash) == wanted)
            return service;
    }
    return std::nullopt;
}

} // namespace altrata::net

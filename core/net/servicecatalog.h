#pragma once

#include <QList>
#include <QString>
#include <QUrl>

#include <optional>
#include <utility>

// The GraphQL services the explorer offers in its service picker: Altrata's four services at their own hosts,
// the built-in sandbox's services while it runs, and URLs the user added.
namespace altrata::net {

struct Service {
    enum class Origin { Altrata, Sandbox, Custom };

    QString name;  // "profile", "matching", "relationships", "events"; empty for a custom URL
    QString label; // what the picker shows: "Profile", "Sandbox: Profile", or the URL
    QUrl url;      // the GraphQL endpoint
    Origin origin = Origin::Altrata;

    friend bool operator==(const Service &, const Service &) = default;
};

class ServiceCatalog final {
public:
    // Holds the four Altrata services (altrata-api.md: https://<name>.altrata.com/graphql).
    ServiceCatalog();

    // "profile", "matching", "relationships", "events": Altrata's services, in the order the picker lists them.
    static QStringList altrataServiceNames();
    static QString displayName(const QString &name); // "Profile"; an unknown name gets its first letter raised
    static QUrl altrataUrl(const QString &name);     // empty for an unknown name

    // Altrata's services first, then the sandbox's, then custom URLs.
    QList<Service> services() const;

    // Replaces the sandbox's entries (name -> URL, in the order given). An empty list removes them.
    void setSandboxServices(const QList<std::pair<QString, QUrl>> &services);
    bool hasSandbox() const { return !m_sandbox.isEmpty(); }
    // Adds a custom GraphQL URL once; false for an invalid URL or one already listed.
    bool addCustom(const QUrl &url);

    std::optional<Service> findByUrl(const QUrl &url) const;

private:
    QList<Service> m_altrata;
    QList<Service> m_sandbox;
    QList<Service> m_custom;
};

} // namespace altrata::net

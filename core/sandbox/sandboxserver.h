#pragma once

#include "sandboxconfig.h"
#include "sandboxservice.h"

#include <QObject>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <memory>
#include <vector>

namespace altrata::auth {
class Clock;
}

// The built-in Altrata look-alike on 127.0.0.1 (QHttpServer): the token endpoint with Altrata's
// semantics (a new token revokes the user's previous one) and the GraphQL services over HTTP.
// Lives on one thread: construct, listen and destroy it there (SandboxHost gives it a thread of its own).
namespace altrata::sandbox {

class SandboxServer final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SandboxServer)

public:
    // Serves `services` (at /<name>/graphql). `clock` (not owned; nullptr: the system clock) drives
    // token issue and expiry.
    SandboxServer(SandboxConfig config, std::vector<std::unique_ptr<SandboxService>> services,
                  const auth::Clock *clock = nullptr, QObject *parent = nullptr);
    // The four Altrata services over a dataset generated from config.dataset.
    static std::unique_ptr<SandboxServer> createDefault(const SandboxConfig &config,
                                                        const auth::Clock *clock = nullptr);
    ~SandboxServer() override;

    // Binds 127.0.0.1 on config.port (0: any free port). False with errorString() set when it cannot.
    bool listen();
    QString errorString() const;
    quint16 port() const;

    const SandboxConfig &config() const;
    QUrl baseUrl() const;                          // http://127.0.0.1:PORT
    QUrl tokenUrl() const;                         // .../oauth2/token
    QUrl serviceUrl(const QString &service) const; // .../<service>/graphql
    QStringList serviceNames() const;

Q_SIGNALS:
    // One line per request: method, path, status, milliseconds. Never a header or a body.
    void requestLogged(const QString &line);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace altrata::sandbox

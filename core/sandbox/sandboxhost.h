#pragma once

#include "sandboxconfig.h"

#include "auth/credentials.h"

#include <QObject>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <memory>

// Runs a default SandboxServer on a thread of its own, so building a 100 MB response never blocks
// the thread that owns the host (the GUI). Stops the server and joins the thread on stop() or
// destruction.
namespace altrata::sandbox {

class SandboxHost final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SandboxHost)

public:
    explicit SandboxHost(QObject *parent = nullptr);
    ~SandboxHost() override;

    // Asynchronous: emits started() or failed() once the server listens or cannot.
    void start(const SandboxConfig &config);
    void stop();
    bool isRunning() const;

    QUrl baseUrl() const; // empty until started()
    QUrl tokenUrl() const;
    QUrl serviceUrl(const QString &service) const;
    QStringList serviceNames() const;
    const SandboxConfig &config() const;
    // The sandbox's credentials with its token URL, ready for AuthSession / RequestFactory (after started()).
    auth::Credentials credentials() const;

Q_SIGNALS:
    void started(const QUrl &baseUrl);
    void failed(const QString &message);
    void requestLogged(const QString &line);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace altrata::sandbox

#pragma once

#include "auth/credentials.h"
#include "sandbox/sandboxhost.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

namespace altrata::ui {

// The built-in sandbox as the window uses it: started on demand (once, however often it is asked while its data
// is generated) and reported back: running() whenever its services are available, then demoWanted() when
// open() asked for it. Only starts and reports; the window opens the tabs and the profile.
class SandboxLauncher final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SandboxLauncher)
public:
    explicit SandboxLauncher(QObject *parent = nullptr);
    ~SandboxLauncher() override;

    // Not owned; null: no sandbox offered. A host that already runs reports running() at once.
    void setHost(sandbox::SandboxHost *host);
    sandbox::SandboxHost *host() const { return m_host; }
    void open(); // starts the host (or uses the running one), then demoWanted()

    QList<std::pair<QString, QUrl>> services() const; // name -> GraphQL URL, while it runs
    // The public demo credentials, kept for this session only like any secret; the first service by default.
    auth::CredentialProfile demoProfile() const;

Q_SIGNALS:
    void starting();
    void running(const QUrl &baseUrl);
    void demoWanted();
    void failed(const QString &message);

private:
    void onStarted();
    void onFailed(const QString &message);

    QPointer<sandbox::SandboxHost> m_host;
    bool m_wanted = false;   // open() asked: demoWanted() once it runs
    bool m_starting = false; // start() was called and neither started() nor failed() came yet
};

} // namespace altrata::ui

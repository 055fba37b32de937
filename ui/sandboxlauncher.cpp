#include "sandboxlauncher.h"

#include "uilogging.h"

namespace altrata::ui {

SandboxLauncher::SandboxLauncher(QObject *parent)
    : QObject(parent) {}

SandboxLauncher::~SandboxLauncher() = default;

void SandboxLauncher::setHost(sandbox::SandboxHost *host) {
    if (m_host)
        disconnect(m_host, nullptr, this, nullptr);
    m_host = host;
    if (!host)
        return;
    connect(host, &sandbox::SandboxHost::started, this, &SandboxLauncher::onStarted);
    connect(host, &sandbox::SandboxHost::failed, this, &SandboxLauncher::onFailed);
    if (host->isRunning())
        onStarted();
}

void SandboxLauncher::open() {
    if (!m_host)
        return;
    m_wanted = true;
    if (m_host->isRunning()) {
        onStarted();
        return;
    }
    if (std::exchange(m_starting, true))
        return; // asked twice while the data is being generated: one start is enough
    Q_EMIT starting();
    m_host->start(sandbox::SandboxConfig{});
}

QList<std::pair<QString, QUrl>> SandboxLauncher::services() const {
    QList<std::pair<QString, QUrl>> services;
    if (m_host) {
        for (const QString &name : m_host->serviceNames())
            services.append({name, m_host->serviceUrl(name)});
    }
    return services;
}

auth::CredentialProfile SandboxLauncher::demoProfile() const {
    auth::CredentialProfile profile;
    profile.name = tr("Sandbox demo");
    if (m_host) {
        profile.credentials = m_host->credentials();
        profile.defaultService = m_host->serviceUrl(m_host->serviceNames().value(0));
    }
    return profile;
}

void SandboxLauncher::onStarted() {
    m_starting = false;
    Q_EMIT running(m_host->baseUrl());
    if (std::exchange(m_wanted, false))
        Q_EMIT demoWanted();
}

void SandboxLauncher::onFailed(const QString &message) {
    m_wanted = false;
    m_starting = false;
    qCWarning(lcUi) << "the sandbox did not start";
    Q_EMIT failed(message);
}

} // namespace altrata::ui

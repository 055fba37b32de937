#include "sandboxcommand.h"

#include "console.h"
#include "exitcodes.h"
#include "logging.h"
#include "terminationsignals.h"

#include "sandbox/sandboxhost.h"

#include <csignal>

namespace altrata::cli {

namespace {

QString serviceLabel(const QString &service) {
    return service.isEmpty() ? service : service.at(0).toUpper() + service.mid(1);
}

} // namespace

SandboxCommand::SandboxCommand(const Console &console, QObject *parent)
    : QObject(parent)
    , m_console(console) {}

// The host joins its server thread; the handlers go back to the defaults after it.
SandboxCommand::~SandboxCommand() {
    m_host.reset();
    m_signals.reset();
}

void SandboxCommand::run(const Invocation &invocation) {
    // Handlers first: a Ctrl+C while the data is being generated must still end the run cleanly.
    m_signals = std::make_unique<TerminationSignals>();
    connect(m_signals.get(), &TerminationSignals::received, this, &SandboxCommand::onTerminationRequested);
    if (!m_signals->isActive())
        qCWarning(lcCli) << "could not install the Ctrl+C handler; the sandbox stops the default way";
    m_host = std::make_unique<sandbox::SandboxHost>();
    connect(m_host.get(), &sandbox::SandboxHost::started, this, &SandboxCommand::onStarted);
    connect(m_host.get(), &sandbox::SandboxHost::failed, this, &SandboxCommand::onFailed);
    connect(m_host.get(), &sandbox::SandboxHost::requestLogged, this,
            [this](const QString &line) { m_console.err(line + QLatin1Char('\n')); });
    m_console.err(QStringLiteral("Starting the sandbox (generating the demo data)…\n"));
    m_host->start(invocation.sandbox);
}

void SandboxCommand::onStarted() {
    const sandbox::SandboxConfig &config = m_host->config();
    QString text = QStringLiteral("Altrata sandbox listening on %1\n\n").arg(m_host->baseUrl().toString());
    text += QStringLiteral("  %1 %2\n").arg(QStringLiteral("Token URL:"), -16).arg(m_host->tokenUrl().toString());
    for (const QString &service : m_host->serviceNames()) {
        text += QStringLiteral("  %1 %2\n")
                    .arg(serviceLabel(service) + QLatin1Char(':'), -16)
                    .arg(m_host->serviceUrl(service).toString());
    }
    // The demo credentials are public on purpose: they open nothing but this local sandbox.
    text += QStringLiteral("\nDemo credentials (sandbox only):\n");
    text += QStringLiteral("  %1 %2\n").arg(QStringLiteral("API key:"), -16).arg(config.credentials.apiKey);
    text += QStringLiteral("  %1 %2\n").arg(QStringLiteral("Username:"), -16).arg(config.credentials.username);
    text += QStringLiteral("  %1 %2\n").arg(QStringLiteral("Password:"), -16).arg(config.credentials.password);
    text += QStringLiteral("  %1 %2 s\n").arg(QStringLiteral("Token lifetime:"), -16).arg(config.tokenTtlSeconds);
    text += QStringLiteral("\nTry: ALTRATA_API_KEY=%1 ALTRATA_USERNAME=%2 ALTRATA_PASSWORD=%3 "
                           "altrata-explorer-cli check --token-url %4 --service %5\n")
                .arg(config.credentials.apiKey, config.credentials.username, config.credentials.password,
                     m_host->tokenUrl().toString(), m_host->serviceUrl(m_host->serviceNames().value(0)).toString());
    text += QStringLiteral("Press Ctrl+C to stop.\n");
    m_console.out(text);
}

void SandboxCommand::onFailed(const QString &message) {
    m_console.err(QStringLiteral("Error: the sandbox could not start: %1\n").arg(message));
    if (!m_finished) {
        m_finished = true;
        Q_EMIT finished(toInt(ExitCode::SandboxFailed));
    }
}

void SandboxCommand::onTerminationRequested(int signalNumber) {
    if (m_finished)
        return;
    m_finished = true;
    m_console.err(QStringLiteral("%1: stopping the sandbox.\n")
                      .arg(signalNumber == SIGINT ? QStringLiteral("Interrupted") : QStringLiteral("Terminated")));
    m_host->stop();
    Q_EMIT finished(toInt(ExitCode::Success));
}

} // namespace altrata::cli

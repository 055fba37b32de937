#include "sandboxcommand.h"

#include "console.h"
#include "exitcodes.h"
#include "logging.h"
#include "terminationsignals.h"

#include "net/servicecatalog.h"
#include "sandbox/sandboxhost.h"

#include <csignal>

namespace altrata::cli {

namespace {

// Overrides the demo credentials from the environment; true when the API key or the password changed.
bool applyCredentialOverrides(const QProcessEnvironment &environment, sandbox::SandboxCredentials &credentials) {
    const auto apply = [&environment](const char *name, QString &value) {
        const QString given = environment.value(QLatin1String(name));
        if (given.isEmpty())
            return false;
        value = given;
        return true;
    };
    apply("ALTRATA_SANDBOX_USERNAME", credentials.username);
    const bool apiKey = apply("ALTRATA_SANDBOX_API_KEY", credentials.apiKey);
    const bool password = apply("ALTRATA_SANDBOX_PASSWORD", credentials.password);
    return apiKey || password;
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

void SandboxCommand::run(const Invocation &invocation, const QProcessEnvironment &environment) {
    sandbox::SandboxConfig config = invocation.sandbox;
    m_customSecrets = applyCredentialOverrides(environment, config.credentials);
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
    m_host->start(config);
}

void SandboxCommand::onStarted() {
    const sandbox::SandboxConfig &config = m_host->config();
    QString text = QStringLiteral("Altrata sandbox listening on %1\n\n").arg(m_host->baseUrl().toString());
    text += QStringLiteral("  %1 %2\n").arg(QStringLiteral("Token URL:"), -16).arg(m_host->tokenUrl().toString());
    for (const QString &service : m_host->serviceNames()) {
        text += QStringLiteral("  %1 %2\n")
                    .arg(net::ServiceCatalog::displayName(service) + QLatin1Char(':'), -16)
                    .arg(m_host->serviceUrl(service).toString());
    }
    text += QStringLiteral("  %1 %2 s\n").arg(QStringLiteral("Token lifetime:"), -16).arg(config.tokenTtlSeconds);
    // The demo credentials are public on purpose: they open nothing but this local sandbox. Credentials
    // the user chose through the environment are theirs, and are not echoed.
    if (m_customSecrets) {
        text += QStringLiteral("\nCredentials (sandbox only): username %1; API key and password as set in "
                               "ALTRATA_SANDBOX_API_KEY / ALTRATA_SANDBOX_PASSWORD (or the demo ones).\n")
                    .arg(config.credentials.username);
    } else {
        text += QStringLiteral("\nDemo credentials (sandbox only):\n");
        text += QStringLiteral("  %1 %2\n").arg(QStringLiteral("API key:"), -16).arg(config.credentials.apiKey);
        text += QStringLiteral("  %1 %2\n").arg(QStringLiteral("Username:"), -16).arg(config.credentials.username);
        text += QStringLiteral("  %1 %2\n").arg(QStringLiteral("Password:"), -16).arg(config.credentials.password);
        text += QStringLiteral("\nTry: ALTRATA_API_KEY=%1 ALTRATA_USERNAME=%2 ALTRATA_PASSWORD=%3 "
                               "altrata-explorer-cli check --token-url %4 --service %5\n")
                    .arg(config.credentials.apiKey, config.credentials.username, config.credentials.password,
                         m_host->tokenUrl().toString(), m_host->serviceUrl(m_host->serviceNames().value(0)).toString());
    }
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

#include "tokencommand.h"

#include "console.h"
#include "exitcodes.h"
#include "outputformatter.h"

namespace altrata::cli {

TokenCommand::TokenCommand(const Console &console, QObject *parent)
    : QObject(parent)
    , m_console(console)
    , m_provider(console) {}

std::optional<int> TokenCommand::confirmRenewal(const Invocation &invocation, const Console &console) {
    if (invocation.command != Invocation::Command::Token || !invocation.renew)
        return std::nullopt;
    console.err(QStringLiteral(
        "--renew requests a new token even if the current one is still valid. The token server then TERMINATES the "
        "current token for every program that uses the same credentials (for example a production integration "
        "sharing this service user); those programs fail until they get a new token themselves.\n"));
    if (invocation.yes)
        return std::nullopt;
    if (!console.isInteractive()) {
        console.err(QStringLiteral("Error: standard input is not a terminal, so nobody can confirm this. Add --yes "
                                   "to renew anyway. No token was requested.\n"));
        return toInt(ExitCode::Usage);
    }
    if (!console.confirm(QStringLiteral("Renew the token now?"))) {
        console.err(QStringLiteral("Cancelled: no token was requested.\n"));
        return toInt(ExitCode::Cancelled);
    }
    return std::nullopt;
}

void TokenCommand::run(const Invocation &invocation, const ResolvedCredentials &resolved) {
    m_invocation = invocation;
    m_resolved = resolved;
    TokenProvider::Options options;
    options.timeoutMs = invocation.timeoutSeconds * 1000;
    options.renew = invocation.renew;
    options.allowUncached = invocation.yes;
    m_provider.obtain(resolved.credentials, options, [this](const TokenOutcome &outcome) { report(outcome); });
}

void TokenCommand::report(const TokenOutcome &outcome) {
    TokenReport report;
    report.outcome = outcome;
    report.tokenUrl = m_resolved.credentials.tokenUrl;
    report.username = m_resolved.credentials.username;
    report.origin = m_resolved.origin;
    report.now = m_provider.clock().now();
    report.showToken = m_invocation.showToken;
    report.exitCode = outcome.token ? toInt(ExitCode::Success) : toInt(exitCodeFor(outcome.error->kind));

    const OutputFormatter formatter({&m_resolved.credentials.password, &m_resolved.credentials.apiKey});
    if (m_invocation.json)
        m_console.out(QString::fromUtf8(formatter.tokenJson(report)));
    else if (outcome.token)
        m_console.out(formatter.tokenText(report));
    else
        m_console.err(formatter.tokenText(report));
    Q_EMIT finished(report.exitCode);
}

} // namespace altrata::cli

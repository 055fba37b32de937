#include "checkcommand.h"

#include "console.h"
#include "exitcodes.h"
#include "outputformatter.h"

#include "auth/urlpolicy.h"

namespace altrata::cli {

using Outcome = net::GraphQLResponse::Outcome;

CheckCommand::CheckCommand(const Console &console, QObject *parent)
    : QObject(parent)
    , m_console(console)
    , m_provider(console) {}

// The client refers to the provider's session and network: it goes first.
CheckCommand::~CheckCommand() {
    m_client.reset();
}

void CheckCommand::run(const Invocation &invocation, const ResolvedCredentials &resolved) {
    m_invocation = invocation;
    m_resolved = resolved;
    m_serviceUrl = invocation.serviceUrl.value_or(resolved.defaultService);
    if (m_serviceUrl.isEmpty()) {
        stop(toInt(ExitCode::Usage), QStringLiteral("Error: check needs --service URL (the GraphQL endpoint to "
                                                    "test). Nothing was sent.\n"));
        return;
    }
    // Refuse an unsafe service before a token is fetched for it.
    if (const auto refused = auth::checkUrlIsAllowed(m_serviceUrl)) {
        m_outcome.error = refused;
        report(std::nullopt, toInt(ExitCode::InsecureUrl));
        return;
    }
    TokenProvider::Options options;
    options.timeoutMs = invocation.timeoutSeconds * 1000;
    options.allowUncached = invocation.yes;
    m_provider.obtain(resolved.credentials, options, [this](const TokenOutcome &outcome) { onToken(outcome); });
}

void CheckCommand::onToken(const TokenOutcome &outcome) {
    m_outcome = outcome;
    if (!outcome.token) {
        report(std::nullopt, toInt(exitCodeFor(outcome.error->kind)));
        return;
    }
    m_client = std::make_unique<net::GraphQLClient>(m_provider.network(), m_provider.session());
    m_client->setTimeoutMs(m_invocation.timeoutSeconds * 1000);
    net::GraphQLRequest request;
    request.url = m_serviceUrl;
    request.query = QStringLiteral("{ __typename }");
    net::GraphQLJob *job = m_client->send(request);
    connect(job, &net::GraphQLJob::finished, this, &CheckCommand::onServiceAnswer);
}

void CheckCommand::onServiceAnswer(const net::GraphQLResponse &response) {
    int exitCode = toInt(ExitCode::Success);
    if (response.outcome != Outcome::Data) {
        exitCode = response.authError ? toInt(exitCodeFor(response.authError->kind)) : toInt(ExitCode::ServiceFailed);
    }
    report(response, exitCode);
}

void CheckCommand::report(const std::optional<net::GraphQLResponse> &response, int exitCode) {
    CheckReport report;
    report.outcome = m_outcome;
    report.tokenUrl = m_resolved.credentials.tokenUrl;
    report.origin = m_resolved.origin;
    report.serviceUrl = m_serviceUrl;
    report.now = m_provider.clock().now();
    report.service = response;
    report.exitCode = exitCode;
    const OutputFormatter formatter({&m_resolved.credentials.password, &m_resolved.credentials.apiKey});
    m_console.out(m_invocation.json ? QString::fromUtf8(formatter.checkJson(report)) : formatter.checkText(report));
    Q_EMIT finished(exitCode);
}

void CheckCommand::stop(int exitCode, const QString &message) {
    m_console.err(message);
    Q_EMIT finished(exitCode);
}

} // namespace altrata::cli

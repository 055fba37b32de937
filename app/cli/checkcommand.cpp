#include "checkcommand.h"

#include "console.h"
#include "exitcodes.h"
#include "outputformatter.h"

#include "auth/keychainsecretstore.h"
#include "auth/tokencache.h"
#include "auth/urlpolicy.h"

#include <QNetworkAccessManager>

namespace altrata::cli {

using net::CredentialCheck;
using net::CredentialCheckResult;
using Outcome = net::GraphQLResponse::Outcome;

CheckCommand::CheckCommand(const Console &console, QObject *parent)
    : QObject(parent)
    , m_console(console)
    , m_network(std::make_unique<QNetworkAccessManager>())
    , m_keychain(std::make_unique<auth::KeychainSecretStore>())
    , m_cache(std::make_unique<auth::TokenCache>(m_keychain.get()))
    , m_check(std::make_unique<CredentialCheck>(m_network.get(), &m_clock, m_cache.get())) {
    connect(m_check.get(), &CredentialCheck::finished, this, &CheckCommand::onChecked);
}

// The check refers to the cache, the network and the clock: it goes first.
CheckCommand::~CheckCommand() {
    m_check.reset();
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
    startCheck(invocation.yes ? CredentialCheck::NewToken::Always : CredentialCheck::NewToken::IfCacheable);
}

void CheckCommand::startCheck(CredentialCheck::NewToken newToken) {
    CredentialCheck::Request request;
    request.credentials = m_resolved.credentials;
    request.serviceUrl = m_serviceUrl;
    request.newToken = newToken;
    request.timeoutMs = m_invocation.timeoutSeconds * 1000;
    m_check->start(request);
}

void CheckCommand::warnAboutKeychain(const CredentialCheckResult &result) {
    if (!result.cacheError)
        return;
    if (!result.keychainAvailable && !m_warnedKeychain) {
        m_warnedKeychain = true; // once, also when the check runs again after a "yes"
        m_console.err(TokenProvider::keychainUnavailableWarning(*result.cacheError));
    } else if (result.keychainAvailable && result.source == CredentialCheckResult::TokenSource::Requested) {
        m_console.err(TokenProvider::cacheWriteWarning(*result.cacheError));
    }
}

void CheckCommand::onChecked(const CredentialCheckResult &result) {
    warnAboutKeychain(result);
    if (result.suspect() == CredentialCheckResult::Suspect::NeedsNewToken) {
        // Only without a keychain: a token that cannot be cached would be replaced on every call.
        if (TokenProvider::mayRequestUncached(m_console, false)) {
            startCheck(CredentialCheck::NewToken::Always);
            return;
        }
        m_outcome.keychainAvailable = result.keychainAvailable;
        m_outcome.error = TokenProvider::uncachedRefusal();
        report(std::nullopt, toInt(exitCodeFor(m_outcome.error->kind)));
        return;
    }
    m_outcome.token = result.token;
    m_outcome.source = result.source == CredentialCheckResult::TokenSource::Cache ? TokenOutcome::Source::Cache
                                                                                  : TokenOutcome::Source::Requested;
    m_outcome.keychainAvailable = result.keychainAvailable;
    m_outcome.storedInKeychain = result.storedInCache;
    if (!result.service) {
        m_outcome.error = result.error;
        report(std::nullopt, toInt(exitCodeFor(result.error ? result.error->kind : auth::AuthErrorKind::Network)));
        return;
    }
    const net::GraphQLResponse &response = *result.service;
    int exitCode = toInt(ExitCode::Success);
    if (response.outcome != Outcome::Data)
        exitCode = response.authError ? toInt(exitCodeFor(response.authError->kind)) : toInt(ExitCode::ServiceFailed);
    report(response, exitCode);
}

void CheckCommand::report(const std::optional<net::GraphQLResponse> &response, int exitCode) {
    CheckReport report;
    report.outcome = m_outcome;
    report.tokenUrl = m_resolved.credentials.tokenUrl;
    report.origin = m_resolved.origin;
    report.serviceUrl = m_serviceUrl;
    report.now = m_clock.now();
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

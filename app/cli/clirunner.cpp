#include "clirunner.h"

#include "checkcommand.h"
#include "console.h"
#include "credentialsource.h"
#include "exitcodes.h"
#include "formatcommand.h"
#include "outputformatter.h"
#include "parsecommand.h"
#include "sandboxcommand.h"
#include "schemacommand.h"
#include "tokencommand.h"

#include "auth/credentialstore.h"
#include "auth/keychainsecretstore.h"

#include <QSettings>

namespace altrata::cli {

CliRunner::CliRunner(const Console &console, const QProcessEnvironment &environment, QObject *parent)
    : QObject(parent)
    , m_console(console)
    , m_environment(environment) {}

// Commands and the credential source refer to the stores: they go first.
CliRunner::~CliRunner() {
    m_sandboxCommand.reset();
    m_checkCommand.reset();
    m_tokenCommand.reset();
    m_source.reset();
    m_profiles.reset();
}

std::optional<int> CliRunner::start(const QStringList &arguments) {
    const ParseResult parsed = CommandLine::parse(arguments);
    switch (parsed.action) {
    case ParseResult::Action::ShowHelp:
        m_console.out(CommandLine::helpText());
        return toInt(ExitCode::Success);
    case ParseResult::Action::ShowVersion:
        m_console.out(CommandLine::versionText());
        return toInt(ExitCode::Success);
    case ParseResult::Action::UsageError:
        m_console.err(QStringLiteral("Error: %1\nRun with --help for usage.\n").arg(parsed.error));
        return toInt(ExitCode::Usage);
    case ParseResult::Action::Run:
        break;
    }
    // Local document commands: synchronous, no credentials, no event loop.
    if (parsed.invocation.command == Invocation::Command::Format)
        return FormatCommand(m_console).run(parsed.invocation);
    if (parsed.invocation.command == Invocation::Command::Parse)
        return ParseCommand(m_console).run(parsed.invocation);
    if (parsed.invocation.command == Invocation::Command::SchemaPrint ||
        parsed.invocation.command == Invocation::Command::IntrospectionQuery)
        return SchemaCommand(m_console).run(parsed.invocation);
    if (parsed.invocation.command == Invocation::Command::Sandbox) {
        m_sandboxCommand = std::make_unique<SandboxCommand>(m_console);
        connect(m_sandboxCommand.get(), &SandboxCommand::finished, this, &CliRunner::finished);
        m_sandboxCommand->run(parsed.invocation, m_environment);
        return std::nullopt;
    }
    if (const auto stop = TokenCommand::confirmRenewal(parsed.invocation, m_console))
        return stop;
    runCommand(parsed.invocation);
    return std::nullopt;
}

void CliRunner::runCommand(const Invocation &invocation) {
    if (!invocation.profile.isEmpty()) {
        // Same settings and keychain service as the explorer, so its profiles work here.
        m_settings =
            std::make_unique<QSettings>(QStringLiteral("altrata-explorer"), QStringLiteral("altrata-explorer"));
        m_profileSecrets = std::make_unique<auth::KeychainSecretStore>();
        m_profiles = std::make_unique<auth::CredentialStore>(m_settings.get(), m_profileSecrets.get());
    }
    m_source = std::make_unique<CredentialSource>(m_environment, m_profiles.get());
    m_source->resolve(invocation, [this, invocation](const std::optional<ResolvedCredentials> &resolved,
                                                     const std::optional<auth::AuthError> &error) {
        if (!resolved) {
            const OutputFormatter formatter;
            m_console.err(formatter.errorText(*error));
            Q_EMIT finished(toInt(exitCodeFor(error->kind)));
            return;
        }
        const QStringList spaced = resolved->credentials.fieldsWithSurroundingWhitespace();
        if (!spaced.isEmpty()) {
            m_console.err(QStringLiteral("Note: %1 begins or ends with white space; that is often a copy-paste slip.\n")
                              .arg(spaced.join(QStringLiteral(", "))));
        }
        if (invocation.command == Invocation::Command::Token) {
            m_tokenCommand = std::make_unique<TokenCommand>(m_console);
            connect(m_tokenCommand.get(), &TokenCommand::finished, this, &CliRunner::finished);
            m_tokenCommand->run(invocation, *resolved);
        } else {
            m_checkCommand = std::make_unique<CheckCommand>(m_console);
            connect(m_checkCommand.get(), &CheckCommand::finished, this, &CliRunner::finished);
            m_checkCommand->run(invocation, *resolved);
        }
    });
}

} // namespace altrata::cli

#pragma once

#include "commandline.h"

#include <QObject>
#include <QProcessEnvironment>

#include <memory>
#include <optional>

class QSettings;

namespace altrata::auth {
class CredentialStore;
class KeychainSecretStore;
} // namespace altrata::auth

namespace altrata::cli {

class CheckCommand;
class Console;
class CredentialSource;
class SandboxCommand;
class TokenCommand;

// Ties the pieces together: parse, resolve credentials, run one command, report its exit code.
class CliRunner final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CliRunner)
public:
    CliRunner(const Console &console, const QProcessEnvironment &environment, QObject *parent = nullptr);
    ~CliRunner() override;

    // Returns the exit code at once for --help, --version and usage errors. Otherwise starts the command,
    // returns nullopt, and emits finished() later.
    std::optional<int> start(const QStringList &arguments);

Q_SIGNALS:
    void finished(int exitCode);

private:
    void runCommand(const Invocation &invocation);

    const Console &m_console;
    QProcessEnvironment m_environment;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<auth::KeychainSecretStore> m_profileSecrets;
    std::unique_ptr<auth::CredentialStore> m_profiles;
    std::unique_ptr<CredentialSource> m_source;
    std::unique_ptr<TokenCommand> m_tokenCommand;
    std::unique_ptr<CheckCommand> m_checkCommand;
    std::unique_ptr<SandboxCommand> m_sandboxCommand;
};

} // namespace altrata::cli

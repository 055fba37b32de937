#pragma once

#include "commandline.h"

#include <QObject>
#include <QProcessEnvironment>

#include <memory>

namespace altrata::sandbox {
class SandboxHost;
}

namespace altrata::cli {

class Console;
class TerminationSignals;

// `sandbox`: runs the built-in Altrata look-alike until Ctrl+C or SIGTERM. Prints where it listens and the demo
// credentials on standard output, one line per request on standard error.
class SandboxCommand final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SandboxCommand)

public:
    explicit SandboxCommand(const Console &console, QObject *parent = nullptr);
    ~SandboxCommand() override;

    // `environment` may replace the demo credentials: ALTRATA_SANDBOX_API_KEY, ALTRATA_SANDBOX_USERNAME and
    // ALTRATA_SANDBOX_PASSWORD (environment, not flags, so they never show in the process list).
    void run(const Invocation &invocation, const QProcessEnvironment &environment);

Q_SIGNALS:
    void finished(int exitCode);

private:
    void onStarted();
    void onFailed(const QString &message);
    void onTerminationRequested(int signalNumber);

    const Console &m_console;
    std::unique_ptr<TerminationSignals> m_signals;
    std::unique_ptr<sandbox::SandboxHost> m_host;
    bool m_finished = false;
    bool m_customSecrets = false; // then the API key and password are not printed
};

} // namespace altrata::cli

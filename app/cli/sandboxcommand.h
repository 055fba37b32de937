#pragma once

#include "commandline.h"

#include <QObject>

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

    void run(const Invocation &invocation);

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
};

} // namespace altrata::cli

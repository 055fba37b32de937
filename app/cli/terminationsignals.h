#pragma once

#include <QObject>

#include <memory>

class QSocketNotifier;

namespace altrata::cli {

// Turns SIGINT and SIGTERM into a queued Qt signal (the self-pipe trick): the handler only writes one byte,
// everything else happens in the event loop. The previous handlers come back when the object is destroyed.
// One instance at a time per process (the handler needs a process-wide descriptor).
class TerminationSignals final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TerminationSignals)

public:
    explicit TerminationSignals(QObject *parent = nullptr);
    ~TerminationSignals() override;

    // False when the pipe or the handlers could not be set up (the process then ends the default way).
    bool isActive() const { return m_active; }

Q_SIGNALS:
    void received(int signalNumber);

private:
    void drain();

    int m_pipe[2] = {-1, -1};
    bool m_active = false;
    std::unique_ptr<QSocketNotifier> m_notifier;
};

} // namespace altrata::cli

#pragma once

#include <QSemaphore>
#include <QThreadPool>

namespace altrata::test {

// Occupies the global thread pool (one thread, all others disallowed) until release() or destruction, so that a
// job started meanwhile waits in the queue. A test can then see the job "running" (progress strip, Cancel
// button) and cancel it before it could possibly have finished, on an idle machine as on a loaded one.
class PoolBlocker final {
public:
    PoolBlocker()
        : m_maxThreads(QThreadPool::globalInstance()->maxThreadCount()) {
        QThreadPool::globalInstance()->setMaxThreadCount(1);
        QThreadPool::globalInstance()->start([this] { m_gate.acquire(); });
    }
    ~PoolBlocker() {
        release();
        QThreadPool::globalInstance()->setMaxThreadCount(m_maxThreads);
    }
    PoolBlocker(const PoolBlocker &) = delete;
    PoolBlocker &operator=(const PoolBlocker &) = delete;

    // Lets the queued jobs run (QThreadPool::waitForDone() then waits for them).
    void release() {
        if (!m_released) {
            m_released = true;
            m_gate.release();
        }
    }

private:
    QSemaphore m_gate;
    int m_maxThreads;
    bool m_released = false;
};

} // namespace altrata::test

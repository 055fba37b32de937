#pragma once

#include <QtGlobal>

#include <algorithm>
#include <atomic>

namespace altrata::results {

// Shared by a long operation running on a worker thread (search, table projection, export, formatting) and the
// thread that started it: the worker reports how far it got and checks for cancellation now and then; the GUI
// polls progress on a timer (no signal per step) and may cancel at any time. All members are thread-safe.
class TaskControl final {
public:
    void cancel() { m_cancelled.store(true, std::memory_order_relaxed); }
    bool isCancelled() const { return m_cancelled.load(std::memory_order_relaxed); }

    void setTotal(qint64 total) { m_total.store(total, std::memory_order_relaxed); }
    void setDone(qint64 done) { m_done.store(done, std::memory_order_relaxed); }
    qint64 total() const { return m_total.load(std::memory_order_relaxed); }
    qint64 done() const { return m_done.load(std::memory_order_relaxed); }
    // 0..1000; 0 while the total is unknown.
    int permille() const {
        const qint64 all = total();
        return all > 0 ? int(std::clamp<qint64>(done() * 1000 / all, 0, 1000)) : 0;
    }

private:
    std::atomic<bool> m_cancelled{false};
    std::atomic<qint64> m_total{0};
    std::atomic<qint64> m_done{0};
};

} // namespace altrata::results

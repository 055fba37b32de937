#pragma once

#include <QString>

#include <deque>
#include <utility>

namespace altrata::ui {

// The download rate of a response, over a sliding window of its last progress reports (about one second),
// and the line the results view shows while the body arrives. Times come from the caller's monotonic clock.
class TransferMeter final {
public:
    static constexpr qint64 kWindowMs = 1000;
    static constexpr qint64 kMinimumSpanMs = 250; // a rate over less time is mostly noise

    void reset() { m_samples.clear(); }
    // `received` bytes so far, at `ms` on a monotonic clock.
    void report(qint64 received, qint64 ms);
    // Bytes per second over the window; -1 while the reports span less than kMinimumSpanMs.
    double bytesPerSecond() const;

    // "45.2 MB/s" (decimal units, like byteSizeText).
    static QString rateText(double bytesPerSecond);
    // "12.3 MB of 100 MB · 45.2 MB/s"; total unknown (<= 0): "12.3 MB received · 45.2 MB/s"; rate unknown (< 0):
    // without the rate.
    static QString progressText(qint64 received, qint64 total, double bytesPerSecond);

private:
    std::deque<std::pair<qint64, qint64>> m_samples; // (ms, received), oldest first
};

} // namespace altrata::ui

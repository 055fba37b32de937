#include "transfermeter.h"

#include "bytesize.h"

#include <QObject>

#include <cmath>

namespace altrata::ui {

void TransferMeter::report(qint64 received, qint64 ms) {
    if (!m_samples.empty() && (ms < m_samples.back().first || received < m_samples.back().second))
        m_samples.clear(); // a new transfer (or a clock that went back): start over
    m_samples.emplace_back(ms, received);
    // Keep one sample at or before the window's start, so the rate always spans the whole window.
    while (m_samples.size() > 2 && m_samples[1].first <= ms - kWindowMs)
        m_samples.pop_front();
}

double TransferMeter::bytesPerSecond() const {
    if (m_samples.size() < 2)
        return -1;
    const auto &[firstMs, firstBytes] = m_samples.front();
    const auto &[lastMs, lastBytes] = m_samples.back();
    if (lastMs - firstMs < kMinimumSpanMs)
        return -1;
    return double(lastBytes - firstBytes) * 1000.0 / double(lastMs - firstMs);
}

QString TransferMeter::rateText(double bytesPerSecond) {
    return QObject::tr("%1/s").arg(byteSizeText(qint64(std::llround(std::max(bytesPerSecond, 0.0)))));
}

QString TransferMeter::progressText(qint64 received, qint64 total, double bytesPerSecond) {
    QString text = total > 0 ? QObject::tr("%1 of %2").arg(byteSizeText(received), byteSizeText(total))
                             : QObject::tr("%1 received").arg(byteSizeText(received));
    if (bytesPerSecond >= 0)
        text += QStringLiteral(" \u00b7 ") + rateText(bytesPerSecond);
    return text;
}

} // namespace altrata::ui

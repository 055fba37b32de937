#include "faultinjector.h"

#include "auth/clock.h"

#include <QString>

namespace altrata::sandbox {

FaultInjector::FaultInjector(FaultInjection faults, const auth::Clock &clock, quint64 seed)
    : m_faults(faults)
    , m_clock(clock)
    , m_state(seed) {}

FaultDecision FaultInjector::decide(bool isGraphQLRequest) {
    FaultDecision decision;
    decision.delayMs = qMax(0, m_faults.latencyMs);
    int retryAfter = 0;
    if (throttled(&retryAfter)) {
        decision.refusal = HttpAnswer::message(429, QStringLiteral("Too Many Requests"))
                               .withHeader("Retry-After", QByteArray::number(retryAfter));
    } else if (isGraphQLRequest && m_faults.failureRate > 0 && nextUniform() < m_faults.failureRate) {
        decision.refusal = HttpAnswer::message(503, QStringLiteral("Service Unavailable (injected failure)"));
    }
    return decision;
}

// A fixed window per second of the clock: simple, and what a gateway's per-second limit looks like.
bool FaultInjector::throttled(int *retryAfterSeconds) {
    if (m_faults.throttlePerSecond <= 0)
        return false;
    const qint64 nowMs = m_clock.now().toMSecsSinceEpoch();
    if (m_windowStartMs < 0 || nowMs - m_windowStartMs >= 1000 || nowMs < m_windowStartMs) {
        m_windowStartMs = nowMs;
        m_inWindow = 0;
    }
    if (++m_inWindow <= m_faults.throttlePerSecond)
        return false;
    *retryAfterSeconds = 1; // the window ends within the second; Retry-After counts whole seconds
    return true;
}

// SplitMix64: tiny, seedable, and the same sequence on every platform (std distributions are not).
double FaultInjector::nextUniform() {
    quint64 z = (m_state += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    z ^= z >> 31;
    return double(z >> 11) * 0x1.0p-53;
}

} // namespace altrata::sandbox

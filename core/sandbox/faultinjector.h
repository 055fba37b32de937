#pragma once

#include "httpanswer.h"
#include "sandboxconfig.h"

#include <QtGlobal>

#include <optional>

namespace altrata::auth {
class Clock;
}

// Decides, per request, which of the configured faults hit it: throttling (429 + Retry-After), a random
// failure (503, GraphQL requests only) and added latency. Deterministic: the "random" failures come
// from a fixed-seed generator, so a test or a demo sees the same sequence every run.
namespace altrata::sandbox {

struct FaultDecision {
    std::optional<HttpAnswer> refusal; // answer this instead of handling the request
    int delayMs = 0;                   // then hold the answer back this long
};

class FaultInjector final {
    Q_DISABLE_COPY_MOVE(FaultInjector)

public:
    // `clock` (not owned) defines the one-second throttling windows.
    FaultInjector(FaultInjection faults, const auth::Clock &clock, quint64 seed = 0x5eed);

    FaultDecision decide(bool isGraphQLRequest);

private:
    bool throttled(int *retryAfterSeconds);
    double nextUniform(); // [0, 1)

    FaultInjection m_faults;
    const auth::Clock &m_clock;
    quint64 m_state;
    qint64 m_windowStartMs = -1;
    int m_inWindow = 0;
};

} // namespace altrata::sandbox

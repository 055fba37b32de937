#pragma once

#include <QString>

namespace altrata::auth {

// Remaining token lifetimes in the words and digits people read at a glance. Pure functions so the
// GUI and the CLI say the same thing. Negative durations count as zero; times are never rounded up
// (a countdown must not promise a second the token does not have).
class DurationFormat final {
public:
    // "7 h 59 min", "8 h", "12 min", "45 s".
    static QString words(qint64 seconds);
    // "7 h 59 min 58 s", "4 min 0 s", "12 s": every unit down to the second, for reports.
    static QString precise(qint64 seconds);
    // "4:12", "0:05", "7:59:12": minutes:seconds below an hour, hours:minutes:seconds above.
    static QString clock(qint64 seconds);
    // "07:59:12": fixed width, for a countdown that must not jitter as it ticks.
    static QString fixedClock(qint64 seconds);
};

} // namespace altrata::auth

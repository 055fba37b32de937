#include "durationformat.h"

#include <algorithm>

namespace altrata::auth {

namespace {

struct Parts {
    qint64 hours;
    qint64 minutes;
    qint64 seconds;
};

Parts split(qint64 totalSeconds) {
    const qint64 s = std::max<qint64>(totalSeconds, 0);
    return {s / 3600, (s % 3600) / 60, s % 60};
}

QString twoDigits(qint64 value) {
    return QStringLiteral("%1").arg(value, 2, 10, QLatin1Char('0'));
}

} // namespace

QString DurationFormat::words(qint64 seconds) {
    const Parts p = split(seconds);
    if (p.hours > 0 && p.minutes > 0)
        return QStringLiteral("%1 h %2 min").arg(p.hours).arg(p.minutes);
    if (p.hours > 0)
        return QStringLiteral("%1 h").arg(p.hours);
    if (p.minutes > 0)
        return QStringLiteral("%1 min").arg(p.minutes);
    return QStringLiteral("%1 s").arg(p.seconds);
}

QString DurationFormat::precise(qint64 seconds) {
    const Parts p = split(seconds);
    if (p.hours > 0)
        return QStringLiteral("%1 h %2 min %3 s").arg(p.hours).arg(p.minutes).arg(p.seconds);
    if (p.minutes > 0)
        return QStringLiteral("%1 min %2 s").arg(p.minutes).arg(p.seconds);
    return QStringLiteral("%1 s").arg(p.seconds);
}

QString DurationFormat::clock(qint64 seconds) {
    const Parts p = split(seconds);
    if (p.hours > 0)
        return QStringLiteral("%1:%2:%3").arg(p.hours).arg(twoDigits(p.minutes), twoDigits(p.seconds));
    return QStringLiteral("%1:%2").arg(p.minutes).arg(twoDigits(p.seconds));
}

QString DurationFormat::fixedClock(qint64 seconds) {
    const Parts p = split(seconds);
    return QStringLiteral("%1:%2:%3").arg(twoDigits(p.hours), twoDigits(p.minutes), twoDigits(p.seconds));
}

} // namespace altrata::auth

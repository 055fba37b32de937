#include "bytesize.h"

#include <array>

namespace altrata::ui {

QString byteSizeText(qint64 bytes) {
    if (bytes < 1000)
        return QStringLiteral("%1 B").arg(qMax<qint64>(bytes, 0));
    static constexpr std::array units{"kB", "MB", "GB", "TB"};
    double value = double(bytes);
    std::size_t unit = 0;
    for (value /= 1000.0; value >= 999.95 && unit + 1 < units.size(); value /= 1000.0)
        ++unit;
    // "999.96 kB" would print as "1000.0 kB": the loop above already moved it to "1.0 MB".
    const int decimals = value < 99.95 ? 1 : 0;
    return QStringLiteral("%1 %2").arg(value, 0, 'f', decimals).arg(QLatin1String(units[unit]));
}

} // namespace altrata::ui

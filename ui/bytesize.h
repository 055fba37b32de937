#pragma once

#include <QString>

namespace altrata::ui {

// Sizes the way file managers show them: decimal units, one decimal below 100 ("512 B", "1.5 kB", "12.8 MB",
// "256 MB"). Independent of the locale so status lines and tests read the same everywhere.
QString byteSizeText(qint64 bytes);

} // namespace altrata::ui

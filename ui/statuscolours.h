#pragma once

#include <QColor>

class QPalette;

namespace altrata::ui {

enum class StatusTone { Success, Warning, Error };

// The colour of a status text or symbol that keeps its meaning (green, amber, red) and stays readable on the
// palette's window colour, light or dark (contrast of at least 4.5:1 against typical light and dark windows).
// Colour is never the only signal: the texts say the same in words or with a symbol.
QColor statusColour(StatusTone tone, const QPalette &palette);

} // namespace altrata::ui

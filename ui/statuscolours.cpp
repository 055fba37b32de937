#include "statuscolours.h"

#include <QPalette>

namespace altrata::ui {

QColor statusColour(StatusTone tone, const QPalette &palette) {
    const bool dark = palette.color(QPalette::Window).lightness() < palette.color(QPalette::WindowText).lightness();
    switch (tone) {
    case StatusTone::Success:
        return dark ? QColor(0x56, 0xd3, 0x64) : QColor(0x11, 0x63, 0x29);
    case StatusTone::Warning:
        return dark ? QColor(0xf2, 0xb8, 0x4b) : QColor(0x8a, 0x4b, 0x00);
    case StatusTone::Error:
        break;
    }
    return dark ? QColor(0xff, 0x7b, 0x72) : QColor(0xc6, 0x28, 0x28);
}

} // namespace altrata::ui

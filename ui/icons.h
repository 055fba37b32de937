#pragma once

#include <QIcon>
#include <QStringList>

namespace altrata::ui {

// SVG icons compiled in (resources/icons/actions/*.svg, :/icons/actions/<name>.svg), tinted for the current
// palette (dark text colour on light themes, light on dark) so they stay visible in both; crisp at any DPI.
// Names: run, cancel, prettify, new-tab, open, save, credentials, token, sandbox, expand-all, collapse-all,
// copy, warning, error. warning and error keep their meaning in colour (amber, red), shaded for the palette.
// The colour is taken from the application palette each time the icon is drawn, so a theme change needs no
// new icons. An unknown name gives a null icon (and a warning in the log).
QIcon actionIcon(const QString &name);

// Every name actionIcon() knows.
QStringList actionIconNames();

// The application's own icon (:/icons/io.altrataexplorer.explorer.svg), untinted, for the window icon.
QIcon applicationIcon();

} // namespace altrata::ui

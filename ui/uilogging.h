#pragma once

#include <QLoggingCategory>

namespace altrata::ui {

// "altrata.ui": what the window did (profile switched, fallback chosen). Never field values.
Q_DECLARE_LOGGING_CATEGORY(lcUi)

} // namespace altrata::ui

#include "uilogging.h"

namespace altrata::ui {

Q_LOGGING_CATEGORY(lcUi, "altrata.ui")

} // namespace altrata::ui

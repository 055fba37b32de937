#pragma once

#include <QLoggingCategory>

namespace altrata::cli {

Q_DECLARE_LOGGING_CATEGORY(lcCli)

} // namespace altrata::cli

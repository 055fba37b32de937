#include "logging.h"

namespace altrata::cli {

Q_LOGGING_CATEGORY(lcCli, "altrata.cli")

} // namespace altrata::cli

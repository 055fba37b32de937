// libFuzzer entry point for execution: every input is executed against the fixed schema and data of
// executefixture.h and the response checked (see executecheck.h); a violated property aborts so
// libFuzzer keeps the input as a crash artifact.
#include "executecheck.h"

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size) {
    const std::string_view input(reinterpret_cast<const char *>(data), size);
    const std::string violation = altrata::graphql::fuzz::checkExecution(input);
    if (!violation.empty()) {
        std::fprintf(stderr, "execution property violated: %s\n", violation.c_str());
        std::abort();
    }
    return 0;
}

// libFuzzer entry point: every input goes through the whole language core (see roundtrip.h); a
// violated property aborts so libFuzzer keeps the input as a crash artifact.
#include "roundtrip.h"

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size) {
    const std::string_view input(reinterpret_cast<const char *>(data), size);
    const std::string violation = altrata::graphql::fuzz::checkRoundTrip(input);
    if (!violation.empty()) {
        std::fprintf(stderr, "round-trip property violated: %s\n", violation.c_str());
        std::abort();
    }
    return 0;
}

#pragma once

#include <cstddef>
#include <cstdint>

namespace altrata::results::detail {

// Used only after simdjson refused a body, to tell the person where: simdjson reports what is wrong
// but not where. Both return -1 when they find nothing wrong.
std::int64_t firstSyntaxErrorOffset(const char *text, std::size_t size);
std::int64_t firstInvalidUtf8Offset(const char *text, std::size_t size);

} // namespace altrata::results::detail

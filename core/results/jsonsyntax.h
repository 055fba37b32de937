#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace altrata::results::detail {

// Used only after simdjson refused a body, to tell the person where: simdjson reports what is wrong
// but not where. Both return -1 when they find nothing wrong.
std::int64_t firstSyntaxErrorOffset(const char *text, std::size_t size);
std::int64_t firstInvalidUtf8Offset(const char *text, std::size_t size);

// End offsets of the integer literals outside strings that have 19 digits or more: simdjson's DOM refuses
// those beyond 64 bits (20-digit ones and negative 19-digit ones) although they are valid JSON.
std::vector<std::size_t> longIntegerEnds(const char *text, std::size_t size);

} // namespace altrata::results::detail

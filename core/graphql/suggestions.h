#pragma once

#include <string>
#include <string_view>
#include <vector>

// graphql-js 16's "Did you mean ...?" helpers, so error messages match it byte for byte.
namespace altrata::graphql {

// graphql-js naturalCompare(): digit runs compare as numbers. <0, 0, >0.
int naturalCompare(std::string_view a, std::string_view b) noexcept;

// graphql-js suggestionList(): the options within lexical distance floor(0.4 * |input|) + 1 of input
// (case-insensitive Damerau-Levenshtein; a case-only difference counts 1), closest first, ties in
// natural order.
std::vector<std::string> suggestionList(std::string_view input, const std::vector<std::string_view> &options);

// graphql-js didYouMean(): "" or ` Did you mean "a", "b", or "c"?` (at most 5), with an optional
// sub-message after "mean" ("the enum value", "to use an inline fragment on").
std::string didYouMean(const std::vector<std::string> &suggestions, std::string_view subMessage = {});

} // namespace altrata::graphql

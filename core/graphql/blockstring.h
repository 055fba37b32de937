#pragma once

#include <string>
#include <string_view>

namespace altrata::graphql {

// The value of a block string per the spec's BlockStringValue(): `raw` is the text between the
// opening and closing `"""`. Splits lines at \r\n, \n or \r, removes the common indentation of all
// lines but the first (spaces and tabs), drops leading and trailing blank lines, joins with \n and
// turns each \""" into """.
//
// Appends the value to `out` and returns true, or returns false without touching `out` when the
// value is exactly `raw` (one line, no escape): callers can then keep a view of the source.
bool appendBlockStringValue(std::string_view raw, std::string &out);

// Convenience form that always returns the value.
std::string blockStringValue(std::string_view raw);

} // namespace altrata::graphql

#pragma once

#include <string>
#include <string_view>

namespace altrata::graphql {

// JSON.stringify of a string: `"`, `\` and control characters escaped, everything else (UTF-8) as is.
// The one escaper shared by the executor, the AST JSON and variable coercion.
void appendJsonString(std::string &out, std::string_view text);

// JavaScript's Number.prototype.toString() for a finite double (1e+21, 1e-7, 0.1, 5), defined in value.cpp.
void appendJsNumber(std::string &out, double value);

} // namespace altrata::graphql

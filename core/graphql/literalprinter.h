#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace altrata::graphql {

// How graphql-js 16 writes string values back as GraphQL source. `value` is the string's UTF-8 value
// (escapes already resolved). Both append to `out` and never allocate a temporary.

// A "quoted" string: escapes `"`, `\` and the control characters U+0000..U+001F and U+007F..U+009F.
void appendStringLiteral(std::string &out, std::string_view value);

// A """block string""": `"""` inside is escaped, a leading/trailing line break is added where the value
// needs it (or, unless `minimize`, where it reads better). Every line break written is followed by
// `indent` spaces, because the printer indents block strings together with the lines around them.
void appendBlockStringLiteral(std::string &out, std::string_view value, std::size_t indent, bool minimize);

// Length in UTF-16 code units (JavaScript's String.length) of UTF-8 text: graphql-js's line-length
// decisions count those.
std::size_t utf16Length(std::string_view utf8);

} // namespace altrata::graphql

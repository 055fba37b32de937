#pragma once

#include <cstdint>

namespace altrata::graphql {

// A position in a GraphQL document. `offset` counts UTF-8 bytes from the start of the source;
// `line` and `column` are 1-based and count like graphql-js (columns in UTF-16 code units), so
// error positions match the reference implementation exactly.
struct SourceLocation {
    std::uint32_t offset = 0;
    std::uint32_t line = 1;
    std::uint32_t column = 1;

    friend bool operator==(const SourceLocation &, const SourceLocation &) = default;
};

} // namespace altrata::graphql

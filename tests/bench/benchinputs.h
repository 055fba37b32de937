#pragma once

#include <cstddef>
#include <string>

namespace altrata::graphql::bench {

// Deterministic, Altrata-like benchmark inputs: the same arguments always give the same bytes, so
// our benchmark and graphql-js's read identical documents and runs on different days compare.

// A type-system document (SDL) of at least `targetBytes`: descriptions (plain and block strings),
// scalars, enums, interfaces, objects with many arguments and directives, unions, inputs with
// defaults, directive definitions and `extend` forms.
std::string generateSchema(std::size_t targetBytes);

// An executable document of at least `targetBytes`: named operations with variables, deeply nested
// selections, aliases, long argument lists with object/list literals, fragments and inline fragments.
std::string generateQuery(std::size_t targetBytes);

} // namespace altrata::graphql::bench

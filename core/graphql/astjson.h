#pragma once

#include "ast.h"

#include <string>

namespace altrata::graphql {

// The AST as JSON, byte-identical to graphql-js 16's JSON.stringify(parse(source, {noLocation: true})):
// same keys in the same order, absent optional children left out (as JSON.stringify drops
// `undefined`), lists graphql-js always creates written even when empty, no locations.
std::string toJson(const Document &document);
std::string toJson(const Node &node);
void toJsonTo(std::string &out, const Node &node);

} // namespace altrata::graphql

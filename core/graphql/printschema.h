#pragma once

#include "schema.h"

#include <string>
#include <string_view>

namespace altrata::graphql {

// graphql-js 16 printSchema(): byte-identical SDL (no trailing newline). Types in the schema's type
// map order, built-in scalars, introspection types and specified directives left out, the schema
// definition only when a root is not named Query/Mutation/Subscription or the schema has a description.
std::string printSchema(const Schema &schema);

// graphql-js printIntrospectionSchema(): the specified directives and the introspection types.
std::string printIntrospectionSchema(const Schema &schema);

// graphql-js printType() / printDirective() for one definition.
std::string printType(const Type &type);
std::string printDirective(const Directive &directive);

// graphql-js isPrintableAsBlockString(): whether `value` survives a round trip as a """block string""".
bool isPrintableAsBlockString(std::string_view value) noexcept;

} // namespace altrata::graphql

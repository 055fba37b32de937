#pragma once

#include "executor.h"
#include "schema.h"

#include <string_view>

// Resolvers of the introspection types (__Schema, __Type, ...) answered from the Schema model.
namespace altrata::graphql {

// The meta fields of the query root; nullptr for other names.
const Field *introspectionRootField(std::string_view name);

// Resolves `field` of introspection type `parentType` (or the root meta fields __schema / __type when
// parentType is the query root). Parent values are the opaque objects this function returned.
Value resolveIntrospection(const Schema &schema, const Type &parentType, std::string_view field, const Value &parent,
                           const ValueObject &args);

} // namespace altrata::graphql

#pragma once

#include "ast.h"
#include "executor.h"
#include "schema.h"

#include <optional>
#include <string>
#include <vector>

// Literal input coercion as graphql-js valueFromAST(); variable values are coerced by
// coerceVariables() (variablecoercion.h).
namespace altrata::graphql {

// The TypeRef of a variable definition's type node.
TypeRef typeRefFromNode(const TypeNode &node);

// A literal coerced to `type` from wrapper position `w`; nullopt when invalid. Variables are looked up
// in `variables` (already coerced); `variables` may be null for const literals.
std::optional<Value> valueFromAst(const Schema &schema, const ValueNode &node, const TypeRef &type, std::size_t w,
                                  const ValueObject *variables);

// An argument's or input field's default value (printed literal text) coerced to its type.
std::optional<Value> defaultValueOf(const Schema &schema, const InputValue &input);

} // namespace altrata::graphql

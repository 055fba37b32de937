#pragma once

#include "ast.h"
#include "executor.h"
#include "schema.h"

#include <optional>
#include <string>
#include <vector>

// Input coercion as graphql-js valueFromAST() (literals) and coerceInputValue() (variable values).
namespace altrata::graphql {

// The TypeRef of a variable definition's type node.
TypeRef typeRefFromNode(const TypeNode &node);

// A literal coerced to `type` from wrapper position `w`; nullopt when invalid. Variables are looked up
// in `variables` (already coerced); `variables` may be null for const literals.
std::optional<Value> valueFromAst(const Schema &schema, const ValueNode &node, const TypeRef &type, std::size_t w,
                                  const ValueObject *variables);

// An argument's or input field's default value (printed literal text) coerced to its type.
std::optional<Value> defaultValueOf(const Schema &schema, const InputValue &input);

// A raw (JSON) variable value coerced to `type`; on failure returns nullopt and appends graphql-js's
// messages to `errors` ("got invalid value 1.5; Int cannot represent non-integer value: 1.5", ...,
// without the leading `Variable "$x" `). `path` starts as the variable's name.
std::optional<Value> coerceInputValue(const Schema &schema, const Value &value, const TypeRef &type, std::size_t w,
                                      const std::string &path, std::vector<std::string> &errors);

// graphql-js inspect() for JSON-like values (strings quoted, objects as `{ a: 1 }`).
std::string inspectValue(const Value &value);

} // namespace altrata::graphql

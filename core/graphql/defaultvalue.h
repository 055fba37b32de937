#pragma once

#include "schema.h"

#include <functional>
#include <optional>
#include <string>
#include <string_view>

namespace altrata::graphql {

using TypeLookup = std::function<const Type *(std::string_view name)>;

// A default value the way graphql-js keeps and prints it: graphql-js coerces the literal with
// valueFromAST() when it builds a schema (from SDL or introspection) and prints it back with
// print(astFromValue()). So `Float = 1.0` prints `1`, an input object's fields come out in the type's
// field order with the fields' own defaults filled in, a single value for a list type becomes a list,
// and an `ID` that looks like an integer prints without quotes. Returns nullopt when the literal does
// not coerce (graphql-js then has no default at all); a literal that does not even parse is returned
// unchanged.
std::optional<std::string> canonicalDefaultValue(std::string_view literal, const TypeRef &type,
                                                 const TypeLookup &lookup);

// JavaScript's Number.prototype.toString() for a finite double ("1500", "0.1", "1e+21", "1.5e-7").
std::string javaScriptNumber(double value);

} // namespace altrata::graphql

#pragma once

#include "executor.h"
#include "schema.h"

#include <string>

namespace altrata::graphql {

// graphql-js's serialize() of a built-in scalar or enum (custom scalars: the value as given), appended
// to `out` as JSON. Returns graphql-js's error message ("Int cannot represent ...") on failure,
// leaving `out` untouched; empty on success.
std::string serializeLeafValue(const Type &type, const Value &value, std::string &out);

} // namespace altrata::graphql

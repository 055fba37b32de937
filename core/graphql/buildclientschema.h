#pragma once

#include "schema.h"

#include <optional>
#include <string>
#include <string_view>

// Schema from an introspection result, like graphql-js 16 buildClientSchema(). Accepts the whole
// response ({"data":{"__schema":...}}) or the bare {"__schema":...}, with or without descriptions,
// specifiedByURL, isRepeatable and input-value deprecation (whatever the query asked for).
//
// Lenient where graphql-js throws: a malformed type, field or reference is skipped or kept as far
// as it makes sense, with a warning in Schema::warnings() (duplicate fields, arguments and enum
// values here, like graphql-js the last one wins at the first one's position; duplicate types and
// dangling references in SchemaBuilder). Only input that holds no schema at all is refused.
//
// Default values arrive as literal text; SchemaBuilder::build() coerces and reprints them as graphql-js
// does. As in graphql-js, the directives are exactly those the result lists (none when it lists none),
// and built-in scalars and introspection types are replaced by the built-in definitions, at the
// position the result lists them.
namespace altrata::graphql {

struct ClientSchemaResult {
    std::optional<Schema> schema; // nullopt only when the input is unusable
    std::string error;            // then: a plain sentence for a person (empty on success)
};

ClientSchemaResult buildClientSchema(std::string_view introspectionJson);

} // namespace altrata::graphql

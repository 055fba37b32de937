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
// as it makes sense, with a warning in Schema::warnings(); duplicates and dangling references are
// warned about by SchemaBuilder. Only input that holds no schema at all is refused.
//
// Differences from graphql-js kept on purpose: default values stay the literal text the server sent
// (graphql-js re-prints them after coercing to the argument's type, e.g. reordering object fields);
// SchemaBuilder adds the specified directives the result lacks (graphql-js keeps exactly the listed
// ones). As in graphql-js, the built-in scalars and introspection types are replaced by the built-in
// definitions, at the position the result lists them.
namespace altrata::graphql {

struct ClientSchemaResult {
    std::optional<Schema> schema; // nullopt only when the input is unusable
    std::string error;            // then: a plain sentence for a person (empty on success)
};

ClientSchemaResult buildClientSchema(std::string_view introspectionJson);

} // namespace altrata::graphql

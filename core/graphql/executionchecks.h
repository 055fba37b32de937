#pragma once

#include "ast.h"
#include "schema.h"
#include "sourcelocation.h"

#include <optional>
#include <string>
#include <vector>

// The checks a GraphQL server runs before executing a document: the subset of graphql-js 16's
// validation rules that execution depends on, with graphql-js's exact messages and locations.
// Independent of the executor so the editor can reuse it.
namespace altrata::graphql {

struct GraphQLErrorLocation {
    std::uint32_t line = 1;
    std::uint32_t column = 1;
    friend bool operator==(const GraphQLErrorLocation &, const GraphQLErrorLocation &) = default;
};

// A spec-shaped error: message, locations and (for execution errors) a path of field names / indexes.
struct GraphQLErrorInfo {
    std::string message;
    std::vector<GraphQLErrorLocation> locations;
    std::optional<std::vector<std::string>> path;
};

// Runs, in graphql-js's specifiedRules order per node: KnownTypeNames, FieldsOnCorrectType,
// KnownFragmentNames, PossibleFragmentSpreads, NoFragmentCycles, NoUndefinedVariables,
// KnownArgumentNames, ProvidedRequiredArguments, with their "Did you mean ...?" suggestions.
std::vector<GraphQLErrorInfo> checkDocument(const Schema &schema, const Document &document);

} // namespace altrata::graphql

#pragma once

#include "ast.h"
#include "executionchecks.h"
#include "schema.h"

#include <string>
#include <string_view>
#include <vector>

// Coercion of request variables (JSON) against an operation's variable definitions, as graphql-js 16
// getVariableValues() / coerceInputValue() do, with their exact error messages.
namespace altrata::graphql {

struct VariableCoercion {
    // The coerced variables as one JSON object (only variables that have a value, in definition
    // order); empty when there are errors.
    std::string coercedJson;
    std::vector<GraphQLErrorInfo> errors;
    bool ok() const noexcept { return errors.empty(); }
};

// variablesJson: a JSON object or empty text (no variables). Stops after 50 errors like graphql-js
// execute(). Default values are assumed valid (the schema/document validation's job) and coerced
// like graphql-js valueFromAST().
VariableCoercion coerceVariables(const Schema &schema, const OperationDefinitionNode &operation,
                                 std::string_view variablesJson);

} // namespace altrata::graphql

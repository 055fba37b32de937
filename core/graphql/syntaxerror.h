#pragma once

#include "sourcelocation.h"

#include <string>

namespace altrata::graphql {

// A syntax error as graphql-js reports it: `message` is byte-identical to graphql-js 16's
// GraphQLError message ("Syntax Error: Expected Name, found \"}\"."), `location` its position.
struct SyntaxError {
    std::string message;
    SourceLocation location;

    friend bool operator==(const SyntaxError &, const SyntaxError &) = default;
};

} // namespace altrata::graphql

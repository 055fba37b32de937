#pragma once

#include "commandline.h"

namespace altrata::cli {

class Console;

// `schema print [FILE|-]`: reads SDL or an introspection JSON result (JSON when the first non-space
// byte is `{`) and prints it as graphql-js's printSchema() does, followed by a line break. Problems a
// lenient load tolerates go to stderr as `warning: ...` lines. `schema introspection-query [--reduced]`:
// prints the query the explorer sends. Synchronous: no event loop.
class SchemaCommand final {
public:
    explicit SchemaCommand(const Console &console)
        : m_console(console) {}

    int run(const Invocation &invocation) const;

private:
    int printSchema(const Invocation &invocation) const;
    int printIntrospectionQuery(const Invocation &invocation) const;

    const Console &m_console;
};

} // namespace altrata::cli

#pragma once

#include "commandline.h"

namespace altrata::cli {

class Console;

// `parse --json [FILE|-]`: prints the document's AST as JSON in graphql-js's shape (what
// JSON.stringify(parse(text, {noLocation: true})) gives), followed by a line break.
class ParseCommand final {
public:
    explicit ParseCommand(const Console &console)
        : m_console(console) {}

    int run(const Invocation &invocation) const;

private:
    const Console &m_console;
};

} // namespace altrata::cli

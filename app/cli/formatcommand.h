#pragma once

#include "commandline.h"

namespace altrata::cli {

class Console;

// `format [FILE|-] [--minify] [--check]`: prints the document as graphql-js's print() does (or
// minified), followed by a line break. --check prints nothing and only says whether the input is
// already exactly that output (with or without the final line break). Synchronous: no event loop.
class FormatCommand final {
public:
    explicit FormatCommand(const Console &console)
        : m_console(console) {}

    int run(const Invocation &invocation) const;

private:
    const Console &m_console;
};

} // namespace altrata::cli

#pragma once

#include "token.h"

#include <cstdint>
#include <string_view>
#include <vector>

namespace altrata::graphql {

// Editor support: lex one line given the state at its start. The only construct spanning lines is
// the block string, so the state is just "inside a block string or not".
enum class LineState : std::uint8_t { Normal, InBlockString };

struct LineToken {
    TokenKind kind;      // a block string piece on a line of its own is BlockString; bad input is Invalid
    std::uint32_t start; // byte offset in the line
    std::uint32_t length;
};

struct LineLexResult {
    std::vector<LineToken> tokens;
    LineState endState = LineState::Normal;
};

// `line` excludes its terminator.
LineLexResult lexLine(std::string_view line, LineState startState);

} // namespace altrata::graphql

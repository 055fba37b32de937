#include "linelexer.h"

#include "lexer.h"

namespace altrata::graphql {

namespace {

// Index just after the `"""` closing a block string that continues on `line`, or npos.
std::size_t blockStringEnd(std::string_view line) {
    for (std::size_t i = 0; i < line.size(); ++i) {
        if (line[i] == '\\' && line.substr(i + 1, 3) == "\"\"\"")
            i += 3;
        else if (line.substr(i, 3) == "\"\"\"")
            return i + 3;
    }
    return std::string_view::npos;
}

} // namespace

LineLexResult lexLine(std::string_view line, LineState startState) {
    LineLexResult result;
    std::uint32_t offset = 0;
    if (startState == LineState::InBlockString) {
        const std::size_t end = blockStringEnd(line);
        if (end == std::string_view::npos) {
            if (!line.empty())
                result.tokens.push_back({TokenKind::BlockString, 0, static_cast<std::uint32_t>(line.size())});
            result.endState = LineState::InBlockString;
            return result;
        }
        result.tokens.push_back({TokenKind::BlockString, 0, static_cast<std::uint32_t>(end)});
        offset = static_cast<std::uint32_t>(end);
    }
    Lexer lexer(line.substr(offset));
    for (Token t = lexer.next(); t.kind != TokenKind::EndOfFile; t = lexer.next()) {
        const LineToken piece{t.kind, t.start.offset + offset, static_cast<std::uint32_t>(t.raw.size())};
        // The only Invalid token starting with """ is a block string that is not closed on this line.
        if (t.kind == TokenKind::Invalid && t.raw.substr(0, 3) == "\"\"\"") {
            result.tokens.push_back({TokenKind::BlockString, piece.start, piece.length});
            result.endState = LineState::InBlockString;
            break;
        }
        result.tokens.push_back(piece);
    }
    return result;
}

} // namespace altrata::graphql

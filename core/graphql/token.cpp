#include "token.h"

#include <array>

namespace altrata::graphql {

namespace {
constexpr std::array<std::string_view, static_cast<std::size_t>(TokenKind::Invalid) + 1> tokenKindNames = {
    "<SOF>", "<EOF>", "!", "$", "&",    "(",   ")",     "...",    ":",           "=",       "@",       "[",
    "]",     "{",     "|", "}", "Name", "Int", "Float", "String", "BlockString", "Comment", "Invalid",
};
} // namespace

std::string_view tokenKindName(TokenKind kind) noexcept {
    const auto index = static_cast<std::size_t>(kind);
    return index < tokenKindNames.size() ? tokenKindNames[index] : std::string_view();
}

bool isPunctuator(TokenKind kind) noexcept {
    return kind >= TokenKind::Bang && kind <= TokenKind::BraceR;
}

} // namespace altrata::graphql

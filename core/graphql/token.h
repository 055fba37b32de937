#pragma once

#include "sourcelocation.h"

#include <cstdint>
#include <string_view>

namespace altrata::graphql {

// graphql-js's TokenKind, in the same order. `Invalid` is ours: the lexer returns it for input it
// cannot lex (the error itself is reported separately) so the editor can mark it and keep going.
// (EOF is a macro in <cstdio>, hence StartOfFile/EndOfFile.)
enum class TokenKind : std::uint8_t {
    StartOfFile, // "<SOF>"
    EndOfFile,   // "<EOF>"
    Bang,        // "!"
    Dollar,      // "$"
    Amp,         // "&"
    ParenL,      // "("
    ParenR,      // ")"
    Spread,      // "..."
    Colon,       // ":"
    Equals,      // "="
    At,          // "@"
    BracketL,    // "["
    BracketR,    // "]"
    BraceL,      // "{"
    Pipe,        // "|"
    BraceR,      // "}"
    Name,
    Int,
    Float,
    String,
    BlockString,
    Comment,
    Invalid,
};

// graphql-js's string for the kind ("<EOF>", "!", "Name", "BlockString", ...).
std::string_view tokenKindName(TokenKind kind) noexcept;
bool isPunctuator(TokenKind kind) noexcept;

struct Token {
    TokenKind kind = TokenKind::StartOfFile;
    SourceLocation start; // first byte of the token
    SourceLocation end;   // one past the last byte
    std::string_view raw; // the token's bytes in the source
    // Name/Int/Float: same as raw. String/BlockString: the decoded value (escapes resolved, block
    // strings dedented), a view into the source when nothing had to change, else into the arena the
    // lexer was given. Comment: the text after '#'. Punctuators and EOF: empty.
    std::string_view value;
};

} // namespace altrata::graphql

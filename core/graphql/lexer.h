#pragma once

#include "ast.h"
#include "syntaxerror.h"
#include "token.h"

#include <cstdint>
#include <string>
#include <string_view>

namespace altrata::graphql {

// The GraphQL lexer (graphql-js 16 rules): one pass over UTF-8 bytes, one token per next() call.
// Comments are returned as tokens (the parser skips them). Whitespace, commas, line terminators and
// the BOM are skipped. On malformed input next() returns a TokenKind::Invalid token covering the bad
// text, error() holds graphql-js's message and position, and lexing continues after it.
//
// Columns count UTF-16 code units like graphql-js; they cost nothing on ASCII lines.
class Lexer {
public:
    // `strings` receives decoded string values that differ from the source text. With nullptr, string
    // values are not decoded (value is the raw text between the quotes): enough for highlighting.
    explicit Lexer(std::string_view source, Arena strings = nullptr);

    Token next();
    // The error behind the last Invalid token.
    const SyntaxError &error() const noexcept { return m_error; }

    // Position of `offset`, which must lie on the line of the last token returned or after it.
    SourceLocation locationAt(std::uint32_t offset);
    std::uint32_t position() const noexcept { return m_pos; }
    std::string_view source() const noexcept { return {m_src, m_size}; }

private:
    Token lexToken(std::uint32_t start);
    Token lexName(std::uint32_t start, SourceLocation loc);
    Token lexNumber(std::uint32_t start, SourceLocation loc);
    Token lexString(std::uint32_t start, SourceLocation loc);
    Token lexBlockString(std::uint32_t start, SourceLocation loc);
    Token lexComment(std::uint32_t start, SourceLocation loc);
    Token token(TokenKind kind, std::uint32_t start, std::uint32_t end, SourceLocation startLocation);
    Token invalidToken(std::uint32_t start, std::uint32_t end, SourceLocation startLocation);
    Token invalidNumber(std::uint32_t start, SourceLocation loc, std::uint32_t errorAt, const char *message);
    void fail(std::uint32_t at, std::string_view message);

    // Each returns the number of bytes the escape occupies, or 0 after recording an error.
    std::uint32_t readEscape(std::uint32_t at, std::string &out);
    std::uint32_t readVariableWidthEscape(std::uint32_t at, std::string &out);
    std::uint32_t readFixedWidthEscape(std::uint32_t at, std::string &out);
    int readHex4(std::uint32_t at) const;
    std::uint32_t skipDigits(std::uint32_t at) const;
    std::uint32_t endOfBadString(std::uint32_t at);
    void newLine(std::uint32_t lineStart);
    std::uint32_t column(std::uint32_t offset);
    int byteAt(std::uint32_t offset) const noexcept;
    std::string_view slice(std::uint32_t from, std::uint32_t units) const;
    std::string describeCodePointAt(std::uint32_t offset) const;
    std::string_view store(const std::string &text);

    const char *m_src;
    std::uint32_t m_size;
    std::uint32_t m_pos = 0;
    std::uint32_t m_line = 1;
    std::uint32_t m_lineStart = 0;
    bool m_lineNonAscii = false; // a byte >= 0x80 was seen on the current line
    std::uint32_t m_columnCacheOffset = 0;
    std::uint32_t m_columnCacheUnits = 0;
    Arena m_strings;
    std::string m_scratch; // reused for decoded strings: no allocation per token once warm
    SyntaxError m_error;
};

} // namespace altrata::graphql

#pragma once

#include <cstdint>
#include <string>
#include <string_view>

// Small UTF-8 helpers for the lexer (graphql-js works on UTF-16 strings; we work on UTF-8 bytes).
// Malformed bytes decode as U+FFFD, one byte each, as a UTF-8 decoder in JavaScript would do.
namespace altrata::graphql::utf8 {

// Length in bytes of the (possibly malformed) character at `at`; at least 1.
std::uint32_t sequenceLength(const char *data, std::uint32_t size, std::uint32_t at) noexcept;
// The code point at `at` (U+FFFD when malformed).
char32_t decode(const char *data, std::uint32_t size, std::uint32_t at) noexcept;
// True when the byte at `at` does not start a well-formed UTF-8 character.
bool isMalformedAt(const char *data, std::uint32_t size, std::uint32_t at) noexcept;
// Appends `text` with every malformed byte replaced by U+FFFD, as JavaScript's decoder would read it.
// Returns false (and appends nothing) when the text is well-formed already.
bool appendWellFormed(std::string &out, std::string_view text);
// UTF-16 code units of `length` bytes (astral characters count 2).
std::uint32_t utf16Length(const char *data, std::uint32_t length) noexcept;
void append(std::string &out, char32_t codePoint);
// "U+0007", "U+1F600": graphql-js's spelling.
std::string codePointName(char32_t codePoint);

} // namespace altrata::graphql::utf8

#include "lexer.h"

#include "blockstring.h"
#include "utf8.h"

#include <algorithm>
#include <cstring>

namespace altrata::graphql {

namespace {

constexpr bool isDigit(int c) noexcept {
    return c >= '0' && c <= '9';
}
constexpr bool isNameStart(int c) noexcept {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
}
constexpr bool isNameContinue(int c) noexcept {
    return isNameStart(c) || isDigit(c);
}

constexpr int hexValue(int c) noexcept {
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

constexpr bool isScalarValue(std::int64_t cp) noexcept {
    return (cp >= 0 && cp <= 0xD7FF) || (cp >= 0xE000 && cp <= 0x10FFFF);
}

TokenKind punctuatorKind(unsigned char c) noexcept {
    switch (c) {
    case '!':
        return TokenKind::Bang;
    case '$':
        return TokenKind::Dollar;
    case '&':
        return TokenKind::Amp;
    case '(':
        return TokenKind::ParenL;
    case ')':
        return TokenKind::ParenR;
    case ':':
        return TokenKind::Colon;
    case '=':
        return TokenKind::Equals;
    case '@':
        return TokenKind::At;
    case '[':
        return TokenKind::BracketL;
    case ']':
        return TokenKind::BracketR;
    case '{':
        return TokenKind::BraceL;
    case '|':
        return TokenKind::Pipe;
    case '}':
        return TokenKind::BraceR;
    default:
        return TokenKind::Invalid;
    }
}

} // namespace

Lexer::Lexer(std::string_view source, Arena strings)
    : m_src(source.data())
    , m_size(static_cast<std::uint32_t>(source.size()))
    , m_strings(strings) {}

Token Lexer::next() {
    while (m_pos < m_size) {
        const auto c = static_cast<unsigned char>(m_src[m_pos]);
        switch (c) {
        case ' ':
        case '\t':
        case ',':
            ++m_pos;
            continue;
        case '\n':
            newLine(++m_pos);
            continue;
        case '\r':
            m_pos += (m_pos + 1 < m_size && m_src[m_pos + 1] == '\n') ? 2 : 1;
            newLine(m_pos);
            continue;
        case 0xEF: // U+FEFF, the byte order mark, is ignored like whitespace
            if (m_pos + 2 < m_size && static_cast<unsigned char>(m_src[m_pos + 1]) == 0xBB &&
                static_cast<unsigned char>(m_src[m_pos + 2]) == 0xBF) {
                m_pos += 3;
                m_lineNonAscii = true;
                continue;
            }
            break;
        default:
            break;
        }
        return lexToken(m_pos);
    }
    return token(TokenKind::EndOfFile, m_size, m_size, locationAt(m_size));
}

Token Lexer::lexToken(std::uint32_t start) {
    const SourceLocation loc{start, m_line, column(start)};
    const auto c = static_cast<unsigned char>(m_src[start]);
    const TokenKind kind = punctuatorKind(c);
    if (kind != TokenKind::Invalid)
        return token(kind, start, start + 1, loc);
    if (isNameStart(c))
        return lexName(start, loc);
    if (isDigit(c) || c == '-')
        return lexNumber(start, loc);
    switch (c) {
    case '"':
        if (byteAt(start + 1) == '"' && byteAt(start + 2) == '"')
            return lexBlockString(start, loc);
        return lexString(start, loc);
    case '#':
        return lexComment(start, loc);
    case '.':
        if (byteAt(start + 1) == '.' && byteAt(start + 2) == '.')
            return token(TokenKind::Spread, start, start + 3, loc);
        break;
    case '\'':
        fail(start, "Unexpected single quote character ('), did you mean to use a double quote (\")?");
        return invalidToken(start, start + 1, loc);
    default:
        break;
    }
    fail(start, "Unexpected character: " + describeCodePointAt(start) + ".");
    const auto length = utf8::sequenceLength(m_src, m_size, start);
    if (c >= 0x80)
        m_lineNonAscii = true;
    return invalidToken(start, start + length, loc);
}

Token Lexer::lexName(std::uint32_t start, SourceLocation loc) {
    std::uint32_t p = start + 1;
    while (p < m_size && isNameContinue(static_cast<unsigned char>(m_src[p])))
        ++p;
    Token t = token(TokenKind::Name, start, p, loc);
    t.value = t.raw;
    return t;
}

// graphql-js's readNumber: digits, optional fraction and exponent, and neither '.' nor a name start
// may follow.
Token Lexer::lexNumber(std::uint32_t start, SourceLocation loc) {
    std::uint32_t p = start;
    int c = byteAt(p);
    bool isFloat = false;
    if (c == '-')
        c = byteAt(++p);
    if (c == '0') {
        c = byteAt(++p);
        if (isDigit(c))
            return invalidNumber(start, loc, p, "Invalid number, unexpected digit after 0: ");
    } else {
        if (!isDigit(c))
            return invalidNumber(start, loc, p, "Invalid number, expected digit but got: ");
        p = skipDigits(p);
        c = byteAt(p);
    }
    if (c == '.') {
        isFloat = true;
        if (!isDigit(byteAt(++p)))
            return invalidNumber(start, loc, p, "Invalid number, expected digit but got: ");
        p = skipDigits(p);
        c = byteAt(p);
    }
    if (c == 'e' || c == 'E') {
        isFloat = true;
        c = byteAt(++p);
        if (c == '+' || c == '-')
            c = byteAt(++p);
        if (!isDigit(c))
            return invalidNumber(start, loc, p, "Invalid number, expected digit but got: ");
        p = skipDigits(p);
        c = byteAt(p);
    }
    if (c == '.' || isNameStart(c))
        return invalidNumber(start, loc, p, "Invalid number, expected digit but got: ");
    Token t = token(isFloat ? TokenKind::Float : TokenKind::Int, start, p, loc);
    t.value = t.raw;
    return t;
}

std::uint32_t Lexer::skipDigits(std::uint32_t at) const {
    while (at < m_size && isDigit(static_cast<unsigned char>(m_src[at])))
        ++at;
    return at;
}

Token Lexer::invalidNumber(std::uint32_t start, SourceLocation loc, std::uint32_t errorAt, const char *message) {
    fail(errorAt, message + describeCodePointAt(errorAt) + ".");
    // Recovery: the rest of the malformed number goes into the same Invalid token.
    std::uint32_t end = std::max(errorAt, start + 1);
    while (end < m_size && (isNameContinue(static_cast<unsigned char>(m_src[end])) || m_src[end] == '.'))
        ++end;
    return invalidToken(start, end, loc);
}

Token Lexer::lexString(std::uint32_t start, SourceLocation loc) {
    std::uint32_t p = start + 1;
    std::uint32_t chunk = p;
    bool escaped = false;
    m_scratch.clear();
    while (p < m_size) {
        const auto c = static_cast<unsigned char>(m_src[p]);
        if (c == '"') {
            Token t = token(TokenKind::String, start, p + 1, loc);
            if (!escaped || !m_strings) {
                t.value = std::string_view(m_src + start + 1, p - start - 1);
            } else {
                m_scratch.append(m_src + chunk, p - chunk);
                t.value = store(m_scratch);
            }
            return t;
        }
        if (c == '\\') {
            m_scratch.append(m_src + chunk, p - chunk);
            escaped = true;
            const std::uint32_t size = readEscape(p, m_scratch);
            if (size == 0)
                return invalidToken(start, endOfBadString(p), loc);
            p += size;
            chunk = p;
            continue;
        }
        if (c == '\n' || c == '\r')
            break;
        if (c >= 0x80) {
            m_lineNonAscii = true;
            // graphql-js reads text that JavaScript already decoded: a malformed byte is U+FFFD there.
            if (utf8::isMalformedAt(m_src, m_size, p)) {
                m_scratch.append(m_src + chunk, p - chunk);
                m_scratch += "\xEF\xBF\xBD";
                escaped = true;
                chunk = ++p;
            } else {
                p += utf8::sequenceLength(m_src, m_size, p);
            }
            continue;
        }
        ++p;
    }
    fail(p, "Unterminated string.");
    return invalidToken(start, p, loc);
}

// Recovery after a bad escape: the string's remaining text up to its closing quote or line end.
std::uint32_t Lexer::endOfBadString(std::uint32_t p) {
    ++p;
    while (p < m_size && m_src[p] != '"' && m_src[p] != '\n' && m_src[p] != '\r') {
        if (static_cast<unsigned char>(m_src[p]) >= 0x80)
            m_lineNonAscii = true;
        p += m_src[p] == '\\' && p + 1 < m_size && m_src[p + 1] == '"' ? 2 : 1;
    }
    return std::min(m_size, p < m_size && m_src[p] == '"' ? p + 1 : p);
}

std::uint32_t Lexer::readEscape(std::uint32_t at, std::string &out) {
    const int escape = byteAt(at + 1);
    if (escape == 'u')
        return byteAt(at + 2) == '{' ? readVariableWidthEscape(at, out) : readFixedWidthEscape(at, out);
    char decoded = 0;
    switch (escape) {
    case '"':
    case '\\':
    case '/':
        decoded = static_cast<char>(escape);
        break;
    case 'b':
        decoded = '\b';
        break;
    case 'f':
        decoded = '\f';
        break;
    case 'n':
        decoded = '\n';
        break;
    case 'r':
        decoded = '\r';
        break;
    case 't':
        decoded = '\t';
        break;
    default:
        fail(at, "Invalid character escape sequence: \"" + std::string(slice(at, 2)) + "\".");
        return 0;
    }
    out.push_back(decoded);
    return 2;
}

// \u{...}: up to 8 hex digits (graphql-js reads at most 12 characters), a Unicode scalar value.
std::uint32_t Lexer::readVariableWidthEscape(std::uint32_t at, std::string &out) {
    std::uint32_t size = 3;
    std::int64_t point = 0;
    while (size < 12) {
        const int c = byteAt(at + size++);
        if (c == '}') {
            if (size < 5 || !isScalarValue(point))
                break;
            utf8::append(out, static_cast<char32_t>(point));
            return size;
        }
        const int digit = hexValue(c);
        if (digit < 0)
            break;
        point = (point << 4) | digit;
        if (point > 0x7FFFFFFF) // graphql-js computes in 32-bit signed integers and stops when negative
            break;
    }
    fail(at, "Invalid Unicode escape sequence: \"" + std::string(slice(at, size)) + "\".");
    return 0;
}

// \uXXXX, where a leading surrogate must be followed by an escaped trailing one.
std::uint32_t Lexer::readFixedWidthEscape(std::uint32_t at, std::string &out) {
    const int code = readHex4(at + 2);
    if (code >= 0 && isScalarValue(code)) {
        utf8::append(out, static_cast<char32_t>(code));
        return 6;
    }
    if (code >= 0xD800 && code <= 0xDBFF && byteAt(at + 6) == '\\' && byteAt(at + 7) == 'u') {
        const int trailing = readHex4(at + 8);
        if (trailing >= 0xDC00 && trailing <= 0xDFFF) {
            utf8::append(out, static_cast<char32_t>(0x10000 + ((code - 0xD800) << 10) + (trailing - 0xDC00)));
            return 12;
        }
    }
    fail(at, "Invalid Unicode escape sequence: \"" + std::string(slice(at, 6)) + "\".");
    return 0;
}

int Lexer::readHex4(std::uint32_t at) const {
    int value = 0;
    for (std::uint32_t i = 0; i < 4; ++i) {
        const int digit = hexValue(byteAt(at + i));
        if (digit < 0)
            return -1;
        value = (value << 4) | digit;
    }
    return value;
}

Token Lexer::lexBlockString(std::uint32_t start, SourceLocation loc) {
    std::uint32_t p = start + 3;
    while (p < m_size) {
        const auto c = static_cast<unsigned char>(m_src[p]);
        if (c == '"' && byteAt(p + 1) == '"' && byteAt(p + 2) == '"') {
            const std::string_view raw(m_src + start + 3, p - start - 3);
            Token t = token(TokenKind::BlockString, start, p + 3, loc);
            m_scratch.clear();
            if (!m_strings || !appendBlockStringValue(raw, m_scratch))
                t.value = raw;
            else
                t.value = store(m_scratch);
            // As in lexString: malformed bytes read as U+FFFD, like graphql-js's decoded input.
            if (m_strings) {
                std::string wellFormed;
                if (utf8::appendWellFormed(wellFormed, t.value))
                    t.value = store(wellFormed);
            }
            return t;
        }
        if (c == '\\' && byteAt(p + 1) == '"' && byteAt(p + 2) == '"' && byteAt(p + 3) == '"') {
            p += 4;
        } else if (c == '\n' || c == '\r') {
            p += (c == '\r' && byteAt(p + 1) == '\n') ? 2 : 1;
            newLine(p);
        } else {
            if (c >= 0x80)
                m_lineNonAscii = true;
            ++p;
        }
    }
    fail(m_size, "Unterminated string.");
    return invalidToken(start, m_size, loc);
}

Token Lexer::lexComment(std::uint32_t start, SourceLocation loc) {
    std::uint32_t p = start + 1;
    while (p < m_size) {
        const auto c = static_cast<unsigned char>(m_src[p]);
        if (c == '\n' || c == '\r')
            break;
        if (c >= 0x80)
            m_lineNonAscii = true;
        ++p;
    }
    Token t = token(TokenKind::Comment, start, p, loc);
    t.value = std::string_view(m_src + start + 1, p - start - 1);
    return t;
}

Token Lexer::token(TokenKind kind, std::uint32_t start, std::uint32_t end, SourceLocation startLocation) {
    m_pos = end;
    Token t;
    t.kind = kind;
    t.start = startLocation;
    t.end = SourceLocation{end, m_line, column(end)};
    t.raw = std::string_view(m_src + start, end - start);
    return t;
}

Token Lexer::invalidToken(std::uint32_t start, std::uint32_t end, SourceLocation startLocation) {
    end = std::min(std::max(end, start + 1), m_size);
    end = std::max(end, start);
    return token(TokenKind::Invalid, start, end, startLocation);
}

void Lexer::fail(std::uint32_t at, std::string_view message) {
    m_error.message.assign("Syntax Error: ");
    m_error.message.append(message);
    m_error.location = locationAt(at);
}

void Lexer::newLine(std::uint32_t lineStart) {
    ++m_line;
    m_lineStart = lineStart;
    m_lineNonAscii = false;
}

SourceLocation Lexer::locationAt(std::uint32_t offset) {
    return SourceLocation{offset, m_line, column(offset)};
}

std::uint32_t Lexer::column(std::uint32_t offset) {
    if (!m_lineNonAscii)
        return offset - m_lineStart + 1;
    // Count UTF-16 code units from the line start, resuming where the last call stopped.
    if (m_columnCacheOffset < m_lineStart || m_columnCacheOffset > offset) {
        m_columnCacheOffset = m_lineStart;
        m_columnCacheUnits = 0;
    }
    m_columnCacheUnits += utf8::utf16Length(m_src + m_columnCacheOffset, offset - m_columnCacheOffset);
    m_columnCacheOffset = offset;
    return m_columnCacheUnits + 1;
}

int Lexer::byteAt(std::uint32_t offset) const noexcept {
    return offset < m_size ? static_cast<unsigned char>(m_src[offset]) : -1;
}

// The source text from `from` spanning `units` UTF-16 code units (graphql-js slices its UTF-16 string).
std::string_view Lexer::slice(std::uint32_t from, std::uint32_t units) const {
    std::uint32_t to = from;
    for (std::uint32_t counted = 0; counted < units && to < m_size;) {
        const std::uint32_t length = utf8::sequenceLength(m_src, m_size, to);
        counted += length == 4 ? 2 : 1;
        to += length;
    }
    return std::string_view(m_src + from, to - from);
}

// graphql-js's printCodePointAt: "x" for printable ASCII, '"' for a quote, U+XXXX otherwise.
std::string Lexer::describeCodePointAt(std::uint32_t offset) const {
    if (offset >= m_size)
        return "<EOF>";
    const char32_t cp = utf8::decode(m_src, m_size, offset);
    if (cp == '"')
        return "'\"'";
    if (cp >= 0x20 && cp <= 0x7E)
        return std::string{'"', static_cast<char>(cp), '"'};
    return utf8::codePointName(cp);
}

std::string_view Lexer::store(const std::string &text) {
    if (text.empty())
        return {};
    auto *memory = static_cast<char *>(m_strings->allocate(text.size(), 1));
    std::memcpy(memory, text.data(), text.size());
    return std::string_view(memory, text.size());
}

} // namespace altrata::graphql

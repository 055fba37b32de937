#include "literalprinter.h"

#include <algorithm>

namespace altrata::graphql {

namespace {

constexpr char hexDigits[] = "0123456789ABCDEF";

void appendUnicodeEscape(std::string &out, unsigned codePoint) {
    const char escape[] = {'\\', 'u', '0', '0', hexDigits[(codePoint >> 4) & 0xF], hexDigits[codePoint & 0xF]};
    out.append(escape, sizeof escape);
}

// The escape for an ASCII byte, or nullptr when it is written as is.
const char *asciiEscape(unsigned char c) {
    switch (c) {
    case '"':
        return "\\\"";
    case '\\':
        return "\\\\";
    case '\b':
        return "\\b";
    case '\t':
        return "\\t";
    case '\n':
        return "\\n";
    case '\f':
        return "\\f";
    case '\r':
        return "\\r";
    default:
        return nullptr;
    }
}

bool isBlank(char c) {
    return c == ' ' || c == '\t';
}

// graphql-js splits on \r\n, \n and \r; `fn(lineStart, lineEnd)` sees each line.
template<typename Fn> void forEachLine(std::string_view text, Fn fn) {
    std::size_t start = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] != '\n' && text[i] != '\r')
            continue;
        fn(text.substr(start, i - start));
        if (text[i] == '\r' && i + 1 < text.size() && text[i + 1] == '\n')
            ++i;
        start = i + 1;
    }
    fn(text.substr(start));
}

struct BlockLayout {
    bool leadingNewline = false;
    bool trailingNewline = false;
};

// The same decisions as graphql-js's printBlockString, made on the unescaped value (escaping `"""` as
// `\"""` changes no line start; at the end it is accounted for).
BlockLayout blockLayout(std::string_view value, bool minimize) {
    std::size_t lines = 0;
    bool laterLinesIndented = true; // every line after the first is empty or starts with white space
    forEachLine(value, [&](std::string_view line) {
        if (lines++ > 0 && !line.empty() && !isBlank(line.front()))
            laterLinesIndented = false;
    });
    const bool singleLine = lines == 1;
    const bool forceLeading = !singleLine && laterLinesIndented;
    // After escaping, a run of quotes ends in `\"""` only when its length is a multiple of three.
    const std::size_t lastOther = value.find_last_not_of('"');
    const std::size_t trailingQuotes = value.size() - (lastOther == std::string_view::npos ? 0 : lastOther + 1);
    const bool trailingTripleQuotes = trailingQuotes >= 3 && trailingQuotes % 3 == 0;
    const bool forceTrailing = (value.ends_with('"') && !trailingTripleQuotes) || value.ends_with('\\');
    const bool multipleLines =
        !minimize && (!singleLine || utf16Length(value) > 70 || forceTrailing || forceLeading || trailingTripleQuotes);
    const bool skipLeading = singleLine && !value.empty() && isBlank(value.front());
    return {(multipleLines && !skipLeading) || forceLeading, multipleLines || forceTrailing};
}

void appendNewline(std::string &out, std::size_t indent) {
    out += '\n';
    out.append(indent, ' ');
}

} // namespace

void appendStringLiteral(std::string &out, std::string_view value) {
    out += '"';
    std::size_t plain = 0; // start of the run not yet copied
    for (std::size_t i = 0; i < value.size(); ++i) {
        const auto c = static_cast<unsigned char>(value[i]);
        // U+0080..U+009F is 0xC2 followed by a continuation byte 0x80..0x9F; 0xC2 before anything else is
        // not a character at all and must pass through unchanged.
        const bool c1Control = c == 0xC2 && i + 1 < value.size() && static_cast<unsigned char>(value[i + 1]) >= 0x80 &&
                               static_cast<unsigned char>(value[i + 1]) < 0xA0;
        if (c >= 0x20 && c != '"' && c != '\\' && c != 0x7F && !c1Control)
            continue;
        out.append(value.data() + plain, i - plain);
        if (c1Control) {
            appendUnicodeEscape(out, static_cast<unsigned char>(value[++i]));
        } else if (const char *escape = asciiEscape(c)) {
            out += escape;
        } else {
            appendUnicodeEscape(out, c);
        }
        plain = i + 1;
    }
    out.append(value.data() + plain, value.size() - plain);
    out += '"';
}

void appendBlockStringLiteral(std::string &out, std::string_view value, std::size_t indent, bool minimize) {
    const BlockLayout layout = blockLayout(value, minimize);
    out += R"(""")";
    if (layout.leadingNewline)
        appendNewline(out, indent);
    std::size_t quotes = 0; // consecutive '"' just written
    for (const char c : value) {
        if (c == '\n') {
            appendNewline(out, indent);
        } else if (c == '"' && quotes == 2) {
            // The third quote of a `"""` run: escape the run (graphql-js replaces left to right).
            out.insert(out.size() - 2, 1, '\\');
            out += '"';
            quotes = 0;
            continue;
        } else {
            out += c;
        }
        quotes = c == '"' ? quotes + 1 : 0;
    }
    if (layout.trailingNewline)
        appendNewline(out, indent);
    out += R"(""")";
}

std::size_t utf16Length(std::string_view utf8) {
    std::size_t units = 0;
    for (const char ch : utf8) {
        const auto c = static_cast<unsigned char>(ch);
        if ((c & 0xC0) != 0x80)
            ++units;   // the first byte of a code point
        if (c >= 0xF0) // four bytes: outside the BMP, a surrogate pair in UTF-16
            ++units;
    }
    return units;
}

} // namespace altrata::graphql

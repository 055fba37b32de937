#include "blockstring.h"

#include <cstddef>
#include <limits>

namespace altrata::graphql {

namespace {

constexpr std::string_view escapedQuotes = "\\\"\"\"";

std::size_t leadingWhitespace(std::string_view line) {
    std::size_t i = 0;
    while (i < line.size() && (line[i] == ' ' || line[i] == '\t'))
        ++i;
    return i;
}

// Calls fn(line) for each line of `raw` (terminators \r\n, \n, \r).
template<class Fn> void forEachLine(std::string_view raw, Fn &&fn) {
    std::size_t lineStart = 0;
    for (std::size_t i = 0; i < raw.size(); ++i) {
        const char c = raw[i];
        if (c != '\n' && c != '\r')
            continue;
        fn(raw.substr(lineStart, i - lineStart));
        if (c == '\r' && i + 1 < raw.size() && raw[i + 1] == '\n')
            ++i;
        lineStart = i + 1;
    }
    fn(raw.substr(lineStart));
}

void appendUnescaped(std::string_view line, std::string &out) {
    std::size_t pos = 0;
    for (auto hit = line.find(escapedQuotes); hit != std::string_view::npos; hit = line.find(escapedQuotes, pos)) {
        out.append(line.substr(pos, hit - pos));
        out.append("\"\"\"");
        pos = hit + escapedQuotes.size();
    }
    out.append(line.substr(pos));
}

} // namespace

bool appendBlockStringValue(std::string_view raw, std::string &out) {
    const bool multiLine = raw.find_first_of("\r\n") != std::string_view::npos;
    const bool escaped = raw.find(escapedQuotes) != std::string_view::npos;
    if (!multiLine && !escaped && leadingWhitespace(raw) != raw.size())
        return false; // the common case: the value is the raw text itself

    std::size_t commonIndent = std::numeric_limits<std::size_t>::max();
    std::size_t index = 0;
    std::size_t firstNonEmpty = std::numeric_limits<std::size_t>::max();
    std::size_t lastNonEmpty = 0;
    bool anyNonEmpty = false;
    forEachLine(raw, [&](std::string_view line) {
        const std::size_t indent = leadingWhitespace(line);
        if (indent != line.size()) {
            if (!anyNonEmpty)
                firstNonEmpty = index;
            anyNonEmpty = true;
            lastNonEmpty = index;
            if (index != 0 && indent < commonIndent)
                commonIndent = indent;
        }
        ++index;
    });
    if (!anyNonEmpty)
        return true; // only blank lines: the value is empty

    index = 0;
    forEachLine(raw, [&](std::string_view line) {
        if (index >= firstNonEmpty && index <= lastNonEmpty) {
            if (index != firstNonEmpty)
                out.push_back('\n');
            if (index != 0)
                line = line.size() > commonIndent ? line.substr(commonIndent) : std::string_view();
            appendUnescaped(line, out);
        }
        ++index;
    });
    return true;
}

std::string blockStringValue(std::string_view raw) {
    std::string out;
    if (!appendBlockStringValue(raw, out))
        out.assign(raw);
    return out;
}

} // namespace altrata::graphql

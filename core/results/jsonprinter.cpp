#include "jsonprinter.h"

#include <vector>

namespace altrata::results::detail {

namespace {

const char *shortEscape(unsigned char c) {
    switch (c) {
    case '"':
        return "\\\"";
    case '\\':
        return "\\\\";
    case '\b':
        return "\\b";
    case '\f':
        return "\\f";
    case '\n':
        return "\\n";
    case '\r':
        return "\\r";
    case '\t':
        return "\\t";
    default:
        return nullptr;
    }
}

void newline(QByteArray &out, std::size_t depth) {
    out += '\n';
    out.append(qsizetype(depth * 2), ' ');
}

void appendScalar(QByteArray &out, const TapeView &tape, std::uint64_t i) {
    switch (tape.type(i)) {
    case '"':
        appendJsonString(out, tape.string(i));
        break;
    case 't':
        out += "true";
        break;
    case 'f':
        out += "false";
        break;
    case 'n':
        out += "null";
        break;
    default: { // a number
        const std::string_view text = tape.numberText(i);
        out.append(text.data(), qsizetype(text.size()));
    }
    }
}

} // namespace

void appendJsonString(QByteArray &out, std::string_view text) {
    static const char hex[] = "0123456789abcdef";
    out += '"';
    std::size_t runStart = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c >= 0x20 && c != '"' && c != '\\')
            continue;
        out.append(text.data() + runStart, qsizetype(i - runStart));
        runStart = i + 1;
        if (const char *escape = shortEscape(c)) {
            out += escape;
        } else {
            const char unicode[] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 0xF]};
            out.append(unicode, sizeof unicode);
        }
    }
    out.append(text.data() + runStart, qsizetype(text.size() - runStart));
    out += '"';
}

QByteArray printJson(const TapeView &tape, std::uint64_t node, bool pretty) {
    QByteArray out;
    const std::uint64_t end = tape.after(node);
    std::vector<char> open; // kinds of the containers we are inside
    bool needComma = false;
    bool afterKey = false;
    for (std::uint64_t i = node; i < end;) {
        const char type = tape.type(i);
        if (type == '}' || type == ']') { // only non-empty containers get here
            open.pop_back();
            if (pretty)
                newline(out, open.size());
            out += type;
            needComma = true;
            ++i;
            continue;
        }
        if (!afterKey) {
            if (needComma)
                out += ',';
            if (pretty && !open.empty())
                newline(out, open.size());
        }
        if (!open.empty() && open.back() == '{' && !afterKey) { // a member name
            appendJsonString(out, tape.string(i));
            out += pretty ? ": " : ":";
            afterKey = true;
            ++i;
            continue;
        }
        afterKey = false;
        needComma = true;
        if (tape.isContainer(i) && tape.closeOf(i) == i + 1) {
            out += type == '{' ? "{}" : "[]";
        } else if (tape.isContainer(i)) {
            out += type;
            open.push_back(type);
            needComma = false;
        } else {
            appendScalar(out, tape, i);
        }
        i = tape.isContainer(i) && !needComma ? i + 1 : tape.after(i);
    }
    return out;
}

} // namespace altrata::results::detail

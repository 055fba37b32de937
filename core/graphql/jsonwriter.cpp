#include "jsonwriter.h"

#include <cstdint>
#include <cstring>

namespace altrata::graphql {

namespace {

constexpr char hexDigits[] = "0123456789abcdef";

// True when none of the 8 bytes is a control character, '"' or '\\' (nothing to escape), tested
// on all bytes at once (the classic "has a byte less than n" / "has a zero byte" bit tricks).
bool plainWord(const char *bytes) {
    std::uint64_t w;
    std::memcpy(&w, bytes, sizeof w);
    constexpr std::uint64_t ones = 0x0101010101010101ULL;
    constexpr std::uint64_t highs = 0x8080808080808080ULL;
    const auto hasZero = [](std::uint64_t x) { return (x - ones) & ~x & highs; };
    const std::uint64_t control = (w - ones * 0x20) & ~w & highs;
    return !(control | hasZero(w ^ (ones * '"')) | hasZero(w ^ (ones * '\\')));
}

} // namespace

void appendJsonString(std::string &out, std::string_view text) {
    out += '"';
    std::size_t plain = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        while (i + 8 <= text.size() && plainWord(text.data() + i))
            i += 8;
        if (i == text.size())
            break;
        const auto c = static_cast<unsigned char>(text[i]);
        if (c >= 0x20 && c != '"' && c != '\\')
            continue;
        out.append(text.data() + plain, i - plain);
        plain = i + 1;
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\b':
            out += "\\b";
            break;
        case '\f':
            out += "\\f";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default: {
            const char escape[] = {'\\', 'u', '0', '0', hexDigits[c >> 4], hexDigits[c & 0xF]};
            out.append(escape, sizeof escape);
        }
        }
    }
    out.append(text.data() + plain, text.size() - plain);
    out += '"';
}

} // namespace altrata::graphql

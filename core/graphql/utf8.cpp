#include "utf8.h"

#include <array>

namespace altrata::graphql::utf8 {

namespace {

struct Decoded {
    char32_t codePoint;
    std::uint32_t length;
};

constexpr Decoded replacement{0xFFFD, 1};

Decoded decodeAt(const char *data, std::uint32_t size, std::uint32_t at) noexcept {
    const auto lead = static_cast<unsigned char>(data[at]);
    if (lead < 0x80)
        return {lead, 1};
    std::uint32_t length = 0;
    char32_t cp = 0;
    char32_t minimum = 0;
    if (lead >= 0xC2 && lead <= 0xDF) {
        length = 2, cp = lead & 0x1F, minimum = 0x80;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        length = 3, cp = lead & 0x0F, minimum = 0x800;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        length = 4, cp = lead & 0x07, minimum = 0x10000;
    } else {
        return replacement;
    }
    if (at + length > size)
        return replacement;
    for (std::uint32_t i = 1; i < length; ++i) {
        const auto byte = static_cast<unsigned char>(data[at + i]);
        if ((byte & 0xC0) != 0x80)
            return replacement;
        cp = (cp << 6) | (byte & 0x3F);
    }
    if (cp < minimum || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
        return replacement;
    return {cp, length};
}

} // namespace

std::uint32_t sequenceLength(const char *data, std::uint32_t size, std::uint32_t at) noexcept {
    return at < size ? decodeAt(data, size, at).length : 1;
}

char32_t decode(const char *data, std::uint32_t size, std::uint32_t at) noexcept {
    return decodeAt(data, size, at).codePoint;
}

bool isMalformedAt(const char *data, std::uint32_t size, std::uint32_t at) noexcept {
    return at < size && static_cast<unsigned char>(data[at]) >= 0x80 && decodeAt(data, size, at).length == 1;
}

bool appendWellFormed(std::string &out, std::string_view text) {
    const auto size = static_cast<std::uint32_t>(text.size());
    std::uint32_t first = 0;
    while (first < size && !isMalformedAt(text.data(), size, first))
        first += static_cast<unsigned char>(text[first]) < 0x80 ? 1 : decodeAt(text.data(), size, first).length;
    if (first == size)
        return false;
    out.append(text.data(), first);
    for (std::uint32_t i = first; i < size;) {
        if (isMalformedAt(text.data(), size, i)) {
            out += "\xEF\xBF\xBD";
            ++i;
            continue;
        }
        const std::uint32_t length = decodeAt(text.data(), size, i).length;
        out.append(text.data() + i, length);
        i += length;
    }
    return true;
}

std::uint32_t utf16Length(const char *data, std::uint32_t length) noexcept {
    std::uint32_t units = 0;
    for (std::uint32_t i = 0; i < length; ++i) {
        const auto byte = static_cast<unsigned char>(data[i]);
        if ((byte & 0xC0) != 0x80)
            units += byte >= 0xF0 ? 2 : 1;
    }
    return units;
}

void append(std::string &out, char32_t cp) {
    if (cp < 0x80) {
        out.push_back(static_cast<char>(cp));
    } else if (cp < 0x800) {
        out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    } else if (cp < 0x10000) {
        out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    } else {
        out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    }
}

std::string codePointName(char32_t cp) {
    constexpr std::array<char, 16> hex = {'0', '1', '2', '3', '4', '5', '6', '7',
                                          '8', '9', 'A', 'B', 'C', 'D', 'E', 'F'};
    std::string digits;
    do {
        digits.insert(digits.begin(), hex[cp & 0xF]);
        cp >>= 4;
    } while (cp != 0);
    while (digits.size() < 4)
        digits.insert(digits.begin(), '0');
    return "U+" + digits;
}

} // namespace altrata::graphql::utf8

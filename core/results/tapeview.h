#pragma once

#include <cstdint>
#include <cstring>
#include <string_view>

namespace altrata::results::detail {

// Read access to simdjson's DOM tape (documented in simdjson's doc/tape.md). Each 64-bit word holds a
// type character in the top byte and a 56-bit payload. ResultDocument stores the source offset of every
// number in the (otherwise unused) payload of the number's first word so numbers print as written.
struct TapeView {
    const std::uint64_t *tape = nullptr;
    const std::uint8_t *strings = nullptr;
    const char *source = nullptr;
    std::size_t sourceSize = 0;

    static constexpr std::uint64_t kPayloadMask = 0x00FFFFFFFFFFFFFFull;
    static constexpr std::uint32_t kCountSaturated = 0xFFFFFF;

    char type(std::uint64_t i) const { return char(tape[i] >> 56); }
    std::uint64_t payload(std::uint64_t i) const { return tape[i] & kPayloadMask; }
    bool isContainer(std::uint64_t i) const { return type(i) == '{' || type(i) == '['; }
    bool isNumber(std::uint64_t i) const { return type(i) == 'l' || type(i) == 'u' || type(i) == 'd'; }

    // The tape position just after the value starting at i (the next sibling, or the parent's close).
    std::uint64_t after(std::uint64_t i) const {
        if (isContainer(i))
            return std::uint32_t(payload(i));
        return isNumber(i) ? i + 2 : i + 1;
    }
    // Children count of a container as simdjson stored it (saturates at kCountSaturated).
    std::uint32_t storedCount(std::uint64_t i) const { return std::uint32_t(payload(i) >> 32) & kCountSaturated; }
    // Closing word of the container starting at i.
    std::uint64_t closeOf(std::uint64_t i) const { return after(i) - 1; }

    std::string_view string(std::uint64_t i) const {
        const std::uint8_t *at = strings + payload(i);
        std::uint32_t length = 0;
        std::memcpy(&length, at, sizeof length);
        return {reinterpret_cast<const char *>(at + sizeof length), length};
    }
    // The number exactly as written in the source.
    std::string_view numberText(std::uint64_t i) const {
        const std::size_t start = std::size_t(payload(i));
        std::size_t end = start;
        while (end < sourceSize && isNumberChar(source[end]))
            ++end;
        return {source + start, end - start};
    }
    std::int64_t integerOr(std::uint64_t i, std::int64_t fallback) const {
        std::uint64_t bits = tape[i + 1];
        if (type(i) == 'l' || type(i) == 'u')
            return std::int64_t(bits);
        if (type(i) == 'd') {
            double value = 0;
            std::memcpy(&value, &bits, sizeof value);
            return value > -9.0e18 && value < 9.0e18 ? std::int64_t(value) : fallback;
        }
        return fallback;
    }

private:
    static bool isNumberChar(char c) {
        return (c >= '0' && c <= '9') || c == '-' || c == '+' || c == '.' || c == 'e' || c == 'E';
    }
};

} // namespace altrata::results::detail

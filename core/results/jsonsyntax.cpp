#include "jsonsyntax.h"

#include <cstring>

namespace altrata::results::detail {

namespace {

bool isDigit(char c) {
    return c >= '0' && c <= '9';
}
bool isNumberTail(char c) {
    return isDigit(c) || c == '.' || c == 'e' || c == 'E' || c == '+' || c == '-';
}
bool isHex(char c) {
    return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

// An iterative JSON grammar check: a stack of open containers and what may come next.
class SyntaxChecker {
public:
    SyntaxChecker(const char *text, std::size_t size)
        : m_text(text)
        , m_size(size) {}

    std::int64_t run() {
        while (true) {
            skipSpace();
            if (m_at == m_size)
                return m_state == State::Done ? -1 : std::int64_t(m_at);
            if (!step())
                return std::int64_t(m_at);
        }
    }

private:
    enum class State { Value, ValueOrClose, Key, KeyOrClose, Colon, CommaOrClose, Done };

    void skipSpace() {
        while (m_at < m_size && std::strchr(" \t\r\n", m_text[m_at]) && m_text[m_at] != '\0')
            ++m_at;
    }
    char peek() const { return m_at < m_size ? m_text[m_at] : '\0'; }
    void afterValue() { m_state = m_open.empty() ? State::Done : State::CommaOrClose; }
    void close() {
        m_open.pop_back();
        ++m_at;
        afterValue();
    }

    bool step() {
        const char c = peek();
        switch (m_state) {
        case State::Done:
            return false;
        case State::ValueOrClose:
            if (c == ']') {
                close();
                return true;
            }
            [[fallthrough]];
        case State::Value:
            return value(c);
        case State::KeyOrClose:
            if (c == '}') {
                close();
                return true;
            }
            [[fallthrough]];
        case State::Key:
            m_state = State::Colon;
            return c == '"' && string();
        case State::Colon:
            m_state = State::Value;
            return c == ':' && (++m_at, true);
        case State::CommaOrClose:
            if (c == ',') {
                ++m_at;
                m_state = m_open.back() == '{' ? State::Key : State::Value;
                return true;
            }
            if (c != (m_open.back() == '{' ? '}' : ']'))
                return false;
            close();
            return true;
        }
        return false;
    }

    bool value(char c) {
        if (c == '{' || c == '[') {
            m_open.push_back(c);
            ++m_at;
            m_state = c == '{' ? State::KeyOrClose : State::ValueOrClose;
            return true;
        }
        afterValue();
        if (c == '"')
            return string();
        if (c == '-' || isDigit(c))
            return number();
        for (const char *word : {"true", "false", "null"}) {
            const std::size_t length = std::strlen(word);
            if (m_size - m_at >= length && std::memcmp(m_text + m_at, word, length) == 0) {
                m_at += length;
                return true;
            }
        }
        return false;
    }

    bool string() {
        const std::size_t opening = m_at++;
        while (m_at < m_size) {
            const auto c = static_cast<unsigned char>(m_text[m_at]);
            if (c == '"') {
                ++m_at;
                return true;
            }
            if (c < 0x20)
                return false;
            if (c == '\\' && !escape())
                return false;
            if (c != '\\')
                ++m_at;
        }
        m_at = opening; // never closed: point at where it starts
        return false;
    }

    bool escape() {
        ++m_at;
        const char c = peek();
        if (c == 'u') {
            for (int k = 1; k <= 4; ++k) {
                if (m_at + std::size_t(k) >= m_size || !isHex(m_text[m_at + std::size_t(k)])) {
                    m_at += std::size_t(k);
                    return false;
                }
            }
            m_at += 5;
            return true;
        }
        if (c == '\0' || !std::strchr("\"\\/bfnrt", c))
            return false;
        ++m_at;
        return true;
    }

    bool digits() {
        const std::size_t start = m_at;
        while (isDigit(peek()))
            ++m_at;
        return m_at > start;
    }

    bool number() {
        if (peek() == '-')
            ++m_at;
        if (peek() == '0')
            ++m_at;
        else if (!digits())
            return false;
        if (peek() == '.' && (++m_at, !digits()))
            return false;
        if (peek() == 'e' || peek() == 'E') {
            ++m_at;
            if (peek() == '+' || peek() == '-')
                ++m_at;
            if (!digits())
                return false;
        }
        return true;
    }

    const char *m_text;
    std::size_t m_size;
    std::size_t m_at = 0;
    State m_state = State::Value;
    std::vector<char> m_open;
};

// Length of the UTF-8 sequence starting at `at`, or 0 when it is not a valid one (overlong forms,
// surrogates and code points above U+10FFFF included).
std::size_t utf8SequenceLength(const unsigned char *s, std::size_t left) {
    const unsigned char c = s[0];
    if (c < 0x80)
        return 1;
    std::size_t length = 0;
    unsigned char low = 0x80;
    unsigned char high = 0xBF;
    if (c >= 0xC2 && c <= 0xDF) {
        length = 2;
    } else if (c >= 0xE0 && c <= 0xEF) {
        length = 3;
        low = c == 0xE0 ? 0xA0 : 0x80;
        high = c == 0xED ? 0x9F : 0xBF;
    } else if (c >= 0xF0 && c <= 0xF4) {
        length = 4;
        low = c == 0xF0 ? 0x90 : 0x80;
        high = c == 0xF4 ? 0x8F : 0xBF;
    } else {
        return 0;
    }
    if (left < length || s[1] < low || s[1] > high)
        return 0;
    for (std::size_t k = 2; k < length; ++k) {
        if (s[k] < 0x80 || s[k] > 0xBF)
            return 0;
    }
    return length;
}

} // namespace

std::int64_t firstSyntaxErrorOffset(const char *text, std::size_t size) {
    return SyntaxChecker(text, size).run();
}

std::int64_t firstInvalidUtf8Offset(const char *text, std::size_t size) {
    const auto *bytes = reinterpret_cast<const unsigned char *>(text);
    for (std::size_t i = 0; i < size;) {
        const std::size_t length = utf8SequenceLength(bytes + i, size - i);
        if (length == 0)
            return std::int64_t(i);
        i += length;
    }
    return -1;
}

std::vector<std::size_t> longIntegerEnds(const char *text, std::size_t size) {
    constexpr std::size_t kLongDigits = 19;
    std::vector<std::size_t> ends;
    for (std::size_t i = 0; i < size;) {
        if (text[i] == '"') { // skip the string, escapes included
            for (++i; i < size && text[i] != '"'; ++i)
                i += text[i] == '\\' ? 1 : 0;
            ++i;
            continue;
        }
        if (text[i] != '-' && !isDigit(text[i])) {
            ++i;
            continue;
        }
        i += text[i] == '-' ? 1 : 0;
        const std::size_t digitsStart = i;
        while (i < size && isDigit(text[i]))
            ++i;
        const bool integer = i >= size || (text[i] != '.' && text[i] != 'e' && text[i] != 'E');
        if (integer && i - digitsStart >= kLongDigits)
            ends.push_back(i);
        while (i < size && isNumberTail(text[i]))
            ++i; // the rest of a fraction or exponent
    }
    return ends;
}

} // namespace altrata::results::detail

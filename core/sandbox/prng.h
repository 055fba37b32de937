#pragma once

#include <cstdint>
#include <span>

// The sandbox's own pseudo-random generator (xoshiro256** seeded through splitmix64). The standard
// distributions differ between library versions, so the dataset draws only through these integer
// helpers: the same seed gives the same world everywhere.
namespace altrata::sandbox {

constexpr std::uint64_t splitmix64(std::uint64_t &state) {
    std::uint64_t z = (state += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

// One well-mixed 64-bit value from two inputs (for per-item streams and id keys).
constexpr std::uint64_t mix64(std::uint64_t a, std::uint64_t b) {
    std::uint64_t state = a ^ (b * 0xD1B54A32D192ED03ULL);
    splitmix64(state);
    return splitmix64(state);
}

class Prng {
public:
    explicit Prng(std::uint64_t seed) {
        for (auto &word : m_state)
            word = splitmix64(seed);
    }

    std::uint64_t next() {
        const std::uint64_t result = rotl(m_state[1] * 5, 7) * 9;
        const std::uint64_t t = m_state[1] << 17;
        m_state[2] ^= m_state[0];
        m_state[3] ^= m_state[1];
        m_state[1] ^= m_state[2];
        m_state[0] ^= m_state[3];
        m_state[2] ^= t;
        m_state[3] = rotl(m_state[3], 45);
        return result;
    }

    // 0 <= result < bound (bound > 0); the modulo bias is far below anything a test could see.
    std::uint64_t below(std::uint64_t bound) { return next() % bound; }
    int between(int low, int high) { return low + static_cast<int>(below(static_cast<std::uint64_t>(high - low + 1))); }
    bool percent(int chance) { return below(100) < static_cast<std::uint64_t>(chance); }

    template<typename T> const T &pick(std::span<const T> items) { return items[below(items.size())]; }

    // Skewed towards the front: a few items get many picks (big organizations, busy directors).
    std::uint64_t skewed(std::uint64_t bound) { return below(bound) * below(bound) / bound; }

private:
    static constexpr std::uint64_t rotl(std::uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }
    std::uint64_t m_state[4] = {};
};

} // namespace altrata::sandbox

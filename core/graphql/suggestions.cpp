#include "suggestions.h"

#include <algorithm>
#include <array>
#include <optional>
#include <utility>

namespace altrata::graphql {
namespace {

bool isDigit(char c) {
    return c >= '0' && c <= '9';
}

std::string lower(std::string_view text) {
    std::string out(text);
    for (char &c : out)
        if (c >= 'A' && c <= 'Z')
            c = static_cast<char>(c - 'A' + 'a');
    return out;
}

// Optimal string alignment distance, nullopt once it must exceed threshold (as graphql-js).
std::optional<int> lexicalDistance(std::string_view input, std::string_view option, int threshold) {
    if (input == option)
        return 0;
    std::string a = lower(option);
    std::string b = lower(input);
    if (a == b)
        return 1;
    if (a.size() < b.size())
        std::swap(a, b);
    const int aLength = static_cast<int>(a.size());
    const int bLength = static_cast<int>(b.size());
    if (aLength - bLength > threshold)
        return std::nullopt;
    std::array<std::vector<int>, 3> rows;
    for (auto &row : rows)
        row.assign(static_cast<std::size_t>(bLength) + 1, 0);
    for (int j = 0; j <= bLength; ++j)
        rows[0][static_cast<std::size_t>(j)] = j;
    for (int i = 1; i <= aLength; ++i) {
        auto &upRow = rows[static_cast<std::size_t>((i - 1) % 3)];
        auto &row = rows[static_cast<std::size_t>(i % 3)];
        int smallest = row[0] = i;
        for (int j = 1; j <= bLength; ++j) {
            const auto uj = static_cast<std::size_t>(j);
            const int cost = a[static_cast<std::size_t>(i - 1)] == b[uj - 1] ? 0 : 1;
            int current = std::min({upRow[uj] + 1, row[uj - 1] + 1, upRow[uj - 1] + cost});
            if (i > 1 && j > 1 && a[static_cast<std::size_t>(i - 1)] == b[uj - 2] &&
                a[static_cast<std::size_t>(i - 2)] == b[uj - 1]) {
                const int doubleDiagonal = rows[static_cast<std::size_t>((i - 2) % 3)][uj - 2];
                current = std::min(current, doubleDiagonal + 1);
            }
            smallest = std::min(smallest, current);
            row[uj] = current;
        }
        if (smallest > threshold)
            return std::nullopt;
    }
    const int distance = rows[static_cast<std::size_t>(aLength % 3)][static_cast<std::size_t>(bLength)];
    return distance <= threshold ? std::optional<int>(distance) : std::nullopt;
}

} // namespace

int naturalCompare(std::string_view a, std::string_view b) noexcept {
    std::size_t ai = 0;
    std::size_t bi = 0;
    while (ai < a.size() && bi < b.size()) {
        if (isDigit(a[ai]) && isDigit(b[bi])) {
            // Like graphql-js, a leading zero ends the number after one digit.
            auto number = [](std::string_view s, std::size_t &i) {
                double n = 0;
                do {
                    n = n * 10 + (s[i] - '0');
                    ++i;
                } while (i < s.size() && isDigit(s[i]) && n > 0);
                return n;
            };
            const double an = number(a, ai);
            const double bn = number(b, bi);
            if (an != bn)
                return an < bn ? -1 : 1;
        } else {
            if (a[ai] != b[bi])
                return static_cast<unsigned char>(a[ai]) < static_cast<unsigned char>(b[bi]) ? -1 : 1;
            ++ai;
            ++bi;
        }
    }
    const auto diff = static_cast<long long>(a.size()) - static_cast<long long>(b.size());
    return diff < 0 ? -1 : diff > 0 ? 1 : 0;
}

std::vector<std::string> suggestionList(std::string_view input, const std::vector<std::string_view> &options) {
    const int threshold = static_cast<int>(input.size() * 4 / 10) + 1;
    std::vector<std::pair<std::string, int>> found;
    for (std::string_view option : options) {
        if (std::any_of(found.begin(), found.end(), [&](const auto &f) { return f.first == option; }))
            continue;
        if (const std::optional<int> distance = lexicalDistance(input, option, threshold))
            found.emplace_back(std::string(option), *distance);
    }
    std::stable_sort(found.begin(), found.end(), [](const auto &x, const auto &y) {
        if (x.second != y.second)
            return x.second < y.second;
        return naturalCompare(x.first, y.first) < 0;
    });
    std::vector<std::string> out;
    for (auto &f : found)
        out.push_back(std::move(f.first));
    return out;
}

std::string didYouMean(const std::vector<std::string> &suggestions, std::string_view subMessage) {
    if (suggestions.empty())
        return {};
    std::string message = " Did you mean ";
    if (!subMessage.empty())
        message += std::string(subMessage) + ' ';
    auto quoted = [](const std::string &s) { return '"' + s + '"'; };
    if (suggestions.size() == 1)
        return message + quoted(suggestions[0]) + '?';
    if (suggestions.size() == 2)
        return message + quoted(suggestions[0]) + " or " + quoted(suggestions[1]) + '?';
    const std::size_t count = std::min<std::size_t>(suggestions.size(), 5);
    for (std::size_t i = 0; i + 1 < count; ++i)
        message += quoted(suggestions[i]) + ", ";
    return message + "or " + quoted(suggestions[count - 1]) + '?';
}

} // namespace altrata::graphql

#pragma once

#include <span>
#include <string>
#include <string_view>

// Name pools for the generated people and organizations. Full names are only ever combined from
// separate given-name and family-name pools (no famous person's full name is listed anywhere), in
// the script a person's culture writes them, with a romanized form for emails and web addresses.
namespace altrata::sandbox::pools {

struct GivenName {
    std::string_view text;
    std::string_view roman; // empty: asciiFold(text)
    bool female = false;
};

struct FamilyName {
    std::string_view text;
    std::string_view roman;       // empty: asciiFold(text)
    std::string_view femaleText;  // empty: the same form for everyone
    std::string_view femaleRoman; // empty: asciiFold(femaleText)
};

struct Place {
    std::string_view city;
    std::string_view country;
    std::string_view tld; // web domain ending used by organizations there
};

// An organization name pattern: '%' stands for the root (a family name or an invented word).
struct NamePattern {
    std::string_view text;
    std::string_view roman;
};

struct Culture {
    std::string_view name;
    std::span<const GivenName> given;
    std::span<const FamilyName> family;
    std::span<const Place> places;
    std::span<const GivenName> middle;     // empty: a second given name
    std::span<const NamePattern> orgNames; // native-script company names; empty: Latin patterns only
    bool familyFirst = false;              // full name written family name first
    std::string_view separator = " ";      // between family and given name when familyFirst
    int middleNamePercent = 0;
    int weight = 1; // share of the world's people and organizations
};

std::span<const Culture> cultures();

// Latin letters with diacritics become plain ASCII ("Łukasz Wójcik" -> "Lukasz Wojcik"); any other
// non-ASCII character is dropped.
std::string asciiFold(std::string_view text);

inline std::string romanOf(std::string_view text, std::string_view roman) {
    return roman.empty() ? asciiFold(text) : std::string(roman);
}

} // namespace altrata::sandbox::pools

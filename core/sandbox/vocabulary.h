#pragma once

#include "namepools.h"

#include <span>
#include <string_view>

// The words the generator builds organizations and roles from (English, as Altrata's data is).
namespace altrata::sandbox::pools {

struct OrganizationKind {
    std::string_view type; // Organization::type
    int weight;
    std::span<const NamePattern> names; // '%' is the root word
    int websitePercent;
};

std::span<const OrganizationKind> organizationKinds();
std::span<const std::string_view> industries();
std::span<const std::string_view> organizationRoots(); // invented words, no real company names

struct Title {
    std::string_view text;
    bool leadership; // part of the leadership team
    bool executive;  // an executive (for board roles: executive director)
};

// Job titles by seniority: level 0 (early career) .. 3 (C-suite).
std::span<const Title> jobTitles(int level);
std::span<const Title> boardTitles();
std::span<const Title> governmentTitles();
std::span<const std::string_view> committeeNames();

} // namespace altrata::sandbox::pools

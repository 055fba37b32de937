#pragma once

#include "dataset.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

// The Relationships service's engine: paths between people and organizations through roles.
// A tenure link (a person's role at an organization) is as strong as the role was long; an overlap
// link (two people at the same organization at the same time) as strong as their shared time. A
// path's strength is the product of its links times 0.9 per person between its ends, so longer and
// thinner paths rank lower. Current
// roles last until the reference month, which keeps every answer independent of the wall clock.
namespace altrata::sandbox {

struct PathNodeRef {
    bool person = false;
    std::uint32_t index = 0; // into people() or organizations()
};

struct FoundPath {
    std::string id;                   // "pth_" + hash of the node ids
    std::vector<PathNodeRef> nodes;   // people and organizations alternating
    std::vector<std::uint32_t> steps; // the roles linking neighbouring nodes, in order
    double strength = 0;              // 0..1, four decimals
};

struct OverlapSpan {
    std::uint32_t roleA = 0, roleB = 0;
    int startMonth = 0, endMonth = 0; // months since year 0 (year * 12 + month - 1)
    int months = 0;
    double strength = 0;
};

enum class RoleFilter : std::uint8_t { All, Employment, Board };

class RelationshipGraph {
public:
    // Current roles last until the generated world's "today" (end of Dataset::referenceYear).
    static constexpr int referenceMonth = (Dataset::referenceYear + 1) * 12; // January 2026
    static constexpr std::size_t demoUserWindow = 1000;

    explicit RelationshipGraph(const Dataset &dataset);

    // The fixed "me" of the my... queries: the person with the most roles among the first
    // demoUserWindow people (the first such). Empty only for a dataset without people.
    std::optional<std::uint32_t> demoUser() const;

    double tenureStrength(std::uint32_t role) const;
    std::optional<OverlapSpan> overlap(std::uint32_t roleA, std::uint32_t roleB) const;
    // Every overlap of two people, longest first.
    std::vector<OverlapSpan> overlaps(std::uint32_t personA, std::uint32_t personB) const;

    // Paths strongest first, ties by id.
    std::vector<FoundPath> organizationPaths(std::uint32_t source, std::uint32_t target) const;
    std::vector<FoundPath> personToOrganization(std::uint32_t person, std::uint32_t organization,
                                                RoleFilter filter) const;
    std::vector<FoundPath> personToPerson(std::uint32_t from, std::uint32_t to, RoleFilter filter) const;

private:
    bool kept(std::uint32_t role, RoleFilter filter) const;

    const Dataset &m_dataset;
};

} // namespace altrata::sandbox

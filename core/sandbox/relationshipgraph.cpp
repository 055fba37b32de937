#include "relationshipgraph.h"

#include "servicevalues.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <unordered_map>

namespace altrata::sandbox {

namespace {

constexpr int fullTenureMonths = 120, fullOverlapMonths = 60, unknownEndMonths = 12;
constexpr double intermediaryFactor = 0.9;

double round4(double value) {
    return std::round(value * 10000) / 10000;
}

int monthOf(const PartialDate &date) {
    return date.year * 12 + date.month - 1;
}

// [start, end) in months; none when the start is unknown. A prior role without an end counts a year.
std::optional<std::pair<int, int>> span(const Role &role) {
    if (!role.start)
        return std::nullopt;
    const int start = monthOf(*role.start);
    const int end = role.end       ? monthOf(*role.end)
                    : role.current ? RelationshipGraph::referenceMonth
                                   : start + unknownEndMonths;
    return std::pair{start, std::max(start, end)};
}

// Keeps the strongest path per node sequence, then orders them.
class Collector {
public:
    explicit Collector(const Dataset &dataset)
        : m_dataset(dataset) {}

    void add(std::vector<PathNodeRef> nodes, std::vector<std::uint32_t> steps, double strength) {
        std::string key;
        for (const PathNodeRef &node : nodes)
            key += (node.person ? m_dataset.people()[node.index].id : m_dataset.organizations()[node.index].id) + '>';
        // Every person between the ends is one more introduction to ask for: longer paths rank lower.
        for (std::size_t i = 1; i + 1 < nodes.size(); ++i)
            strength *= nodes[i].person ? intermediaryFactor : 1.0;
        FoundPath path{values::stableId("pth_", key), std::move(nodes), std::move(steps), round4(strength)};
        const auto [it, fresh] = m_paths.try_emplace(path.id, path);
        if (!fresh && it->second.strength < path.strength)
            it->second = std::move(path);
    }

    std::vector<FoundPath> sorted() {
        std::vector<FoundPath> paths;
        for (auto &[id, path] : m_paths)
            paths.push_back(std::move(path));
        std::stable_sort(paths.begin(), paths.end(),
                         [](const FoundPath &a, const FoundPath &b) { return a.strength > b.strength; });
        return paths;
    }

private:
    const Dataset &m_dataset;
    std::map<std::string, FoundPath> m_paths; // by id: ties come out in id order
};

PathNodeRef person(std::uint32_t index) {
    return {true, index};
}

PathNodeRef organization(std::uint32_t index) {
    return {false, index};
}

} // namespace

RelationshipGraph::RelationshipGraph(const Dataset &dataset)
    : m_dataset(dataset) {}

std::optional<std::uint32_t> RelationshipGraph::demoUser() const {
    const auto &people = m_dataset.people();
    std::optional<std::uint32_t> best;
    for (std::uint32_t i = 0; i < people.size() && i < demoUserWindow; ++i)
        if (!best || people[i].roles.size() > people[*best].roles.size())
            best = i;
    return best;
}

double RelationshipGraph::tenureStrength(std::uint32_t role) const {
    const auto months = span(m_dataset.roles()[role]);
    if (!months)
        return 0.3;
    const int length = std::min(months->second - months->first, fullTenureMonths);
    return round4(0.3 + 0.7 * length / fullTenureMonths);
}

std::optional<OverlapSpan> RelationshipGraph::overlap(std::uint32_t roleA, std::uint32_t roleB) const {
    const Role &a = m_dataset.roles()[roleA];
    const Role &b = m_dataset.roles()[roleB];
    const auto spanA = span(a), spanB = span(b);
    if (a.organization != b.organization || a.person == b.person || !spanA || !spanB)
        return std::nullopt;
    const int start = std::max(spanA->first, spanB->first), end = std::min(spanA->second, spanB->second);
    if (end <= start)
        return std::nullopt;
    const int months = end - start;
    return OverlapSpan{roleA, roleB,  start,
                       end,   months, round4(0.2 + 0.8 * std::min(months, fullOverlapMonths) / fullOverlapMonths)};
}

std::vector<OverlapSpan> RelationshipGraph::overlaps(std::uint32_t personA, std::uint32_t personB) const {
    std::vector<OverlapSpan> found;
    for (const std::uint32_t a : m_dataset.people()[personA].roles)
        for (const std::uint32_t b : m_dataset.people()[personB].roles)
            if (const auto shared = overlap(a, b))
                found.push_back(*shared);
    std::stable_sort(found.begin(), found.end(),
                     [](const OverlapSpan &x, const OverlapSpan &y) { return x.months > y.months; });
    return found;
}

bool RelationshipGraph::kept(std::uint32_t role, RoleFilter filter) const {
    const RoleType type = m_dataset.roles()[role].type;
    const bool board = type == RoleType::Board || type == RoleType::Committee;
    return filter == RoleFilter::All || (filter == RoleFilter::Board) == board;
}

namespace {

// Each person's strongest role at one organization.
std::unordered_map<std::uint32_t, std::uint32_t> strongestRoles(const Dataset &dataset, const RelationshipGraph &graph,
                                                                std::uint32_t organization) {
    std::unordered_map<std::uint32_t, std::uint32_t> best;
    for (const std::uint32_t role : dataset.organizations()[organization].roles) {
        const auto [it, fresh] = best.try_emplace(dataset.roles()[role].person, role);
        if (!fresh && graph.tenureStrength(role) > graph.tenureStrength(it->second))
            it->second = role;
    }
    return best;
}

} // namespace

std::vector<FoundPath> RelationshipGraph::organizationPaths(std::uint32_t source, std::uint32_t target) const {
    const auto atSource = strongestRoles(m_dataset, *this, source);
    const auto atTarget = strongestRoles(m_dataset, *this, target);
    Collector paths(m_dataset);
    for (const auto &[first, sourceRole] : atSource) {
        if (const auto direct = atTarget.find(first); direct != atTarget.end())
            paths.add({organization(source), person(first), organization(target)}, {sourceRole, direct->second},
                      tenureStrength(sourceRole) * tenureStrength(direct->second));
        for (const std::uint32_t meetRole : m_dataset.people()[first].roles) {
            const std::uint32_t via = m_dataset.roles()[meetRole].organization;
            if (via == source || via == target)
                continue;
            for (const std::uint32_t otherRole : m_dataset.organizations()[via].roles) {
                const std::uint32_t second = m_dataset.roles()[otherRole].person;
                const auto last = atTarget.find(second);
                const auto shared = last == atTarget.end() ? std::nullopt : overlap(meetRole, otherRole);
                if (shared)
                    paths.add(
                        {organization(source), person(first), organization(via), person(second), organization(target)},
                        {sourceRole, meetRole, otherRole, last->second},
                        tenureStrength(sourceRole) * shared->strength * tenureStrength(last->second));
            }
        }
    }
    return paths.sorted();
}

std::vector<FoundPath> RelationshipGraph::personToOrganization(std::uint32_t from, std::uint32_t target,
                                                               RoleFilter filter) const {
    const auto atTarget = strongestRoles(m_dataset, *this, target);
    Collector paths(m_dataset);
    for (const std::uint32_t myRole : m_dataset.people()[from].roles) {
        if (!kept(myRole, filter))
            continue;
        const std::uint32_t via = m_dataset.roles()[myRole].organization;
        if (via == target) {
            paths.add({person(from), organization(target)}, {myRole}, tenureStrength(myRole));
            continue;
        }
        for (const std::uint32_t otherRole : m_dataset.organizations()[via].roles) {
            const std::uint32_t other = m_dataset.roles()[otherRole].person;
            const auto last = atTarget.find(other);
            const auto shared = last == atTarget.end() ? std::nullopt : overlap(myRole, otherRole);
            if (shared)
                paths.add({person(from), organization(via), person(other), organization(target)},
                          {myRole, otherRole, last->second}, shared->strength * tenureStrength(last->second));
        }
    }
    return paths.sorted();
}

std::vector<FoundPath> RelationshipGraph::personToPerson(std::uint32_t from, std::uint32_t to,
                                                         RoleFilter filter) const {
    std::unordered_multimap<std::uint32_t, std::uint32_t> targetRoles; // by organization
    for (const std::uint32_t role : m_dataset.people()[to].roles)
        targetRoles.emplace(m_dataset.roles()[role].organization, role);
    Collector paths(m_dataset);
    for (const std::uint32_t myRole : m_dataset.people()[from].roles) {
        if (!kept(myRole, filter))
            continue;
        const std::uint32_t first = m_dataset.roles()[myRole].organization;
        for (const std::uint32_t otherRole : m_dataset.organizations()[first].roles) {
            const std::uint32_t other = m_dataset.roles()[otherRole].person;
            const auto met = overlap(myRole, otherRole);
            if (!met || other == from)
                continue;
            if (other == to) {
                paths.add({person(from), organization(first), person(to)}, {myRole, otherRole}, met->strength);
                continue;
            }
            for (const std::uint32_t viaRole : m_dataset.people()[other].roles) {
                const std::uint32_t second = m_dataset.roles()[viaRole].organization;
                if (second == first)
                    continue; // that is the direct path through `first`, not a second hop
                const auto [begin, end] = targetRoles.equal_range(second);
                for (auto it = begin; it != end; ++it)
                    if (const auto reached = overlap(viaRole, it->second))
                        paths.add({person(from), organization(first), person(other), organization(second), person(to)},
                                  {myRole, otherRole, viaRole, it->second}, met->strength * reached->strength);
            }
        }
    }
    return paths.sorted();
}

} // namespace altrata::sandbox

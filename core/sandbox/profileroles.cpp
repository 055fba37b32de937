#include "profileresolvers.h"

#include <algorithm>
#include <climits>

namespace altrata::sandbox::profile {

using graphql::Value;
using graphql::ValueObject;

namespace {

constexpr int todayMonth = Dataset::referenceYear * 12 + 11; // December of the reference year

int monthIndex(const PartialDate &date) {
    return date.year * 12 + date.month - 1;
}

// Months the role lasted; nullopt when its start, or a prior role's end, is unknown.
std::optional<int> monthsIn(const Role &role) {
    if (!role.start || (!role.current && !role.end))
        return std::nullopt;
    return std::max(0, (role.end ? monthIndex(*role.end) : todayMonth) - monthIndex(*role.start));
}

// From the person's first known start at the organization to their last known end (or today).
std::optional<int> monthsWith(const Dataset &data, const Role &role) {
    int first = INT_MAX;
    int last = INT_MIN;
    for (const std::uint32_t index : data.people()[role.person].roles) {
        const Role &other = data.roles()[index];
        if (other.organization != role.organization)
            continue;
        if (other.start)
            first = std::min(first, monthIndex(*other.start));
        if (other.current)
            last = todayMonth;
        else if (other.end)
            last = std::max(last, monthIndex(*other.end));
    }
    if (first == INT_MAX || last == INT_MIN)
        return std::nullopt;
    return std::max(0, last - first);
}

Value optionalMonths(std::optional<int> months) {
    return months ? Value::fromInt(*months) : Value::null();
}

} // namespace

void addRoleResolvers(const ProfileData &data, Resolvers &r) {
    const ProfileData *d = &data;
    const auto role = [d](const Value &parent) -> const Role & { return d->dataset().roles()[indexOf(parent)]; };
    field(r, "Role.id", [=](const Value &x, const ValueObject &) { return Value::fromString(role(x).id); });
    field(r, "Role.roleType",
          [=](const Value &x, const ValueObject &) { return Value::fromEnum(roleTypeName(role(x).type)); });
    field(r, "Role.title", [=](const Value &x, const ValueObject &) { return Value::fromString(role(x).title); });
    field(r, "Role.committeeName", [=](const Value &x, const ValueObject &) {
        return role(x).committeeName ? Value::fromString(*role(x).committeeName) : Value::null();
    });
    field(r, "Role.status",
          [=](const Value &x, const ValueObject &) { return Value::fromEnum(role(x).current ? "CURRENT" : "PRIOR"); });
    field(r, "Role.isCurrent", [=](const Value &x, const ValueObject &) { return Value::fromBool(role(x).current); });
    field(r, "Role.startDate", [=](const Value &x, const ValueObject &) {
        return role(x).start ? Value::fromString(role(x).start->iso()) : Value::null();
    });
    field(r, "Role.startDateInfo",
          [=](const Value &x, const ValueObject &) { return values::optionalDateInformation(role(x).start); });
    field(r, "Role.endDate", [=](const Value &x, const ValueObject &) {
        return role(x).end ? Value::fromString(role(x).end->iso()) : Value::null();
    });
    field(r, "Role.endDateInfo",
          [=](const Value &x, const ValueObject &) { return values::optionalDateInformation(role(x).end); });
    field(r, "Role.monthsInRole",
          [=](const Value &x, const ValueObject &) { return optionalMonths(monthsIn(role(x))); });
    field(r, "Role.monthsWithOrganization",
          [=](const Value &x, const ValueObject &) { return optionalMonths(monthsWith(d->dataset(), role(x))); });
    field(r, "Role.isExecutiveDirector",
          [=](const Value &x, const ValueObject &) { return Value::fromBool(role(x).executiveDirector); });
    field(r, "Role.isNonExecutiveDirector",
          [=](const Value &x, const ValueObject &) { return Value::fromBool(role(x).nonExecutiveDirector); });
    field(r, "Role.isLeadershipTeam",
          [=](const Value &x, const ValueObject &) { return Value::fromBool(role(x).leadershipTeam); });
    field(r, "Role.person",
          [=](const Value &x, const ValueObject &) { return handle(Handle::Person, role(x).person); });
    field(r, "Role.organization",
          [=](const Value &x, const ValueObject &) { return handle(Handle::Organization, role(x).organization); });
}

} // namespace altrata::sandbox::profile

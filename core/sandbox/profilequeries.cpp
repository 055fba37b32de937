#include "profilesearch.h"

#include <algorithm>
#include <array>

// The Query type's fields.
namespace altrata::sandbox::profile {

using graphql::FieldError;
using graphql::Value;
using graphql::ValueList;
using graphql::ValueObject;

namespace {

using Matches = std::shared_ptr<const std::vector<std::uint32_t>>;

Matches share(std::vector<std::uint32_t> matches) {
    return std::make_shared<const std::vector<std::uint32_t>>(std::move(matches));
}

// The person or organization an input names: exactly one of personId and organizationId.
struct Subject {
    bool person = true;
    std::optional<std::uint32_t> index; // empty: well-formed id naming nothing
};

Subject subjectOf(const ProfileData &data, const ValueObject &args) {
    const Value *input = argument(args, "input");
    const Value *person = input ? input->get("personId") : nullptr;
    const Value *org = input ? input->get("organizationId") : nullptr;
    const bool hasPerson = person && !person->isNull();
    const bool hasOrg = org && !org->isNull();
    if (hasPerson == hasOrg)
        throw FieldError("Give exactly one of input.personId and input.organizationId.", "BAD_USER_INPUT");
    Subject subject;
    subject.person = hasPerson;
    if (hasPerson) {
        checkId(person->string, "per_", "person");
        if (const Person *found = data.dataset().personById(person->string))
            subject.index = static_cast<std::uint32_t>(found - data.dataset().people().data());
    } else {
        checkId(org->string, "org_", "organization");
        if (const Organization *found = data.dataset().organizationById(org->string))
            subject.index = static_cast<std::uint32_t>(found - data.dataset().organizations().data());
    }
    return subject;
}

Value rolesOf(const ProfileData &data, const ValueObject &args, std::initializer_list<RoleType> types) {
    const Page page = parsePage(args);
    const Subject subject = subjectOf(data, args);
    const Value *input = argument(args, "input");
    const Value *status = input->get("status");
    const int current = status && !status->isNull() ? (status->string == "CURRENT" ? 1 : 0) : -1;
    std::vector<std::uint32_t> matches;
    if (subject.index) {
        const auto &all = subject.person ? data.dataset().people()[*subject.index].roles
                                         : data.dataset().organizations()[*subject.index].roles;
        std::copy_if(all.begin(), all.end(), std::back_inserter(matches), [&](std::uint32_t index) {
            const Role &role = data.dataset().roles()[index];
            return std::find(types.begin(), types.end(), role.type) != types.end() &&
                   (current < 0 || role.current == (current == 1));
        });
    }
    return pageResult(Handle::Role, share(std::move(matches)), page);
}

Value membershipsOf(const ProfileData &data, const ValueObject &args) {
    const Page page = parsePage(args);
    const Subject subject = subjectOf(data, args);
    const Value *currentOnly = argument(args, "input")->get("currentOnly");
    std::vector<std::uint32_t> matches;
    if (subject.index) {
        const auto &all = subject.person ? data.membershipsOfPerson(*subject.index) : data.membersOf(*subject.index);
        std::copy_if(all.begin(), all.end(), std::back_inserter(matches), [&](std::uint32_t index) {
            return !currentOnly || !currentOnly->boolean || data.memberships()[index].current;
        });
    }
    return pageResult(Handle::Membership, share(std::move(matches)), page);
}

Value donationsOf(const ProfileData &data, const ValueObject &args) {
    const Page page = parsePage(args);
    const Subject subject = subjectOf(data, args);
    const Value *direction = argument(args, "input")->get("direction");
    const bool received = direction && direction->string == "RECEIVED";
    if (received && subject.person)
        throw FieldError("Only organizations receive donations: use direction GIVEN for a person.", "BAD_USER_INPUT");
    std::vector<std::uint32_t> matches;
    if (subject.index)
        matches = subject.person ? data.donationsByPerson(*subject.index)
                  : received     ? data.donationsTo(*subject.index)
                                 : data.donationsByOrganization(*subject.index);
    return pageResult(Handle::Donation, share(std::move(matches)), page);
}

Value info(const ProfileData &data) {
    const Dataset &set = data.dataset();
    const auto count = [](std::size_t n) { return Value::fromInt(static_cast<std::int64_t>(n)); };
    Value counts = Value::fromObject({{"people", count(set.people().size())},
                                      {"organizations", count(set.organizations().size())},
                                      {"roles", count(set.roles().size())}});
    const std::string asOf = std::to_string(Dataset::referenceYear) + "-12-31";
    return Value::fromObject({{"service", Value::fromString("Profile")},
                              {"version", Value::fromString("1.0.0-sandbox")},
                              {"status", Value::fromString("OK")},
                              {"dataAsOf", Value::fromString(asOf)},
                              {"generatedAt", Value::fromString(asOf + "T00:00:00Z")},
                              {"counts", counts},
                              {"countsJson", Value::fromString(counts.toJson())}});
}

// Looks up each id ("per_"/"org_"); unknown ones become IdNotFound objects.
template<typename Lookup>
Value bulk(const ValueObject &args, std::string_view prefix, std::string_view what, Handle kind, Lookup lookup) {
    const Value *ids = argument(args, "ids");
    if (ids->list->size() > maxBulkIds)
        throw FieldError("At most " + std::to_string(maxBulkIds) + " ids per request, got " +
                             std::to_string(ids->list->size()) + '.',
                         "BAD_USER_INPUT");
    for (const Value &id : *ids->list)
        checkId(id.string, prefix, what);
    ValueList results;
    for (const Value &id : *ids->list) {
        if (const std::optional<std::uint32_t> index = lookup(id.string))
            results.push_back(handle(kind, *index));
        else
            results.push_back(values::typed(
                "IdNotFound",
                {{"id", id},
                 {"message", Value::fromString("No " + std::string(what) + " has the id " + id.string + '.')}}));
    }
    return Value::fromList(std::move(results));
}

void addPersonQueries(const ProfileData *d, Resolvers &r) {
    const auto find = [d](const std::string &id) -> std::optional<std::uint32_t> {
        const Person *p = d->dataset().personById(id);
        return p ? std::optional<std::uint32_t>(static_cast<std::uint32_t>(p - d->dataset().people().data()))
                 : std::nullopt;
    };
    field(r, "Query.personIdSearch", [=](const Value &, const ValueObject &args) {
        const std::string &id = argument(args, "id")->string;
        checkId(id, "per_", "person");
        const auto index = find(id);
        return index ? handle(Handle::Person, *index) : Value::null();
    });
    field(r, "Query.personBulkIdSearch",
          [=](const Value &, const ValueObject &args) { return bulk(args, "per_", "person", Handle::Person, find); });
    field(r, "Query.personKeywordSearch", [=](const Value &, const ValueObject &args) {
        const Page page = parsePage(args);
        return pageResult(Handle::Person, share(keywordPeople(*d, argument(args, "keyword")->string)), page);
    });
    field(r, "Query.personSearch", [=](const Value &, const ValueObject &args) {
        const Page page = parsePage(args);
        return pageResult(Handle::Person, share(searchPeople(*d, argument(args, "filter"))), page);
    });
    field(r, "Query.personSearchCount", [=](const Value &, const ValueObject &args) {
        return Value::fromInt(static_cast<std::int64_t>(searchPeople(*d, argument(args, "filter")).size()));
    });
}

void addOrganizationQueries(const ProfileData *d, Resolvers &r) {
    const auto find = [d](const std::string &id) -> std::optional<std::uint32_t> {
        const Organization *o = d->dataset().organizationById(id);
        return o ? std::optional<std::uint32_t>(static_cast<std::uint32_t>(o - d->dataset().organizations().data()))
                 : std::nullopt;
    };
    field(r, "Query.organizationIdSearch", [=](const Value &, const ValueObject &args) {
        const std::string &id = argument(args, "id")->string;
        checkId(id, "org_", "organization");
        const auto index = find(id);
        return index ? handle(Handle::Organization, *index) : Value::null();
    });
    field(r, "Query.organizationBulkIdSearch", [=](const Value &, const ValueObject &args) {
        return bulk(args, "org_", "organization", Handle::Organization, find);
    });
    field(r, "Query.organizationKeywordSearch", [=](const Value &, const ValueObject &args) {
        const Page page = parsePage(args);
        return pageResult(Handle::Organization, share(keywordOrganizations(*d, argument(args, "keyword")->string)),
                          page);
    });
    field(r, "Query.organizationSearch", [=](const Value &, const ValueObject &args) {
        const Page page = parsePage(args);
        return pageResult(Handle::Organization, share(searchOrganizations(*d, argument(args, "filter"))), page);
    });
    field(r, "Query.organizationSearchCount", [=](const Value &, const ValueObject &args) {
        return Value::fromInt(static_cast<std::int64_t>(searchOrganizations(*d, argument(args, "filter")).size()));
    });
}

} // namespace

void addQueryResolvers(const ProfileData &data, Resolvers &r) {
    const ProfileData *d = &data;
    field(r, "Query.info", [=](const Value &, const ValueObject &) { return info(*d); });
    addPersonQueries(d, r);
    addOrganizationQueries(d, r);
    field(r, "Query.rolesBoard",
          [=](const Value &, const ValueObject &args) { return rolesOf(*d, args, {RoleType::Board}); });
    field(r, "Query.rolesEmployment", [=](const Value &, const ValueObject &args) {
        return rolesOf(*d, args, {RoleType::Job, RoleType::Government});
    });
    field(r, "Query.rolesCommittee",
          [=](const Value &, const ValueObject &args) { return rolesOf(*d, args, {RoleType::Committee}); });
    field(r, "Query.memberships", [=](const Value &, const ValueObject &args) { return membershipsOf(*d, args); });
    field(r, "Query.charitableDonations",
          [=](const Value &, const ValueObject &args) { return donationsOf(*d, args); });
}

} // namespace altrata::sandbox::profile

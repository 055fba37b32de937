#include "profileresolvers.h"

#include <algorithm>

namespace altrata::sandbox::profile {

using graphql::Value;
using graphql::ValueObject;

namespace {

Value optional(const std::optional<std::string> &text) {
    return text ? Value::fromString(*text) : Value::null();
}

} // namespace

std::string typeNameOf(const Value &value) {
    if (value.kind != Value::Kind::Int)
        return {};
    switch (kindOf(value)) {
    case Handle::Person:
        return "Person";
    case Handle::Organization:
        return "Organization";
    case Handle::Role:
        return "Role";
    case Handle::Membership:
        return "Membership";
    case Handle::Donation:
        return "CharitableDonation";
    }
    return {};
}

Value streamOf(Handle kind, const std::vector<std::uint32_t> &items, std::function<bool(std::uint32_t)> keep) {
    return Value::fromGenerator([kind, &items, keep = std::move(keep), i = std::size_t{0}](Value &next) mutable {
        while (i < items.size()) {
            const std::uint32_t item = items[i++];
            if (!keep || keep(item)) {
                next = handle(kind, item);
                return true;
            }
        }
        return false;
    });
}

std::string roleTypeName(RoleType type) {
    switch (type) {
    case RoleType::Board:
        return "BOARD";
    case RoleType::Committee:
        return "COMMITTEE";
    case RoleType::Job:
        return "JOB";
    case RoleType::Government:
        return "GOVERNMENT";
    }
    return {};
}

std::string organizationTypeName(const std::string &type) {
    std::string name;
    for (const char c : type)
        name += c == ' ' ? '_' : (c >= 'a' && c <= 'z') ? static_cast<char>(c - 'a' + 'A') : c;
    return name;
}

std::function<bool(std::uint32_t)> roleFilter(const ProfileData &data, const ValueObject &args) {
    const Value *type = argument(args, "roleType");
    const Value *status = argument(args, "status");
    if (!type && !status)
        return {};
    const std::string typeName = type ? type->string : std::string();
    const int current = status ? (status->string == "CURRENT" ? 1 : 0) : -1;
    return [&data, typeName, current](std::uint32_t index) {
        const Role &role = data.dataset().roles()[index];
        return (typeName.empty() || roleTypeName(role.type) == typeName) &&
               (current < 0 || role.current == (current == 1));
    };
}

namespace {

// Fields leading from a person to roles, memberships and donations.
void addPersonLinks(const ProfileData *d, Resolvers &r) {
    const auto person = [d](const Value &parent) -> const Person & { return d->dataset().people()[indexOf(parent)]; };
    field(r, "Person.roles", [=](const Value &p, const ValueObject &args) {
        return streamOf(Handle::Role, person(p).roles, roleFilter(*d, args));
    });
    field(r, "Person.roleCount", [=](const Value &p, const ValueObject &args) {
        const auto keep = roleFilter(*d, args);
        const auto &roles = person(p).roles;
        return Value::fromInt(keep ? std::count_if(roles.begin(), roles.end(), keep) : std::ssize(roles));
    });
    field(r, "Person.primaryRole", [=](const Value &p, const ValueObject &) {
        const Role *job = d->currentJob(indexOf(p));
        return job ? handle(Handle::Role, static_cast<std::uint32_t>(job - d->dataset().roles().data()))
                   : Value::null();
    });
    field(r, "Person.memberships", [=](const Value &p, const ValueObject &) {
        return streamOf(Handle::Membership, d->membershipsOfPerson(indexOf(p)));
    });
    field(r, "Person.donations", [=](const Value &p, const ValueObject &) {
        return streamOf(Handle::Donation, d->donationsByPerson(indexOf(p)));
    });
}

} // namespace

void addPersonResolvers(const ProfileData &data, Resolvers &r) {
    const ProfileData *d = &data;
    const auto person = [d](const Value &parent) -> const Person & { return d->dataset().people()[indexOf(parent)]; };
    field(r, "Person.id", [=](const Value &p, const ValueObject &) { return Value::fromString(person(p).id); });
    field(r, "Person.fullName",
          [=](const Value &p, const ValueObject &) { return Value::fromString(person(p).fullName); });
    field(r, "Person.name", [=](const Value &p, const ValueObject &) { return Value::fromString(person(p).fullName); });
    field(r, "Person.firstName",
          [=](const Value &p, const ValueObject &) { return Value::fromString(person(p).firstName); });
    field(r, "Person.middleName", [=](const Value &p, const ValueObject &) { return optional(person(p).middleName); });
    field(r, "Person.lastName",
          [=](const Value &p, const ValueObject &) { return Value::fromString(person(p).lastName); });
    field(r, "Person.birthYear", [=](const Value &p, const ValueObject &) {
        return person(p).birthYear ? Value::fromInt(*person(p).birthYear) : Value::null();
    });
    field(r, "Person.workEmail", [=](const Value &p, const ValueObject &) { return optional(person(p).workEmail); });
    field(r, "Person.linkedinProfile",
          [=](const Value &p, const ValueObject &) { return optional(person(p).linkedinProfile); });
    field(r, "Person.biography", [=](const Value &p, const ValueObject &) { return optional(person(p).biography); });
    field(r, "Person.location", [=](const Value &p, const ValueObject &) {
        return Value::fromObject(
            {{"city", Value::fromString(person(p).city)}, {"country", Value::fromString(person(p).country)}});
    });
    field(r, "Person.otherIds", [=](const Value &p, const ValueObject &) {
        const Person &x = person(p);
        return Value::fromObject({{"bxPersonId", Value::fromString(x.bxPersonId)},
                                  {"rsPersonId", optional(x.rsPersonId)},
                                  {"wxPersonId", optional(x.wxPersonId)}});
    });
    addPersonLinks(d, r);
}

} // namespace altrata::sandbox::profile

#include "profileresolvers.h"

#include <algorithm>

// Organization, Membership and CharitableDonation fields.
namespace altrata::sandbox::profile {

using graphql::Value;
using graphql::ValueObject;

namespace {

void addMembershipResolvers(const ProfileData *d, Resolvers &r) {
    const auto membership = [d](const Value &parent) -> const Membership & {
        return d->memberships()[indexOf(parent)];
    };
    field(r, "Membership.id", [=](const Value &m, const ValueObject &) { return Value::fromString(membership(m).id); });
    field(r, "Membership.membershipType",
          [=](const Value &m, const ValueObject &) { return Value::fromString(std::string(membership(m).type)); });
    field(r, "Membership.isCurrent",
          [=](const Value &m, const ValueObject &) { return Value::fromBool(membership(m).current); });
    field(r, "Membership.since",
          [=](const Value &m, const ValueObject &) { return dateInformation(membership(m).since); });
    field(r, "Membership.person",
          [=](const Value &m, const ValueObject &) { return handle(Handle::Person, membership(m).person); });
    field(r, "Membership.organization", [=](const Value &m, const ValueObject &) {
        return handle(Handle::Organization, membership(m).organization);
    });
}

void addDonationResolvers(const ProfileData *d, Resolvers &r) {
    const auto donation = [d](const Value &parent) -> const Donation & { return d->donations()[indexOf(parent)]; };
    field(r, "CharitableDonation.id",
          [=](const Value &g, const ValueObject &) { return Value::fromString(donation(g).id); });
    field(r, "CharitableDonation.amountUsd", [=](const Value &g, const ValueObject &) {
        return Value::fromFloat(static_cast<double>(donation(g).amountUsd));
    });
    field(r, "CharitableDonation.date",
          [=](const Value &g, const ValueObject &) { return dateInformation(donation(g).date); });
    field(r, "CharitableDonation.purpose", [=](const Value &g, const ValueObject &) {
        const std::string_view purpose = donation(g).purpose;
        return purpose.empty() ? Value::null() : Value::fromString(std::string(purpose));
    });
    field(r, "CharitableDonation.donor", [=](const Value &g, const ValueObject &) {
        const Donation &x = donation(g);
        return handle(x.fromPerson ? Handle::Person : Handle::Organization, x.donor);
    });
    field(r, "CharitableDonation.recipient",
          [=](const Value &g, const ValueObject &) { return handle(Handle::Organization, donation(g).recipient); });
}

std::string describe(const Organization &org) {
    std::string kind;
    for (const char c : org.type)
        kind += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    const bool vowel = !kind.empty() && std::string_view("aeiou").find(kind.front()) != std::string_view::npos;
    std::string text = org.name + (vowel ? " is an " : " is a ") + kind + " in " + org.industry + " based in " +
                       org.city + ", " + org.country;
    if (org.foundedYear)
        text += ", founded in " + std::to_string(*org.foundedYear);
    return text + '.';
}

Value optionalInt(const auto &number) {
    return number ? Value::fromInt(*number) : Value::null();
}

// Fields leading from an organization to roles, members and donations.
void addOrganizationLinks(const ProfileData *d, Resolvers &r) {
    const auto org = [d](const Value &parent) -> const Organization & {
        return d->dataset().organizations()[indexOf(parent)];
    };
    field(r, "Organization.roles", [=](const Value &o, const ValueObject &args) {
        return streamOf(Handle::Role, org(o).roles, roleFilter(*d, args));
    });
    field(r, "Organization.board", [=](const Value &o, const ValueObject &args) {
        ValueObject filter = args;
        filter.emplace_back("roleType", Value::fromEnum("BOARD"));
        return streamOf(Handle::Role, org(o).roles, roleFilter(*d, filter));
    });
    field(r, "Organization.roleCount", [=](const Value &o, const ValueObject &args) {
        const auto keep = roleFilter(*d, args);
        const auto &roles = org(o).roles;
        return Value::fromInt(keep ? std::count_if(roles.begin(), roles.end(), keep) : std::ssize(roles));
    });
    field(r, "Organization.members",
          [=](const Value &o, const ValueObject &) { return streamOf(Handle::Membership, d->membersOf(indexOf(o))); });
    field(r, "Organization.donationsGiven", [=](const Value &o, const ValueObject &) {
        return streamOf(Handle::Donation, d->donationsByOrganization(indexOf(o)));
    });
    field(r, "Organization.donationsReceived",
          [=](const Value &o, const ValueObject &) { return streamOf(Handle::Donation, d->donationsTo(indexOf(o))); });
}

} // namespace

void addOrganizationResolvers(const ProfileData &data, Resolvers &r) {
    const ProfileData *d = &data;
    const auto org = [d](const Value &parent) -> const Organization & {
        return d->dataset().organizations()[indexOf(parent)];
    };
    field(r, "Organization.id", [=](const Value &o, const ValueObject &) { return Value::fromString(org(o).id); });
    field(r, "Organization.name", [=](const Value &o, const ValueObject &) { return Value::fromString(org(o).name); });
    field(r, "Organization.type",
          [=](const Value &o, const ValueObject &) { return Value::fromEnum(organizationTypeName(org(o).type)); });
    field(r, "Organization.organizationType",
          [=](const Value &o, const ValueObject &) { return Value::fromString(org(o).type); });
    field(r, "Organization.industry",
          [=](const Value &o, const ValueObject &) { return Value::fromString(org(o).industry); });
    field(r, "Organization.description",
          [=](const Value &o, const ValueObject &) { return Value::fromString(describe(org(o))); });
    field(r, "Organization.location", [=](const Value &o, const ValueObject &) {
        return Value::fromObject(
            {{"city", Value::fromString(org(o).city)}, {"country", Value::fromString(org(o).country)}});
    });
    field(r, "Organization.website", [=](const Value &o, const ValueObject &) {
        return org(o).website ? Value::fromString(*org(o).website) : Value::null();
    });
    field(r, "Organization.foundedYear",
          [=](const Value &o, const ValueObject &) { return optionalInt(org(o).foundedYear); });
    field(r, "Organization.employeeCount",
          [=](const Value &o, const ValueObject &) { return optionalInt(org(o).employeeCount); });
    addOrganizationLinks(d, r);
    addMembershipResolvers(d, r);
    addDonationResolvers(d, r);
}

} // namespace altrata::sandbox::profile

#pragma once

#include "graphql/executor.h"
#include "profiledata.h"
#include "servicevalues.h"

#include <string>
#include <unordered_map>

// The Profile service's resolvers. Objects travel through the executor as small handles (an Int
// holding a kind and an index into the Dataset), and every field of Person, Organization, Role,
// Membership and CharitableDonation has a resolver reading the Dataset directly, so a response
// about all people never builds a Value per field ahead of writing it. Lists are generators.
namespace altrata::sandbox::profile {

using Resolvers = std::unordered_map<std::string, graphql::Resolver>;

enum class Handle : std::int64_t { Person = 1, Organization, Role, Membership, Donation };

inline graphql::Value handle(Handle kind, std::uint32_t index) {
    return graphql::Value::fromInt((static_cast<std::int64_t>(kind) << 32) | index);
}
inline std::uint32_t indexOf(const graphql::Value &value) {
    return static_cast<std::uint32_t>(value.integer & 0xFFFFFFFF);
}
inline Handle kindOf(const graphql::Value &value) {
    return static_cast<Handle>(value.integer >> 32);
}

// The object type name of a handle ("Person", ...); empty for any other value.
std::string typeNameOf(const graphql::Value &value);

// Yields handles for `items` (which must outlive the execution), those `keep` accepts when given.
graphql::Value streamOf(Handle kind, const std::vector<std::uint32_t> &items,
                        std::function<bool(std::uint32_t)> keep = {});

// An argument or input field; nullptr when absent or null (shared with the other services).
inline const graphql::Value *argument(const graphql::ValueObject &args, std::string_view name) {
    return values::field(args, name);
}

std::string roleTypeName(RoleType type);
std::string organizationTypeName(const std::string &type); // "Public Company" -> "PUBLIC_COMPANY"
using values::dateInformation;                             // DateInformation {date, datePrecision, displayDate}

// Roles passing the optional `roleType` and `status` arguments; empty when neither is given.
std::function<bool(std::uint32_t)> roleFilter(const ProfileData &data, const graphql::ValueObject &args);

// Registers a resolver that needs only the parent and the arguments.
template<typename F> void field(Resolvers &resolvers, const char *key, F resolve) {
    resolvers[key] = [resolve](const graphql::Value &parent, const graphql::ValueObject &args,
                               const graphql::ResolveInfo &) { return resolve(parent, args); };
}

void addPersonResolvers(const ProfileData &data, Resolvers &resolvers);       // profilepersons.cpp
void addOrganizationResolvers(const ProfileData &data, Resolvers &resolvers); // profileorganizations.cpp
void addRoleResolvers(const ProfileData &data, Resolvers &resolvers);         // profileroles.cpp
void addQueryResolvers(const ProfileData &data, Resolvers &resolvers);        // profilequeries.cpp

} // namespace altrata::sandbox::profile

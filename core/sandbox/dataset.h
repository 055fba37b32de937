#pragma once

#include "sandboxconfig.h"

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

// The sandbox's fictional world, generated deterministically from a seed: people, organizations and
// the roles that tie them together. Every service derives what it serves from these (events from
// role starts and ends, relationships from shared organizations, matches from names and ids).
// Strings are UTF-8, ready to become graphql::Values. Immutable once built, so threads may share it.
namespace altrata::sandbox {

enum class DatePrecision : std::uint8_t { Day, Month, Year };

// Real data often knows only the month or the year of a date.
struct PartialDate {
    int year = 2000;
    int month = 1; // 1..12; 1 when precision is Year
    int day = 1;   // 1..31; 1 when precision is Month or Year
    DatePrecision precision = DatePrecision::Day;

    std::string iso() const;     // AWSDate "YYYY-MM-DD"
    std::string display() const; // "12 March 2019", "March 2019" or "2019"
};

struct Organization {
    std::string id;   // "org_" + 12 lower-case hex digits
    std::string name; // may contain accents and non-Latin scripts
    std::string industry;
    std::string type; // "Public Company", "Private Company", "Nonprofit", "Government Agency", ...
    std::string city;
    std::string country; // English country name
    std::optional<std::string> website;
    std::optional<int> foundedYear;
    std::optional<std::int64_t> employeeCount;
    std::vector<std::uint32_t> roles; // indexes into Dataset::roles(), oldest start first
};

enum class RoleType : std::uint8_t { Board, Committee, Job, Government };

struct Role {
    std::string id;                 // "rol_" + 12 lower-case hex digits
    std::uint32_t person = 0;       // index into Dataset::people()
    std::uint32_t organization = 0; // index into Dataset::organizations()
    RoleType type = RoleType::Job;
    std::string title; // "Chief Financial Officer", "Non-Executive Director", "Member, Audit Committee"
    std::optional<std::string> committeeName; // Committee roles only
    bool current = true;
    std::optional<PartialDate> start;
    std::optional<PartialDate> end; // only for prior roles, and not always known
    bool executiveDirector = false;
    bool nonExecutiveDirector = false;
    bool leadershipTeam = false;
};

struct Person {
    std::string id;         // "per_" + 12 lower-case hex digits
    std::string bxPersonId; // other id schemes the Matching service accepts
    std::optional<std::string> rsPersonId;
    std::optional<std::string> wxPersonId;
    std::string firstName;
    std::optional<std::string> middleName;
    std::string lastName;
    std::string fullName; // as written in the person's script (family name first where usual)
    std::optional<int> birthYear;
    std::optional<std::string> workEmail;
    std::optional<std::string> linkedinProfile;
    std::string city;
    std::string country;
    std::optional<std::string> biography;
    std::vector<std::uint32_t> roles; // indexes into Dataset::roles(), oldest start first
};

class Dataset {
public:
    // Builds the id indexes; `roles` of people and organizations must already be filled in.
    Dataset(std::vector<Person> people, std::vector<Organization> organizations, std::vector<Role> roles);
    // The indexes view ids inside the vectors: a copy would dangle.
    Dataset(const Dataset &) = delete;
    Dataset &operator=(const Dataset &) = delete;

    // The generated world's "today" is 31 December of this year (fixed: data never depends on the clock).
    static constexpr int referenceYear = 2025;

    // The same options always give the same data (a fixed PRNG, no std::random_device, no locale).
    static std::shared_ptr<const Dataset> generate(const DatasetOptions &options);

    const std::vector<Person> &people() const noexcept { return m_people; }
    const std::vector<Organization> &organizations() const noexcept { return m_organizations; }
    const std::vector<Role> &roles() const noexcept { return m_roles; }

    // nullptr when unknown.
    const Person *personById(std::string_view id) const;
    const Organization *organizationById(std::string_view id) const;
    const Role *roleById(std::string_view id) const;

private:
    std::vector<Person> m_people;
    std::vector<Organization> m_organizations;
    std::vector<Role> m_roles;
    std::unordered_map<std::string_view, std::uint32_t> m_personIndex;
    std::unordered_map<std::string_view, std::uint32_t> m_organizationIndex;
    std::unordered_map<std::string_view, std::uint32_t> m_roleIndex;
};

} // namespace altrata::sandbox

#pragma once

#include "dataset.h"

#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

// The Matching service's engine: finds the Dataset's people and organizations for a customer's
// record by id schemes, then by accent-insensitive names, and scores how sure each candidate is.
// Stateless once built (indexes only), so a result depends on the record and the dataset alone.
namespace altrata::sandbox {

enum class MatchCriterion : std::uint8_t {
    AltrataId,
    BxPersonId,
    RsPersonId,
    WxPersonId,
    WorkEmail,
    LinkedinProfile,
    Website,
    Name,
    Organization,
    Location
};
const char *criterionName(MatchCriterion criterion); // the SDL enum value, "ALTRATA_ID"

enum class MatchOutcome : std::uint8_t { Unique, Possible, None };

struct MatchCandidate {
    std::uint32_t index = 0; // into Dataset::people() or organizations()
    double confidence = 0;   // 0..1
    std::vector<MatchCriterion> matchedOn;
};

struct MatchResult {
    std::string clientSuppliedId;
    MatchOutcome outcome = MatchOutcome::None;
    std::vector<MatchCandidate> candidates; // best first; one when Unique, at most five when Possible
    std::string reason;                     // why nothing matched (None only)
};

struct PersonRecord {
    std::string clientSuppliedId, altrataId, bxPersonId, rsPersonId, wxPersonId, workEmail, linkedinProfile;
    std::string firstName, lastName, fullName, organizationName;
};

struct OrganizationRecord {
    std::string clientSuppliedId, altrataId, name, website, city, country;
};

class Matcher {
public:
    explicit Matcher(const Dataset &dataset);

    MatchResult matchPerson(const PersonRecord &record) const;
    MatchResult matchOrganization(const OrganizationRecord &record) const;

    // The comparable form of a LinkedIn URL or website: host and path without scheme, "www." or a trailing "/".
    static std::string normalizeUrl(std::string_view url);

private:
    using Index = std::unordered_map<std::string, std::vector<std::uint32_t>>;
    void indexPeople();
    void indexOrganizations();
    bool personWorkedAt(std::uint32_t person, const std::string &normalizedOrganization) const;
    MatchResult matchPersonByName(const PersonRecord &record) const;

    const Dataset &m_dataset;
    Index m_bx, m_rs, m_wx, m_email, m_linkedin, m_personName, m_website, m_organizationName;
};

} // namespace altrata::sandbox

#pragma once

#include "dataset.h"

#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

// What the Profile service derives from the Dataset once, at start: memberships and charitable
// donations (deterministic from the ids, so from the seed), reverse indexes, and search texts with
// case and accents folded away so that searches over all people stay cheap.
namespace altrata::sandbox {

struct Membership {
    std::string id; // "mem_" + 12 hex digits
    std::uint32_t person = 0;
    std::uint32_t organization = 0; // an association or nonprofit
    std::string_view type;          // "Member", "Fellow", ...
    bool current = true;
    PartialDate since;
};

struct Donation {
    std::string id; // "don_" + 12 hex digits
    bool fromPerson = true;
    std::uint32_t donor = 0;     // person or organization index
    std::uint32_t recipient = 0; // a nonprofit
    std::int64_t amountUsd = 0;
    PartialDate date;
    std::string_view purpose; // empty: not reported
};

// Lower case, accents removed, in any script ("Lefèvre" -> "lefevre", "ΕΛΈΝΗ" -> "ελενη").
std::string foldForSearch(std::string_view text);

class ProfileData {
public:
    explicit ProfileData(std::shared_ptr<const Dataset> dataset);

    const Dataset &dataset() const noexcept { return *m_dataset; }
    const std::vector<Membership> &memberships() const noexcept { return m_memberships; }
    const std::vector<Donation> &donations() const noexcept { return m_donations; }

    // Indexes into memberships() / donations(); donations newest first.
    const std::vector<std::uint32_t> &membershipsOfPerson(std::uint32_t person) const {
        return m_personMemberships[person];
    }
    const std::vector<std::uint32_t> &membersOf(std::uint32_t organization) const { return m_members[organization]; }
    const std::vector<std::uint32_t> &donationsByPerson(std::uint32_t person) const {
        return m_personDonations[person];
    }
    const std::vector<std::uint32_t> &donationsByOrganization(std::uint32_t org) const { return m_orgDonations[org]; }
    const std::vector<std::uint32_t> &donationsTo(std::uint32_t org) const { return m_received[org]; }

    // Folded texts (foldForSearch) to search in.
    const std::string &personName(std::uint32_t person) const { return m_personNames[person]; }
    const std::string &personKeywordText(std::uint32_t person) const { return m_personKeywords[person]; }
    const std::string &organizationName(std::uint32_t org) const { return m_orgNames[org]; }
    const std::string &organizationKeywordText(std::uint32_t org) const { return m_orgKeywords[org]; }
    // Folded form of a city, country, industry or title (the pools are small, so they are cached).
    const std::string &folded(const std::string &raw) const;

    // The person's most recent current job or government function; nullptr when none.
    const Role *currentJob(std::uint32_t person) const;

private:
    void deriveMemberships();
    void deriveDonations();
    void addDonations(bool fromPerson, std::uint32_t donor, int percent, std::int64_t scale);
    void buildSearchTexts();

    std::shared_ptr<const Dataset> m_dataset;
    std::vector<std::uint32_t> m_membershipOrganizations; // associations and nonprofits
    std::vector<std::uint32_t> m_nonprofits;
    std::vector<Membership> m_memberships;
    std::vector<Donation> m_donations;
    std::vector<std::vector<std::uint32_t>> m_personMemberships;
    std::vector<std::vector<std::uint32_t>> m_members;
    std::vector<std::vector<std::uint32_t>> m_personDonations;
    std::vector<std::vector<std::uint32_t>> m_orgDonations;
    std::vector<std::vector<std::uint32_t>> m_received;
    std::vector<std::string> m_personNames;
    std::vector<std::string> m_personKeywords;
    std::vector<std::string> m_orgNames;
    std::vector<std::string> m_orgKeywords;
    std::unordered_map<std::string, std::string> m_foldCache;
};

} // namespace altrata::sandbox

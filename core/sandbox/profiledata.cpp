#include "profiledata.h"

#include "prng.h"
#include "randomdate.h"
#include "servicevalues.h"

#include <QString>

#include <algorithm>
#include <array>
#include <cstdio>

namespace altrata::sandbox {

namespace {

constexpr PrecisionShares dateShares{6, 2, 10};

constexpr std::array<std::string_view, 4> membershipTypes = {"Member", "Fellow", "Patron", "Honorary Member"};
constexpr std::array<std::string_view, 6> donationPurposes = {
    "Scholarships", "Medical research", "Arts education", "Disaster relief", "Endowment", "Capital campaign"};

std::string derivedId(const char *prefix, std::uint64_t value) {
    char text[32];
    std::snprintf(text, sizeof text, "%s%012llx", prefix, static_cast<unsigned long long>(value & 0xFFFFFFFFFFFFULL));
    return text;
}

} // namespace

std::string foldForSearch(std::string_view text) {
    const QString decomposed = QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()))
                                   .toCaseFolded()
                                   .normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        // Letters that do not decompose into a base letter and a mark.
        switch (c.unicode()) {
        case u'ł':
            out += u'l';
            break;
        case u'ø':
            out += u'o';
            break;
        case u'đ':
            out += u'd';
            break;
        case u'ı':
            out += u'i';
            break;
        case u'ß':
            out += QStringLiteral("ss");
            break;
        default:
            out += c;
        }
    }
    return out.toStdString();
}

ProfileData::ProfileData(std::shared_ptr<const Dataset> dataset)
    : m_dataset(std::move(dataset)) {
    const auto &orgs = m_dataset->organizations();
    for (std::uint32_t i = 0; i < orgs.size(); ++i) {
        if (orgs[i].type == "Nonprofit" || orgs[i].type == "Association")
            m_membershipOrganizations.push_back(i);
        if (orgs[i].type == "Nonprofit")
            m_nonprofits.push_back(i);
    }
    deriveMemberships();
    deriveDonations();
    buildSearchTexts();
}

void ProfileData::deriveMemberships() {
    const auto &people = m_dataset->people();
    m_personMemberships.assign(people.size(), {});
    m_members.assign(m_dataset->organizations().size(), {});
    if (m_membershipOrganizations.empty())
        return;
    for (std::uint32_t p = 0; p < people.size(); ++p) {
        const std::uint64_t hash = values::stableHash(people[p].id, values::fnvOffsetBasis);
        Prng rng(hash);
        if (!rng.percent(22))
            continue;
        for (int n = rng.between(1, 3), k = 0; k < n; ++k) {
            Membership membership;
            membership.id = derivedId("mem_", mix64(hash, static_cast<std::uint64_t>(k) + 1));
            membership.person = p;
            membership.organization = m_membershipOrganizations[rng.below(m_membershipOrganizations.size())];
            membership.type = membershipTypes[rng.below(membershipTypes.size())];
            membership.current = rng.percent(80);
            membership.since = randomDate(rng, rng.between(1985, Dataset::referenceYear), dateShares);
            const auto &mine = m_personMemberships[p];
            if (std::any_of(mine.begin(), mine.end(),
                            [&](std::uint32_t m) { return m_memberships[m].organization == membership.organization; }))
                continue;
            m_personMemberships[p].push_back(static_cast<std::uint32_t>(m_memberships.size()));
            m_members[membership.organization].push_back(static_cast<std::uint32_t>(m_memberships.size()));
            m_memberships.push_back(std::move(membership));
        }
    }
}

void ProfileData::deriveDonations() {
    m_personDonations.assign(m_dataset->people().size(), {});
    m_orgDonations.assign(m_dataset->organizations().size(), {});
    m_received.assign(m_dataset->organizations().size(), {});
    if (m_nonprofits.empty())
        return;
    for (std::uint32_t p = 0; p < m_dataset->people().size(); ++p)
        addDonations(true, p, 12, 1000);
    for (std::uint32_t o = 0; o < m_dataset->organizations().size(); ++o) {
        const std::string &type = m_dataset->organizations()[o].type;
        if (type == "Public Company" || type == "Private Company")
            addDonations(false, o, 25, 10000);
    }
    const auto newestFirst = [this](std::uint32_t a, std::uint32_t b) {
        const std::string da = m_donations[a].date.iso();
        const std::string db = m_donations[b].date.iso();
        return da != db ? da > db : a < b;
    };
    for (auto *lists : {&m_personDonations, &m_orgDonations, &m_received})
        for (auto &list : *lists)
            std::sort(list.begin(), list.end(), newestFirst);
}

void ProfileData::addDonations(bool fromPerson, std::uint32_t donor, int percent, std::int64_t scale) {
    const std::string &donorId = fromPerson ? m_dataset->people()[donor].id : m_dataset->organizations()[donor].id;
    const std::uint64_t hash = values::stableHash(donorId, values::fnvOffsetBasis) ^ 0xD0D0;
    Prng rng(hash);
    if (!rng.percent(percent))
        return;
    for (int n = rng.between(1, fromPerson ? 3 : 4), k = 0; k < n; ++k) {
        Donation donation;
        donation.id = derivedId("don_", mix64(hash, static_cast<std::uint64_t>(k) + 1));
        donation.fromPerson = fromPerson;
        donation.donor = donor;
        donation.recipient = m_nonprofits[rng.below(m_nonprofits.size())];
        donation.amountUsd = rng.between(1, 500) * scale;
        donation.date = randomDate(rng, rng.between(2000, Dataset::referenceYear), dateShares);
        if (rng.percent(70))
            donation.purpose = donationPurposes[rng.below(donationPurposes.size())];
        const auto index = static_cast<std::uint32_t>(m_donations.size());
        (fromPerson ? m_personDonations : m_orgDonations)[donor].push_back(index);
        m_received[donation.recipient].push_back(index);
        m_donations.push_back(std::move(donation));
    }
}

void ProfileData::buildSearchTexts() {
    const auto &orgs = m_dataset->organizations();
    const auto cache = [this](const std::string &raw) {
        if (!m_foldCache.contains(raw))
            m_foldCache.emplace(raw, foldForSearch(raw));
    };
    for (const Organization &org : orgs) {
        m_orgNames.push_back(foldForSearch(org.name));
        m_orgKeywords.push_back(m_orgNames.back() + '\n' + org.website.value_or(std::string()) + '\n' +
                                foldForSearch(org.city) + '\n' + foldForSearch(org.country));
        cache(org.city);
        cache(org.country);
        cache(org.industry);
    }
    for (const Role &role : m_dataset->roles())
        cache(role.title);
    const auto &people = m_dataset->people();
    for (std::uint32_t p = 0; p < people.size(); ++p) {
        const Person &person = people[p];
        m_personNames.push_back(foldForSearch(person.fullName));
        std::string keywords = m_personNames.back() + '\n' + person.workEmail.value_or(std::string()) + '\n' +
                               person.linkedinProfile.value_or(std::string());
        if (const Role *job = currentJob(p))
            keywords += '\n' + m_orgNames[job->organization];
        m_personKeywords.push_back(std::move(keywords));
        cache(person.city);
        cache(person.country);
    }
}

const std::string &ProfileData::folded(const std::string &raw) const {
    static const std::string empty;
    const auto found = m_foldCache.find(raw);
    return found == m_foldCache.end() ? empty : found->second;
}

const Role *ProfileData::currentJob(std::uint32_t person) const {
    const auto &roles = m_dataset->people()[person].roles;
    for (auto it = roles.rbegin(); it != roles.rend(); ++it) {
        const Role &role = m_dataset->roles()[*it];
        if (role.current && (role.type == RoleType::Job || role.type == RoleType::Government))
            return &role;
    }
    return nullptr;
}

} // namespace altrata::sandbox

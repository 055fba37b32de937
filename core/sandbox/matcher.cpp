#include "matcher.h"

#include "servicevalues.h"

#include <algorithm>
#include <array>
#include <map>

namespace altrata::sandbox {

namespace {

// Confidence in whole percent, so that sums stay exact and print as 0.95, never 0.9500000000000001.
constexpr int idPoints = 100, otherIdPoints = 99, contactPoints = 97, namePoints = 80, organizationPoints = 15;
constexpr int countryPoints = 10, cityPoints = 5, uniqueThreshold = 90;
constexpr std::size_t maxCandidates = 5;

struct Scored {
    int points = 0;
    std::vector<MatchCriterion> matchedOn;
};

std::string lowerAscii(std::string text) {
    std::transform(text.begin(), text.end(), text.begin(),
                   [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; });
    return text;
}

void add(std::unordered_map<std::string, std::vector<std::uint32_t>> &index, const std::string &key,
         std::uint32_t value) {
    if (key.empty())
        return;
    auto &entries = index[key];
    if (entries.empty() || entries.back() != value)
        entries.push_back(value);
}

const std::vector<std::uint32_t> *find(const std::unordered_map<std::string, std::vector<std::uint32_t>> &index,
                                       const std::string &key) {
    if (key.empty())
        return nullptr;
    const auto found = index.find(key);
    return found == index.end() ? nullptr : &found->second;
}

// std::map keeps candidates in dataset order before scoring sorts them: ties stay deterministic.
void score(std::map<std::uint32_t, Scored> &scores, const std::vector<std::uint32_t> *hits, int points,
           MatchCriterion criterion) {
    if (!hits)
        return;
    for (const std::uint32_t hit : *hits) {
        Scored &entry = scores[hit];
        entry.points = std::max(entry.points, points);
        entry.matchedOn.push_back(criterion);
    }
}

MatchResult decide(std::string clientSuppliedId, const std::map<std::uint32_t, Scored> &scores, std::string reason) {
    MatchResult result{std::move(clientSuppliedId), MatchOutcome::None, {}, {}};
    std::vector<std::pair<std::uint32_t, Scored>> ranked(scores.begin(), scores.end());
    std::stable_sort(ranked.begin(), ranked.end(),
                     [](const auto &a, const auto &b) { return a.second.points > b.second.points; });
    if (ranked.empty()) {
        result.reason = std::move(reason);
        return result;
    }
    const bool clear = ranked.size() == 1 || (ranked[0].second.points >= uniqueThreshold &&
                                              ranked[1].second.points < ranked[0].second.points);
    result.outcome = clear ? MatchOutcome::Unique : MatchOutcome::Possible;
    ranked.resize(std::min(ranked.size(), clear ? std::size_t(1) : maxCandidates));
    for (auto &[index, scored] : ranked)
        result.candidates.push_back({index, scored.points / 100.0, std::move(scored.matchedOn)});
    return result;
}

} // namespace

const char *criterionName(MatchCriterion criterion) {
    static constexpr std::array<const char *, 10> names = {
        "ALTRATA_ID",       "BX_PERSON_ID", "RS_PERSON_ID", "WX_PERSON_ID", "WORK_EMAIL",
        "LINKEDIN_PROFILE", "WEBSITE",      "NAME",         "ORGANIZATION", "LOCATION"};
    return names[static_cast<std::size_t>(criterion)];
}

Matcher::Matcher(const Dataset &dataset)
    : m_dataset(dataset) {
    indexPeople();
    indexOrganizations();
}

void Matcher::indexPeople() {
    const auto &people = m_dataset.people();
    for (std::uint32_t i = 0; i < people.size(); ++i) {
        const Person &p = people[i];
        add(m_bx, p.bxPersonId, i);
        add(m_rs, p.rsPersonId.value_or(std::string()), i);
        add(m_wx, p.wxPersonId.value_or(std::string()), i);
        add(m_email, lowerAscii(p.workEmail.value_or(std::string())), i);
        add(m_linkedin, normalizeUrl(p.linkedinProfile.value_or(std::string())), i);
        add(m_personName, values::normalizeName(p.firstName + ' ' + p.lastName), i);
        add(m_personName, values::normalizeName(p.fullName), i);
    }
}

void Matcher::indexOrganizations() {
    const auto &organizations = m_dataset.organizations();
    for (std::uint32_t i = 0; i < organizations.size(); ++i) {
        add(m_organizationName, values::normalizeName(organizations[i].name), i);
        add(m_website, normalizeUrl(organizations[i].website.value_or(std::string())), i);
    }
}

std::string Matcher::normalizeUrl(std::string_view url) {
    std::string text = lowerAscii(std::string(url));
    if (const auto scheme = text.find("://"); scheme != std::string::npos)
        text.erase(0, scheme + 3);
    if (text.starts_with("www."))
        text.erase(0, 4);
    while (!text.empty() && (text.back() == '/' || text.back() == ' '))
        text.pop_back();
    return text;
}

bool Matcher::personWorkedAt(std::uint32_t person, const std::string &normalizedOrganization) const {
    for (const std::uint32_t role : m_dataset.people()[person].roles) {
        const Organization &organization = m_dataset.organizations()[m_dataset.roles()[role].organization];
        if (values::normalizeName(organization.name).find(normalizedOrganization) != std::string::npos)
            return true;
    }
    return false;
}

MatchResult Matcher::matchPerson(const PersonRecord &record) const {
    std::map<std::uint32_t, Scored> scores;
    if (!record.altrataId.empty())
        if (const Person *person = m_dataset.personById(record.altrataId))
            scores[static_cast<std::uint32_t>(person - m_dataset.people().data())] = {idPoints,
                                                                                      {MatchCriterion::AltrataId}};
    score(scores, find(m_bx, record.bxPersonId), otherIdPoints, MatchCriterion::BxPersonId);
    score(scores, find(m_rs, record.rsPersonId), otherIdPoints, MatchCriterion::RsPersonId);
    score(scores, find(m_wx, record.wxPersonId), otherIdPoints, MatchCriterion::WxPersonId);
    score(scores, find(m_email, lowerAscii(record.workEmail)), contactPoints, MatchCriterion::WorkEmail);
    score(scores, find(m_linkedin, normalizeUrl(record.linkedinProfile)), contactPoints,
          MatchCriterion::LinkedinProfile);
    if (!scores.empty())
        return decide(record.clientSuppliedId, scores, {});
    const bool hasName = !record.lastName.empty() || !record.fullName.empty();
    if (!hasName)
        return decide(record.clientSuppliedId, scores, "No person has the ids given.");
    return matchPersonByName(record);
}

MatchResult Matcher::matchPersonByName(const PersonRecord &record) const {
    const std::string name = !record.lastName.empty() ? values::normalizeName(record.firstName + ' ' + record.lastName)
                                                      : values::normalizeName(record.fullName);
    const std::string organization = values::normalizeName(record.organizationName);
    std::map<std::uint32_t, Scored> scores;
    score(scores, find(m_personName, name), namePoints, MatchCriterion::Name);
    for (auto &[index, scored] : scores) {
        if (!organization.empty() && personWorkedAt(index, organization)) {
            scored.points += organizationPoints;
            scored.matchedOn.push_back(MatchCriterion::Organization);
        }
    }
    return decide(record.clientSuppliedId, scores, "No person is named \"" + name + "\".");
}

MatchResult Matcher::matchOrganization(const OrganizationRecord &record) const {
    std::map<std::uint32_t, Scored> scores;
    if (!record.altrataId.empty())
        if (const Organization *found = m_dataset.organizationById(record.altrataId))
            scores[static_cast<std::uint32_t>(found - m_dataset.organizations().data())] = {
                idPoints, {MatchCriterion::AltrataId}};
    score(scores, find(m_website, normalizeUrl(record.website)), contactPoints, MatchCriterion::Website);
    if (!scores.empty())
        return decide(record.clientSuppliedId, scores, {});
    const std::string name = values::normalizeName(record.name);
    score(scores, find(m_organizationName, name), namePoints, MatchCriterion::Name);
    const std::string country = values::normalizeName(record.country), city = values::normalizeName(record.city);
    for (auto &[index, scored] : scores) {
        const Organization &o = m_dataset.organizations()[index];
        const int place = (!country.empty() && values::normalizeName(o.country) == country ? countryPoints : 0) +
                          (!city.empty() && values::normalizeName(o.city) == city ? cityPoints : 0);
        if (place > 0) {
            scored.points += place;
            scored.matchedOn.push_back(MatchCriterion::Location);
        }
    }
    return decide(record.clientSuppliedId, scores,
                  name.empty() ? "No organization has the ids given." : "No organization is named \"" + name + "\".");
}

} // namespace altrata::sandbox

#include "dataset.h"
#include "namepools.h"
#include "prng.h"
#include "randomdate.h"
#include "vocabulary.h"

#include <algorithm>
#include <climits>
#include <cstdio>

// Dataset::generate(): the fictional world. Every organization and person draws from its own PRNG
// stream keyed by the seed and its index, so the result depends on nothing but the options.
namespace altrata::sandbox {

namespace {

constexpr PrecisionShares dateShares{70, 18, 100};

using namespace pools;

constexpr int referenceYear = Dataset::referenceYear;

// A bijection on 48-bit values (odd multiplications, xor-shifts and additions are invertible), so
// ids of distinct indexes never collide while still looking random.
std::uint64_t permute48(std::uint64_t value, std::uint64_t key) {
    constexpr std::uint64_t mask = (std::uint64_t{1} << 48) - 1;
    std::uint64_t x = (value ^ key) & mask;
    x = (x * 0x9E3779B97F4BULL) & mask;
    x ^= x >> 23;
    x = (x * 0xD6E8FEB86659ULL) & mask;
    x ^= x >> 21;
    return (x + (key >> 16)) & mask;
}

std::string hexId(const char *prefix, std::uint64_t index, std::uint64_t key) {
    char text[32];
    std::snprintf(text, sizeof text, "%s%012llx", prefix, static_cast<unsigned long long>(permute48(index, key)));
    return text;
}

std::string fillPattern(std::string_view pattern, std::string_view root) {
    std::string out;
    for (const char c : pattern) {
        if (c == '%')
            out += root;
        else
            out += c;
    }
    return out;
}

// Lower-case ASCII letters and digits; runs of anything else become one `separator`.
std::string slug(std::string_view text, char separator = '-') {
    std::string out;
    for (const char c : asciiFold(text)) {
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))
            out += c;
        else if (c >= 'A' && c <= 'Z')
            out += static_cast<char>(c - 'A' + 'a');
        else if (!out.empty() && out.back() != separator)
            out += separator;
    }
    while (!out.empty() && out.back() == separator)
        out.pop_back();
    return out;
}

template<typename T> const T &pickWeighted(Prng &rng, std::span<const T> items) {
    int total = 0;
    for (const T &item : items)
        total += item.weight;
    int roll = static_cast<int>(rng.below(static_cast<std::uint64_t>(total)));
    for (const T &item : items) {
        if (roll < item.weight)
            return item;
        roll -= item.weight;
    }
    return items.back();
}

int startKey(const Role &role) {
    return role.start ? role.start->year * 10000 + role.start->month * 100 + role.start->day : INT_MAX;
}

std::int64_t employeeCount(Prng &rng, int minDigits, int maxDigits) {
    std::int64_t scale = 1;
    for (int digits = rng.between(minDigits, maxDigits); digits > 1; --digits)
        scale *= 10;
    return rng.between(1, 9) * scale + static_cast<std::int64_t>(rng.below(static_cast<std::uint64_t>(scale)));
}

// The romanized name parts a person's email address and profile URL are made of.
struct RomanName {
    std::string first;
    std::string last;
};

class Generator {
public:
    explicit Generator(const DatasetOptions &options)
        : m_seed(options.seed)
        , m_peopleCount(std::max(0, options.people))
        , m_organizationCount(std::max(0, options.organizations))
        , m_personKey(mix64(options.seed, 0x706572))
        , m_organizationKey(mix64(options.seed, 0x6F7267))
        , m_roleKey(mix64(options.seed, 0x726F6C))
        , m_otherIdKey(mix64(options.seed, 0x6F746872)) {}

    std::shared_ptr<const Dataset> run() {
        makeOrganizations();
        makePeople();
        linkRoles();
        return std::make_shared<const Dataset>(std::move(m_people), std::move(m_organizations), std::move(m_roles));
    }

private:
    void makeOrganizations();
    void makeOrganization(std::uint32_t index);
    void makePeople();
    RomanName makeName(Person &person, Prng &rng, const Culture &culture);
    void makeCareer(std::uint32_t person, Prng &rng, std::size_t culture, int careerStart);
    void makeBoardSeats(std::uint32_t person, Prng &rng, std::size_t culture, int careerStart);
    void finishPerson(Person &person, Prng &rng, const RomanName &roman);
    std::uint32_t pickOrganization(Prng &rng, std::size_t culture);
    void addRole(std::uint32_t person, Role role);
    void linkRoles();

    std::uint64_t m_seed;
    int m_peopleCount;
    int m_organizationCount;
    std::uint64_t m_personKey;
    std::uint64_t m_organizationKey;
    std::uint64_t m_roleKey;
    std::uint64_t m_otherIdKey;
    std::vector<Person> m_people;
    std::vector<Organization> m_organizations;
    std::vector<Role> m_roles;
    std::vector<std::string> m_domains; // per organization: its web domain when it has a website
    std::vector<std::vector<std::uint32_t>> m_organizationsByCulture;
};

std::size_t cultureIndex(Prng &rng) {
    const auto all = cultures();
    return static_cast<std::size_t>(&pickWeighted(rng, all) - all.data());
}

void Generator::makeOrganizations() {
    m_organizations.reserve(static_cast<std::size_t>(m_organizationCount));
    m_domains.reserve(static_cast<std::size_t>(m_organizationCount));
    m_organizationsByCulture.assign(cultures().size(), {});
    for (int i = 0; i < m_organizationCount; ++i)
        makeOrganization(static_cast<std::uint32_t>(i));
}

struct OrganizationName {
    std::string name;
    std::string roman; // for the web domain
};

// A native-script company name for some cultures, else a Latin pattern around a family name or an
// invented word.
OrganizationName organizationName(Prng &rng, const Culture &culture, const OrganizationKind &kind, bool company) {
    const FamilyName &family = rng.pick(culture.family);
    const bool familyRoot = rng.percent(45);
    OrganizationName out;
    if (!culture.orgNames.empty() && company && rng.percent(55)) {
        const NamePattern &pattern = rng.pick(culture.orgNames);
        out.name = fillPattern(pattern.text, family.text);
        out.roman = fillPattern(pattern.roman, romanOf(family.text, family.roman));
    } else {
        const NamePattern &pattern = rng.pick(kind.names);
        const bool latinFamily = culture.orgNames.empty();
        const std::string root = !familyRoot   ? std::string(rng.pick(organizationRoots()))
                                 : latinFamily ? std::string(family.text)
                                               : romanOf(family.text, family.roman);
        out.name = fillPattern(pattern.text, root);
        out.roman = fillPattern(pattern.roman, root);
    }
    return out;
}

void Generator::makeOrganization(std::uint32_t index) {
    Prng rng(mix64(m_seed ^ 0x4F52474E, index));
    const std::size_t ci = cultureIndex(rng);
    const Culture &culture = cultures()[ci];
    const Place &place = rng.pick(culture.places);
    const OrganizationKind &kind = pickWeighted(rng, organizationKinds());
    const bool company = kind.type == "Public Company" || kind.type == "Private Company";
    auto [name, roman] = organizationName(rng, culture, kind, company);
    Organization org;
    org.id = hexId("org_", index, m_organizationKey);
    org.name = std::move(name);
    org.type = std::string(kind.type);
    org.industry = kind.type == "Government Agency"         ? "Public Administration"
                   : kind.type == "Educational Institution" ? "Education"
                                                            : std::string(rng.pick(industries()));
    org.city = std::string(place.city);
    org.country = std::string(place.country);
    const bool nonprofit = kind.type == "Nonprofit" || kind.type == "Association";
    std::string domain = slug(roman) + '.' + std::string(nonprofit ? std::string_view("org") : place.tld);
    if (rng.percent(kind.websitePercent))
        org.website = "https://www." + domain;
    m_domains.push_back(org.website ? std::move(domain) : std::string());
    if (rng.percent(85))
        org.foundedYear = rng.between(1850, 2020);
    if (rng.percent(company ? 80 : 55))
        org.employeeCount = employeeCount(rng, company ? 2 : 1, kind.type == "Public Company" ? 6 : 4);
    m_organizationsByCulture[ci].push_back(index);
    m_organizations.push_back(std::move(org));
}

void Generator::makePeople() {
    m_people.reserve(static_cast<std::size_t>(m_peopleCount));
    m_roles.reserve(static_cast<std::size_t>(m_peopleCount) * 4);
    for (int i = 0; i < m_peopleCount; ++i) {
        const auto index = static_cast<std::uint32_t>(i);
        Prng rng(mix64(m_seed ^ 0x50455253, index));
        const std::size_t ci = cultureIndex(rng);
        Person person;
        person.id = hexId("per_", index, m_personKey);
        person.bxPersonId = "bx" + std::to_string(100000000000000ULL + permute48(index, m_otherIdKey));
        if (rng.percent(60))
            person.rsPersonId = "rs" + std::to_string(permute48(index, m_otherIdKey ^ 0x5253));
        if (rng.percent(45))
            person.wxPersonId = hexId("wx-", index, m_otherIdKey ^ 0x5758);
        const RomanName roman = makeName(person, rng, cultures()[ci]);
        const int birthYear = rng.between(1945, 1999);
        if (rng.percent(72))
            person.birthYear = birthYear;
        const Place &place = rng.pick(cultures()[ci].places);
        person.city = std::string(place.city);
        person.country = std::string(place.country);
        m_people.push_back(std::move(person));
        const int careerStart = std::min(birthYear + rng.between(21, 29), referenceYear - 1);
        if (m_organizationCount > 0) {
            makeCareer(index, rng, ci, careerStart);
            makeBoardSeats(index, rng, ci, careerStart);
        }
        finishPerson(m_people.back(), rng, roman);
    }
}

const GivenName &pickMiddle(Prng &rng, const Culture &culture, const GivenName &given) {
    const std::span<const GivenName> pool = culture.middle.empty() ? culture.given : culture.middle;
    for (int attempt = 0; attempt < 16; ++attempt) {
        const GivenName &candidate = rng.pick(pool);
        if (candidate.female == given.female && candidate.text != given.text)
            return candidate;
    }
    return given;
}

RomanName Generator::makeName(Person &person, Prng &rng, const Culture &culture) {
    const GivenName &given = rng.pick(culture.given);
    const FamilyName &family = rng.pick(culture.family);
    const bool femaleForm = given.female && !family.femaleText.empty();
    const std::string_view familyText = femaleForm ? family.femaleText : family.text;
    RomanName roman{romanOf(given.text, given.roman),
                    femaleForm ? romanOf(family.femaleText, family.femaleRoman) : romanOf(family.text, family.roman)};
    person.firstName = std::string(given.text);
    person.lastName = std::string(familyText);
    if (rng.percent(culture.middleNamePercent)) {
        const GivenName &middle = pickMiddle(rng, culture, given);
        if (&middle != &given)
            person.middleName = std::string(middle.text);
    }
    const std::string middlePart = person.middleName ? *person.middleName + ' ' : std::string();
    if (culture.familyFirst)
        person.fullName = std::string(familyText) + std::string(culture.separator) + middlePart + person.firstName;
    else
        person.fullName = person.firstName + ' ' + middlePart + std::string(familyText);
    return roman;
}

std::uint32_t Generator::pickOrganization(Prng &rng, std::size_t culture) {
    const std::vector<std::uint32_t> &local = m_organizationsByCulture[culture];
    if (!local.empty() && rng.percent(55))
        return local[rng.percent(50) ? rng.skewed(local.size()) : rng.below(local.size())];
    const std::size_t count = m_organizations.size();
    return static_cast<std::uint32_t>(rng.percent(50) ? rng.skewed(count) : rng.below(count));
}

void Generator::addRole(std::uint32_t person, Role role) {
    const auto index = static_cast<std::uint32_t>(m_roles.size());
    role.id = hexId("rol_", index, m_roleKey);
    role.person = person;
    m_roles.push_back(std::move(role));
    m_people[person].roles.push_back(index);
}

// Applies an end date to a prior role: most are known, some are not (a gap real data has too).
void endRole(Role &role, Prng &rng, int endYear) {
    role.current = false;
    if (rng.percent(85))
        role.end = randomDate(rng, std::min(endYear, referenceYear), dateShares);
}

void Generator::makeCareer(std::uint32_t person, Prng &rng, std::size_t culture, int careerStart) {
    // Longer careers have more jobs; people past retirement age no longer hold their last one.
    const int jobs = rng.between(1, std::clamp((referenceYear - careerStart) / 5, 1, 6));
    const bool retired = referenceYear - careerStart > 45;
    int year = careerStart;
    for (int job = 0; job < jobs; ++job) {
        const int duration = rng.between(1, 9);
        const bool last = job == jobs - 1 || year + duration >= referenceYear;
        Role role;
        role.organization = pickOrganization(rng, culture);
        const bool government = m_organizations[role.organization].type == "Government Agency";
        role.type = government ? RoleType::Government : RoleType::Job;
        const int level = std::min(3, (year - careerStart) / 7 + (rng.percent(25) ? 1 : 0));
        const Title &title = rng.pick(government ? governmentTitles() : jobTitles(level));
        role.title = std::string(title.text);
        role.leadershipTeam = title.leadership;
        if (rng.percent(96))
            role.start = randomDate(rng, year, dateShares);
        if (!last || retired || !rng.percent(88))
            endRole(role, rng, year + duration);
        addRole(person, std::move(role));
        if (last)
            break;
        year += duration;
    }
}

void Generator::makeBoardSeats(std::uint32_t person, Prng &rng, std::size_t culture, int careerStart) {
    if (referenceYear - careerStart < 12 || !rng.percent(45))
        return;
    for (int seats = rng.between(1, 3); seats > 0; --seats) {
        Role board;
        board.type = RoleType::Board;
        board.organization = pickOrganization(rng, culture);
        const Title &title = rng.pick(boardTitles());
        board.title = std::string(title.text);
        board.executiveDirector = title.executive;
        board.nonExecutiveDirector = !title.executive && title.text != "Trustee" && title.text != "Board Member";
        const int startYear = rng.between(careerStart + 10, referenceYear - 1);
        const int endYear = startYear + rng.between(1, 9);
        board.start = randomDate(rng, startYear, dateShares);
        if (!rng.percent(65))
            endRole(board, rng, endYear);
        if (rng.percent(45)) {
            Role committee = board;
            committee.type = RoleType::Committee;
            committee.committeeName = std::string(rng.pick(committeeNames()));
            committee.title = (rng.percent(20) ? "Chair, " : "Member, ") + *committee.committeeName;
            committee.executiveDirector = committee.nonExecutiveDirector = false;
            addRole(person, std::move(committee));
        }
        addRole(person, std::move(board));
    }
}

const Role *currentJob(const std::vector<Role> &roles, const Person &person) {
    for (auto it = person.roles.rbegin(); it != person.roles.rend(); ++it) {
        const Role &role = roles[*it];
        if (role.current && (role.type == RoleType::Job || role.type == RoleType::Government))
            return &role;
    }
    return nullptr;
}

void Generator::finishPerson(Person &person, Prng &rng, const RomanName &roman) {
    const Role *job = currentJob(m_roles, person);
    if (job && !m_domains[job->organization].empty() && rng.percent(70))
        person.workEmail = slug(roman.first, '.') + '.' + slug(roman.last, '.') + '@' + m_domains[job->organization];
    if (rng.percent(55)) {
        char suffix[8];
        std::snprintf(suffix, sizeof suffix, "%04llx", static_cast<unsigned long long>(rng.below(0x10000)));
        person.linkedinProfile =
            "https://www.linkedin.com/in/" + slug(roman.first + ' ' + roman.last) + '-' + std::string(suffix);
    }
    const Role *latest = job ? job : person.roles.empty() ? nullptr : &m_roles[person.roles.back()];
    if (latest && rng.percent(35)) {
        const std::string &org = m_organizations[latest->organization].name;
        person.biography = person.fullName + (job ? " is " : " served as ") + latest->title + " at " + org +
                           (org.ends_with('.') ? "" : ".");
        if (person.birthYear)
            *person.biography += " Born in " + std::to_string(*person.birthYear) + '.';
    }
}

// Person and organization role lists, oldest start first (unknown starts last, then by creation).
void Generator::linkRoles() {
    for (std::uint32_t i = 0; i < m_roles.size(); ++i)
        m_organizations[m_roles[i].organization].roles.push_back(i);
    const auto byStart = [this](std::uint32_t a, std::uint32_t b) {
        const int ka = startKey(m_roles[a]);
        const int kb = startKey(m_roles[b]);
        return ka != kb ? ka < kb : a < b;
    };
    for (Person &person : m_people)
        std::sort(person.roles.begin(), person.roles.end(), byStart);
    for (Organization &org : m_organizations)
        std::sort(org.roles.begin(), org.roles.end(), byStart);
}

} // namespace

std::shared_ptr<const Dataset> Dataset::generate(const DatasetOptions &options) {
    return Generator(options).run();
}

} // namespace altrata::sandbox

#include "dataset.h"

#include <array>
#include <cstdio>

namespace altrata::sandbox {

namespace {

template<typename T>
void indexById(const std::vector<T> &items, std::unordered_map<std::string_view, std::uint32_t> &index) {
    index.reserve(items.size());
    for (std::uint32_t i = 0; i < items.size(); ++i)
        index.emplace(items[i].id, i);
}

template<typename T>
const T *lookup(const std::vector<T> &items, const std::unordered_map<std::string_view, std::uint32_t> &index,
                std::string_view id) {
    const auto found = index.find(id);
    return found == index.end() ? nullptr : &items[found->second];
}

constexpr std::array<const char *, 12> monthNames = {"January",   "February", "March",    "April",
                                                     "May",       "June",     "July",     "August",
                                                     "September", "October",  "November", "December"};

} // namespace

std::string PartialDate::iso() const {
    char text[16];
    std::snprintf(text, sizeof text, "%04d-%02d-%02d", year, month, day);
    return text;
}

std::string PartialDate::display() const {
    const std::string yearText = std::to_string(year);
    const std::string monthText = month >= 1 && month <= 12 ? monthNames[month - 1] : "";
    switch (precision) {
    case DatePrecision::Year:
        return yearText;
    case DatePrecision::Month:
        return monthText + ' ' + yearText;
    case DatePrecision::Day:
        break;
    }
    return std::to_string(day) + ' ' + monthText + ' ' + yearText;
}

Dataset::Dataset(std::vector<Person> people, std::vector<Organization> organizations, std::vector<Role> roles)
    : m_people(std::move(people))
    , m_organizations(std::move(organizations))
    , m_roles(std::move(roles)) {
    // The maps view the ids inside the vectors, which never change after this point.
    indexById(m_people, m_personIndex);
    indexById(m_organizations, m_organizationIndex);
    indexById(m_roles, m_roleIndex);
}

const Person *Dataset::personById(std::string_view id) const {
    return lookup(m_people, m_personIndex, id);
}

const Organization *Dataset::organizationById(std::string_view id) const {
    return lookup(m_organizations, m_organizationIndex, id);
}

const Role *Dataset::roleById(std::string_view id) const {
    return lookup(m_roles, m_roleIndex, id);
}

} // namespace altrata::sandbox

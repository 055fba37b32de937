#include "profilesearch.h"

#include <QByteArray>

#include <algorithm>

namespace altrata::sandbox::profile {

using graphql::FieldError;
using graphql::Value;
using graphql::ValueObject;

namespace {

const char *const badInput = "BAD_USER_INPUT";

const Value *inputField(const Value *object, std::string_view name) {
    const Value *value = object ? object->get(name) : nullptr;
    return value && !value->isNull() ? value : nullptr;
}

std::string foldedText(const Value *object, std::string_view name) {
    const Value *value = inputField(object, name);
    return value ? foldForSearch(value->string) : std::string();
}

std::optional<std::int64_t> intField(const Value *object, std::string_view name) {
    const Value *value = inputField(object, name);
    return value ? std::optional<std::int64_t>(value->integer) : std::nullopt;
}

bool contains(const std::string &haystack, const std::string &needle) {
    return haystack.find(needle) != std::string::npos;
}

std::size_t decodeCursor(const std::string &cursor) {
    const QByteArray decoded =
        QByteArray::fromBase64(QByteArray::fromStdString(cursor), QByteArray::AbortOnBase64DecodingErrors);
    bool ok = decoded.startsWith("offset:");
    const qlonglong offset = ok ? decoded.mid(7).toLongLong(&ok) : 0;
    if (!ok || offset < 0)
        throw FieldError("Invalid cursor \"" + cursor + "\": pass a pageInfo.nextCursor from an earlier page.",
                         badInput);
    return static_cast<std::size_t>(offset);
}

// The conditions of a PersonSearchFilter, folded once for the whole scan.
struct PersonConditions {
    std::string name, country, city, organizationName, title, roleType;
    std::optional<std::uint32_t> organization;
    bool unknownOrganization = false;
    bool currentOnly = false;
    std::optional<std::int64_t> bornFrom, bornTo;
    std::optional<bool> hasWorkEmail;

    bool roleConditions() const {
        return organization || unknownOrganization || !organizationName.empty() || !title.empty() || !roleType.empty();
    }
};

PersonConditions personConditions(const ProfileData &data, const Value *filter) {
    PersonConditions c;
    c.name = foldedText(filter, "name");
    c.country = foldedText(filter, "country");
    c.city = foldedText(filter, "city");
    c.organizationName = foldedText(filter, "organizationName");
    c.title = foldedText(filter, "title");
    if (const Value *type = inputField(filter, "roleType"))
        c.roleType = type->string;
    if (const Value *id = inputField(filter, "organizationId")) {
        checkId(id->string, "org_", "organization");
        const Organization *org = data.dataset().organizationById(id->string);
        c.unknownOrganization = !org;
        if (org)
            c.organization = static_cast<std::uint32_t>(org - data.dataset().organizations().data());
    }
    const Value *current = inputField(filter, "currentOnly");
    c.currentOnly = current && current->boolean;
    c.bornFrom = intField(filter, "birthYearFrom");
    c.bornTo = intField(filter, "birthYearTo");
    if (c.bornFrom && c.bornTo && *c.bornFrom > *c.bornTo)
        throw FieldError("birthYearFrom must not be after birthYearTo.", badInput);
    if (const Value *email = inputField(filter, "hasWorkEmail"))
        c.hasWorkEmail = email->boolean;
    return c;
}

bool roleMatches(const ProfileData &data, const PersonConditions &c, const Role &role) {
    return (!c.currentOnly || role.current) && (c.roleType.empty() || roleTypeName(role.type) == c.roleType) &&
           (!c.organization || role.organization == *c.organization) &&
           (c.organizationName.empty() || contains(data.organizationName(role.organization), c.organizationName)) &&
           (c.title.empty() || contains(data.folded(role.title), c.title));
}

bool personMatches(const ProfileData &data, const PersonConditions &c, std::uint32_t index) {
    const Person &person = data.dataset().people()[index];
    if ((!c.name.empty() && !contains(data.personName(index), c.name)) ||
        (!c.country.empty() && data.folded(person.country) != c.country) ||
        (!c.city.empty() && data.folded(person.city) != c.city) || c.unknownOrganization)
        return false;
    if ((c.bornFrom || c.bornTo) && (!person.birthYear || (c.bornFrom && *person.birthYear < *c.bornFrom) ||
                                     (c.bornTo && *person.birthYear > *c.bornTo)))
        return false;
    if (c.hasWorkEmail && person.workEmail.has_value() != *c.hasWorkEmail)
        return false;
    if (!c.roleConditions() && !c.currentOnly)
        return true;
    return std::any_of(person.roles.begin(), person.roles.end(),
                       [&](std::uint32_t role) { return roleMatches(data, c, data.dataset().roles()[role]); });
}

std::string keywordNeedle(std::string_view keyword) {
    std::string needle = foldForSearch(keyword);
    const auto blank = [](char c) { return c == ' ' || c == '\t' || c == '\n'; };
    while (!needle.empty() && blank(needle.back()))
        needle.pop_back();
    needle.erase(needle.begin(), std::find_if_not(needle.begin(), needle.end(), blank));
    if (needle.empty())
        throw FieldError("The keyword must not be blank.", badInput);
    return needle;
}

} // namespace

Page parsePage(const ValueObject &args) {
    Page page;
    const Value *input = argument(args, "pagination");
    const std::optional<std::int64_t> offset = intField(input, "offset");
    const std::optional<std::int64_t> limit = intField(input, "limit");
    if (limit && (*limit < 0 || static_cast<std::size_t>(*limit) > maxPageSize))
        throw FieldError("pagination.limit must be between 0 and " + std::to_string(maxPageSize) + ", got " +
                             std::to_string(*limit) + '.',
                         badInput);
    if (offset && *offset < 0)
        throw FieldError("pagination.offset must not be negative, got " + std::to_string(*offset) + '.', badInput);
    if (const Value *cursor = inputField(input, "cursor")) {
        if (offset && *offset != 0)
            throw FieldError("Give pagination.offset or pagination.cursor, not both.", badInput);
        page.offset = decodeCursor(cursor->string);
    } else if (offset) {
        page.offset = static_cast<std::size_t>(*offset);
    }
    if (limit)
        page.limit = static_cast<std::size_t>(*limit);
    return page;
}

std::string encodeCursor(std::size_t offset) {
    return QByteArray("offset:" + QByteArray::number(static_cast<qulonglong>(offset))).toBase64().toStdString();
}

Value pageResult(Handle kind, std::shared_ptr<const std::vector<std::uint32_t>> matches, Page page) {
    const std::size_t total = matches->size();
    const std::size_t begin = std::min(page.offset, total);
    const std::size_t end = begin + std::min(page.limit, total - begin);
    const bool more = end < total;
    Value pageInfo = Value::fromObject({{"offset", Value::fromInt(static_cast<std::int64_t>(page.offset))},
                                        {"limit", Value::fromInt(static_cast<std::int64_t>(page.limit))},
                                        {"count", Value::fromInt(static_cast<std::int64_t>(end - begin))},
                                        {"hasNextPage", Value::fromBool(more)},
                                        {"hasPreviousPage", Value::fromBool(begin > 0)},
                                        {"nextCursor", more ? Value::fromString(encodeCursor(end)) : Value::null()}});
    Value results = Value::fromGenerator([kind, matches = std::move(matches), i = begin, end](Value &next) mutable {
        if (i >= end)
            return false;
        next = handle(kind, (*matches)[i++]);
        return true;
    });
    return Value::fromObject({{"totalCount", Value::fromInt(static_cast<std::int64_t>(total))},
                              {"pageInfo", std::move(pageInfo)},
                              {"results", std::move(results)}});
}

void checkId(std::string_view id, std::string_view prefix, std::string_view what) {
    const bool wellFormed = id.size() == prefix.size() + 12 && id.substr(0, prefix.size()) == prefix &&
                            std::all_of(id.begin() + static_cast<std::ptrdiff_t>(prefix.size()), id.end(),
                                        [](char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'); });
    if (!wellFormed)
        throw FieldError("Invalid " + std::string(what) + " id \"" + std::string(id) + "\": expected " +
                             std::string(prefix) + " followed by 12 lower-case hexadecimal digits.",
                         badInput);
}

std::vector<std::uint32_t> searchPeople(const ProfileData &data, const Value *filter) {
    const PersonConditions conditions = personConditions(data, filter);
    std::vector<std::uint32_t> matches;
    const auto count = static_cast<std::uint32_t>(data.dataset().people().size());
    for (std::uint32_t i = 0; i < count; ++i)
        if (personMatches(data, conditions, i))
            matches.push_back(i);
    return matches;
}

std::vector<std::uint32_t> searchOrganizations(const ProfileData &data, const Value *filter) {
    const std::string name = foldedText(filter, "name");
    const std::string country = foldedText(filter, "country");
    const std::string city = foldedText(filter, "city");
    const std::string industry = foldedText(filter, "industry");
    const Value *type = inputField(filter, "type");
    const auto from = intField(filter, "foundedFrom");
    const auto to = intField(filter, "foundedTo");
    std::vector<std::uint32_t> matches;
    const auto &orgs = data.dataset().organizations();
    for (std::uint32_t i = 0; i < orgs.size(); ++i) {
        const Organization &org = orgs[i];
        const bool ok = (name.empty() || contains(data.organizationName(i), name)) &&
                        (country.empty() || data.folded(org.country) == country) &&
                        (city.empty() || data.folded(org.city) == city) &&
                        (industry.empty() || data.folded(org.industry) == industry) &&
                        (!type || organizationTypeName(org.type) == type->string) &&
                        ((!from && !to) ||
                         (org.foundedYear && (!from || *org.foundedYear >= *from) && (!to || *org.foundedYear <= *to)));
        if (ok)
            matches.push_back(i);
    }
    return matches;
}

std::vector<std::uint32_t> keywordPeople(const ProfileData &data, std::string_view keyword) {
    const std::string needle = keywordNeedle(keyword);
    std::vector<std::uint32_t> matches;
    for (std::uint32_t i = 0; i < data.dataset().people().size(); ++i)
        if (contains(data.personKeywordText(i), needle))
            matches.push_back(i);
    return matches;
}

std::vector<std::uint32_t> keywordOrganizations(const ProfileData &data, std::string_view keyword) {
    const std::string needle = keywordNeedle(keyword);
    std::vector<std::uint32_t> matches;
    for (std::uint32_t i = 0; i < data.dataset().organizations().size(); ++i)
        if (contains(data.organizationKeywordText(i), needle))
            matches.push_back(i);
    return matches;
}

} // namespace altrata::sandbox::profile

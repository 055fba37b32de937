#include "eventsservice.h"

#include "sandboxservices.h"
#include "servicevalues.h"

#include <QDate>
#include <QString>

#include <algorithm>

namespace altrata::sandbox {

using graphql::FieldError;
using graphql::Value;
using graphql::ValueList;
using graphql::ValueObject;

namespace {

const char *badInput = "BAD_USER_INPUT";

std::string isoDate(const Value *value, const char *name) {
    const std::string text = values::text(value);
    if (!text.empty() && !QDate::fromString(QString::fromStdString(text), Qt::ISODate).isValid())
        throw FieldError(std::string(name) + " must be an AWSDate (YYYY-MM-DD), not \"" + text + "\".", badInput);
    return text;
}

EventsService::Filter readFilter(const ValueObject &args) {
    EventsService::Filter filter;
    const Value *input = values::field(args, "filter");
    if (!input)
        return filter;
    filter.from = isoDate(values::field(*input, "fromDate"), "filter.fromDate");
    filter.to = isoDate(values::field(*input, "toDate"), "filter.toDate");
    if (const Value *types = values::field(*input, "eventTypes"); types && types->list)
        for (const Value &type : *types->list)
            filter.types.push_back(type.string);
    return filter;
}

values::Page readPage(const ValueObject &args) {
    values::Page page = values::readPage(values::field(args, "pageInfo"));
    if (!page.error.empty())
        throw FieldError(page.error, badInput);
    return page;
}

const char *eventType(RoleType type, bool start) {
    const bool board = type == RoleType::Board || type == RoleType::Committee;
    if (board)
        return start ? "BOARD_APPOINTMENT" : "BOARD_DEPARTURE";
    return start ? "ROLE_START_ANNOUNCEMENT" : "ROLE_END_ANNOUNCEMENT";
}

// A day past the month's end (data with gaps can hold one) falls back to the first of the month.
QDate toQDate(const PartialDate &date) {
    const QDate day(date.year, date.month, date.day);
    return day.isValid() ? day : QDate(date.year, std::clamp(date.month, 1, 12), 1);
}

std::string sentence(const Person &person, const Role &role, const Organization &organization, bool start,
                     const PartialDate &date) {
    const std::string when = date.precision == DatePrecision::Day ? " on " + date.display() : " in " + date.display();
    if (start)
        return person.fullName + " was appointed " + role.title + " at " + organization.name + when + '.';
    return person.fullName + " stepped down as " + role.title + " at " + organization.name + when + '.';
}

} // namespace

EventsService::EventsService(std::shared_ptr<const Dataset> dataset)
    : m_dataset(std::move(dataset))
    , m_schema(loadSandboxSchema(QStringLiteral("events"))) {}

QString EventsService::name() const {
    return QStringLiteral("events");
}

const graphql::Schema &EventsService::schema() const {
    return m_schema;
}

void EventsService::prepare(graphql::ExecutionOptions &options) {
    options.resolvers["Query.events"] = [this](const Value &, const ValueObject &args, const graphql::ResolveInfo &) {
        return events(args);
    };
    options.resolvers["Query.eventsBatch"] = [this](const Value &, const ValueObject &args,
                                                    const graphql::ResolveInfo &) { return eventsBatch(args); };
    options.resolvers["Query.info"] = [this](const Value &, const ValueObject &, const graphql::ResolveInfo &) {
        return info();
    };
}

const std::vector<std::uint32_t> *EventsService::rolesOf(const std::string &personId, const std::string &organizationId,
                                                         std::string &error, std::string &code) const {
    code = badInput;
    if (personId.empty() == organizationId.empty()) {
        error = "Give exactly one of personId and organizationId.";
        return nullptr;
    }
    code = "NOT_FOUND";
    if (!personId.empty()) {
        const Person *person = m_dataset->personById(personId);
        error = person ? std::string() : "No person has the id \"" + personId + "\".";
        return person ? &person->roles : nullptr;
    }
    const Organization *organization = m_dataset->organizationById(organizationId);
    error = organization ? std::string() : "No organization has the id \"" + organizationId + "\".";
    return organization ? &organization->roles : nullptr;
}

std::vector<EventsService::Occurrence> EventsService::occurrences(const std::vector<std::uint32_t> &roles,
                                                                  const Filter &filter) const {
    std::vector<Occurrence> found;
    for (const std::uint32_t index : roles) {
        const Role &role = m_dataset->roles()[index];
        for (const bool start : {true, false}) {
            const std::optional<PartialDate> &date = start ? role.start : role.end;
            if (!date)
                continue;
            Occurrence occurrence{index, start, date->iso(),
                                  values::stableId("evt_", role.id + (start ? "/start" : "/end")),
                                  eventType(role.type, start)};
            const bool typeKept = filter.types.empty() || std::find(filter.types.begin(), filter.types.end(),
                                                                    occurrence.type) != filter.types.end();
            const bool dateKept = (filter.from.empty() || occurrence.date >= filter.from) &&
                                  (filter.to.empty() || occurrence.date <= filter.to);
            if (typeKept && dateKept)
                found.push_back(std::move(occurrence));
        }
    }
    // Newest first; the enduring id breaks ties so pages never overlap.
    std::sort(found.begin(), found.end(), [](const Occurrence &a, const Occurrence &b) {
        return a.date != b.date ? a.date > b.date : a.eventId < b.eventId;
    });
    return found;
}

Value EventsService::eventValue(const Occurrence &occurrence) const {
    const Role &role = m_dataset->roles()[occurrence.role];
    const Person &person = m_dataset->people()[role.person];
    const Organization &organization = m_dataset->organizations()[role.organization];
    const PartialDate &date = occurrence.start ? *role.start : *role.end;
    const std::uint64_t hash = values::stableHash(occurrence.eventId);
    const QDate day = toQDate(date);
    const std::string published = day.addDays(1 + qint64(hash % 14)).toString(Qt::ISODate).toStdString();
    Value announced = Value::null();
    if (date.precision == DatePrecision::Day)
        announced = Value::fromString(day.addDays(-qint64((hash >> 8) % 10)).toString(Qt::ISODate).toStdString());
    const std::string text = sentence(person, role, organization, occurrence.start, date);
    return Value::fromObject(
        {{"eventId", Value::fromString(occurrence.eventId)},
         {"eventDateInfo", values::dateInformation(date)},
         {"eventDate", Value::fromString(occurrence.date)},
         {"eventType", Value::fromEnum(occurrence.type)},
         {"eventText", Value::fromString(text)},
         {"description", Value::fromString(text)},
         {"people", Value::fromList({Value::fromObject({{"personId", Value::fromString(person.id)},
                                                        {"fullName", Value::fromString(person.fullName)}})})},
         {"organizations", Value::fromList({Value::fromObject({{"organizationId", Value::fromString(organization.id)},
                                                               {"name", Value::fromString(organization.name)}})})},
         {"eventPublishedDate", Value::fromString(published)},
         {"announcementDate", std::move(announced)},
         {"startRoleTitle", occurrence.start ? Value::fromString(role.title) : Value::null()},
         {"endRoleTitle", occurrence.start ? Value::null() : Value::fromString(role.title)}});
}

Value EventsService::response(const std::vector<std::uint32_t> &roles, const Filter &filter, int offset,
                              int size) const {
    const std::vector<Occurrence> all = occurrences(roles, filter);
    ValueList page;
    for (std::size_t i = std::size_t(offset); i < all.size() && page.size() < std::size_t(size); ++i)
        page.push_back(eventValue(all[i]));
    return Value::fromObject({{"events", Value::fromList(std::move(page))},
                              {"pageInfo", values::pageInfo({offset, size, {}}, std::int64_t(all.size()))}});
}

Value EventsService::events(const ValueObject &args) const {
    const Filter filter = readFilter(args);
    const values::Page page = readPage(args);
    std::string error, code;
    const auto *roles = rolesOf(values::text(values::field(args, "personId")),
                                values::text(values::field(args, "organizationId")), error, code);
    if (!roles)
        throw FieldError(error, code);
    return response(*roles, filter, page.offset, page.size);
}

Value EventsService::eventsBatch(const ValueObject &args) const {
    const Filter filter = readFilter(args);
    const values::Page page = readPage(args);
    if (page.offset != 0)
        throw FieldError("eventsBatch does not take a nextToken; page through one entity with events.", badInput);
    const Value *input = values::field(args, "input");
    const ValueList none;
    const ValueList &entities = input && input->list ? *input->list : none;
    if (entities.size() > std::size_t(maxBatch))
        throw FieldError("At most " + std::to_string(maxBatch) + " entities per eventsBatch request.", badInput);
    ValueList results;
    for (const Value &entity : entities) {
        const std::string personId = values::text(values::field(entity, "personId"));
        const std::string organizationId = values::text(values::field(entity, "organizationId"));
        std::string error, code;
        const auto *roles = rolesOf(personId, organizationId, error, code);
        Value failure = Value::null();
        if (!roles)
            failure = Value::fromObject({{"code", Value::fromString(code)},
                                         {"errorMessage", Value::fromString(error)},
                                         {"correlationId", Value::fromString(values::correlationId(
                                                               "events/" + personId + '/' + organizationId))}});
        results.push_back(
            Value::fromObject({{"entityId", Value::fromString(personId + organizationId)},
                               {"response", roles ? response(*roles, filter, 0, page.size) : Value::null()},
                               {"error", std::move(failure)}}));
    }
    return Value::fromList(std::move(results));
}

Value EventsService::info() const {
    std::int64_t count = 0;
    for (const Role &role : m_dataset->roles())
        count += (role.start ? 1 : 0) + (role.end ? 1 : 0);
    return Value::fromObject({{"service", Value::fromString("events")},
                              {"version", Value::fromString("1.0.0-sandbox")},
                              {"status", Value::fromString("UP")},
                              {"eventCount", Value::fromInt(count)}});
}

std::unique_ptr<SandboxService> makeEventsService(std::shared_ptr<const Dataset> dataset) {
    return std::make_unique<EventsService>(std::move(dataset));
}

} // namespace altrata::sandbox

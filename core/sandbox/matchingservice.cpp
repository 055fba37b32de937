#include "matchingservice.h"

#include "auth/clock.h"
#include "sandboxservices.h"
#include "servicevalues.h"

namespace altrata::sandbox {

using graphql::Value;
using graphql::ValueList;
using graphql::ValueObject;

namespace {

constexpr qint64 queuedMs = 1000, baseDurationMs = 3000, msPerBatch = 1000, recordsPerBatch = 25;

Value dateTime(const QDateTime &when) {
    return Value::fromString(when.toUTC().toString(Qt::ISODateWithMs).toStdString());
}

Value genericError(const std::string &code, const std::string &message, const std::string &key) {
    return values::typed("GenericError", {{"code", Value::fromString(code)},
                                          {"errorMessage", Value::fromString(message)},
                                          {"correlationId", Value::fromString(values::correlationId(key))}});
}

Value fieldError(std::string field, const std::string &clientSuppliedId, std::string message) {
    return Value::fromObject(
        {{"field", Value::fromString(std::move(field))},
         {"clientSuppliedId", clientSuppliedId.empty() ? Value::null() : Value::fromString(clientSuppliedId)},
         {"message", Value::fromString(std::move(message))}});
}

std::string trimmed(std::string text) {
    const auto first = text.find_first_not_of(" \t\r\n");
    if (first == std::string::npos)
        return {};
    return text.substr(first, text.find_last_not_of(" \t\r\n") - first + 1);
}

PersonRecord personRecord(const Value &input) {
    auto get = [&input](const char *name) { return trimmed(values::text(values::field(input, name))); };
    return {get("clientSuppliedId"), get("altrataId"), get("bxPersonId"),      get("rsPersonId"),
            get("wxPersonId"),       get("workEmail"), get("linkedinProfile"), get("firstName"),
            get("lastName"),         get("fullName"),  get("organizationName")};
}

OrganizationRecord organizationRecord(const Value &input) {
    auto get = [&input](const char *name) { return trimmed(values::text(values::field(input, name))); };
    return {get("clientSuppliedId"), get("altrataId"), get("name"), get("website"), get("city"), get("country")};
}

// Whether a record says enough to be matched at all; the message tells what it lacks.
std::string missingCriteria(const Value &input, bool person, bool idsOnly) {
    if (person) {
        const PersonRecord r = personRecord(input);
        const bool ids =
            !(r.altrataId + r.bxPersonId + r.rsPersonId + r.wxPersonId + r.workEmail + r.linkedinProfile).empty();
        if (ids || (!idsOnly && (!r.lastName.empty() || !r.fullName.empty())))
            return {};
        return idsOnly ? "Give at least one id (altrataId, bxPersonId, rsPersonId, wxPersonId, workEmail or "
                         "linkedinProfile)."
                       : "Give at least one id, or a name (lastName, with firstName, or fullName).";
    }
    const OrganizationRecord r = organizationRecord(input);
    if (!r.altrataId.empty() || !r.website.empty() || (!idsOnly && !r.name.empty()))
        return {};
    return idsOnly ? "Give an altrataId or a website." : "Give an altrataId, a website or a name.";
}

ValueList validate(const Value *records, bool person, bool idsOnly, const std::string &argument) {
    ValueList problems;
    const std::size_t count = records && records->list ? records->list->size() : 0;
    if (count == 0)
        problems.push_back(fieldError(argument, {}, "At least one record is required."));
    if (count > std::size_t(MatchingService::maxRecords))
        problems.push_back(fieldError(argument, {},
                                      "At most " + std::to_string(MatchingService::maxRecords) +
                                          " records per request (got " + std::to_string(count) + ")."));
    std::map<std::string, std::size_t> seen;
    for (std::size_t i = 0; i < count; ++i) {
        const Value &record = (*records->list)[i];
        const std::string where = argument + '[' + std::to_string(i) + ']';
        const std::string id = trimmed(values::text(values::field(record, "clientSuppliedId")));
        if (id.empty())
            problems.push_back(fieldError(where + ".clientSuppliedId", {}, "clientSuppliedId must not be empty."));
        else if (const auto [it, fresh] = seen.emplace(id, i); !fresh)
            problems.push_back(fieldError(where + ".clientSuppliedId", id,
                                          "Duplicate clientSuppliedId \"" + id + "\" (first used by " + argument + '[' +
                                              std::to_string(it->second) + "])."));
        if (const std::string missing = missingCriteria(record, person, idsOnly); !missing.empty())
            problems.push_back(fieldError(where, id, missing));
    }
    return problems;
}

const char *statusName(int status) {
    static constexpr const char *names[] = {"QUEUED", "MATCHING_STARTED", "COMPLETED"};
    return names[status];
}

Value criteria(const std::vector<MatchCriterion> &matchedOn) {
    ValueList list;
    for (const MatchCriterion c : matchedOn)
        list.push_back(Value::fromEnum(criterionName(c)));
    return Value::fromList(std::move(list));
}

Value matchedPerson(const Dataset &dataset, std::uint32_t index) {
    const Person &p = dataset.people()[index];
    const Role *current = nullptr;
    for (const std::uint32_t role : p.roles)
        if (dataset.roles()[role].current)
            current = &dataset.roles()[role]; // roles are oldest first: the last current one wins
    return Value::fromObject(
        {{"altrataId", Value::fromString(p.id)},
         {"fullName", Value::fromString(p.fullName)},
         {"firstName", Value::fromString(p.firstName)},
         {"lastName", Value::fromString(p.lastName)},
         {"currentTitle", current ? Value::fromString(current->title) : Value::null()},
         {"currentOrganizationName",
          current ? Value::fromString(dataset.organizations()[current->organization].name) : Value::null()}});
}

Value matchedOrganization(const Dataset &dataset, std::uint32_t index) {
    const Organization &o = dataset.organizations()[index];
    return Value::fromObject({{"altrataId", Value::fromString(o.id)},
                              {"name", Value::fromString(o.name)},
                              {"city", Value::fromString(o.city)},
                              {"country", Value::fromString(o.country)},
                              {"website", values::optionalString(o.website)}});
}

} // namespace

MatchingService::MatchingService(std::shared_ptr<const Dataset> dataset, const auth::Clock &clock)
    : m_dataset(std::move(dataset))
    , m_clock(clock)
    , m_schema(loadSandboxSchema(QStringLiteral("matching")))
    , m_matcher(*m_dataset) {}

QString MatchingService::name() const {
    return QStringLiteral("matching");
}

const graphql::Schema &MatchingService::schema() const {
    return m_schema;
}

void MatchingService::prepare(graphql::ExecutionOptions &options) {
    auto &r = options.resolvers;
    auto submitter = [this](Kind kind, bool idsOnly, const char *argument) {
        return [this, kind, idsOnly, argument](const Value &, const ValueObject &args, const graphql::ResolveInfo &) {
            return submit(kind, idsOnly, args, argument);
        };
    };
    r["Mutation.personsMatch"] = submitter(Kind::Person, false, "persons");
    r["Mutation.personByIdMatch"] = submitter(Kind::Person, true, "persons");
    r["Mutation.organizationsMatch"] = submitter(Kind::Organization, false, "organizations");
    r["Mutation.organizationByIdMatch"] = submitter(Kind::Organization, true, "organizations");
    r["Query.requestStatus"] = [this](const Value &, const ValueObject &args, const graphql::ResolveInfo &) {
        return status(args);
    };
    auto fetcher = [this](Kind kind, MatchOutcome outcome) {
        return [this, kind, outcome](const Value &, const ValueObject &args, const graphql::ResolveInfo &) {
            return results(args, kind, outcome);
        };
    };
    r["Query.personUniqueMatches"] = fetcher(Kind::Person, MatchOutcome::Unique);
    r["Query.personPossibleMatches"] = fetcher(Kind::Person, MatchOutcome::Possible);
    r["Query.personNoMatches"] = fetcher(Kind::Person, MatchOutcome::None);
    r["Query.organizationUniqueMatches"] = fetcher(Kind::Organization, MatchOutcome::Unique);
    r["Query.organizationPossibleMatches"] = fetcher(Kind::Organization, MatchOutcome::Possible);
    r["Query.organizationNoMatches"] = fetcher(Kind::Organization, MatchOutcome::None);
}

Value MatchingService::submit(Kind kind, bool idsOnly, const ValueObject &args, const char *argument) {
    const Value *records = values::field(args, argument);
    // The id depends on the records and on how often they were sent before: equal submissions are
    // distinct jobs, yet the first submission of an example gets the same id on every fresh sandbox.
    const std::string payload = records ? records->toJson() : std::string();
    const std::string key = "matching/" + payload + '#' + std::to_string(m_submissions[values::stableHash(payload)]++);
    const ValueList problems = validate(records, kind == Kind::Person, idsOnly, argument);
    if (!problems.empty()) {
        const std::string summary =
            std::to_string(problems.size()) + (problems.size() == 1 ? " problem" : " problems") + " in the request.";
        return values::typed("ValidationError", {{"code", Value::fromString("VALIDATION_ERROR")},
                                                 {"errorMessage", Value::fromString(summary)},
                                                 {"correlationId", Value::fromString(values::correlationId(key))},
                                                 {"fieldErrors", Value::fromList(problems)}});
    }
    Job job{values::stableId("req_", key), kind, m_clock.now(), {}};
    for (const Value &record : *records->list)
        job.results.push_back(kind == Kind::Person ? m_matcher.matchPerson(personRecord(record))
                                                   : m_matcher.matchOrganization(organizationRecord(record)));
    Value response =
        values::typed("RequestResponse", {{"requestId", Value::fromString(job.requestId)},
                                          {"status", Value::fromEnum("QUEUED")},
                                          {"recordCount", Value::fromInt(std::int64_t(records->list->size()))},
                                          {"submittedAt", dateTime(job.submittedAt)}});
    m_jobs.emplace(job.requestId, std::move(job));
    return response;
}

QDateTime MatchingService::completionTime(const Job &job) const {
    const qint64 batches = qint64(job.results.size()) / recordsPerBatch;
    return job.submittedAt.addMSecs(baseDurationMs + batches * msPerBatch);
}

MatchingService::Status MatchingService::statusOf(const Job &job, int *processed) const {
    const QDateTime now = m_clock.now();
    const qint64 elapsed = job.submittedAt.msecsTo(now);
    const qint64 duration = job.submittedAt.msecsTo(completionTime(job));
    const qint64 total = qint64(job.results.size());
    Status status = elapsed < queuedMs ? Status::Queued : elapsed < duration ? Status::Started : Status::Completed;
    if (processed)
        *processed = int(status == Status::Queued      ? 0
                         : status == Status::Completed ? total
                                                       : total * (elapsed - queuedMs) / (duration - queuedMs));
    return status;
}

const MatchingService::Job *MatchingService::findJob(const ValueObject &args, Value &error) const {
    const Value *input = values::field(args, "input");
    const std::string requestId = input ? values::text(values::field(*input, "requestId")) : std::string();
    const auto found = m_jobs.find(requestId);
    if (found == m_jobs.end()) {
        error = genericError("REQUEST_NOT_FOUND", "No match request has the id \"" + requestId + "\".",
                             "REQUEST_NOT_FOUND/" + requestId);
        return nullptr;
    }
    return &found->second;
}

Value MatchingService::status(const ValueObject &args) const {
    Value error;
    const Job *job = findJob(args, error);
    if (!job)
        return error;
    int processed = 0;
    const Status current = statusOf(*job, &processed);
    const int total = int(job->results.size());
    const bool done = current == Status::Completed;
    Value summary = Value::null();
    if (done) {
        std::int64_t counts[3] = {0, 0, 0};
        for (const MatchResult &result : job->results)
            ++counts[static_cast<int>(result.outcome)];
        summary = Value::fromObject({{"uniqueMatches", Value::fromInt(counts[0])},
                                     {"possibleMatches", Value::fromInt(counts[1])},
                                     {"noMatches", Value::fromInt(counts[2])}});
    }
    const std::string message = current == Status::Queued ? "Queued: waiting for a worker."
                                : done                    ? "Completed: " + std::to_string(total) + " records matched."
                                                          : "Matching started: " + std::to_string(processed) + " of " +
                                             std::to_string(total) + " records processed.";
    return values::typed("RequestStatusResponse",
                         {{"requestId", Value::fromString(job->requestId)},
                          {"requestType", Value::fromEnum(job->kind == Kind::Person ? "PERSON" : "ORGANIZATION")},
                          {"status", Value::fromEnum(statusName(static_cast<int>(current)))},
                          {"statusMessage", Value::fromString(message)},
                          {"recordCount", Value::fromInt(total)},
                          {"processedCount", Value::fromInt(processed)},
                          {"submittedAt", dateTime(job->submittedAt)},
                          {"completedAt", done ? dateTime(completionTime(*job)) : Value::null()},
                          {"summary", std::move(summary)}});
}

Value MatchingService::results(const ValueObject &args, Kind kind, MatchOutcome outcome) const {
    Value error;
    const Job *job = findJob(args, error);
    if (!job)
        return error;
    if (job->kind != kind)
        return genericError("WRONG_REQUEST_TYPE",
                            "Request " + job->requestId + " holds " +
                                (job->kind == Kind::Person ? "person records; use the person"
                                                           : "organization records; use the organization") +
                                "...Matches queries for it.",
                            "WRONG_REQUEST_TYPE/" + job->requestId);
    if (const Status current = statusOf(*job); current != Status::Completed)
        return genericError("REQUEST_NOT_COMPLETED",
                            "Request " + job->requestId + " is " + statusName(static_cast<int>(current)) +
                                "; its results are available once it is COMPLETED.",
                            "REQUEST_NOT_COMPLETED/" + job->requestId);
    ValueList items;
    for (const MatchResult &result : job->results)
        if (result.outcome == outcome)
            items.push_back(resultItem(result, kind));
    static constexpr const char *personTypes[] = {"PersonUniqueMatchesResponse", "PersonPossibleMatchesResponse",
                                                  "NoMatchesResponse"};
    static constexpr const char *organizationTypes[] = {"OrganizationUniqueMatchesResponse",
                                                        "OrganizationPossibleMatchesResponse", "NoMatchesResponse"};
    const int which = static_cast<int>(outcome);
    return values::typed(kind == Kind::Person ? personTypes[which] : organizationTypes[which],
                         {{"requestId", Value::fromString(job->requestId)},
                          {"status", Value::fromEnum("COMPLETED")},
                          {outcome == MatchOutcome::None ? "records" : "matches", Value::fromList(std::move(items))}});
}

Value MatchingService::resultItem(const MatchResult &result, Kind kind) const {
    const Value clientSuppliedId = Value::fromString(result.clientSuppliedId);
    if (result.outcome == MatchOutcome::None)
        return Value::fromObject(
            {{"clientSuppliedId", clientSuppliedId}, {"reason", Value::fromString(result.reason)}});
    const char *entity = kind == Kind::Person ? "person" : "organization";
    auto describe = [&](const MatchCandidate &candidate) {
        return kind == Kind::Person ? matchedPerson(*m_dataset, candidate.index)
                                    : matchedOrganization(*m_dataset, candidate.index);
    };
    if (result.outcome == MatchOutcome::Unique) {
        const MatchCandidate &match = result.candidates.front();
        Value described = describe(match);
        const Value altrataId = *described.get("altrataId");
        return Value::fromObject({{"clientSuppliedId", clientSuppliedId},
                                  {entity, std::move(described)},
                                  {"confidence", Value::fromFloat(match.confidence)},
                                  {"matchedOn", criteria(match.matchedOn)},
                                  {"altrataId", altrataId}});
    }
    ValueList candidates;
    for (const MatchCandidate &candidate : result.candidates)
        candidates.push_back(Value::fromObject({{entity, describe(candidate)},
                                                {"confidence", Value::fromFloat(candidate.confidence)},
                                                {"matchedOn", criteria(candidate.matchedOn)}}));
    return Value::fromObject(
        {{"clientSuppliedId", clientSuppliedId}, {"candidates", Value::fromList(std::move(candidates))}});
}

std::unique_ptr<SandboxService> makeMatchingService(std::shared_ptr<const Dataset> dataset, const auth::Clock &clock) {
    return std::make_unique<MatchingService>(std::move(dataset), clock);
}

} // namespace altrata::sandbox

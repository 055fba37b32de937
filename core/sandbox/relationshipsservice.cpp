#include "relationshipsservice.h"

#include "sandboxservices.h"
#include "servicevalues.h"

#include <QDate>

namespace altrata::sandbox {

using graphql::Value;
using graphql::ValueList;
using graphql::ValueObject;

namespace {

Value error(const char *type, const std::string &code, const std::string &message, ValueObject extra = {}) {
    ValueObject fields{{"code", Value::fromString(code)},
                       {"errorMessage", Value::fromString(message)},
                       {"correlationId", Value::fromString(values::correlationId("relationships/" + message))}};
    for (auto &field : extra)
        fields.push_back(std::move(field));
    return values::typed(type, std::move(fields));
}

Value sourceNotFound(const std::string &id, const char *what) {
    return error("SourceNotFoundError", "SOURCE_NOT_FOUND", std::string("No ") + what + " has the id \"" + id + "\".",
                 {{"sourceId", Value::fromString(id)}});
}

Value targetNotFound(const std::string &id, const char *what) {
    return error("TargetNotFoundError", "TARGET_NOT_FOUND", std::string("No ") + what + " has the id \"" + id + "\".",
                 {{"targetId", Value::fromString(id)}});
}

std::string monthIso(int month) {
    return QDate(month / 12, month % 12 + 1, 1).toString(Qt::ISODate).toStdString();
}

RoleFilter roleFilter(const ValueObject &args) {
    const std::string type = values::text(values::field(args, "userRelationshipType"));
    return type == "EMPLOYMENT" ? RoleFilter::Employment : type == "BOARD" ? RoleFilter::Board : RoleFilter::All;
}

} // namespace

RelationshipsService::RelationshipsService(std::shared_ptr<const Dataset> dataset)
    : m_dataset(std::move(dataset))
    , m_schema(loadSandboxSchema(QStringLiteral("relationships")))
    , m_graph(*m_dataset) {}

QString RelationshipsService::name() const {
    return QStringLiteral("relationships");
}

const graphql::Schema &RelationshipsService::schema() const {
    return m_schema;
}

void RelationshipsService::prepare(graphql::ExecutionOptions &options) {
    using Member = Value (RelationshipsService::*)(const ValueObject &) const;
    auto bind = [this](Member member) {
        return [this, member](const Value &, const ValueObject &args, const graphql::ResolveInfo &) {
            return (this->*member)(args);
        };
    };
    options.resolvers["Query.getOverlapDetails"] = bind(&RelationshipsService::overlapDetails);
    options.resolvers["Query.organizationPathsToOrganization"] = bind(&RelationshipsService::organizationPaths);
    options.resolvers["Query.myPathsToOrganization"] = bind(&RelationshipsService::myPathsToOrganization);
    options.resolvers["Query.myPathsToPerson"] = bind(&RelationshipsService::myPathsToPerson);
    options.resolvers["Query.me"] = [this](const Value &, const ValueObject &, const graphql::ResolveInfo &) {
        return me();
    };
}

Value RelationshipsService::personNode(std::uint32_t index) const {
    const Person &p = m_dataset->people()[index];
    return values::typed("PathPerson",
                         {{"personId", Value::fromString(p.id)}, {"fullName", Value::fromString(p.fullName)}});
}

Value RelationshipsService::organizationNode(std::uint32_t index) const {
    const Organization &o = m_dataset->organizations()[index];
    return values::typed("PathOrganization",
                         {{"organizationId", Value::fromString(o.id)}, {"name", Value::fromString(o.name)}});
}

Value RelationshipsService::stepValue(std::uint32_t index) const {
    const Role &role = m_dataset->roles()[index];
    const bool board = role.type == RoleType::Board || role.type == RoleType::Committee;
    return Value::fromObject({{"personId", Value::fromString(m_dataset->people()[role.person].id)},
                              {"organizationId", Value::fromString(m_dataset->organizations()[role.organization].id)},
                              {"relationshipType", Value::fromEnum(board ? "BOARD" : "EMPLOYMENT")},
                              {"roleTitle", Value::fromString(role.title)},
                              {"strength", Value::fromFloat(m_graph.tenureStrength(index))},
                              {"startDateInfo", values::optionalDateInformation(role.start)},
                              {"endDateInfo", values::optionalDateInformation(role.end)}});
}

Value RelationshipsService::pathValue(const FoundPath &path) const {
    ValueList nodes, steps;
    for (const PathNodeRef &node : path.nodes)
        nodes.push_back(node.person ? personNode(node.index) : organizationNode(node.index));
    for (const std::uint32_t role : path.steps)
        steps.push_back(stepValue(role));
    const auto length = std::int64_t(nodes.size());
    return Value::fromObject({{"pathId", Value::fromString(path.id)},
                              {"overallStrength", Value::fromFloat(path.strength)},
                              {"nodes", Value::fromList(std::move(nodes))},
                              {"steps", Value::fromList(std::move(steps))},
                              {"length", Value::fromInt(length)}});
}

ValueObject RelationshipsService::pageOf(const std::vector<FoundPath> &paths, int offset, int size) const {
    ValueList page;
    for (std::size_t i = std::size_t(offset); i < paths.size() && page.size() < std::size_t(size); ++i)
        page.push_back(pathValue(paths[i]));
    return {{"paths", Value::fromList(std::move(page))},
            {"pageInfo", values::pageInfo({offset, size, {}}, std::int64_t(paths.size()))}};
}

Value RelationshipsService::overlapDetails(const ValueObject &args) const {
    ValueList results;
    if (const Value *input = values::field(args, "input"); input && input->list)
        for (const Value &pair : *input->list)
            results.push_back(overlapDetail(pair));
    return Value::fromList(std::move(results));
}

Value RelationshipsService::overlapDetail(const Value &pair) const {
    if (pair.isNull())
        return error("GenericError", "EMPTY_INPUT", "An OverlapDetailsInput was null.");
    const std::string sourceId = values::text(values::field(pair, "sourcePersonId"));
    const std::string targetId = values::text(values::field(pair, "targetPersonId"));
    const Person *source = m_dataset->personById(sourceId);
    const Person *target = m_dataset->personById(targetId);
    if (!source)
        return sourceNotFound(sourceId, "person");
    if (!target)
        return targetNotFound(targetId, "person");
    if (source == target)
        return error("GenericError", "SAME_ENTITY", "Source and target are the same person (" + sourceId + ").");
    const auto a = std::uint32_t(source - m_dataset->people().data());
    const auto b = std::uint32_t(target - m_dataset->people().data());
    ValueList overlaps;
    std::int64_t total = 0;
    for (const OverlapSpan &span : m_graph.overlaps(a, b)) {
        const Role &roleA = m_dataset->roles()[span.roleA];
        total += span.months;
        overlaps.push_back(
            Value::fromObject({{"organization", organizationNode(roleA.organization)},
                               {"sourceRoleTitle", Value::fromString(roleA.title)},
                               {"targetRoleTitle", Value::fromString(m_dataset->roles()[span.roleB].title)},
                               {"overlapStartDate", Value::fromString(monthIso(span.startMonth))},
                               {"overlapEndDate", Value::fromString(monthIso(span.endMonth))},
                               {"overlapMonths", Value::fromInt(span.months)},
                               {"strength", Value::fromFloat(span.strength)}}));
    }
    const bool any = !overlaps.empty();
    return values::typed("OverlapDetailsResponse", {{"source", personNode(a)},
                                                    {"target", personNode(b)},
                                                    {"overlaps", Value::fromList(std::move(overlaps))},
                                                    {"totalOverlapMonths", Value::fromInt(total)},
                                                    {"hasOverlap", Value::fromBool(any)}});
}

Value RelationshipsService::organizationPaths(const ValueObject &args) const {
    const values::Page page = values::readPage(values::field(args, "pageInfo"));
    if (!page.error.empty())
        return error("GenericError", "INVALID_PAGE_INFO", page.error);
    const std::string sourceId = values::text(values::field(args, "sourceOrganizationId"));
    const std::string targetId = values::text(values::field(args, "targetOrganizationId"));
    const Organization *source = m_dataset->organizationById(sourceId);
    const Organization *target = m_dataset->organizationById(targetId);
    if (!source)
        return sourceNotFound(sourceId, "organization");
    if (!target)
        return targetNotFound(targetId, "organization");
    if (source == target)
        return error("GenericError", "SAME_ENTITY", "Source and target are the same organization (" + sourceId + ").");
    const auto s = std::uint32_t(source - m_dataset->organizations().data());
    const auto t = std::uint32_t(target - m_dataset->organizations().data());
    ValueObject fields{{"source", organizationNode(s)}, {"target", organizationNode(t)}};
    for (auto &field : pageOf(m_graph.organizationPaths(s, t), page.offset, page.size))
        fields.push_back(std::move(field));
    return values::typed("OrganizationPathsToOrganizationResponse", std::move(fields));
}

Value RelationshipsService::myPathsToOrganization(const ValueObject &args) const {
    const values::Page page = values::readPage(values::field(args, "pageInfo"));
    if (!page.error.empty())
        return error("GenericError", "INVALID_PAGE_INFO", page.error);
    const auto user = m_graph.demoUser();
    if (!user)
        return error("UserNotFoundError", "USER_NOT_FOUND", "The sandbox has no demo user (its dataset is empty).");
    const std::string targetId = values::text(values::field(args, "organizationId"));
    const Organization *target = m_dataset->organizationById(targetId);
    if (!target)
        return targetNotFound(targetId, "organization");
    const auto t = std::uint32_t(target - m_dataset->organizations().data());
    ValueObject fields{{"user", personNode(*user)}, {"target", organizationNode(t)}};
    for (auto &field : pageOf(m_graph.personToOrganization(*user, t, roleFilter(args)), page.offset, page.size))
        fields.push_back(std::move(field));
    return values::typed("MyPathsToOrganizationResponse", std::move(fields));
}

Value RelationshipsService::myPathsToPerson(const ValueObject &args) const {
    const values::Page page = values::readPage(values::field(args, "pageInfo"));
    if (!page.error.empty())
        return error("GenericError", "INVALID_PAGE_INFO", page.error);
    const auto user = m_graph.demoUser();
    if (!user)
        return error("UserNotFoundError", "USER_NOT_FOUND", "The sandbox has no demo user (its dataset is empty).");
    const std::string targetId = values::text(values::field(args, "personId"));
    const Person *target = m_dataset->personById(targetId);
    if (!target)
        return targetNotFound(targetId, "person");
    const auto t = std::uint32_t(target - m_dataset->people().data());
    if (t == *user)
        return error("GenericError", "SAME_ENTITY", "The target is the demo user (" + targetId + ").");
    ValueObject fields{{"user", personNode(*user)}, {"target", personNode(t)}};
    for (auto &field : pageOf(m_graph.personToPerson(*user, t, roleFilter(args)), page.offset, page.size))
        fields.push_back(std::move(field));
    return values::typed("MyPathsToPersonResponse", std::move(fields));
}

Value RelationshipsService::me() const {
    const auto user = m_graph.demoUser();
    return user ? personNode(*user) : Value::null();
}

std::unique_ptr<SandboxService> makeRelationshipsService(std::shared_ptr<const Dataset> dataset) {
    return std::make_unique<RelationshipsService>(std::move(dataset));
}

} // namespace altrata::sandbox

#include "profileservice.h"

#include "sandboxservices.h"

namespace altrata::sandbox {

ProfileService::ProfileService(std::shared_ptr<const Dataset> dataset)
    : m_schema(loadSandboxSchema(QStringLiteral("profile")))
    , m_data(std::move(dataset)) {
    profile::addQueryResolvers(m_data, m_resolvers);
    profile::addPersonResolvers(m_data, m_resolvers);
    profile::addOrganizationResolvers(m_data, m_resolvers);
    profile::addRoleResolvers(m_data, m_resolvers);
}

void ProfileService::prepare(graphql::ExecutionOptions &options) {
    options.resolvers = m_resolvers;
    // Handles name their own type; IdNotFound objects carry __typename.
    options.resolveType = [](const graphql::Value &value, const graphql::Type &) { return profile::typeNameOf(value); };
}

std::unique_ptr<SandboxService> makeProfileService(std::shared_ptr<const Dataset> dataset) {
    return std::make_unique<ProfileService>(std::move(dataset));
}

} // namespace altrata::sandbox

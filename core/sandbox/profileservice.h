#pragma once

#include "profiledata.h"
#include "profileresolvers.h"
#include "sandboxservice.h"

#include <memory>

namespace altrata::sandbox {

// The Profile service (resources/sandbox/profile.graphql): people, organizations, roles,
// memberships and donations of the generated Dataset. Built once; prepare() only hands out the
// resolver table, so requests share everything read-only.
class ProfileService final : public SandboxService {
public:
    explicit ProfileService(std::shared_ptr<const Dataset> dataset);

    QString name() const override { return QStringLiteral("profile"); }
    const graphql::Schema &schema() const override { return m_schema; }
    void prepare(graphql::ExecutionOptions &options) override;

    const ProfileData &data() const noexcept { return m_data; }

private:
    graphql::Schema m_schema;
    ProfileData m_data;
    profile::Resolvers m_resolvers;
};

} // namespace altrata::sandbox

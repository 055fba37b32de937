#pragma once

#include "dataset.h"
#include "relationshipgraph.h"
#include "sandboxservice.h"

#include <memory>
#include <string>
#include <vector>

// The Relationships service: overlaps of people and paths between people and organizations
// (RelationshipGraph), strongest first and paginated. Errors are union members, not GraphQL errors.
// Stateless: the same request always gets the same answer.
namespace altrata::sandbox {

class RelationshipsService final : public SandboxService {
public:
    explicit RelationshipsService(std::shared_ptr<const Dataset> dataset);

    QString name() const override;
    const graphql::Schema &schema() const override;
    void prepare(graphql::ExecutionOptions &options) override;

private:
    graphql::Value overlapDetails(const graphql::ValueObject &args) const;
    graphql::Value overlapDetail(const graphql::Value &pair) const;
    graphql::Value organizationPaths(const graphql::ValueObject &args) const;
    graphql::Value myPathsToOrganization(const graphql::ValueObject &args) const;
    graphql::Value myPathsToPerson(const graphql::ValueObject &args) const;
    graphql::Value me() const;

    graphql::Value personNode(std::uint32_t index) const;
    graphql::Value organizationNode(std::uint32_t index) const;
    graphql::Value pathValue(const FoundPath &path) const;
    graphql::Value stepValue(std::uint32_t role) const;
    // {paths, pageInfo} fields for one page of `paths`.
    graphql::ValueObject pageOf(const std::vector<FoundPath> &paths, int offset, int size) const;

    std::shared_ptr<const Dataset> m_dataset;
    graphql::Schema m_schema;
    RelationshipGraph m_graph;
};

} // namespace altrata::sandbox

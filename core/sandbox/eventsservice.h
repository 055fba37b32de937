#pragma once

#include "dataset.h"
#include "sandboxservice.h"

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

// The Events service: dated events about one person or organization, derived from the Dataset's
// roles (a start gives an appointment event, an end a departure event), newest first, filterable by
// date range and type, paginated. Stateless: the same request always gets the same answer.
namespace altrata::sandbox {

class EventsService final : public SandboxService {
public:
    static constexpr int maxBatch = 50;

    explicit EventsService(std::shared_ptr<const Dataset> dataset);

    QString name() const override;
    const graphql::Schema &schema() const override;
    void prepare(graphql::ExecutionOptions &options) override;

    // An event before it becomes a Value: enough to filter and sort.
    struct Occurrence {
        std::uint32_t role = 0;
        bool start = true;
        std::string date; // ISO, for filtering and ordering
        std::string eventId;
        const char *type = "";
    };
    struct Filter {
        std::string from, to;           // ISO dates; empty: open
        std::vector<std::string> types; // empty: all
    };

private:
    graphql::Value events(const graphql::ValueObject &args) const;
    graphql::Value eventsBatch(const graphql::ValueObject &args) const;
    graphql::Value info() const;
    // The role indexes of the entity, or nullptr (with `error` set to a message and `code`) when unknown.
    const std::vector<std::uint32_t> *rolesOf(const std::string &personId, const std::string &organizationId,
                                              std::string &error, std::string &code) const;
    std::vector<Occurrence> occurrences(const std::vector<std::uint32_t> &roles, const Filter &filter) const;
    graphql::Value response(const std::vector<std::uint32_t> &roles, const Filter &filter, int offset, int size) const;
    graphql::Value eventValue(const Occurrence &occurrence) const;

    std::shared_ptr<const Dataset> m_dataset;
    graphql::Schema m_schema;
};

} // namespace altrata::sandbox

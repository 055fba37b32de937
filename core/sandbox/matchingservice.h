#pragma once

#include "dataset.h"
#include "matcher.h"
#include "sandboxservice.h"

#include <QDateTime>

#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <vector>

namespace altrata::auth {
class Clock;
}

// The Matching service: an asynchronous job queue kept in memory. A match mutation validates the
// records, matches them at once (the dataset never changes) and files a job; the job's *visible*
// status then advances with the injected clock: QUEUED for the first second, MATCHING_STARTED until
// three seconds plus one per 25 records, then COMPLETED, when the result queries answer.
namespace altrata::sandbox {

class MatchingService final : public SandboxService {
public:
    static constexpr int maxRecords = 100;

    MatchingService(std::shared_ptr<const Dataset> dataset, const auth::Clock &clock);

    QString name() const override;
    const graphql::Schema &schema() const override;
    void prepare(graphql::ExecutionOptions &options) override;

private:
    enum class Kind : std::uint8_t { Person, Organization };
    enum class Status : std::uint8_t { Queued, Started, Completed };
    struct Job {
        std::string requestId;
        Kind kind = Kind::Person;
        QDateTime submittedAt;
        std::vector<MatchResult> results;
    };

    graphql::Value submit(Kind kind, bool idsOnly, const graphql::ValueObject &args, const char *argument);
    graphql::Value status(const graphql::ValueObject &args) const;
    graphql::Value results(const graphql::ValueObject &args, Kind kind, MatchOutcome outcome) const;
    // The job named by input.requestId, or the GenericError to answer with (`error` set).
    const Job *findJob(const graphql::ValueObject &args, graphql::Value &error) const;
    Status statusOf(const Job &job, int *processed = nullptr) const;
    QDateTime completionTime(const Job &job) const;
    graphql::Value resultItem(const MatchResult &result, Kind kind) const;

    std::shared_ptr<const Dataset> m_dataset;
    const auth::Clock &m_clock;
    graphql::Schema m_schema;
    Matcher m_matcher;
    std::map<std::string, Job> m_jobs;
    std::map<std::uint64_t, int> m_submissions; // earlier submissions by hash of the records JSON
};

} // namespace altrata::sandbox

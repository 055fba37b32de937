#pragma once

#include "sandbox/sandboxservice.h"

#include <QString>

namespace altrata::test {

// A tiny GraphQL service for the sandbox server's own tests and the graphql-http audit: the server
// is what is under test, not the Altrata services. Schema:
//   type Query { greeting(name: String = "world"): String!  counter: Int!  broken: String }
//   type Mutation { increment: Int! }
class TestSandboxService final : public sandbox::SandboxService {
public:
    explicit TestSandboxService(QString name = QStringLiteral("profile"));

    QString name() const override { return m_name; }
    const graphql::Schema &schema() const override { return m_schema; }
    void prepare(graphql::ExecutionOptions &options) override;

    // How many requests got as far as execution (auth and HTTP checks passed).
    int executions() const { return m_executions; }

private:
    QString m_name;
    graphql::Schema m_schema;
    int m_counter = 0;
    int m_executions = 0;
};

} // namespace altrata::test

#pragma once

#include "graphql/executor.h"
#include "graphql/schema.h"

#include <QString>

#include <memory>

// One GraphQL service of the sandbox, served at /<name>/graphql. The server parses the request,
// checks and executes it against schema() with the resolvers from prepare(); services only answer
// fields. All calls happen on the server's thread.
namespace altrata::sandbox {

class SandboxService {
public:
    virtual ~SandboxService() = default;
    // Path segment and display name: "profile", "matching", "relationships", "events".
    virtual QString name() const = 0;
    virtual const graphql::Schema &schema() const = 0;
    // Fills resolvers / resolveType / rootValue for one request.
    virtual void prepare(graphql::ExecutionOptions &options) = 0;
};

// Builds a schema from resources/sandbox/<name>.graphql (compiled in as :/sandbox/<name>.graphql).
// Throws std::runtime_error naming the file when it is missing or does not build without warnings.
graphql::Schema loadSandboxSchema(const QString &name);

} // namespace altrata::sandbox

#include "testsandboxservice.h"

#include "graphql/buildschema.h"

#include <stdexcept>

namespace altrata::test {

namespace {

constexpr const char *sdl = R"(
"A service for testing the sandbox server."
type Query {
  "Says hello."
  greeting(name: String = "world"): String!
  "How often increment ran."
  counter: Int!
  "Always fails with a field error."
  broken: String
}

type Mutation {
  "Adds one to the counter."
  increment: Int!
}
)";

graphql::Schema buildTestSchema() {
    graphql::BuildSchemaResult built = graphql::buildSchema(sdl);
    if (!built.ok())
        throw std::runtime_error("test schema: " + built.errors.front().message);
    return std::move(built.schema);
}

} // namespace

TestSandboxService::TestSandboxService(QString name)
    : m_name(std::move(name))
    , m_schema(buildTestSchema()) {}

void TestSandboxService::prepare(graphql::ExecutionOptions &options) {
    ++m_executions;
    options.resolvers["Query.greeting"] = [](const graphql::Value &, const graphql::ValueObject &args,
                                             const graphql::ResolveInfo &) {
        std::string name = "world";
        for (const auto &[key, value] : args) {
            if (key == "name" && value.kind == graphql::Value::Kind::String)
                name = value.string;
        }
        return graphql::Value::fromString("Hello, " + name + "!");
    };
    options.resolvers["Query.counter"] = [this](const graphql::Value &, const graphql::ValueObject &,
                                                const graphql::ResolveInfo &) {
        return graphql::Value::fromInt(m_counter);
    };
    options.resolvers["Query.broken"] = [](const graphql::Value &, const graphql::ValueObject &,
                                           const graphql::ResolveInfo &) -> graphql::Value {
        throw graphql::FieldError("broken on purpose", "BROKEN");
    };
    options.resolvers["Mutation.increment"] = [this](const graphql::Value &, const graphql::ValueObject &,
                                                     const graphql::ResolveInfo &) {
        return graphql::Value::fromInt(++m_counter);
    };
    options.rootValue = graphql::Value::fromObject({});
}

} // namespace altrata::test

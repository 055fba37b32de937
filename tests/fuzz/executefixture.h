#pragma once

#include "graphql/executor.h"
#include "graphql/schema.h"

#include <cstddef>
#include <memory>

namespace altrata::graphql::fuzz {

// The fixed schema and data fuzz_execute runs every document against: interfaces, a union, an enum,
// input objects with (nested) defaults, a custom scalar, non-null and nested lists, a mutation root,
// a streamed (generator) list, resolvers that throw FieldError (also from inside a stream), a bad
// __typename, and recursion (Person.best / Person.friends reference Person). Deterministic: the same
// document and variables always give the same response.
struct ExecuteFixture {
    Schema schema;
    // "Type.field" resolvers plus the data root; every object field goes through a resolver that
    // counts calls, so runaway fan-out (fragments doubling per level) ends in FieldErrors.
    ExecutionOptions options(std::shared_ptr<std::size_t> budget) const;
};

// Built once (the schema is immutable and shared by all runs).
const ExecuteFixture &executeFixture();

// Resolver calls allowed per execute() before resolvers throw FieldError("budget exhausted").
inline constexpr std::size_t resolverBudget = 20000;

} // namespace altrata::graphql::fuzz

#pragma once

#include "ast.h"
#include "executor.h"
#include "schema.h"

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

// The executor's per-request cache of collected fields (internal to executor.cpp): what a selection
// set selects on objects of one type does not depend on the object, so it is worked out once per
// (object type, selection) instead of once per object of a 100,000-item list.
namespace altrata::graphql::detail {

using FieldNodes = std::vector<const FieldNode *>;

// One response key of a selection set as completed for objects of one type.
struct PlannedField {
    std::string_view key;
    FieldNodes nodes;                   // the merged field nodes, in document order
    std::string keyJson;                // `"key":`
    const Field *field = nullptr;       // nullptr: __typename (or unknown, see `unknown`)
    bool unknown = false;               // unknown to the schema: left out of the result
    bool introspection = false;         // answered by resolveIntrospection()
    const Resolver *resolver = nullptr; // ExecutionOptions::resolvers["Type.field"], if any
    const Type *namedType = nullptr;    // the field type's named type; nullptr when unknown
    std::optional<ValueObject> args;    // coerced arguments, once coercion has succeeded
};

struct SelectionPlan {
    std::vector<PlannedField> fields;
};

class ExecutionPlanner {
public:
    ExecutionPlanner(const Schema &schema, const Document &document, const ExecutionOptions &options,
                     const ValueObject &variables)
        : m_schema(schema)
        , m_document(document)
        , m_options(options)
        , m_variables(variables) {}

    // graphql-js collectFields() of an operation's selection set on the root type.
    SelectionPlan &rootFields(const Type &root, const SelectionSetNode *set);
    // graphql-js collectSubfields(): the fields the merged `nodes` select on objects of `type`.
    // `nodes` must be a PlannedField's (stable for the planner's lifetime; the address is the key).
    SelectionPlan &subfields(const Type &type, const FieldNodes &nodes);

private:
    using FieldGroups = std::vector<std::pair<std::string_view, FieldNodes>>;

    bool shouldInclude(const NodeList<DirectiveNode> &directives) const;
    bool fragmentApplies(const NamedTypeNode *condition, const Type &type) const;
    void collectFields(const Type &type, const SelectionSetNode &set, FieldGroups &groups,
                       std::vector<std::string_view> &visited) const;
    std::unique_ptr<SelectionPlan> plan(const Type &type, FieldGroups groups) const;

    const Schema &m_schema;
    const Document &m_document;
    const ExecutionOptions &m_options;
    const ValueObject &m_variables;
    std::map<std::pair<const Type *, const void *>, std::unique_ptr<SelectionPlan>> m_plans;
};

} // namespace altrata::graphql::detail

#include "executionplan.h"

#include "inputcoercion.h"
#include "introspection.h"
#include "jsonwriter.h"

#include <algorithm>

namespace altrata::graphql::detail {

bool ExecutionPlanner::shouldInclude(const NodeList<DirectiveNode> &directives) const {
    for (auto *d : directives) {
        const bool skip = d->name->value == "skip";
        if (!skip && d->name->value != "include")
            continue;
        for (auto *arg : d->arguments) {
            if (arg->name->value != "if")
                continue;
            auto v =
                valueFromAst(m_schema, *arg->value, TypeRef::nonNullOf(TypeRef::named("Boolean")), 0, &m_variables);
            const bool flag = v && v->kind == Value::Kind::Bool && v->boolean;
            if (skip == flag)
                return false;
        }
    }
    return true;
}

bool ExecutionPlanner::fragmentApplies(const NamedTypeNode *condition, const Type &type) const {
    if (!condition)
        return true;
    const Type *cond = m_schema.type(condition->name->value);
    if (!cond)
        return false;
    if (cond == &type)
        return true;
    return cond->isAbstract() && m_schema.isPossibleType(*cond, type);
}

void ExecutionPlanner::collectFields(const Type &type, const SelectionSetNode &set, FieldGroups &groups,
                                     std::vector<std::string_view> &visited) const {
    for (auto *sel : set.selections) {
        if (auto *field = nodeCast<FieldNode>(sel, Kind::Field)) {
            if (!shouldInclude(field->directives))
                continue;
            const std::string_view key = field->alias ? field->alias->value : field->name->value;
            auto it = std::find_if(groups.begin(), groups.end(), [&](const auto &g) { return g.first == key; });
            if (it == groups.end())
                groups.emplace_back(key, FieldNodes{field});
            else
                it->second.push_back(field);
        } else if (auto *inl = nodeCast<InlineFragmentNode>(sel, Kind::InlineFragment)) {
            if (shouldInclude(inl->directives) && fragmentApplies(inl->typeCondition, type) && inl->selectionSet)
                collectFields(type, *inl->selectionSet, groups, visited);
        } else if (auto *spread = nodeCast<FragmentSpreadNode>(sel, Kind::FragmentSpread)) {
            const std::string_view name = spread->name->value;
            if (!shouldInclude(spread->directives) || std::find(visited.begin(), visited.end(), name) != visited.end())
                continue;
            visited.push_back(name);
            for (auto *def : m_document.definitions()) {
                auto *frag = nodeCast<FragmentDefinitionNode>(def, Kind::FragmentDefinition);
                if (frag && frag->name->value == name && fragmentApplies(frag->typeCondition, type) &&
                    frag->selectionSet) {
                    collectFields(type, *frag->selectionSet, groups, visited);
                    break;
                }
            }
        }
    }
}

// Everything about a response key that does not depend on the object: the field definition, where
// its value comes from, its named type and the key as JSON.
std::unique_ptr<SelectionPlan> ExecutionPlanner::plan(const Type &type, FieldGroups groups) const {
    auto plan = std::make_unique<SelectionPlan>();
    plan->fields.reserve(groups.size());
    for (auto &[key, nodes] : groups) {
        PlannedField &planned = plan->fields.emplace_back();
        const std::string_view name = nodes.front()->name->value;
        const bool meta = &type == m_schema.queryType() && introspectionRootField(name);
        planned.key = key;
        planned.nodes = std::move(nodes);
        appendJsonString(planned.keyJson, key);
        planned.keyJson += ':';
        if (name == "__typename")
            continue;
        planned.field = meta ? introspectionRootField(name) : type.field(name);
        planned.unknown = !planned.field;
        if (!planned.field)
            continue;
        planned.introspection = meta || type.isIntrospectionType();
        if (auto it = m_options.resolvers.find(type.name + '.' + std::string(name)); it != m_options.resolvers.end())
            planned.resolver = &it->second;
        planned.namedType = m_schema.type(planned.field->type.name);
        if (!planned.namedType)
            planned.namedType = builtInType(planned.field->type.name);
    }
    return plan;
}

SelectionPlan &ExecutionPlanner::rootFields(const Type &root, const SelectionSetNode *set) {
    std::unique_ptr<SelectionPlan> &slot = m_plans[{&root, set}];
    if (!slot) {
        FieldGroups groups;
        std::vector<std::string_view> visited;
        if (set)
            collectFields(root, *set, groups, visited);
        slot = plan(root, std::move(groups));
    }
    return *slot;
}

SelectionPlan &ExecutionPlanner::subfields(const Type &type, const FieldNodes &nodes) {
    std::unique_ptr<SelectionPlan> &slot = m_plans[{&type, &nodes}];
    if (!slot) {
        FieldGroups groups;
        std::vector<std::string_view> visited;
        for (auto *node : nodes)
            if (node->selectionSet)
                collectFields(type, *node->selectionSet, groups, visited);
        slot = plan(type, std::move(groups));
    }
    return *slot;
}

} // namespace altrata::graphql::detail

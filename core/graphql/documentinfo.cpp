#include "documentinfo.h"

#include "printer.h"

#include <algorithm>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <utility>

namespace altrata::graphql {
namespace {

std::string_view nameOf(const NameNode *name) {
    return name ? name->value : std::string_view();
}

VariableInfo variableInfo(const VariableDefinitionNode &definition) {
    VariableInfo info;
    if (definition.variable)
        info.name = nameOf(definition.variable->name);
    if (definition.type)
        info.type = print(*definition.type);
    if (definition.defaultValue)
        info.defaultValue = print(*definition.defaultValue);
    return info;
}

// Fragment definitions by name with their position among the definitions; the first one wins.
using FragmentIndex = std::unordered_map<std::string_view, std::pair<std::size_t, const FragmentDefinitionNode *>>;

FragmentIndex indexFragments(const Document &document) {
    FragmentIndex index;
    const auto &definitions = document.definitions();
    for (std::size_t i = 0; i < definitions.size(); ++i) {
        if (const auto *fragment = nodeCast<FragmentDefinitionNode>(definitions[i], Kind::FragmentDefinition))
            index.try_emplace(nameOf(fragment->name), i, fragment);
    }
    return index;
}

// Walks selection sets breadth-first with an explicit queue (documents from the editor can nest
// deeply; no recursion) and follows each fragment spread once. Breadth-first in source order
// reports unknown names in the order a reader meets them level by level.
class ClosureWalk {
public:
    explicit ClosureWalk(const FragmentIndex &fragments)
        : m_fragments(fragments) {}

    void run(const SelectionSetNode *root) {
        push(root);
        for (std::size_t next = 0; next < m_queue.size(); ++next) {
            const SelectionSetNode *set = m_queue[next];
            for (const SelectionNode *selection : set->selections)
                visit(*selection);
        }
    }

    std::vector<std::size_t> usedPositions;
    std::vector<std::string> unknown;

private:
    void push(const SelectionSetNode *set) {
        if (set)
            m_queue.push_back(set);
    }

    void visit(const SelectionNode &selection) {
        if (const auto *field = nodeCast<FieldNode>(&selection, Kind::Field))
            push(field->selectionSet);
        else if (const auto *inlineFragment = nodeCast<InlineFragmentNode>(&selection, Kind::InlineFragment))
            push(inlineFragment->selectionSet);
        else if (const auto *spread = nodeCast<FragmentSpreadNode>(&selection, Kind::FragmentSpread))
            follow(nameOf(spread->name));
    }

    void follow(std::string_view name) {
        if (!m_seen.insert(name).second)
            return; // already followed (or already reported): this is what breaks cycles
        const auto found = m_fragments.find(name);
        if (found == m_fragments.end()) {
            unknown.emplace_back(name);
            return;
        }
        usedPositions.push_back(found->second.first);
        push(found->second.second->selectionSet);
    }

    const FragmentIndex &m_fragments;
    std::unordered_set<std::string_view> m_seen;
    std::vector<const SelectionSetNode *> m_queue;
};

// How far a partial definition reaches: up to the next definition (complete or partial), exclusive,
// or the end of the source.
std::uint32_t partialLimit(const ParseResult &result, const DefinitionNode &partial) {
    auto limit = static_cast<std::uint32_t>(result.document.source().size());
    const auto earlierNext = [&](const DefinitionNode *definition) {
        if (definition->start.offset > partial.start.offset && definition->start.offset <= limit)
            limit = definition->start.offset - 1;
    };
    for (const DefinitionNode *definition : result.document.definitions())
        earlierNext(definition);
    for (const DefinitionNode *definition : result.partialDefinitions)
        earlierNext(definition);
    return limit;
}

} // namespace

std::vector<OperationInfo> operations(const Document &document) {
    std::vector<OperationInfo> result;
    for (const DefinitionNode *definition : document.definitions()) {
        const auto *operation = nodeCast<OperationDefinitionNode>(definition, Kind::OperationDefinition);
        if (!operation)
            continue;
        OperationInfo info;
        info.node = operation;
        info.name = nameOf(operation->name);
        info.type = operation->operation;
        info.start = operation->start;
        info.end = operation->end;
        info.variables.reserve(operation->variableDefinitions.size());
        for (const VariableDefinitionNode *variable : operation->variableDefinitions)
            info.variables.push_back(variableInfo(*variable));
        result.push_back(std::move(info));
    }
    return result;
}

const OperationDefinitionNode *operationAt(const Document &document, std::uint32_t cursor) {
    for (const DefinitionNode *definition : document.definitions()) {
        if (cursor < definition->start.offset)
            break; // definitions are in source order: nothing later can contain the cursor
        if (cursor <= definition->end)
            return nodeCast<OperationDefinitionNode>(definition, Kind::OperationDefinition);
    }
    return nullptr;
}

const OperationDefinitionNode *operationAt(const ParseResult &result, std::uint32_t cursor) {
    if (const OperationDefinitionNode *complete = operationAt(result.document, cursor))
        return complete;
    for (const DefinitionNode *partial : result.partialDefinitions) {
        if (cursor < partial->start.offset)
            break; // in source order, like the complete ones
        const auto *operation = nodeCast<OperationDefinitionNode>(partial, Kind::OperationDefinition);
        if (operation && cursor <= partialLimit(result, *partial))
            return operation;
    }
    return nullptr;
}

FragmentClosure fragmentClosure(const Document &document, const OperationDefinitionNode &operation) {
    const FragmentIndex fragments = indexFragments(document);
    ClosureWalk walk(fragments);
    walk.run(operation.selectionSet);
    std::sort(walk.usedPositions.begin(), walk.usedPositions.end());

    FragmentClosure closure;
    const auto &definitions = document.definitions();
    for (std::size_t position : walk.usedPositions)
        closure.fragments.push_back(static_cast<const FragmentDefinitionNode *>(definitions[position]));
    closure.unknownFragments = std::move(walk.unknown);
    return closure;
}

OperationText operationText(const Document &document, const OperationDefinitionNode &operation) {
    FragmentClosure closure = fragmentClosure(document, operation);
    OperationText result;
    printTo(result.text, operation);
    for (const FragmentDefinitionNode *fragment : closure.fragments) {
        result.text += "\n\n"; // graphql-js print(): definitions separated by one blank line
        printTo(result.text, *fragment);
    }
    result.unknownFragments = std::move(closure.unknownFragments);
    return result;
}

} // namespace altrata::graphql

#include "executionchecks.h"

#include "introspection.h"
#include "suggestions.h"

#include <algorithm>
#include <set>
#include <string_view>
#include <unordered_map>

namespace altrata::graphql {
namespace {

GraphQLErrorLocation locOf(const Node &node) {
    return {node.start.line, node.start.column};
}

bool isComposite(const Type *type) {
    return type &&
           (type->kind == TypeKind::Object || type->kind == TypeKind::Interface || type->kind == TypeKind::Union);
}

const NamedTypeNode *namedTypeOf(const TypeNode *node) {
    while (node && node->kind != Kind::NamedType)
        node = node->kind == Kind::ListType ? static_cast<const ListTypeNode *>(node)->type
                                            : static_cast<const NonNullTypeNode *>(node)->type;
    return static_cast<const NamedTypeNode *>(node);
}

// Variables referenced by a value, in source order.
void collectValueVariables(const ValueNode *value, std::vector<const VariableNode *> &out) {
    if (!value)
        return;
    if (value->kind == Kind::Variable) {
        out.push_back(static_cast<const VariableNode *>(value));
    } else if (value->kind == Kind::ListValue) {
        for (const ValueNode *item : static_cast<const ListValueNode *>(value)->values)
            collectValueVariables(item, out);
    } else if (value->kind == Kind::ObjectValue) {
        for (const ObjectFieldNode *f : static_cast<const ObjectValueNode *>(value)->fields)
            collectValueVariables(f->value, out);
    }
}

void collectDirectiveVariables(const NodeList<DirectiveNode> &directives, std::vector<const VariableNode *> &out) {
    for (const DirectiveNode *d : directives)
        for (const ArgumentNode *a : d->arguments)
            collectValueVariables(a->value, out);
}

void collectSetVariables(const SelectionSetNode *set, std::vector<const VariableNode *> &out) {
    if (!set)
        return;
    for (const SelectionNode *sel : set->selections) {
        if (sel->kind == Kind::Field) {
            const auto *field = static_cast<const FieldNode *>(sel);
            for (const ArgumentNode *a : field->arguments)
                collectValueVariables(a->value, out);
            collectDirectiveVariables(field->directives, out);
            collectSetVariables(field->selectionSet, out);
        } else if (sel->kind == Kind::InlineFragment) {
            const auto *inl = static_cast<const InlineFragmentNode *>(sel);
            collectDirectiveVariables(inl->directives, out);
            collectSetVariables(inl->selectionSet, out);
        } else {
            collectDirectiveVariables(static_cast<const FragmentSpreadNode *>(sel)->directives, out);
        }
    }
}

// graphql-js getFragmentSpreads(): direct spreads of a set, nested sets visited last-in-first-out.
std::vector<const FragmentSpreadNode *> fragmentSpreads(const SelectionSetNode *root) {
    std::vector<const FragmentSpreadNode *> spreads;
    std::vector<const SelectionSetNode *> stack{root};
    while (!stack.empty()) {
        const SelectionSetNode *set = stack.back();
        stack.pop_back();
        if (!set)
            continue;
        for (const SelectionNode *sel : set->selections) {
            if (sel->kind == Kind::FragmentSpread)
                spreads.push_back(static_cast<const FragmentSpreadNode *>(sel));
            else if (sel->kind == Kind::Field)
                stack.push_back(static_cast<const FieldNode *>(sel)->selectionSet);
            else
                stack.push_back(static_cast<const InlineFragmentNode *>(sel)->selectionSet);
        }
    }
    return spreads;
}

std::vector<std::string_view> argNames(const std::vector<InputValue> &args) {
    std::vector<std::string_view> names;
    for (const InputValue &arg : args)
        names.push_back(arg.name);
    return names;
}

class Checker {
public:
    Checker(const Schema &schema, const Document &document)
        : m_schema(schema) {
        for (const DefinitionNode *def : document.definitions()) {
            if (def->kind == Kind::FragmentDefinition) {
                const auto *frag = static_cast<const FragmentDefinitionNode *>(def);
                m_fragments.emplace(frag->name->value, frag);
            }
        }
        for (const DefinitionNode *def : document.definitions()) {
            if (def->kind == Kind::OperationDefinition)
                visitOperation(*static_cast<const OperationDefinitionNode *>(def));
            else if (def->kind == Kind::FragmentDefinition)
                visitFragment(*static_cast<const FragmentDefinitionNode *>(def));
        }
    }

    std::vector<GraphQLErrorInfo> errors;

private:
    void report(std::string message, std::vector<GraphQLErrorLocation> locations) {
        errors.push_back({std::move(message), std::move(locations), std::nullopt});
    }

    const Type *typeFromNode(const TypeNode *node) const {
        const NamedTypeNode *named = namedTypeOf(node);
        return named ? m_schema.type(named->name->value) : nullptr;
    }

    void knownTypeName(const TypeNode *node) {
        const NamedTypeNode *named = namedTypeOf(node);
        if (!named || m_schema.type(named->name->value))
            return;
        std::vector<std::string_view> names;
        for (const Type &type : m_schema.types())
            names.push_back(type.name);
        report("Unknown type \"" + std::string(named->name->value) + "\"." +
                   didYouMean(suggestionList(named->name->value, names)),
               {locOf(*named)});
    }

    void visitOperation(const OperationDefinitionNode &op) {
        for (const VariableDefinitionNode *var : op.variableDefinitions) {
            knownTypeName(var->type);
            visitDirectives(var->directives);
        }
        visitDirectives(op.directives);
        const Type *root = m_schema.rootType(op.operation);
        visitSelectionSet(op.selectionSet, root);
        noUndefinedVariables(op);
    }

    void visitFragment(const FragmentDefinitionNode &frag) {
        noFragmentCycles(frag); // reported on entering the definition, before anything inside it
        knownTypeName(frag.typeCondition);
        visitDirectives(frag.directives);
        const Type *type = typeFromNode(frag.typeCondition);
        visitSelectionSet(frag.selectionSet, isComposite(type) ? type : nullptr);
    }

    void noUndefinedVariables(const OperationDefinitionNode &op);
    void noFragmentCycles(const FragmentDefinitionNode &frag);
    void visitSelectionSet(const SelectionSetNode *set, const Type *parent);
    void visitField(const FieldNode &field, const Type *parent);
    [[gnu::noinline]] void unknownField(const FieldNode &field, const Type &parent);
    [[gnu::noinline]] void unknownArgument(const ArgumentNode &arg, const Type &parent, const Field &def);
    [[gnu::noinline]] void missingArguments(const FieldNode &field, const Field &def);
    void visitInlineFragment(const InlineFragmentNode &inl, const Type *parent);
    void visitFragmentSpread(const FragmentSpreadNode &spread, const Type *parent);
    void visitDirectives(const NodeList<DirectiveNode> &directives);
    const Field *fieldDef(const Type *parent, std::string_view name) const;
    bool typesOverlap(const Type &a, const Type &b) const;
    bool isSubType(const Type &abstractType, const Type &maybeSub) const;
    std::string fieldSuggestion(const Type &parent, std::string_view fieldName) const;

    const Schema &m_schema;
    std::unordered_map<std::string_view, const FragmentDefinitionNode *> m_fragments;
    // NoFragmentCycles state: fragments already searched, the spreads being followed, and where in
    // that path each fragment on it started.
    std::set<std::string_view> m_cycleVisited;
    std::vector<const FragmentSpreadNode *> m_spreadPath;
    std::unordered_map<std::string_view, std::size_t> m_spreadPathIndex;
};

// graphql-js NoFragmentCyclesRule. Execution depends on it: expanding a fragment that spreads itself
// (directly or through others) inside a nested field never ends (a stack overflow on cyclic data).
void Checker::noFragmentCycles(const FragmentDefinitionNode &frag) {
    if (!m_cycleVisited.insert(frag.name->value).second)
        return;
    const std::vector<const FragmentSpreadNode *> spreads = fragmentSpreads(frag.selectionSet);
    if (spreads.empty())
        return;
    m_spreadPathIndex[frag.name->value] = m_spreadPath.size();
    for (const FragmentSpreadNode *spread : spreads) {
        const std::string_view name = spread->name->value;
        const auto cycle = m_spreadPathIndex.find(name);
        m_spreadPath.push_back(spread);
        if (cycle == m_spreadPathIndex.end()) {
            if (auto it = m_fragments.find(name); it != m_fragments.end())
                noFragmentCycles(*it->second);
        } else {
            std::string via;
            std::vector<GraphQLErrorLocation> locations;
            for (std::size_t i = cycle->second; i < m_spreadPath.size(); ++i) {
                locations.push_back(locOf(*m_spreadPath[i]));
                if (i + 1 < m_spreadPath.size())
                    via += (via.empty() ? "\"" : ", \"") + std::string(m_spreadPath[i]->name->value) + '"';
            }
            report("Cannot spread fragment \"" + std::string(name) + "\" within itself" +
                       (via.empty() ? std::string(".") : " via " + via + '.'),
                   std::move(locations));
        }
        m_spreadPath.pop_back();
    }
    m_spreadPathIndex.erase(frag.name->value);
}

void Checker::noUndefinedVariables(const OperationDefinitionNode &op) {
    std::set<std::string_view> defined;
    for (const VariableDefinitionNode *var : op.variableDefinitions)
        defined.insert(var->variable->name->value);
    std::vector<const VariableNode *> usages;
    collectDirectiveVariables(op.directives, usages);
    collectSetVariables(op.selectionSet, usages);
    // graphql-js getRecursivelyReferencedFragments(): a stack of nodes, each fragment once.
    std::set<std::string_view> seen;
    std::vector<const SelectionSetNode *> toVisit{op.selectionSet};
    while (!toVisit.empty()) {
        const SelectionSetNode *set = toVisit.back();
        toVisit.pop_back();
        for (const FragmentSpreadNode *spread : fragmentSpreads(set)) {
            if (!seen.insert(spread->name->value).second)
                continue;
            auto it = m_fragments.find(spread->name->value);
            if (it == m_fragments.end())
                continue;
            collectDirectiveVariables(it->second->directives, usages);
            collectSetVariables(it->second->selectionSet, usages);
            toVisit.push_back(it->second->selectionSet);
        }
    }
    for (const VariableNode *usage : usages) {
        std::string_view name = usage->name->value;
        if (defined.count(name))
            continue;
        std::string message = "Variable \"$" + std::string(name) + "\" is not defined";
        message += op.name ? " by operation \"" + std::string(op.name->value) + "\"." : std::string(".");
        report(std::move(message), {locOf(*usage), locOf(op)});
    }
}

void Checker::visitSelectionSet(const SelectionSetNode *set, const Type *parent) {
    if (!set)
        return;
    for (const SelectionNode *sel : set->selections) {
        if (sel->kind == Kind::Field)
            visitField(*static_cast<const FieldNode *>(sel), parent);
        else if (sel->kind == Kind::InlineFragment)
            visitInlineFragment(*static_cast<const InlineFragmentNode *>(sel), parent);
        else
            visitFragmentSpread(*static_cast<const FragmentSpreadNode *>(sel), parent);
    }
}

const Field *Checker::fieldDef(const Type *parent, std::string_view name) const {
    if (!isComposite(parent))
        return nullptr;
    if (name == "__typename")
        return nullptr; // a meta field, handled by the caller
    return parent->kind == TypeKind::Union ? nullptr : parent->field(name);
}

void Checker::visitField(const FieldNode &field, const Type *parent) {
    std::string_view name = field.name->value;
    const bool isRootQuery = parent && parent == m_schema.queryType();
    const bool meta =
        (name == "__typename" && isComposite(parent)) || (isRootQuery && (name == "__schema" || name == "__type"));
    const Field *def = fieldDef(parent, name);
    // __schema and __type are fields of the query root, so their selections are checked too.
    if (meta && name != "__typename")
        def = introspectionRootField(name);
    if (isComposite(parent) && !def && !meta)
        unknownField(field, *parent);
    for (const ArgumentNode *arg : field.arguments) {
        if (def && !def->arg(arg->name->value))
            unknownArgument(*arg, *parent, *def);
    }
    visitDirectives(field.directives);
    const Type *fieldType = def ? m_schema.type(def->type.name) : nullptr;
    visitSelectionSet(field.selectionSet, isComposite(fieldType) ? fieldType : nullptr);
    if (def)
        missingArguments(field, *def);
}

// The reports live out of line: their message temporaries would otherwise sit in visitField()'s
// frame, which recurses once per nesting level (a 2,000-level document overflowed under ASan).
void Checker::unknownField(const FieldNode &field, const Type &parent) {
    const std::string_view name = field.name->value;
    report("Cannot query field \"" + std::string(name) + "\" on type \"" + parent.name + "\"." +
               fieldSuggestion(parent, name),
           {locOf(field)});
}

void Checker::unknownArgument(const ArgumentNode &arg, const Type &parent, const Field &def) {
    report("Unknown argument \"" + std::string(arg.name->value) + "\" on field \"" + parent.name + "." + def.name +
               "\"." + didYouMean(suggestionList(arg.name->value, argNames(def.args))),
           {locOf(arg)});
}

void Checker::missingArguments(const FieldNode &field, const Field &def) {
    for (const InputValue &argDef : def.args) {
        const bool provided = std::any_of(field.arguments.begin(), field.arguments.end(),
                                          [&](const ArgumentNode *a) { return a->name->value == argDef.name; });
        if (!provided && argDef.type.isNonNull() && !argDef.defaultValue)
            report("Field \"" + def.name + "\" argument \"" + argDef.name + "\" of type \"" + argDef.type.toString() +
                       "\" is required, but it was not provided.",
                   {locOf(field)});
    }
}

void Checker::visitInlineFragment(const InlineFragmentNode &inl, const Type *parent) {
    const Type *type = inl.typeCondition ? typeFromNode(inl.typeCondition) : parent;
    if (isComposite(type) && isComposite(parent) && !typesOverlap(*type, *parent))
        report("Fragment cannot be spread here as objects of type \"" + parent->name + "\" can never be of type \"" +
                   type->name + "\".",
               {locOf(inl)});
    if (inl.typeCondition)
        knownTypeName(inl.typeCondition);
    visitDirectives(inl.directives);
    visitSelectionSet(inl.selectionSet, isComposite(type) ? type : nullptr);
}

void Checker::visitFragmentSpread(const FragmentSpreadNode &spread, const Type *parent) {
    auto it = m_fragments.find(spread.name->value);
    if (it == m_fragments.end()) {
        report("Unknown fragment \"" + std::string(spread.name->value) + "\".", {locOf(*spread.name)});
    } else {
        const Type *type = typeFromNode(it->second->typeCondition);
        if (isComposite(type) && isComposite(parent) && !typesOverlap(*type, *parent))
            report("Fragment \"" + std::string(spread.name->value) + "\" cannot be spread here as objects of type \"" +
                       parent->name + "\" can never be of type \"" + type->name + "\".",
                   {locOf(spread)});
    }
    visitDirectives(spread.directives);
}

void Checker::visitDirectives(const NodeList<DirectiveNode> &directives) {
    for (const DirectiveNode *d : directives) {
        const Directive *def = m_schema.directive(d->name->value);
        if (!def)
            continue;
        for (const ArgumentNode *arg : d->arguments) {
            if (!def->arg(arg->name->value))
                report("Unknown argument \"" + std::string(arg->name->value) + "\" on directive \"@" + def->name +
                           "\"." + didYouMean(suggestionList(arg->name->value, argNames(def->args))),
                       {locOf(*arg)});
        }
        for (const InputValue &argDef : def->args) {
            const bool provided = std::any_of(d->arguments.begin(), d->arguments.end(),
                                              [&](const ArgumentNode *a) { return a->name->value == argDef.name; });
            if (!provided && argDef.type.isNonNull() && !argDef.defaultValue)
                report("Directive \"@" + def->name + "\" argument \"" + argDef.name + "\" of type \"" +
                           argDef.type.toString() + "\" is required, but it was not provided.",
                       {locOf(*d)});
        }
    }
}

bool Checker::typesOverlap(const Type &a, const Type &b) const {
    if (&a == &b)
        return true;
    if (a.isAbstract()) {
        if (b.isAbstract()) {
            for (const Type *t : m_schema.possibleTypes(a))
                if (m_schema.isPossibleType(b, *t))
                    return true;
            return false;
        }
        return m_schema.isPossibleType(a, b);
    }
    return b.isAbstract() && m_schema.isPossibleType(b, a);
}

bool Checker::isSubType(const Type &abstractType, const Type &maybeSub) const {
    if (m_schema.isPossibleType(abstractType, maybeSub))
        return true;
    const auto impls = m_schema.implementingInterfaces(abstractType);
    return std::find(impls.begin(), impls.end(), &maybeSub) != impls.end();
}

// graphql-js FieldsOnCorrectTypeRule: on an abstract type, the types (objects, then interfaces they
// implement) that do have the field, most used first; otherwise similarly named fields.
std::string Checker::fieldSuggestion(const Type &parent, std::string_view fieldName) const {
    std::vector<const Type *> suggested;
    std::unordered_map<const Type *, int> usage;
    if (parent.isAbstract()) {
        for (const Type *possible : m_schema.possibleTypes(parent)) {
            if (!possible->field(fieldName))
                continue;
            if (usage.emplace(possible, 1).second)
                suggested.push_back(possible);
            for (const std::string &interfaceName : possible->interfaces) {
                const Type *iface = m_schema.type(interfaceName);
                if (!iface || !iface->field(fieldName))
                    continue;
                if (usage[iface]++ == 0)
                    suggested.push_back(iface);
            }
        }
    }
    std::stable_sort(suggested.begin(), suggested.end(), [&](const Type *a, const Type *b) {
        if (usage.at(a) != usage.at(b))
            return usage.at(a) > usage.at(b);
        if (a->kind == TypeKind::Interface && isSubType(*a, *b))
            return true;
        if (b->kind == TypeKind::Interface && isSubType(*b, *a))
            return false;
        return naturalCompare(a->name, b->name) < 0;
    });
    std::vector<std::string> typeNames;
    for (const Type *t : suggested)
        typeNames.push_back(t->name);
    if (!typeNames.empty())
        return didYouMean(typeNames, "to use an inline fragment on");
    std::vector<std::string_view> fieldNames;
    if (parent.kind != TypeKind::Union)
        for (const Field &f : parent.fields)
            fieldNames.push_back(f.name);
    return didYouMean(suggestionList(fieldName, fieldNames));
}

} // namespace

std::vector<GraphQLErrorInfo> checkDocument(const Schema &schema, const Document &document) {
    Checker checker(schema, document);
    return std::move(checker.errors);
}

} // namespace altrata::graphql

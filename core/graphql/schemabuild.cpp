// SchemaBuilder::build(): built-ins, graphql-js's type map order, indexes.
#include "schema.h"

#include "defaultvalue.h"

#include <algorithm>
#include <unordered_set>

namespace altrata::graphql {

namespace {

// Calls `visit` with every named type `type` refers to, in graphql-js's collectReferencedTypes order.
template<class F> void forEachReference(const Type &type, F &&visit) {
    switch (type.kind) {
    case TypeKind::Union:
        for (const std::string &member : type.unionMembers)
            visit(member);
        break;
    case TypeKind::Object:
    case TypeKind::Interface:
        for (const std::string &iface : type.interfaces)
            visit(iface);
        for (const Field &field : type.fields) {
            visit(field.type.name);
            for (const InputValue &arg : field.args)
                visit(arg.type.name);
        }
        break;
    case TypeKind::InputObject:
        for (const InputValue &field : type.inputFields)
            visit(field.type.name);
        break;
    case TypeKind::Scalar:
    case TypeKind::Enum:
        break;
    }
}

// Orders types like graphql-js's GraphQLSchema constructor: every given type in order, each followed
// by the not-yet-seen (built-in) types it reaches depth-first; then roots, directive arguments and
// __Schema. Given types never recurse into each other because they all count as seen from the start.
class TypeOrder {
public:
    TypeOrder(std::vector<Type> &given, std::vector<std::string> &warnings)
        : m_given(given)
        , m_warnings(warnings) {
        for (const Type &t : given)
            m_seen.insert(t.name);
    }

    void run(const std::vector<std::string> &roots, const std::vector<Directive> &directives) {
        for (Type &t : m_given) {
            m_out.push_back(std::move(t));
            const Type &placed = m_out.back();
            // m_out may grow while visiting: copy the names first.
            std::vector<std::string> refs;
            forEachReference(placed, [&](const std::string &n) { refs.push_back(n); });
            for (const std::string &n : refs)
                visit(n, placed.name);
        }
        for (const std::string &root : roots)
            visit(root, "schema");
        for (const Directive &d : directives) {
            for (const InputValue &arg : d.args)
                visit(arg.type.name, "@" + d.name);
        }
        visit("__Schema", "introspection");
    }

    std::vector<Type> take() { return std::move(m_out); }

private:
    void visit(const std::string &name, const std::string &from) {
        if (name.empty() || m_seen.count(name))
            return;
        const Type *builtIn = builtInType(name);
        if (!builtIn) {
            if (m_unknown.insert(name).second)
                m_warnings.push_back("Unknown type \"" + name + "\" (referenced by " + from + ").");
            return;
        }
        m_seen.insert(name);
        m_out.push_back(*builtIn);
        forEachReference(*builtIn, [&](const std::string &n) { visit(n, name); });
    }

    std::vector<Type> &m_given;
    std::vector<std::string> &m_warnings;
    std::unordered_set<std::string> m_seen;
    std::unordered_set<std::string> m_unknown;
    std::vector<Type> m_out;
};

void indexType(Type &t) {
    auto sorted = [](const auto &items) {
        std::vector<std::uint32_t> index(items.size());
        for (std::uint32_t i = 0; i < index.size(); ++i)
            index[i] = i;
        std::stable_sort(index.begin(), index.end(), [&](auto a, auto b) { return items[a].name < items[b].name; });
        return index;
    };
    t.fieldIndex = sorted(t.fields);
    t.enumValueIndex = sorted(t.enumValues);
    t.inputFieldIndex = sorted(t.inputFields);
}

} // namespace

void SchemaBuilder::canonicalizeDefaultValues() {
    const TypeLookup lookup = [this](std::string_view name) -> const Type * {
        if (const Type *builtIn = builtInType(name))
            return builtIn;
        return findType(name);
    };
    // Computed first, assigned after: an input type's defaults are read while coercing others.
    std::vector<std::pair<InputValue *, std::optional<std::string>>> results;
    auto collect = [&](std::vector<InputValue> &values) {
        for (InputValue &value : values) {
            if (value.defaultValue)
                results.emplace_back(&value, canonicalDefaultValue(*value.defaultValue, value.type, lookup));
        }
    };
    for (Type &t : m_types) {
        if (builtInType(t.name))
            continue;
        for (Field &f : t.fields)
            collect(f.args);
        collect(t.inputFields);
    }
    for (Directive &d : m_directives)
        collect(d.args);
    for (auto &[value, text] : results)
        value->defaultValue = std::move(text);
}

void Schema::buildIndexes() {
    m_typeIndex.reserve(m_types.size());
    for (std::uint32_t i = 0; i < m_types.size(); ++i) {
        indexType(m_types[i]);
        m_typeIndex.emplace(m_types[i].name, i);
    }
    for (const Type &t : m_types) {
        if (t.kind == TypeKind::Union) {
            auto &members = m_possible[t.name];
            for (const std::string &m : t.unionMembers) {
                if (const Type *member = type(m))
                    members.push_back(member);
            }
        } else if (t.kind == TypeKind::Object || t.kind == TypeKind::Interface) {
            auto &target = t.kind == TypeKind::Object ? m_possible : m_interfaceImpls;
            for (const std::string &iface : t.interfaces)
                target[iface].push_back(&t);
        }
    }
}

Schema SchemaBuilder::build() && {
    // Built-in scalars and introspection types always have graphql-js's own definitions.
    for (Type &t : m_types) {
        if (const Type *builtIn = builtInType(t.name))
            t = *builtIn;
    }
    canonicalizeDefaultValues();
    for (const Directive &d : specifiedDirectives()) {
        if (m_addSpecifiedDirectives && !findDirective(d.name))
            m_directives.push_back(d);
    }
    std::vector<std::string> roots;
    for (const std::string *root : {&m_query, &m_mutation, &m_subscription}) {
        if (!root->empty())
            roots.push_back(*root);
    }
    TypeOrder order(m_types, m_warnings);
    order.run(roots, m_directives);

    Schema schema;
    schema.m_description = std::move(m_description);
    schema.m_query = std::move(m_query);
    schema.m_mutation = std::move(m_mutation);
    schema.m_subscription = std::move(m_subscription);
    schema.m_types = order.take();
    schema.m_directives = std::move(m_directives);
    schema.m_warnings = std::move(m_warnings);

    schema.buildIndexes();
    return schema;
}

} // namespace altrata::graphql

#include "executor.h"

#include "executionchecks.h"
#include "executionplan.h"

#include "inputcoercion.h"
#include "introspection.h"
#include "leafvalue.h"
#include "printer.h"
#include "variablecoercion.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdlib>

namespace altrata::graphql {

namespace {

using detail::FieldNodes;
using detail::PlannedField;
using detail::SelectionPlan;

// An argument value that cannot be used: graphql-js locates it at the value, not at the field.
struct ArgumentValueError : FieldError {
    ArgumentValueError(const std::string &message, const Node &value)
        : FieldError(message)
        , at(&value) {}
    const Node *at;
};

// `,"locations":[{"line":L,"column":C},...]`, nothing when there are none.
void appendLocations(std::string &out, const std::vector<GraphQLErrorLocation> &locations) {
    if (locations.empty())
        return;
    out += ",\"locations\":[";
    for (std::size_t i = 0; i < locations.size(); ++i)
        out += (i ? ",{\"line\":" : "{\"line\":") + std::to_string(locations[i].line) +
               ",\"column\":" + std::to_string(locations[i].column) + '}';
    out += ']';
}

// The field being completed, for error messages.
struct FieldContext {
    const Type &parentType;
    const Field &field;
    const FieldNodes &nodes;
    const Type *namedType; // the field type's named type; nullptr when the schema lacks it
};

class Execution {
public:
    Execution(const Schema &schema, const Document &document, const ExecutionOptions &options)
        : m_schema(schema)
        , m_document(document)
        , m_options(options) {}

    std::string run();

private:
    const OperationDefinitionNode *selectOperation();
    bool coerceVariables(const OperationDefinitionNode &operation);
    bool executeFields(const Type &type, const Value &parent, SelectionPlan &plan);
    bool executeField(const Type &type, const Value &parent, PlannedField &planned, bool &first);
    const Value *resolveField(const Type &type, const Value &parent, PlannedField &planned, Value &resolved);
    ValueObject coerceArguments(const Field &field, const FieldNode &node) const;
    bool nullAfterError(const TypeRef &t, std::size_t w = 0);
    bool complete(const FieldContext &fc, const TypeRef &t, std::size_t w, const Value &v);
    bool completeValue(const FieldContext &fc, const TypeRef &t, std::size_t w, const Value &v);
    bool completeNonNull(const FieldContext &fc, const TypeRef &t, std::size_t w, const Value &v);
    bool completeList(const FieldContext &fc, const TypeRef &t, std::size_t w, const Value &v);
    bool completeObject(const FieldContext &fc, const Type &type, const Value &v);
    bool completeLeaf(const FieldContext &fc, const Type &type, const Value &v);
    [[gnu::noinline]] void addException(const std::exception &e, const FieldNodes &nodes);
    [[gnu::noinline]] bool completionError(const FieldContext &fc, std::string_view before, std::string_view after);
    [[gnu::noinline]] bool unknownTypeError(const FieldContext &fc, const TypeRef &t);
    [[gnu::noinline]] bool inputTypeError(const FieldContext &fc, const Type &type);
    [[gnu::noinline]] const Type *runtimeType(const FieldContext &fc, const Type &abstract, const Value &v);
    void addError(const std::string &message, const FieldNodes &nodes, bool withPath, const std::string &code = {},
                  const Node *at = nullptr);
    void addRequestError(const std::string &message, const Node *node = nullptr);
    void addRequestError(const std::string &message, const std::vector<GraphQLErrorLocation> &locations);

    const Schema &m_schema;
    const Document &m_document;
    const ExecutionOptions &m_options;
    ValueObject m_variables;
    detail::ExecutionPlanner m_planner{m_schema, m_document, m_options, m_variables};
    std::string m_out;
    std::string m_errors;
    std::vector<PathSegment> m_path;
};

void appendLocation(std::string &out, const Node &node) {
    out += "{\"line\":" + std::to_string(node.start.line) + ",\"column\":" + std::to_string(node.start.column) + '}';
}

void Execution::addError(const std::string &message, const FieldNodes &nodes, bool withPath, const std::string &code,
                         const Node *at) {
    m_errors += m_errors.empty() ? "" : ",";
    m_errors += "{\"message\":";
    appendJsonString(m_errors, message);
    m_errors += ",\"locations\":[";
    if (at)
        appendLocation(m_errors, *at);
    for (std::size_t i = 0; !at && i < nodes.size(); ++i) {
        m_errors += i ? "," : "";
        appendLocation(m_errors, *nodes[i]);
    }
    m_errors += ']';
    if (withPath) {
        m_errors += ",\"path\":[";
        for (std::size_t i = 0; i < m_path.size(); ++i) {
            m_errors += i ? "," : "";
            if (m_path[i].index >= 0)
                m_errors += std::to_string(m_path[i].index);
            else
                appendJsonString(m_errors, m_path[i].key);
        }
        m_errors += ']';
    }
    if (!code.empty()) {
        m_errors += ",\"extensions\":{\"code\":";
        appendJsonString(m_errors, code);
        m_errors += '}';
    }
    m_errors += '}';
}

void Execution::addRequestError(const std::string &message, const Node *node) {
    std::vector<GraphQLErrorLocation> locations;
    if (node)
        locations.push_back({node->start.line, node->start.column});
    addRequestError(message, locations);
}

void Execution::addRequestError(const std::string &message, const std::vector<GraphQLErrorLocation> &locations) {
    m_errors += m_errors.empty() ? "" : ",";
    m_errors += "{\"message\":";
    appendJsonString(m_errors, message);
    appendLocations(m_errors, locations);
    m_errors += '}';
}

const OperationDefinitionNode *Execution::selectOperation() {
    const OperationDefinitionNode *found = nullptr;
    for (auto *def : m_document.definitions()) {
        auto *op = nodeCast<OperationDefinitionNode>(def, Kind::OperationDefinition);
        if (!op)
            continue;
        if (m_options.operationName.empty()) {
            if (found) {
                addRequestError("Must provide operation name if query contains multiple operations.");
                return nullptr;
            }
            found = op;
        } else if (op->name && op->name->value == m_options.operationName) {
            found = op;
        }
    }
    if (!found)
        addRequestError(m_options.operationName.empty()
                            ? "Must provide an operation."
                            : "Unknown operation named \"" + m_options.operationName + "\".");
    return found;
}

// graphql-js getVariableValues(): the shared coercion (also used before execution by callers that
// only check a request), whose JSON result becomes the Values the resolvers see.
bool Execution::coerceVariables(const OperationDefinitionNode &operation) {
    const VariableCoercion coerced =
        graphql::coerceVariables(m_schema, operation, Value::fromObject(m_options.variables).toJson());
    for (const GraphQLErrorInfo &error : coerced.errors)
        addRequestError(error.message, error.locations);
    if (!coerced.ok())
        return false;
    Value variables = Value::fromJson(coerced.coercedJson);
    if (variables.object)
        m_variables = *variables.object;
    return true;
}

std::string Execution::run() {
    const OperationDefinitionNode *op = selectOperation();
    if (!op || !coerceVariables(*op))
        return "{\"errors\":[" + m_errors + "]}";
    const Type *root = m_schema.rootType(op->operation);
    if (!root) {
        addRequestError(
            "Schema is not configured to execute " + std::string(operationTypeName(op->operation)) + " operation.", op);
        return "{\"errors\":[" + m_errors + "],\"data\":null}"; // graphql-js 16.15 sets data: null here
    }
    // The data is written in place after `{"data":` (a 100,000-item response is not copied again
    // when there are no errors). Resolvers run synchronously in selection order, which is also the
    // serial order mutations need.
    constexpr std::string_view dataPrefix = "{\"data\":";
    m_out = dataPrefix;
    if (!executeFields(*root, m_options.rootValue, m_planner.rootFields(*root, op->selectionSet))) {
        m_out.resize(dataPrefix.size());
        m_out += "null";
    }
    m_out += '}';
    if (m_errors.empty())
        return std::move(m_out);
    std::string response = "{\"errors\":[" + m_errors + "],\"data\":";
    response.append(m_out, dataPrefix.size());
    return response;
}

bool Execution::executeFields(const Type &type, const Value &parent, SelectionPlan &plan) {
    m_out += '{';
    bool first = true;
    for (PlannedField &planned : plan.fields) {
        m_path.push_back({planned.key, -1});
        const bool ok = executeField(type, parent, planned, first);
        m_path.pop_back();
        if (!ok)
            return false;
    }
    m_out += '}';
    return true;
}

ValueObject Execution::coerceArguments(const Field &field, const FieldNode &node) const {
    ValueObject args;
    for (const auto &def : field.args) {
        const ArgumentNode *given = nullptr;
        for (auto *a : node.arguments)
            if (a->name->value == def.name)
                given = a;
        const bool missingVar = given && given->value->kind == Kind::Variable &&
                                std::none_of(m_variables.begin(), m_variables.end(), [&](const auto &kv) {
                                    return kv.first == static_cast<const VariableNode *>(given->value)->name->value;
                                });
        if (!given || missingVar) {
            if (auto d = defaultValueOf(m_schema, def))
                args.emplace_back(def.name, std::move(*d));
            else if (def.type.isNonNull() && missingVar)
                throw ArgumentValueError("Argument \"" + def.name + "\" of required type \"" + def.type.toString() +
                                             "\" was provided the variable \"$" +
                                             std::string(static_cast<const VariableNode *>(given->value)->name->value) +
                                             "\" which was not provided a runtime value.",
                                         *given->value);
            else if (def.type.isNonNull())
                throw FieldError("Argument \"" + def.name + "\" of required type \"" + def.type.toString() +
                                 "\" was not provided.");
            continue;
        }
        auto v = valueFromAst(m_schema, *given->value, def.type, 0, &m_variables);
        if (!v) {
            if (given->value->kind == Kind::Variable)
                throw ArgumentValueError("Argument \"" + def.name + "\" of non-null type \"" + def.type.toString() +
                                             "\" must not be null.",
                                         *given->value);
            throw ArgumentValueError("Argument \"" + def.name + "\" has invalid value " + print(*given->value) + '.',
                                     *given->value);
        }
        args.emplace_back(def.name, std::move(*v));
    }
    return args;
}

// The field's value: what its resolver (or introspection) returned, stored in `resolved`, or the
// parent's property where it is (not copied); `resolved` (null) when there is neither.
const Value *Execution::resolveField(const Type &type, const Value &parent, PlannedField &planned, Value &resolved) {
    const FieldNode &node = *planned.nodes.front();
    // Arguments depend only on the node and the variables: coerced once per plan.
    if (!planned.args)
        planned.args = coerceArguments(*planned.field, node);
    const ValueObject &args = *planned.args;
    if (planned.introspection) {
        resolved = resolveIntrospection(m_schema, type, node.name->value, parent, args);
    } else if (planned.resolver) {
        const ResolveInfo info{m_schema, type, *planned.field, node, m_path};
        resolved = (*planned.resolver)(parent, args, info);
    } else if (const Value *property = parent.get(node.name->value)) {
        return property;
    }
    return &resolved;
}

bool Execution::executeField(const Type &type, const Value &parent, PlannedField &planned, bool &first) {
    if (planned.unknown)
        return true; // graphql-js leaves fields unknown to the schema out of the result
    if (!first)
        m_out += ',';
    first = false;
    m_out += planned.keyJson;
    if (!planned.field) {
        appendJsonString(m_out, type.name); // __typename
        return true;
    }
    const Field &field = *planned.field;
    const FieldNodes &nodes = planned.nodes;
    Value resolved;
    const Value *value = nullptr;
    try {
        value = resolveField(type, parent, planned, resolved);
    } catch (const std::exception &e) {
        addException(e, nodes);
        return nullAfterError(field.type);
    }
    return complete(FieldContext{type, field, nodes, planned.namedType}, field.type, 0, *value);
}

// A field whose resolver failed: null when nullable, else propagate to the parent (no second error).
bool Execution::nullAfterError(const TypeRef &t, std::size_t w) {
    if (w < t.wrappers.size() && t.wrappers[w] == TypeRef::Wrapper::NonNull)
        return false;
    m_out += "null";
    return true;
}

// Completing a value can run user code too (a generator yielding list items, resolveType, a custom
// scalar's stream): what it throws is a field error at this position (graphql-js catches per list
// item and per field), never an exception out of execute().
bool Execution::complete(const FieldContext &fc, const TypeRef &t, std::size_t w, const Value &v) {
    const std::size_t mark = m_out.size();
    const std::size_t depth = m_path.size();
    try {
        return completeValue(fc, t, w, v);
    } catch (const std::exception &e) {
        m_out.resize(mark);
        m_path.resize(depth);
        addException(e, fc.nodes);
    }
    return nullAfterError(t, w);
}

bool Execution::completeValue(const FieldContext &fc, const TypeRef &t, std::size_t w, const Value &v) {
    if (w < t.wrappers.size() && t.wrappers[w] == TypeRef::Wrapper::NonNull) {
        if (v.isNull())
            return completionError(fc, "Cannot return null for non-nullable field ", ".");
        return completeNonNull(fc, t, w + 1, v);
    }
    if (v.isNull()) {
        m_out += "null";
        return true;
    }
    // A nullable position absorbs a failure below it: drop what was written and write null.
    const std::size_t mark = m_out.size();
    if (!completeNonNull(fc, t, w, v)) {
        m_out.resize(mark);
        m_out += "null";
    }
    return true;
}

bool Execution::completeNonNull(const FieldContext &fc, const TypeRef &t, std::size_t w, const Value &v) {
    if (w < t.wrappers.size())
        return completeList(fc, t, w, v);
    const Type *type = fc.namedType;
    if (!type)
        return unknownTypeError(fc, t);
    switch (type->kind) {
    case TypeKind::Scalar:
    case TypeKind::Enum:
        return completeLeaf(fc, *type, v);
    case TypeKind::Object:
        return completeObject(fc, *type, v);
    case TypeKind::Interface:
    case TypeKind::Union:
        if (const Type *runtime = runtimeType(fc, *type, v))
            return completeObject(fc, *runtime, v);
        return false;
    case TypeKind::InputObject:
        break;
    }
    return inputTypeError(fc, *type);
}

// The error reports below live out of line (noinline): their message temporaries would otherwise
// enlarge the frames of the completion functions, which recurse once per nesting level of the
// document (2,000 levels overflowed the stack under ASan).
void Execution::addException(const std::exception &e, const FieldNodes &nodes) {
    if (const auto *argument = dynamic_cast<const ArgumentValueError *>(&e))
        addError(e.what(), nodes, true, {}, argument->at);
    else if (const auto *field = dynamic_cast<const FieldError *>(&e))
        addError(e.what(), nodes, true, field->code);
    else
        addError(e.what(), nodes, true);
}

bool Execution::completionError(const FieldContext &fc, std::string_view before, std::string_view after) {
    addError(std::string(before) + fc.parentType.name + '.' + fc.field.name + std::string(after), fc.nodes, true);
    return false;
}

bool Execution::unknownTypeError(const FieldContext &fc, const TypeRef &t) {
    addError("Unknown type \"" + t.name + "\".", fc.nodes, true);
    return false;
}

bool Execution::inputTypeError(const FieldContext &fc, const Type &type) {
    addError("Cannot complete value of input type \"" + type.name + "\".", fc.nodes, true);
    return false;
}

// graphql-js completeAbstractValue(): the object type `v` has at runtime (resolveType, else its
// __typename); nullptr after reporting why there is none.
const Type *Execution::runtimeType(const FieldContext &fc, const Type &abstract, const Value &v) {
    const Type *type = &abstract;
    std::string name = m_options.resolveType ? m_options.resolveType(v, *type) : std::string();
    bool named = !name.empty(); // an empty __typename is a name too (of no type), as in graphql-js
    if (!named)
        if (const Value *typeName = v.get("__typename"); typeName && typeName->kind == Value::Kind::String)
            name = typeName->string, named = true;
    const Type *runtime = named ? m_schema.type(name) : nullptr;
    if (!named) {
        addError("Abstract type \"" + type->name + "\" must resolve to an Object type at runtime for field \"" +
                     fc.parentType.name + '.' + fc.field.name + "\". Either the \"" + type->name +
                     "\" type should provide a \"resolveType\" function or each possible type should provide an "
                     "\"isTypeOf\" function.",
                 fc.nodes, true);
        return nullptr;
    }
    if (!runtime) {
        addError("Abstract type \"" + type->name + "\" was resolved to a type \"" + name +
                     "\" that does not exist inside the schema.",
                 fc.nodes, true);
        return nullptr;
    }
    if (runtime->kind != TypeKind::Object) {
        addError("Abstract type \"" + type->name + "\" was resolved to a non-object type \"" + name + "\".", fc.nodes,
                 true);
        return nullptr;
    }
    if (!m_schema.isPossibleType(*type, *runtime)) {
        addError("Runtime Object type \"" + name + "\" is not a possible type for \"" + type->name + "\".", fc.nodes,
                 true);
        return nullptr;
    }
    return runtime;
}

bool Execution::completeList(const FieldContext &fc, const TypeRef &t, std::size_t w, const Value &v) {
    if (v.kind != Value::Kind::List && v.kind != Value::Kind::Stream) {
        return completionError(fc, "Expected Iterable, but did not find one for field \"", "\".");
    }
    m_out += '[';
    std::int64_t index = 0;
    const auto item = [&](const Value &element) {
        m_out += index ? "," : "";
        m_path.push_back({{}, index++});
        const bool ok = complete(fc, t, w + 1, element);
        m_path.pop_back();
        return ok;
    };
    if (v.list)
        for (const auto &element : *v.list)
            if (!item(element))
                return false;
    if (v.stream) {
        Value next;
        while ((*v.stream)(next))
            if (!item(next))
                return false;
    }
    m_out += ']';
    return true;
}

bool Execution::completeObject(const FieldContext &fc, const Type &type, const Value &v) {
    return executeFields(type, v, m_planner.subfields(type, fc.nodes));
}

bool Execution::completeLeaf(const FieldContext &fc, const Type &type, const Value &v) {
    if (std::string message = serializeLeafValue(type, v, m_out); !message.empty()) {
        addError(message, fc.nodes, true);
        return false;
    }
    return true;
}

} // namespace

std::string execute(const Schema &schema, const Document &document, const ExecutionOptions &options) {
    // A server refuses a document that execution cannot make sense of before running any resolver,
    // with graphql()'s validation-failure shape: errors only, no "data" key.
    const std::vector<GraphQLErrorInfo> problems = checkDocument(schema, document);
    if (problems.empty())
        return Execution(schema, document, options).run();
    std::string out = "{\"errors\":[";
    for (std::size_t i = 0; i < problems.size(); ++i) {
        out += i ? ",{\"message\":" : "{\"message\":";
        appendJsonString(out, problems[i].message);
        appendLocations(out, problems[i].locations);
        out += '}';
    }
    return out + "]}";
}

} // namespace altrata::graphql

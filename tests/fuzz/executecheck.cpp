#include "executecheck.h"

#include "executefixture.h"

#include "graphql/executionchecks.h"
#include "graphql/executor.h"
#include "graphql/introspection.h"
#include "graphql/parser.h"

#include <simdjson.h>

#include <algorithm>
#include <cstdint>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <utility>

namespace altrata::graphql::fuzz {

namespace {

using simdjson::dom::element;
using simdjson::dom::element_type;

constexpr std::string_view variablesMarker = "\n#variables\n";
constexpr std::string_view operationMarker = "\n#operation\n";
constexpr double maxEstimatedWork = 200000;

// The longest list a field of the fixture (or of its introspection) can return; 8 for the rest.
double fanOut(std::string_view field) {
    if (field == "items" || field == "types")
        return 50;
    if (field == "nodes" || field == "locations" || field == "fields")
        return 20;
    return 8;
}

// An upper bound on the fields a selection set completes, fragments expanded (memoized: a fragment
// spread twice per level doubles the work per level, which a plain walk of the AST does not see).
class WorkEstimate {
public:
    WorkEstimate(const Schema &schema, const Document &document)
        : m_schema(schema) {
        for (auto *def : document.definitions())
            if (auto *frag = nodeCast<FragmentDefinitionNode>(def, Kind::FragmentDefinition); frag && frag->name)
                m_fragments.emplace(frag->name->value, frag);
    }

    double of(const SelectionSetNode *set, const Type *type) {
        if (!set || !type)
            return 0;
        const auto key = std::make_pair(set, type);
        if (auto it = m_memo.find(key); it != m_memo.end())
            return it->second;
        m_memo[key] = 0; // a cycle adds nothing (the executor skips a fragment spread it is inside)
        double work = 0;
        for (auto *sel : set->selections)
            work += ofSelection(*sel, *type);
        return m_memo[key] = std::min(work, 1e18);
    }

private:
    const Type *typeNamed(std::string_view name) const {
        const Type *type = m_schema.type(name);
        return type ? type : builtInType(name);
    }

    double ofSelection(const SelectionNode &sel, const Type &type) {
        if (auto *field = nodeCast<FieldNode>(&sel, Kind::Field)) {
            const Field *def = &type == m_schema.queryType() ? introspectionRootField(field->name->value) : nullptr;
            if (!def)
                def = type.field(field->name->value);
            if (!def)
                return 1;
            double fan = 1;
            for (auto wrapper : def->type.wrappers)
                fan *= wrapper == TypeRef::Wrapper::List ? fanOut(field->name->value) : 1;
            return fan * (1 + of(field->selectionSet, typeNamed(def->type.name)));
        }
        if (auto *inl = nodeCast<InlineFragmentNode>(&sel, Kind::InlineFragment))
            return of(inl->selectionSet, inl->typeCondition ? typeNamed(inl->typeCondition->name->value) : &type);
        if (auto *spread = nodeCast<FragmentSpreadNode>(&sel, Kind::FragmentSpread)) {
            auto it = m_fragments.find(spread->name->value);
            if (it == m_fragments.end() || !it->second->typeCondition)
                return 0;
            return of(it->second->selectionSet, typeNamed(it->second->typeCondition->name->value));
        }
        return 0;
    }

    const Schema &m_schema;
    std::map<std::string_view, const FragmentDefinitionNode *> m_fragments;
    std::map<std::pair<const SelectionSetNode *, const Type *>, double> m_memo;
};

double estimatedWork(const Schema &schema, const Document &document) {
    WorkEstimate estimate(schema, document);
    double work = 0;
    for (auto *def : document.definitions())
        if (auto *op = nodeCast<OperationDefinitionNode>(def, Kind::OperationDefinition))
            work +=
                estimate.of(op->selectionSet, op->operation == OperationType::Query      ? schema.queryType()
                                              : op->operation == OperationType::Mutation ? schema.mutationType()
                                                                                         : schema.subscriptionType());
    return work;
}

std::string checkError(element error, std::size_t lines, bool &hasPath) {
    simdjson::dom::object fields;
    if (error.get_object().get(fields) != simdjson::SUCCESS)
        return "an error is not an object";
    for (auto [key, value] : fields) {
        if (key == "message") {
            if (!value.is_string())
                return "an error message is not a string";
        } else if (key == "locations") {
            if (!value.is_array() || simdjson::dom::array(value).size() == 0)
                return "error locations are not a non-empty array";
            for (element location : simdjson::dom::array(value)) {
                if (!location.is_object())
                    return "an error location is not an object";
                std::int64_t line = 0;
                std::int64_t column = 0;
                if (location["line"].get(line) || location["column"].get(column) || line < 1 || column < 1 ||
                    std::uint64_t(line) > lines || simdjson::dom::object(location).size() != 2)
                    return "an error location is not {line, column} within the document";
            }
        } else if (key == "path") {
            hasPath = true;
            if (!value.is_array() || simdjson::dom::array(value).size() == 0)
                return "an error path is not a non-empty array";
            for (element segment : simdjson::dom::array(value))
                if (!segment.is_string() && !(segment.is_int64() && segment.get_int64().value() >= 0))
                    return "an error path segment is neither a key nor an index";
        } else if (key == "extensions") {
            if (!value.is_object() || !value["code"].is_string())
                return "error extensions are not {code: string}";
        } else {
            return "an error has an unexpected key " + std::string(key);
        }
    }
    if (!fields["message"].is_string())
        return "an error has no message";
    return {};
}

// Follows an error's path through "data": it must reach a null (the field or a nulled ancestor).
std::string checkPathNulled(element data, element path) {
    element at = data;
    for (element segment : simdjson::dom::array(path)) {
        if (at.is_null())
            return {};
        if (segment.is_string()) {
            if (!at.is_object() || at[std::string_view(segment.get_string())].get(at) != simdjson::SUCCESS)
                return "an error path leads to no field of data";
        } else if (!at.is_array() || at.at(std::size_t(segment.get_int64().value())).get(at) != simdjson::SUCCESS) {
            return "an error path leads to no list item of data";
        }
    }
    return at.is_null() ? std::string() : "the field at an error path is not null";
}

std::string checkResponse(const std::string &json, std::size_t lines, bool refused, std::size_t problems) {
    simdjson::dom::parser parser;
    if (parser.allocate(json.size() + simdjson::SIMDJSON_PADDING, 10000) != simdjson::SUCCESS)
        return "cannot allocate the JSON parser";
    element root;
    if (auto error = parser.parse(json).get(root))
        return std::string("the response is not valid JSON: ") + simdjson::error_message(error);
    simdjson::dom::object top;
    if (root.get_object().get(top) != simdjson::SUCCESS || top.size() == 0 || top.size() > 2)
        return "the response is not an object with errors and/or data";
    std::vector<std::string_view> keys;
    for (auto field : top)
        keys.push_back(field.key);
    const bool hasErrors = keys.front() == "errors";
    const bool hasData = keys.back() == "data";
    if (keys.size() != std::size_t(hasErrors) + std::size_t(hasData))
        return "the response keys are not [errors,] [data]";
    if (hasData && !top["data"].is_object() && !top["data"].is_null())
        return "data is neither an object nor null";
    if (!hasData && !hasErrors)
        return "no data and no errors";
    if (refused && (hasData || !hasErrors || simdjson::dom::array(top["errors"]).size() != problems))
        return "a document checkDocument() refuses did not get exactly its errors without data";
    if (!hasErrors)
        return {};
    if (!top["errors"].is_array() || simdjson::dom::array(top["errors"]).size() == 0)
        return "errors is not a non-empty array";
    for (element error : simdjson::dom::array(top["errors"])) {
        bool hasPath = false;
        if (std::string problem = checkError(error, lines, hasPath); !problem.empty())
            return problem;
        if (hasPath && !hasData)
            return "a field error (with a path) in a response without data";
        if (hasPath)
            if (std::string problem = checkPathNulled(top["data"], error["path"]); !problem.empty())
                return problem;
    }
    return {};
}

std::string runOnce(const Document &document, const ValueObject &variables, const std::string &operation,
                    std::string &response) {
    const ExecuteFixture &fixture = executeFixture();
    ExecutionOptions options = fixture.options(std::make_shared<std::size_t>(0));
    options.variables = variables;
    options.operationName = operation;
    try {
        response = execute(fixture.schema, document, options);
    } catch (const std::exception &e) {
        return std::string("execute() threw: ") + e.what();
    }
    return {};
}

} // namespace

std::string checkExecution(std::string_view input) {
    std::string_view text = input;
    std::string_view variablesJson;
    std::string operation;
    if (auto at = text.find(variablesMarker); at != std::string_view::npos) {
        variablesJson = text.substr(at + variablesMarker.size());
        text = text.substr(0, at);
        if (auto op = variablesJson.find(operationMarker); op != std::string_view::npos) {
            // It comes from request JSON in practice, so it is text: keep printable ASCII only.
            for (char c : variablesJson.substr(op + operationMarker.size()))
                if (c >= ' ' && c <= '~')
                    operation += c;
            variablesJson = variablesJson.substr(0, op);
        }
    }
    ParseOptions parseOptions;
    parseOptions.recover = false;
    ParseResult parsed = parse(std::string(text), parseOptions);
    if (!parsed.ok())
        return {};
    const ExecuteFixture &fixture = executeFixture();
    const std::vector<GraphQLErrorInfo> problems = checkDocument(fixture.schema, parsed.document);
    if (problems.empty() && estimatedWork(fixture.schema, parsed.document) > maxEstimatedWork)
        return {};
    ValueObject variables;
    bool ok = false;
    if (Value parsedVariables = Value::fromJson(variablesJson, &ok); ok && parsedVariables.object)
        variables = *parsedVariables.object;

    std::string response;
    if (std::string problem = runOnce(parsed.document, variables, operation, response); !problem.empty())
        return problem;
    const std::size_t lines = std::size_t(std::count(text.begin(), text.end(), '\n')) + 1 +
                              std::size_t(std::count(text.begin(), text.end(), '\r'));
    if (std::string problem = checkResponse(response, lines, !problems.empty(), problems.size()); !problem.empty())
        return problem + "\nresponse: " + response.substr(0, 2000);
    std::string again;
    if (std::string problem = runOnce(parsed.document, variables, operation, again); !problem.empty())
        return problem;
    if (again != response)
        return "the same request gave a different response:\n" + response.substr(0, 2000) + "\n" +
               again.substr(0, 2000);
    return {};
}

} // namespace altrata::graphql::fuzz

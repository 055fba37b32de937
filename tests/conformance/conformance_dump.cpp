// What our implementation says about each corpus document, one JSON object per line in the shape
// oracle.mjs prints for graphql-js:
//   {"file": F, "valid": true,  "print": print(ast), "ast": toJson(ast)}
//   {"file": F, "valid": false, "message": M, "line": L, "column": C}
// With --schema first, each file is SDL instead and the line is what schema-oracle.mjs prints:
//   {"file": F, "ok": true, "print": printSchema(buildSchema(sdl)), "warnings": N}
//   {"file": F, "ok": false, "message": M}   (syntax error)
// With --client-schema first, each file is an introspection JSON result (compare-client-schema.mjs):
//   {"file": F, "ok": true, "print": printSchema(buildClientSchema(json)), "warnings": N}
//   {"file": F, "ok": false, "message": M}   (unusable JSON)
// With --introspect first, each file is SDL and the line holds our execute() of the full
// introspection query (compare-introspection.mjs):
//   {"file": F, "result": <response JSON>}   or   {"file": F, "error": M}   (syntax error)
// With --execute first, each file is an operation SUITE/operations/NAME.graphql, run over
// SUITE/schema.graphql with SUITE/data.json as root value and NAME.json's {variables, operationName}
// (compare-execution.mjs): {"file": F, "result": <response JSON>} or {"file": F, "error": M}.
// Files come as arguments, or one path per line on stdin when there are none (no argv limits).
// Plain C++ and altrata_graphql only, like the library itself.
#include "graphql/astjson.h"
#include "graphql/buildclientschema.h"
#include "graphql/buildschema.h"
#include "graphql/executor.h"
#include "graphql/introspectionquery.h"
#include "graphql/jsonwriter.h"
#include "graphql/parser.h"
#include "graphql/printer.h"
#include "graphql/printschema.h"

#include <fstream>
#include <iostream>
#include <map>
#include <optional>
#include <sstream>
#include <string>
#include <string_view>

namespace {

using altrata::graphql::appendJsonString;

std::optional<std::string> readFile(const std::string &path) {
    std::ifstream in(path, std::ios::binary);
    if (!in)
        return std::nullopt;
    std::ostringstream content;
    content << in.rdbuf();
    return content.str();
}

// graphql-js's parse() stops at the first error: so do we here (no recovery).
std::string describe(const std::string &path, std::string source) {
    std::string line = "{\"file\":";
    appendJsonString(line, path);
    altrata::graphql::ParseOptions options;
    options.recover = false;
    const altrata::graphql::ParseResult result = altrata::graphql::parse(std::move(source), options);
    if (!result.ok()) {
        const altrata::graphql::SyntaxError &error = result.errors.front();
        line += ",\"valid\":false,\"message\":";
        appendJsonString(line, error.message);
        line += ",\"line\":" + std::to_string(error.location.line);
        line += ",\"column\":" + std::to_string(error.location.column) + '}';
        return line;
    }
    line += ",\"valid\":true,\"print\":";
    appendJsonString(line, altrata::graphql::print(result.document));
    line += ",\"ast\":" + altrata::graphql::toJson(result.document) + '}';
    return line;
}

// graphql-js buildSchema() refuses a syntax error; we build what parsed, so report the first error.
std::string describeSchema(const std::string &path, std::string source) {
    std::string line = "{\"file\":";
    appendJsonString(line, path);
    const altrata::graphql::BuildSchemaResult result = altrata::graphql::buildSchema(std::move(source));
    if (!result.ok()) {
        line += ",\"ok\":false,\"message\":";
        appendJsonString(line, result.errors.front().message);
        return line + '}';
    }
    line += ",\"ok\":true,\"print\":";
    appendJsonString(line, altrata::graphql::printSchema(result.schema));
    line += ",\"warnings\":" + std::to_string(result.schema.warnings().size()) + '}';
    return line;
}

std::string describeClientSchema(const std::string &path, const std::string &json) {
    std::string line = "{\"file\":";
    appendJsonString(line, path);
    const altrata::graphql::ClientSchemaResult result = altrata::graphql::buildClientSchema(json);
    if (!result.schema) {
        line += ",\"ok\":false,\"message\":";
        appendJsonString(line, result.error);
        return line + '}';
    }
    line += ",\"ok\":true,\"print\":";
    appendJsonString(line, altrata::graphql::printSchema(*result.schema));
    line += ",\"warnings\":" + std::to_string(result.schema->warnings().size()) + '}';
    return line;
}

std::string errorLine(const std::string &path, const std::string &message) {
    std::string line = "{\"file\":";
    appendJsonString(line, path);
    line += ",\"error\":";
    appendJsonString(line, message);
    return line + '}';
}

std::string resultLine(const std::string &path, const std::string &response) {
    std::string line = "{\"file\":";
    appendJsonString(line, path);
    return line + ",\"result\":" + response + '}';
}

std::string describeIntrospection(const std::string &path, std::string sdl) {
    const altrata::graphql::BuildSchemaResult built = altrata::graphql::buildSchema(std::move(sdl));
    if (!built.ok())
        return errorLine(path, built.errors.front().message);
    static const altrata::graphql::ParseResult query =
        altrata::graphql::parse(altrata::graphql::introspectionQuery(altrata::graphql::fullIntrospectionOptions()));
    return resultLine(path, altrata::graphql::execute(built.schema, query.document, {}));
}

// A suite's schema and root value, loaded once for all its operations.
struct Suite {
    altrata::graphql::Schema schema;
    altrata::graphql::Value data;
    std::string error;
};

std::string parentFolder(const std::string &path) {
    const std::size_t slash = path.find_last_of('/');
    return slash == std::string::npos ? std::string(".") : path.substr(0, slash);
}

const Suite &suiteFor(const std::string &operationPath) {
    static std::map<std::string, Suite> suites;
    const std::string folder = parentFolder(parentFolder(operationPath));
    auto found = suites.find(folder);
    if (found != suites.end())
        return found->second;
    Suite &suite = suites[folder];
    const std::optional<std::string> sdl = readFile(folder + "/schema.graphql");
    const std::optional<std::string> data = readFile(folder + "/data.json");
    bool ok = false;
    if (sdl && data)
        suite.data = altrata::graphql::Value::fromJson(*data, &ok);
    if (!ok) {
        suite.error = "cannot read schema.graphql or data.json of " + folder;
        return suite;
    }
    altrata::graphql::BuildSchemaResult built = altrata::graphql::buildSchema(*sdl);
    if (!built.ok())
        suite.error = built.errors.front().message;
    suite.schema = std::move(built.schema);
    return suite;
}

// NAME.json next to NAME.graphql: {"variables": {...}, "operationName": "..."}, both optional.
bool readRequest(const std::string &operationPath, altrata::graphql::ExecutionOptions &options) {
    const std::optional<std::string> text =
        readFile(operationPath.substr(0, operationPath.size() - std::string_view(".graphql").size()) + ".json");
    if (!text)
        return true;
    bool ok = false;
    const altrata::graphql::Value request = altrata::graphql::Value::fromJson(*text, &ok);
    if (!ok)
        return false;
    if (const altrata::graphql::Value *variables = request.get("variables"); variables && variables->object)
        options.variables = *variables->object;
    if (const altrata::graphql::Value *name = request.get("operationName"); name && !name->isNull())
        options.operationName = name->string;
    return true;
}

std::string describeExecution(const std::string &path, std::string source) {
    const Suite &suite = suiteFor(path);
    if (!suite.error.empty())
        return errorLine(path, suite.error);
    altrata::graphql::ExecutionOptions options;
    options.rootValue = suite.data;
    if (!readRequest(path, options))
        return errorLine(path, "unreadable request JSON");
    const altrata::graphql::ParseResult parsed = altrata::graphql::parse(std::move(source));
    if (!parsed.ok())
        return errorLine(path, parsed.errors.front().message);
    return resultLine(path, altrata::graphql::execute(suite.schema, parsed.document, options));
}

enum class Mode { Document, Schema, ClientSchema, Introspect, Execute };

bool dump(const std::string &path, Mode mode) {
    std::optional<std::string> source = readFile(path);
    if (!source) {
        std::cerr << "conformance_dump: cannot read " << path << '\n';
        return false;
    }
    switch (mode) {
    case Mode::Document:
        std::cout << describe(path, std::move(*source)) << '\n';
        break;
    case Mode::Schema:
        std::cout << describeSchema(path, std::move(*source)) << '\n';
        break;
    case Mode::ClientSchema:
        std::cout << describeClientSchema(path, *source) << '\n';
        break;
    case Mode::Introspect:
        std::cout << describeIntrospection(path, std::move(*source)) << '\n';
        break;
    case Mode::Execute:
        std::cout << describeExecution(path, std::move(*source)) << '\n';
        break;
    }
    return true;
}

} // namespace

int main(int argc, char **argv) {
    std::ios::sync_with_stdio(false);
    bool ok = true;
    int first = 1;
    Mode mode = Mode::Document;
    if (argc > 1 && std::string_view(argv[1]) == "--schema")
        mode = Mode::Schema;
    else if (argc > 1 && std::string_view(argv[1]) == "--client-schema")
        mode = Mode::ClientSchema;
    else if (argc > 1 && std::string_view(argv[1]) == "--introspect")
        mode = Mode::Introspect;
    else if (argc > 1 && std::string_view(argv[1]) == "--execute")
        mode = Mode::Execute;
    if (mode != Mode::Document)
        ++first;
    if (argc > first) {
        for (int i = first; i < argc; ++i)
            ok = dump(argv[i], mode) && ok;
    } else {
        for (std::string path; std::getline(std::cin, path);)
            if (!path.empty())
                ok = dump(path, mode) && ok;
    }
    std::cout.flush();
    return ok ? 0 : 1;
}

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
// Files come as arguments, or one path per line on stdin when there are none (no argv limits).
// Plain C++ and altrata_graphql only, like the library itself.
#include "graphql/astjson.h"
#include "graphql/buildclientschema.h"
#include "graphql/buildschema.h"
#include "graphql/jsonwriter.h"
#include "graphql/parser.h"
#include "graphql/printer.h"
#include "graphql/printschema.h"

#include <fstream>
#include <iostream>
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

enum class Mode { Document, Schema, ClientSchema };

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

// Schema loading from an introspection result (GitHub's public schema.json from the npm package
// @octokit/graphql-schema, 4.8 MB): buildClientSchema() = JSON parse (simdjson DOM) + model + indexes,
// median of N timed runs after warm-up, printed as TSV lines in bench_graphql's format
//   impl <TAB> file <TAB> bytes <TAB> phase <TAB> median seconds <TAB> MB/s (input bytes / time)
// next to bench_schema_graphqljs.mjs (graphql-js buildClientSchema(JSON.parse(text))).
//
//   bench_schema [--runs N] [--warmup N] FILE...
//
// Phases: `build` = buildClientSchema(text) (JSON parsing included, as JSON.parse is on the node side);
// `build+lookup` adds looking up every type, every field of every type and every type's possible
// types through the indexes once (what the editor does lazily), to show the indexes are built and cheap.
#include "graphql/buildclientschema.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <functional>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

namespace {

using namespace altrata::graphql;

double medianSeconds(int runs, int warmup, const std::function<void()> &work) {
    for (int i = 0; i < warmup; ++i)
        work();
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        const auto start = std::chrono::steady_clock::now();
        work();
        times.push_back(std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

// Touches every index once; returns a count so the work cannot be optimised away.
std::size_t lookUpEverything(const Schema &schema) {
    std::size_t found = 0;
    for (const Type &type : schema.types()) {
        found += schema.type(type.name) != nullptr;
        for (const Field &field : type.fields)
            found += schema.field(type.name, field.name) != nullptr;
        for (const InputValue &input : type.inputFields)
            found += type.inputField(input.name) != nullptr;
        if (type.isAbstract())
            found += schema.possibleTypes(type).size();
    }
    return found;
}

void report(const std::string &file, std::size_t bytes, const char *phase, double seconds) {
    std::printf("altrata\t%s\t%zu\t%s\t%.6f\t%.1f\n", std::filesystem::path(file).filename().c_str(), bytes, phase,
                seconds, static_cast<double>(bytes) / 1e6 / seconds);
}

int benchFile(const std::string &file, int runs, int warmup) {
    std::ifstream in(file, std::ios::binary);
    std::stringstream buffer;
    buffer << in.rdbuf();
    const std::string text = buffer.str();
    ClientSchemaResult first = buildClientSchema(text);
    if (!first.schema) {
        std::fprintf(stderr, "%s: %s\n", file.c_str(), first.error.c_str());
        return 1;
    }
    std::fprintf(stderr, "%s: %zu types, %zu directives, %zu warnings\n", file.c_str(), first.schema->types().size(),
                 first.schema->directives().size(), first.schema->warnings().size());
    std::size_t sink = 0;
    report(file, text.size(), "build",
           medianSeconds(runs, warmup, [&] { sink += buildClientSchema(text).schema->types().size(); }));
    report(file, text.size(), "build+lookup",
           medianSeconds(runs, warmup, [&] { sink += lookUpEverything(*buildClientSchema(text).schema); }));
    return sink == 0 ? 1 : 0;
}

} // namespace

int main(int argc, char **argv) {
    int runs = 15;
    int warmup = 3;
    std::vector<std::string> files;
    for (int i = 1; i < argc; ++i) {
        const std::string_view arg = argv[i];
        if (arg == "--runs" && i + 1 < argc)
            runs = std::max(1, std::atoi(argv[++i]));
        else if (arg == "--warmup" && i + 1 < argc)
            warmup = std::max(0, std::atoi(argv[++i]));
        else
            files.emplace_back(arg);
    }
    if (files.empty()) {
        std::fprintf(stderr, "usage: bench_schema [--runs N] [--warmup N] schema.json...\n");
        return 2;
    }
    int status = 0;
    for (const auto &file : files)
        status |= benchFile(file, runs, warmup);
    return status;
}

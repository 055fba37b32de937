// GraphQL language core throughput: lex (tokens only), parse and print (plus minify) of whole files,
// median of N timed runs after warm-up, printed as TSV lines
//   impl <TAB> file <TAB> bytes <TAB> phase <TAB> median seconds <TAB> MB/s (input bytes / time)
// in the same format as bench_graphqljs.mjs, so run.sh can put both side by side.
//
//   bench_graphql --generate DIR [--schema-bytes N] [--query-bytes N]   write schema/query.graphql
//   bench_graphql [--runs N] [--warmup N] [--only PHASE] FILE...         benchmark the files
// (--only lex|parse|print|minify runs one phase, for profiling with perf or callgrind)
#include "benchinputs.h"

#include "graphql/lexer.h"
#include "graphql/parser.h"
#include "graphql/printer.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <functional>
#include <memory_resource>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

namespace {

using namespace altrata::graphql;

struct Options {
    int runs = 15;
    int warmup = 3;
    std::string generateDir;
    std::string only; // empty: every phase
    std::size_t schemaBytes = 4'000'000;
    std::size_t queryBytes = 2'000'000;
    std::vector<std::string> files;
};

Options parseArguments(int argc, char **argv) {
    Options options;
    for (int i = 1; i < argc; ++i) {
        const std::string_view arg = argv[i];
        const bool hasValue = i + 1 < argc;
        if (arg == "--runs" && hasValue)
            options.runs = std::max(1, std::atoi(argv[++i]));
        else if (arg == "--warmup" && hasValue)
            options.warmup = std::max(0, std::atoi(argv[++i]));
        else if (arg == "--only" && hasValue)
            options.only = argv[++i];
        else if (arg == "--generate" && hasValue)
            options.generateDir = argv[++i];
        else if (arg == "--schema-bytes" && hasValue)
            options.schemaBytes = std::strtoull(argv[++i], nullptr, 10);
        else if (arg == "--query-bytes" && hasValue)
            options.queryBytes = std::strtoull(argv[++i], nullptr, 10);
        else
            options.files.emplace_back(arg);
    }
    return options;
}

std::string readFile(const std::string &path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream buffer;
    buffer << in.rdbuf();
    return buffer.str();
}

bool writeFile(const std::filesystem::path &path, const std::string &text) {
    std::ofstream out(path, std::ios::binary);
    out << text;
    return bool(out);
}

// Median wall time of `runs` calls of `timed`; `prepare` runs untimed before each call.
double medianSeconds(const Options &options, const std::function<void()> &prepare, const std::function<void()> &timed) {
    std::vector<double> times;
    for (int i = 0; i < options.warmup + options.runs; ++i) {
        prepare();
        const auto start = std::chrono::steady_clock::now();
        timed();
        const std::chrono::duration<double> elapsed = std::chrono::steady_clock::now() - start;
        if (i >= options.warmup)
            times.push_back(elapsed.count());
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

std::size_t lexAll(std::string_view source) {
    std::pmr::monotonic_buffer_resource strings; // decoded string values, as graphql-js's lexer makes
    Lexer lexer(source, &strings);
    std::size_t count = 0;
    for (Token token = lexer.next(); token.kind != TokenKind::EndOfFile; token = lexer.next())
        ++count;
    return count;
}

void report(const Options &options, const std::string &file, std::size_t bytes, std::string_view phase,
            const std::function<void()> &prepare, const std::function<void()> &timed) {
    if (!options.only.empty() && options.only != phase)
        return;
    const double seconds = medianSeconds(options, prepare, timed);
    std::printf("altrata\t%s\t%zu\t%.*s\t%.6f\t%.1f\n", std::filesystem::path(file).filename().c_str(), bytes,
                int(phase.size()), phase.data(), seconds, double(bytes) / 1e6 / seconds);
    std::fflush(stdout);
}

bool benchmarkFile(const Options &options, const std::string &file) {
    const std::string source = readFile(file);
    ParseResult checked = parse(source);
    if (!checked.ok()) {
        std::fprintf(stderr, "%s: %s\n", file.c_str(), checked.errors.front().message.c_str());
        return false;
    }
    volatile std::size_t sink = 0; // keeps the optimizer from dropping the work
    std::string copy;
    const auto nothing = [] {};
    const std::size_t bytes = source.size();
    report(options, file, bytes, "lex", nothing, [&] { sink = sink + lexAll(source); });
    // parse() takes ownership of its source: the copy is made outside the timed region. Freeing the
    // result (the arena) is timed: every real parse pays for it.
    const auto copySource = [&] { copy = source; };
    report(options, file, bytes, "parse", copySource,
           [&] { sink = sink + parse(std::move(copy)).document.definitions().size(); });
    report(options, file, bytes, "print", nothing, [&] { sink = sink + print(checked.document).size(); });
    report(options, file, bytes, "minify", nothing, [&] { sink = sink + minify(checked.document).size(); });
    return true;
}

int generate(const Options &options) {
    const std::filesystem::path dir(options.generateDir);
    std::filesystem::create_directories(dir);
    const bool ok = writeFile(dir / "schema.graphql", bench::generateSchema(options.schemaBytes)) &&
                    writeFile(dir / "query.graphql", bench::generateQuery(options.queryBytes));
    if (!ok)
        std::fprintf(stderr, "cannot write the inputs to %s\n", dir.c_str());
    return ok ? 0 : 1;
}

} // namespace

int main(int argc, char **argv) {
    const Options options = parseArguments(argc, argv);
    if (!options.generateDir.empty())
        return generate(options);
    if (options.files.empty()) {
        std::fprintf(stderr, "usage: bench_graphql [--runs N] [--warmup N] FILE... | --generate DIR\n");
        return 2;
    }
    for (const std::string &file : options.files) {
        if (!benchmarkFile(options, file))
            return 1;
    }
    return 0;
}

// Execution of a 100,000-item list: `{ items { id name score tags owner { id name } } }` over
//   stream  Query.items is a generator resolver building each item on demand (never a whole list);
//   list    the root value holds the items as an in-memory Value list (built before timing);
//   json    the root value is Value::fromJson() of the same data as JSON text (parsed before timing).
// One case per process, so the peak RSS (getrusage ru_maxrss) belongs to that case alone. Prints
//   impl <TAB> case <TAB> items <TAB> median seconds <TAB> peak RSS MB <TAB> baseline RSS MB <TAB> response bytes
// (baseline: ru_maxrss when main() starts, before any data exists).
// next to bench_execute_graphqljs.mjs (graphqlSync + JSON.stringify on the same schema and data).
//
//   bench_execute --case stream|list|json [--items N] [--runs N] [--warmup N] [--out FILE]
//   bench_execute --write-json FILE [--items N]      (the data as JSON, for the node side)
// --out writes one response, to compare byte for byte with graphql-js's.
#include "graphql/buildschema.h"
#include "graphql/executor.h"
#include "graphql/parser.h"

#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <memory>
#include <string>
#include <vector>

namespace {

using namespace altrata::graphql;

const char *const benchSdl = "type Query { items: [Item!]! }\n"
                             "type Item { id: ID! name: String! score: Float tags: [String!]! owner: Owner }\n"
                             "type Owner { id: ID! name: String! }\n";
const char *const benchQuery = "{ items { id name score tags owner { id name } } }";

double maxRssMb() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0; // KiB on Linux
}

// "prefix" + number; appended rather than operator+ (g++ 12 warns -Wrestrict on `"x" + to_string(i)`).
std::string numbered(std::string prefix, std::int64_t n) {
    prefix += std::to_string(n);
    return prefix;
}

// The same deterministic item as bench_execute_graphqljs.mjs's makeItem().
Value makeItem(std::int64_t i) {
    return Value::fromObject(
        {{"id", Value::fromString(numbered("item-", i))},
         {"name", Value::fromString(numbered("Item ", i))},
         {"score", Value::fromFloat(double(i) * 0.5)},
         {"tags", Value::fromList({Value::fromString(numbered("t", i % 10)), Value::fromString(numbered("u", i % 7)),
                                   Value::fromString("common")})},
         {"owner", Value::fromObject({{"id", Value::fromString(numbered("owner-", i % 1000))},
                                      {"name", Value::fromString(numbered("Owner ", i % 1000))}})}});
}

// {"items":[...]} as JSON text, item by item (no Value list in between).
std::string itemsJson(std::int64_t count) {
    std::string text = "{\"items\":[";
    for (std::int64_t i = 0; i < count; ++i) {
        text += i ? "," : "";
        makeItem(i).appendJson(text);
    }
    return text + "]}";
}

Value itemsRoot(std::int64_t count) {
    ValueList items;
    items.reserve(std::size_t(count));
    for (std::int64_t i = 0; i < count; ++i)
        items.push_back(makeItem(i));
    return Value::fromObject({{"items", Value::fromList(std::move(items))}});
}

struct Args {
    std::string benchCase = "stream";
    std::int64_t items = 100000;
    int runs = 5;
    int warmup = 1;
    std::string out;
    std::string writeJson;
};

Args parseArgs(int argc, char **argv) {
    Args args;
    for (int i = 1; i + 1 < argc; i += 2) {
        const std::string key = argv[i];
        const std::string value = argv[i + 1];
        if (key == "--case")
            args.benchCase = value;
        else if (key == "--items")
            args.items = std::atoll(value.c_str());
        else if (key == "--runs")
            args.runs = std::atoi(value.c_str());
        else if (key == "--warmup")
            args.warmup = std::atoi(value.c_str());
        else if (key == "--out")
            args.out = value;
        else if (key == "--write-json")
            args.writeJson = value;
    }
    return args;
}

} // namespace

int main(int argc, char **argv) {
    const double baseline = maxRssMb();
    const Args args = parseArgs(argc, argv);
    if (!args.writeJson.empty()) {
        std::ofstream(args.writeJson, std::ios::binary) << itemsJson(args.items);
        return 0;
    }
    const Schema schema = std::move(buildSchema(benchSdl).schema);
    const ParseResult parsed = parse(benchQuery);
    ExecutionOptions options;
    if (args.benchCase == "stream") {
        const std::int64_t count = args.items;
        options.resolvers["Query.items"] = [count](const Value &, const ValueObject &, const ResolveInfo &) {
            auto next = std::make_shared<std::int64_t>(0);
            return Value::fromGenerator([next, count](Value &item) {
                if (*next == count)
                    return false;
                item = makeItem((*next)++);
                return true;
            });
        };
    } else if (args.benchCase == "list") {
        options.rootValue = itemsRoot(args.items);
    } else if (args.benchCase == "json") {
        options.rootValue = Value::fromJson(itemsJson(args.items));
    } else {
        std::fprintf(stderr, "unknown case %s\n", args.benchCase.c_str());
        return 2;
    }
    std::vector<double> times;
    std::size_t bytes = 0;
    for (int i = 0; i < args.warmup + args.runs; ++i) {
        const auto start = std::chrono::steady_clock::now();
        const std::string response = execute(schema, parsed.document, options);
        const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        bytes = response.size();
        if (i >= args.warmup)
            times.push_back(seconds);
        if (i == 0 && !args.out.empty())
            std::ofstream(args.out, std::ios::binary) << response;
    }
    std::sort(times.begin(), times.end());
    std::printf("altrata\t%s\t%lld\t%.6f\t%.1f\t%.1f\t%zu\n", args.benchCase.c_str(),
                static_cast<long long>(args.items), times[times.size() / 2], maxRssMb(), baseline, bytes);
    return 0;
}

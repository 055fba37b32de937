#!/usr/bin/env bash
# Builds the GraphQL benchmark (separate Release build), generates the deterministic inputs, runs
# bench_graphql and graphql-js's bench_graphqljs.mjs alternately on the same files and prints a
# side-by-side table (MB/s of input bytes, median of medians).
#
# Usage: tests/bench/run.sh [build dir]          (default: build/bench)
# Env:   BENCH_RUNS (timed runs per phase, 15), BENCH_ROUNDS (alternations, 3),
#        SCHEMA_BYTES (4000000), QUERY_BYTES (2000000), GRAPHQL_JS (path to graphql's index.mjs)
# graphql-js: `npm ci` in tests/conformance once (the pinned graphql 16 is reused from there).
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
src=$(cd "$here/../.." && pwd)
build=$(mkdir -p "${1:-$src/build/bench}" && cd "${1:-$src/build/bench}" && pwd)
runs=${BENCH_RUNS:-15}
rounds=${BENCH_ROUNDS:-3}

if [[ -z ${GRAPHQL_JS:-} && ! -f $src/tests/conformance/node_modules/graphql/index.mjs ]]; then
  echo "graphql-js not found: run 'npm ci' in tests/conformance or set GRAPHQL_JS=/path/to/graphql/index.mjs" >&2
  exit 1
fi

cmake -S "$src" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DALTRATA_BUILD_TESTS=OFF \
  -DALTRATA_BUILD_BENCHMARKS=ON >"$build/configure.log" 2>&1 || { cat "$build/configure.log"; exit 1; }
cmake --build "$build" --target bench_graphql -j 2 >&2

bench="$build/tests/bench/bench_graphql"
inputs="$build/bench-inputs"
"$bench" --generate "$inputs" --schema-bytes "${SCHEMA_BYTES:-4000000}" --query-bytes "${QUERY_BYTES:-2000000}"
files=("$inputs/schema.graphql" "$inputs/query.graphql")

results="$build/bench-results.tsv"
: >"$results"
for ((round = 1; round <= rounds; ++round)); do
  echo "round $round/$rounds" >&2
  "$bench" --runs "$runs" "${files[@]}" | tee -a "$results" >&2
  node "$here/bench_graphqljs.mjs" --runs "$runs" "${files[@]}" | tee -a "$results" >&2
done
echo "$(nproc) cores, $(uname -m); $(grep -m1 CMAKE_CXX_COMPILER: "$build/CMakeCache.txt")" >&2
node "$here/table.mjs" "$results"

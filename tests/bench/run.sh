#!/usr/bin/env bash
# Builds the GraphQL benchmarks (separate Release build), generates the deterministic inputs and runs
# ours and graphql-js's side alternately on the same inputs, printing side-by-side tables:
#  - parse: bench_graphql vs bench_graphqljs.mjs (MB/s of input bytes, median of medians);
#  - execute: bench_execute vs bench_execute_graphqljs.mjs, a 100,000-item list streamed from a
#    generator, from an in-memory list and from a JSON root value; wall time and peak RSS, each case
#    in its own process (responses compared byte for byte first).
#
# Usage: tests/bench/run.sh [build dir]          (default: build/bench)
# Env:   BENCH_RUNS (timed runs per phase, 15), BENCH_ROUNDS (alternations, 3),
#        SCHEMA_BYTES (4000000), QUERY_BYTES (2000000), GRAPHQL_JS (path to graphql's index.mjs),
#        BENCH_ONLY (parse or execute: run one part), EXEC_ITEMS (100000), EXEC_RUNS (5)
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
only=${BENCH_ONLY:-}
cmake --build "$build" --target bench_graphql bench_execute -j 2 >&2
echo "$(nproc) cores, $(uname -m); $(grep -m1 CMAKE_CXX_COMPILER: "$build/CMakeCache.txt")" >&2

if [[ $only != execute ]]; then
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
  node "$here/table.mjs" "$results"
fi

if [[ $only != parse ]]; then
  exec_bench="$build/tests/bench/bench_execute"
  items=${EXEC_ITEMS:-100000}
  exec_runs=${EXEC_RUNS:-5}
  json="$build/bench-inputs/items.json"
  mkdir -p "$build/bench-inputs"
  "$exec_bench" --write-json "$json" --items "$items"
  # Same response from both sides (the JSON text of graphql-js's result object) before timing anything.
  for c in stream list json; do
    "$exec_bench" --case $c --items "$items" --runs 1 --warmup 0 --out "$build/exec-$c.altrata.json" >/dev/null
    node "$here/bench_execute_graphqljs.mjs" --case $c --items "$items" --runs 1 --warmup 0 --json "$json" \
      --out "$build/exec-$c.graphql-js.json" >/dev/null 2>&1
    cmp "$build/exec-$c.altrata.json" "$build/exec-$c.graphql-js.json" >&2
  done
  exec_results="$build/bench-execute-results.tsv"
  : >"$exec_results"
  for ((round = 1; round <= rounds; ++round)); do
    echo "execute round $round/$rounds" >&2
    for c in stream list json; do
      "$exec_bench" --case $c --items "$items" --runs "$exec_runs" | tee -a "$exec_results" >&2
      node "$here/bench_execute_graphqljs.mjs" --case $c --items "$items" --runs "$exec_runs" --json "$json" \
        2>/dev/null | tee -a "$exec_results" >&2
    done
  done
  node "$here/execute_table.mjs" "$exec_results"
fi

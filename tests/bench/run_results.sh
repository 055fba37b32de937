#!/usr/bin/env bash
# Builds bench_results in the benchmark build (Release, tests off) and runs the results-at-scale benchmark
# (issue 7): generated GraphQL responses of 1, 10, 100 and 500 MB by default; the table and the target lines go
# to stdout, progress to stderr. Needs about 6 GB of free RAM at 500 MB (the baseline stops at 100 MB).
#
# Usage: tests/bench/run_results.sh [build dir] [bench_results options]   (default build dir: build/bench)
#        e.g. tests/bench/run_results.sh build/bench --sizes 1,10      or      ... --input response.json
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
src=$(cd "$here/../.." && pwd)
build=$(mkdir -p "${1:-$src/build/bench}" && cd "${1:-$src/build/bench}" && pwd)
shift || true

cmake -S "$src" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DALTRATA_BUILD_TESTS=OFF \
  -DALTRATA_BUILD_BENCHMARKS=ON >"$build/configure.log" 2>&1 || { cat "$build/configure.log"; exit 1; }
cmake --build "$build" --target bench_results -j 2 >&2
# The GUI child runs offscreen; the window-system warnings of the offscreen plugin are noise here.
QT_QPA_PLATFORM=offscreen QT_LOGGING_RULES='qt.qpa.*=false' "$build/tests/bench/bench_results" "$@"

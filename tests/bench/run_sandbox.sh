#!/usr/bin/env bash
# Builds bench_sandbox in the benchmark build (Release, tests off) and runs the sandbox load benchmark:
# 2,000 GraphQL requests from 8 concurrent clients against a default sandbox; exits non-zero on any failure.
#
# Usage: tests/bench/run_sandbox.sh [build dir] [bench_sandbox options]   (default build dir: build/bench)
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
src=$(cd "$here/../.." && pwd)
build=$(mkdir -p "${1:-$src/build/bench}" && cd "${1:-$src/build/bench}" && pwd)
shift || true

cmake -S "$src" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DALTRATA_BUILD_TESTS=OFF \
  -DALTRATA_BUILD_BENCHMARKS=ON >"$build/configure.log" 2>&1 || { cat "$build/configure.log"; exit 1; }
cmake --build "$build" --target bench_sandbox -j 2 >&2
echo "$(nproc) cores, $(uname -m); $(grep -m1 CMAKE_CXX_COMPILER: "$build/CMakeCache.txt")" >&2
no_proxy='*' "$build/tests/bench/bench_sandbox" "$@"

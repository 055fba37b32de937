#!/usr/bin/env bash
# Bounded libFuzzer run of one fuzz target (ctest label fuzz: fuzz_parser_bounded, fuzz_execute_bounded).
# Configures a SEPARATE clang build (only the fuzz targets, no tests, no Qt code built), copies the
# target's seeds and kept regressions into a scratch corpus and fuzzes for a bounded time. Any crash,
# hang (-timeout), out-of-memory or sanitizer report fails the run; the input is left under
# <build>/fuzz-build/artifacts-<target>/ — copy it to the target's regressions directory once the bug
# is fixed.
#
# Usage: run_fuzz.sh <source dir> <build dir> [target [seconds]]
#   fuzz_parser  (default): corpus/, regressions/, graphql.dict
#   fuzz_execute:           corpus-execute/, regressions-execute/, execute.dict
# Env:   ALTRATA_FUZZ_SECONDS (overrides the seconds; default 60), ALTRATA_FUZZ_JOBS (build jobs, default 2)
set -euo pipefail

src=$(cd "${1:?source dir}" && pwd)
build=$(mkdir -p "${2:?build dir}" && cd "$2" && pwd)
target=${3:-fuzz_parser}
seconds=${ALTRATA_FUZZ_SECONDS:-${4:-60}}
fuzz_build="$build/fuzz-build"
case $target in
  fuzz_parser) suffix="" dict=graphql.dict ;;
  fuzz_execute) suffix="-execute" dict=execute.dict ;;
  *) echo "unknown fuzz target $target" >&2; exit 2 ;;
esac

# -O1 -g: fast enough to fuzz, readable stacks; assertions stay on (no NDEBUG) as extra oracles.
cmake -S "$src" -B "$fuzz_build" -G Ninja -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE= \
  -DCMAKE_CXX_FLAGS="-O1 -g" -DALTRATA_FUZZ=ON -DALTRATA_BUILD_TESTS=OFF >"$fuzz_build.configure.log" 2>&1 ||
  { cat "$fuzz_build.configure.log"; exit 1; }
cmake --build "$fuzz_build" --target "$target" -j "${ALTRATA_FUZZ_JOBS:-2}"

work="$fuzz_build/corpus-work-$target"
artifacts="$fuzz_build/artifacts-$target"
rm -rf "$work" "$artifacts"
mkdir -p "$work" "$artifacts"
cp "$src/tests/fuzz/corpus$suffix"/* "$work"/
if compgen -G "$src/tests/fuzz/regressions$suffix/*" >/dev/null; then
  cp "$src/tests/fuzz/regressions$suffix"/* "$work"/
fi

export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=0:symbolize=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-halt_on_error=1:print_stacktrace=1}
# ASan frames are several times larger than real ones: executing a document nested as deep as the
# parser allows (2,000 levels) needs more than the default 8 MB of stack under ASan (not without it).
ulimit -s 65536 2>/dev/null || true
status=0
# The outer timeout only guards against libFuzzer itself wedging; -timeout catches slow inputs.
timeout --signal=KILL $((seconds + 120)) "$fuzz_build/tests/fuzz/$target" \
  -max_total_time="$seconds" -timeout=5 -rss_limit_mb=2048 -max_len=16384 \
  -dict="$src/tests/fuzz/$dict" -artifact_prefix="$artifacts/" -print_final_stats=1 \
  "$work" || status=$?

if ((status != 0)) || compgen -G "$artifacts/*" >/dev/null; then
  echo "$target FAILED (exit $status); inputs kept in $artifacts:" >&2
  ls -l "$artifacts" >&2
  exit 1
fi
echo "$target: no crash, hang or sanitizer report in ${seconds}s"

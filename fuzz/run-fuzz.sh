#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the libFuzzer targets with clang in a sub-build and runs each one for
# a bounded time; CTest runs it as the test "fuzz_readers" (tests/CMakeLists.txt).
#
#   fuzz/run-fuzz.sh SOURCE_DIR BUILD_DIR [SECONDS_PER_TARGET] [TARGET...]
#
# Exit codes: 0 no crash, 1 a crash, leak, timeout or build failure (the input
# that triggered it is kept under BUILD_DIR/artifacts/), 77 skipped because
# clang or libFuzzer is not installed (CTest SKIP_RETURN_CODE).
# The targets run two at a time (CI has 2 cores). Environment:
#   REGIONLENS_FUZZ_CXX      the clang++ to use (default: clang++, else clang++-14)
#   REGIONLENS_FUZZ_JOBS     targets run in parallel (default 2)
set -uo pipefail

src=${1:?usage: run-fuzz.sh SOURCE_DIR BUILD_DIR [SECONDS] [TARGET...]}
build=${2:?usage: run-fuzz.sh SOURCE_DIR BUILD_DIR [SECONDS] [TARGET...]}
seconds=${3:-20}
shift $(( $# < 3 ? $# : 3 ))
targets=("$@")
((${#targets[@]})) || targets=(csv json geojson gpkg)
jobs=${REGIONLENS_FUZZ_JOBS:-2}

skip() {
    echo "SKIP: $*"
    echo "SKIP: install clang and libFuzzer (Debian: clang-14 libclang-rt-14-dev, as scripts/setup.sh does) to fuzz the readers"
    exit 77
}

cxx=${REGIONLENS_FUZZ_CXX:-}
if [[ -z $cxx ]]; then
    for c in clang++ clang++-14 clang++-15 clang++-16; do
        if command -v "$c" >/dev/null 2>&1; then cxx=$(command -v "$c"); break; fi
    done
fi
[[ -n $cxx ]] || skip "no clang++ found"
command -v ninja >/dev/null 2>&1 || skip "ninja is not installed"

mkdir -p "$build" || exit 1
# libFuzzer and the sanitizer runtimes are separate packages from clang itself.
probe="$build/probe"
if ! printf 'extern "C" int LLVMFuzzerTestOneInput(const unsigned char *, unsigned long) { return 0; }\n' \
    | "$cxx" -x c++ -fsanitize=fuzzer,address,undefined - -o "$probe" >"$build/probe.log" 2>&1; then
    cat "$build/probe.log"
    skip "$cxx cannot link -fsanitize=fuzzer,address,undefined (libFuzzer runtime missing)"
fi

start=$(date +%s)
echo "==> building the fuzz targets with $cxx in $build"
if ! cmake -S "$src/fuzz" -B "$build" -G Ninja -DCMAKE_CXX_COMPILER="$cxx" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        >"$build/configure.log" 2>&1; then
    cat "$build/configure.log"
    echo "FAIL: configuring fuzz/ failed"
    exit 1
fi
if ! cmake --build "$build" -j"$jobs" >"$build/build.log" 2>&1; then
    tail -n 60 "$build/build.log"
    echo "FAIL: building the fuzz targets failed"
    exit 1
fi
echo "==> built in $(( $(date +%s) - start )) s"

export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=0:symbolize=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-halt_on_error=1:print_stacktrace=1}
export QT_LOGGING_RULES='*.debug=false;*.warning=false'

run_target() {
    local t=$1
    local bin="$build/fuzz_$t"
    local work="$build/corpus/$t" art="$build/artifacts/$t/"
    mkdir -p "$work" "$art"
    # The first corpus folder receives new inputs; the committed seeds stay untouched.
    "$bin" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=65536 -print_final_stats=1 \
        -artifact_prefix="$art" "$work" "$src/fuzz/corpus/$t" >"$build/fuzz_$t.log" 2>&1
    local rc=$?
    local stats
    stats=$(grep -E '^stat::number_of_executed_units' "$build/fuzz_$t.log" | awk '{print $2}')
    if ((rc == 0)); then
        echo "fuzz_$t: ok, ${stats:-?} inputs in ${seconds} s, corpus $(ls "$work" | wc -l) files"
    else
        echo "fuzz_$t: FAILED (exit $rc); the input is under $art"
        tail -n 80 "$build/fuzz_$t.log"
    fi
    return $rc
}

failed=0
pids=()

for t in "${targets[@]}"; do
    [[ -x $build/fuzz_$t ]] || { echo "FAIL: $build/fuzz_$t was not built"; failed=1; continue; }
    run_target "$t" &
    pids+=($!)

    if ((${#pids[@]} >= jobs)); then
        wait "${pids[0]}" || failed=1
        pids=("${pids[@]:1}")
    fi
done
for p in "${pids[@]}"; do
    wait "$p" || failed=1
done
echo "==> fuzzing took $(( $(date +%s) - start )) s in all"
exit $failed

#!/bin/sh
# CI fuzz step: builds the "fuzz" preset (clang, libFuzzer + ASan + UBSan) and runs each
# target for a bounded time on its seed corpus (tests/fuzz/corpus/<target>) with its
# dictionary (tests/fuzz/<target>.dict), after replaying tests/fuzz/regressions/<target>.
# Fails (exit 1) on any finding: a crash, a sanitizer report, a broken invariant (a trap), a
# timeout (-timeout) or memory over -rss_limit_mb; the reproducer is left in
# build-fuzz/fuzz-artifacts/<target>/ (minimise it with -minimize_crash=1, then save it under
# tests/fuzz/regressions/<target>/, where the fuzz_regressions suite replays it).
# Skips with a message (exit 0) when clang or libFuzzer is not available.
#
# Usage: tests/fuzz/run_all.sh [TARGET...]        (default: every target)
#   COMMUNIQUE_FUZZ_SECONDS   seconds per target (default 30)
#   COMMUNIQUE_FUZZ_ARGS      extra libFuzzer flags (e.g. "-jobs=2 -workers=2")
set -eu
cd "$(dirname "$0")/../.."
seconds="${COMMUNIQUE_FUZZ_SECONDS:-30}"
here=tests/fuzz
build=build-fuzz

skip() {
    echo "fuzz: skipped: $*" >&2
    exit 0
}
command -v clang++ >/dev/null 2>&1 || skip "clang++ not found (apt-get install clang-14)"
probe_dir=$(mktemp -d)
trap 'rm -rf "$probe_dir"' EXIT
printf '%s\n' '#include <cstddef>' '#include <cstdint>' \
    'extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t*, std::size_t) { return 0; }' \
    > "$probe_dir/probe.cpp"
clang++ -fsanitize=fuzzer,address,undefined "$probe_dir/probe.cpp" -o "$probe_dir/probe" \
    >/dev/null 2>&1 || skip "clang++ cannot link -fsanitize=fuzzer (apt-get install libclang-rt-14-dev)"

cmake --preset fuzz >/dev/null
cmake --build --preset fuzz

if [ $# -gt 0 ]; then
    targets="$*"
else
    targets=$(for f in "$here"/*_fuzz.cpp; do basename "$f" _fuzz.cpp; done)
fi

status=0
for t in $targets; do
    exe="$build/tests/fuzz/communique-fuzz-$t"
    [ -x "$exe" ] || { echo "fuzz: $exe was not built" >&2; exit 1; }
    # Known findings first: each must now pass.
    if [ -d "$here/regressions/$t" ] && [ -n "$(ls -A "$here/regressions/$t")" ]; then
        if ! "$exe" -rss_limit_mb=2048 -timeout=10 "$here/regressions/$t"/* >"$build/fuzz-$t-regressions.log" 2>&1; then
            echo "fuzz: $t: a regression input fails again (see $build/fuzz-$t-regressions.log)" >&2
            status=1
            continue
        fi
    fi
    # New inputs go to a scratch corpus in the build tree; the seeds in the repo stay as they are.
    work="$build/fuzz-corpus/$t"
    artifacts="$build/fuzz-artifacts/$t"
    mkdir -p "$work" "$artifacts"
    dict=""
    [ -f "$here/$t.dict" ] && dict="-dict=$here/$t.dict"
    echo "fuzz: $t for ${seconds} s"
    # shellcheck disable=SC2086
    if "$exe" $dict -max_total_time="$seconds" -rss_limit_mb=2048 -timeout=10 -print_final_stats=1 \
        -artifact_prefix="$artifacts/" ${COMMUNIQUE_FUZZ_ARGS:-} "$work" "$here/corpus/$t" \
        >"$build/fuzz-$t.log" 2>&1; then
        grep -E '^stat::(number_of_executed_units|average_exec_per_sec|peak_rss_mb)' "$build/fuzz-$t.log" |
            sed "s/^/fuzz: $t: /" || true
        echo "fuzz: $t: corpus $(ls "$work" | wc -l) inputs"
    else
        echo "fuzz: $t: FINDING (log $build/fuzz-$t.log, reproducer in $artifacts/):" >&2
        grep -E 'ERROR|SUMMARY|==[0-9]+==|#[0-9]+ 0x' "$build/fuzz-$t.log" | head -30 >&2 || true
        status=1
    fi
done
[ "$status" -eq 0 ] && echo "fuzz: no findings"
exit "$status"

#!/bin/sh
# Two builds of communique-extract compared over one input: whether they write the same bytes,
# and how long each takes, run in turn (A B, then B A, ...) so that both see the same minutes of
# a machine whose speed drifts. On this project's 2-core VM a change to memory layout showed in
# wall time and not in cachegrind's simulation, and changes of a few percent are lost in the
# drift between two separate series: this is how speed changes are judged.
#
# Usage: tests/bench/compare-builds.sh [-n ROUNDS] [-j JOBS] EXTRACT_A EXTRACT_B [INPUT]
#   INPUT: a .jsonl file (read as JSON Lines) or a text file; default ../shared/corpus/bench/bbc.jsonl
# Prints "output: identical" or "output: DIFFERENT", then each build's median and best wall time
# and the ratio of the medians B/A (below 1: B is faster). Exits 1 when the outputs differ.
set -eu
rounds=11
jobs=1
while [ $# -gt 0 ]; do
    case $1 in
    -n) rounds=$2; shift 2 ;;
    -j) jobs=$2; shift 2 ;;
    *) break ;;
    esac
done
[ $# -ge 2 ] || { echo "usage: $0 [-n ROUNDS] [-j JOBS] EXTRACT_A EXTRACT_B [INPUT]" >&2; exit 2; }
a=$1
b=$2
input=${3:-$(cd "$(dirname "$0")/../.." && pwd)/../shared/corpus/bench/bbc.jsonl}
case $rounds in '' | *[!0-9]* | 0) echo "compare-builds: -n takes a positive number" >&2; exit 2 ;; esac
for exe in "$a" "$b"; do
    [ -x "$exe" ] || { echo "compare-builds: $exe is not an executable" >&2; exit 2; }
done
[ -r "$input" ] || { echo "compare-builds: cannot read $input" >&2; exit 2; }
case $input in *.jsonl) format="--input jsonl" ;; *) format="" ;; esac

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT INT TERM

# $format is split on purpose: it is empty or two words.
# shellcheck disable=SC2086
"$a" $format --format jsonl --jobs "$jobs" "$input" > "$work/a.out" 2> /dev/null || true
# shellcheck disable=SC2086
"$b" $format --format jsonl --jobs "$jobs" "$input" > "$work/b.out" 2> /dev/null || true
same=1
if cmp -s "$work/a.out" "$work/b.out"; then echo "output: identical"; else echo "output: DIFFERENT"; same=0; fi

# One timed run: seconds of wall time, from the shell's clock in nanoseconds.
run() {
    start=$(date +%s%N)
    # shellcheck disable=SC2086
    "$1" $format --format jsonl --jobs "$jobs" "$input" > /dev/null 2>&1 || true
    end=$(date +%s%N)
    echo "$(((end - start) / 1000)) $2" >> "$work/times"
}
i=0
while [ $i -lt "$rounds" ]; do
    if [ $((i % 2)) -eq 0 ]; then run "$a" A; run "$b" B; else run "$b" B; run "$a" A; fi
    i=$((i + 1))
done

# Medians (the middle one, or the mean of the two middle ones) and minimums, in milliseconds.
summary() {
    grep " $1\$" "$work/times" | cut -d' ' -f1 | sort -n | awk '
        { t[NR] = $1 }
        END {
            m = NR % 2 ? t[(NR + 1) / 2] : (t[NR / 2] + t[NR / 2 + 1]) / 2
            printf "%.1f %.1f\n", m / 1000, t[1] / 1000
        }'
}
# Four numbers, split on purpose: A's median and best, then B's.
# shellcheck disable=SC2046
set -- $(summary A) $(summary B)
bytes=$(wc -c < "$input")
awk -v ma="$1" -v ba="$2" -v mb="$3" -v bb="$4" -v n="$rounds" -v bytes="$bytes" -v a="$a" -v b="$b" 'BEGIN {
    printf "A %s: median %.1f ms, best %.1f ms, %.1f MB/s of input\n", a, ma, ba, bytes / ma / 1000
    printf "B %s: median %.1f ms, best %.1f ms, %.1f MB/s of input\n", b, mb, bb, bytes / mb / 1000
    printf "B/A (medians of %d runs each): %.3f\n", n, mb / ma
}'
[ $same -eq 1 ]

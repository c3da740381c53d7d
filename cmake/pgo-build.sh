#!/bin/sh
# A profile-guided build of the library and communique-extract with GCC: an instrumented build,
# a training run over sample inputs, then the optimised build, all in BUILD_DIR. Train on a
# sample of what you will run over (a few MB of your archive: .jsonl files are read as JSON
# Lines, other files as text); without inputs, the texts bundled with the project.
# Usage: cmake/pgo-build.sh BUILD_DIR [INPUT ...]
# Then: BUILD_DIR/examples/communique-extract, or cmake --install BUILD_DIR --prefix ...
set -eu
[ $# -ge 1 ] || { echo "usage: $0 BUILD_DIR [INPUT ...]" >&2; exit 2; }
src=$(cd "$(dirname "$0")/.." && pwd)
build=$1
shift
if [ $# -eq 0 ]; then
    set -- "$src"/examples/data/*.txt "$src"/tests/fuzz/corpus/extract/*.txt "$src"/tests/fuzz/corpus/jsonl/dev.jsonl
fi
for input in "$@"; do
    [ -r "$input" ] || { echo "pgo-build: cannot read $input" >&2; exit 2; }
done
jobs=${JOBS:-2}
mkdir -p "$build"
build=$(cd "$build" && pwd)
profile="$build/pgo-profile"
configure() {
    cmake -S "$src" -B "$build" -DCMAKE_BUILD_TYPE=Release -DCOMMUNIQUE_PGO="$1" \
        -DCOMMUNIQUE_PGO_DIR="$profile" -DCOMMUNIQUE_BUILD_TESTS=OFF \
        -DCOMMUNIQUE_BUILD_BENCHMARKS=OFF -DCOMMUNIQUE_BUILD_EXAMPLES=ON >/dev/null
    cmake --build "$build" --target communique-extract -j "$jobs" >/dev/null
}

echo "pgo-build: 1/3 instrumented build in $build"
rm -rf "$profile"
configure GENERATE
echo "pgo-build: 2/3 training run over $# input(s)"
for input in "$@"; do
    case "$input" in
    *.jsonl) "$build/examples/communique-extract" --input jsonl --format jsonl "$input" >/dev/null 2>&1 || true ;;
    *) "$build/examples/communique-extract" --format jsonl "$input" >/dev/null 2>&1 || true ;;
    esac
done
# A training run that wrote no profile would leave a plain build that only looks optimised.
if [ -z "$(find "$profile" -name '*.gcda' 2>/dev/null | head -n 1)" ]; then
    echo "pgo-build: the training run wrote no profile to $profile" >&2
    exit 1
fi
echo "pgo-build: 3/3 optimised build"
configure USE
echo "pgo-build: done: $build/examples/communique-extract"

#!/bin/sh
# The test command of the README: installs what is missing, configures, builds and runs the
# whole suite for one preset (default: dev; under CI=true, the -Werror "ci" preset).
# Usage: cmake/check.sh [PRESET]
set -eu
cd "$(dirname "$0")/.."
preset="${1:-}"
if [ -z "$preset" ]; then
    if [ "${CI:-}" = "true" ]; then preset=ci; else preset=dev; fi
fi
if [ "$preset" = clang ]; then sh cmake/install-deps.sh clang; else sh cmake/install-deps.sh; fi
cmake --preset "$preset" >/dev/null
cmake --build --preset "$preset"
ctest --preset "$preset"

#!/bin/sh
# The main job of the README: installs what is missing, builds the release preset and runs
# communique-extract on the bundled sample article. Extra arguments go to communique-extract.
set -eu
cd "$(dirname "$0")/.."
sh cmake/install-deps.sh
cmake --preset release >/dev/null
cmake --build --preset release --target communique-extract >/dev/null
exec build-release/examples/communique-extract "$@" examples/data/lavrov-post-meeting.txt

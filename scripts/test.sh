#!/usr/bin/env bash
# Installs the dependencies, builds criterio and runs every test.
#   scripts/test.sh            normal build in build/
#   scripts/test.sh --sanitize ASan + UBSan build in build-sanitize/
set -euo pipefail
cd "$(dirname "$0")/.."

build=build
flags=()
if [ "${1:-}" = "--sanitize" ]; then
  build=build-sanitize
  flags=(-DCRITERIO_SANITIZE=ON)
fi

scripts/install-deps.sh
cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo "${flags[@]}"
cmake --build "$build" -j "$(nproc)"
ctest --test-dir "$build" --output-on-failure -j "$(nproc)"

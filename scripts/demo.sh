#!/usr/bin/env bash
# Installs the dependencies, builds criterio and ranks the bundled hosting example.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build build -j "$(nproc)" --target criterio >/dev/null
build/criterio rank examples/hosting/providers.yaml "$@"

#!/usr/bin/env bash
# The packages and the installed library, as a user gets them:
#   - cpack builds criterio and criterio-dev .deb files; the first holds the
#     stripped program, the gzipped man page, the completions, catalogs and
#     schemas, and depends on the shared libraries it links; extracted, the
#     program runs;
#   - `cmake --install --component development` installs the library, and a
#     separate project finds it with find_package(criterio) and ranks with it.
# Usage: package_test.sh BUILD_DIR SOURCE_DIR
set -euo pipefail
build=$(cd "$1" && pwd)
source=$(cd "$2" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "package test: $*" >&2; exit 1; }

cpack --config "$build/CPackConfig.cmake" -B "$work/debs" > "$work/cpack.log" 2>&1 || { cat "$work/cpack.log" >&2; fail "cpack failed"; }
runtime=$(ls "$work"/debs/criterio_*.deb)
development=$(ls "$work"/debs/criterio-dev_*.deb)

dpkg-deb -c "$runtime" > "$work/files"
for path in ./usr/bin/criterio ./usr/share/man/man1/criterio.1.gz \
            ./usr/share/bash-completion/completions/criterio ./usr/share/zsh/vendor-completions/_criterio \
            ./usr/share/fish/vendor_completions.d/criterio.fish ./usr/share/criterio/criteria/hosting.yaml \
            ./usr/share/criterio/schemas/result.schema.json; do
  grep -q " $path\$" "$work/files" || fail "$runtime lacks $path"
done
depends=$(dpkg-deb -f "$runtime" Depends)
for library in libyaml-cpp libfmt libxlsxwriter libstdc++6; do
  [[ $depends == *"$library"* ]] || fail "$runtime does not depend on $library (Depends: $depends)"
done
dpkg-deb -c "$development" > "$work/development-files"
grep -q "criterioConfig.cmake" "$work/development-files" || fail "$development lacks the CMake package"

dpkg-deb -x "$runtime" "$work/root"
program="$work/root/usr/bin/criterio"
readelf -S "$program" > "$work/sections"
grep -q '\.symtab' "$work/sections" && fail "the packaged program is not stripped"
gzip -t "$work/root/usr/share/man/man1/criterio.1.gz" || fail "the man page is not gzipped"
"$program" --version | grep -q '^criterio ' || fail "the packaged program does not run"
winner=$("$program" rank "$source/examples/hosting/providers.yaml" -f csv --brief | sed -n 2p | cut -d, -f2)
[[ $winner == meadow ]] || fail "the packaged program ranks $winner first, expected meadow"

cmake --install "$build" --prefix "$work/prefix" --component development > /dev/null
cmake -S "$source/tests/package/consumer" -B "$work/consumer" -DCMAKE_PREFIX_PATH="$work/prefix" \
  -DCMAKE_BUILD_TYPE=Release > "$work/consumer.log" 2>&1 || { cat "$work/consumer.log" >&2; fail "find_package(criterio) failed"; }
cmake --build "$work/consumer" -j2 > "$work/consumer-build.log" 2>&1 || { cat "$work/consumer-build.log" >&2; fail "the consumer did not build"; }
winner=$("$work/consumer/consumer" "$source/examples/hosting/providers.yaml")
[[ $winner == meadow ]] || fail "the consumer ranks $winner first, expected meadow"
echo "package test: criterio and criterio-dev packages and find_package(criterio) work"

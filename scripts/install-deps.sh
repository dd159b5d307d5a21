#!/usr/bin/env bash
# Installs everything criterio needs to build, test and document itself, from
# Debian 12 packages only. Safe to run again; needs root (or sudo).
set -euo pipefail

packages=(
  build-essential cmake pkg-config
  libcli11-dev libyaml-cpp-dev nlohmann-json3-dev libeigen3-dev libfmt-dev
  libgtest-dev libgmock-dev
  libxlsxwriter-dev
  scdoc mandoc
  zsh fish
  python3 python3-jsonschema python3-yaml
  python3-openpyxl libreoffice-calc-nogui
  chromium fonts-dejavu-core
  clang libclang-rt-14-dev
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"

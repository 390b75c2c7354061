#!/usr/bin/env bash
# Installs the Debian 12 packages RegionLens needs (only those missing),
# then configures and builds it in ./build. Safe to run again.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

packages=(
  build-essential cmake ninja-build pkg-config
  qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite qt6-svg-dev qt6-l10n-tools qt6-tools-dev qt6-tools-dev-tools
  qt6-translations-l10n libqcustomplot-dev libqcustomplot2.1-qt6 libeigen3-dev libsqlite3-dev libgl-dev
  libbenchmark-dev xvfb xauth fonts-noto-cjk fonts-vlgothic poppler-utils
  clang-14 libclang-rt-14-dev   # libFuzzer + sanitizers for the fuzz test (fuzz/run-fuzz.sh); only recommended by clang-14
)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo=sudo
  echo "==> installing: ${missing[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

build="${REGIONLENS_BUILD_DIR:-$root/build}"
echo "==> building in $build"
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release "$@" >/dev/null
cmake --build "$build" -j"$(nproc)"

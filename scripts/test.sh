#!/usr/bin/env bash
# Installs what is missing, builds, and runs the whole test suite with CTest;
# then the sanitizer run: the analysis and datasets tests and the CLI's
# bad-input tests built with ASan + UBSan (-O1, no GUI) in build-asan.
# Any failure of either run fails the script. REGIONLENS_SANITIZE_RUN=0 skips
# the sanitizer run (e.g. for a quick local check).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
"$root/scripts/setup.sh" -DREGIONLENS_BUILD_TESTS=ON
status=0
(cd "${REGIONLENS_BUILD_DIR:-$root/build}" && QT_QPA_PLATFORM=offscreen ctest --output-on-failure -j"$(nproc)") || status=$?

if [ "${REGIONLENS_SANITIZE_RUN:-1}" != 0 ]; then
  asan="${REGIONLENS_ASAN_BUILD_DIR:-$root/build-asan}"
  echo "==> sanitizer run (ASan + UBSan) in $asan"
  cmake -S "$root" -B "$asan" -G Ninja -DCMAKE_BUILD_TYPE=Sanitize -DREGIONLENS_SANITIZE=ON \
        -DREGIONLENS_BUILD_GUI=OFF -DREGIONLENS_BUILD_TESTS=ON -DREGIONLENS_FUZZ_TESTS=OFF >/dev/null
  cmake --build "$asan" -j"$(nproc)" --target regionlens_sanitize_tests
  (cd "$asan" && QT_QPA_PLATFORM=offscreen ctest --output-on-failure -j"$(nproc)" -L sanitize) || status=$?
fi
exit "$status"

#!/usr/bin/env bash
# Installs what is missing, builds, and runs RegionLens on the bundled starter
# data: the GUI when a display exists, otherwise an offscreen render of the
# main view to out/regionlens-main.png.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
"$root/scripts/setup.sh"
app="${REGIONLENS_BUILD_DIR:-$root/build}/app/regionlens"
if [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; then
  exec "$app" "$@"
fi
mkdir -p "$root/out"
echo "==> no display: rendering offscreen"
QT_QPA_PLATFORM=offscreen "$app" --select 13 --screenshot "$root/out/regionlens-main.png" \
  --report "$root/out/regionlens-report.pdf" "$@"

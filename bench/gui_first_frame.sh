#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# GUI launch -> first painted frame of the main window (issue 16), on a first
# launch (the store created from the starter pack, with its progress dialog)
# and on an existing store. The program is started with REGIONLENS_TIMING=quit
# and REGIONLENS_TIMING_T0 = the time just before it is started; it prints the
# moment of its first paint event and quits after that frame (app/gui/
# launchtiming.h). Shown per run: wall ms to the first paint event and to the
# end of that frame, when main() began, CPU ms and RSS at the first paint.
#
# Usage: bench/gui_first_frame.sh [BUILD_DIR] [RUNS]   (defaults: build, 5)
# Platform: QT_QPA_PLATFORM (default offscreen); e.g. QT_QPA_PLATFORM=xcb under xvfb-run.
set -eu

SRC=$(cd "$(dirname "$0")/.." && pwd)
BUILD=${1:-$SRC/build}
RUNS=${2:-5}
GUI=$BUILD/app/regionlens
[ -x "$GUI" ] || { echo "gui_first_frame.sh: $GUI not found (build the regionlens target)" >&2; exit 2; }
export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
DB=$TMP/store.sqlite
# QSettings (language, last region) in a scratch place, not the user's.
export XDG_CONFIG_HOME=$TMP/config

launch() {  # prints: paint_ms frame_ms main_ms cpu_ms rss_mib
    REGIONLENS_TIMING=quit REGIONLENS_TIMING_T0=$(date +%s%N) \
        "$GUI" --db "$DB" --lang ja --window-size 1366x768 > /dev/null 2> "$TMP/err" || true
    line=$(grep 'regionlens: timing: first paint' "$TMP/err" || true)
    if [ -z "$line" ]; then
        echo "gui_first_frame.sh: no timing line; stderr was:" >&2
        cat "$TMP/err" >&2
        exit 1
    fi
    echo "$line" | sed -E 's/.*first paint ([0-9.]+) ms.*main\(\) at ([0-9.-]+) ms.*done at ([0-9.]+) ms.*CPU ([0-9.]+) ms, RSS ([0-9.]+) MiB.*/\1 \3 \2 \4 \5/'
}

report() {  # TITLE FILE
    echo "$1"
    printf '  %-5s %12s %12s %10s %10s %10s\n' run "paint ms" "frame ms" "main() ms" "CPU ms" "RSS MiB"
    awk '{ printf "  %-5d %12.1f %12.1f %10.1f %10.1f %10.1f\n", NR, $1, $2, $3, $4, $5 }' "$2"
    for col in 1 2 4 5; do
        awk -v c=$col '{ print $c }' "$2" | sort -g | awk '{ v[NR] = $1 } END { printf "%s ", (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
    done | awk '{ printf "  median: first paint %.1f ms, frame done %.1f ms, CPU %.1f ms, RSS %.1f MiB\n", $1, $2, $3, $4 }'
}

echo "launch -> first painted frame, $QT_QPA_PLATFORM, $(date -u '+%Y-%m-%d %H:%M UTC'), load $(cut -d' ' -f1-3 /proc/loadavg)"
: > "$TMP/first"
i=0
while [ "$i" -lt "$RUNS" ]; do
    rm -f "$DB" "$DB-wal" "$DB-shm"
    launch >> "$TMP/first"
    i=$((i + 1))
done
report "first launch (store created from the starter pack)" "$TMP/first"
: > "$TMP/existing"
i=0
while [ "$i" -lt "$RUNS" ]; do
    launch >> "$TMP/existing"
    i=$((i + 1))
done
report "existing store" "$TMP/existing"

#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# What a user of the installed RegionLens gets, from a scratch root:
#   check-install.sh BUILD_DIR APP_ID        `cmake --install` into a DESTDIR (CTest package_install)
#   check-install.sh BUILD_DIR APP_ID --deb  the Debian package: cpack, lintian, dpkg -x (target check_package)
set -euo pipefail
build=$1
app_id=$2
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

if [[ ${3:-} == --deb ]]; then
  (cd "$build" && cpack -G DEB >/dev/null)
  deb=$(ls -t "$build"/regionlens_*.deb | head -1)
  echo "built $deb"
  dpkg-deb -f "$deb" Depends
  if command -v lintian >/dev/null; then
    lintian --fail-on error,warning "$deb" || fail "lintian $deb"
    echo "lintian: no errors or warnings"
  else
    echo "SKIPPED: lintian is not installed: the package is not checked"
  fi
  dpkg -x "$deb" "$scratch"
else
  DESTDIR="$scratch" cmake --install "$build" --prefix /usr --strip >/dev/null
fi
root="$scratch/usr"
for f in bin/regionlens bin/regionlens-cli libexec/regionlens/regionlens-report \
         share/man/man1/regionlens.1.gz share/man/man1/regionlens-cli.1.gz \
         share/man/ja/man1/regionlens.1.gz share/man/ja/man1/regionlens-cli.1.gz \
         share/bash-completion/completions/regionlens-cli \
         "share/applications/$app_id.desktop" "share/metainfo/$app_id.metainfo.xml" \
         "share/icons/hicolor/scalable/apps/$app_id.svg" "share/icons/hicolor/48x48/apps/$app_id.png" \
         share/doc/regionlens/copyright share/doc/regionlens/SOURCES.md; do
  [[ -e $root/$f ]] || fail "not installed: /usr/$f"
done
echo "installed into $scratch/usr"

# Nothing at run time comes from the checkout or the build tree: the programs do not even name them
# (Release builds; a Debug build's assertions name their source files).
source_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build_dir=$(cd "$build" && pwd)
if grep -q '^CMAKE_BUILD_TYPE:STRING=Release$' "$build/CMakeCache.txt"; then
  for program in bin/regionlens bin/regionlens-cli libexec/regionlens/regionlens-report; do
    for dir in "$source_dir" "$build_dir"; do
      ! grep -q -a -F "$dir" "$root/$program" || fail "/usr/$program names $dir"
    done
  done
  echo "installed programs name neither $source_dir nor $build_dir"
else
  echo "SKIPPED: not a Release build: the programs are not checked for paths of the build tree"
fi

# --version from the installed programs, with no display (the GUI answers before it opens a window).
for program in regionlens regionlens-cli; do
  version=$(cd / && env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM "$root/bin/$program" --version)
  [[ $version =~ ^$program\ [0-9]+\.[0-9]+\.[0-9]+ ]] || fail "$program --version printed '$version'"
  echo "$version"
done

# The installed man pages are what the installed programs write from their option definitions …
for lang in en ja; do
  dir=man1
  [[ $lang == ja ]] && dir=ja/man1
  for program in regionlens regionlens-cli; do
    cmp -s <(gzip -dc "$root/share/man/$dir/$program.1.gz") \
           <(env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM "$root/bin/$program" --help-man --lang $lang) ||
      fail "share/man/$dir/$program.1.gz differs from '$program --help-man --lang $lang'"
  done
done
# … and list every command and option of --help.
page=$(gzip -dc "$root/share/man/man1/regionlens-cli.1.gz" | sed 's/\\-/-/g')
commands=$("$root/bin/regionlens-cli" --help | sed -n '/^Commands:/,/^$/p' | awk 'NF > 1 {print $1}')
[[ $(wc -w <<<"$commands") -ge 10 ]] || fail "regionlens-cli --help lists no commands"
for c in $commands; do
  grep -q "^\\\\fB$c\\\\fR\$" <<<"$page" || fail "regionlens-cli(1) has no command $c"
done
gui_page=$(gzip -dc "$root/share/man/man1/regionlens.1.gz" | sed 's/\\-/-/g')
for option in $(env -u DISPLAY -u QT_QPA_PLATFORM "$root/bin/regionlens" --help | grep -o -- '--[a-z][a-z-]*' | sort -u); do
  grep -q -- "\\\\fB$option\\\\fR" <<<"$gui_page" || fail "regionlens(1) has no option $option"
done
if command -v man >/dev/null; then
  warnings=$(MANWIDTH=100 LC_ALL=C.UTF-8 man --warnings -l "$root/share/man/man1/regionlens-cli.1.gz" 2>&1 >/dev/null || true)
  [[ -z $warnings ]] || fail "man reports: $warnings"
else
  echo "SKIPPED: man is not installed (man-db): the pages' formatting is not checked"
fi
echo "man pages: the installed programs' option definitions, every command and option"

# The bash completion offers the commands, a command's options and their choices.
complete_line() {
  bash -c 'source "$1"; read -ra COMP_WORDS <<<"$2"; [[ $2 == *" " ]] && COMP_WORDS+=("")
           COMP_CWORD=$((${#COMP_WORDS[@]} - 1)); _regionlens_cli; echo "${COMPREPLY[*]}"' \
    _ "$root/share/bash-completion/completions/regionlens-cli" "$1"
}
[[ $(complete_line "regionlens-cli shift") == shift-share ]] || fail "completion of 'shift'"
[[ $(complete_line "regionlens-cli lq --ref") == --reference ]] || fail "completion of 'lq --ref'"
[[ $(complete_line "regionlens-cli --db x.sqlite lq --format ") == "csv json" ]] || fail "completion of 'lq --format'"
[[ $(complete_line "regionlens-cli io ") == "multipliers impact circulation tables" ]] || fail "completion of 'io'"
echo "bash completion: commands, options, choices, subcommands"

# The installed programs on a new store, away from the build tree: the GUI
# creates it with the compiled-in starter pack and renders offscreen, the CLI
# reads it, and `report` finds regionlens-report in libexec/regionlens.
store="$scratch/regionlens.sqlite"
(cd / && QT_QPA_PLATFORM=offscreen "$root/bin/regionlens" --db "$store" --lang ja --select 23 --page industry \
   --window-size 1366x768 --screenshot "$scratch/industry-ja.png" >/dev/null 2>&1) || fail "regionlens --screenshot"
[[ $(head -c 8 "$scratch/industry-ja.png" | od -An -c | tr -d ' ') == '211PNG\r\n032\n' ]] ||
  fail "regionlens --screenshot wrote no PNG"
lq=$(cd / && "$root/bin/regionlens-cli" --db "$store" lq --indicator employees --year 2021 2>/dev/null)
grep -q '^23,E,' <<<"$lq" || fail "regionlens-cli lq has no row for 愛知県 manufacturing"
(cd / && "$root/bin/regionlens-cli" --db "$store" report --region 23 --out "$scratch/report.pdf" >/dev/null 2>&1) ||
  fail "regionlens-cli report"
[[ $(head -c 5 "$scratch/report.pdf") == %PDF- ]] || fail "regionlens-cli report wrote no PDF"
echo "installed programs: screenshot on a new store, lq, report through libexec/regionlens/regionlens-report"

if command -v desktop-file-validate >/dev/null; then
  desktop-file-validate "$root/share/applications/$app_id.desktop" || fail "desktop-file-validate"
  echo "desktop entry: valid"
else
  echo "SKIPPED: desktop-file-validate is not installed (desktop-file-utils): the desktop entry is not validated"
fi
if command -v appstreamcli >/dev/null; then
  appstreamcli validate --no-net --explain "$root/share/metainfo/$app_id.metainfo.xml" || fail "appstreamcli validate"
  echo "AppStream metadata: valid"
else
  echo "SKIPPED: appstreamcli is not installed (appstream): the metadata is not validated"
fi
echo "check-install: passed"

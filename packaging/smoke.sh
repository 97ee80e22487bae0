#!/usr/bin/env bash
# Smoke test of an installed vig-annotator (the PyInstaller bundle or a pipx install of the wheel):
# no display, a fresh home; starts the window on the demo project, exports the demo, exits 0.
# Usage: packaging/smoke.sh PATH/TO/vig-annotator
set -euo pipefail
app="$(realpath "$1")"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export HOME="$work/home" XDG_DATA_HOME="$work/data" XDG_CONFIG_HOME="$work/config" XDG_CACHE_HOME="$work/cache"
export QT_QPA_PLATFORM=offscreen QT_LOGGING_RULES="qt.multimedia.*=false"
mkdir -p "$HOME"
cd "$work"
"$app" --version
"$app" --help > /dev/null
# The GUI, headless, on a fresh copy of the demo project; closed after 5 s; status 1 if it did not open.
VIG_ANNOTATOR_EXIT_AFTER_MS=5000 "$app" > "$work/gui.log" 2>&1 || { cat "$work/gui.log"; exit 1; }
demo="$XDG_DATA_HOME/vig-annotator/demo/demo.vigproj"
test -f "$demo" || { echo "smoke: the GUI made no demo copy at $demo"; exit 1; }
"$app" info "$demo" > /dev/null
"$app" export "$demo" -f csv -o "$work/demo.csv"
"$app" export "$demo" -f xlsx -o "$work/demo.xlsx"
rows=$(($(wc -l < "$work/demo.csv") - 1))
test "$rows" -gt 0 || { echo "smoke: the export of the demo has no rows"; exit 1; }
echo "smoke: ok: $app started on the demo project and exported $rows segments"

#!/usr/bin/env bash
# Put vig-annotator in a Linux desktop's menu: the .desktop entry, the AppStream metadata and the icon
# (hicolor theme) under XDG_DATA_HOME (default ~/.local/share); `--uninstall` removes them again.
# The `vig-annotator` command must be on PATH (pipx install, or a link to the bundle's executable).
set -euo pipefail
id=org.vig_annotator.VigAnnotator
ui="$(cd "$(dirname "$0")/.." && pwd)/ui"
share="${XDG_DATA_HOME:-$HOME/.local/share}"
files=("$share/applications/$id.desktop" "$share/metainfo/$id.metainfo.xml" "$share/icons/hicolor/scalable/apps/vig-annotator.svg")
for size in 16 24 32 48 64 128 256 512; do files+=("$share/icons/hicolor/${size}x${size}/apps/vig-annotator.png"); done
if [ "${1:-}" = "--uninstall" ]; then
    rm -f "${files[@]}"
else
    install -Dm644 "$ui/linux/$id.desktop" "$share/applications/$id.desktop"
    install -Dm644 "$ui/linux/$id.metainfo.xml" "$share/metainfo/$id.metainfo.xml"
    install -Dm644 "$ui/icons/app/vig-annotator.svg" "$share/icons/hicolor/scalable/apps/vig-annotator.svg"
    for size in 16 24 32 48 64 128 256 512; do
        install -Dm644 "$ui/icons/app/vig-annotator-$size.png" "$share/icons/hicolor/${size}x${size}/apps/vig-annotator.png"
    done
fi
command -v update-desktop-database > /dev/null && update-desktop-database -q "$share/applications" || true
command -v gtk-update-icon-cache > /dev/null && gtk-update-icon-cache -q -t "$share/icons/hicolor" || true
echo "${1:---install}: ${#files[@]} files under $share"

#!/usr/bin/env bash
# Install (or --uninstall) the unpacked partnertracker folder for the current user:
# the program under ~/.local/lib/partnertracker, a `partnertracker` command in ~/.local/bin,
# the menu entry and the icon. Set PREFIX=/usr/local (as root) to install for everyone.
set -euo pipefail

app_id=org.partnertracker.PartnerTracker
prefix=${PREFIX:-$HOME/.local}
target="$prefix/lib/partnertracker"
here=$(cd "$(dirname "$0")" && pwd)

refresh() {
  # Desktops pick up new entries and icons faster when their caches are refreshed; optional.
  command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$prefix/share/applications" || true
  command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q -t "$prefix/share/icons/hicolor" || true
}

if [[ "${1:-}" == "--uninstall" ]]; then
  rm -rf "$target"
  rm -f "$prefix/bin/partnertracker" "$prefix/share/applications/$app_id.desktop" \
        "$prefix/share/metainfo/$app_id.metainfo.xml"
  find "$prefix/share/icons/hicolor" -name "$app_id.*" -delete 2>/dev/null || true
  refresh
  echo "partnertracker removed from $prefix (your database in ~/.local/share/partnertracker is kept)"
  exit 0
fi

if [[ ! -x "$here/partnertracker" ]]; then
  echo "install.sh: run me from the unpacked partnertracker folder (no partnertracker program beside me)" >&2
  exit 1
fi

if [[ "$here" != "$target" ]]; then
  rm -rf "$target"
  mkdir -p "$target"
  cp -a "$here/." "$target/"
fi
mkdir -p "$prefix/bin" "$prefix/share/applications" "$prefix/share/metainfo"
ln -sf "$target/partnertracker" "$prefix/bin/partnertracker"
# Absolute Exec/TryExec: ~/.local/bin is not on every desktop session's PATH.
sed -e "s|^Exec=partnertracker|Exec=$target/partnertracker|" \
    -e "s|^TryExec=partnertracker|TryExec=$target/partnertracker|" \
    "$here/share/applications/$app_id.desktop" > "$prefix/share/applications/$app_id.desktop"
cp "$here/share/metainfo/$app_id.metainfo.xml" "$prefix/share/metainfo/"
mkdir -p "$prefix/share/icons"
cp -r "$here/share/icons/hicolor" "$prefix/share/icons/"
refresh
echo "partnertracker installed in $target; start it from the menu or with: $prefix/bin/partnertracker"

#!/usr/bin/env bash
# Copy the desktop entry, AppStream metainfo, icons and install.sh into a built app folder
# (used by build.sh; tests use it too), so that the unpacked archive installs on its own.
set -euo pipefail
app=${1:?usage: add_desktop_files.sh APP_FOLDER}
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
id=org.partnertracker.PartnerTracker

install -Dm644 "$here/$id.desktop" "$app/share/applications/$id.desktop"
install -Dm644 "$here/$id.metainfo.xml" "$app/share/metainfo/$id.metainfo.xml"
install -Dm644 "$root/resources/icons/$id.svg" "$app/share/icons/hicolor/scalable/apps/$id.svg"
cp -r "$root/resources/icons/hicolor/." "$app/share/icons/hicolor/"
install -m755 "$here/install.sh" "$app/install.sh"

#!/usr/bin/env bash
# Validate the Linux desktop entry and AppStream metadata with the freedesktop tools themselves.
# Installs desktop-file-utils and appstream (Debian) when missing and apt-get is available.
set -euo pipefail
cd "$(dirname "$0")/linux"

desktop=org.partnertracker.PartnerTracker.desktop
metainfo=org.partnertracker.PartnerTracker.metainfo.xml

if ! command -v desktop-file-validate >/dev/null 2>&1 || ! command -v appstreamcli >/dev/null 2>&1; then
  if command -v apt-get >/dev/null 2>&1; then
    echo "validate.sh: installing desktop-file-utils and appstream" >&2
    apt-get update -qq >/dev/null
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq desktop-file-utils appstream >/dev/null
  else
    echo "validate.sh: desktop-file-validate and appstreamcli are needed (packages desktop-file-utils, appstream)" >&2
    exit 1
  fi
fi

# desktop-file-validate prints nothing on success, so say what passed.
desktop-file-validate "$desktop"
echo "validate.sh: $desktop is valid"
# --no-net: CI has no network, and the screenshot URLs only resolve once published.
appstreamcli validate --no-net "$metainfo"

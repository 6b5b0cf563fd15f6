#!/usr/bin/env bash
# Build the standalone Linux application with PyInstaller (slow: a few minutes; not part of .ci/run).
#
#   bash packaging/build.sh
#
# Produces dist/partnertracker/ (run dist/partnertracker/partnertracker) and
# dist/partnertracker-<version>-linux-<arch>.tar.gz. PyInstaller is installed into a throwaway
# environment (build/pyinstaller-venv, without the dev tools), never into the project's
# dependencies or your .venv.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v uv >/dev/null 2>&1; then
  echo "build.sh: uv is needed (https://docs.astral.sh/uv/, or: python3 -m pip install uv)" >&2
  exit 1
fi

version=$(python3 -c 'import tomllib; print(tomllib.load(open("pyproject.toml", "rb"))["project"]["version"])')
arch=$(uname -m)
archive="dist/partnertracker-${version}-linux-${arch}.tar.gz"

# Qt's X11 plugin needs xcb libraries that the PySide6 wheel does not ship. PyInstaller bundles
# whichever of them the build machine has, so install them first to make the archive run on
# desktops that lack them (Debian/Ubuntu; elsewhere install the equivalents by hand).
xcb_packages="libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-render-util0 libxcb-image0 libxkbcommon-x11-0"
if command -v apt-get >/dev/null 2>&1 && ! ldconfig -p | grep -q libxcb-icccm.so.4; then
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $xcb_packages >/dev/null) ||
    echo "build.sh: could not install $xcb_packages; the build will need them on the user's machine" >&2
fi

# A separate environment keeps pytest, mypy & co. out of the bundle and leaves .venv alone.
export UV_PROJECT_ENVIRONMENT="$PWD/build/pyinstaller-venv"
uv sync --locked --no-dev --quiet
uv run --locked --no-dev --with pyinstaller \
  pyinstaller --noconfirm --clean --log-level WARN \
  --distpath dist --workpath build/pyinstaller \
  packaging/partnertracker.spec

# Ship what a desktop needs beside the program, so the archive installs on its own.
app=dist/partnertracker
bash packaging/linux/add_desktop_files.sh "$app"

# Sorted names and a fixed owner make the archive depend only on its content.
tar --sort=name --owner=0 --group=0 --numeric-owner -C dist -czf "$archive" partnertracker

echo "build.sh: built $app ($(du -sh "$app" | cut -f1)) and $archive ($(du -h "$archive" | cut -f1))"

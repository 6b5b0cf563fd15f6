"""The desktop entry, AppStream metainfo and icons agree with the package and with each other."""

from __future__ import annotations

import configparser
import struct
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtGui import QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

from partnertracker import APP_ID

ROOT = Path(__file__).resolve().parents[2]
LINUX = ROOT / "packaging" / "linux"
ICONS = ROOT / "resources" / "icons"
PNG_SIZES = (16, 32, 48, 64, 128, 256, 512)
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
ENTRY_POINTS = {**PYPROJECT.get("scripts", {}), **PYPROJECT.get("gui-scripts", {})}


def desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # keys are case-sensitive in desktop files
    parser.read(LINUX / f"{APP_ID}.desktop", encoding="utf-8")
    return parser["Desktop Entry"]


def metainfo() -> ET.Element:
    return ET.parse(LINUX / f"{APP_ID}.metainfo.xml").getroot()


def test_desktop_entry_is_named_after_the_app_id_and_runs_the_installed_command():
    entry = desktop_entry()
    command = entry["Exec"].split()[0]
    assert command in ENTRY_POINTS
    assert ENTRY_POINTS[command] == "partnertracker.__main__:main"
    assert entry["Exec"].split()[1:] == ["%F"]  # dropped files reach the app as arguments
    assert entry["TryExec"] == command
    # The icon theme looks the icon up by this name, and Qt's setDesktopFileName(APP_ID)
    # ties the running window to this file.
    assert entry["Icon"] == APP_ID


def test_desktop_entry_offers_to_open_dispatch_formats():
    mime_types = set(filter(None, desktop_entry()["MimeType"].split(";")))
    assert {"text/plain", "message/rfc822", "text/html"} <= mime_types
    assert "Office" in desktop_entry()["Categories"].split(";")


def test_metainfo_names_the_same_app_version_and_licence_as_pyproject():
    root = metainfo()
    assert root.findtext("id") == APP_ID
    assert root.findtext("launchable") == f"{APP_ID}.desktop"
    assert root.findtext("provides/binary") in ENTRY_POINTS
    assert root.findtext("project_license") == PYPROJECT["license"]
    newest = root.find("releases/release")
    assert newest is not None and newest.get("version") == PYPROJECT["version"]


def test_metainfo_screenshots_point_at_the_repository_docs_folder():
    urls = [image.text or "" for image in metainfo().iter("image")]
    assert urls
    assert all("/docs/screenshots/" in url and url.endswith(".png") for url in urls)
    # Each URL names a screenshot that is in the repository, so it resolves once published.
    for url in urls:
        assert (ROOT / "docs" / "screenshots" / url.rsplit("/", 1)[1]).is_file(), url


@pytest.mark.parametrize("size", PNG_SIZES)
def test_png_icon_exists_at_its_size(size: int):
    path = ICONS / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
    image = QImage(str(path))
    assert not image.isNull(), f"{path} is missing or not a PNG"
    assert (image.width(), image.height()) == (size, size)
    assert image.hasAlphaChannel()  # rounded corners need transparency


def test_svg_icon_is_valid_and_png_renders_are_up_to_date(qapp):
    renderer = QSvgRenderer(str(ICONS / f"{APP_ID}.svg"))
    assert renderer.isValid()
    fresh = QImage(64, 64, QImage.Format.Format_ARGB32)
    fresh.fill(0)
    painter = QPainter(fresh)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    committed = QImage(str(ICONS / "hicolor" / "64x64" / "apps" / f"{APP_ID}.png"))
    committed = committed.convertToFormat(QImage.Format.Format_ARGB32)
    differing = sum(
        1
        for y in range(64)
        for x in range(64)
        if abs(fresh.pixelColor(x, y).red() - committed.pixelColor(x, y).red()) > 24
    )
    # A few anti-aliased edge pixels may differ; an edited SVG changes hundreds.
    assert differing < 40, "the SVG changed: run `uv run python packaging/render_icons.py`"


def test_windows_ico_lists_every_size_up_to_256():
    data = (ICONS / "partnertracker.ico").read_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", data)
    assert (reserved, kind) == (0, 1)
    sizes = set()
    for index in range(count):
        width, _height, _colours, _res, _planes, _bits, length, offset = struct.unpack_from(
            "<BBBBHHII", data, 6 + 16 * index
        )
        assert data[offset : offset + 8] == b"\x89PNG\r\n\x1a\n"
        assert offset + length <= len(data)
        sizes.add(width or 256)
    assert sizes == {16, 32, 48, 64, 128, 256}


def test_macos_icns_holds_png_images_up_to_512():
    data = (ICONS / "partnertracker.icns").read_bytes()
    assert data[:4] == b"icns"
    assert struct.unpack_from(">I", data, 4)[0] == len(data)
    types, position = set(), 8
    while position < len(data):
        kind, length = data[position : position + 4], struct.unpack_from(">I", data, position + 4)[0]
        assert data[position + 8 : position + 16] == b"\x89PNG\r\n\x1a\n"
        types.add(kind)
        position += length
    assert position == len(data)
    assert {b"ic07", b"ic08", b"ic09"} <= types  # 128, 256 and 512 pixels

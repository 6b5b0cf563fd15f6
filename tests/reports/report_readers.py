"""Read an exported file back with a real reader and return what a person would read in it."""

from __future__ import annotations

import csv
import datetime as dt
import io
import unicodedata
import zipfile
from html.parser import HTMLParser
from pathlib import Path
from xml.etree import ElementTree

import openpyxl
import pypdf


def plain(text: str) -> str:
    """Text with ligatures undone and any run of white space as one space (PDF text comes out so)."""
    return " ".join(unicodedata.normalize("NFKC", text).split())


def assert_in_order(text: str, expected: list[str]) -> None:
    """Every expected piece is in `text`, each after the one before."""
    position = -1
    for piece in expected:
        found = text.find(piece, position + 1)
        assert found > position, f"{piece!r} missing or out of order in {text[:3000]!r}"
        position = found


def pdf_text(path: Path) -> str:
    reader = pypdf.PdfReader(path)
    return plain(" ".join(page.extract_text() for page in reader.pages))


def odt_text(path: Path) -> str:
    with zipfile.ZipFile(path) as odt:
        root = ElementTree.fromstring(odt.read("content.xml"))
    return plain(" ".join(root.itertext()))


def xlsx_cells(path: Path) -> list[tuple[str, list[object]]]:
    """(sheet name, row values) for every row of every sheet, in order."""
    workbook = openpyxl.load_workbook(path)
    return [(sheet.title, list(row)) for sheet in workbook.worksheets for row in sheet.iter_rows(values_only=True)]


def xlsx_text(path: Path) -> str:
    parts = []
    for sheet, row in xlsx_cells(path):
        parts.append(sheet)
        for value in row:
            if isinstance(value, dt.datetime):
                value = value.date()
            parts.append("" if value is None else value.isoformat() if isinstance(value, dt.date) else str(value))
    return plain(" ".join(parts))


def csv_rows(path: Path) -> list[list[str]]:
    text = path.read_bytes().decode("utf-8-sig")
    return list(csv.reader(io.StringIO(text, newline="")))


def csv_text(path: Path) -> str:
    return plain(" ".join(" ".join(row) for row in csv_rows(path)))


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []
        self.tags: list[str] = []
        self.attributes: list[tuple[str, str]] = []  # (tag, attribute name) of every element
        self._skip = 0

    def handle_starttag(self, tag: str, attrs) -> None:
        self.tags.append(tag)
        self.attributes += [(tag, name) for name, _ in attrs]
        if tag in ("style", "title", "svg"):
            self._skip += 1

    def handle_endtag(self, tag: str) -> None:
        if tag in ("style", "title", "svg"):
            self._skip -= 1

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.parts.append(data)


def html_parsed(path: Path) -> _Text:
    parser = _Text()
    parser.feed(path.read_text(encoding="utf-8"))
    return parser


def html_text(path: Path) -> str:
    return plain(" ".join(html_parsed(path).parts))


def md_text(path: Path) -> str:
    return plain(path.read_text(encoding="utf-8").replace("\\", ""))


TEXT_READERS = {"pdf": pdf_text, "odt": odt_text, "xlsx": xlsx_text, "csv": csv_text, "html": html_text, "md": md_text}

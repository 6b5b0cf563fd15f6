"""Markdown: a title block, then one table per section (text escaped so a renderer shows it as written)."""

from __future__ import annotations

import re
from typing import BinaryIO

from PySide6.QtCore import QCoreApplication

from partnertracker.reports.content import ColumnKind, Progress, Report, Section, cell_text

# Characters Markdown would read as markup; `<` and `&` become entities so no HTML gets through.
_MARKUP = re.compile(r"([\\`*_\[\]|~])")
# At the start of a line these begin a heading, a quote or a list.
_LINE_START = re.compile(r"^([#>+-]|\d+[.)])")


def escape(text: str) -> str:
    text = text.replace("&", "&amp;").replace("<", "&lt;")
    text = " ".join(text.split())  # a table cell is one line
    text = _MARKUP.sub(r"\\\1", text)
    return _LINE_START.sub(r"\\\1", text)


def _section(section: Section) -> list[str]:
    lines = [f"## {escape(section.title)}", ""]
    for note in section.notes:
        lines += [f"*{escape(note)}*", ""]
    if section.chart is not None and section.chart.is_empty:
        nothing = QCoreApplication.translate("Report", "The chart has nothing to show.")
        lines += [f"*{escape(nothing)}*", ""]
    if not section.rows:
        return [*lines, escape(section.empty_text), ""]
    lines.append("| " + " | ".join(escape(c.title) for c in section.columns) + " |")
    lines.append("|" + "|".join("---:" if c.kind is ColumnKind.NUMBER else "---" for c in section.columns) + "|")
    for row in section.rows:
        lines.append("| " + " | ".join(escape(cell_text(v)) for v in row.cells) + " |")
    return [*lines, ""]


def render(report: Report) -> str:
    lines = [f"# {escape(report.title)}", "", escape(report.subtitle), ""]
    lines += [f"{escape(line)}  " for line in report.heading_lines()] + [""]
    for note in report.notes:
        lines += [f"> {escape(note)}", ""]
    for section in report.sections:
        lines += _section(section)
    return "\n".join(lines)


def write(report: Report, stream: BinaryIO, progress: Progress | None = None) -> None:
    stream.write(render(report).encode("utf-8"))

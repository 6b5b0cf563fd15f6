"""HTML: one self-contained page (inline style, the chart as inline SVG); every text is escaped.

`render_body` is shared with the rich text that Qt lays out for PDF, ODT and the preview.
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape
from typing import BinaryIO

from partnertracker.reports.content import (
    Chart,
    ColumnKind,
    Progress,
    Report,
    Row,
    Section,
    cell_text,
    interface_language,
)
from partnertracker.reports.plurals import Counts
from partnertracker.reports.safety import printable

SERIES_COLOURS = ["#1f5f99", "#e08a1e", "#3c9a5f", "#b23a48", "#7b5ea7", "#5b6770"]

_STYLE = """
body { font-family: sans-serif; margin: 2em; color: #222; }
h1 { margin-bottom: 0.2em; }
.subtitle { color: #555; margin-top: 0; }
.heading { margin: 0.5em 0 1.5em; }
.note { background: #fff6dd; padding: 0.4em 0.8em; }
table { border-collapse: collapse; margin: 0.5em 0 1.5em; }
th, td { border: 1px solid #bbb; padding: 0.2em 0.5em; vertical-align: top; text-align: left; }
th { background: #eef1f5; }
td.number { text-align: right; }
.empty { color: #555; font-style: italic; }
"""


def _e(text: str) -> str:
    return escape(printable(text), quote=True)


def render_section(
    section: Section,
    chart_markup: Callable[[Chart], str] | None,
    max_rows: int | None = None,
    chunk_rows: int | None = None,
    list_over: int | None = None,
) -> list[str]:
    """A section's heading, notes, chart and table.

    For Qt: `chunk_rows` splits a table into several (painting one page of a table costs time in
    proportion to the whole table), and a section with more than `list_over` rows becomes one
    paragraph per record (Qt lays out paragraphs ten times faster than table cells).
    """
    parts = [f"<h2>{_e(section.title)}</h2>"]
    for note in section.notes:
        parts.append(f'<p class="note">{_e(note)}</p>')
    if section.chart is not None and chart_markup is not None and not section.chart.is_empty:
        parts.append(chart_markup(section.chart))
    if not section.rows:
        parts.append(f'<p class="empty"><i>{_e(section.empty_text)}</i></p>')
        return parts
    rows = section.rows if max_rows is None else section.rows[:max_rows]
    if list_over is not None and len(rows) > list_over:
        parts += _record_list(section, rows)
        return parts
    numeric = [c.kind is ColumnKind.NUMBER for c in section.columns]
    # A date or a count is never broken over two lines.
    keep_whole = [c.kind is not ColumnKind.TEXT for c in section.columns]
    table_start = (
        '<table border="1" cellspacing="0" cellpadding="3" width="100%">'
        + "<thead><tr>" + "".join(f"<th>{_e(c.title)}</th>" for c in section.columns) + "</tr></thead><tbody>"
    )
    parts.append(table_start)
    for k, row in enumerate(rows):
        if chunk_rows and k and k % chunk_rows == 0:
            parts.append("</tbody></table>")
            parts.append(table_start)
        cells = "".join(
            f'<td class="number" align="right" nowrap>{_e(cell_text(v))}</td>' if numeric[k]
            else f"<td nowrap>{_e(cell_text(v))}</td>" if keep_whole[k] else f"<td>{_e(cell_text(v))}</td>"
            for k, v in enumerate(row.cells)
        )
        parts.append(f"<tr>{cells}</tr>")
    parts.append("</tbody></table>")
    if max_rows is not None and len(section.rows) > max_rows:
        more = Counts.tr("… and %Ln more row(s) (the exported file has them all).", "",
                         len(section.rows) - max_rows)
        parts.append(f'<p class="empty"><i>{_e(more)}</i></p>')
    return parts


def _record_list(section: Section, rows: list[Row]) -> list[str]:
    """One line per record, the fields in column order; a legend says once what each field is
    (labels on every line would make a long listing a third longer)."""
    # Plain ASCII separators: a glyph missing from the main font sends Qt to a fallback font for
    # every line, which costs a third of the drawing time.
    legend = " | ".join(_e(c.title) for c in section.columns)
    parts = [f'<p class="record"><i>{legend}</i></p>']
    for row in rows:
        first, *rest = (_e(cell_text(v)) or "-" for v in row.cells)
        parts.append(f'<p class="record"><b>{first}</b> | {" | ".join(rest)}</p>')
    return parts


def render_body(
    report: Report,
    chart_markup: Callable[[Chart], str] | None,
    max_rows: int | None = None,
    chunk_rows: int | None = None,
    list_over: int | None = None,
) -> str:
    parts = [f"<h1>{_e(report.title)}</h1>", f'<p class="subtitle">{_e(report.subtitle)}</p>']
    parts.append('<p class="heading">' + "<br/>".join(_e(line) for line in report.heading_lines()) + "</p>")
    for note in report.notes:
        parts.append(f'<p class="note"><b>{_e(note)}</b></p>')
    for section in report.sections:
        parts += render_section(section, chart_markup, max_rows, chunk_rows, list_over)
    return "\n".join(parts)


def svg_chart(chart: Chart, width: int = 760, height: int = 260) -> str:
    """Grouped bars, one group per label, as inline SVG (no script, no external reference)."""
    left, bottom, top, legend = 40, 40, 20, 20
    plot_w, plot_h = width - left - 10, height - bottom - top - legend
    peak = max((max(values, default=0) for _, values in chart.series), default=0) or 1
    groups = max(len(chart.labels), 1)
    group_w = plot_w / groups
    bar_w = max(group_w * 0.8 / max(len(chart.series), 1), 1)
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" role="img" '
        f'aria-label="{_e(chart.title)}" font-family="sans-serif" font-size="10">',
        f"<title>{_e(chart.title)}</title>",
        f'<line x1="{left}" y1="{top + plot_h}" x2="{left + plot_w}" y2="{top + plot_h}" stroke="#555"/>',
        f'<text x="{left - 4}" y="{top + 4}" text-anchor="end">{peak}</text>',
        f'<text x="{left - 4}" y="{top + plot_h}" text-anchor="end">0</text>',
    ]
    for g, label in enumerate(chart.labels):
        x0 = left + g * group_w + group_w * 0.1
        for s, (_, values) in enumerate(chart.series):
            value = values[g]
            h = plot_h * value / peak
            out.append(
                f'<rect x="{x0 + s * bar_w:.1f}" y="{top + plot_h - h:.1f}" width="{bar_w:.1f}" '
                f'height="{h:.1f}" fill="{SERIES_COLOURS[s % len(SERIES_COLOURS)]}"/>'
            )
        if groups <= 24 or g % max(groups // 12, 1) == 0:
            out.append(
                f'<text x="{left + (g + 0.5) * group_w:.1f}" y="{top + plot_h + 14}" '
                f'text-anchor="middle">{_e(label)}</text>'
            )
    x = left
    for s, (name, _) in enumerate(chart.series):
        y = height - 8
        out.append(f'<rect x="{x}" y="{y - 9}" width="10" height="10" fill="{SERIES_COLOURS[s % len(SERIES_COLOURS)]}"/>')
        out.append(f'<text x="{x + 14}" y="{y}">{_e(name)}</text>')
        x += 24 + 6 * len(name)
    out.append("</svg>")
    return "\n".join(out)


def render(report: Report) -> str:
    return (
        f'<!DOCTYPE html>\n<html lang="{_e(interface_language())}">\n<head>\n<meta charset="utf-8">\n'
        # Self-contained and inert: nothing is fetched, nothing runs.
        '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; style-src \'unsafe-inline\'">\n'
        f"<title>{_e(report.title)}</title>\n<style>{_STYLE}</style>\n</head>\n<body>\n"
        + render_body(report, svg_chart)
        + "\n</body>\n</html>\n"
    )


def write(report: Report, stream: BinaryIO, progress: Progress | None = None) -> None:
    stream.write(render(report).encode("utf-8"))

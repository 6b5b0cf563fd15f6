"""Header and dateline: "date 2025-07", "Bakou, 14 juillet, AZERTAC", "RABAT, 3 June (WAM) --"."""

from __future__ import annotations

import datetime as dt
import re

from partnertracker.domain import PartialDate
from partnertracker.extraction.dates import date_regex, parse_absolute
from partnertracker.extraction.gazetteer import lookup_place
from partnertracker.extraction.grammar import alternatives, derived, lazy_regex
from partnertracker.extraction.model import Header
from partnertracker.extraction.text import fold

# "date 2025-07" before the dateline; the word is any language's date_line_words (resources/lang/*.json).
_DATE_LINE = lazy_regex(
    lambda: r"\A\s*" + alternatives("date_line_words", folded=False) + r"\s*:?\s*(\d{4}(?:-\d{2}(?:-\d{2})?)?)(?![\d-])[ \t]*", re.I
)


_DAY_SLASH_YEAR = re.compile(r"(\b\d{1,2})/((?:19|20)\d{2})\b")


@derived
def _dateline_regex() -> re.Pattern[str]:
    date = date_regex().pattern
    # "Paris, le 12 mars", "LAGOS, on November 4": any language's dateline_date_leads.
    lead = alternatives("dateline_date_leads", then=r"\s+")
    # Matched on folded text; the place's capital letter is checked on the original.
    return re.compile(
        r"(?P<place>[^\W\d_][\w'.]*(?:-[\w'.]+)*(?:[ ][^\W\d_][\w'.]*(?:-[\w'.]+)*){0,3})\s*"
        r"(?:/\s*[^\W\d_][\w'-]*(?:\s[\w'-]+)?\s*)?"  # "RABAT/ MAP" style second part is rare; tolerate
        r"(?:\((?P<agency0>[^()\n]{2,30})\)\s*)?"
        r"(?:,\s*(?P<region>[^\W\d_][\w'-]*(?:[ ][^\W\d_][\w'-]*)?)(?=,\s*" + lead + r"?(?:[^\W\d_]+\.?\s+\d|\d)))?"  # "LAGOS, Nigeria, November 4"
        r"(?:,\s*" + lead + r"?(?P<date>" + date + r"))?"
        r"\s*(?:,\s*(?P<agency>[^\W\d_][\w.&-]{1,20}(?:\s[\w.&-]{2,20})?)(?=\s*(?:[-:,.]|\n|$))"
        r"|\((?P<agency2>[^()\n]{2,30})\))?"
        r"\s*(?P<sep>-{1,2}|:|\.|,)?[ \t]*"
    )


def parse_header(text: str, folded: str | None = None, today: dt.date | None = None) -> Header:
    """Title, dateline place, publication date and agency, and where the body starts."""
    folded = fold(text) if folded is None else folded
    header = Header()
    position = 0
    header_date: PartialDate | None = None
    line = _DATE_LINE.match(text)
    if line:
        try:
            header_date = PartialDate.parse(line.group(1))
        except ValueError:
            header_date = None
        position = line.end()
    # Skip blank lines; a short first line without a dateline is a title.
    while position < len(text) and text[position] in " \t\r\n":
        position += 1
    dateline = _match_dateline(text, folded, position, header_date, today)
    if dateline is None:
        first_line_end = text.find("\n", position)
        if first_line_end == -1:
            first_line_end = len(text)
        candidate = text[position:first_line_end].strip()
        rest = text[first_line_end:].strip()
        if candidate and rest and len(candidate) <= 200 and not candidate.endswith((".", ":")):
            header.title = candidate
            position = first_line_end
            while position < len(text) and text[position] in " \t\r\n":
                position += 1
            dateline = _match_dateline(text, folded, position, header_date, today)
    if dateline is not None:
        place_text, place, published, agency, start, end, header.year_assumed = dateline
        header.dateline_place_text = place_text
        header.dateline_place = place
        header.agency = agency
        header.dateline_span = (start, end)
        header.published_on = published or header_date
        position = end
    else:
        header.published_on = header_date
    header.body_start = position
    return header


def _match_dateline(text: str, folded: str, position: int, header_date: PartialDate | None, today: dt.date | None = None):
    line_end = folded.find("\n", position)
    if line_end == -1:
        line_end = len(folded)
    if "/" in folded[position:line_end]:
        # "August 6/2025" (ENA): read as "August 6 2025"; one character for one, so offsets hold.
        folded = folded[:position] + _DAY_SLASH_YEAR.sub(r"\1 \2", folded[position:line_end]) + folded[line_end:]
    match = _dateline_regex().match(folded, position, min(line_end, position + 160))
    if not match:
        return None
    place_text = text[match.start("place") : match.end("place")].strip()
    if not place_text or not place_text[0].isupper():
        return None
    has_date = match.group("date") is not None
    agency_group = next((g for g in ("agency0", "agency", "agency2") if match.group(g)), None)
    agency = text[match.start(agency_group) : match.end(agency_group)].strip() if agency_group else None
    if agency_group == "agency" and agency and not _looks_like_agency(agency):
        return None
    place = lookup_place(place_text)
    if not has_date and not agency and not (match.group("sep") in ("-", "--") and place is not None and not place.is_country):
        return None  # "Alger - Le ministre ..." is a dateline; "Hello world." is not
    if not has_date and not match.group("sep"):
        return None
    if place is None and not (place_text.isupper() or agency):
        return None
    published = None
    year_assumed = False
    if has_date:
        date_match = date_regex().match(folded, match.start("date"), match.end("date"))
        if date_match:
            try:
                published = parse_absolute(date_match, "en", header_date)
                if published is None and header_date is None:
                    # "Sept 25" with no year anywhere: a wire is read soon after it is sent, so the
                    # latest such day not after today (the officer sees the assumption in a warning).
                    today = today or dt.date.today()
                    published = parse_absolute(date_match, "en", PartialDate(today.year))
                    if published is not None and published.first_day() > today + dt.timedelta(days=1):
                        published = PartialDate(published.year - 1, published.month, published.day)
                    year_assumed = published is not None
            except ValueError:
                published = None
        # The header's "2025-07" and the dateline's "14 juillet" make one date; keep the finer.
        if (
            published is not None
            and header_date is not None
            and published.year == header_date.year
            and header_date.precision.value == "day"
            and published.precision.value != "day"
        ):
            published = header_date
    return place_text, place, published, agency, match.start(), match.end(), year_assumed


def _looks_like_agency(agency: str) -> bool:
    words = agency.split()
    return len(words) <= 3 and (agency.isupper() or all(w[:1].isupper() for w in words))

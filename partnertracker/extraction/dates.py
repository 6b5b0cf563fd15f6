"""Dates in the text, parsed with dateutil (one parserinfo per language) and resolved against the dispatch date."""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left
from functools import lru_cache
from itertools import compress

from dateutil import parser as dateutil_parser

from partnertracker.domain import PartialDate
from partnertracker.extraction.grammar import alternatives, derived, lazy_regex, openings
from partnertracker.extraction.languages import (
    Language,
    all_month_names,
    available_languages,
    load_language,
)
from partnertracker.extraction.model import FoundDate
from partnertracker.extraction.text import (
    LETTERS,
    finditer_at_openings,
    fold,
    letter_runs,
    phrase_openings,
)

# Precompiled once: these run on every sentence.
_NUMBER = re.compile(r"\d+")

_YEAR = r"(?:1[89]\d{2}|2[01]\d{2})"


@derived  # rebuilt by grammar.forget()
def _month_alternation() -> str:
    names = sorted(all_month_names(), key=len, reverse=True)
    return "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in names)


# The words around a date ("en juin", "du 14 au 16", "on the 14th and") are in the language files
# (resources/lang/*.json, every language merged, see grammar.py and docs/extraction.md); the
# shapes of dates (day, month, year, in what order) are written here.
def _w(*keys: str) -> str:
    """The phrases under `keys`, each followed by white space: "(?:en\\s+|in\\s+|…)"."""
    return alternatives(*keys, then=r"\s+")


@derived
def date_regex() -> re.Pattern[str]:
    """Absolute dates in folded text, in any of the known languages."""
    month = rf"(?P<month>{_month_alternation()})\.?"
    month2 = rf"(?P<month2>{_month_alternation()})\.?"
    month3 = rf"(?P<month3>{_month_alternation()})\.?"
    suffix = alternatives("ordinal_suffixes")
    day = rf"\d{{1,2}}{suffix}?"  # "14", "1er", "14th", "1ro"
    return re.compile(
        rf"(?<![\w])(?:"
        rf"(?P<day>{day})(?:\s*(?:-|{alternatives('day_range_words')})\s*{day})?\s+(?:{_w('day_month_links')})?{month}"
        rf"(?:,?\s+(?:{_w('month_year_links')})?(?P<year>{_YEAR}))?"
        rf"|{month2}\s+(?P<day2>{day})(?:\s*-\s*{day})?(?:,?\s+(?P<year2>{_YEAR}))?"
        rf"|(?:{_w('month_leads')}|{alternatives('month_middle_prefixes')}-){month3}(?:\s+(?:{_w('month_year_links')})?(?P<year3>{_YEAR}))?"
        rf"|(?P<iso>{_YEAR}-[01]\d(?:-[0-3]\d)?)"
        rf"|{_w('year_leads')}(?P<year4>{_YEAR})(?![\d-])"
        rf"|{alternatives('year_part_nouns')}(?:\s+{_w('year_part_links')})?\s*(?P<year5>{_YEAR})(?![\d-])"
        rf"|(?P<numeric>[0-3]?\d/[01]?\d/{_YEAR})"
        # "le 3/11", "du 14 courant", "on the 14th": a day of the dispatch's month or year.
        rf"|{_w('day_leads')}(?P<daymonth>[0-3]?\d/[01]?\d)(?![\d/])"
        rf"|{_w('day_leads')}(?P<daycourant>[0-3]?\d)\s+{alternatives('current_month_words')}"
        rf"|{_w('ordinal_day_leads')}(?P<dayonly>[0-3]?\d){suffix}(?=\s*(?:[,.;)]|$|{alternatives('ordinal_day_follows')}\b))"
        rf")(?![\w])"
    )


@derived  # rebuilt by grammar.forget()
def parser_info(code: str) -> dateutil_parser.parserinfo:
    """A dateutil parserinfo that knows this language's month and weekday names."""
    lang = load_language(code)
    months: list[list[str]] = [[] for _ in range(12)]
    for name, number in lang.months.items():
        months[number - 1].append(name)
    weekdays: list[list[str]] = [[] for _ in range(7)]
    for name, number in lang.weekdays.items():
        weekdays[number].append(name)
    jump = list(dateutil_parser.parserinfo.JUMP) + [fold(w) for w in lang.get("date_jump", default=[])]

    class Info(dateutil_parser.parserinfo):
        MONTHS = [tuple(m) or (str(i),) for i, m in enumerate(months, 1)]  # type: ignore[misc]
        WEEKDAYS = [tuple(w) or (f"wd{i}",) for i, w in enumerate(weekdays)]  # type: ignore[misc]
        JUMP = jump

    return Info(dayfirst=True)


@lru_cache(maxsize=4096)  # the same few hundred dates recur across a folder of dispatches
def _dateutil_parse(snippet: str, code: str, default: dt.datetime) -> dt.datetime | None:
    # Month names of other languages may appear (an English date in a French text).
    codes = [code] + [c for c in available_languages() if c != code]
    for candidate in codes:
        try:
            return dateutil_parser.parse(snippet, parserinfo=parser_info(candidate), default=default, fuzzy=True)
        except (ValueError, OverflowError, TypeError):
            continue
    return None


def parse_absolute(match: re.Match[str], code: str, reference: PartialDate | None) -> PartialDate | None:
    groups = match.groupdict()
    if groups.get("iso"):
        try:
            return PartialDate.parse(groups["iso"])
        except ValueError:
            return None
    if groups.get("daymonth") or groups.get("daycourant") or groups.get("dayonly"):
        if reference is None or reference.month is None:
            return None
        if groups.get("daymonth"):
            day_text, month_text = groups["daymonth"].split("/")
            day_number, month_number = int(day_text), int(month_text)
        else:
            day_number, month_number = int(groups.get("daycourant") or groups["dayonly"]), reference.month
        try:
            dt.date(reference.year, month_number, day_number)
        except ValueError:
            return None
        return PartialDate(reference.year, month_number, day_number)
    if groups.get("year4") or groups.get("year5"):
        return PartialDate(int(groups.get("year4") or groups["year5"]))  # "au premier trimestre 2026": that year
    snippet = match.group(0)
    has_day = bool(groups.get("day") or groups.get("day2") or groups.get("numeric"))
    year_text = groups.get("year") or groups.get("year2") or groups.get("year3")
    if groups.get("numeric"):
        year_text = snippet[-4:]
    if year_text is None and reference is None:
        return None
    default_year = int(year_text) if year_text else reference.year  # type: ignore[union-attr]
    if has_day:
        # Keep only day, month and year for dateutil: "1er" -> "1", ranges -> first day.
        day = _NUMBER.match(groups.get("day") or groups.get("day2") or "1") if not groups.get("numeric") else None
        month_name = groups.get("month") or groups.get("month2")
        owner = all_month_names().get(" ".join((month_name or "").split()))
        if owner is not None and day is not None and month_name is not None and month_name.isalpha():
            # "14 juillet 2025": day, month and year are known, and dateutil reads them so (a test
            # asks it for every month name and day) at a hundred times the cost of a lookup.
            try:
                return PartialDate(default_year, owner[1], int(day.group(0)))
            except ValueError:
                pass  # no such day ("31 juin"): dateutil's reading, as before
        text = snippet if groups.get("numeric") else f"{day.group(0) if day else 1} {month_name} {default_year}"
        parsed = _dateutil_parse(text, owner[0] if owner else code, dt.datetime(default_year, 1, 1))
        if parsed is None:
            return None
        return PartialDate(parsed.year, parsed.month, parsed.day)
    month_name = groups.get("month3") or groups.get("month") or groups.get("month2")
    number = all_month_names().get(" ".join((month_name or "").split()))
    if number is None:
        return None
    return PartialDate(default_year, number[1])


def _relative_entries(code: str) -> list[tuple[str, str, object]]:
    """(phrase, kind, value) of every relative phrase of the language, longest first."""
    lang = load_language(code)
    entries: list[tuple[str, str, object]] = []
    for kind in ("weekday_this", "weekday_last", "weekday_next", "weekday_bare"):
        entries += [(p, kind, None) for p in lang.get(kind, default=[])]
    entries += [(p, "days", offset) for p, offset in (lang.get("relative_days", default={}) or {}).items()]
    entries += [(p, "anchored_days", offset) for p, offset in (lang.get("anchored_days", default={}) or {}).items()]
    for kind in ("last_week", "last_month", "next_week", "next_month", "this_month"):
        entries += [(p, kind, None) for p in lang.get(kind, default=[])]
    # Longest first: "mardi dernier" before "mardi", "the day before" before "the day".
    entries.sort(key=lambda entry: len(entry[0]), reverse=True)
    return entries


@derived  # rebuilt by grammar.forget()
def _relative_regex_openings(code: str) -> dict[str, frozenset[str] | None] | None:
    """The first two runs of letters of every phrase of _relative_regex, a weekday's for
    "{weekday}" (see finditer_at_openings), or None if a phrase starts otherwise: then the regex is
    tried at every character of the windows around the relative date words."""
    weekdays = list(load_language(code).weekdays)
    phrases: list[str] = []
    for phrase, _kind, _value in _relative_entries(code):
        phrases += [phrase.replace("{weekday}", w) for w in weekdays] if "{weekday}" in phrase else [phrase]
    return phrase_openings(phrases)


@derived  # rebuilt by grammar.forget()
def _relative_regex(code: str) -> tuple[re.Pattern[str], list[tuple[str, object]]]:
    """Every relative phrase of the language in one pattern; group r<i> says which one matched."""
    lang = load_language(code)
    weekday_names = "|".join(sorted((re.escape(w) for w in lang.weekdays), key=len, reverse=True)) or "(?!x)x"
    entries = _relative_entries(code)
    parts = []
    for index, (phrase, _kind, _value) in enumerate(entries):
        body = re.escape(fold(phrase)).replace(r"\ ", r"\s+")
        body = body.replace(r"\{weekday\}", f"(?P<w{index}>{weekday_names})")
        parts.append(f"(?P<r{index}>{body})")
    if not parts:
        return re.compile(r"(?!x)x"), []
    return re.compile(r"(?<![\w])(?:" + "|".join(parts) + r")(?![\w])"), [(k, v) for _p, k, v in entries]


# The keys whose words open a letter-led alternative of date_regex() (a month name opens the others).
_OPENING_KEYS = ("month_leads", "month_middle_prefixes", "year_leads", "year_part_nouns", "day_leads", "ordinal_day_leads")


@derived
def _date_start_words() -> frozenset[str]:
    """The first run of letters of every word that can open a date besides a month: "en", "le", "mid"..."""
    return openings(*_OPENING_KEYS)


# "en mars prochain", "next March", "le prochain mois de juin": the coming one.
_NEXT_AFTER = lazy_regex(lambda: r"\s+" + alternatives("next_after_words") + r"\b")
_NEXT_BEFORE = lazy_regex(lambda: r"\b" + alternatives("next_before_words") + r"\s+$")
_NEXT_OPENING = lazy_regex(lambda: alternatives("next_before_words") + r"\s")


def date_key(date: PartialDate) -> tuple[int, int, int]:
    """A sort key for dates of different precision (PartialDate's own order fails on a missing day)."""
    return (date.year, date.month or 0, date.day or 0)


def last_day_key(date: PartialDate) -> tuple[int, int, int]:
    """The key of the last day a date may mean ("June" may be the 30th): for "not yet past" tests."""
    return (date.year, date.month or 12, date.day or 31)


def the_coming_one(date: PartialDate, reference: PartialDate) -> PartialDate | None:
    """A date written without its year that is over by `reference` ("en février" in an October
    dispatch, of something to come): the next year's. None if that day does not exist (a 29 February)."""
    if date.month is None or last_day_key(date) >= date_key(reference):
        return date
    try:
        return PartialDate(date.year + 1, date.month, date.day)
    except ValueError:
        return None


def _speaks_of_next(segment: str, match: re.Match[str]) -> bool:
    return bool(
        _NEXT_AFTER.match(segment, match.end())
        or _NEXT_BEFORE.search(segment, max(0, match.start() - 12), match.start())
        or _NEXT_OPENING.match(match.group(0))
    )


def _has_year(match: re.Match[str]) -> bool:
    groups = match.groupdict()
    return any(groups.get(g) for g in ("year", "year2", "year3", "year4", "year5", "iso", "numeric"))


@derived
def _date_start_prefixes() -> frozenset[str]:
    return frozenset({name[:3] for name in all_month_names()} | _date_start_words())


@derived
def _date_starts() -> re.Pattern[str]:
    """Where a date can start: a digit, the first letters of a month, "en"/"in" and the like."""
    prefixes = _date_start_prefixes()
    # Grouped by first letter, so that re tries one branch per letter instead of every prefix at
    # each word start. Only where a match starts is used: the same positions as a flat list.
    by_first: dict[str, list[str]] = {}
    for prefix in prefixes:
        by_first.setdefault(prefix[0], []).append(re.escape(prefix[1:]))
    body = "|".join(
        re.escape(first) + "(?:" + "|".join(sorted(rests, key=len, reverse=True)) + ")" for first, rests in sorted(by_first.items())
    )
    return re.compile(rf"\d|(?<![\w])(?:{body})")


def _is_word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_"  # what \w matches (checked on every code point), without a regex call


def _clean_edges(folded: str, start: int, end: int) -> bool:
    """Whether folded[start:end] begins and ends between words, so that words read alike in it and in folded."""
    return (start == 0 or not _is_word_char(folded[start - 1])) and (end >= len(folded) or not _is_word_char(folded[end]))


@derived
def _date_openers() -> frozenset[str] | None:
    """The whole runs of letters a date can begin with: a month name's first, "en", "le", "mid"...

    Every letter-led alternative of date_regex() is a month name or a phrase of _OPENING_KEYS followed by
    a space, a hyphen or a digit, so its first run is one of these, whole ("mardi" and "market" open
    with "mar" but never a date). None if a month name does not start with a letter."""
    runs = [LETTERS.match(name) for name in all_month_names()]
    if not all(runs):
        return None
    return frozenset(run.group(0) for run in runs if run) | _date_start_words()




def _date_start_offsets(folded: str, start: int, end: int) -> list[int] | None:
    """Where a date can start in folded[start:end], as offsets in it, from the dispatch's letter
    runs: each number, and each run a date opens with, after a non-word character. None when that
    cannot be read so (a word cut at an edge of the span): then _date_starts() runs."""
    openers = _date_openers()
    if openers is None or not _clean_edges(folded, start, end):
        return None
    starts, runs = letter_runs(folded)
    first, last = bisect_left(starts, start), bisect_left(starts, end)
    # No two of these overlap, as finditer would have them: a run is letters only.
    words = [at - start for at in compress(starts[first:last], map(openers.__contains__, runs[first:last])) if at == 0 or not _is_word_char(folded[at - 1])]
    return sorted(words + [at - start for at in _number_starts(folded, start, end)])


def _number_starts(folded: str, start: int, end: int) -> list[int]:
    """Where each number of folded[start:end] that a date may open with starts (not inside a word).

    An ASCII text (most French and English ones, once folded) is searched for each digit with
    str.find, several times faster than a regex stepping through every character."""
    if not folded.isascii():
        found = [m.start() for m in _NUMBER.finditer(folded, start, end)]
    else:
        found = []
        for digit in "0123456789":
            at = folded.find(digit, start, end)
            while at != -1:
                found.append(at)
                at = folded.find(digit, at + 1, end)
        found.sort()
    # Not inside a number, nor after a letter ("ABDL25"): date_regex() opens with (?<![\w]).
    return [at for at in found if at == start or not _is_word_char(folded[at - 1])]


def _date_matches(segment: str, offsets: list[int] | None = None):
    regex = date_regex()
    position = 0
    if offsets is None:
        offsets = [candidate.start() for candidate in _date_starts().finditer(segment)]
    for start in offsets:
        if start < position or (start and segment[start - 1].isdigit()):
            continue
        match = regex.match(segment, start)
        if match:
            position = match.end()
            yield match


def _relative(
    kind: str, value: object, weekday: int | None, reference: PartialDate, future: bool, previous: PartialDate | None = None
) -> PartialDate | None:
    base = reference.first_day()
    day_known = reference.day is not None
    if kind == "anchored_days":
        # "le lendemain", "the day before": counted from the last day the text named, else (for a day
        # before) from the publication date; "the following day" of nothing named is not a date.
        if previous is not None and previous.day is not None:
            return PartialDate.from_date(previous.first_day() + dt.timedelta(days=int(value)))  # type: ignore[call-overload]
        if int(value) >= 0:  # type: ignore[call-overload]
            return None
        kind = "days"
    if kind == "days":
        if not day_known:
            return None
        return PartialDate.from_date(base + dt.timedelta(days=int(value)))  # type: ignore[call-overload]
    if kind in ("weekday_this", "weekday_last", "weekday_next", "weekday_bare"):
        if weekday is None or not day_known:
            return None
        if kind == "weekday_this" and weekday == base.weekday():
            return PartialDate.from_date(base)  # "ce mercredi" in Wednesday's dispatch: that day
        if kind == "weekday_this":
            kind = "weekday_bare"
        if kind == "weekday_next" or (kind == "weekday_bare" and future):
            delta = (weekday - base.weekday()) % 7 or 7
            return PartialDate.from_date(base + dt.timedelta(days=delta))
        # A weekday in the past is the last such day strictly before the dispatch ("jeudi" in
        # Thursday's wire is last Thursday; the same day is written "ce jeudi").
        delta = (base.weekday() - weekday) % 7 or 7
        return PartialDate.from_date(base - dt.timedelta(days=delta))
    if kind == "last_week":
        target = base - dt.timedelta(days=7)
        return PartialDate(target.year, target.month)
    if kind == "next_week":
        target = base + dt.timedelta(days=7)
        return PartialDate(target.year, target.month)
    if kind in ("next_month", "last_month"):
        # Month arithmetic by hand: relativedelta costs more than the rest of the date's reading.
        months = base.year * 12 + base.month - 1 + (1 if kind == "next_month" else -1)
        return PartialDate(months // 12, months % 12 + 1)
    if kind == "this_month":
        return PartialDate(base.year, base.month)  # "earlier this month", "au début du mois"
    return None


def find_dates(
    text: str, folded: str, start: int, end: int, lang: Language, reference: PartialDate | None, future: bool = False
) -> list[FoundDate]:
    """Every date between start and end, absolute first, then relative ones counted from `reference`."""
    found: list[FoundDate] = []
    segment = folded[start:end]
    # The big date regex is tried only where a date can start: a number, a month, "en"/"in".
    for match in _date_matches(segment, _date_start_offsets(folded, start, end)):
        try:
            date = parse_absolute(match, lang.code, reference)
        except ValueError:
            date = None
        # "en mars prochain", "next March": the coming one, in the following year.
        if (
            date is not None and reference is not None and not _has_year(match) and date_key(date) < date_key(reference)
            and (
                _speaks_of_next(segment, match)
                # "expected in late June" in a dispatch of 12 June: this June; "en février" in October: the next
                or (future and last_day_key(date) < date_key(reference))
            )
        ):
            # "en mars prochain", and "prévue en février" in an October dispatch: the coming one.
            date = the_coming_one(date, reference)
        if date is not None:
            found.append(FoundDate(start + match.start(), start + match.end(), date, yearless=not _has_year(match)))
    if reference is None:
        return sorted(found, key=lambda f: f.start)
    regex, meaning = _relative_regex(lang.code)
    starts = _relative_regex_openings(lang.code)
    # Tried only where a phrase's first two words stand (see finditer_at_openings).
    relative = finditer_at_openings(regex, folded, start, starts, end) if starts is not None else regex.finditer(folded, start, end)
    for match in relative:
        s, e = match.start(), match.end()
        if any(f.start <= s < f.end or s <= f.start < e for f in found):
            continue
        index = int((match.lastgroup or "r0")[1:])
        kind, value = meaning[index]
        weekday_text = match.groupdict().get(f"w{index}")
        weekday = lang.weekdays.get(weekday_text) if weekday_text else None
        # The last *day* told: "en avril" said of a planned signing does not start the count.
        previous = max((f for f in found if f.end <= s and f.date.day is not None), key=lambda f: f.start, default=None) if kind == "anchored_days" else None
        try:
            date = _relative(kind, value, weekday, reference, future, previous.date if previous else None)
        except (ValueError, OverflowError):
            date = None
        if date is not None:
            found.append(FoundDate(s, e, date, relative=True))
    found.sort(key=lambda f: f.start)
    return found

"""Every mention in a dispatch, by kind, for the review screen's highlighter (no Qt here).

Organisations, people and areas come from the proposal (so an edited proposal shows its own
spans). Places, dates and trigger words are not part of the proposal contract, so they are found
again here with the extraction's own language data and gazetteer: the officer sees exactly the
words the engine reacted to. A proposal that carries a "highlights" list wins over both.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

log = logging.getLogger(__name__)

ORGANISATION = "organisation"
PERSON = "person"
PLACE = "place"
DATE = "date"
TRIGGER = "trigger"
AREA = "area"

# Drawing order: later kinds are painted over earlier ones where spans overlap (a place inside an
# organisation's name stays visible as a place).
KINDS = (AREA, TRIGGER, ORGANISATION, PERSON, DATE, PLACE)

# Trigger phrases of the language data, by event (the keys the extraction itself uses).
_TRIGGER_KEYS = (
    ("visit", "completed"),
    ("visit", "planned"),
    ("visit", "completed_host"),
    ("visit", "planned_host"),
    ("visit", "meeting"),
    ("invitation", "triggers"),
    ("invitation", "accepted"),
    ("invitation", "declined"),
    ("agreement", "signed"),
    ("agreement", "planned"),
    ("follow_up",),
)


@dataclass(frozen=True, order=True)
class Mention:
    start: int
    end: int
    kind: str


def _spans(items: list[dict[str, Any]], key: str, kind: str, length: int) -> list[Mention]:
    found = []
    for item in items or ():
        for span in item.get(key) or ():
            try:
                start, end = int(span[0]), int(span[1])
            except (TypeError, ValueError, IndexError):
                continue
            if 0 <= start < end <= length:
                found.append(Mention(start, end, kind))
    return found


def proposal_mentions(text: str, proposal: dict[str, Any]) -> list[Mention]:
    """The organisation, person and area spans the proposal itself holds."""
    n = len(text)
    return (
        _spans(proposal.get("organisations", []), "mentions", ORGANISATION, n)
        + _spans(proposal.get("people", []), "mentions", PERSON, n)
        + _spans(proposal.get("areas", []), "mentions", AREA, n)
    )


def language_mentions(text: str, proposal: dict[str, Any]) -> list[Mention]:
    """Places, dates and trigger words, found with the extraction's stages on the same text."""
    # Imported here: the gazetteer and language data load lazily, only when a dispatch is opened.
    from partnertracker.domain import PartialDate
    from partnertracker.extraction.dates import find_dates
    from partnertracker.extraction.header import parse_header
    from partnertracker.extraction.languages import language
    from partnertracker.extraction.mentions import find_places
    from partnertracker.extraction.model import Mentions
    from partnertracker.extraction.text import fold

    folded = fold(text)
    header = parse_header(text, folded)
    code = (proposal.get("dispatch") or {}).get("language")
    lang = language(code)
    found: list[Mention] = []

    known = Mentions()
    known.person_spans = [
        (m.start, m.end, 0) for m in _spans(proposal.get("people", []), "mentions", PERSON, len(text))
    ]
    find_places(text, folded, header.body_start, lang, known)
    found += [Mention(p.start, p.end, PLACE) for p in known.places if p.start < p.end]

    reference = header.published_on
    if reference is None:
        published = (proposal.get("dispatch") or {}).get("published_on")
        try:
            reference = PartialDate.parse(published) if published else None
        except ValueError:
            reference = None
    found += [
        Mention(d.start, d.end, DATE)
        for d in find_dates(text, folded, 0, len(text), lang, reference)
        if d.start < d.end
    ]

    for keys in _TRIGGER_KEYS:
        if not lang.phrases(*keys):
            continue
        for match in lang.pattern(*keys).finditer(folded, header.body_start):
            if match.start() < match.end():
                found.append(Mention(match.start(), match.end(), TRIGGER))
    return found


def dispatch_mentions(text: str, proposal: dict[str, Any]) -> list[Mention]:
    """All mentions to highlight, sorted by position; never raises on a readable proposal."""
    given = proposal.get("highlights")
    if isinstance(given, list) and given:
        mentions = []
        for entry in given:
            try:
                start, end, kind = int(entry[0]), int(entry[1]), str(entry[2])
            except (TypeError, ValueError, IndexError):
                continue
            if 0 <= start < end <= len(text):
                mentions.append(Mention(start, end, kind))
        return sorted(set(mentions))
    mentions = proposal_mentions(text, proposal)
    try:
        mentions += language_mentions(text, proposal)
    except Exception:  # a highlighting bug must not keep the officer from reviewing
        log.exception("could not find places, dates and trigger words in a dispatch")
    return sorted(set(mentions))

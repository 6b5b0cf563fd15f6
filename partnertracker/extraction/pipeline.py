"""The pipeline, stage after stage: header, language, sentences, mentions, coreference, events, areas, resolution."""

from __future__ import annotations

import datetime as dt
from typing import Any

from partnertracker.extraction.areas import find_areas
from partnertracker.extraction.coreference import link_roles, resolve_organisation_anaphors
from partnertracker.extraction.events import Events, extract_events
from partnertracker.extraction.gazetteer import headquarters_country
from partnertracker.extraction.header import parse_header
from partnertracker.extraction.language_detection import SAMPLE_CHARS, detect_language
from partnertracker.extraction.languages import language as language_data
from partnertracker.extraction.mentions import find_organisations, find_people, find_places
from partnertracker.extraction.model import Mentions
from partnertracker.extraction.proposal import build_proposal
from partnertracker.extraction.resolution import KnownRecords, resolve
from partnertracker.extraction.sentences import split_sentences
from partnertracker.extraction.text import fold, letters_between, remember_sentences

# Beyond this, a "dispatch" is a book: the stages stay linear but the proposal is useless.
MAX_CHARS = 200_000


def run_pipeline(
    text: str, known: KnownRecords | None = None, source_name: str | None = None, today: dt.date | None = None
) -> dict[str, Any]:
    """Every stage on `text`; offsets in the proposal are offsets into `text` as given."""
    text = text[:MAX_CHARS]
    folded = fold(text)
    header = parse_header(text, folded, today)
    sample_words = letters_between(folded, header.body_start, header.body_start + SAMPLE_CHARS)
    code = detect_language(folded[header.body_start :], sample_words)
    lang = language_data(code)
    sentences = split_sentences(text, header.body_start, lang)
    remember_sentences(folded, [(s.start, s.end) for s in sentences])
    exclude = frozenset(a for a in (header.agency,) if a)
    mentions = find_organisations(text, folded, header.body_start, lang, known, exclude)
    resolve_organisation_anaphors(text, header.body_start, lang, mentions, folded)
    find_people(text, folded, header.body_start, lang, mentions)
    if any(o.kind == "government" for o in mentions.organisations):
        # "le ministère" may stand for a ministry that only a minister's title names.
        resolve_organisation_anaphors(text, header.body_start, lang, mentions, folded, ministries_only=True)
    link_roles(mentions)
    find_places(text, folded, header.body_start, lang, mentions)
    events = extract_events(text, folded, header, lang, sentences, mentions)
    areas = find_areas(text, folded, header.body_start, code, mentions)
    _areas_per_visit(events, sentences, areas)
    resolve(mentions, known)
    _organisation_countries(header, mentions, events)
    proposal = build_proposal(header, code, mentions, events, areas, source_name)
    if header.year_assumed and header.published_on is not None:
        proposal.setdefault("warnings", []).append(
            f"the dateline gives no year; {header.published_on.year} was assumed for its dates"
        )
    return proposal


def _areas_per_visit(events: Events, sentences, areas) -> None:
    if not events.visits:
        return
    starts = sorted({v.sentence for v in events.visits})
    for visit in events.visits:
        position = starts.index(visit.sentence)
        begin = 0 if position == 0 else sentences[visit.sentence].start
        end = sentences[starts[position + 1]].start if position + 1 < len(starts) else None
        for area in areas:
            if any(s >= begin and (end is None or s < end) for s, _ in area.mentions):
                visit.areas.append(area.key)


def _organisation_countries(header, mentions: Mentions, events: Events) -> None:
    """Fill an organisation's country from its known headquarters or the place of the visit it hosted."""
    for org in mentions.organisations:
        if org.country is None:
            org.country = headquarters_country(org.acronym)
    dateline = header.dateline_place
    for org in mentions.organisations:
        # A ministry or embassy named without its country belongs to the dateline's country.
        if org.country is None and org.kind == "government" and dateline is not None:
            org.country = dateline.country
    for visit in events.visits:
        if visit.host is not None and visit.country:
            host = mentions.organisations[visit.host]
            if host.country is None and host.kind != "intergovernmental":
                host.country = visit.country
    for org in mentions.organisations:
        # A company named in a wire from its own city is usually local.
        if org.country is None and org.kind == "company" and dateline is not None:
            org.country = dateline.country

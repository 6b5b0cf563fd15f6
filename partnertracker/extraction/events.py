"""Events: visits, invitations, agreements and follow-ups, with their arguments, sentence by sentence."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from functools import lru_cache

from partnertracker.domain import PartialDate
from partnertracker.extraction.dates import date_key, find_dates, last_day_key, the_coming_one
from partnertracker.extraction.grammar import (
    alternatives,
    derived,
    lazy_regex,
    openings,
    spaced,
    word_set,
    words,
)
from partnertracker.extraction.languages import Language, load_language
from partnertracker.extraction.lexicon import lexicon
from partnertracker.extraction.mentions import town_in_name
from partnertracker.extraction.model import FoundDate, Header, Mentions, PlaceFound, Sentence, Span
from partnertracker.extraction.text import (
    LETTERS,
    PhrasePattern,
    clean_span_text,
    finditer_at_words,
    sentence_words,
)

# Compiled once: these run on every sentence. The words in them come from the language files
# (resources/lang/*.json, every language merged, see grammar.py); the grammar around them stays here.
_SHORT_GAP = re.compile(r"[\w\s'-]{0,30}")
_POSSESSIVE_PREMISES = lazy_regex(  # on the text as written: "ICESCO's headquarters"
    lambda: r"['\u2019]s\s+(?:" + alternatives("premises_adjectives", folded=False) + r"\s+)?"
    + alternatives("headquarters_nouns", "possessive_premises_nouns", folded=False)
)
_BARE_PREMISES = lazy_regex(lambda: r"(?<=\S)\s+" + alternatives("bare_premises_nouns", folded=False) + r"\b")
_CAPITALISED_WORDS_AT_END = re.compile(r"((?:[A-Z][\w'\-]*\s+){1,5})$")


@dataclass
class Agent:
    start: int
    end: int
    organisation: int | None
    person: int | None


@dataclass
class VisitFound:
    visitors: list[int]
    visitor_people: list[int]
    host: int | None
    status: str
    sentence: int
    city: str | None = None
    country: str | None = None
    venue: str | None = None
    date: PartialDate | None = None
    evidence: list[Span] = field(default_factory=list)
    confidence: float = 0.6
    areas: list[str] = field(default_factory=list)
    subject: Agent | None = None  # who the sentence spoke of (host or visitor), for a pronoun after it
    guessed_date: bool = False  # a later stop of a tour, dated like the first for want of its own day
    first_sentence: int = -1  # where the visit was first told (`sentence` moves to where it was told last)

    def __post_init__(self) -> None:
        if self.first_sentence < 0:
            self.first_sentence = self.sentence


@dataclass
class InvitationFound:
    inviter: int | None
    invitee: int | None
    inviter_people: list[int]
    purpose: str
    description: str
    sentence: int
    city: str | None = None
    country: str | None = None
    event: str | None = None
    issued_on: PartialDate | None = None
    status: str = "pending"
    evidence: list[Span] = field(default_factory=list)
    confidence: float = 0.6


@dataclass
class AgreementFound:
    parties: list[int]
    kind: str
    title: str
    status: str
    date: PartialDate | None
    evidence: list[Span] = field(default_factory=list)
    confidence: float = 0.6
    dated_by_publication: bool = False  # no day in the text (yet): the wire's own date


@dataclass
class FollowUpFound:
    description: str
    related: list[tuple[str, int]]  # ("organisation", index) or ("invitation", index) ...
    due_on: PartialDate | None
    evidence: list[Span] = field(default_factory=list)
    confidence: float = 0.5


@dataclass
class Events:
    visits: list[VisitFound] = field(default_factory=list)
    invitations: list[InvitationFound] = field(default_factory=list)
    agreements: list[AgreementFound] = field(default_factory=list)
    follow_ups: list[FollowUpFound] = field(default_factory=list)


def agents(mentions: Mentions) -> list[Agent]:
    """Everything that can act in a sentence: organisations, people (with their organisation), roles."""
    found: list[Agent] = []
    for s, e, index in mentions.org_spans:
        found.append(Agent(s, e, index, None))
    for s, e, index in mentions.person_spans:
        found.append(Agent(s, e, mentions.people[index].organisation, index))
    for role in mentions.roles:
        org = role.organisation
        if org is None and role.organisation_at is not None:
            org = mentions.organisation_at(role.organisation_at)
        person = role.person
        if org is None and person is not None:
            org = mentions.people[person].organisation
        found.append(Agent(role.start, role.end, org, person))
    found.sort(key=lambda a: (a.start, -(a.end - a.start)))
    # A person's title contains the organisation's name: keep the outer (person or role) agent.
    kept: list[Agent] = []
    for agent in found:
        if kept and agent.start < kept[-1].end:
            outer = kept[-1]
            if outer.person is None and agent.person is not None:
                kept[-1] = Agent(outer.start, max(outer.end, agent.end), agent.organisation or outer.organisation, agent.person)
            elif outer.organisation is None:
                outer.organisation = agent.organisation
            continue
        kept.append(agent)
    return kept




def _sentence_words(folded: str, sentence: Sentence) -> frozenset[str]:
    words = sentence_words(folded, sentence.start, sentence.end)  # the set the phrase patterns ask
    return words if words is not None else _words_between(folded, sentence.start, sentence.end)


@lru_cache(maxsize=512)
def _words_between(folded: str, start: int, end: int) -> frozenset[str]:
    return frozenset(LETTERS.findall(folded, start, end))


_TriggerTable = tuple[
    Mapping[str, tuple[str, ...]],  # the groups, for the identity check
    list[tuple[str, frozenset[str], PhrasePattern]],  # each group's label, anchor words and pattern
    frozenset[str],  # every anchor of the groups' phrases
    dict[str, list[tuple[int, frozenset[str]]]],  # anchor -> (group, the runs of a phrase filed under it)
    list[int],  # the groups with a phrase without letters: checked by their anchor words only
]


def _trigger_table(lang: Language, groups: Mapping[str, tuple[str, ...]]) -> _TriggerTable:
    """What _triggers asks of each group, looked up once per language: it runs on every sentence."""
    tables = lang.__dict__.get("_trigger_tables")
    if tables is None:
        tables = lang.__dict__["_trigger_tables"] = {}
    table = tables.get(id(groups))
    if table is None or table[0] is not groups:  # the groups are module constants
        entries = [(label, lang.anchors(*keys), lang.pattern(*keys)) for label, keys in groups.items()]
        index: dict[str, list[tuple[int, frozenset[str]]]] = {}
        unindexed: list[int] = []
        for g, (_label, _anchors, pattern) in enumerate(entries):
            by_anchor = pattern.runs_by_anchor()
            if by_anchor is None:
                unindexed.append(g)
                continue
            for anchor, phrases in by_anchor.items():
                index.setdefault(anchor, []).extend((g, runs) for runs in phrases)
        table = tables[id(groups)] = (groups, entries, frozenset(index), index, unindexed)
    return table


def _triggers(folded: str, sentence: Sentence, lang: Language, groups: Mapping[str, tuple[str, ...]]) -> list[tuple[int, int, str]]:
    _groups, entries, anchors, index, unindexed = _trigger_table(lang, groups)
    words = sentence_words(folded, sentence.start, sentence.end)
    if words is None:
        # Not a remembered sentence: the patterns cannot skip it, only the anchor words can.
        words = _words_between(folded, sentence.start, sentence.end)
        chosen = [g for g, (_label, group_anchors, _pattern) in enumerate(entries) if not words.isdisjoint(group_anchors)]
    else:
        # The groups with a phrase whose runs of letters are all in the sentence, found in one pass
        # over the phrases filed under the sentence's words: exactly those each pattern's own check
        # (PhrasePattern._cannot_match, after the anchor words) lets through, asked once, not per group.
        possible: set[int] = set()
        for anchor in anchors.intersection(words):
            for g, runs in index[anchor]:
                if g not in possible and runs <= words:
                    possible.add(g)
        possible.update(g for g in unindexed if not words.isdisjoint(entries[g][1]))
        if not possible:
            return []
        chosen = sorted(possible)  # in the groups' order, as the sort below keeps it for equal spans
    found: list[tuple[int, int, str]] = []
    for g in chosen:
        label, _anchors, pattern = entries[g]
        for m in pattern.finditer_words_checked(folded, sentence.start, sentence.end):
            found.append((m.start(), m.end(), label))
    found.sort(key=lambda t: (t[0], -(t[1] - t[0])))
    kept: list[tuple[int, int, str]] = []
    for trigger in found:
        if kept and trigger[0] < kept[-1][1]:
            continue
        kept.append(trigger)
    return kept


_PAST_GROUPS = {
    "completed": ("visit", "completed"),
    "completed_host": ("visit", "completed_host"),
    "meeting": ("visit", "meeting"),
}

_VISIT_GROUPS = {
    "completed": ("visit", "completed"),
    "planned": ("visit", "planned"),
    "completed_host": ("visit", "completed_host"),
    "planned_host": ("visit", "planned_host"),
    "meeting": ("visit", "meeting"),
    "noun": ("visit", "noun"),
}

_VENUE_OWNER = lazy_regex(
    lambda: r"(?<![\w])" + alternatives("headquarters_nouns", "facility_nouns")
    + r"(?:\s+" + alternatives("premises_adjectives_after") + r")?\s+" + alternatives("owner_prepositions", then=r"\s+")
)


def _venue_owner(text: str, folded: str, start: int, end: int, mentions: Mentions) -> tuple[int | None, int | None]:
    """(organisation, where its name starts) of "au siège de X" / "X's headquarters" in the span, else (None, None)."""
    for m in finditer_at_words(_VENUE_OWNER, folded, start, openings("headquarters_nouns", "facility_nouns"), end):
        # Skip "de la société", "de l'entreprise" to the name, or take the anaphor itself.
        for s, _e, index in mentions.org_spans:
            if m.end() - 3 <= s <= m.end() + 40 and s < end:
                between = folded[m.end() : s]
                if _SHORT_GAP.fullmatch(between) and len(between.split()) <= 3:
                    return index, s
                break
    for m in _POSSESSIVE_PREMISES.finditer(text[start:end]):
        position = start + m.start()
        for s, e, index in mentions.org_spans:
            if e == position:
                return index, s
    for m in _BARE_PREMISES.finditer(text, start, end):
        # "at UNESCO headquarters", "the IOEI campus"
        for s, e, index in mentions.org_spans:
            if e == m.start():
                return index, s
    return None, None


def _places_in(mentions: Mentions, start: int, end: int) -> list[PlaceFound]:
    return [p for p in mentions.places if start <= p.start and p.end <= end]


def _not_visitors_own(mentions: Mentions, places: list[PlaceFound], visitor: int | None) -> list[PlaceFound]:
    """Without the town in the visitor's own name: the University of Niamey's delegation is not in Niamey."""
    if visitor is None or not any(p.in_organisation for p in places):
        return places
    own = [(s, e) for s, e, index in mentions.org_spans if index == visitor]
    return [p for p in places if not (p.in_organisation and any(s <= p.start and p.end <= e for s, e in own))]


def _own_town(mentions: Mentions, organisation: int) -> tuple[str | None, str | None]:
    """The town an organisation's own name gives ("Université de Thiès"), else (None, None)."""
    own = [(s, e) for s, e, index in mentions.org_spans if index == organisation]
    for p in mentions.places:
        if p.in_organisation and not p.place.is_country and any(s <= p.start and p.end <= e for s, e in own):
            return p.place.name, p.place.country
    return None, None


_BASED_IN = lazy_regex(lambda: alternatives("based_in_words") + r"\s+" + alternatives("town_prepositions") + r"\s+$")


# "…, Director of the UNESCO Regional Office in Doha, …": where the person's post is.
_POST_IN = lazy_regex(lambda: alternatives("post_nouns") + r"\b[^,;.()]{0,30}?\s" + alternatives("town_prepositions") + r"\s+$")


def _not_based_in(folded: str, places: list[PlaceFound]) -> list[PlaceFound]:
    """Without "basée à Niamey", "based in Busan", "Director of the Office in Doha": where an
    organisation or a post lives, not where the visit was."""
    lex = lexicon()
    kept = []
    for p in places:
        if _BASED_IN.search(folded, max(0, p.start - 24), p.start):
            continue
        post = _POST_IN.search(folded, max(0, p.start - 60), p.start)
        titles = list(lex.title_regex.finditer(folded, max(0, post.start() - 70), post.start())) if post else []
        if titles and not re.search(r"[,;.]", folded[titles[-1].end() : p.start]):
            continue
        kept.append(p)
    return kept


def _choose_place(places: list[PlaceFound]) -> tuple[str | None, str | None]:
    for p in places:
        if not p.place.is_country and not p.in_organisation:
            return p.place.name, p.place.country
    for p in places:
        if p.place.is_country and not p.in_organisation:
            # "l'Université de Tokyo, au Japon": the city the host's name gives, when it lies there.
            named = next((q for q in places if q.in_organisation and not q.place.is_country and q.place.country == p.place.country), None)
            if named is not None:
                return named.place.name, named.place.country
            return None, p.place.country
    for p in places:
        if not p.place.is_country:
            return p.place.name, p.place.country
    return None, None


def _people_org(mentions: Mentions, person: int | None) -> int | None:
    return mentions.people[person].organisation if person is not None else None


def extract_events(
    text: str, folded: str, header: Header, lang: Language, sentences: list[Sentence], mentions: Mentions
) -> Events:
    events = Events()
    everyone = agents(mentions)
    reference = header.published_on
    sentence_dates: list[list[FoundDate]] = [[] for _ in sentences]
    if sentences:
        # One pass over the body; sentences that speak of the future recount their weekdays forward.
        found = find_dates(text, folded, sentences[0].start, sentences[-1].end, lang, reference, False)
        # "Water for Tomorrow Alliance" is a name, not a date.
        found = [d for d in found if not mentions.occupied(d.start, d.end)]
        k = 0
        for date in found:
            while k < len(sentences) and sentences[k].end <= date.start:
                k += 1
            if k < len(sentences):
                sentence_dates[k].append(date)
        planned_cues = lang.pattern("planned_cues")
        for k, sentence in enumerate(sentences):
            # The past-visit triggers after the cheap tests: they cost the most, and most sentences
            # have no date that needs recounting.
            if (
                k
                and any(d.relative or (reference is not None and date_key(d.date) < date_key(reference)) for d in sentence_dates[k])
                and not _triggers(folded, sentence, lang, _PAST_GROUPS)
                and planned_cues.search(folded, sentence.start, sentence.end)
            ):
                recounted = [
                    d for d in find_dates(text, folded, sentence.start, sentence.end, lang, reference, True)
                    if not mentions.occupied(d.start, d.end)
                ]
                # "The following day, the delegation will travel": counted from the day told before,
                # which only the pass over the whole body knows.
                kept = [d for d in sentence_dates[k] if not any(r.start < d.end and d.start < r.end for r in recounted)]
                sentence_dates[k] = sorted(recounted + kept, key=lambda d: d.start)
    for k, sentence in enumerate(sentences):
        _visits_in(k, sentence, text, folded, header, lang, mentions, everyone, sentence_dates, events, sentences[k - 1] if k else None)
    for k, sentence in enumerate(sentences):
        _invitations_in(k, sentence, text, folded, header, lang, mentions, everyone, sentence_dates, events, sentences)
        _agreements_in(k, sentence, text, folded, header, lang, mentions, everyone, sentence_dates, events, sentences)
    for k, sentence in enumerate(sentences):
        _follow_ups_in(k, sentence, text, folded, lang, mentions, everyone, sentence_dates, events)
    _companions(text, folded, lang, sentences, mentions, everyone, events)
    # A visit is recorded against the partner visited: "the minister travelled to Munich" with no
    # organisation to receive him is news, not a record (the rules above still used it to follow a tour).
    # A visitor not named ("le ministre") is kept: the officer knows whom the dispatch speaks of.
    events.visits = [v for v in events.visits if v.host is not None]
    return events


# "le" of "le 3 mars", "in" of "in mid-January": left behind when the date itself is cut out.
_DAY_ARTICLE_AT_END = lazy_regex(
    lambda: r"\s+" + alternatives("day_articles", "month_leads", "year_leads") + r"\s*$", re.IGNORECASE
)


def _agreement_title(text: str, start: int, end: int, dates: list[FoundDate]) -> str:
    """The agreement's words from its kind to the end of its clause, without the dates said inside
    ("a memorandum of understanding on Thursday to train ..." is the memorandum "to train ..."),
    at most 16 words."""
    pieces, position = [], start
    for date in sorted(dates, key=lambda d: d.start):
        if start <= date.start and date.end <= end:
            pieces.append(_DAY_ARTICLE_AT_END.sub("", text[position : date.start]))  # "le 3 mars"
            position = date.end
    pieces.append(text[position:end])
    return " ".join(clean_span_text(" ".join(pieces)).split()[:16])


def _in_sentence(everyone: list[Agent], sentence: Sentence) -> list[Agent]:
    return [a for a in everyone if sentence.start <= a.start < sentence.end]


def _visits_in(k, sentence, text, folded, header, lang, mentions, everyone, sentence_dates, events, previous_sentence=None) -> None:
    if lang.phrases("visit", "participial_host") and _participial_visit(k, sentence, text, folded, header, lang, mentions, everyone, sentence_dates, events):
        return
    triggers = _triggers(folded, sentence, lang, _VISIT_GROUPS)
    if not triggers:
        return
    if lang.pattern("visit", "remote").search(folded, sentence.start, sentence.end):
        return  # talks by videoconference are not a visit
    if lang.phrases("visit", "background_cues") and lang.pattern("visit", "background_cues").search(folded, sentence.start, sentence.end):
        return  # "forty researchers have stayed at CERN over the past five years": background, not an event
    refused = lang.pattern("visit", "refused_objects")
    refused_host = lang.pattern("visit", "refused_host_objects") if lang.phrases("visit", "refused_host_objects") else None
    local = _in_sentence(everyone, sentence)
    neutral = lang.pattern("visit", "neutral_venue").search(folded, sentence.start, sentence.end)
    if neutral and _venue_owner(text, folded, sentence.start, sentence.end, mentions)[0] is not None:
        neutral = None  # "on the sidelines of the summit, X met Y at the university's main campus": Y's premises
    quoted = _quoted_spans(text, sentence)
    for t_start, t_end, label in triggers:
        if any(a <= t_start < b for a, b in quoted):
            continue  # « Since our visit to Busan in 2023, … »: what someone says, not what the wire reports
        if neutral and label == "meeting":
            continue  # two delegations meeting on the sidelines of a forum: neither visits the other
        window = folded[t_end : min(sentence.end, t_end + 40)]
        if folded.endswith(words("urge_triggers"), t_start, t_end):
            # "The Trust called on the University to share its data": urged, not visited (a minister
            # or his office is called on; an organisation asked to do something is not).
            target = next((a for a in local if a.start >= t_end), None)
            if target is not None and target.person is None and _URGED_TO.match(folded, target.end):
                continue
        if label == "completed" and lang.phrases("visit", "host_of_cues") and lang.pattern("visit", "host_of_cues").match(folded, t_start) \
                and lang.pattern("delegation_words").search(folded, t_start, min(sentence.end, t_end + 60)):
            # "L'INP-HB a été l'hôte, jeudi dernier, d'une mission de la société X": the subject hosts.
            label = "completed_host"
        if refused.search(window[:30]) and label in ("completed_host", "planned_host", "completed"):
            continue  # "a reçu une invitation", "received a letter"
        if label in ("completed_host", "planned_host") and lang.phrases("visit", "hosted_people"):
            # "UTM will host sixty IsDB scholars": people of that organisation, not a visit by it.
            hosted = lang.pattern("visit", "hosted_people")
            first = next((a for a in local if a.start >= t_end), None)
            gap = _ACRONYM_GAP.match(folded, first.end) if first is not None else None
            if first is not None and gap is not None and first.start - t_end < 30 and hosted.match(folded, gap.end()):
                continue
        if label in ("completed_host", "planned_host") and refused_host and refused_host.search(window[:30]):
            continue  # "welcomed the decision", "a accueilli favorablement", "hosted a webinar"
        if label in ("completed_host", "planned_host") and _BY.match(window) and not any(t_start - 4 <= a.end <= t_start for a in local) \
                and not lang.pattern("delegation_words").search(folded, max(sentence.start, t_start - 20), t_start):
            continue  # "a measure welcomed by the Association": a thing, not a visitor, was welcomed
        # "Selon le programme communiqué par l'Institut, la délégation sera reçue ...": the source is
        # neither side; nor is "..., a annoncé l'INM" after the verb.
        source = _SOURCE_CLAUSE.match(folded, sentence.start)
        before = [a for a in local if a.end <= t_start and not (source and a.start < source.end())]
        after = [a for a in local if a.start >= t_end]
        said_by = [a for a in after if _SPEECH_BEFORE.search(folded, max(t_end, a.start - 45), a.start)]
        # (and the acronym in brackets right after the source's name)
        after = [a for a in after if not any(b.organisation == a.organisation and b.start <= a.start <= b.end + 3 for b in said_by)]
        if lang.phrases("visit", "clause_joins"):
            # "l'Institut accueillera des doctorants, tandis que l'Université ouvrira ...": the verb's
            # object lies in its own clause.
            join = lang.pattern("visit", "clause_joins").search(folded, t_end, sentence.end)
            if join:
                after = [a for a in after if a.start < join.start()]
        if not before and not after:
            continue
        subject = _subject(before) if before else None
        delegation = lang.pattern("delegation_words").search(folded, sentence.start, t_start)
        # "The Ho delegation, led by its dean, Professor X, toured ...": the delegation is the subject.
        if delegation and (subject is None or subject.organisation is None or delegation.start() < subject.start):
            # "a UGent delegation", "the KAIST delegation": the name right before the word.
            owner_of_delegation = next((i for b, e, i in mentions.org_spans if delegation.start() <= b and e <= delegation.end()), None)
            if owner_of_delegation is None:
                owner_of_delegation = _delegation_owner(folded, lang, mentions, t_start)
            if owner_of_delegation is None and events.visits and events.visits[-1].visitors:
                owner_of_delegation = events.visits[-1].visitors[0]
            if owner_of_delegation is not None:
                subject = Agent(delegation.start(), delegation.end(), owner_of_delegation, subject.person if subject else None)
        if subject is None and label in ("completed", "planned", "completed_host", "planned_host", "meeting") and _pronoun_subject(lang, folded, sentence.start, t_start):
            # "Dr X a reçu une délégation ... Le lendemain, il s'est rendu à ...": "il" is the person
            # the previous visit's sentence spoke of, not the delegation; "On Wednesday, he received
            # Ms Y": the minister who received the others.
            reach = 1 if label in ("completed", "planned") else 3
            said = events.visits[-1].subject if events.visits and k - reach <= events.visits[-1].sentence < k else None
            if said is None and not events.visits and label != "completed" and previous_sentence is not None:
                # "La ministre X a accordé plusieurs audiences. Mardi, elle a échangé avec …": the person
                # the previous sentence opened with.
                said = next((a for a in everyone if previous_sentence.start <= a.start < previous_sentence.end and a.person is not None), None)
            if said is not None and said.person is not None and said.organisation is not None:
                subject = Agent(sentence.start, sentence.start, said.organisation, said.person)
        if subject is None and label in ("completed", "planned") and events.visits and events.visits[-1].visitors:
            # "Elle poursuivra sa tournée à Dakar", "The following day, the Azerbaijani academics
            # travelled to Astana": the tour just reported goes on.
            last = events.visits[-1]
            subject = Agent(sentence.start, sentence.start, last.visitors[0], last.visitor_people[0] if last.visitor_people else None)
        if subject is None and label in ("completed", "planned"):
            earlier = [a for a in everyone if a.end <= sentence.start]
            subject = earlier[-1] if earlier else None
        subject_org = subject.organisation if subject else None
        if label in ("completed", "planned") and lang.phrases("visit", "origin_cues"):
            # "will travel to Egypt with two researchers from the Department of History": who comes
            # from somewhere is of the visiting side, not its host.
            origin = _origin_before(lang.code)
            after = [a for a in after if not origin.search(folded, max(t_end, a.start - 30), a.start)]
        owner, owner_at = _venue_owner(text, folded, sentence.start, sentence.end, mentions)
        venue_unit = None
        if label in ("completed_host", "planned_host"):
            # "we welcomed at our College of Science a delegation from X": the college is where, X who.
            venue_unit = next((a for a in after if a.organisation is not None and a.start - t_end < 30
                               and _AT_OUR.search(folded, max(t_end, a.start - 14), a.start)
                               and any(b.start > a.end and b.organisation not in (None, a.organisation) for b in after)), None)
            if venue_unit is not None:
                after = [a for a in after if a.organisation != venue_unit.organisation]
        obj = next((a for a in after if a.organisation is not None and a.organisation != subject_org
                    # "a reçu au siège de X une délégation de Y": X's name is a place, not the visitor
                    # (but X named before "the university's campus" may be, the anaphor read wrong).
                    and (a.organisation != owner or a.start != owner_at or label not in ("completed_host", "planned_host"))
                    # "a visité la centrale, financée par l'AFD": the AFD is not what was visited
                    and not (label in ("completed", "planned") and _AGENT_OF_PARTICIPLE.search(folded, max(t_end, a.start - 40), a.start))), None)
        if obj is None and label in ("completed_host", "planned_host", "meeting"):
            # "Zain Tech hosted the delegation": the delegation reported earlier.
            object_delegation = lang.pattern("delegation_words").search(folded, t_end, sentence.end)
            owner_of_delegation = _delegation_owner(folded, lang, mentions, t_start) if object_delegation else None
            if owner_of_delegation is not None and owner_of_delegation != subject_org:
                obj = Agent(object_delegation.start(), object_delegation.end(), owner_of_delegation, None)
        passive = label == "completed" and lang.pattern("visit", "passive_host_cue").match(folded, t_start)
        if passive and obj is None and (venue := _venue_where(folded, before, t_start)) is not None:
            # "The tour began at ADA University, where the guests were received by the Vice-Rector": the
            # venue received them, and the guests are the delegation of the story.
            guests = _delegation_owner(folded, lang, mentions, t_start)
            if guests is None and events.visits and events.visits[-1].visitors:
                guests = events.visits[-1].visitors[0]
            if guests is not None and guests != venue.organisation:
                obj = venue
                subject = Agent(sentence.start, sentence.start, guests, None)
                subject_org = guests
        if label == "noun":
            # "during a visit by its leadership to the company's office", "lors d'une visite de X à Y"
            near = [a for a in after if a.start - t_end < 40]
            if _POSSESSIVE_AFTER.match(folded, t_end) or _POSSESSIVE_IN.search(folded, t_start, t_end):
                visitor_agent = before[0] if before else subject  # "a visit by its leadership": the sentence's subject
                if visitor_agent is None:
                    # "Lors de sa visite à l'Université du Caire, le ministre a rencontré ...": the
                    # person the main clause, after the comma, speaks of.
                    comma = text.find(",", t_end, sentence.end)
                    visitor_agent = next((a for a in after if comma != -1 and a.start > comma and a.person is not None), None)
            elif near and not word_set("visitor_follows_words").isdisjoint(folded[max(0, t_end - 4) : t_end].split()[-1:]):
                visitor_agent = near[0]
            elif near and lang.pattern("delegation_from").search(folded, t_start, near[0].end):
                visitor_agent = near[0]  # "The visit of a delegation from X to our secretariat"
            elif (of_whom := _visitor_after_town(folded, mentions, after, t_end)) is not None:
                visitor_agent = of_whom  # "lors d'une visite à Casablanca du directeur technique de Nordlicht"
            elif (by := _VISIT_BY.match(folded, t_end)) is not None and any(a.start >= by.end() for a in after):
                # "during a visit to Belgium by the Uzbek university's Rector": the one after "by".
                visitor_agent = next(a for a in after if a.start >= by.end())
            else:
                visitor_agent = subject
            visitor_org_guess = visitor_agent.organisation if visitor_agent else None
            host_agent = next((a for a in after if a.organisation is not None and a.organisation != visitor_org_guess), None)
            # "pourrait être signé à l'automne, lors d'une visite à Casablanca de X": the clause's tense.
            clause_start = max(sentence.start, t_start - 60)
            status_hint = "planned" if lang.pattern("planned_cues").search(folded, clause_start, min(sentence.end, t_end + 80)) else "completed"
            label = "planned" if status_hint == "planned" else "completed"
        elif label in ("completed_host", "planned_host"):
            host_agent, visitor_agent = subject, obj
            if (host_agent is None or host_agent.organisation is None) and _first_person(lang, folded, sentence.start, t_end):
                # "Nous avons eu l'honneur d'accueillir ... une délégation de X, a indiqué l'Université
                # de Carthage": the organisation speaking hosts.
                speaker = _speaker(text, folded, lang, local, sentence, obj, everyone, venue_unit)
                if speaker is not None:
                    host_agent = speaker
        elif label == "meeting":
            guest = lang.phrases("visit", "guest_cues") and obj is not None and lang.pattern("visit", "guest_cues").search(folded, obj.end, sentence.end)
            if obj is not None and lang.pattern("delegation_from").search(folded, max(t_end, obj.start - 45), obj.end):
                host_agent, visitor_agent = subject, obj  # "s'est entretenu avec une délégation de X"
            elif guest:
                host_agent, visitor_agent = subject, obj  # "met with the Rector of X during her visit to Doha"
            elif owner is not None and subject_org == owner:
                host_agent, visitor_agent = subject, obj
            else:
                host_agent, visitor_agent = obj, subject
        else:
            visitor_agent, host_agent = subject, obj
            if passive and obj is None:
                host_agent = None
        host = host_agent.organisation if host_agent else None
        if label in ("completed", "planned") and lang.phrases("visit", "own_premises"):
            own = lang.pattern("visit", "own_premises").search(folded, t_end, min(sentence.end, t_end + 70))
            if own and (host_agent is None or host_agent.start > own.start()):
                # "visitera notre siège", "a été reçue par notre président": the organisation speaking.
                speaker = _speaker(text, folded, lang, local, sentence, visitor_agent, everyone)
                if speaker is not None and speaker.organisation != (visitor_agent.organisation if visitor_agent else None):
                    host = speaker.organisation
        if (
            passive and subject is not None and events.visits and events.visits[-1].sentence == k - 1
            and subject.organisation in events.visits[-1].visitors and lang.phrases("visit", "visitor_anaphors")
            and lang.pattern("visit", "visitor_anaphors").search(folded, sentence.start, t_start)
            and after and after[0].organisation is None
        ):
            # "The visitors were received at the Main Building by the Vice-Chancellor, together with
            # the Principal of X": the reception just told, by its host.
            host = events.visits[-1].host
        if owner is not None and (visitor_agent is None or visitor_agent.organisation != owner):
            host = owner
            if label in ("completed_host", "planned_host") and host_agent is not None and host_agent.person is not None \
                    and mentions.people[host_agent.person].organisation is None:
                # "Au siège de l'OMPI, le vice-directeur général, M. X, a reçu ...": X is of the OMPI.
                mentions.people[host_agent.person].organisation = owner
                for agent in everyone:
                    if agent.person == host_agent.person and agent.organisation is None:
                        agent.organisation = owner
        if host is None:
            host = _inviting_host(folded, lang, local, sentence, visitor_agent)
        visitor_org = visitor_agent.organisation if visitor_agent else None
        if visitor_org is None and visitor_agent is None:
            continue
        if visitor_org is None and visitor_agent is not None and visitor_agent.person is not None:
            # "The Vice-Chancellor, Professor X, is scheduled to visit Y": a title without its
            # organisation belongs to the organisation the dispatch was speaking of.
            known = mentions.people[visitor_agent.person].organisation  # set by a visit reported earlier
            focus = [a.organisation for a in everyone if a.end <= visitor_agent.start and a.organisation not in (None, host)]
            if known is not None or focus:
                visitor_org = known if known is not None else focus[-1]
                if mentions.people[visitor_agent.person].organisation is None:
                    mentions.people[visitor_agent.person].organisation = visitor_org
                visitor_agent = Agent(visitor_agent.start, visitor_agent.end, visitor_org, visitor_agent.person)
        also = _coordinated(text, local, visitor_agent) if visitor_agent else []
        if host == visitor_org:
            host = None
        status = "planned" if label.startswith("planned") else "completed"
        # "Bello met the Minister, who accepted an invitation to ... in Baku": Baku is not where they met.
        clause_break = _clause_break(text, folded, lang, t_end, sentence.end)
        clause_end = clause_break.start() if clause_break else sentence.end
        stops = _further_stops(text, after, host_agent, visitor_org, host) if label in ("completed", "planned") and host_agent is not None and host_agent is obj else []
        if stops:
            clause_end = min(clause_end, stops[0].start)  # the next stop's town is not this one's
        places_after = _not_based_in(folded, _not_visitors_own(mentions, _places_in(mentions, t_start, clause_end), visitor_org))
        places_before = _not_based_in(folded, _not_visitors_own(mentions, _places_in(mentions, sentence.start, t_start), visitor_org))
        city, country = _choose_place(places_after)
        if city is None and country is None:
            city, country = _choose_place(places_before)
        if city is None and country is not None:
            # "at the offices in Doha, where X, on a visit to Qatar, was received": the town said before;
            # "DAKAR - En visite au Sénégal, X a été reçu": the dateline's, in that country.
            town = next((p.place for p in places_before if not p.place.is_country and not p.in_organisation and p.place.country == country), None)
            if town is None and header.dateline_place and not header.dateline_place.is_country and header.dateline_place.country == country:
                town = header.dateline_place
            if town is not None:
                city = town.name
        if city is None and country is None and host is not None:
            city, country = _own_town(mentions, host)  # "reçu par le recteur de l'UT": Université de Thiès
        if host is None and city is not None and label in ("completed", "planned"):
            # "a UGent delegation had visited Samarkand": the one organisation of that town named.
            towns = {i for i in range(len(mentions.organisations)) if i != visitor_org and _own_town(mentions, i)[0] == city}
            if len(towns) == 1:
                host = towns.pop()
        dateline = header.dateline_place
        if city is None and country is None and host is not None and dateline is not None and not dateline.is_country \
                and mentions.organisations[host].kind == "government" and mentions.organisations[host].country in (None, dateline.country):
            city, country = dateline.name, dateline.country  # a ministry of the dateline's country sits in its town
        if city is None and country is None:
            same_side = [v for v in events.visits if v.visitors == ([visitor_org] if visitor_org is not None else [])]
            if same_side and same_side[-1].city:
                city, country = same_side[-1].city, same_side[-1].country
            elif header.dateline_place and (
                status == "completed"
                # "DAKAR - ... sera reçu par le recteur de l'UCAD": a host of the dateline's country
                # receives at home.
                or (host is not None and mentions.organisations[host].country == header.dateline_place.country)
            ):
                host_country = mentions.organisations[host].country if host is not None else None
                if host_country is not None and host_country != header.dateline_place.country:
                    country = host_country  # "RABAT - ... visited the Korean Institute": not in Rabat
                else:
                    city = None if header.dateline_place.is_country else header.dateline_place.name
                    country = header.dateline_place.country
        # Not a day told in a later clause: "..., before heading to Dubai, where it will meet X on Friday".
        dates = [d for d in sentence_dates[k] if d.start < clause_end or d.start < t_start]
        # "the ministry announced on Wednesday that X had visited Y on Monday": Monday.
        dates = [d for d in dates if not _NOT_THE_EVENTS_DAY.search(folded, max(0, d.start - 22), d.start)] or dates
        # A day after the verb is the visit's; one before it may belong to an aside ("the summit,
        # which closed yesterday, ... met X on Tuesday").
        before_relative = [d for d in dates if d.start < t_start and _clause_break(text, folded, lang, sentence.start, d.start)]
        dates = [d for d in dates if d not in before_relative] or dates
        told_nowhere = False
        # "initially scheduled for 22 September, has been postponed to 14 October": the new day.
        dates = [d for d in dates if _POSTPONED_TO.search(folded, max(0, d.start - 30), d.start)] or dates
        date = dates[0].date if dates else None
        if date is None and status == "completed" and events.visits and lang.phrases("same_day_cues") \
                and lang.pattern("same_day_cues").search(folded, sentence.start, t_start):
            date = events.visits[-1].date  # "Later the same day", "Dans l'après-midi": the day just told
        last = events.visits[-1] if events.visits else None
        if date is None and status == "completed" and last is not None and last.status == "completed" \
                and visitor_org in last.visitors and lang.phrases("tour_goes_on_cues") \
                and lang.pattern("tour_goes_on_cues").search(folded, sentence.start, t_end):
            date = last.date  # "The delegation then travelled to Pathum Thani": when the tour was, no new day
        if date is None and status == "completed":
            date = _story_date(k, sentence_dates, header.published_on, folded)
            told_nowhere = date == header.published_on  # the wire's own day, for want of any other
        elif date is None:
            date = _story_date(k, sentence_dates, header.published_on, folded, ahead=True)
            last = events.visits[-1] if events.visits else None
            if date is None and last is not None and last.status == "planned" and visitor_org in last.visitors:
                date = last.date  # "It will then travel to Istanbul": the next stop of the trip announced
        visitor_people = [visitor_agent.person] if visitor_agent and visitor_agent.person is not None else []
        visit = VisitFound(
            visitors=([visitor_org] if visitor_org is not None else []) + [o for o in also if o not in (visitor_org, host)],
            visitor_people=visitor_people,
            host=host,
            status=status,
            sentence=k,
            city=city,
            country=country,
            venue=_venue_label(folded, lang, t_end, sentence.end),
            date=date,
            evidence=[(sentence.start, sentence.end)],
            confidence=0.75 if host is not None and visitor_org is not None else 0.5,
            subject=subject,
            guessed_date=told_nowhere,  # "The delegation also met ...": the same stay, not another visit
        )
        _add_visit(events, visit)
        if lang.phrases("visit", "then") and label in ("completed", "planned", "completed_host", "noun"):
            # "a rendu visite au recteur de X avant de visiter les installations de Y": Y as well.
            for then in lang.pattern("visit", "then").finditer(folded, t_end, sentence.end):
                nxt = next((a for a in local if a.start >= then.end() and a.start - then.end() < 60
                            and a.organisation not in (None, *visit.visitors, visit.host)
                            # "before heading to Dubai, where it will meet X": another clause, another day
                            and _clause_break(text, folded, lang, then.end(), a.start) is None
                            and ", " not in text[then.end() : a.start]), None)
                if nxt is not None and visit.visitors:
                    stops.append(nxt)
        for stop in stops:
            # The day and town written after this host's name, else those of the first stop.
            own = [d for d in sentence_dates[k] if stop.end <= d.start < stop.end + 30]
            stop_clause = _STOP_CLAUSE_END.search(folded, stop.end, min(sentence.end, stop.end + 40))
            stop_end = min(sentence.end, stop_clause.start() if stop_clause else stop.end + 40)
            places = [p for p in mentions.places if stop.end <= p.start < stop_end and not p.in_organisation]
            stop_city, stop_country = _choose_place(places) if places else (visit.city, visit.country)
            _add_visit(events, VisitFound(
                visitors=list(visit.visitors), visitor_people=list(visit.visitor_people), host=stop.organisation,
                status=visit.status, sentence=k, city=stop_city, country=stop_country,
                date=own[0].date if own else visit.date, evidence=[(sentence.start, sentence.end)],
                confidence=visit.confidence, subject=visit.subject, guessed_date=not own,
            ))
        break  # one visit per sentence: further triggers usually restate it


_FURTHER_STOP = lazy_regex(  # on the text as written
    lambda: r"\)?(?:\s*\([^()]{1,20}\))?[^.;:()]{0,40}?(?:,\s*|\s+)" + alternatives("and_words", "then_words", folded=False) + r"\s+"
    + r"(?:" + alternatives("next_stop_prepositions", folded=False) + r"\s+)?" + alternatives("name_articles", folded=False, then=r"\s+") + "?",
    re.I,
)


_STOP_CLAUSE_END = lazy_regex(lambda: r",|;|\b" + alternatives("and_words", "then_words", "clause_end_words") + r"\b")


def _further_stops(text: str, after: list[Agent], first: Agent, visitor: int | None, host: int | None) -> list[Agent]:
    """ "visited KAIST on Tuesday and Seoul National University on Wednesday": the hosts after the first."""
    stops: list[Agent] = []
    previous = first
    for agent in after:
        if agent.start < previous.end or agent.organisation is None:
            continue
        if agent.organisation == previous.organisation:
            previous = agent  # the acronym in brackets after the name
            continue
        if agent.organisation in (visitor, host) or _FURTHER_STOP.fullmatch(text, previous.end, agent.start) is None:
            break
        stops.append(agent)
        previous = agent
    return stops


_NOT_THE_EVENTS_DAY = lazy_regex(
    lambda: alternatives("speech_verbs", "reporting_verbs") + r"\s+(?:" + alternatives("day_articles") + r"\s+)?$"
    # "En séjour jusqu'à samedi", "until Friday": when a stay ends, not when the visit was.
    + "|" + alternatives("until_words") + r"\s+$"
)


def _clause_break(text: str, folded: str, lang: Language, start: int, end: int) -> re.Match[str] | None:
    """The first ", who" / " qui " after `start`, not the acronym WHO folded to "who"."""
    for m in lang.pattern("clause_breaks").finditer(folded, start, end):
        word = text[m.start() : m.end()].strip(" ,")
        if not (len(word) > 1 and word.isupper()):
            return m
    return None


_QUOTED = re.compile(r'"[^"\n]{3,}?"|\u201c[^\u201d\n]{3,}?\u201d|\u00ab[^\u00bb\n]{3,}?\u00bb')


def _quoted_spans(text: str, sentence: Sentence) -> list[tuple[int, int]]:
    """Spans of the sentence between quotation marks ("…", “…”, «…»)."""
    if not any(q in text[sentence.start : sentence.end] for q in '"\u201c\u00ab'):
        return []
    return [(m.start(), m.end()) for m in _QUOTED.finditer(text, sentence.start, sentence.end)]


def _first_person(lang: Language, folded: str, start: int, end: int) -> bool:
    words = lang.phrases("visit", "first_person")
    return bool(words) and any(w in words for w in LETTERS.findall(folded, start, end))


_SPEECH_BEFORE = lazy_regex(  # "..., a annoncé ce mardi l'INM": the source, a few words after its verb
    lambda: alternatives("speech_verbs") + r"\s+(?:[\w'\-]+\s+){0,3}?" + alternatives("name_articles", then=r"\s+") + "?$"
)
_SOURCE_CLAUSE = lazy_regex(lambda: r"\s*" + alternatives("source_cues") + r"\b[^,;.]{0,120},")
_SPEAKER_AFTER = lazy_regex(lambda: alternatives("speech_verbs", "source_cues") + r"\s+" + alternatives("name_articles", then=r"\s+") + "?$")


def _speaker(text, folded, lang, local, sentence, guest, everyone, unit=None) -> Agent | None:
    """Who says "we": the organisation after "a indiqué", "said", else the first one the dispatch names
    (not the guest, nor "our College of Science", a unit of the speaker's)."""
    for agent in local:
        if agent.organisation is not None and agent is not guest and _SPEAKER_AFTER.search(folded, max(sentence.start, agent.start - 20), agent.start):
            return agent
    others = {guest.organisation if guest else None, unit.organisation if unit else None}
    return next((a for a in everyone if a.organisation is not None and a.organisation not in others), None)


def _story_date(
    k: int, sentence_dates: list[list[FoundDate]], published: PartialDate | None, folded: str, ahead: bool = False
) -> PartialDate | None:
    """An undated event told right after a dated one ("mené la semaine dernière une mission ... À Rabat,
    la délégation a été reçue"): the earlier date, if past; else the publication date. `ahead`, for an
    event to come ("a été reportée au 9 décembre. ... sera reçu par le recteur"): the first day still
    to come told just before, else None."""
    for back in (k - 1, k - 2):
        if back < 0:
            break
        if ahead:
            coming = [d for d in sentence_dates[back] if published is not None and date_key(d.date) > date_key(published)]
            if coming:
                return coming[0].date
            continue
        past = [d for d in sentence_dates[back] if published is None or date_key(d.date) <= date_key(published)]
        # Not the day the news was given ("…, the institute said on Wednesday"), and of the others
        # the last ("a conclu ce mercredi un accord avec X, dont la délégation était arrivée lundi").
        told = [d for d in past if not _NOT_THE_EVENTS_DAY.search(folded, max(0, d.start - 22), d.start)] or past
        if told:
            # The finest date, the last of those: "renewed on Tuesday the agreement first signed in 2019".
            fine = [d for d in told if d.date.day is not None] or [d for d in told if d.date.month is not None] or told
            return fine[-1].date
    return None if ahead else published


def _inviting_host(folded: str, lang: Language, local: list[Agent], sentence: Sentence, visitor: Agent | None) -> int | None:
    """ "À l'invitation de l'Université X, une délégation ... a séjourné à Rabat": X received it."""
    cue = lang.pattern("invitation", "honoured_cues").search(folded, sentence.start, sentence.end)
    if not cue:
        return None
    visitor_org = visitor.organisation if visitor else None
    for agent in local:
        if cue.end() <= agent.start <= cue.end() + 12 and agent.organisation not in (None, visitor_org):
            return agent.organisation
    return None


_LONG_PARTICIPLE = lazy_regex(
    lambda: alternatives("received_participles") + r"\b[^;.]{0,200}?\s" + alternatives("agent_prepositions") + r"\s"
)


def _participial_visit(k, sentence, text, folded, header, lang, mentions, everyone, sentence_dates, events) -> bool:
    """ "Reçu par le Président de X, M. Y, le Directeur de Z a présenté ...": Z visited X."""
    cue = lang.pattern("visit", "participial_host").match(folded, sentence.start)
    long_cue = None if cue else _LONG_PARTICIPLE.match(folded, sentence.start, sentence.end)
    if not cue and not long_cue:
        return False
    if long_cue:
        # "Reçu le 10 courant au siège de l'ISESCO à Rabat par le directeur général adjoint, …":
        # the premises named in the opening clause are the host's.
        owner, _ = _venue_owner(text, folded, sentence.start, long_cue.end(), mentions)
        if owner is None:
            return False
        cue = long_cue
    local = [a for a in _in_sentence(everyone, sentence) if a.start >= cue.end()]
    host_agent = next((a for a in local if a.organisation is not None and a.start - cue.end() < 80), None)  # past a long title
    if long_cue:
        host_agent = Agent(sentence.start, sentence.start, owner, None)
    if host_agent is None:
        if events.visits and k - events.visits[-1].sentence <= 1:
            # "Accueilli par le recteur, le patron de la société a visité ...": the visit just told.
            events.visits[-1].evidence.append((sentence.start, sentence.end))
            return True
        return False
    visitor_agent = next((a for a in local if a.organisation not in (None, host_agent.organisation) and a.start > host_agent.end), None)
    delegation_after = lang.pattern("delegation_words").search(folded, host_agent.end, sentence.end)
    if visitor_agent is None and events.visits and events.visits[-1].visitors and (
        events.visits[-1].host in (host_agent.organisation, None) or delegation_after is not None
    ):
        # "Accueillis par le vice-recteur de l'Université ADA, les universitaires marocains ont
        # visité ...", "Reçue ensuite par le président de X, la délégation ...": the visitors of the
        # visit just told.
        last = events.visits[-1]
        visitor_agent = Agent(sentence.start, sentence.start, last.visitors[0], None)
    if visitor_agent is None and long_cue and not events.visits:
        # "Le recteur de X a effectué une visite au Maroc. Reçu au siège de Y par …, le responsable
        # camerounais …": the one the dispatch opened with.
        visitor_agent = next((a for a in everyone if a.end <= sentence.start and a.organisation not in (None, host_agent.organisation)), None)
    if visitor_agent is None or visitor_agent.organisation is None:
        return False
    city, country = _choose_place(_not_visitors_own(mentions, _places_in(mentions, sentence.start, sentence.end), visitor_agent.organisation))
    if city is None and country is None and header.dateline_place:
        city = None if header.dateline_place.is_country else header.dateline_place.name
        country = header.dateline_place.country
    dates = sentence_dates[k]
    _add_visit(events, VisitFound(
        visitors=[visitor_agent.organisation], visitor_people=[visitor_agent.person] if visitor_agent.person is not None else [],
        host=host_agent.organisation, status="completed", sentence=k, city=city, country=country,
        date=dates[0].date if dates else _story_date(k, sentence_dates, header.published_on, folded), evidence=[(sentence.start, sentence.end)], confidence=0.6,
    ))
    return True


def _pronoun_subject(lang: Language, folded: str, start: int, end: int) -> bool:
    """Whether the clause before the verb has a person's pronoun as subject ("Le lendemain, il", "he then")."""
    # The caller has found no one named before the verb.
    pronouns = lang.phrases("visit", "person_pronouns")
    return any(word.strip(",") in pronouns for word in folded[start:end].split())


@derived  # rebuilt by grammar.forget()
def _origin_before(code: str) -> re.Pattern[str]:
    """ "experts from (the)", "venus de" right before an organisation's name."""
    phrases = load_language(code).pattern("visit", "origin_cues").pattern
    return re.compile(r"(?:" + phrases + r")\s*" + alternatives("owner_prepositions", "name_articles", then=r"\s+") + "?$")


_AGENT_OF_PARTICIPLE = lazy_regex(
    lambda: r"\b" + alternatives("agent_participles") + r"\s+(?:" + alternatives("partly_words") + r"\s+)?"
    + alternatives("agent_prepositions") + r"\s+" + alternatives("name_articles", then=r"\s+") + "?$"
)
_OF_WHOM = lazy_regex(lambda: r"\s*" + alternatives("genitive_articles") + r"\s+")


def _visitor_after_town(folded: str, mentions: Mentions, after: list[Agent], t_end: int) -> Agent | None:
    """ "une visite à Casablanca du directeur de X": the one whose visit it is, named after the town."""
    town = next((p for p in mentions.places if p.start >= t_end), None)
    if town is None or folded[t_end : town.start].strip():
        return None
    of = _OF_WHOM.match(folded, town.end)
    if of is None:
        return None
    return next((a for a in after if of.end() <= a.start <= of.end() + 40 and a.organisation is not None), None)


_VISIT_BY = lazy_regex(
    lambda: r"[^,;.]{0,40}?\s" + alternatives("agent_prepositions") + r"\s+" + alternatives("name_articles", then=r"\s+") + "?"
)
_ACCEPTED_AN = lazy_regex(
    lambda: r"\b" + alternatives("accepted_words") + r"\s+(?:" + alternatives("indefinite_articles") + r"\s+)?$"
)
_WHO_INVITED = lazy_regex(lambda: r"\b" + alternatives("who_invited_cues", then=r"\s+") + "$")
_ACRONYM_GAP = re.compile(r"(?:\s*\([^()]{1,15}\))?\s*")  # " (GWB) " between a name and what follows
_BY = lazy_regex(lambda: r"\s*" + alternatives("agent_prepositions") + r"\s")
_POSSESSIVE_AFTER = lazy_regex(lambda: r"\s*" + alternatives("possessives") + r"\b")
_POSSESSIVE_IN = lazy_regex(lambda: r"\b" + alternatives("possessives") + r"\s")  # "lors de sa visite à"


_POSTPONED_TO = lazy_regex(
    lambda: r"\b" + alternatives("postponement_words") + r"\s+" + alternatives("postponed_to_prepositions")
    + r"\s+(?:" + alternatives("day_articles") + r"\s+)?$"
)
_URGED_TO = lazy_regex(  # "called on the University to share": urged to do, not visited
    lambda: r"(?:\s*\([^()]{1,15}\))?\s+" + alternatives("urged_to_words") + r"\s+(?!" + alternatives("name_articles") + r"\b)[a-z]+"
)
_AT_OUR = lazy_regex(lambda: r"\b" + alternatives("location_prepositions") + r"\s+" + alternatives("own_possessives") + r"\s+$")
_AT_BEFORE = lazy_regex(lambda: r"\b" + alternatives("at_venue_prepositions") + r"\s+$")
_THEN_WHERE = lazy_regex(
    lambda: r"\)?(?:\s+" + alternatives("town_prepositions") + r"\s+[\w\-']+(?:\s+[\w\-']+)?)?\s*,?\s+" + alternatives("where_words") + r"\b"
)


def _venue_where(folded: str, before: list[Agent], t_start: int) -> Agent | None:
    """ "at X (in Baku), where they were received by ...": X."""
    for agent in reversed(before):
        if agent.organisation is None:
            continue
        if _AT_BEFORE.search(folded, max(0, agent.start - 10), agent.start) and _THEN_WHERE.match(folded, agent.end) \
                and t_start - agent.end < 80:
            return agent
    return None


def _delegation_owner(folded: str, lang: Language, mentions: Mentions, position: int) -> int | None:
    """The organisation of the last "délégation de X" / "delegation from X" before `position`."""
    owner = None
    for m in lang.pattern("delegation_from").finditer(folded, 0, position):
        for s, _e, index in mentions.org_spans:
            # "delegation from Morocco's Mohammed V University": a few words may come first.
            if m.end() <= s <= m.end() + 24:
                owner = index
                break
    return owner


_AND = lazy_regex(  # on the text as written
    lambda: r"\)?\s*(?:,|" + alternatives("and_words", folded=False) + r")\s+"
    + alternatives("owner_prepositions", "name_articles", "to_prepositions", folded=False, then=r"\s+") + r"?(?:\w[\w\-]*['\u2019]s\s+)?$",
    re.I,
)


def _coordinated(text: str, local: list[Agent], first: Agent) -> list[int]:
    """ "une délégation conjointe de l'ALECSO et de l'ICESCO": the organisations joined to the first."""
    out: list[int] = []
    current = first
    for agent in local:
        if agent.start < current.end or agent.organisation is None:
            continue
        if agent.organisation == current.organisation and text[current.end : agent.start].strip() == "(":
            current = agent  # "the World Health Organization (WHO) and ...": the acronym in brackets
            continue
        if not _AND.fullmatch(text[current.end : agent.start]):
            break
        out.append(agent.organisation)
        current = agent
    return out


def _subject(before: list[Agent]) -> Agent:
    # The nearest person before the verb is the grammatical subject more often than an organisation
    # named inside that person's title.
    people = [a for a in before if a.person is not None]
    if people:
        # The first person of the clause is its subject; later ones are objects or companions
        # ("Mme Chaabane a remis au ministre une invitation", "Pr Y, accompagné de M. Z, a visité").
        return people[0]
    return before[-1]


def _venue_label(folded: str, lang: Language, start: int, end: int) -> str | None:
    nouns = lang.folded_map("visit", "venue_nouns")
    if not nouns:
        return None
    regex = lang.pattern("visit", "venue_nouns")
    m = regex.search(folded, start, end)
    if m:
        return nouns.get(" ".join(m.group(0).split()))
    return None


def _add_visit(events: Events, visit: VisitFound) -> None:
    for other in events.visits:
        # "a joint delegation of WHO and Oxford" then "the visitors, from Oxford and WHO": one visit told
        # twice, whatever order or subset of its sides the second mention names.
        mine, theirs = set(visit.visitors), set(other.visitors)
        same_visitors = mine == theirs or (bool(mine) and bool(theirs) and (mine <= theirs or theirs <= mine) and other.host == visit.host)
        same_sides = same_visitors and (other.host == visit.host or visit.host is None or other.host is None)
        if same_sides and other.status == visit.status and (
            visit.date is None or other.date is None or visit.date == other.date or visit.sentence - other.sentence <= 1
            or other.guessed_date or visit.guessed_date
        ):
            if other.guessed_date and visit.date is not None and not visit.guessed_date:
                # "s'est rendue successivement à X et à Y ... Mardi, il s'est rendu à Y": Y's own day.
                other.date, other.guessed_date = visit.date, False
            if (
                other.date is not None and visit.date is not None and other.date.day is None and visit.date.day is not None
                and (other.date.year, other.date.month) == (visit.date.year, visit.date.month)
            ):
                other.date = visit.date  # "next month" then "on 12 May": the day, once told
            other.sentence = max(other.sentence, visit.sentence)  # the visit last spoken of there
            if other.host is None and visit.host is not None and visit.date is not None and not visit.guessed_date:
                other.date = visit.date  # "on a visit to China from 3 to 7 March ... visited X on Tuesday": X's day
            if other.host is None and visit.host is not None and (visit.city or visit.country):
                # "visited two Thai institutions ... was received at X in Bangkok": X's town, not a guess.
                other.city, other.country = visit.city, visit.country
            other.host = other.host if other.host is not None else visit.host
            other.city = other.city or visit.city
            other.country = other.country or visit.country
            other.evidence += visit.evidence
            other.visitors += [o for o in visit.visitors if o not in other.visitors]
            for p in visit.visitor_people:
                if p not in other.visitor_people:
                    other.visitor_people.append(p)
            return
    events.visits.append(visit)


_INVITATION_GROUPS = {"invitation": ("invitation", "triggers"), "reference": ("invitation", "references")}


def _invitations_in(k, sentence, text, folded, header, lang, mentions, everyone, sentence_dates, events, sentences) -> None:
    if events.invitations and lang.phrases("invitation", "extended") and _extended(k, sentence, folded, lang, everyone, events):
        return
    triggers = _triggers(folded, sentence, lang, _INVITATION_GROUPS)
    if not triggers:
        return
    honoured = lang.pattern("invitation", "honoured_cues")
    local = _in_sentence(everyone, sentence)
    t_start, t_end, trigger_kind = triggers[0]
    refused = lang.pattern("invitation", "refused_objects") if lang.phrases("invitation", "refused_objects") else None
    if refused is not None and refused.search(folded, t_start, min(sentence.end, t_end + 25)):
        return  # "invited applications", "une invitation à candidater": a call, not an invitation to a partner
    # "La ministre a accepté l'invitation": the invitation already reported, unless it says
    # whose it is ("a décliné l'invitation de l'OIF à participer ...").
    if (
        trigger_kind == "reference"
        and not _from_after(lang.code).match(folded, t_end)
        and (events.invitations or not lang.pattern("invitation", "purposes", "event").search(folded, t_end, sentence.end))
    ):
        return
    cue = honoured.search(folded, sentence.start, sentence.end)
    passive = lang.pattern("invitation", "passive").match(folded, t_start)
    before = [a for a in local if a.end <= t_start]
    after = [a for a in local if a.start >= t_end]
    if cue is not None:
        # "à l'invitation de X": X invited the subject, and the visit took place.
        inviter_agent = next((a for a in local if a.start >= cue.end()), None)
        invitee_agent = next((a for a in local if a.organisation is not None and (inviter_agent is None or a.organisation != inviter_agent.organisation) and a is not inviter_agent), None)
        purpose_start = sentence.start
        status = "accepted"
    elif passive or _from_after(lang.code).match(folded, t_end):
        # "X was invited by Y", "X accepted an invitation from Y": Y invites X.
        invitee_agent = _subject(before) if before else None
        inviter_agent = next((a for a in after if a.organisation is not None), None)
        purpose_start = t_end
        status = "pending"
    elif _ACCEPTED_AN.search(folded, max(sentence.start, t_start - 14), t_start) and before:
        # "The Cabinet Secretary praised the foundation's work and accepted an invitation to visit its
        # centre": the subject was invited, by the other party the sentence (or the story) names.
        invitee_agent = _subject(before)
        invitee_org = invitee_agent.organisation if invitee_agent else None
        inviter_agent = next((a for a in local if a.organisation not in (None, invitee_org)), None)
        if inviter_agent is None and events.visits:
            last = events.visits[-1]
            other = next((o for o in [last.host, *last.visitors] if o not in (None, invitee_org)), None)
            inviter_agent = Agent(t_start, t_start, other, None) if other is not None else None
        purpose_start = t_end
        status = "accepted"
    elif _WHO_INVITED.search(folded, max(sentence.start, t_start - 12), t_start) and before:
        # "la ministre a reçu le président de X, qui l'a invitée à …": X invites the sentence's subject.
        inviter_agent = before[-1]
        invitee_agent = next((a for a in before if a.organisation not in (None, inviter_agent.organisation)), None)
        purpose_start = t_end
        status = "pending"
    else:
        inviter_agent = _subject(before) if before else None
        if inviter_agent is None or inviter_agent.organisation is None:
            # "le responsable turc a invité Mme X": a title of no organisation named stands for the
            # person the dispatch spoke of last.
            earlier = [a for a in everyone if a.end <= sentence.start and a.person is not None]
            inviter_agent = earlier[-1] if earlier else None
        inviter_org = inviter_agent.organisation if inviter_agent else None
        pronoun = lang.pattern("pronoun_objects").search(folded, max(sentence.start, t_start - 25), t_start + 5)
        invitee_agent = None
        if not pronoun:
            invitee_agent = next((a for a in after if a.organisation is not None and a.organisation != inviter_org), None)
            if invitee_agent is not None and invitee_agent.start - t_end > 60:
                invitee_agent = None
        if invitee_agent is None:
            prior = [a for a in everyone if a.end <= t_start and a.organisation is not None and a.organisation != inviter_org]
            invitee_agent = prior[-1] if prior else None
        purpose_start = t_end
        status = "pending"
    inviter = inviter_agent.organisation if inviter_agent else None
    invitee = invitee_agent.organisation if invitee_agent else None
    if inviter is None and (invitee is None or cue is not None):
        return  # "à l'invitation des autorités du pays": no partner to record it against
    # "l'invitation adressée à l'UNESCO, à l'ISESCO et à l'OIF": one invitation for each.
    invitees = [invitee] + (
        [o for o in _coordinated(text, local, invitee_agent) if o not in (invitee, inviter)]
        if invitee_agent is not None and cue is None and not passive else []
    )
    both = lang.phrases("invitation", "both_invitees") and lang.pattern("invitation", "both_invitees").match(folded, t_end + 1)
    # The inviter's guests, else the sides of the visit just told.
    last_visit = next((v for v in reversed(events.visits) if v.host == inviter), events.visits[-1] if events.visits else None)
    if both and cue is None and not passive and last_visit is not None:
        # "invited both institutions to take part": each side of the visit just told, but the inviter.
        invitees = [o for o in [*last_visit.visitors, last_visit.host] if o is not None and o != inviter] or invitees
    if status == "pending":
        status = _reply_status(folded, lang, sentences, k)
    # An invitation is issued on a day already past: "en mars prochain" is when the event is.
    dates = [d for d in sentence_dates[k] if header.published_on is None or date_key(d.date) <= date_key(header.published_on)]
    issued = dates[0].date if dates and status != "accepted" else None
    if issued is None or (dates and dates[0].start > t_end):
        issued = _handed_over_on(folded, sentences, sentence_dates, k, header) or _meeting_date(events, k) or header.published_on
    purposes = _purposes(folded, lang, purpose_start, sentence.end)
    if cue is not None or not purposes:
        # No "to visit"/"à participer": the sentence says what it is ("un colloque ..., auquel X a convié Y").
        kind = "visit"
        if cue is not None and _VISIT_NOUN.search(folded, sentence.start, cue.start()):
            pass  # "Cette visite répond à l'invitation de X": an invitation to come, whatever else is said
        elif lang.pattern("invitation", "talk_cues").search(folded, sentence.start, sentence.end):
            kind = "talk"
        elif lang.pattern("invitation", "event_nouns").search(folded, sentence.start, sentence.end):
            kind = "event"
        purposes = [(kind, sentence.start if kind != "visit" else purpose_start, sentence.end)]
    for purpose, p_start, p_end in purposes:
        segment_places = _places_in(mentions, p_start, p_end)
        city, country = _choose_place(segment_places)
        if purpose == "visit" and cue is not None and last_visit is not None and last_visit.host == inviter \
                and (city is None and country in (None, last_visit.country) or all(p.in_organisation for p in segment_places)):
            city, country = last_visit.city, last_visit.country  # "the visit is made at the invitation of X": where X received it
        if city is None and country is None and purpose in ("event", "talk") and inviter is not None:
            # "the hackathon the University will host": the inviter's own city, when its name says it.
            city, country = _city_in_name(mentions.organisations[inviter].name)
        if purpose == "event" and lang.pattern("invitation", "talk_cues").search(folded, p_start, p_end):
            purpose = "talk"
        if purpose == "visit" and lang.pattern("invitation", "event_nouns").search(folded, p_start, min(p_end, p_start + 40)):
            purpose = "event"  # "à visiter le salon international": attend a fair
        description = clean_span_text(text[p_start:p_end])
        event_text = _event_phrase(text, folded, lang, p_start, p_end) if purpose in ("event", "talk") else None
        for invitee in invitees:
            events.invitations.append(InvitationFound(
                inviter=inviter,
                invitee=invitee,
                inviter_people=[inviter_agent.person] if inviter_agent and inviter_agent.person is not None else [],
                purpose=purpose,
                description=description[:200],
                sentence=k,
                city=city,
                country=country,
                event=event_text,
                issued_on=issued,
                status=status,
                evidence=[(sentence.start, sentence.end)],
                confidence=0.75 if inviter is not None and invitee is not None else 0.5,
            ))


def _extended(k, sentence, folded, lang, everyone, events) -> bool:
    """ "L'invitation a été étendue à l'AUF", "X, à qui la même invitation a été adressée, a confirmé sa
    participation": the invitation just told, to one more organisation."""
    cue = lang.pattern("invitation", "extended").search(folded, sentence.start, sentence.end)
    if cue is None:
        return False
    last = events.invitations[-1]
    invited = {i.invitee for i in events.invitations if i.inviter == last.inviter}
    newcomers = [a for a in _in_sentence(everyone, sentence) if a.organisation is not None
                 and a.organisation != last.inviter and a.organisation not in invited]
    if not newcomers:
        return False
    confirmed = lang.phrases("invitation", "confirmed") and lang.pattern("invitation", "confirmed").search(folded, sentence.start, sentence.end)
    for agent in newcomers:
        if agent.organisation in invited:
            continue
        invited.add(agent.organisation)
        events.invitations.append(replace(
            last, invitee=agent.organisation, inviter_people=list(last.inviter_people), sentence=k,
            status="accepted" if confirmed else "pending", evidence=[(sentence.start, sentence.end)], confidence=0.6,
        ))
    return True


def _city_in_name(name: str) -> tuple[str | None, str | None]:
    place = town_in_name(name)
    return (place.name, place.country) if place is not None else (None, None)


@derived  # rebuilt by grammar.forget()
def _from_after(code: str) -> re.Pattern[str]:
    """ "invitation from", "invitation de la part de", right after the trigger."""
    return re.compile(r"\s*(?:" + load_language(code).pattern("invitation", "from").pattern + r")")


def _handed_over_on(folded: str, sentences: list[Sentence], sentence_dates: list[list[FoundDate]], k: int, header: Header) -> PartialDate | None:
    """ "L'invitation lui avait été remise lundi": a later sentence dates the invitation."""
    for j in range(k + 1, min(len(sentences), k + 3)):
        if any(stem in folded[sentences[j].start : sentences[j].end] for stem in words("invitation_stems")) and sentence_dates[j]:
            date = sentence_dates[j][0].date
            if header.published_on is None or date_key(date) <= date_key(header.published_on):
                return date
    return None


def _meeting_date(events: Events, k: int) -> PartialDate | None:
    dated = [v for v in events.visits if v.sentence <= k and v.date is not None and v.status == "completed"]
    return dated[-1].date if dated else None


def _reply_status(folded: str, lang: Language, sentences: list[Sentence], k: int) -> str:
    accepted = lang.pattern("invitation", "accepted")
    declined = lang.pattern("invitation", "declined")
    for sentence in sentences[k : k + 4]:  # the answer is told in the same breath, or just after
        if declined.search(folded, sentence.start, sentence.end):
            return "declined"
        m = accepted.search(folded, sentence.start, sentence.end)
        if m and not lang.pattern("invitation", "honoured_cues").match(folded, m.start()):
            return "accepted"
    return "pending"


def _purposes(folded: str, lang: Language, start: int, end: int) -> list[tuple[str, int, int]]:
    found: list[tuple[int, int, str]] = []
    for purpose in ("visit", "event", "talk"):
        for m in lang.pattern("invitation", "purposes", purpose).finditer(folded, start, end):
            found.append((m.start(), m.end(), purpose))
    found.sort()
    kept: list[tuple[int, int, str]] = []
    for item in found:
        if kept and item[0] < kept[-1][1]:
            continue
        # A talk right after an event ("participer aux conférences afin d'y présenter") is the same invitation.
        if kept and item[2] in ("talk", "event") and kept[-1][2] in ("event", "talk") and item[0] - kept[-1][1] < 120:
            continue
        kept.append(item)
    out = []
    for n, (s, _e, purpose) in enumerate(kept):
        stop = kept[n + 1][0] if n + 1 < len(kept) else end
        out.append((purpose, s, stop))
    return out


def _event_phrase(text: str, folded: str, lang: Language, start: int, end: int) -> str | None:
    m = lang.pattern("invitation", "event_nouns").search(folded, start, end)
    if not m:
        return None
    stop = end
    for sep in (",", ";", *spaced("event_name_ends")):
        at = folded.find(sep, m.end(), end)
        if at != -1:
            stop = min(stop, at)
    begin = m.start()
    if text[m.start()].isupper():
        # "the Digital Classroom Forum": the capitalised name that ends with the event noun.
        name = _CAPITALISED_WORDS_AT_END.search(text[max(start, begin - 80) : begin])
        if name:
            return clean_span_text(text[begin - len(name.group(1)) : m.end()])
    words_before = folded[max(start, begin - 30) : begin].split()
    if words_before and words_before[-1] in word_set("coming_words"):
        begin = folded.rfind(words_before[-1], start, begin)
    return clean_span_text(text[begin:stop])[:150] or None


_DEFINITE = re.compile(r"(\S+)\s*$")


def _not_before(date: PartialDate, reference: PartialDate | None) -> bool:
    """Whether `date` may lie on or after `reference` ("in November" in a November dispatch does)."""
    if reference is None:
        return True
    return last_day_key(date) >= (reference.year, reference.month or 1, reference.day or 1)

_UNIVERSITIES = lazy_regex(lambda: alternatives("university_stems"))
_BETWEEN = lazy_regex(lambda: r"\b" + alternatives("between_words") + r"\s+")
_AGREEMENT_GROUPS = {"signed": ("agreement", "signed"), "planned": ("agreement", "planned")}
_VISIT_NOUN = lazy_regex(lambda: r"\b" + alternatives("visit_nouns") + r"\b")
_SIGNING_NOUN = lazy_regex(lambda: alternatives("signing_nouns") + r"\b")


def _agreements_in(k, sentence, text, folded, header, lang, mentions, everyone, sentence_dates, events, sentences) -> None:
    if _sentence_words(folded, sentence).isdisjoint(lang.anchors("agreement", "kinds")):
        return
    kinds = lang.folded_map("agreement", "kinds")
    kind_match = lang.pattern("agreement", "kinds").search(folded, sentence.start, sentence.end)
    if not kind_match:
        return
    triggers = _triggers(folded, sentence, lang, _AGREEMENT_GROUPS)
    if not triggers:
        return
    if lang.pattern("agreement", "negations").search(folded, sentence.start, sentence.end):
        return  # "No agreement was signed at the meeting."
    article = _DEFINITE.search(folded, max(sentence.start, kind_match.start() - 8), kind_match.start())
    if article and lang.pattern("definite_articles").fullmatch(article.group(1)) and events.agreements:
        # "The MoU was signed by ...", "Le mémorandum a été signé par ...": the one just reported.
        last = events.agreements[-1]
        last.evidence.append((sentence.start, sentence.end))
        if last.date is None or last.dated_by_publication:
            # "The agreement is expected to be signed in Cairo in November", "The memorandum, signed
            # on Monday by …": the day it lacked.
            last.dated_by_publication = False
            ahead = [d for d in sentence_dates[k] if last.status == "signed" or _not_before(d.date, header.published_on)]
            if ahead:
                last.date = ahead[0].date
        _signed_at_headquarters(text, folded, k, sentence, mentions, events, last.parties, last.date)
        return
    status = "planned" if any(label == "planned" for *_, label in triggers) else "signed"
    announced = next((v for v in reversed(events.visits) if v.status == "planned" and k - 2 <= v.sentence <= k), None)
    if status == "signed" and announced is not None and _SIGNING_NOUN.match(folded, triggers[0][0]):
        status = "planned"  # "Au programme figurent ... la signature d'un accord": of the visit announced
    else:
        announced = None
    kind = kinds.get(" ".join(kind_match.group(0).split()), "other")
    local = _in_sentence(everyone, sentence)
    parties: list[int] = []
    for agent in local:
        if agent.organisation is not None and agent.organisation not in parties:
            parties.append(agent.organisation)
    # Visits told before the signing: a visit's evidence may run on past it ("La délégation a
    # ensuite rencontré..." after "les deux établissements ont signé"), so it counts from its first sentence.
    complete = [v for v in events.visits if v.visitors and v.host is not None and v.first_sentence <= k]
    both = lang.phrases("agreement", "both_parties") and lang.pattern("agreement", "both_parties").search(folded, sentence.start, sentence.end)
    between = _BETWEEN.search(folded, kind_match.end(), sentence.end)
    named = [a.organisation for a in local if between and between.end() <= a.start < between.end() + 160 and a.organisation is not None]
    named = list(dict.fromkeys(named))
    # The visit the signing belongs to: the last one told, or, for "the two universities", the last
    # one between two universities.
    last = complete[-1] if complete else None
    if last is not None and both and _UNIVERSITIES.search(both.group(0)):
        last = next((v for v in reversed(complete) if all(
            mentions.organisations[o].kind == "university" for o in [*v.visitors, v.host] if o is not None)), last)
    if len(named) >= 2:
        parties = named[:4]  # "une convention ... serait signée en juin entre la Banque et le ministère de ...": those
    elif both and last is not None and k - complete[-1].sentence <= 2:
        # "les deux établissements ont signé un mémorandum qui prévoit l'accueil de chercheurs à
        # l'Institut X": the two sides of the visit, not every organisation the sentence names.
        parties = [o for o in [*last.visitors, last.host] if o is not None]
    elif len(parties) < 2 and last is not None:
        # "The two institutions signed": the sides of the visit just reported.
        for index in [*last.visitors, last.host]:
            if index is not None and index not in parties:
                parties.append(index)
    if len(parties) < 2 and k > 0:
        for agent in reversed(_in_sentence(everyone, sentences[k - 1])):
            if agent.organisation is not None and agent.organisation not in parties:
                parties.append(agent.organisation)
                if len(parties) >= 2:
                    break
    if not parties:
        return
    title_end = sentence.end
    for sep in (",", ";", *spaced("agreement_title_ends")):
        at = folded.find(sep, kind_match.end(), sentence.end)
        if at != -1:
            title_end = min(title_end, at)
    title = _agreement_title(text, kind_match.start(), title_end, sentence_dates[k])
    dates = sentence_dates[k]
    if status == "planned" and header.published_on is not None:
        published = header.published_on
        # "we expect to sign in mid-January" in a November dispatch: the coming January.
        coming = [(d, the_coming_one(d.date, published) if d.yearless else d.date) for d in dates]
        dates = [FoundDate(d.start, d.end, date) if date is not d.date else d for d, date in coming if date is not None]
        dates = [d for d in dates if date_key(d.date) > date_key(published)]  # a planned signing lies ahead
    occasion = lang.phrases("agreement", "occasion") and lang.pattern("agreement", "occasion").search(folded, sentence.start, sentence.end)
    # Signed right after a visit's sentence, to be signed during a visit announced ("y signeront"), or
    # renewed "on that occasion" a little further on; not a signing planned after a visit that is over.
    reach = 3 if occasion else 1
    during = None if dates and not occasion else next(
        (v for v in reversed(events.visits)
         if (k - reach <= v.sentence <= k or v.first_sentence <= k <= v.sentence)
         and v.date is not None and set(parties) <= {*v.visitors, v.host}
         and (occasion or (v.status == "planned") == (status == "planned"))),
        None,
    )
    if during is None and announced is not None and set(parties) <= {*announced.visitors, announced.host}:
        during = announced
    if during is not None:
        date = during.date  # "The two universities signed an MoU" right after the visit's day: signed then
    else:
        date = dates[0].date if dates else (header.published_on if status == "signed" else None)
    agreement = AgreementFound(parties, kind, title, status, date, [(sentence.start, sentence.end)], 0.7 if len(parties) >= 2 else 0.45,
                               dated_by_publication=during is None and all(d.date == header.published_on for d in dates))
    if status == "signed":
        _signed_at_headquarters(text, folded, k, sentence, mentions, events, parties, date)
    for other in events.agreements:
        if set(other.parties) == set(parties) and other.kind == kind:
            other.evidence += agreement.evidence
            if other.status == "planned" and status == "signed":
                other.status, other.date = status, date
            return
    events.agreements.append(agreement)


# "at ICESCO's headquarters", "au siège de l'ALECSO", "at UNESCO headquarters": where the signing took place.
_SIGNED_AT = lazy_regex(
    lambda: r"\b" + alternatives("location_prepositions") + r"\s+" + alternatives("name_articles", "possessives", then=r"\s+") + "?"
    + r"(?:(?:" + alternatives("premises_adjectives") + r"\s+)?" + alternatives("headquarters_nouns")
    + r"(?:\s+" + alternatives("premises_adjectives_after") + r")?\s+" + alternatives("owner_prepositions", then=r"\s+") + r"?)?$"
)


def _signed_at_headquarters(text, folded, k, sentence, mentions, events, parties, date) -> None:
    """Signed at one party's headquarters: the others came to it."""
    owner, owner_at = _venue_owner(text, folded, sentence.start, sentence.end, mentions)
    if owner not in parties or len(parties) < 2:
        return
    if owner_at is None or not _SIGNED_AT.search(folded, max(0, owner_at - 60), owner_at):
        return  # "signed an MoU to set up a laboratory on the GCTU campus": where the lab will be
    city, country = _choose_place(_places_in(mentions, sentence.start, sentence.end))
    _add_visit(events, VisitFound(
        visitors=[p for p in parties if p != owner], visitor_people=[], host=owner, status="completed",
        sentence=k, city=city, country=country, venue="headquarters", date=date,
        evidence=[(sentence.start, sentence.end)], confidence=0.55,
    ))


def _follow_ups_in(k, sentence, text, folded, lang, mentions, everyone, sentence_dates, events) -> None:
    if _sentence_words(folded, sentence).isdisjoint(lang.anchors("follow_up")):
        return
    cue = lang.pattern("follow_up").search(folded, sentence.start, sentence.end)
    if not cue:
        return
    related: list[tuple[str, int]] = []
    for index, invitation in enumerate(events.invitations):
        if invitation.sentence == k:
            related.append(("invitation", index))
    for agent in _in_sentence(everyone, sentence):
        if agent.organisation is not None and ("organisation", agent.organisation) not in related:
            related.append(("organisation", agent.organisation))
    future = [d for d in sentence_dates[k] if d.start > cue.start()]
    description = clean_span_text(text[sentence.start : sentence.end])
    events.follow_ups.append(
        FollowUpFound(description[:300], related, future[0].date if future else None, [(sentence.start, sentence.end)], 0.5)
    )


def _companions(text, folded, lang, sentences, mentions, everyone, events) -> None:
    """People accompanying a visit: named with "accompagné de", "en présence de", or of the visiting side."""
    if not events.visits:
        return
    companions = lang.pattern("visit", "companions")
    single = len(events.visits) == 1
    # (sentence start, person) for everyone named after "accompagné de", "in the presence of", ...
    accompanying: list[tuple[int, int]] = []
    # Sentence by sentence only: a sentence without the cue's words is skipped at once, while one
    # search over the whole body first would cost more than the whole loop.
    for sentence in sentences:
        cue = companions.search(folded, sentence.start, sentence.end)
        if cue:
            accompanying += [
                (sentence.start, a.person) for a in _in_sentence(everyone, sentence)
                if a.start >= cue.end() and a.person is not None
            ]
    for visit in events.visits:
        visitors = set(visit.visitors)
        for index, person in enumerate(mentions.people):
            if index in visit.visitor_people:
                continue
            if person.organisation is not None and person.organisation in visitors and single:
                visit.visitor_people.append(index)
        for sentence_start, person in accompanying:
            org = mentions.people[person].organisation
            if (org is None or org in visitors) and person not in visit.visitor_people and (single or sentence_start >= visit.evidence[0][0]):
                visit.visitor_people.append(person)
                if org is None and visit.visitors:
                    # "la délégation comprenait Mme X, vice-présidente": one of the visiting side.
                    mentions.people[person].organisation = visit.visitors[0]

"""Events: visits, invitations, agreements and follow-ups, with their arguments, sentence by sentence."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache, lru_cache

from partnertracker.domain import PartialDate
from partnertracker.extraction.dates import date_key, find_dates
from partnertracker.extraction.gazetteer import lookup_place
from partnertracker.extraction.languages import Language, load_language
from partnertracker.extraction.model import FoundDate, Header, Mentions, PlaceFound, Sentence, Span
from partnertracker.extraction.text import clean_span_text

# Precompiled once: these run on every sentence.
_SHORT_GAP = re.compile(r"[\w\s'-]{0,30}")
_POSSESSIVE_PREMISES = re.compile(r"['\u2019]s\s+(?:headquarters|head office|regional office|office|campus|offices|premises|laboratories|factory|plant)")
_BARE_PREMISES = re.compile(r"(?<=\S)\s+(?:headquarters|head office|campus|premises)\b")
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


_WORDS = re.compile(r"[^\W\d_]+")


def _sentence_words(folded: str, sentence: Sentence) -> frozenset[str]:
    return _words_between(folded, sentence.start, sentence.end)


@lru_cache(maxsize=512)
def _words_between(folded: str, start: int, end: int) -> frozenset[str]:
    return frozenset(_WORDS.findall(folded, start, end))


def _trigger_table(lang: Language, groups: Mapping[str, tuple[str, ...]]) -> list[tuple[str, frozenset[str], re.Pattern[str]]]:
    """(label, anchor words, regex) of each group, looked up once per language: _triggers runs on every sentence."""
    tables = lang.__dict__.setdefault("_trigger_tables", {})
    key = id(groups)  # the groups are module constants
    if key not in tables:
        tables[key] = (groups, [(label, lang.anchors(*keys), lang.pattern(*keys)) for label, keys in groups.items()])
    return tables[key][1]


def _triggers(folded: str, sentence: Sentence, lang: Language, groups: Mapping[str, tuple[str, ...]]) -> list[tuple[int, int, str]]:
    found: list[tuple[int, int, str]] = []
    words = _sentence_words(folded, sentence)
    for label, anchors, regex in _trigger_table(lang, groups):
        if words.isdisjoint(anchors):
            continue  # no trigger word at all in this sentence: skip the regex
        for m in regex.finditer(folded, sentence.start, sentence.end):
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

_VENUE_OWNER = re.compile(
    r"(?<![\w])(?:siege|campus|locaux|bureaux|usine|headquarters|head office|offices|premises|campus|sede|pavillon|stand|centre de recherche|research centre|research center|laboratoire)"
    r"(?:\s+(?:principal|regional|social))?\s+(?:de\s+l'|de\s+la\s+|de\s+|du\s+|des\s+|d'|of\s+the\s+|of\s+|del\s+)"
)


def _venue_owner(text: str, folded: str, start: int, end: int, mentions: Mentions) -> tuple[int | None, int | None]:
    """(organisation, offset) of "au siège de X" / "X's headquarters" in the span, else (None, None)."""
    for m in _VENUE_OWNER.finditer(folded, start, end):
        # Skip "de la société", "de l'entreprise" to the name, or take the anaphor itself.
        for s, _e, index in mentions.org_spans:
            if m.end() - 3 <= s <= m.end() + 40 and s < end:
                between = folded[m.end() : s]
                if _SHORT_GAP.fullmatch(between) and len(between.split()) <= 3:
                    return index, m.start()
                break
    for m in _POSSESSIVE_PREMISES.finditer(text[start:end]):
        position = start + m.start()
        for _s, e, index in mentions.org_spans:
            if e == position:
                return index, position
    for m in _BARE_PREMISES.finditer(text, start, end):
        # "at UNESCO headquarters", "the IOEI campus"
        for _s, e, index in mentions.org_spans:
            if e == m.start():
                return index, m.start()
    return None, None


def _places_in(mentions: Mentions, start: int, end: int) -> list[PlaceFound]:
    return [p for p in mentions.places if start <= p.start and p.end <= end]


def _not_visitors_own(mentions: Mentions, places: list[PlaceFound], visitor: int | None) -> list[PlaceFound]:
    """Without the town in the visitor's own name: the University of Niamey's delegation is not in Niamey."""
    if visitor is None or not any(p.in_organisation for p in places):
        return places
    own = [(s, e) for s, e, index in mentions.org_spans if index == visitor]
    return [p for p in places if not (p.in_organisation and any(s <= p.start and p.end <= e for s, e in own))]


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
            # The past-visit triggers last: most sentences have no relative date, and they cost the most.
            if (
                k and any(d.relative for d in sentence_dates[k]) and not _triggers(folded, sentence, lang, _PAST_GROUPS)
                and planned_cues.search(folded, sentence.start, sentence.end)
            ):
                sentence_dates[k] = [
                    d for d in find_dates(text, folded, sentence.start, sentence.end, lang, reference, True)
                    if not mentions.occupied(d.start, d.end)
                ]
    for k, sentence in enumerate(sentences):
        _visits_in(k, sentence, text, folded, header, lang, mentions, everyone, sentence_dates, events)
    for k, sentence in enumerate(sentences):
        _invitations_in(k, sentence, text, folded, header, lang, mentions, everyone, sentence_dates, events, sentences)
        _agreements_in(k, sentence, text, folded, header, lang, mentions, everyone, sentence_dates, events, sentences)
    for k, sentence in enumerate(sentences):
        _follow_ups_in(k, sentence, text, folded, lang, mentions, everyone, sentence_dates, events)
    _companions(text, folded, lang, sentences, mentions, everyone, events)
    return events


def _in_sentence(everyone: list[Agent], sentence: Sentence) -> list[Agent]:
    return [a for a in everyone if sentence.start <= a.start < sentence.end]


def _visits_in(k, sentence, text, folded, header, lang, mentions, everyone, sentence_dates, events) -> None:
    if lang.phrases("visit", "participial_host") and _participial_visit(k, sentence, folded, header, lang, mentions, everyone, sentence_dates, events):
        return
    triggers = _triggers(folded, sentence, lang, _VISIT_GROUPS)
    if not triggers:
        return
    if lang.pattern("visit", "remote").search(folded, sentence.start, sentence.end):
        return  # talks by videoconference are not a visit
    refused = lang.pattern("visit", "refused_objects")
    refused_host = lang.pattern("visit", "refused_host_objects") if lang.phrases("visit", "refused_host_objects") else None
    local = _in_sentence(everyone, sentence)
    neutral = lang.pattern("visit", "neutral_venue").search(folded, sentence.start, sentence.end)
    for t_start, t_end, label in triggers:
        if neutral and label == "meeting":
            continue  # two delegations meeting on the sidelines of a forum: neither visits the other
        window = folded[t_end : min(sentence.end, t_end + 40)]
        if refused.search(window[:30]) and label in ("completed_host", "planned_host", "completed"):
            continue  # "a reçu une invitation", "received a letter"
        if label in ("completed_host", "planned_host") and refused_host and refused_host.search(window[:30]):
            continue  # "welcomed the decision", "a accueilli favorablement", "hosted a webinar"
        before = [a for a in local if a.end <= t_start]
        after = [a for a in local if a.start >= t_end]
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
            owner_of_delegation = _delegation_owner(folded, lang, mentions, t_start)
            if owner_of_delegation is None and events.visits and events.visits[-1].visitors:
                owner_of_delegation = events.visits[-1].visitors[0]
            if owner_of_delegation is not None:
                subject = Agent(delegation.start(), delegation.end(), owner_of_delegation, subject.person if subject else None)
        if subject is None and label in ("completed", "planned") and events.visits and _pronoun_subject(lang, folded, sentence.start, t_start):
            # "Elle poursuivra sa tournée à Dakar": she is the visitor of the visit just reported.
            last = events.visits[-1]
            if last.visitors:
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
        owner, _ = _venue_owner(text, folded, sentence.start, sentence.end, mentions)
        obj = next((a for a in after if a.organisation is not None and a.organisation != subject_org
                    and (a.organisation != owner or label not in ("completed_host", "planned_host"))), None)
        if obj is None and label in ("completed_host", "planned_host", "meeting"):
            # "Zain Tech hosted the delegation": the delegation reported earlier.
            object_delegation = lang.pattern("delegation_words").search(folded, t_end, sentence.end)
            owner_of_delegation = _delegation_owner(folded, lang, mentions, t_start) if object_delegation else None
            if owner_of_delegation is not None and owner_of_delegation != subject_org:
                obj = Agent(object_delegation.start(), object_delegation.end(), owner_of_delegation, None)
        passive = label == "completed" and lang.pattern("visit", "passive_host_cue").match(folded, t_start)
        if label == "noun":
            # "during a visit by its leadership to the company's office", "lors d'une visite de X à Y"
            near = [a for a in after if a.start - t_end < 40]
            if _POSSESSIVE_AFTER.match(folded, t_end):
                visitor_agent = before[0] if before else subject  # "a visit by its leadership": the sentence's subject
            elif near and folded[max(0, t_end - 4) : t_end].split()[-1:] in (["by"], ["of"], ["de"], ["que"], ["qu'"], ["that"]):
                visitor_agent = near[0]
            else:
                visitor_agent = subject
            visitor_org_guess = visitor_agent.organisation if visitor_agent else None
            host_agent = next((a for a in after if a.organisation is not None and a.organisation != visitor_org_guess), None)
            status_hint = "planned" if lang.pattern("planned_cues").search(folded, t_end, min(sentence.end, t_end + 80)) else "completed"
            label = "planned" if status_hint == "planned" else "completed"
        elif label in ("completed_host", "planned_host"):
            host_agent, visitor_agent = subject, obj
        elif label == "meeting":
            if obj is not None and lang.pattern("delegation_from").search(folded, max(t_end, obj.start - 45), obj.end):
                host_agent, visitor_agent = subject, obj  # "s'est entretenu avec une délégation de X"
            elif owner is not None and subject_org == owner:
                host_agent, visitor_agent = subject, obj
            else:
                host_agent, visitor_agent = obj, subject
        else:
            visitor_agent, host_agent = subject, obj
            if passive and obj is None:
                host_agent = None
        host = host_agent.organisation if host_agent else None
        if owner is not None and (visitor_agent is None or visitor_agent.organisation != owner):
            host = owner
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
        clause_break = lang.pattern("clause_breaks").search(folded, t_end, sentence.end)
        places_after = _not_visitors_own(mentions, _places_in(mentions, t_start, clause_break.start() if clause_break else sentence.end), visitor_org)
        places_before = _not_visitors_own(mentions, _places_in(mentions, sentence.start, t_start), visitor_org)
        city, country = _choose_place(places_after)
        if city is None and country is None:
            city, country = _choose_place(places_before)
        if city is None and country is None:
            same_side = [v for v in events.visits if v.visitors == ([visitor_org] if visitor_org is not None else [])]
            if same_side and same_side[-1].city:
                city, country = same_side[-1].city, same_side[-1].country
            elif status == "completed" and header.dateline_place:
                host_country = mentions.organisations[host].country if host is not None else None
                if host_country is not None and host_country != header.dateline_place.country:
                    country = host_country  # "RABAT - ... visited the Korean Institute": not in Rabat
                else:
                    city = None if header.dateline_place.is_country else header.dateline_place.name
                    country = header.dateline_place.country
        dates = [d for d in sentence_dates[k]]
        date = dates[0].date if dates else None
        if date is None and status == "completed":
            date = header.published_on
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
        )
        _add_visit(events, visit)
        break  # one visit per sentence: further triggers usually restate it


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


def _participial_visit(k, sentence, folded, header, lang, mentions, everyone, sentence_dates, events) -> bool:
    """ "Reçu par le Président de X, M. Y, le Directeur de Z a présenté ...": Z visited X."""
    cue = lang.pattern("visit", "participial_host").match(folded, sentence.start)
    if not cue:
        return False
    local = [a for a in _in_sentence(everyone, sentence) if a.start >= cue.end()]
    host_agent = next((a for a in local if a.organisation is not None and a.start - cue.end() < 40), None)
    if host_agent is None:
        return False
    visitor_agent = next((a for a in local if a.organisation not in (None, host_agent.organisation) and a.start > host_agent.end), None)
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
        date=dates[0].date if dates else header.published_on, evidence=[(sentence.start, sentence.end)], confidence=0.6,
    ))
    return True


def _pronoun_subject(lang: Language, folded: str, start: int, end: int) -> bool:
    """Whether the clause before the verb opens with a subject pronoun ("Elle", "He then")."""
    # "Elle ...", "Le lendemain, il ...": the caller has found no one named before the verb.
    pronouns = lang.phrases("visit", "subject_pronouns")
    return any(word.strip(",") in pronouns for word in folded[start:end].split())


@cache
def _origin_before(code: str) -> re.Pattern[str]:
    """ "experts from (the)", "venus de" right before an organisation's name."""
    phrases = load_language(code).pattern("visit", "origin_cues").pattern
    return re.compile(r"(?:" + phrases + r")\s*(?:de\s+l'|de\s+la\s+|du\s+|des\s+|d'|the\s+|l'|la\s+|le\s+)?$")


_POSSESSIVE_AFTER = re.compile(r"\s*(?:its|their|his|her|sa|son|ses|leur)\b")


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


_AND = re.compile(r"\)?\s*(?:,|et|and|y)\s+(?:de\s+l'|de\s+la\s+|du\s+|des\s+|de\s+|d'|of\s+the\s+|of\s+|the\s+|l'|la\s+|le\s+)?$", re.I)


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
        ):
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
    triggers = _triggers(folded, sentence, lang, _INVITATION_GROUPS)
    if not triggers:
        return
    honoured = lang.pattern("invitation", "honoured_cues")
    local = _in_sentence(everyone, sentence)
    t_start, t_end, trigger_kind = triggers[0]
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
    else:
        inviter_agent = _subject(before) if before else None
        if inviter_agent is None:
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
    if inviter is None and invitee is None:
        return
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
        if lang.pattern("invitation", "talk_cues").search(folded, sentence.start, sentence.end):
            kind = "talk"
        elif lang.pattern("invitation", "event_nouns").search(folded, sentence.start, sentence.end):
            kind = "event"
        purposes = [(kind, sentence.start if kind != "visit" else purpose_start, sentence.end)]
    for purpose, p_start, p_end in purposes:
        segment_places = _places_in(mentions, p_start, p_end)
        city, country = _choose_place(segment_places)
        if city is None and country is None and purpose in ("event", "talk") and inviter is not None:
            # "the hackathon the University will host": the inviter's own city, when its name says it.
            city, country = _city_in_name(mentions.organisations[inviter].name)
        if purpose == "event" and lang.pattern("invitation", "talk_cues").search(folded, p_start, p_end):
            purpose = "talk"
        if purpose == "visit" and lang.pattern("invitation", "event_nouns").search(folded, p_start, min(p_end, p_start + 40)):
            purpose = "event"  # "à visiter le salon international": attend a fair
        description = clean_span_text(text[p_start:p_end])
        event_text = _event_phrase(text, folded, lang, p_start, p_end) if purpose in ("event", "talk") else None
        invitation = InvitationFound(
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
        )
        events.invitations.append(invitation)


def _city_in_name(name: str) -> tuple[str | None, str | None]:
    words = re.findall(r"[^\W\d_][\w'\-]*", name)
    for size in (2, 1):
        for k in range(len(words) - size + 1):
            chunk = " ".join(words[k : k + size])
            if chunk[:1].isupper():
                place = lookup_place(chunk)
                if place is not None and not place.is_country:
                    return place.name, place.country
    return None, None


@cache
def _from_after(code: str) -> re.Pattern[str]:
    """ "invitation from", "invitation de la part de", right after the trigger."""
    return re.compile(r"\s*(?:" + load_language(code).pattern("invitation", "from").pattern + r")")


def _handed_over_on(folded: str, sentences: list[Sentence], sentence_dates: list[list[FoundDate]], k: int, header: Header) -> PartialDate | None:
    """ "L'invitation lui avait été remise lundi": a later sentence dates the invitation."""
    for j in range(k + 1, min(len(sentences), k + 3)):
        if "invit" in folded[sentences[j].start : sentences[j].end] and sentence_dates[j]:
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
    for sep in (",", ";", " afin ", " pour y ", " in order ", " to present", " where ", " ou ", " qui ", " that ", " which ", " que ", " to give", " to deliver", " to speak", " to present"):
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
    if words_before and words_before[-1] in ("prochaines", "prochaine", "prochain", "prochains", "upcoming", "coming", "next", "forthcoming"):
        begin = folded.rfind(words_before[-1], start, begin)
    return clean_span_text(text[begin:stop])[:150] or None


_DEFINITE = re.compile(r"(\S+)\s*$")

_AGREEMENT_GROUPS = {"signed": ("agreement", "signed"), "planned": ("agreement", "planned")}


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
        _signed_at_headquarters(text, folded, k, sentence, mentions, events, last.parties, last.date)
        return
    status = "planned" if any(label == "planned" for *_, label in triggers) else "signed"
    kind = kinds.get(" ".join(kind_match.group(0).split()), "other")
    local = _in_sentence(everyone, sentence)
    parties: list[int] = []
    for agent in local:
        if agent.organisation is not None and agent.organisation not in parties:
            parties.append(agent.organisation)
    complete = [v for v in events.visits if v.visitors and v.host is not None and v.sentence <= k]
    if len(parties) < 2 and complete:
        # "The two institutions signed": the sides of the visit just reported.
        last = complete[-1]
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
    for sep in (",", ";", " entre ", " between ", " lors ", " during ", " qui ", " which ", " en presence", " in the presence"):
        at = folded.find(sep, kind_match.end(), sentence.end)
        if at != -1:
            title_end = min(title_end, at)
    title = clean_span_text(text[kind_match.start() : title_end])
    words = title.split()
    title = " ".join(words[:16])
    dates = sentence_dates[k]
    if status == "planned" and header.published_on is not None:
        dates = [d for d in dates if date_key(d.date) > date_key(header.published_on)]  # a planned signing lies ahead
    date = dates[0].date if dates else (header.published_on if status == "signed" else None)
    agreement = AgreementFound(parties, kind, title, status, date, [(sentence.start, sentence.end)], 0.7 if len(parties) >= 2 else 0.45)
    if status == "signed":
        _signed_at_headquarters(text, folded, k, sentence, mentions, events, parties, date)
    for other in events.agreements:
        if set(other.parties) == set(parties) and other.kind == kind:
            other.evidence += agreement.evidence
            if other.status == "planned" and status == "signed":
                other.status, other.date = status, date
            return
    events.agreements.append(agreement)


def _signed_at_headquarters(text, folded, k, sentence, mentions, events, parties, date) -> None:
    """Signed at one party's headquarters: the others came to it."""
    owner, _ = _venue_owner(text, folded, sentence.start, sentence.end, mentions)
    if owner not in parties or len(parties) < 2:
        return
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
    if companions.search(folded, sentences[0].start if sentences else 0):
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

"""Text helpers shared by the stages: same-length accent folding, word boundaries, phrase regexes."""

from __future__ import annotations

import re
import sys
import unicodedata
from bisect import bisect_left
from collections.abc import Iterable, Iterator
from functools import lru_cache
from itertools import accumulate, compress, count
from operator import add, itemgetter

# Characters folded to a single character so that offsets in the folded text are the
# offsets in the original: the stages match on the folded copy and report spans in the text.
_EXTRA = {
    "\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'", "\u00b4": "'",
    "\u201c": '"', "\u201d": '"', "\u00ab": '"', "\u00bb": '"',
    "\u2013": "-", "\u2014": "-", "\u2011": "-", "\u2010": "-",
    "\u00a0": " ", "\u202f": " ", "\u2009": " ", "\t": " ",
    "\u0153": "o", "\u0152": "o", "\u00e6": "a", "\u00c6": "a", "\u00df": "s", "\u0131": "i",
    "\u0130": "i", "\u00f8": "o", "\u00d8": "o", "\u0142": "l", "\u0141": "l",
    # Arabic: hamza-carrying alefs and ta marbuta fold to their plain letters.
    "\u0623": "\u0627", "\u0625": "\u0627", "\u0622": "\u0627", "\u0629": "\u0647", "\u0649": "\u064a",
}


def _fold_char(ch: str) -> str:
    if ch in _EXTRA:
        return _EXTRA[ch]
    low = ch.lower()
    if len(low) != 1:
        low = ch
    base = unicodedata.normalize("NFD", low)[0]
    if unicodedata.category(base).startswith("M"):  # a lone combining mark: drop its weight
        return " " if unicodedata.combining(ch) else low
    return base


_TABLE: dict[int, str] = {cp: _fold_char(chr(cp)) for cp in range(0x0000, 0x0700)}
for _cp in (0x2019, 0x2018, 0x02BC, 0x201C, 0x201D, 0x2013, 0x2014, 0x2011, 0x2010, 0x202F, 0x2009):
    _TABLE[_cp] = _fold_char(chr(_cp))
# Arabic diacritics (harakat) would split words; fold them to nothing would change lengths,
# so they become a tatweel-like neutral letter that the patterns ignore.
for _cp in range(0x064B, 0x0653):
    _TABLE[_cp] = "\u0640"


# fold_key's table: fold, then hyphens, apostrophes and periods as spaces and no tatweel, in one pass.
_KEY_TABLE: dict[int, str] = {
    cp: folded.replace("\u0640", "").replace("-", " ").replace("'", " ").replace(".", " ") for cp, folded in _TABLE.items()
}


# The non-ASCII characters whose fold is an ASCII character that folds to itself ("é" -> "e").
_ASCII_FOLDS = {chr(cp): folded for cp, folded in _TABLE.items() if cp > 0x7F and folded.isascii() and _TABLE[ord(folded)] == folded}
_NON_ASCII = re.compile(r"[^\x00-\x7f]")  # one class, not a repeat: re skips from one such character to the next


def fold(text: str) -> str:
    """Lower-case, accent-free copy of `text` with exactly the same length (offsets carry over)."""
    if len(text) <= 40:
        return _fold_short(text)
    if not text.isascii():
        # translate looks each character of a non-ASCII text up in the table, but an ASCII text
        # through a cache: the few distinct accented letters are first replaced (in C) by their
        # folds, which the translation leaves as they are. Any other character: the plain way.
        for character in set(_NON_ASCII.findall(text)):
            folded = _ASCII_FOLDS.get(character)
            if folded is None:
                return text.translate(_TABLE)
            text = text.replace(character, folded)
    return text.translate(_TABLE)


@lru_cache(maxsize=16384)
def _fold_short(text: str) -> str:
    # Names and words are folded again and again (each rule folds what it looks at): a lookup costs
    # less than translating a word that has accents, character by character.
    return text.translate(_TABLE)


@lru_cache(maxsize=16384)  # names are keyed again and again, as in fold
def fold_key(text: str) -> str:
    """A lookup key: folded, hyphens and apostrophes as spaces, whitespace collapsed."""
    return " ".join(text.translate(_KEY_TABLE).split())


def phrase_pattern(phrases: Iterable[str], boundaries: bool = True) -> str:
    """One regex matching any phrase (folded) on word boundaries, longest first.

    The phrases share their first words ("a effectué une visite", "a effectué une tournée"), so the
    alternation is written as a tree of words: it compiles and matches several times faster than a
    flat list of hundreds of phrases.
    """
    trie: dict = {}
    for phrase in {fold(p) for p in phrases if p}:
        words = phrase.split()
        if not words:
            continue
        node = trie
        for word in words:
            node = node.setdefault(word, {})
        node[""] = {}  # end of a phrase
    if not trie:
        return r"(?!x)x"
    # A phrase may end on an elision ("lors de la visite qu'"): then the next word follows at once.
    return (r"(?<![\w\-])" if boundaries else "") + _alternatives(trie) + r"(?:(?<=')|(?![\w]))"


# "a effectué * une visite": up to three words in between ("mercredi", "hier matin").
_ANY_WORDS = r"(?:[\w'\-]+\s+){0,3}"


def _alternatives(node: dict) -> str:
    """One of the phrase endings below `node`, longest words first."""
    branches = []
    for word in sorted((w for w in node if w), key=len, reverse=True):
        child = node[word]
        if word == "*":
            branches.append(_ANY_WORDS + _alternatives(child))
        else:
            branches.append(re.escape(word).replace("'", r"'\s*") + _after(child))
    return "(?:" + "|".join(branches) + ")"


def _after(node: dict) -> str:
    """What may follow a word: more words, optionally when a phrase can also end here."""
    if not any(node):
        return ""
    more = r"\s+" + _alternatives(node)
    return "(?:" + more + ")?" if "" in node else more


@lru_cache(maxsize=512)
def compile_phrases(phrases: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(phrase_pattern(phrases))


# A run of letters: what every stage calls a word of the folded text.
LETTERS = re.compile(r"[^\W\d_]+")
_LETTER_PIECES = re.compile(r"([^\W\d_]+)")  # as one group of a split(): the runs come out between the gaps
# An ASCII text (most French and English ones, once folded) with every character but a letter made a
# space, one for one: str.split(" ") then cuts out its runs several times faster than a regex.
_ASCII_NOT_LETTERS = {c: " " for c in range(128) if not chr(c).isalpha()}

# The runs of letters of the dispatch being read (one at a time): their starts, and the runs.
_RUNS: tuple[str | None, list[int], list[str]] = (None, [], [])


def letter_runs(folded: str) -> tuple[list[int], list[str]]:
    """Where each run of letters of `folded` starts, and the run, found once per text.

    Built in C (split, accumulate) rather than by a Python loop over match objects: the pieces
    alternate gap, run, gap, ... (or, on an ASCII text, are runs and empty gaps between single
    spaces), so their running lengths give the offsets.
    """
    global _RUNS
    owner, starts, runs = _RUNS
    if owner is not folded:
        if folded.isascii():
            pieces = folded.translate(_ASCII_NOT_LETTERS).split(" ")
            # A piece starts after the pieces and the single spaces before it; the empty ones are gaps.
            offsets = map(add, accumulate(map(len, pieces), initial=0), count())
            starts, runs = list(compress(offsets, pieces)), list(filter(None, pieces))
        else:
            pieces = _LETTER_PIECES.split(folded)
            offsets_list = list(accumulate(map(len, pieces), initial=0))
            starts, runs = offsets_list[1:-1:2], pieces[1::2]
        _RUNS = (folded, starts, runs)
    return starts, runs


_PLAIN_WORDS = re.compile(r"[^\W\d_][\w' \-]*")


def opening_runs(words: Iterable[str]) -> frozenset[str]:
    """The first run of letters of each of `words`: where a regex alternating them can match (for
    finditer_at_words). Plain words only, so that their first run is what the text must hold."""
    words = list(words)
    assert all(_PLAIN_WORDS.fullmatch(w) for w in words), words
    return frozenset(LETTERS.match(w).group(0) for w in words)  # type: ignore[union-attr]


def finditer_at_words(
    regex: re.Pattern[str], folded: str, start: int, firsts: frozenset[str], end: int | None = None
) -> Iterator[re.Match[str]]:
    r"""regex.finditer(folded, start), for a regex whose every match begins with a whole run of
    letters out of `firsts`, after a non-word character ("(?<![\w])(?:siege|campus) ..."): the
    regex is tried only where such a run starts, instead of at every character of the text
    (finditer_at_openings with any second word)."""
    return finditer_at_openings(regex, folded, start, _any_second_word(firsts), len(folded) if end is None else end)


@lru_cache(maxsize=256)  # the openings are module constants
def _any_second_word(firsts: frozenset[str]) -> dict[str, frozenset[str] | None]:
    return dict.fromkeys(firsts)


def phrase_openings(phrases: Iterable[str]) -> dict[str, frozenset[str] | None] | None:
    """{first run of letters: the runs that may come second (None: any)} of the folded phrases, for
    finditer_at_openings; None when a phrase does not start with a letter (a comma, a number)."""
    seconds: dict[str, set[str] | None] = {}
    for phrase in phrases:
        words = fold(phrase).split()
        if not words:
            continue
        if LETTERS.match(words[0]) is None:
            return None
        # Up to a "*" (any words), the phrase's letters are the text's: its second run is the text's.
        fixed = words[: words.index("*")] if "*" in words else words
        runs = LETTERS.findall(" ".join(fixed))
        if len(runs) > 1 and seconds.get(runs[0], set()) is not None:
            seconds.setdefault(runs[0], set()).add(runs[1])  # type: ignore[union-attr]
        else:
            seconds[runs[0]] = None
    return {first: frozenset(rest) if rest is not None else None for first, rest in seconds.items()}


def finditer_at_openings(
    regex: re.Pattern[str], folded: str, start: int, openings: dict[str, frozenset[str] | None], end: int
) -> Iterator[re.Match[str]]:
    """finditer_at_words for a regex of phrases (see phrase_openings): tried only where a phrase's
    first run of letters starts and, when the phrase has one, its second run follows ("la semaine",
    not every "la")."""
    starts, runs = letter_runs(folded)
    first, last = bisect_left(starts, start), bisect_left(starts, end)
    position, count = start, len(runs)
    cut, cut_at = "", -1
    if last > first and starts[last - 1] + len(runs[last - 1]) > end:
        # The span ends inside its last run: the regex sees only the letters before `end` there (a
        # shorter word), so that run is asked as cut, and may only be a phrase's whole last word
        # (no run follows it inside the span).
        last -= 1
        cut_at, cut = last, folded[starts[last] : end]
    for i in compress(range(first, last), map(openings.__contains__, runs[first:last])):
        at = starts[i]
        if at < position:
            continue
        seconds = openings[runs[i]]
        if seconds is not None and (i + 1 == count or (cut if i + 1 == cut_at else runs[i + 1]) not in seconds):
            continue
        match = regex.match(folded, at, end)
        if match:
            position = match.end()
            yield match
    if cut_at >= 0 and starts[cut_at] >= position and cut in openings and openings[cut] is None:
        match = regex.match(folded, starts[cut_at], end)
        if match:
            yield match


def finditer_at_runs(
    regex: re.Pattern[str], string: str, folded: str, start: int, firsts: frozenset[str], first_letter: bool = False
) -> Iterator[re.Match[str]]:
    r"""regex.finditer(string, start) on the original text (`folded` is fold(string)), for a regex whose
    every match begins with a letter after a non-word character ("(?<![\w])[Tt]he\s+...") where a run
    of letters of `folded` out of `firsts` begins (or, with first_letter, a run whose first letter is
    in `firsts`): the regex is tried only there, instead of at every character of the text."""
    if "\u0640" in folded:
        # Arabic harakat fold to a letter (tatweel): a match may then start inside a folded run.
        return regex.finditer(string, start)
    starts, runs = letter_runs(folded)
    first = bisect_left(starts, start)
    keys = map(_FIRST_LETTER, runs[first:]) if first_letter else runs[first:]
    return matches_at(regex, string, compress(starts[first:], map(firsts.__contains__, keys)))


def matches_at(regex: re.Pattern[str], string: str, starts: Iterable[int]) -> Iterator[re.Match[str]]:
    """regex.match at each of `starts` (ascending), skipping those inside the last match: what
    regex.finditer finds when a match can only begin at one of them."""
    position = 0
    for at in starts:
        if at < position:
            continue
        match = regex.match(string, at)
        if match:
            position = match.end()
            yield match


_FIRST_LETTER = itemgetter(0)


# The sentences of the dispatch being read (one at a time), each with its words once asked for.
_SENTENCES: tuple[str | None, dict[tuple[int, int], frozenset[str] | None]] = (None, {})


def remember_sentences(folded: str, spans: Iterable[tuple[int, int]]) -> None:
    """Note the sentence spans of `folded`, so that phrase patterns run on one of them can skip it."""
    global _SENTENCES
    _SENTENCES = (folded, dict.fromkeys(spans))


def sentence_words(folded: str, start: int, end: int) -> frozenset[str] | None:
    """The runs of letters of folded[start:end] when that span is a remembered sentence, else None."""
    owner, spans = _SENTENCES
    if owner is not folded or (start, end) not in spans:
        return None
    words = spans[start, end]
    if words is None:
        words = spans[start, end] = _runs_between(folded, start, end)
    return words


def _runs_between(folded: str, start: int, end: int) -> frozenset[str]:
    return frozenset(letters_between(folded, start, end))


def letters_between(folded: str, start: int, end: int) -> list[str]:
    """The runs of letters of folded[start:end] (LETTERS.findall), from the runs of the whole text."""
    starts, runs = letter_runs(folded)
    first, last = bisect_left(starts, start), bisect_left(starts, end)
    cut_before = first > 0 and starts[first - 1] + len(runs[first - 1]) > start
    cut_after = last > first and starts[last - 1] + len(runs[last - 1]) > end
    if cut_before or cut_after:
        return LETTERS.findall(folded, start, end)  # a run crosses the span's edge
    return runs[first:last]


class PhrasePattern:
    """compile_phrases() for a rule's phrases, which skips a sentence that cannot hold any of them.

    Every run of letters of a phrase is written literally in the regex, between non-letters, so a
    phrase can match in a sentence only if the sentence's words include all of its runs. Most rules
    find nothing in most sentences, and asking sets costs far less than running a long alternation.
    Calls on any other span, or on the original (unfolded) text, run the regex as it is.
    """

    def __init__(self, phrases: tuple[str, ...]) -> None:
        self.regex = compile_phrases(phrases)
        self.pattern = self.regex.pattern
        # Each phrase's runs of letters, filed under its longest one (its anchor).
        by_anchor: dict[str, list[frozenset[str]]] | None = {}
        for phrase in phrases:
            runs = LETTERS.findall(fold(phrase))
            if not runs and phrase.strip():
                by_anchor = None  # a phrase without letters (a number) gives no words to ask: never skip
                break
            if runs and by_anchor is not None:
                by_anchor.setdefault(max(runs, key=len), []).append(frozenset(runs))
        self._by_anchor = by_anchor
        self._anchors = frozenset(by_anchor or ())
        # Where a phrase can start in the dispatch (see finditer_at_openings); None when a phrase
        # starts with a comma or a number: then the regex scans.
        self._openings = phrase_openings(phrases)
        # What never runs over a whole sentence is the regex's own method.
        self.match = self.regex.match
        self.fullmatch = self.regex.fullmatch
        self.sub = self.regex.sub
        self.split = self.regex.split

    def _cannot_match(self, string: str, pos: int, endpos: int) -> bool:
        if self._by_anchor is None:
            return False
        words = sentence_words(string, pos, endpos)
        if words is None:
            return False
        for anchor in self._anchors.intersection(words):
            if any(map(words.issuperset, self._by_anchor[anchor])):  # a phrase's runs all there (in C, no generator)
                return False
        return True

    def _at_words(self, string: str) -> bool:
        """Whether the regex may be tried only where a phrase's first word starts: on the folded
        dispatch being read, whose runs of letters are known (and any span of it)."""
        return self._openings is not None and string is _SENTENCES[0]

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        if self._cannot_match(string, pos, endpos):
            return None
        if self._at_words(string):
            return next(finditer_at_openings(self.regex, string, pos, self._openings, min(endpos, len(string))), None)  # type: ignore[arg-type]
        return self.regex.search(string, pos, endpos)

    def finditer(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        if self._cannot_match(string, pos, endpos):
            return iter(())
        return self.finditer_words_checked(string, pos, endpos)

    def finditer_words_checked(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        """finditer for a caller that has already found a phrase whose runs of letters (phrase_runs)
        the span holds: the same matches, without asking the span's words again."""
        if self._at_words(string):
            return finditer_at_openings(self.regex, string, pos, self._openings, min(endpos, len(string)))  # type: ignore[arg-type]
        return self.regex.finditer(string, pos, endpos)

    def runs_by_anchor(self) -> dict[str, list[frozenset[str]]] | None:
        """Each phrase's runs of letters, filed under its longest run (its anchor): the regex can match
        in a remembered sentence only if the sentence holds all the runs of one phrase. None when a
        phrase has no letters (then any span may match). Read only."""
        return self._by_anchor


def is_capitalised(word: str) -> bool:
    return bool(word) and word[0].isupper()


def clean_span_text(text: str) -> str:
    return " ".join(text.replace("\u00a0", " ").split()).strip(" ,;:-").rstrip(".").strip()

"""Text helpers shared by the stages: same-length accent folding, word boundaries, phrase regexes."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache

# Precompiled once: these run on every sentence.
_KEY_PUNCTUATION = re.compile(r"[-'.]")

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


def fold(text: str) -> str:
    """Lower-case, accent-free copy of `text` with exactly the same length (offsets carry over)."""
    return text.translate(_TABLE)


def fold_key(text: str) -> str:
    """A lookup key: folded, hyphens and apostrophes as spaces, whitespace collapsed."""
    folded = fold(text).replace("\u0640", "")
    return " ".join(_KEY_PUNCTUATION.sub(" ", folded).split())


def phrase_pattern(phrases: Iterable[str]) -> str:
    """One alternation matching any phrase (folded) on word boundaries, longest first."""
    alts = []
    for phrase in sorted({fold(p) for p in phrases if p}, key=len, reverse=True):
        body = ""
        for part in phrase.split():
            if part == "*":
                # "a effectué * une visite": up to three words in between ("mercredi", "hier matin").
                body += r"(?:[\w'\-]+\s+){0,3}"
                continue
            body += re.escape(part).replace("'", r"'\s*") + r"\s+"
        alts.append(body[: -len(r"\s+")] if body.endswith(r"\s+") else body)
    if not alts:
        return r"(?!x)x"
    return r"(?<![\w\-])(?:" + "|".join(alts) + r")(?![\w])"


@lru_cache(maxsize=512)
def compile_phrases(phrases: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(phrase_pattern(phrases))


def is_capitalised(word: str) -> bool:
    return bool(word) and word[0].isupper()


def clean_span_text(text: str) -> str:
    return " ".join(text.replace("\u00a0", " ").split()).strip(" ,;:-").rstrip(".").strip()

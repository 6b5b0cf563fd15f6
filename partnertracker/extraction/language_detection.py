"""Which language a dispatch is written in, by counting each language file's stop words."""

from __future__ import annotations

import re
from collections import Counter

from partnertracker.extraction.languages import DEFAULT_LANGUAGE, available_languages, load_language
from partnertracker.extraction.text import LETTERS

_ARABIC = re.compile(r"[\u0600-\u06ff]")
_LETTER = re.compile(r"[^\W\d_]")


SAMPLE_CHARS = 2500  # a few sentences are enough to tell the language


def detect_language(folded: str, words: list[str] | None = None) -> str:
    """The code of the language whose stop words are most frequent in the (folded) text.

    `words`, when given, are the runs of letters of its first SAMPLE_CHARS characters (the
    pipeline has them already).
    """
    sample = folded[:SAMPLE_CHARS]
    # An ASCII sample (a flag of the string, no scan) has no Arabic letter to count.
    arabic = 0 if sample.isascii() else len(_ARABIC.findall(sample))
    if arabic and arabic > len(_LETTER.findall(sample)) * 0.3 and "ar" in available_languages():
        return "ar"
    if words is None:
        words = LETTERS.findall(sample)
    if not words:
        return DEFAULT_LANGUAGE
    counts = Counter(words)
    best, best_score = DEFAULT_LANGUAGE, 0
    for code in available_languages():
        stopwords = load_language(code).stopwords
        score = sum(counts[w] for w in stopwords & counts.keys())
        if score > best_score:
            best, best_score = code, score
    return best

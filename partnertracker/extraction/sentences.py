"""Split the body into sentences without breaking at "M.", "Dr." or initials."""

from __future__ import annotations

import re

from partnertracker.extraction.languages import Language
from partnertracker.extraction.model import Sentence

# Precompiled once: these run on every sentence.
_INITIALS = re.compile(r"(?:[A-Z]\.)+[A-Z]?")

# Each alternative opens with a plain character (one alternative per mark that ends a sentence), so
# that re skips straight to punctuation and line breaks instead of trying the whole pattern at every
# position: re does so only when every alternative starts with a literal, not a group or a class.
_ENDS = ".!?\u061f\u2026"
_BREAK = re.compile(
    r"\n(?:[ \t]*\n|(?=[ \t]*[^\s]))|" + "|".join(re.escape(mark) + r"[.!?\u061f\u2026]*[\"'\u00bb\u201d)]*(?=\s)" for mark in _ENDS)
)
_WORD_BEFORE = re.compile(r"([\w.\-]+)[.!?]+$")


def split_sentences(text: str, start: int, lang: Language) -> list[Sentence]:
    """Sentence spans over text[start:], trimmed of surrounding white space."""
    sentences: list[Sentence] = []
    begin = start
    abbreviations = lang.abbreviations
    for match in _BREAK.finditer(text, start):
        stop = match.end()
        piece = text[begin:stop]
        if match.group(0)[0] == ".":
            # The word before the period has no space in it: searched from the last space, not
            # tried at every character of the twenty before (the same leftmost match).
            space = text.rfind(" ", max(begin, match.start() - 20), match.start())
            before = _WORD_BEFORE.search(text, space + 1 if space != -1 else max(begin, match.start() - 20), match.start() + 1)
            word = before.group(1) if before else ""
            if word and (word in abbreviations or word.rstrip(".") in abbreviations or _is_initial(word)):
                continue
            # A lower-case word after the period: not the end of the sentence ("av. J.-C. et").
            after = text[stop : stop + 3].lstrip()
            if after[:1].islower():
                continue
        if piece.strip():
            _append(sentences, text, begin, stop)
        begin = stop
    if begin < len(text) and text[begin:].strip():
        _append(sentences, text, begin, len(text))
    return sentences


def _is_initial(word: str) -> bool:
    core = word.rstrip(".")
    return (len(core) == 1 and core.isupper()) or bool(_INITIALS.fullmatch(word))


def _append(sentences: list[Sentence], text: str, begin: int, end: int) -> None:
    while begin < end and text[begin].isspace():
        begin += 1
    while end > begin and text[end - 1].isspace():
        end -= 1
    if begin < end:
        sentences.append(Sentence(begin, end))

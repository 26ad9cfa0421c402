"""Article text -> atomic, attributed claims in Arabic and English (pure functions, no I/O).

`segment(text)` returns `Segment`s in article order, non-overlapping, each with
`text == article[start:end]`, in time linear in the text. The steps live in
their own modules: `sentences` (paragraphs and sentence ends), `noise` (what is
not a claim), `quotes` (quotation spans), `attribution` (frames and cues),
`speakers` (the speaker phrase), `clauses` (atomic splits), `checkworthiness`
(the triage score, its features documented there), `patterns` (the lexicons
compiled to regexes) and `pipeline` (the order they run in). Word lists are
YAML files in `lexicon/`, one per language, that a linguist extends without
touching code.

kind is `quote` (content inside quotation marks), `reported` (indirect speech
after a reporting verb), `according-to` (credited by a cue such as بحسب or
according to) or `statement` (the article's own voice; speaker None).
"""

from __future__ import annotations

import gc
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from workbench.segment.checkworthiness import score
from workbench.segment.patterns import patterns
from workbench.segment.pipeline import iter_units, language_of

__all__ = ["KINDS", "Segment", "detect_language", "segment"]

KINDS = ("quote", "reported", "according-to", "statement")


@dataclass(frozen=True, slots=True)
class Segment:
    """One claim: its span in the article, who says it and how, and a check-worthiness hint."""

    start: int
    end: int
    text: str
    speaker: str | None
    cue: str | None
    kind: str
    language: str
    checkworthiness: float


def detect_language(text: str) -> str:
    """"ar" or "en", by which script has more letters in `text`."""
    return language_of(text)


def segment(text: str) -> list[Segment]:
    """The claims of an article, in order; never raises on a str."""
    # Segmenting allocates many small acyclic objects; the cyclic collector's
    # passes over them grow with the input and make long articles superlinear.
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        return _segment(text)
    finally:
        if was_enabled:
            gc.enable()


# Arabic vowel signs and Quranic marks: combining characters, which `\w` does not match, so a word written with
# them (يُعالجون) would read as two words to every rule; the rules read the text without them
_VOWEL_SIGNS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed]")


def _without_vowel_signs(text: str) -> tuple[str, list[int]]:
    """`text` without vowel signs, and for each sign removed (in order) the position in that text of the character
    after it."""
    removed: list[int] = []
    for m in _VOWEL_SIGNS.finditer(text):
        removed.append(m.start() - len(removed))
    return (_VOWEL_SIGNS.sub("", text) if removed else text), removed


def _in_the_article(plain_start: int, plain_end: int, removed: list[int]) -> tuple[int, int]:
    """A span of the text without vowel signs, in the article: past the signs before its first letter, with those
    on its last."""
    return plain_start + bisect_right(removed, plain_start), plain_end + bisect_right(removed, plain_end)


# how far around a claim its speaker's name and its cue are looked for, to give them back their vowel signs
# (characters; bounded, so that segmenting stays linear)
_NAME_REACH = 2000


def _as_written(words: str | None, text: str, plain: str, removed: list[int], near: tuple[int, int],
                spelled: dict[str, str]) -> str | None:
    """A speaker or cue the rules read without vowel signs as the article writes it near the claim at `near` (قيس
    سعيّد، وفقًا ل); one carried from further back as it was written there (`spelled`, updated)."""
    if not words:
        return words
    lo, hi = max(0, near[0] - _NAME_REACH), near[1] + _NAME_REACH
    if bisect_left(removed, lo) == bisect_right(removed, hi):  # (no sign around the claim: written as read, unless
        # carried from where it had signs)
        return spelled[words] if words in spelled and plain.find(words, lo, hi) < 0 else words
    at = plain.find(words, lo, hi)
    if at >= 0:
        spelled[words] = text[slice(*_in_the_article(at, at + len(words), removed))]
    return spelled.get(words, words)


def _segment(text: str) -> list[Segment]:
    plain, removed = _without_vowel_signs(text)
    spelled: dict[str, str] = {}  # speakers and cues as the article writes them, where it gives them signs
    out = []
    last_end = 0
    for unit in iter_units(plain):
        if unit.start < last_end or unit.end <= unit.start:
            continue
        start, end = _in_the_article(unit.start, unit.end, removed) if removed else (unit.start, unit.end)
        chunk = text[start:end]
        speaker, cue = (_as_written(words, text, plain, removed, (unit.start, unit.end), spelled)
                        for words in (unit.speaker, unit.cue)) if removed else (unit.speaker, unit.cue)
        out.append(Segment(start, end, chunk, speaker, cue, unit.kind, unit.language,
                           score(chunk, speaker, unit.kind, patterns(unit.language))))
        last_end = unit.end
    return out

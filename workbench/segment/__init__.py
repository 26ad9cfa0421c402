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


def _segment(text: str) -> list[Segment]:
    out = []
    last_end = 0
    for unit in iter_units(text):
        if unit.start < last_end or unit.end <= unit.start:
            continue
        chunk = text[unit.start:unit.end]
        out.append(Segment(unit.start, unit.end, chunk, unit.speaker, unit.cue, unit.kind, unit.language,
                           score(chunk, unit.speaker, unit.kind, patterns(unit.language))))
        last_end = unit.end
    return out

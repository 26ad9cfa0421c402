"""Check-worthiness: a transparent score in [0, 1] for sorting claims, never a verdict.

The score starts at 0.30 and adds or removes fixed weights for features read
from the claim's own text (word lists in the lexicon of its language):

    +0.25  a number or quantity (digits, `مليون`, `percent`, `1.5 billion`)
    +0.10  a date or time word (month, weekday, year, `العام`)
    +0.10  a comparative or superlative, a change (`أكبر`, `more`, `rise`)
    +0.15  attributed to a named party (speaker set)
    +0.05  a quotation or reported speech (kind quote / reported / according-to)
    +0.05  at least 12 words (a full proposition, not a fragment)
    -0.20  a hedge or opinion marker (`ربما`, `قد`, `may`, `might`, `believe`)
    -0.15  fewer than 5 words

and is clipped to [0, 1]. Every feature is a regex over the text, no model.
"""

from __future__ import annotations

import re

from workbench.segment.patterns import LanguagePatterns, fold

_DIGIT = re.compile(r"\d")

WEIGHTS = {"number": 0.25, "date": 0.10, "comparative": 0.10, "hedge": -0.20}


# per language, matched word as written -> feature name; the lexicon is finite, so only odd spacing can grow it
_FEATURE_OF_WORD: dict[str, dict[str, str]] = {"ar": {}, "en": {}}
_MAX_CACHED_WORDS = 20_000


def _feature_of(word: str, pat: LanguagePatterns) -> str:
    cached = _FEATURE_OF_WORD.setdefault(pat.language, {})
    name = cached.get(word)
    if name is None:
        name = pat.feature_of.get(" ".join(fold(word).split()), "number")
        if len(cached) < _MAX_CACHED_WORDS:
            cached[word] = name
    return name


def features(text: str, pat: LanguagePatterns) -> set[str]:
    """Which of number (digits or quantity words), date, comparative, hedge the text shows."""
    cached = _FEATURE_OF_WORD.setdefault(pat.language, {})
    # pat.features.findall(text), but sre skips to the non-word character before each word that feature_lead
    # opens with, where it tries pat.features (opening with `(?<!\w)`) at every character. Only a word opening
    # the text has no such character; after it, findall goes on from its end, where any next word's is.
    head = pat.features.match(text)
    words = pat.feature_lead.findall(text, head.end() if head else 0)  # group "w", without match objects
    if head:
        words.append(head.group("w"))
    found = {cached.get(word) or _feature_of(word, pat) for word in words}
    if "number" not in found and _DIGIT.search(text):
        found.add("number")
    return found


def score(text: str, speaker: str | None, kind: str, pat: LanguagePatterns) -> float:
    value = 0.30 + sum(map(WEIGHTS.__getitem__, features(text, pat)))
    if speaker:
        value += 0.15
    if kind != "statement":
        value += 0.05
    n = text.count(" ") + 1
    if n >= 12:
        value += 0.05
    if n < 5:
        value -= 0.15
    return round(min(1.0, max(0.0, value)), 3)

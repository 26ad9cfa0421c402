"""Fuzzy matching of claim texts with rapidfuzz: re-anchoring after an article changes."""

from __future__ import annotations

from collections.abc import Sequence

from rapidfuzz import fuzz, process

from workbench.model import normalize_text

# A claim whose text changed this little (a word or a number edited) is the
# same claim; below it, it is a different sentence.
REANCHOR_THRESHOLD = 85.0


def best_fuzzy_match(text: str, candidates: Sequence[str], threshold: float = REANCHOR_THRESHOLD,
                     ) -> tuple[int, float] | None:
    """The index and score (0..100) of the candidate closest to text, if above threshold."""
    if not candidates:
        return None
    found = process.extractOne(
        normalize_text(text), [normalize_text(c) for c in candidates],
        scorer=fuzz.ratio, score_cutoff=threshold,
    )
    if found is None:
        return None
    _, score, index = found
    return index, score


def nearest_occurrence(haystack: str, needle: str, near: int) -> int | None:
    """The start of the occurrence of needle in haystack closest to offset `near`."""
    best, start = None, haystack.find(needle)
    while start >= 0:
        if best is None or abs(start - near) < abs(best - near):
            best = start
        start = haystack.find(needle, start + 1)
    return best

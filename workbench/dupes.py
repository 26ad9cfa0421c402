"""Near-duplicate claims across sources: rapidfuzz on normalized text, blocked by rare words.

Comparing every pair of 100,000 claims is five billion comparisons; instead
identical texts are taken as one, each distinct text is filed under its few
rarest words (numbers included; its rarest word pairs when all its words are
common), and only texts that share such a key are compared, block by block, in
rapidfuzz's C code. Missed: a paraphrase that shares no rare word with its
twin, and variants of one claim once more than MAX_BLOCK distinct wordings of
it exist (identical copies are never a problem). That is the price of not
comparing everything; `duplicates_of` compares one claim with all.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz, process

from workbench.model import Claim, WorkbenchError, normalize_text
from workbench.store import Workspace

DEFAULT_THRESHOLD = 85.0
# Each claim is filed under this many of its rarest words.
KEYS_PER_CLAIM = 4
# A word shared by more claims than this says nothing about sameness; it files nobody.
MAX_BLOCK = 400
_MIN_KEY_LENGTH = 3

_NON_WORD = re.compile(r"[^\w]+")
_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
# Arabic words carry the article and conjunctions as prefixes: والحكومه and الحكومه are one word to a reader.
_AR_PREFIXES = ("وبال", "وال", "بال", "كال", "فال", "لل", "ال", "و", "ب", "ف", "ل")


class DupesError(WorkbenchError):
    """A copy of a decision that cannot be made (an undecided claim, a claim that is no duplicate)."""


@dataclass(frozen=True, slots=True)
class DuplicatePair:
    """Two claims of different sources that say nearly the same thing; a < b by id."""

    a: str
    b: str
    source_a: str
    source_b: str
    score: float          # 0..100, rapidfuzz's token_sort_ratio of the normalized texts
    text_a: str = ""
    text_b: str = ""

    def other(self, claim_id: str) -> str:
        return self.b if claim_id == self.a else self.a

    def as_dict(self) -> dict:
        return {"a": self.a, "b": self.b, "source_a": self.source_a, "source_b": self.source_b,
                "score": round(self.score, 1), "text_a": self.text_a, "text_b": self.text_b}


def comparable_text(text: str) -> str:
    """Text as duplicates are judged: normalized, digits made ASCII, punctuation gone."""
    return " ".join(_NON_WORD.sub(" ", normalize_text(text).translate(_DIGITS)).split())


def _key(word: str) -> str | None:
    if word.isdigit():
        return word if len(word) >= 2 else None
    for prefix in _AR_PREFIXES:
        if word.startswith(prefix) and len(word) - len(prefix) >= _MIN_KEY_LENGTH:
            word = word[len(prefix):]
            break
    return word if len(word) >= _MIN_KEY_LENGTH else None


def _keys(words: Iterable[str], memo: dict[str, str | None]) -> set[str]:
    keys = set()
    for word in words:
        key = memo.get(word, "")
        if key == "":
            key = memo[word] = _key(word)
        if key:
            keys.add(key)
    return keys


def find_duplicates(claims: Sequence[Claim], threshold: float = DEFAULT_THRESHOLD,
                    same_source: bool = False) -> list[DuplicatePair]:
    """Pairs of claims whose texts score at least threshold, best first; across sources unless same_source.

    Orphaned claims are left out: their text is no longer in any article.
    """
    live = [c for c in claims if not c.orphaned]
    # Identical texts (a wire story many outlets print) are compared once, as one text.
    holders: dict[str, list[int]] = defaultdict(list)
    for i, claim in enumerate(live):
        holders[comparable_text(claim.text)].append(i)
    texts, groups = list(holders), list(holders.values())
    found: dict[tuple[int, int], float] = {}

    def add(i: int, j: int, score: float) -> None:
        if i > j:
            i, j = j, i
        if (same_source or live[i].source != live[j].source) and found.get((i, j), -1.0) < score:
            found[(i, j)] = score

    for group in groups:
        for n, i in enumerate(group):
            for j in group[n + 1:]:
                add(i, j, 100.0)
    for r, c, score in _similar_texts(texts, threshold):
        for i in groups[r]:
            for j in groups[c]:
                add(i, j, score)
    pairs = []
    for (i, j), score in found.items():
        first, second = sorted((live[i], live[j]), key=lambda c: c.id)
        pairs.append(DuplicatePair(first.id, second.id, first.source, second.source, score,
                                   first.text, second.text))
    pairs.sort(key=lambda p: (-p.score, p.a, p.b))
    return pairs


def _similar_texts(texts: list[str], threshold: float) -> Iterator[tuple[int, int, float]]:
    """(i, j, score) for distinct texts i < j scoring at least threshold, compared block by block."""
    words = [t.split() for t in texts]
    memo: dict[str, str | None] = {}   # a workspace has far fewer distinct words than words
    unigrams = [_keys(w, memo) for w in words]
    frequency = Counter(k for ks in unigrams for k in ks)
    chosen: list[list[str]] = []
    for ks in unigrams:
        usable = sorted((k for k in ks if frequency[k] <= MAX_BLOCK), key=lambda k: (frequency[k], k))
        chosen.append(usable[:KEYS_PER_CLAIM])
    # A text made only of common words is filed under its rarest word pairs instead: far rarer, and
    # a near copy shares most of them.
    weak = [i for i, keys in enumerate(chosen) if len(keys) < 2]

    def word_pairs(i: int) -> set[str]:
        # Made twice rather than kept: on 100,000 claims the sets would double the memory.
        return {f"{a} {b}" for a, b in zip(words[i], words[i][1:])}

    pair_frequency = Counter(k for i in weak for k in word_pairs(i))
    for i in weak:
        usable = sorted((k for k in word_pairs(i) if pair_frequency[k] <= MAX_BLOCK),
                        key=lambda k: (pair_frequency[k], k))
        chosen[i] = chosen[i] + usable[:KEYS_PER_CLAIM]
    blocks: dict[str, list[int]] = defaultdict(list)
    for i, keys in enumerate(chosen):
        for k in keys:
            blocks[k].append(i)
    seen: set[tuple[int, int]] = set()
    for members in blocks.values():
        if len(members) < 2:
            continue
        block_texts = [texts[i] for i in members]
        scores = process.cdist(block_texts, block_texts, scorer=fuzz.token_sort_ratio,
                               score_cutoff=threshold, dtype="float32")
        rows, cols = scores.nonzero()
        for r, c in zip(rows.tolist(), cols.tolist()):
            if r < c and (members[r], members[c]) not in seen:
                seen.add((members[r], members[c]))
                yield members[r], members[c], float(scores[r, c])


def duplicates_of(claim_id: str, claims: Sequence[Claim], threshold: float = DEFAULT_THRESHOLD,
                  same_source: bool = False) -> list[DuplicatePair]:
    """The pairs naming claim_id, best first: its twins in other sources."""
    me = next((c for c in claims if c.id == claim_id), None)
    if me is None:
        raise DupesError(f"no claim {claim_id} among the claims given")
    mine = comparable_text(me.text)
    others = [c for c in claims if c.id != claim_id and not c.orphaned
              and (same_source or c.source != me.source)]
    found = process.extract(mine, [comparable_text(c.text) for c in others], scorer=fuzz.token_sort_ratio,
                            score_cutoff=threshold, limit=None)
    pairs = []
    for _, score, index in found:
        other = others[index]
        first, second = sorted((me, other), key=lambda c: c.id)
        pairs.append(DuplicatePair(first.id, second.id, first.source, second.source, float(score),
                                   first.text, second.text))
    pairs.sort(key=lambda p: (-p.score, p.a, p.b))
    return pairs


def group_duplicates(pairs: Iterable[DuplicatePair]) -> list[list[str]]:
    """Claims linked by pairs, as groups of ids (each sorted; largest group first)."""
    parent: dict[str, str] = {}

    def root(x: str) -> str:
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for pair in pairs:
        parent[root(pair.a)] = root(pair.b)
    groups: dict[str, list[str]] = defaultdict(list)
    for x in list(parent):
        groups[root(x)].append(x)
    return sorted((sorted(g) for g in groups.values()), key=lambda g: (-len(g), g))


def require_decision(ws: Workspace, claim: Claim) -> None:
    """DupesError unless claim holds a decided rating: only a verdict can be copied."""
    rating = ws.scale.get(claim.status)
    if rating is None or not rating.decided:
        raise DupesError(f"claim {claim.id} is {claim.status}: there is no decision to copy")


def copy_targets(ws: Workspace, original: Claim, pairs: Iterable[DuplicatePair],
                 only: Iterable[str] = ()) -> list[Claim]:
    """The duplicates of original named by pairs, as on disk now; `only` keeps those whose ids start so.

    DupesError when original has no decision, or an `only` prefix names no
    duplicate (or several): a decision is never copied to a claim that is not one.
    """
    require_decision(ws, original)
    twins = {}
    for pair in pairs:
        if original.id in (pair.a, pair.b):
            other = pair.other(original.id)
            twins[other] = pair.source_b if other == pair.b else pair.source_a
    chosen = list(twins)
    only = [prefix.strip().lower() for prefix in only]
    if only:
        chosen = []
        for prefix in only:
            matches = [t for t in twins if t.startswith(prefix)]
            if len(matches) != 1:
                raise DupesError(f"{prefix!r} names {'several' if matches else 'none'} of the duplicates of "
                                 f"{original.id}")
            chosen.append(matches[0])
    return [ws.load_claim(ws.claims_dir / twins[t] / f"{t}.yaml") for t in dict.fromkeys(chosen)]


def copy_decision(ws: Workspace, original: Claim, targets: Iterable[Claim], by: str | None = None) -> list[Claim]:
    """Give each target the original's status, with a note saying where it came from.

    Only ever called on the reviewer's request: a duplicate is a hint, and the
    reviewer chooses which twins share a verdict. Targets already holding the
    status are left alone; the ones changed are returned.
    """
    require_decision(ws, original)
    changed = []
    for target in targets:
        if target.id == original.id or target.status == original.status:
            continue
        changed.append(ws.mark(target, original.status, note=copied_note(original), by=by, check_conflict=True))
    return changed


def copied_note(original: Claim) -> str:
    """The note a copied decision carries, so the duplicate's file says where its verdict came from."""
    return (f"decision copied from duplicate claim {original.id} ({original.source}), "
            f"decided by {original.reviewed_by or 'unknown'} at {original.reviewed_at or 'unknown'}")


DUPES_FORMATS = ("table", "json")


def render_pairs(pairs: Sequence[DuplicatePair], fmt: str = "table") -> str:
    """One line per pair (score, both ids with their sources, the first text), or a JSON array."""
    if fmt == "json":
        import json

        return json.dumps([p.as_dict() for p in pairs], ensure_ascii=False, indent=2) + "\n"
    if fmt != "table":
        raise DupesError(f"unknown format {fmt!r}; one of {', '.join(DUPES_FORMATS)}")
    lines = []
    for p in pairs:
        flat = " ".join(p.text_a.split())
        flat = flat if len(flat) <= 60 else flat[:59] + "…"
        lines.append(f"{p.score:5.1f}  {p.a} ({p.source_a})  {p.b} ({p.source_b})  {flat}")
    return "".join(f"{line}\n" for line in lines)

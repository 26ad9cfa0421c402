"""Quotation spans in a paragraph, pairing marks by their shape so stray marks stay stray.

`quotations` never crosses a paragraph (the pipeline carries a quotation into the
next paragraphs when they take it up: `dangling_closer`). A straight mark opens when it follows a
space, a bracket, a colon or a one-letter clitic (`و"`, `ب"`) and a letter
follows it; it closes when space or punctuation follows. A mark that fits
neither, or a closer with nothing open, is ignored, so `"فيسبوك" وتويتر"`
never swallows the paragraphs after it. An opener never closed is reported
with `end=None`; the caller ends it with its sentence.
"""

from __future__ import annotations

import re
from functools import cache

from workbench.segment.patterns import common

_CLITIC_BEFORE = "وفبلك"
_SINGLE_MARKS = "'‘’‹›"
_OPEN_CONTEXT = " \t\r\n\u00a0([{:،,;؛-—–/"


@cache
def _marks() -> tuple[re.Pattern, dict[str, set[str]], frozenset[str]]:
    lex = common()
    closers: dict[str, set[str]] = {}
    for opener, closer in lex.get("quote_pairs", []):
        closers.setdefault(opener, set()).add(closer)
    straight = frozenset(lex.get("straight_quotes", ['"']))
    chars = set(straight) | set(closers) | {c for cs in closers.values() for c in cs}
    return re.compile("[" + re.escape("".join(sorted(chars))) + "]"), closers, straight


@cache
def max_quote_chars() -> int:
    return int(common().get("max_quote_chars", 1200))


def _opener_shape(text: str, i: int, start: int, end: int) -> bool:
    nxt = text[i + 1] if i + 1 < end else ""
    if not nxt or nxt.isspace():
        return False
    if i == start:
        return True
    prev = text[i - 1]
    if prev in _OPEN_CONTEXT:
        return True
    before = text[i - 2] if i - 2 >= start else " "
    return prev in _CLITIC_BEFORE and (before.isspace() or before in _OPEN_CONTEXT) or prev == "ـ"


def _closer_shape(text: str, i: int, start: int, end: int) -> bool:
    prev = text[i - 1] if i > start else ""
    if not prev or prev.isspace():
        return False
    nxt = text[i + 1] if i + 1 < end else ""
    return not nxt or not nxt.isalnum()


def quotations(text: str, start: int, end: int) -> list[tuple[int, int | None]]:
    """(opener, closer) offsets of the quotation marks in text[start:end]; closer None if never closed."""
    mark_re, closers, straight = _marks()
    max_len = max_quote_chars()
    out: list[tuple[int, int | None]] = []
    open_at: int | None = None
    open_ch = ""
    for m in mark_re.finditer(text, start, end):
        i, ch = m.start(), m.group()
        if open_at is not None and i - open_at > max_len:
            out.append((open_at, None))
            open_at = None
        if open_at is not None:
            fits = ch == open_ch if open_ch in straight else ch in closers.get(open_ch, ())  # " closes ", ' closes '
            if fits and _closer_shape(text, i, start, end):
                out.append((open_at, i))
                open_at = None
                continue
        if (ch in straight or ch in closers) and _opener_shape(text, i, start, end):
            if open_at is not None:
                if open_ch not in _SINGLE_MARKS and (ch in _SINGLE_MARKS or ch in straight and open_ch not in straight):
                    # a quotation inside the open one, in marks of another kind (“... is ‘under review’. It's ...”,
                    # «نرفض ما يسمى "صفقة القرن". ولن ...»): the outer goes on
                    continue
                out.append((open_at, None))
            open_at, open_ch = i, ch
    if open_at is not None:
        out.append((open_at, None))
    return out


def dangling_closer(text: str, start: int, end: int) -> int | None:
    """Offset of a closing mark in text[start:end] that closes nothing opened there, before any quotation opens:
    where a quotation taken up from an earlier paragraph ends (`... ستظهر قريبا".`). None if there is none."""
    mark_re, closers, straight = _marks()
    for m in mark_re.finditer(text, start, end):
        i, ch = m.start(), m.group()
        if (ch in straight or ch in closers) and _opener_shape(text, i, start, end):
            return None  # a quotation opens first
        if ch not in _SINGLE_MARKS and _closer_shape(text, i, start, end):
            return i  # (not a single mark: the teachers' union has an apostrophe of the same shape)
    return None


def has_marks(text: str, start: int, end: int) -> bool:
    """Is there any quotation mark in text[start:end]?"""
    return _marks()[0].search(text, start, end) is not None

"""Text as the terminal should draw it: literal, wrapped, and (in visual bidi mode) shaped and reordered."""

from __future__ import annotations

import os
import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache
from itertools import pairwise
from unicodedata import bidirectional, mirrored

import arabic_reshaper
from bidi import algorithm as bidi_algorithm
from bidi.mirror import MIRRORED
from rich.cells import cell_len
from rich.style import Style
from rich.text import Text

# Control characters become visible pictures by the core's rule, the CLI's too.
from workbench.context import literal

try:
    # python-bidi >= 0.5 ships the Rust unicode-bidi crate: ~30x faster than its pure-Python
    # algorithm, but it mirrors no brackets and resolves bracket pairs by a newer rule (N0).
    from bidi import get_display as _rust_display
except ImportError:   # python-bidi 0.4: the pure-Python algorithm only
    _rust_display = None

VISUAL = "visual"
TERMINAL = "terminal"
BIDI_MODES = (VISUAL, TERMINAL)



class _Settings(dict):
    """The reshaper's configuration, read once.

    ArabicReshaper.reshape asks its configparser section for five booleans on every
    call, about a fifth of shaping a list row; the settings never change here.
    """

    def __init__(self, section) -> None:
        super().__init__({key: _setting(section, key) for key in section})

    def getboolean(self, key: str, fallback: bool | None = None) -> bool | None:
        return self.get(key.lower(), fallback)   # configparser's keys are lower case


def _setting(section, key: str):
    try:
        return section.getboolean(key)
    except ValueError:
        return section.get(key)   # not a boolean: the language


_reshaper = arabic_reshaper.ArabicReshaper(configuration={"delete_harakat": True, "support_ligatures": True})
_reshaper.configuration = _Settings(_reshaper.configuration)


# Text of these characters alone (ASCII, Arabic letters without harakat or tatweel, Arabic digits
# and punctuation, NBSP, guillemets, dashes) is shaped word by word to the same result as in one go
# (300,000 random strings and the 10k bench corpus, character for character): letters join within
# a word only, and the enabled ligatures (lam-alef, Allah) hold no space. Around harakat, joiners
# or line separators arabic_reshaper's output depends on more than the word: shaped whole.
_WORD_LOCAL = re.compile(r"[\u0020-\u007e\u00a0\u00ab\u00bb\u0621-\u063a\u0641-\u064a"
                         r"\u0660-\u066d\u060c\u061b\u061f\u2026\u2013\u2014]*")
# Words repeat from claim to claim: each is shaped once (half the cost of drawing an Arabic row).
_SHAPED_WORDS: dict[str, str] = {}
_SHAPED_WORDS_LIMIT = 100_000


def shape(text: str) -> str:
    """text with its Arabic letters in their joined forms (arabic_reshaper's, as configured above)."""
    if not _WORD_LOCAL.fullmatch(text):
        try:
            return _reshaper.reshape(text)
        except IndexError:
            # arabic_reshaper 3.x fails on some joiner and lam-alef sequences ("قال\u200dها لا"):
            # shaped word by word then, a word it still fails on left as it is, rather than a crash.
            return " ".join(_shape_or_keep(word) for word in text.split(" "))
    words = _SHAPED_WORDS
    if len(words) > _SHAPED_WORDS_LIMIT:
        words.clear()
    out = []
    for word in text.split(" "):
        shaped = words.get(word)
        if shaped is None:
            shaped = words[word] = _reshaper.reshape(word)
        out.append(shaped)
    return " ".join(out)


_ARABIC_LETTER = re.compile("[\u0621-\u064a]")


def unshaped_words(texts: Iterable[str]) -> dict[str, str]:
    """The words of texts (those shape() takes word by word) not shaped yet, shaped.

    For the loading thread: words then cost a lookup when a search first shows their claims.
    Reads the shared table but never writes it; the screen hands the result to remember_shapes.
    """
    known, found = _SHAPED_WORDS, {}
    for text in texts:
        if _ARABIC_LETTER.search(text) and _WORD_LOCAL.fullmatch(text):
            for word in text.split(" "):
                if word not in known and word not in found:
                    found[word] = _reshaper.reshape(word)
    return found


def remember_shapes(shapes: dict[str, str]) -> None:
    """Add words shaped elsewhere (unshaped_words) to the table shape() reads, while it has room."""
    if len(_SHAPED_WORDS) + len(shapes) <= _SHAPED_WORDS_LIMIT:
        _SHAPED_WORDS.update(shapes)


def _shape_or_keep(word: str) -> str:
    try:
        return _reshaper.reshape(word)
    except IndexError:
        return word


def is_rtl_text(text: str) -> bool:
    """True when the first strong character is right-to-left (the paragraph's base direction)."""
    for ch in text:
        kind = unicodedata.bidirectional(ch)
        if kind in ("R", "AL"):
            return True
        if kind == "L":
            return False
    return False


def default_bidi_mode(environ: os._Environ | dict | None = None) -> str:
    """visual, unless $WORKBENCH_BIDI says otherwise or the terminal is known to do bidi itself."""
    env = os.environ if environ is None else environ
    chosen = (env.get("WORKBENCH_BIDI") or "").strip().lower()
    if chosen in BIDI_MODES:
        return chosen
    if env.get("TMUX"):
        # tmux redraws cells itself, so the outer terminal's bidi cannot help.
        return VISUAL
    if env.get("VTE_VERSION") or env.get("KONSOLE_VERSION") or env.get("KONSOLE_DBUS_SESSION") \
            or "mlterm" in env.get("TERM", "") or env.get("MLTERM"):
        return TERMINAL
    return VISUAL


def wrap_offsets(plain: str, width: int) -> list[tuple[int, int]]:
    """Line spans of plain wrapped at spaces to width cells (long words are cut); logical order."""
    width = max(1, width)
    lines: list[tuple[int, int]] = []
    for start, end in _hard_lines(plain):
        line_start, line_width, last_space = start, 0, -1
        i = start
        while i < end:
            ch = plain[i]
            w = cell_len(ch)
            if line_width + w > width and i > line_start:
                if ch == " ":
                    lines.append((line_start, i))
                    line_start, line_width, last_space = i + 1, 0, -1
                    i += 1
                    continue
                if last_space > line_start:
                    lines.append((line_start, last_space))
                    line_start = last_space + 1
                else:
                    lines.append((line_start, i))
                    line_start = i
                line_width = cell_len(plain[line_start:i])
                last_space = -1
            if ch == " ":
                last_space = i
            line_width += w
            i += 1
        lines.append((line_start, end))
    return lines


def _hard_lines(plain: str) -> list[tuple[int, int]]:
    spans, pos = [], 0
    for part in plain.split("\n"):
        spans.append((pos, pos + len(part)))
        pos += len(part) + 1
    return spans


_LAYOUTS: dict[tuple, list[Text]] = {}
_LAYOUT_CACHE_SIZE = 4096


def layout(text: Text, width: int, mode: str, align_rtl: bool = True) -> list[Text]:
    """text wrapped to width as lines; in visual mode an RTL paragraph is shaped, reordered and right-aligned.

    Shaping and reordering cost about a millisecond a line in pure Python, and
    a reviewer moving up and down sees the same paragraphs again: results are
    kept (callers must not change the lines they get).
    """
    key = (text.plain, str(text.style), tuple((s.start, s.end, str(s.style)) for s in text.spans),
           width, mode, align_rtl)
    lines = _LAYOUTS.get(key)
    if lines is None:
        if len(_LAYOUTS) >= _LAYOUT_CACHE_SIZE:
            _LAYOUTS.clear()
        lines = _LAYOUTS[key] = _layout(text, width, mode, align_rtl)
    return lines


def _layout(text: Text, width: int, mode: str, align_rtl: bool) -> list[Text]:
    plain = text.plain
    rtl = is_rtl_text(plain)
    lines = []
    for start, end in wrap_offsets(plain, width):
        line = text[start:end] if end > start else Text("")
        if mode == VISUAL and (rtl or has_rtl(line.plain)):
            line = visual_line(line, rtl)
            if rtl and align_rtl:
                pad = width - line.cell_len
                if pad > 0:
                    line = Text(" " * pad) + line
        lines.append(line)
    return lines


def has_rtl(plain: str) -> bool:
    """Does the text hold anything right-to-left (Arabic letters and digits, RTL embeddings), so that a terminal
    without bidi draws it wrong?"""
    return any(unicodedata.bidirectional(ch) in ("R", "AL", "AN", "RLE", "RLO", "RLI", "FSI") for ch in plain)


def visual_line(line: Text, rtl: bool | None = None) -> Text:
    """One line in visual order: Arabic shaped, runs reordered, brackets mirrored, styles kept.

    Each style run is shaped on its own (claim edges fall between words, where
    letters do not join), then every character carries its style through the
    bidi algorithm so a highlighted claim stays highlighted after reordering.
    """
    plain = line.plain
    if rtl is None:
        rtl = is_rtl_text(plain)
    runs = _style_runs(line)
    if len(runs) <= 1:
        # One style (every list cell, most paragraph lines): the fast path, when it can promise
        # the same characters in the same order as the algorithm below.
        shown = _fast_display(shape(plain), rtl)
        if shown is not None:
            out = Text(end="", no_wrap=True)
            if shown:
                out.append(shown, runs[0][2])   # a span, as the general path below makes
            return out
    chars: list[tuple[str, Style | str]] = []
    for start, end, style in runs:
        shaped = shape(plain[start:end])
        chars.extend((ch, style) for ch in shaped)
    ordered = _reorder(chars, rtl)
    out = Text(end="", no_wrap=True)
    run, run_style = [], None
    for ch, style in ordered:
        if style != run_style and run:
            out.append("".join(run), run_style)
            run = []
        run.append(ch)
        run_style = style
    if run:
        out.append("".join(run), run_style)
    return out


def _style_runs(line: Text) -> list[tuple[int, int, Style | str]]:
    """Contiguous spans of line that share one combined style."""
    n = len(line.plain)
    if not line.spans:
        return [(0, n, "")] if n else []
    bounds = sorted({0, n, *(s.start for s in line.spans), *(s.end for s in line.spans)})
    runs = []
    for a, b in pairwise(bounds):
        if a >= b or a >= n:
            continue
        styles = [s.style for s in line.spans if s.start <= a and s.end >= b]
        style = Style.combine(Style.parse(s) if isinstance(s, str) else s for s in styles) if styles else ""
        runs.append((a, min(b, n), style))
    return runs


# python-bidi's Python algorithm predates isolates (LRI, RLI, FSI, PDI) and fails an assertion on
# them, which was a crash of the review screen on a claim holding one. Each is read as the embedding
# it replaced (LRE, RLE, PDF): the same one character, and close to what an isolate does.
_ISOLATE_RE = re.compile("[\u2066-\u2069]")
_AS_EMBEDDINGS = {"\u2066": "\u202a", "\u2067": "\u202b", "\u2069": "\u202c"}


def _isolates_as_embeddings(text: str) -> str:
    def embedding(match: re.Match) -> str:
        ch = match.group()
        if ch == "\u2068":   # FSI: the direction of the first strong character after it
            return "\u202b" if is_rtl_text(text[match.end():]) else "\u202a"
        return _AS_EMBEDDINGS[ch]

    return _ISOLATE_RE.sub(embedding, text)


def _reorder(chars: list[tuple[str, object]], rtl: bool) -> list[tuple[str, object]]:
    """The Unicode bidi algorithm (python-bidi's, which mirrors brackets) over styled characters."""
    if not chars:
        return []
    storage = bidi_algorithm.get_empty_storage()
    base = 1 if rtl else 0
    storage["base_level"] = base
    storage["base_dir"] = ("L", "R")[base]
    text = "".join(ch for ch, _ in chars)
    if _ISOLATE_RE.search(text):
        text = _isolates_as_embeddings(text)
    bidi_algorithm.get_embedding_levels(text, storage)
    for entry, (_, style) in zip(storage["chars"], chars):
        entry["style"] = style
    debug = False
    bidi_algorithm.explicit_embed_and_overrides(storage, debug)
    bidi_algorithm.resolve_weak_types(storage, debug)
    bidi_algorithm.resolve_neutral_types(storage, debug)
    bidi_algorithm.resolve_implicit_levels(storage, debug)
    bidi_algorithm.reorder_resolved_levels(storage, debug)
    bidi_algorithm.apply_mirroring(storage, debug)
    return [(entry["ch"], entry.get("style", "")) for entry in storage["chars"]]


# Bidi classes the Rust algorithm resolves as the pure-Python one does (checked character for
# character over the bench workspaces' claims and 200,000 random mixed strings, brackets included).
# Explicit embeddings and isolates (which python-bidi's Python algorithm predates), segment
# separators, NSM and BN take the pure-Python path.
_FAST_CLASSES = frozenset({"L", "R", "AL", "EN", "ES", "ET", "AN", "CS", "ON", "WS"})
# Stand-ins for mirrored characters (brackets, guillemets): class ON like them, but neither mirrored
# nor paired, so the Rust algorithm resolves them by the older rules (N1, N2) python-bidi's Python
# one uses. Each bracket becomes a pair of distinct stand-ins; the pair comes out reversed exactly
# when it was laid out right to left, which is when the bracket is drawn mirrored (rule L4).
_STAND_INS = [c for c in map(chr, range(0x2500, 0x2580)) if bidirectional(c) == "ON" and not mirrored(c)]
_STAND_IN_PAIRS = list(zip(_STAND_INS[0::2], _STAND_INS[1::2]))
_STAND_IN_SET = frozenset(_STAND_INS)


def _fast_display(shaped: str, rtl: bool) -> str | None:
    """shaped (one line, one style) in visual order with brackets mirrored, as python-bidi's Python
    algorithm gives it; None when that cannot be promised (the caller runs that algorithm)."""
    if _rust_display is None:
        return None
    classes = set(map(bidirectional, shaped))
    if not classes <= _FAST_CLASSES:
        return None
    base = "R" if rtl else "L"
    marks = [i for i, ch in enumerate(shaped) if mirrored(ch)] if "ON" in classes else []
    if not marks:
        return _rust_display(shaped, base_dir=base)
    if len(marks) > len(_STAND_IN_PAIRS) or not _STAND_IN_SET.isdisjoint(shaped):
        return None
    chars = list(shaped)
    pair_of: dict[str, tuple[str, str]] = {}   # stand-in -> (its partner next to it, what it draws)
    for (first, second), i in zip(_STAND_IN_PAIRS, marks):
        original = shaped[i]
        chars[i] = first + second
        pair_of[first] = (second, original)
        pair_of[second] = (first, MIRRORED.get(original, original))
    ordered = _rust_display("".join(chars), base_dir=base)
    out: list[str] = []
    i, n = 0, len(ordered)
    while i < n:
        ch = ordered[i]
        pair = pair_of.get(ch)
        if pair is None:
            out.append(ch)
            i += 1
            continue
        if i + 1 >= n or ordered[i + 1] != pair[0]:
            return None   # the pair was split: not the case the stand-ins were chosen for
        out.append(pair[1])
        i += 2
    return "".join(out)


# Characters rich measures one cell wide, from the blocks claims are written in (Latin, Arabic
# and its presentation forms, general punctuation): a cell made of these alone is cut by
# slicing instead of measuring character by character (19 µs -> 3 µs an Arabic list cell).
_ONE_CELL_BLOCKS = [(0x20, 0x7F), (0xA0, 0x300), (0x600, 0x700), (0x750, 0x780), (0xFB50, 0xFE00),
                    (0xFE70, 0xFF00), (0x2010, 0x2028), (0x2030, 0x205F)]
_ONE_CELL_CHARACTERS = "".join(re.escape(chr(code)) for start, end in _ONE_CELL_BLOCKS
                               for code in range(start, end) if cell_len(chr(code)) == 1)
_ONE_CELL = re.compile(f"[{_ONE_CELL_CHARACTERS}]*")


def cells(value: str) -> int:
    """cell_len(value), without measuring character by character when every character is one cell."""
    return len(value) if _ONE_CELL.fullmatch(value) else cell_len(value)


@lru_cache(maxsize=50_000)
def visual_cell(value: str, width: int, mode: str) -> str:
    """A short single-line value (a list cell) cut to width and, in visual mode, put in visual order."""
    value = literal(value).replace("\n", " ")
    if width > 0 and _ONE_CELL.fullmatch(value, 0, width + 1):
        if len(value) > width:
            value = value[:width - 1] + "…"
    elif cell_len(value) > width:
        cut, used = [], 0
        for ch in value:
            w = cell_len(ch)
            if used + w > width - 1:
                break
            cut.append(ch)
            used += w
        value = "".join(cut) + "…"
    if mode == VISUAL and has_rtl(value):
        return visual_line(Text(value)).plain
    return value


__all__ = ["BIDI_MODES", "TERMINAL", "VISUAL", "cells", "default_bidi_mode", "is_rtl_text", "layout", "literal",
           "shape", "visual_cell", "visual_line", "wrap_offsets"]

"""Showing a claim where it stands: the paragraphs around a span, and text made safe for a terminal."""

from __future__ import annotations

import re
from dataclasses import dataclass

# Newswire text is hard-wrapped at ~65 columns and starts a paragraph with an
# indent; everything else has one paragraph a line.
_HARD_WRAP_WIDTH = 90
_INDENTED = re.compile(r"[ \t]{2,}\S")


# C0/C1 controls and DEL would reach a terminal as escape sequences (colours, OSC 8
# links, a cleared screen); each is shown as a visible picture instead (ESC as ␛),
# so an article or a note cannot drive the reviewer's terminal. Newline stays;
# tab becomes a space so columns hold.
_CONTROL_PICTURES = {c: chr(0x2400 + c) for c in range(0x20) if c not in (0x0A, 0x09)}
_CONTROL_PICTURES[0x7F] = "\u2421"
_CONTROL_PICTURES.update({c: f"\\x{c:02x}" for c in range(0x80, 0xA0)})
_CONTROL_PICTURES[0x09] = " "


def literal(text: str | None) -> str:
    """text with every control character made visible, for printing to a terminal as it is."""
    return (text or "").translate(_CONTROL_PICTURES)


@dataclass(frozen=True, slots=True)
class Paragraph:
    start: int
    end: int


def paragraphs(text: str) -> list[Paragraph]:
    """The article's paragraphs as spans (line ends excluded), blank lines skipped."""
    lines: list[tuple[int, int]] = []
    pos = 0
    for raw in text.splitlines(keepends=True):
        body = raw.rstrip("\r\n")
        if body.strip():
            lines.append((pos, pos + len(body)))
        pos += len(raw)
    if not lines:
        return []
    if not _looks_hard_wrapped(text, lines):
        return [Paragraph(s, e) for s, e in lines]
    merged: list[Paragraph] = []
    previous_end = -1
    for s, e in lines:
        gap = text[previous_end:s] if previous_end >= 0 else ""
        starts_new = not merged or gap.count("\n") > 1 or bool(_INDENTED.match(text, s))
        if starts_new:
            merged.append(Paragraph(s, e))
        else:
            merged[-1] = Paragraph(merged[-1].start, e)
        previous_end = e
    return merged


def _looks_hard_wrapped(text: str, lines: list[tuple[int, int]]) -> bool:
    if len(lines) < 6:
        return False
    widths = sorted(e - s for s, e in lines)
    return widths[len(widths) * 9 // 10] <= _HARD_WRAP_WIDTH


@dataclass(frozen=True, slots=True)
class Context:
    """The paragraphs shown around a claim: before, the one(s) holding it, after."""

    before: list[Paragraph]
    holding: Paragraph
    after: list[Paragraph]


def context_of(text: str, start: int, end: int, around: int = 1) -> Context:
    """The paragraph(s) holding text[start:end], with `around` paragraphs on each side."""
    paras = paragraphs(text) or [Paragraph(0, len(text))]
    first = next((i for i, p in enumerate(paras) if p.end >= start), len(paras) - 1)
    last = next((i for i in range(first, len(paras)) if paras[i].end >= end), len(paras) - 1)
    holding = Paragraph(min(paras[first].start, start), max(paras[last].end, end))
    return Context(paras[max(0, first - around):first], holding, paras[last + 1:last + 1 + around])

"""ClaimView: one claim inside its paragraph, with who said it, where, and what reviewers did."""

from __future__ import annotations

from dataclasses import dataclass

from rich.style import Style
from rich.text import Text
from textual.geometry import Region, Size
from textual.scroll_view import ScrollView
from textual.strip import Strip

from workbench.context import context_of
from workbench.model import Claim, Source
from workbench.tui.text import VISUAL, layout, literal
from workbench.tui.widgets.sizing import set_virtual_size

CLAIM_STYLE = "bold reverse"
AROUND_STYLE = "dim"


@dataclass
class ClaimDetail:
    """What the pane needs to show a claim; the screen gathers it (the pane never reads files)."""

    claim: Claim
    source: Source | None
    article: str | None


def claim_paragraphs(detail: ClaimDetail, around: int = 1) -> list[Text]:
    """The paragraphs around the claim as Text, the claim highlighted; literal, never markup."""
    claim, article = detail.claim, detail.article
    if not article or claim.orphaned or claim.end > len(article) or article[claim.start:claim.end] != claim.text:
        quoted = Text(literal(claim.text), style=CLAIM_STYLE)
        note = Text("(the claim's text is no longer in the article)" if claim.orphaned else "", style="italic")
        return [quoted, note] if claim.orphaned else [quoted]
    ctx = context_of(article, claim.start, claim.end, around=around)
    out = [Text(literal(article[p.start:p.end]), style=AROUND_STYLE) for p in ctx.before]
    held = ctx.holding
    body = Text(literal(article[held.start:held.end]))
    # literal() maps one character to one except C1 controls; offsets are recomputed on the literal text.
    start = len(literal(article[held.start:claim.start]))
    end = start + len(literal(claim.text))
    body.stylize(CLAIM_STYLE, start, end)
    out.append(body)
    out.extend(Text(literal(article[p.start:p.end]), style=AROUND_STYLE) for p in ctx.after)
    return out


def detail_blocks(detail: ClaimDetail) -> list[Text]:
    """The pane's content as paragraphs, each laid out on its own (an Arabic one right-aligned)."""
    claim, source = detail.claim, detail.source
    blocks: list[Text] = []
    head = Text()
    head.append(f"{claim.status}", style="bold")
    if claim.reviewed_by:
        head.append(f"  by {literal(claim.reviewed_by)} at {literal(claim.reviewed_at)}", style="dim")
    head.append(f"   claim {claim.id}", style="dim")
    blocks.append(head)
    who = Text()
    who.append("speaker: ", style="dim")
    who.append(literal(claim.speaker) or "(the article itself)", style="cyan")
    who.append("   cue: ", style="dim")
    who.append(literal(claim.cue) or "—")
    who.append("   kind: ", style="dim")
    who.append(claim.kind)
    who.append(f"   worth checking: {claim.checkworthiness:.2f}", style="dim")
    blocks.append(who)
    where = Text()
    where.append("source: ", style="dim")
    where.append(literal(source.title) if source else claim.source, style="bold")
    if source and source.url:
        where.append("  " + literal(source.url), style="underline")
    blocks.append(where)
    blocks.append(Text(""))
    blocks.extend(_spaced(claim_paragraphs(detail)))
    blocks.append(Text(""))
    blocks.append(Text(f"notes ({len(claim.notes)})", style="bold"))
    for note in claim.notes:
        # Who and when on a line of their own: an Arabic note then reads right to left as a whole.
        blocks.append(Text(f"{literal(note.at)} {literal(note.by)}:", style="dim"))
        blocks.extend(_split_lines(Text(literal(note.text))))
    blocks.append(Text(f"evidence ({len(claim.evidence)})", style="bold"))
    for item in claim.evidence:
        line = Text()
        line.append(literal(item.url), style="underline")
        if item.title:
            line.append(f"  {literal(item.title)}", style="bold")
        if item.note:
            line.append(f"  {literal(item.note)}")
        blocks.extend(_split_lines(line))
    return blocks


def _spaced(paragraphs: list[Text]) -> list[Text]:
    out: list[Text] = []
    for i, para in enumerate(paragraphs):
        if i:
            out.append(Text(""))
        out.append(para)
    return out


def _split_lines(text: Text) -> list[Text]:
    # A multi-line note is several paragraphs: each keeps its own direction.
    return list(text.split("\n")) or [text]


def _signature(detail: ClaimDetail | None) -> tuple | None:
    """What the pane's layout depends on: the claim's fields, its source, its article."""
    if detail is None:
        return None
    claim = detail.claim
    return (claim.id, claim.status, claim.reviewed_by, claim.reviewed_at, claim.text, claim.speaker, claim.cue,
            claim.kind, claim.checkworthiness, claim.span, claim.orphaned,
            tuple((n.at, n.by, n.text) for n in claim.notes),
            tuple((e.url, e.title, e.note) for e in claim.evidence),
            id(detail.source), id(detail.article))


class ClaimView(ScrollView, can_focus=False):
    """The detail pane; `show` lays the claim out for the pane's width and the bidi mode.

    Drawn line by line (like ClaimList) rather than as a Static: replacing a
    Static's content makes Textual lay the whole screen out again, which was
    most of the cost of moving from one claim to the next.
    """

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.detail: ClaimDetail | None = None
        self.bidi = VISUAL
        self._laid_out: tuple | None = None
        self._lines: list[Text] = []
        self._strips: dict[int, Strip] = {}
        self._paint: tuple[Style, int] = (Style(), 0)   # set by render_lines for its render_line calls

    def show(self, detail: ClaimDetail | None) -> None:
        """Show detail; the same claim unchanged (a new filter kept it highlighted) is not laid out again."""
        same_claim = (self.detail is not None and detail is not None
                      and self.detail.claim.id == detail.claim.id)
        self.detail = detail
        if not same_claim:
            self.scroll_to(y=0, animate=False, immediate=True)
        self._draw()

    def set_bidi(self, mode: str) -> None:
        self.bidi = mode
        self._laid_out = None
        self._draw()

    def on_resize(self) -> None:
        self._draw()

    @property
    def text(self) -> str:
        """What the pane shows, as plain text (for tests and the end-to-end check)."""
        return "\n".join(line.plain for line in self._lines)

    def _draw(self) -> None:
        width = max(20, self.scrollable_content_region.width or 60)
        key = (_signature(self.detail), width, self.bidi)
        if key == self._laid_out:
            return
        self._laid_out = key
        if self.detail is None:
            lines = [Text("No claim to show: the filter lets none through.", style="dim")]
        else:
            lines = []
            for block in detail_blocks(self.detail):
                lines.extend(layout(block, width, self.bidi))
        self._lines = lines
        self._strips = {}
        set_virtual_size(self, Size(width, len(lines)))
        self.refresh()

    def render_lines(self, crop: Region) -> list[Strip]:
        # The style and width every line needs, worked out once a paint rather than once a line
        # (rich_style walks the ancestors: a third of the pane's drawing time).
        self._paint = (self.rich_style, self.scrollable_content_region.width)
        return super().render_lines(crop)

    def render_line(self, y: int) -> Strip:
        index = int(self.scroll_y) + y
        base, width = self._paint
        if index >= len(self._lines):
            return Strip.blank(width, base)
        strip = self._strips.get(index)
        if strip is None or strip.cell_length != width:
            line = self._lines[index].copy()
            line.end = ""
            segments = list(line.render(self.app.console))
            strip = self._strips[index] = Strip(segments).crop_extend(0, width, base).apply_style(base)
        return strip

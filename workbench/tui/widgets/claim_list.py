"""ClaimList: the claims as one line each, drawn lazily so 100k rows cost what the screen shows."""

from __future__ import annotations

from operator import attrgetter, indexOf
from typing import ClassVar

from rich.segment import Segment
from rich.style import Style
from textual.binding import Binding, BindingType
from textual.geometry import Region, Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip

from workbench.model import Claim
from workbench.tui.text import VISUAL, cells, is_rtl_text, visual_cell
from workbench.tui.widgets.sizing import set_virtual_size

STATUS_WIDTH = 13
SCORE_WIDTH = 5
SPEAKER_WIDTH = 18
_CLAIM_ID = attrgetter("id")

# Decided ratings read green-ish to red-ish by value; undecided ones stay dim.
STATUS_STYLES = {
    "unreviewed": Style(dim=True),
    "in-progress": Style(color="yellow"),
    "true": Style(color="green", bold=True),
    "mostly-true": Style(color="green"),
    "misleading": Style(color="dark_orange"),
    "false": Style(color="red", bold=True),
    "unverifiable": Style(color="magenta"),
    "not-a-claim": Style(color="grey50"),
}


class ClaimList(ScrollView, can_focus=True):
    """One row per claim: status, check-worthiness, speaker, the claim's start."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("up", "move(-1)", "Up", show=False, id="list-up"),
        Binding("down", "move(1)", "Down", show=False, id="list-down"),
        Binding("pageup", "page(-1)", "Page up", show=False, id="list-page-up"),
        Binding("pagedown", "page(1)", "Page down", show=False, id="list-page-down"),
        Binding("home", "jump(0)", "First", show=False, id="list-first"),
        Binding("end", "jump(-1)", "Last", show=False, id="list-last"),
    ]

    cursor: reactive[int] = reactive(0, always_update=True, init=False)

    class Highlighted(Message):
        """The highlighted claim changed (None: the list is empty)."""

        def __init__(self, claim: Claim | None) -> None:
            super().__init__()
            self.claim = claim

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.rows: list[Claim] = []
        self.bidi = VISUAL
        self._cache: dict[tuple, Strip] = {}
        self._shown_id: str | None = None
        self._base_style = Style()   # these two are set by render_lines for its render_line calls
        self._width = 0

    # calls down -----------------------------------------------------------
    def show(self, rows: list[Claim], keep: str | None = None) -> None:
        """Replace the rows, keeping the cursor on claim `keep` when it is still there."""
        self.rows = rows
        index = 0
        if keep is not None:
            # Looked for in C, stopping at the claim: a search rarely keeps the highlighted claim,
            # so the whole list is read (100,000 rows: 4.8 ms as a generator, 3.8 ms this way).
            try:
                index = indexOf(map(_CLAIM_ID, rows), keep)
            except ValueError:
                index = min(self.cursor, max(0, len(rows) - 1))
        # The row cache stays: its key holds everything a row shows, and a new
        # filter mostly shows rows already drawn.
        set_virtual_size(self, Size(self.size.width, len(rows)))
        self.cursor = index
        self.refresh()

    def set_bidi(self, mode: str) -> None:
        self.bidi = mode
        self._cache.clear()
        self.refresh()

    def refresh_claim(self, claim: Claim) -> None:
        """Redraw claim's row (its status or text changed); the row cache keys on both."""
        for i, row in enumerate(self.rows):
            if row.id == claim.id:
                self.rows[i] = claim
                self.refresh_line(i)
                break

    def refresh_line(self, index: int) -> None:
        self.refresh(Region(0, index - int(self.scroll_y), self.size.width, 1))

    @property
    def highlighted(self) -> Claim | None:
        return self.rows[self.cursor] if 0 <= self.cursor < len(self.rows) else None

    def move_to(self, index: int) -> None:
        if self.rows:
            self.cursor = max(0, min(index, len(self.rows) - 1))

    def move_to_claim(self, claim_id: str) -> bool:
        index = next((i for i, c in enumerate(self.rows) if c.id == claim_id), None)
        if index is None:
            return False
        self.cursor = index
        return True

    # actions ----------------------------------------------------------------
    def action_move(self, delta: int) -> None:
        self.move_to(self.cursor + delta)

    def action_page(self, direction: int) -> None:
        self.move_to(self.cursor + direction * max(1, self.size.height - 1))

    def action_jump(self, index: int) -> None:
        self.move_to(index if index >= 0 else len(self.rows) - 1)

    def watch_cursor(self, old: int, new: int) -> None:
        self.refresh_line(old)
        self.refresh_line(new)
        self.scroll_to_region(Region(0, new, 1, 1), animate=False, immediate=True)
        claim = self.highlighted
        if claim is None or claim.id != self._shown_id:
            self._shown_id = claim.id if claim else None
            self.post_message(self.Highlighted(claim))

    def on_resize(self) -> None:
        self.virtual_size = Size(self.size.width, len(self.rows))
        self._cache.clear()

    def on_click(self, event) -> None:
        self.move_to(int(self.scroll_y) + event.y)

    # drawing ----------------------------------------------------------------
    def render_lines(self, crop: Region) -> list[Strip]:
        # rich_style walks the ancestors: worked out once a paint, not once a row. The width is
        # the scrollbar's left: a row drawn over it lost an Arabic claim's first letters.
        self._base_style = self.rich_style
        self._width = self.scrollable_content_region.width
        return super().render_lines(crop)

    def render_line(self, y: int) -> Strip:
        index = int(self.scroll_y) + y
        width = self._width
        if index >= len(self.rows):
            return Strip.blank(width, self._base_style)
        claim = self.rows[index]
        selected = index == self.cursor
        key = (claim.id, claim.status, claim.speaker, claim.checkworthiness, width, self.bidi, selected,
               self.has_focus)
        strip = self._cache.get(key)
        if strip is None:
            strip = self._draw(claim, width, selected)
            if len(self._cache) > 4000:
                self._cache.clear()
            self._cache[key] = strip
        return strip

    def _draw(self, claim: Claim, width: int, selected: bool) -> Strip:
        base = self._base_style
        status = claim.status[: STATUS_WIDTH - 1].ljust(STATUS_WIDTH)
        score = f"{claim.checkworthiness:.2f}".ljust(SCORE_WIDTH)
        speaker_w = min(SPEAKER_WIDTH, max(6, width // 4))
        speaker = _pad(visual_cell(claim.speaker or "—", speaker_w - 1, self.bidi), speaker_w)
        rest = max(1, width - STATUS_WIDTH - SCORE_WIDTH - speaker_w)
        # An Arabic claim drawn by us reads from the right edge of its column, as its paragraph does.
        right = self.bidi == VISUAL and is_rtl_text(claim.text)
        text = _pad(visual_cell(claim.text, rest - 1, self.bidi), rest - 1, right=right) + " "
        segments = [
            Segment(status, base + STATUS_STYLES.get(claim.status, Style())),
            Segment(score, base + Style(dim=True)),
            Segment(speaker, base + Style(color="cyan")),
            Segment(text, base),
        ]
        if cells(status) + cells(score) + cells(speaker) + cells(text) == width:
            # Exactly the row's width (the usual case): nothing to crop or pad, and Strip is told the
            # length rather than measuring the Arabic text again, character by character.
            strip = Strip(segments, width)
        else:
            strip = Strip(segments).crop_extend(0, width, base)
        if selected:
            highlight = Style(reverse=True) if self.has_focus else Style(underline=True)
            strip = strip.apply_style(highlight)
        return strip

    def on_focus(self) -> None:
        self.refresh()

    def on_blur(self) -> None:
        self.refresh()


def _pad(value: str, width: int, right: bool = False) -> str:
    fill = " " * max(0, width - cells(value))
    return fill + value if right else value + fill

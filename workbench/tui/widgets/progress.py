"""ReviewHeader and ProblemList: how far the review is, and which files could not be read."""

from __future__ import annotations

from collections import Counter

from rich.text import Text
from textual.widget import Widget
from textual.widgets import Static

from workbench.model import RatingScale
from workbench.store import Problem
from workbench.tui.text import literal


def progress_text(counts: Counter, scale: RatingScale) -> str:
    """`decided/total` over the listed claims, as the spec reads it: `12/89`."""
    total = sum(counts.values())
    decided = sum(n for name, n in counts.items() if (r := scale.get(name)) and r.decided)
    return f"{decided}/{total}"


class ReviewHeader(Widget):
    """Progress (decided/total, per status), the filter, the sort, the bidi mode and the last thing done.

    A plain Widget rather than a Static: updating a Static re-lays-out the
    screen, and the header changes at every decision.
    """

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.progress = "0/0"
        self.last_action = ""
        self._line = Text()

    @property
    def text(self) -> str:
        return self._line.plain

    def render(self) -> Text:
        return self._line

    def note_action(self, what: str) -> None:
        """What was just done ("3fa2c19e marked false"), shown until the next thing is done."""
        self.last_action = what

    def show(self, counts: Counter, scale: RatingScale, filter_text: str, sort_text: str, bidi: str,
             loading: tuple[int, int] | None = None, listed: int | None = None) -> None:
        self.progress = progress_text(counts, scale)
        line = Text(no_wrap=True, overflow="ellipsis")
        line.append(f" {self.progress} decided ", style="bold reverse")
        for rating in scale.ratings:
            if counts.get(rating.name):
                line.append(f"  {rating.name} {counts[rating.name]}")
        line.append("   │ ", style="dim")
        line.append(f"filter: {literal(filter_text)}", style="dim")
        if listed is not None:
            line.append(f" ({listed:,} listed)", style="bold")
        line.append(f"  sort: {sort_text}  bidi: {bidi}", style="dim")
        if loading:
            line.append(f"   loading {loading[0]:,}/{loading[1]:,}", style="yellow")
        if self.last_action:
            line.append("   │ ", style="dim")
            line.append(literal(self.last_action), style="green")
        self._line = line
        self.refresh()


class ProblemList(Static):
    """Files that did not load, as `path:line: reason`; hidden while there are none."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id, markup=False)
        self.problems: list[Problem] = []
        self._drawn = False

    def show(self, problems: list[Problem]) -> None:
        if self._drawn and list(problems) == self.problems:
            return   # unchanged: updating a Static lays the screen out again
        self._drawn = True
        self.problems = list(problems)
        self.display = bool(problems)
        text = Text(f"{len(problems)} file(s) could not be used:\n", style="bold red")
        for problem in problems[:50]:
            text.append(literal(str(problem)) + "\n", style="red")
        if len(problems) > 50:
            text.append(f"... and {len(problems) - 50} more (workbench validate lists them all)\n", style="red")
        self.update(text)

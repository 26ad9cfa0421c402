"""ReviewHeader and ProblemList: how far the review is, and which files could not be read."""

from __future__ import annotations

from collections import Counter

from rich.text import Text
from textual.widgets import Static

from workbench.model import RatingScale
from workbench.store import Problem
from workbench.tui.text import literal


def progress_text(counts: Counter, scale: RatingScale) -> str:
    """`decided/total` over the listed claims, as the spec reads it: `12/89`."""
    total = sum(counts.values())
    decided = sum(n for name, n in counts.items() if (r := scale.get(name)) and r.decided)
    return f"{decided}/{total}"


class ReviewHeader(Static):
    """Progress (decided/total, per status), the filter, the sort and the bidi mode, on one or two lines."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id, markup=False)
        self.progress = "0/0"

    def show(self, counts: Counter, scale: RatingScale, filter_text: str, sort_text: str, bidi: str,
             loading: tuple[int, int] | None = None) -> None:
        self.progress = progress_text(counts, scale)
        line = Text()
        line.append(f" {self.progress} decided ", style="bold reverse")
        for rating in scale.ratings:
            if counts.get(rating.name):
                line.append(f"  {rating.name} {counts[rating.name]}")
        line.append("   │ ", style="dim")
        line.append(f"filter: {literal(filter_text)}  sort: {sort_text}  bidi: {bidi}", style="dim")
        if loading:
            line.append(f"   loading {loading[0]:,}/{loading[1]:,}", style="yellow")
        self.update(line)


class ProblemList(Static):
    """Files that did not load, as `path:line: reason`; hidden while there are none."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id, markup=False)
        self.problems: list[Problem] = []

    def show(self, problems: list[Problem]) -> None:
        self.problems = list(problems)
        self.display = bool(problems)
        text = Text(f"{len(problems)} file(s) could not be used:\n", style="bold red")
        for problem in problems[:50]:
            text.append(literal(str(problem)) + "\n", style="red")
        if len(problems) > 50:
            text.append(f"... and {len(problems) - 50} more (workbench validate lists them all)\n", style="red")
        self.update(text)

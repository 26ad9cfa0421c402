"""ArticleScreen: the whole source article, scrolled to the claim, every claim of it underlined."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Footer, Static

from workbench.context import paragraphs
from workbench.model import Claim, Source
from workbench.tui.text import layout, literal


def article_lines(article: str, claim: Claim, others: list[Claim], width: int, mode: str) -> tuple[list[Text], int]:
    """The article laid out paragraph by paragraph, and the line where the claim starts."""
    lines: list[Text] = []
    target = 0
    for para in paragraphs(article) or []:
        body = Text(literal(article[para.start:para.end]))
        for other in others:
            if para.start <= other.start < para.end and not other.orphaned:
                style = "bold reverse" if other.id == claim.id else "underline"
                body.stylize(style, other.start - para.start, min(other.end, para.end) - para.start)
        if para.start <= claim.start <= para.end:
            target = len(lines)
        lines.extend(layout(body, width, mode))
        lines.append(Text(""))
    return lines, target


class ArticleScreen(Screen):
    """Read-only; escape, q or o go back to the claims."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape,q,o", "back", "Back to claims", id="article-back",
                        tooltip="Close the article and return to the review")]

    def __init__(self, claim: Claim, source: Source | None, article: str, others: list[Claim], mode: str) -> None:
        super().__init__()
        self.claim, self.source, self.article, self.others, self.mode = claim, source, article, others, mode

    def compose(self) -> ComposeResult:
        yield Static(id="article-title", markup=False)
        with VerticalScroll(id="article-scroll"):
            yield Static(id="article-body", markup=False)
        yield Footer()

    def on_resize(self) -> None:
        self.call_after_refresh(self._draw)

    def on_mount(self) -> None:
        self.call_after_refresh(self._draw)

    def _draw(self) -> None:
        title = Text()
        title.append(literal(self.source.title) if self.source else self.claim.source, style="bold")
        if self.source and self.source.url:
            title.append("  " + literal(self.source.url), style="underline")
        # One line, in visual order when asked, like every other Arabic on screen.
        self.query_one("#article-title", Static).update(layout(title, 10_000, self.mode, align_rtl=False)[0])
        scroll = self.query_one("#article-scroll", VerticalScroll)
        width = max(20, scroll.scrollable_content_region.width - 1)
        lines, target = article_lines(self.article, self.claim, self.others, width, self.mode)
        self.query_one("#article-body", Static).update(Text("\n", no_wrap=True).join(lines))
        self.call_after_refresh(lambda: scroll.scroll_to(y=max(0, target - 3), animate=False))

    def action_back(self) -> None:
        self.dismiss()

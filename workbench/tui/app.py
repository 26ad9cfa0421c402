"""ReviewApp: wiring of the catalog, the decisions and the review screen."""

from __future__ import annotations

from textual.app import App

from workbench.store import Workspace
from workbench.tui.catalog import ClaimCatalog, Filter
from workbench.tui.decisions import Decisions
from workbench.tui.screens.review import ReviewScreen
from workbench.tui.text import default_bidi_mode


class ReviewApp(App):
    """`workbench review`: nothing here but putting the parts together."""

    CSS_PATH = "review.tcss"
    TITLE = "claim workbench: review"

    def __init__(self, ws: Workspace, source: str | None = None, status: str | None = None,
                 bidi: str | None = None, reviewer: str | None = None) -> None:
        super().__init__()
        self.ws = ws
        self.catalog = ClaimCatalog(ws, source=source)
        # Asked once: the store would otherwise run `git config` on every decision.
        self.decisions = Decisions(ws, self.catalog, reviewer or ws.reviewer())
        self.bidi = bidi or default_bidi_mode()
        self.initial_filter = Filter(status=status, source=source)

    def on_mount(self) -> None:
        self.push_screen(ReviewScreen(self.catalog, self.decisions, self.bidi, self.initial_filter))

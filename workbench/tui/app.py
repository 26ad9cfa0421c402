"""ReviewApp: wiring of the catalog, the decisions and the review screen."""

from __future__ import annotations

import gc
import time

from textual import events
from textual.app import App

from workbench.store import Workspace
from workbench.tui.catalog import ClaimCatalog, Filter
from workbench.tui.decisions import Decisions
from workbench.tui.screens.review import ReviewScreen
from workbench.tui.text import default_bidi_mode

# A full collection (the oldest generation) while the reviewer works costs 5-25 ms at
# 10,000 claims (bench_tui: 5-24 ms, most of it the cyclic garbage Textual's frames leave,
# the claims themselves being frozen), landing on whichever key happens to trigger it:
# the difference between a search in 15 ms and one in 35. So the interpreter runs one
# only after this many collections of the middle generation (normally 10) ...
FULL_COLLECTION_AFTER = 1000
# ... and the app runs one itself once a second has passed with no key or mouse event and
# almost no work: a search applied or the list filtered without a key (a timer, a script,
# the benchmark) is work too, and a collection then would land on the next one.
IDLE_BEFORE_COLLECTING = 1.0   # seconds
QUIET_CPU = 0.01               # CPU seconds the app may have used in that second (a cursor blink: ~1 ms)


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
        self._last_input = time.monotonic()
        self._cpu_seen = time.process_time()
        self._gc_thresholds: tuple[int, int, int] | None = None

    def on_mount(self) -> None:
        self._gc_thresholds = gc.get_threshold()
        young, middle, _ = self._gc_thresholds
        gc.set_threshold(young, middle, FULL_COLLECTION_AFTER)
        self.set_interval(IDLE_BEFORE_COLLECTING, self.collect_when_idle, name="idle-gc")
        self.push_screen(ReviewScreen(self.catalog, self.decisions, self.bidi, self.initial_filter))

    def on_unmount(self) -> None:
        # The thresholds are the process's: an app run inside another program (the tests) gives them back.
        if self._gc_thresholds is not None:
            gc.set_threshold(*self._gc_thresholds)

    async def on_event(self, event: events.Event) -> None:
        if isinstance(event, events.InputEvent):
            self._last_input = time.monotonic()
        await super().on_event(event)

    def collect_when_idle(self) -> None:
        """The full collection the raised threshold holds back, run while nobody waits for a key."""
        cpu = time.process_time()
        busy, self._cpu_seen = cpu - self._cpu_seen, cpu
        if gc.get_count()[2] and busy < QUIET_CPU and time.monotonic() - self._last_input >= IDLE_BEFORE_COLLECTING:
            gc.collect()
            self._cpu_seen = time.process_time()   # the collection's own time is not the reviewer's work

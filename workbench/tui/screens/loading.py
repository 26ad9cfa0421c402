"""LoadsClaims: how the review screen fills its list, first screen first, and keeps up with the disk."""

from __future__ import annotations

import gc
import sqlite3
import subprocess
import time

from workbench.model import Claim, WorkbenchError
from workbench.tui.catalog import gather
from workbench.tui.text import VISUAL, remember_shapes, unshaped_words

FIRST_BATCH = 100        # claims read before the first screen: enough to fill it
BATCH = 1000             # then read in the background in batches this size
INDEX_FROM = 2000        # with this many claims still to read, read them from the search index
REDRAW_EVERY = 2.0       # seconds between list refreshes while loading (each sorts all loaded so far)
COUNT_EVERY = 0.4        # seconds between updates of the "loading n/N" counter
DISK_CHECK_EVERY = 1.0   # seconds between looks for claim files changed by someone else


def settle_memory() -> None:
    """Exempt what is loaded so far from the cyclic garbage collector.

    Tens of thousands of claims (and their notes) live as long as the app and
    hold no reference cycles, yet every full collection walks them all: 100 ms
    and more, landing on a random key press. gc.freeze moves them out of its way.
    """
    gc.freeze()


class LoadsClaims:
    """Mixed into ReviewScreen: the catalog, list and messages are the screen's."""

    def start_loading(self) -> None:
        """Read enough claims for the first screen now, the rest in a thread, and look at the disk every second."""
        self._last_redraw = self._last_count = time.monotonic()
        self.catalog.discover()
        batches = self.catalog.iter_pending(FIRST_BATCH)
        first = next(batches, [])
        self.catalog.add(*self.catalog.read(first))
        settle_memory()
        self.refresh_view(announce=False)
        if not self.catalog.complete:
            # Started once the first screen is drawn: the parsing thread would otherwise hold
            # the interpreter while Textual paints it.
            self.call_after_refresh(self.run_worker, lambda: self._load_rest(batches), thread=True, group="load",
                                    name="load-claims")
        self.set_interval(DISK_CHECK_EVERY, self.check_disk, name="disk-check")

    def _load_rest(self, batches) -> None:
        # Runs in a thread: parsing YAML is the slow part; the list grows as batches land.
        if self.catalog.expected - self.catalog.loaded >= INDEX_FROM:
            try:
                claims, problems = self.catalog.read_indexed(skip=set(self.catalog.claims))
            except (WorkbenchError, sqlite3.Error, OSError, subprocess.SubprocessError):
                pass   # no usable index (read-only workspace, locked database, no time): read the files
            else:
                for start in range(0, len(claims), BATCH):
                    batch = claims[start:start + BATCH]
                    self.app.call_from_thread(self._add_loaded, batch, [], self._shapes_for(batch))
                self.app.call_from_thread(self._finish_loading, problems)
                return
        for paths in gather(batches, BATCH):
            claims, problems = self.catalog.read(paths)
            self.app.call_from_thread(self._add_loaded, claims, problems, self._shapes_for(claims))
        self.app.call_from_thread(self._finish_loading, [])

    def _shapes_for(self, claims: list[Claim]) -> dict[str, str]:
        # Shaped here, in the loading thread, the Arabic words a search would otherwise shape while
        # the reviewer waits: about half of drawing a page of rows not seen before (~75 ms in all
        # for the 10,000 claims of bench_tui, a few MB of words at 100,000).
        if self.bidi != VISUAL:
            return {}
        return unshaped_words(text for claim in claims for text in (claim.text, claim.speaker or ""))

    def _finish_loading(self, problems) -> None:
        self.catalog.add_problems(problems)
        self.catalog.finish_loading()
        self.refresh_view(announce=False)
        # Sorted now, while the reviewer reads, rather than on their first `s`.
        self.call_after_refresh(self.catalog.ordered, "checkworthiness")
        self.call_after_refresh(self.catalog.prepare_search)


    def _add_loaded(self, claims: list[Claim], problems, shapes: dict[str, str] | None = None) -> None:
        if shapes:
            remember_shapes(shapes)
        self.catalog.add(claims, problems)
        settle_memory()
        now = time.monotonic()
        if self.catalog.complete or now - self._last_redraw > REDRAW_EVERY:
            self._last_redraw = self._last_count = now
            self.refresh_view(announce=False)
        elif now - self._last_count > COUNT_EVERY:
            self._last_count = now
            self.update_header()

    # other people's changes ----------------------------------------------------
    def check_disk(self) -> None:
        """Reload claim files changed on disk; a claim this session decided and someone re-decided is a conflict."""
        if not self.catalog.complete:
            return
        highlighted = self.highlighted
        also = [self.ws.claim_path(highlighted)] if highlighted else []
        changes = self.catalog.disk_changes(also)
        if not changes:
            return
        reloaded: list[Claim] = []
        for path in changes.removed:
            self.catalog.forget(path)
        for path in changes.changed:
            fresh = self.catalog.reload(path)
            if fresh:
                reloaded.append(fresh)
        self.refresh_view(announce=False)
        for claim in reloaded:
            self._changed(claim)
        self.post_message(self.Reloaded(reloaded))
        shown = ", ".join(self.ws.relative(p) for p in changes.changed[:3])
        self.notify(f"Changed on disk, reloaded: {shown}{' …' if len(changes.changed) > 3 else ''}", timeout=4)
        for claim in reloaded:
            mine = self.decisions.marked_here.get(claim.id)
            if mine and claim.status != mine:
                self._overridden(claim, mine)

    def _overridden(self, claim: Claim, mine: str) -> None:
        """Someone changed a status this session set: show both, let the reviewer choose."""
        self._ask_conflict(claim, claim, f"mark {mine} (your decision in this session)",
                           lambda force: self.decisions.mark(claim, mine, force=True),
                           lambda c: self._decided(c, mine))

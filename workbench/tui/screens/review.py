"""ReviewScreen: the claim list beside the claim, one key per decision, every change on disk at once."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.command import Provider
from textual.containers import Horizontal, Vertical
from textual.message import Message
from textual.screen import Screen
from textual.timer import Timer
from textual.widgets import Footer, Input

from workbench.model import Claim, Evidence, WorkbenchError
from workbench.store import ClaimConflictError
from workbench.tui.catalog import SORT_LABELS, UNDECIDED, ClaimCatalog, Filter
from workbench.tui.commands import ReviewCommands
from workbench.tui.decisions import Decisions
from workbench.tui.dialogs.conflict import USE_MINE, ConflictModal, describe
from workbench.tui.dialogs.duplicates import DuplicatesModal
from workbench.tui.dialogs.filter import FilterModal
from workbench.tui.dialogs.keys import KeysModal
from workbench.tui.dialogs.note import EvidenceModal, NoteModal
from workbench.tui.keys import rating_bindings
from workbench.tui.screens.article import ArticleScreen
from workbench.tui.screens.loading import LoadsClaims
from workbench.tui.text import BIDI_MODES, literal
from workbench.tui.widgets.claim_list import ClaimList
from workbench.tui.widgets.claim_view import ClaimDetail, ClaimView
from workbench.tui.widgets.progress import ProblemList, ReviewHeader

SEARCH_DELAY = 0.15      # seconds of no typing before the search is applied


class ReviewScreen(LoadsClaims, Screen):
    """The main screen; actions act on the highlighted claim, from a key or from the palette."""

    COMMANDS: ClassVar[set[type[Provider]]] = {ReviewCommands}

    # In footer order after the rating keys: what a reviewer needs most comes first.
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("n", "note", "Note", id="add-note", tooltip="Write a note on the claim (multi-line)"),
        Binding("e", "evidence", "Evidence", id="add-evidence", tooltip="Add evidence: url, title, note"),
        Binding("u,ctrl+z", "undo", "Undo", id="undo", tooltip="Undo the last decision, note or evidence"),
        Binding("slash", "search", "Search", id="search", key_display="/",
                tooltip="Search claim text, speaker and notes (typo- and Arabic-spelling-tolerant)"),
        Binding("question_mark", "keys", "Keys", id="show-keys", key_display="?", tooltip="List every key"),
        Binding("o", "open_source", "Article", id="open-source", tooltip="Open the source article at the claim"),
        Binding("D", "copy_to_duplicates", "Duplicates", id="copy-to-duplicates",
                tooltip="The claim's near-duplicates in other sources: copy its decision to those you tick"),
        Binding("a", "toggle_undecided", "Undecided", id="filter-undecided",
                tooltip="Show only undecided claims, or all again"),
        Binding("F", "filters", "Filters", id="filters", tooltip="Filter by status, source, speaker, language"),
        Binding("s", "toggle_sort", "Sort", id="toggle-sort", tooltip="Article order or check-worthiness"),
        Binding("b", "toggle_bidi", "Bidi", id="toggle-bidi",
                tooltip="Arabic: shape and reorder here (visual) or leave it to the terminal"),
        Binding("j", "move(1)", "Next", id="next-claim", tooltip="Highlight the next claim (also ↓)"),
        Binding("k", "move(-1)", "Previous", id="previous-claim", tooltip="Highlight the previous claim (also ↑)"),
        Binding("escape", "escape", "Close search", show=False, id="close-search",
                tooltip="Clear the search and go back to the list"),
    ]

    class Decided(Message):
        """A claim's status is on disk."""

        def __init__(self, claim: Claim, status: str) -> None:
            super().__init__()
            self.claim, self.status = claim, status

    class Annotated(Message):
        """A note or evidence is on disk."""

        def __init__(self, claim: Claim, what: str) -> None:
            super().__init__()
            self.claim, self.what = claim, what

    class Undone(Message):
        def __init__(self, claim: Claim, what: str) -> None:
            super().__init__()
            self.claim, self.what = claim, what

    class Filtered(Message):
        def __init__(self, flt: Filter, count: int) -> None:
            super().__init__()
            self.filter, self.count = flt, count

    class Reloaded(Message):
        """Claim files changed on disk and were read again."""

        def __init__(self, claims: list[Claim]) -> None:
            super().__init__()
            self.claims = claims

    def __init__(self, catalog: ClaimCatalog, decisions: Decisions, bidi: str, flt: Filter) -> None:
        super().__init__()
        self.catalog, self.decisions, self.bidi, self.filter = catalog, decisions, bidi, flt
        self.ws = catalog.ws
        self.rating_keys = rating_bindings(catalog.scale, reserved=self._reserved_keys())
        # The rating keys come from the workspace, so they are bound per instance;
        # they go first because the footer shows bindings in order and cuts the tail.
        ordered: dict[str, list[Binding]] = {}
        for binding in self.rating_keys:
            ordered.setdefault(binding.key, []).append(binding)
        for key, bindings in self._bindings.key_to_bindings.items():
            ordered.setdefault(key, []).extend(bindings)
        self._bindings.key_to_bindings = ordered
        self._search_timer: Timer | None = None

    def _reserved_keys(self) -> set[str]:
        keys = {k.strip() for b in self.BINDINGS for k in b.key.split(",")}
        return keys | {b.key for b in ClaimList.BINDINGS} | {"q", "r", "g"}

    def compose(self) -> ComposeResult:
        yield ReviewHeader(id="review-header")
        with Horizontal(id="panes"):
            with Vertical(id="list-pane"):
                yield Input(placeholder="search text, speaker, notes", id="search")
                yield ClaimList(id="claim-list")
                yield ProblemList(id="problems")
            yield ClaimView(id="claim-view")
        yield Footer()

    # loading -----------------------------------------------------------------
    def on_mount(self) -> None:
        self.query_one("#search", Input).display = False
        claims = self.query_one(ClaimList)
        claims.set_bidi(self.bidi)
        self.query_one(ClaimView).bidi = self.bidi
        claims.focus()
        self.start_loading()

    # showing -----------------------------------------------------------------
    @property
    def claim_list(self) -> ClaimList:
        return self.query_one(ClaimList)

    @property
    def highlighted(self) -> Claim | None:
        return self.claim_list.highlighted

    def refresh_view(self, keep: str | None = None, announce: bool = True) -> None:
        """Apply the filter to the catalog and show the result, the cursor kept on the same claim."""
        claims = self.claim_list
        current = keep or (claims.highlighted.id if claims.highlighted else None)
        rows = self.catalog.view(self.filter)
        claims.show(rows, keep=current)
        self.follow_cursor()
        self.update_header()
        self.query_one(ProblemList).show(self.catalog.problems)
        if announce:
            self.post_message(self.Filtered(self.filter, len(rows)))

    def update_header(self) -> None:
        loading = None if self.catalog.complete else (self.catalog.loaded, self.catalog.expected)
        # Progress is the review's (every claim in scope), not the filter's: "undecided" would read 0/n forever.
        everything = Filter(source=self.catalog.source, sort=self.filter.sort)
        listed = None if self.filter.but(sort="article") == everything.but(sort="article") else \
            len(self.claim_list.rows)
        self.query_one(ReviewHeader).show(self.catalog.counts(everything), self.catalog.scale,
                                          self.filter.describe(), SORT_LABELS[self.filter.sort], self.bidi,
                                          loading, listed)

    def on_claim_list_highlighted(self, event: ClaimList.Highlighted) -> None:
        self.show_detail(event.claim)

    def follow_cursor(self) -> None:
        """Show the highlighted claim now if the pane shows another one.

        Called where the screen itself moves the cursor or changes the list: the pane is then
        painted in the same frame as the list, rather than a frame later when the list's
        Highlighted message arrives (by then a no-op). One frame instead of two costs a third
        less CPU per search at 10,000 claims: the pane, header and containers are drawn once.
        """
        claim = self.highlighted
        view = self.query_one(ClaimView)
        shown = view.detail.claim.id if view.detail is not None else None
        if (claim.id if claim else None) != shown:
            self.show_detail(claim)

    def show_detail(self, claim: Claim | None) -> None:
        view = self.query_one(ClaimView)
        if claim is None:
            view.show(None)
            return
        if self.catalog.verify(claim):
            # Read from the index, and its file says otherwise: the file wins.
            self.claim_list.refresh_claim(claim)
            self.update_header()
        view.show(ClaimDetail(claim, self.catalog.source_meta(claim.source), self.catalog.article(claim.source)))

    def _changed(self, claim: Claim) -> None:
        """A claim's content changed (our write, an undo, a reload): redraw its row, the header, the pane."""
        self.claim_list.refresh_claim(claim)
        self.update_header()
        if self.highlighted and self.highlighted.id == claim.id:
            self.show_detail(claim)

    # deciding -----------------------------------------------------------------
    def action_mark(self, status: str) -> None:
        claim = self.highlighted
        if claim is None:
            self.notify("No claim to mark.", severity="warning")
            return
        self._write(claim, f"mark {status}", lambda force: self.decisions.mark(claim, status, force),
                    lambda c: self._decided(c, status))

    def _decided(self, claim: Claim, status: str) -> None:
        # Said in the header, not in a toast: a toast per decision costs a layout of the screen.
        self.claim_list.refresh_claim(claim)
        self.query_one(ReviewHeader).note_action(f"{claim.id[:8]} marked {status}")
        self.update_header()
        self.post_message(self.Decided(claim, status))
        if not self.move_to_next_undecided():
            self.show_detail(claim)

    def _write(self, claim: Claim, mine: str, write, done) -> None:
        """Run write (on disk before this returns); on a conflict ask the reviewer whose version stands."""
        try:
            write(False)
        except ClaimConflictError as exc:
            self._ask_conflict(claim, exc.current, mine, write, done)
            return
        except WorkbenchError as exc:
            self.notify(f"Not saved: {exc}", severity="error", timeout=8)
            return
        done(claim)

    def _ask_conflict(self, claim: Claim, theirs: Claim | None, mine: str, write, done) -> None:
        path = self.ws.relative(self.ws.claim_path(claim))

        def chosen(choice: str | None) -> None:
            if choice == USE_MINE:
                try:
                    write(True)
                except WorkbenchError as exc:
                    self.notify(f"Not saved: {exc}", severity="error", timeout=8)
                    return
                done(claim)
            else:
                self.decisions.marked_here.pop(claim.id, None)
                fresh = self.catalog.reload(self.ws.claim_path(claim))
                self.refresh_view(keep=claim.id, announce=False)
                if fresh:
                    self._changed(fresh)
                self.notify(f"Kept the version on disk: {describe(fresh)}", timeout=4)

        self.app.push_screen(ConflictModal(path, theirs, mine), chosen)

    def move_to_next_undecided(self) -> bool:
        """Highlight the next undecided claim after the cursor, wrapping; True when another claim is highlighted."""
        claims = self.claim_list
        rows, start = claims.rows, claims.cursor
        for offset in range(1, len(rows) + 1):
            i = (start + offset) % len(rows)
            if not self.catalog.is_decided(rows[i]):
                claims.move_to(i)
                self.follow_cursor()
                return i != start
        if rows:
            self.notify(f"Every listed claim is decided ({self.query_one(ReviewHeader).progress}).", timeout=4)
        return False

    def action_note(self) -> None:
        claim = self.highlighted
        if claim is None:
            return

        def save(text: str | None) -> None:
            if text:
                self._write(claim, "add a note", lambda force: self.decisions.note(claim, text, force),
                            lambda c: self._annotated(c, "note"))

        self.app.push_screen(NoteModal(f"Note on {claim.id[:8]}: {literal(claim.text)[:60]}", self.bidi), save)

    def action_evidence(self) -> None:
        claim = self.highlighted
        if claim is None:
            return

        def save(item: Evidence | None) -> None:
            if item:
                self._write(claim, f"add evidence {item.url}",
                            lambda force: self.decisions.evidence(claim, item, force),
                            lambda c: self._annotated(c, "evidence"))

        self.app.push_screen(EvidenceModal(self.bidi), save)

    def action_copy_to_duplicates(self) -> None:
        claim = self.highlighted
        if claim is None:
            return
        if not self.catalog.is_decided(claim):
            self.notify(f"{claim.id[:8]} is {claim.status}: decide it first, then copy the decision.",
                        severity="warning", timeout=4)
            return
        pairs = self.catalog.duplicates_of(claim)
        if not pairs:
            self.notify("No near-duplicates of this claim in other sources.", timeout=3)
            return

        def copy(ticked: list[str] | None) -> None:
            for target in (self.catalog.claims[claim_id] for claim_id in ticked or []):
                self._write(target, f"copy {claim.status} from {claim.id[:8]}",
                            lambda force, target=target: self.decisions.copy_decision(claim, target, force),
                            lambda c: self._copied(claim, c))

        self.app.push_screen(DuplicatesModal(claim, pairs, self.catalog.claims), copy)

    def _copied(self, original: Claim, target: Claim) -> None:
        self._changed(target)
        self.post_message(self.Decided(target, target.status))
        self.notify(f"{target.id[:8]} marked {target.status}, as {original.id[:8]}", timeout=3)

    def _annotated(self, claim: Claim, what: str) -> None:
        self._changed(claim)
        self.post_message(self.Annotated(claim, what))
        self.notify(f"{what} saved on {claim.id[:8]}", timeout=2)

    def action_undo(self) -> None:
        try:
            undone = self.decisions.undo()
        except ClaimConflictError as exc:
            self.notify(f"Cannot undo: {exc}; it was reloaded.", severity="error", timeout=6)
            entry = self.decisions.journal.pop()
            fresh = self.catalog.reload(self.ws.claim_path(entry.claim))
            if fresh:
                self._changed(fresh)
            return
        except WorkbenchError as exc:
            self.notify(f"Cannot undo: {exc}", severity="error", timeout=6)
            return
        if undone is None:
            self.notify("Nothing to undo.", timeout=2)
            return
        claim, entry = undone
        self.claim_list.move_to_claim(claim.id)
        self._changed(claim)
        self.post_message(self.Undone(claim, entry.what))
        self.notify(f"Undone: {entry.what} on {claim.id[:8]} (now {claim.status})", timeout=3)

    # moving, filtering, views ------------------------------------------------
    def action_move(self, delta: int) -> None:
        self.claim_list.action_move(delta)
        self.follow_cursor()

    def action_search(self) -> None:
        search = self.query_one("#search", Input)
        search.display = True
        search.focus()

    def on_input_changed(self, event: Input.Changed) -> None:
        # Applied once typing pauses: redrawing the list for every letter of a word
        # costs more than a key is allowed, and nobody reads the in-between lists.
        if event.input.id == "search":
            if self._search_timer is not None:
                self._search_timer.stop()
            self._search_timer = self.set_timer(SEARCH_DELAY, self.apply_search)

    def apply_search(self) -> None:
        if self._search_timer is not None:
            self._search_timer.stop()
            self._search_timer = None
        self.set_filter(self.filter.but(query=self.query_one("#search", Input).value))

    def on_input_submitted(self, event: Input.Submitted) -> None:
        if event.input.id == "search":
            self.apply_search()
            self.claim_list.focus()

    def action_escape(self) -> None:
        search = self.query_one("#search", Input)
        if search.display:
            if self._search_timer is not None:
                self._search_timer.stop()
                self._search_timer = None
            search.value = ""
            search.display = False
            self.set_filter(self.filter.but(query=""))
            self.claim_list.focus()

    def set_filter(self, flt: Filter) -> None:
        if flt != self.filter:
            self.filter = flt
            self.refresh_view()

    def action_toggle_undecided(self) -> None:
        self.set_filter(self.filter.but(status=None if self.filter.status == UNDECIDED else UNDECIDED))

    def action_filter_status(self, status: str) -> None:
        self.set_filter(self.filter.but(status=status or None))

    def action_filter_source(self, source: str) -> None:
        self.set_filter(self.filter.but(source=source or None))

    def action_filter_speaker(self, speaker: str) -> None:
        self.set_filter(self.filter.but(speaker=speaker))

    def action_filter_language(self, language: str) -> None:
        self.set_filter(self.filter.but(language=language or None))

    def action_clear_filters(self) -> None:
        self.query_one("#search", Input).value = ""
        self.set_filter(Filter(sort=self.filter.sort))

    def action_sort(self, sort: str) -> None:
        self.set_filter(self.filter.but(sort=sort))

    def action_toggle_sort(self) -> None:
        self.action_sort("checkworthiness" if self.filter.sort == "article" else "article")

    def action_filters(self) -> None:
        sources = [(sid, self.catalog.source_title(sid)) for sid in self.catalog.sources()]
        modal = FilterModal(self.filter, self.catalog.scale, sources, self.catalog.speakers(), ["ar", "en"],
                            self.bidi)
        self.app.push_screen(modal, lambda flt: flt and self.set_filter(flt))

    def action_toggle_bidi(self) -> None:
        self.set_bidi(BIDI_MODES[(BIDI_MODES.index(self.bidi) + 1) % len(BIDI_MODES)])

    def set_bidi(self, mode: str) -> None:
        self.bidi = mode
        self.claim_list.set_bidi(mode)
        self.query_one(ClaimView).set_bidi(mode)
        self.update_header()
        self.notify(f"bidi: {mode}", timeout=2)

    def action_open_source(self) -> None:
        claim = self.highlighted
        if claim is None:
            return
        article = self.catalog.article(claim.source)
        if article is None:
            self.notify(f"sources/{claim.source}.txt cannot be read.", severity="error")
            return
        others = [c for c in self.catalog.claims.values() if c.source == claim.source]
        self.app.push_screen(ArticleScreen(claim, self.catalog.source_meta(claim.source), article, others,
                                           self.bidi))

    def action_keys(self) -> None:
        self.app.push_screen(KeysModal(self.key_rows()))

    def key_rows(self) -> list[tuple[str, str, str, str]]:
        rows = [(b.key_display or b.key, b.description, b.id or "", b.tooltip)
                for b in (*self.rating_keys, *self.BINDINGS) if b.show or b.id]
        rows += [(b.key, b.description, b.id or "", "") for b in ClaimList.BINDINGS]
        rows += [("ctrl+p", "Command palette", "command-palette", "Every action by name, e.g. 'claim: mark false'"),
                 ("ctrl+q", "Quit", "quit", "Every decision is already on disk")]
        return rows

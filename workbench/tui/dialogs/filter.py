"""FilterModal: choose status, source, speaker, language and the order in one dialog."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Label, Select

from workbench.model import RatingScale
from workbench.tui.catalog import SORT_LABELS, UNDECIDED, Filter
from workbench.tui.text import VISUAL, visual_cell

ANY = "any"
NO_SPEAKER = "\0none"   # the article's own voice; Select needs a non-empty value


class FilterModal(ModalScreen[Filter | None]):
    """Returns the chosen Filter (the search query is kept), or None when cancelled."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+s", "apply", "Apply", id="filter-apply", tooltip="Show the claims these filters let through"),
        Binding("escape", "cancel", "Cancel", id="filter-cancel", tooltip="Keep the current filters"),
    ]

    def __init__(self, current: Filter, scale: RatingScale, sources: list[tuple[str, str]],
                 speakers: list[str], languages: list[str], bidi: str = VISUAL) -> None:
        super().__init__()
        self.current, self.bidi = current, bidi
        self.scale, self.sources, self.speakers, self.languages = scale, sources, speakers, languages

    def compose(self) -> ComposeResult:
        cur = self.current
        statuses = [("any status", ANY), ("undecided", UNDECIDED)] + [(r.label, r.name) for r in self.scale.ratings]
        # Titles and speakers come from the articles: Text, so Select never reads them as markup,
        # and in visual order when the screen draws Arabic itself.
        sources = [("any source", ANY)] + [(Text(visual_cell(title, 60, self.bidi)), sid)
                                           for sid, title in self.sources]
        speakers = [("any speaker", ANY)] + [(Text(visual_cell(s or "(the article itself)", 60, self.bidi)),
                                              s or NO_SPEAKER) for s in self.speakers]
        languages = [("any language", ANY)] + [(lang, lang) for lang in self.languages]
        with Vertical(id="filter-dialog", classes="dialog"):
            yield Label("Filter and sort", markup=False)
            yield Select(statuses, value=cur.status or ANY, allow_blank=False, id="filter-status")
            yield Select(sources, value=cur.source if cur.source is not None else ANY, allow_blank=False,
                         id="filter-source")
            speaker = ANY if cur.speaker is None else (cur.speaker or NO_SPEAKER)
            yield Select(speakers, value=speaker, allow_blank=False, id="filter-speaker")
            yield Select(languages, value=cur.language or ANY, allow_blank=False, id="filter-language")
            yield Select([(label, name) for name, label in SORT_LABELS.items()], value=cur.sort,
                         allow_blank=False, id="filter-sort")
            with Horizontal(classes="dialog-buttons"):
                yield Button("Apply (ctrl+s)", id="filter-apply", variant="primary")
                yield Button("Cancel (esc)", id="filter-cancel")

    def on_button_pressed(self, event: Button.Pressed) -> None:
        self.action_apply() if event.button.id == "filter-apply" else self.action_cancel()

    def _value(self, widget_id: str) -> str | None:
        value = self.query_one(widget_id, Select).value
        return None if value == ANY else str(value)

    def action_apply(self) -> None:
        speaker = self._value("#filter-speaker")
        self.dismiss(self.current.but(
            status=self._value("#filter-status"), source=self._value("#filter-source"),
            speaker="" if speaker == NO_SPEAKER else speaker, language=self._value("#filter-language"),
            sort=self._value("#filter-sort") or "article"))

    def action_cancel(self) -> None:
        self.dismiss(None)

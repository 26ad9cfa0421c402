"""NoteModal and EvidenceModal: what a reviewer writes down about a claim."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, Static, TextArea

from workbench.model import Evidence
from workbench.tui.text import has_rtl, layout, literal


class BidiPreview(Static):
    """What the reviewer is typing, shaped and in visual order, under an editor that shows Arabic in logical
    order (Textual's TextArea does no bidi). Shown only in `--bidi visual` and only when there is Arabic to fix."""

    def __init__(self, mode: str, **kwargs) -> None:
        super().__init__("", markup=False, **kwargs)
        self.mode = mode
        self.display = False

    def show(self, typed: str) -> None:
        if self.mode != "visual" or not has_rtl(typed):
            self.display = False
            return
        width = max(20, (self.parent.content_size.width if self.parent else 0) or 60)
        lines = [line for para in typed.split("\n") for line in layout(Text(literal(para)), width, "visual")]
        self.update(Text("\n").join(lines))
        self.display = True


class NoteModal(ModalScreen[str | None]):
    """A multi-line note; ctrl+s saves it, escape drops it. Returns the text or None."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+s", "save", "Save note", id="note-save", tooltip="Save the note to the claim's file"),
        Binding("escape", "cancel", "Cancel", id="note-cancel", tooltip="Close without saving"),
    ]

    def __init__(self, title: str, bidi: str = "terminal") -> None:
        super().__init__()
        self.title_text = title
        self.bidi = bidi

    def compose(self) -> ComposeResult:
        with Vertical(id="note-dialog", classes="dialog"):
            yield Label(self.title_text, id="note-title", markup=False)
            yield TextArea(id="note-text", soft_wrap=True, show_line_numbers=False)
            yield BidiPreview(self.bidi, id="note-preview", classes="bidi-preview")
            with Horizontal(classes="dialog-buttons"):
                yield Button("Save (ctrl+s)", id="note-save", variant="primary")
                yield Button("Cancel (esc)", id="note-cancel")

    def on_mount(self) -> None:
        self.query_one("#note-text", TextArea).focus()

    def on_text_area_changed(self, event: TextArea.Changed) -> None:
        self.query_one(BidiPreview).show(event.text_area.text)

    def on_button_pressed(self, event: Button.Pressed) -> None:
        self.action_save() if event.button.id == "note-save" else self.action_cancel()

    def action_save(self) -> None:
        text = self.query_one("#note-text", TextArea).text
        self.dismiss(text if text.strip() else None)

    def action_cancel(self) -> None:
        self.dismiss(None)


class EvidenceModal(ModalScreen[Evidence | None]):
    """A url (required), a title and a note; ctrl+s saves. Returns an Evidence or None."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+s", "save", "Save evidence", id="evidence-save", tooltip="Save the evidence to the claim"),
        Binding("escape", "cancel", "Cancel", id="evidence-cancel", tooltip="Close without saving"),
    ]

    def __init__(self, bidi: str = "terminal") -> None:
        super().__init__()
        self.bidi = bidi

    def compose(self) -> ComposeResult:
        with Vertical(id="evidence-dialog", classes="dialog"):
            yield Label("Evidence for this claim", markup=False)
            yield Input(placeholder="https://…  (required)", id="evidence-url")
            yield Input(placeholder="title", id="evidence-title")
            yield TextArea(id="evidence-note", soft_wrap=True)
            yield BidiPreview(self.bidi, id="evidence-preview", classes="bidi-preview")
            yield Label("", id="evidence-error", markup=False)
            with Horizontal(classes="dialog-buttons"):
                yield Button("Save (ctrl+s)", id="evidence-save", variant="primary")
                yield Button("Cancel (esc)", id="evidence-cancel")

    def on_mount(self) -> None:
        self.query_one("#evidence-url", Input).focus()

    def on_text_area_changed(self, event: TextArea.Changed) -> None:
        self.query_one(BidiPreview).show(event.text_area.text)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        # Enter moves on, as in a form; only ctrl+s or the button saves.
        self.focus_next()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        self.action_save() if event.button.id == "evidence-save" else self.action_cancel()

    def action_save(self) -> None:
        url = self.query_one("#evidence-url", Input).value.strip()
        if not url:
            self.query_one("#evidence-error", Label).update("A url is needed.")
            self.query_one("#evidence-url", Input).focus()
            return
        self.dismiss(Evidence(url=url, title=self.query_one("#evidence-title", Input).value.strip(),
                              note=self.query_one("#evidence-note", TextArea).text))

    def action_cancel(self) -> None:
        self.dismiss(None)

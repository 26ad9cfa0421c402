"""DuplicatesModal: the claim's near-duplicates in other sources; the reviewer ticks those that share its decision."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, SelectionList, Static
from textual.widgets.selection_list import Selection

from workbench.dupes import DuplicatePair
from workbench.model import Claim
from workbench.tui.text import literal


class DuplicatesModal(ModalScreen[list[str] | None]):
    """Lists each duplicate with its source and score, none ticked; returns the ticked ids, or None.

    Nothing is ticked to start with: a duplicate is a hint, and copying a verdict
    is the reviewer's call, claim by claim (issue 5: never automatic).
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("c,ctrl+s", "copy", "Copy decision", id="duplicates-copy",
                tooltip="Give the ticked duplicates this claim's status, with a note saying where it came from"),
        Binding("escape", "cancel", "Cancel", id="duplicates-cancel", tooltip="Close without copying"),
    ]

    def __init__(self, original: Claim, pairs: list[DuplicatePair], claims: dict[str, Claim]) -> None:
        super().__init__()
        self.original, self.pairs, self.claims = original, pairs, claims

    def compose(self) -> ComposeResult:
        heading = Text()
        heading.append(f"Copy “{self.original.status}” from claim {self.original.id[:10]} to:\n", style="bold")
        heading.append(literal(self.original.text))
        choices = []
        for pair in self.pairs:
            other = self.claims[pair.other(self.original.id)]
            label = Text(f"{pair.score:5.1f}  {literal(other.source)[:28]:<28}  {other.status:<12}  ")
            label.append(literal(" ".join(other.text.split()))[:90])
            choices.append(Selection(label, other.id, False))
        with Vertical(id="duplicates-dialog", classes="dialog"):
            yield Static(heading, id="duplicates-original", markup=False)
            yield SelectionList[str](*choices, id="duplicates-list")
            with Horizontal(classes="dialog-buttons"):
                yield Button("Copy to ticked (c)", id="duplicates-copy", variant="primary")
                yield Button("Cancel (esc)", id="duplicates-cancel")

    def on_mount(self) -> None:
        self.query_one(SelectionList).focus()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        self.action_copy() if event.button.id == "duplicates-copy" else self.action_cancel()

    def action_copy(self) -> None:
        ticked = list(self.query_one(SelectionList).selected)
        self.dismiss(ticked or None)

    def action_cancel(self) -> None:
        self.dismiss(None)

"""ConflictModal: a claim changed on disk under the reviewer; they choose whose version stands."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Static

from workbench.model import Claim
from workbench.tui.text import literal

KEEP_THEIRS = "theirs"
USE_MINE = "mine"


def describe(claim: Claim | None) -> str:
    if claim is None:
        return "the file on disk no longer reads as a claim"
    who = f" by {claim.reviewed_by} at {claim.reviewed_at}" if claim.reviewed_by else ""
    return f"{claim.status}{who}, {len(claim.notes)} note(s), {len(claim.evidence)} evidence"


class ConflictModal(ModalScreen[str]):
    """Shows both versions; returns KEEP_THEIRS (the safe default) or USE_MINE."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("t,escape", "choose('theirs')", "Keep theirs", id="conflict-keep-theirs",
                tooltip="Keep the version on disk; your change is dropped"),
        Binding("m", "choose('mine')", "Use mine", id="conflict-use-mine",
                tooltip="Write your change over theirs (a note records what it replaced)"),
    ]

    def __init__(self, path: str, theirs: Claim | None, mine: str) -> None:
        super().__init__()
        self.path, self.theirs, self.mine = path, theirs, mine

    def compose(self) -> ComposeResult:
        body = Text()
        body.append(f"{literal(self.path)} changed on disk since it was loaded.\n\n", style="bold")
        body.append("On disk (theirs): ", style="bold")
        body.append(literal(describe(self.theirs)) + "\n")
        body.append("Yours:            ", style="bold")
        body.append(literal(self.mine) + "\n")
        with Vertical(id="conflict-dialog", classes="dialog"):
            yield Static(body, id="conflict-text", markup=False)
            with Horizontal(classes="dialog-buttons"):
                yield Button("Keep theirs (t)", id="conflict-theirs", variant="primary")
                yield Button("Use mine (m)", id="conflict-mine", variant="warning")

    def on_button_pressed(self, event: Button.Pressed) -> None:
        self.dismiss(USE_MINE if event.button.id == "conflict-mine" else KEEP_THEIRS)

    def action_choose(self, choice: str) -> None:
        self.dismiss(choice)

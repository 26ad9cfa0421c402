"""KeysModal: every key of the review screen, with its binding id and what it does."""

from __future__ import annotations

from typing import ClassVar

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static


class KeysModal(ModalScreen[None]):
    """Lists (key, description, id, tooltip) rows handed in by the screen; any of ?/escape/q closes it."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape,question_mark,q", "close", "Close", id="keys-close", tooltip="Back to the claims")]

    def __init__(self, rows: list[tuple[str, str, str, str]]) -> None:
        super().__init__()
        self.rows = rows

    def compose(self) -> ComposeResult:
        table = Table(title="Keys (ctrl+p: every action by name)", expand=True, show_edge=False)
        for column in ("key", "does", "id", "more"):
            table.add_column(column, overflow="fold")
        for row in self.rows:
            table.add_row(*(Text(cell) for cell in row))
        with VerticalScroll(id="keys-dialog", classes="dialog"):
            yield Static(table, id="keys-table")

    def action_close(self) -> None:
        self.dismiss(None)

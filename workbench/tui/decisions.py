"""Decisions: every write the review screen makes, through the store, with an undo journal. No Textual."""

from __future__ import annotations

import copy
from collections.abc import Callable
from dataclasses import dataclass, fields

from workbench.model import Claim, Evidence
from workbench.store import Workspace
from workbench.tui.catalog import ClaimCatalog

_ATTRIBUTES = tuple(f.name for f in fields(Claim))


@dataclass
class Entry:
    """One write: the claim as it was before, and what was done (for the undo message)."""

    before: Claim
    what: str


class Decisions:
    """Marks, notes and evidence written atomically by the store before the call returns.

    Every write checks for a conflict first (the file changed on disk since it
    was loaded) and raises the store's ClaimConflictError; `force=True` is the
    reviewer's explicit "use mine", which still keeps the others' notes (the
    store applies the change to the file as it is now).
    """

    def __init__(self, ws: Workspace, catalog: ClaimCatalog, reviewer: str):
        self.ws, self.catalog, self.reviewer = ws, catalog, reviewer
        self.journal: list[Entry] = []
        self.marked_here: dict[str, str] = {}   # claim id -> the status this session wrote last

    def _write(self, claim: Claim, what: str, write: Callable[[bool], None], force: bool) -> Claim:
        before = copy.deepcopy(claim)
        write(not force)
        self.catalog.put(claim)
        self.journal.append(Entry(before, what))
        return claim

    def mark(self, claim: Claim, status: str, force: bool = False) -> Claim:
        self.ws.scale.require(status)
        self._write(claim, f"marked {status}",
                    lambda check: self.ws.mark(claim, status, by=self.reviewer, check_conflict=check), force)
        self.marked_here[claim.id] = status
        return claim

    def note(self, claim: Claim, text: str, force: bool = False) -> Claim:
        return self._write(claim, "note added",
                           lambda check: self.ws.add_note(claim, text, by=self.reviewer, check_conflict=check),
                           force)

    def evidence(self, claim: Claim, item: Evidence, force: bool = False) -> Claim:
        return self._write(claim, "evidence added",
                           lambda check: self.ws.add_evidence(claim, item.url, item.title, item.note,
                                                              check_conflict=check), force)

    def undo(self) -> tuple[Claim, Entry] | None:
        """Put the last written claim back as it was; ClaimConflictError if someone changed it since."""
        if not self.journal:
            return None
        entry = self.journal[-1]
        current = self.catalog.claims.get(entry.before.id)
        restored = copy.deepcopy(entry.before)
        self.ws.save_claim(restored, check_conflict=True)
        self.journal.pop()
        if current is None:
            current = restored
        else:
            # Keep the object the list already holds, so its row updates in place.
            for name in _ATTRIBUTES:
                setattr(current, name, getattr(restored, name))
        self.catalog.put(current)
        if entry.what.startswith("marked"):
            earlier = [e for e in self.journal if e.before.id == current.id and e.what.startswith("marked")]
            if earlier:
                self.marked_here[current.id] = current.status
            else:
                self.marked_here.pop(current.id, None)
        return current, entry

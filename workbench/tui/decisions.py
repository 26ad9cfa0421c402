"""Decisions: every write the review screen makes, through the store, with an undo journal. No Textual."""

from __future__ import annotations

import copy
from collections.abc import Callable
from dataclasses import dataclass, field

from workbench.dupes import copied_note
from workbench.model import Claim, Evidence, Note, WorkbenchError
from workbench.store import ClaimConflictError, Workspace
from workbench.tui.catalog import ClaimCatalog


@dataclass
class Entry:
    """One write, as what it changed: enough to take exactly that back and nothing else."""

    claim_id: str
    what: str                               # for messages: "marked false", "note added"
    claim: Claim                            # the catalog's object, kept up to date by the store
    status: tuple[str, str | None, str | None] | None = None   # status, reviewed_by, reviewed_at before a mark
    notes: list[Note] = field(default_factory=list)            # notes the write added
    evidence: list[Evidence] = field(default_factory=list)     # evidence the write added

    @property
    def is_mark(self) -> bool:
        return self.status is not None


def _added(before: list, after: list) -> list:
    """Items of after that before does not hold (one for one: the same note twice counts twice)."""
    left = list(before)
    out = []
    for item in after:
        if item in left:
            left.remove(item)
        else:
            out.append(item)
    return out


class Decisions:
    """Marks, notes and evidence written atomically by the store before the call returns.

    Every write checks for a conflict first (the file changed on disk since it
    was loaded) and raises the store's ClaimConflictError; `force=True` is the
    reviewer's explicit "use mine", which still keeps the others' notes (the
    store applies the change to the file as it is now).

    Undo takes back only what the last write changed (its status fields, the
    notes and evidence it added), again through the store, and refuses when the
    file changed since: someone else's later decision is never reverted.
    """

    def __init__(self, ws: Workspace, catalog: ClaimCatalog, reviewer: str):
        self.ws, self.catalog, self.reviewer = ws, catalog, reviewer
        self.journal: list[Entry] = []
        self.marked_here: dict[str, str] = {}   # claim id -> the status this session wrote last

    def _baseline(self, claim: Claim, force: bool) -> Claim:
        # Forcing writes over a newer file: what the write changes is measured against that file.
        if force:
            path = self.ws.claim_path(claim)
            if path.exists():
                try:
                    return self.ws.load_claim(path, check_text=False)
                except WorkbenchError:  # a malformed file: the write replaces it; measure against ours
                    pass
        return copy.deepcopy(claim)

    def _write(self, claim: Claim, what: str, write: Callable[[bool], None], force: bool, mark: bool) -> Entry:
        if self.catalog.verify(claim) and not force:
            # The reviewer was looking at the index's copy; the file holds something newer.
            raise ClaimConflictError(claim, f"{self.ws.relative(self.ws.claim_path(claim))} changed on disk "
                                            "since it was indexed")
        before = self._baseline(claim, force)
        write(not force)
        self.catalog.put(claim)
        entry = Entry(claim.id, what, claim,
                      status=(before.status, before.reviewed_by, before.reviewed_at) if mark else None,
                      notes=_added(before.notes, claim.notes), evidence=_added(before.evidence, claim.evidence))
        self.journal.append(entry)
        return entry

    def mark(self, claim: Claim, status: str, force: bool = False) -> Claim:
        self.ws.scale.require(status)
        self._write(claim, f"marked {status}",
                    lambda check: self.ws.mark(claim, status, by=self.reviewer, check_conflict=check), force, True)
        self.marked_here[claim.id] = status
        return claim

    def copy_decision(self, original: Claim, target: Claim, force: bool = False) -> Claim:
        """Give target the original's status with a note naming it: one write, so one undo takes both back."""
        self.ws.scale.require(original.status)
        self._write(target, f"decision copied from {original.id[:8]}",
                    lambda check: self.ws.mark(target, original.status, note=copied_note(original),
                                               by=self.reviewer, check_conflict=check), force, True)
        self.marked_here[target.id] = original.status
        return target

    def note(self, claim: Claim, text: str, force: bool = False) -> Claim:
        self._write(claim, "note added",
                    lambda check: self.ws.add_note(claim, text, by=self.reviewer, check_conflict=check),
                    force, False)
        return claim

    def evidence(self, claim: Claim, item: Evidence, force: bool = False) -> Claim:
        self._write(claim, "evidence added",
                    lambda check: self.ws.add_evidence(claim, item.url, item.title, item.note,
                                                       check_conflict=check), force, False)
        return claim

    def undo(self) -> tuple[Claim, Entry] | None:
        """Take back the last write; ClaimConflictError (journal kept) if the file changed since."""
        if not self.journal:
            return None
        entry = self.journal[-1]
        claim = self.catalog.claims.get(entry.claim_id, entry.claim)

        def revert(current: Claim) -> None:
            if entry.status is not None:
                current.status, current.reviewed_by, current.reviewed_at = entry.status
            for note in entry.notes:
                if note in current.notes:
                    current.notes.remove(note)
            for item in entry.evidence:
                if item in current.evidence:
                    current.evidence.remove(item)

        self.ws.update_claim(claim, revert, check_conflict=True)
        self.journal.pop()
        self.catalog.put(claim)
        if entry.is_mark:
            earlier = [e for e in self.journal if e.claim_id == claim.id and e.is_mark]
            if earlier:
                self.marked_here[claim.id] = claim.status
            else:
                self.marked_here.pop(claim.id, None)
        return claim, entry

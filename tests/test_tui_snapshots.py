"""Snapshots of the review screen at a fixed size (pytest-textual-snapshot; Textual is pinned).

Run `pytest tests/test_tui_snapshots.py --snapshot-update` after a deliberate
change of the screen, look at the SVGs, and commit them.
"""

from __future__ import annotations

import pytest

from tests.test_tui_support import AR_SOURCE, EN_SOURCE, make_workspace, reopen
from workbench.model import Evidence, Note
from workbench.tui.app import ReviewApp
from workbench.tui.screens import loading

SIZE = (120, 32)
AT = "2026-03-01T10:00:00+00:00"


@pytest.fixture
def ws(tmp_path):
    """The test workspace with one Arabic claim decided, noted and evidenced at a fixed time."""
    ws = make_workspace(tmp_path / "desk")
    claim = next(c for c in ws.load_all().claims if c.speaker == "مؤسسة الرصد (PAC)")
    claim.status, claim.reviewed_by, claim.reviewed_at = "misleading", "tester", AT
    claim.notes.append(Note(AT, "tester", "الرقم الصحيح 1.6 مرة (PAC report, p. 4)\nsecond line"))
    claim.evidence.append(Evidence("https://pac.example/report", "Annual report 2026", "table 3"))
    ws.save_claim(claim)
    return reopen(ws)


def test_arabic_claim_visual_bidi(ws, snap_compare):
    assert snap_compare(ReviewApp(ws, bidi="visual"), terminal_size=SIZE)


def test_arabic_claim_decided_with_notes(ws, snap_compare):
    assert snap_compare(ReviewApp(ws, source=AR_SOURCE, bidi="visual"), press=["j", "j"], terminal_size=SIZE)


def test_arabic_claim_terminal_bidi(ws, snap_compare):
    assert snap_compare(ReviewApp(ws, bidi="terminal"), terminal_size=SIZE)


def test_markup_and_escapes_shown_literally(ws, snap_compare):
    assert snap_compare(ReviewApp(ws, source=EN_SOURCE, bidi="visual"), press=["end"], terminal_size=SIZE)


def test_keys_dialog(ws, snap_compare):
    assert snap_compare(ReviewApp(ws, bidi="visual"), press=["question_mark"], terminal_size=SIZE)


def test_conflict_dialog(ws, snap_compare, monkeypatch):
    # The screen looks at the disk every second and would reload their file quietly if it looked
    # between their write and the key (it did, once, on a slow CI machine): the dialog is what
    # the reviewer sees when the key comes first, so the look is put off.
    monkeypatch.setattr(loading, "DISK_CHECK_EVERY", 3600)

    async def someone_decides_first(pilot):
        claim = pilot.app.screen.highlighted
        other = reopen(ws)
        theirs = other.load_claim(other.claim_path(claim))
        theirs.status, theirs.reviewed_by, theirs.reviewed_at = "true", "other", AT
        other.save_claim(theirs)

    assert snap_compare(ReviewApp(ws, bidi="visual"), run_before=someone_decides_first, press=["f"],
                        terminal_size=SIZE)

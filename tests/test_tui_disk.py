"""Pilot tests of what the review screen does with the disk: others' changes, conflicts, bad files, odd text."""

from __future__ import annotations

import pytest

from tests.test_tui_support import (
    EN_SOURCE,
    SIZE,
    make_workspace,
    of,
    on_disk,
    pilot_test,
    ready,
    reopen,
    toasts,
)
from workbench.tui.app import ReviewApp
from workbench.tui.dialogs.conflict import ConflictModal
from workbench.tui.screens import loading
from workbench.tui.screens.review import ReviewScreen
from workbench.tui.widgets.claim_list import ClaimList
from workbench.tui.widgets.claim_view import ClaimView
from workbench.tui.widgets.progress import ProblemList


@pytest.fixture
def ws(tmp_path, monkeypatch):
    # The tests call check_disk themselves, at the moment they choose.
    monkeypatch.setattr(loading, "DISK_CHECK_EVERY", 3600)
    return make_workspace(tmp_path / "desk")


@pilot_test
async def test_a_file_changed_on_disk_is_reloaded(ws):
    messages = []
    app = ReviewApp(ws, bidi="visual")
    async with app.run_test(size=SIZE, message_hook=messages.append) as pilot:
        screen = await ready(pilot)
        claim = screen.highlighted
        reopen(ws).mark(claim, "misleading", note="from the other desk", by="other")
        screen.check_disk()
        await pilot.pause()
        reloaded = of(messages, ReviewScreen.Reloaded)
        assert [c.id for c in reloaded[-1].claims] == [claim.id]
        assert screen.highlighted.status == "misleading"
        assert "from the other desk" in screen.query_one(ClaimView).text
        assert screen.query_one("#review-header").progress == "1/6"
        assert any(t.startswith("Changed on disk, reloaded:") for t in toasts(app))
    assert on_disk(ws, claim).reviewed_by == "other"


@pytest.mark.parametrize(("choice", "status", "by"), [("t", "true", "other"), ("m", "false", "tester")])
@pilot_test
async def test_writing_over_a_newer_decision_asks(ws, choice, status, by):
    messages = []
    app = ReviewApp(ws, bidi="visual")
    async with app.run_test(size=SIZE, message_hook=messages.append) as pilot:
        screen = await ready(pilot)
        claim = screen.highlighted
        reopen(ws).mark(claim, "true", by="other")   # after loading, before our key: not yet noticed
        await pilot.press("f")
        await pilot.pause()
        assert isinstance(app.screen, ConflictModal)
        assert app.screen.theirs.status == "true" and app.screen.theirs.reviewed_by == "other"
        assert on_disk(ws, claim).status == "true"   # nothing written while the reviewer chooses
        await pilot.press(choice)
        await pilot.pause()
        assert app.screen is screen
        assert screen.query_one(ClaimList).rows[0].status == status
        decided = of(messages, ReviewScreen.Decided)
        assert decided == [] if choice == "t" else [(m.claim.id, m.status) for m in decided] == [(claim.id, "false")]
    saved = on_disk(ws, claim)
    assert (saved.status, saved.reviewed_by) == (status, by)
    if choice == "m":
        # The verdict it replaced is on record.
        assert "status changed from true, decided by other" in saved.notes[-1].text


@pilot_test
async def test_someone_redeciding_my_claim_is_shown_as_a_conflict(ws):
    app = ReviewApp(ws, bidi="visual")
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(pilot)
        claim = screen.highlighted
        await pilot.press("f")
        reopen(ws).mark(claim, "true", by="other")
        screen.check_disk()
        await pilot.pause()
        assert isinstance(app.screen, ConflictModal)
        assert "your decision in this session" in app.screen.mine
        await pilot.press("t")
        await pilot.pause()
        assert app.screen is screen
    assert (on_disk(ws, claim).status, on_disk(ws, claim).reviewed_by) == ("true", "other")


@pilot_test
async def test_undo_refuses_to_revert_someone_elses_change(ws):
    app = ReviewApp(ws, bidi="visual")
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(pilot)
        claim = screen.highlighted
        await pilot.press("f")
        reopen(ws).add_note(claim, "I disagree", by="other")
        await pilot.press("u")
        await pilot.pause()
        assert any(t.startswith("Cannot undo:") for t in toasts(app))
    saved = on_disk(ws, claim)
    assert saved.status == "false" and saved.notes[-1].text == "I disagree"


@pilot_test
async def test_undo_after_use_mine_keeps_their_notes(ws):
    app = ReviewApp(ws, bidi="visual")
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(pilot)
        claim = screen.highlighted
        reopen(ws).add_note(claim, "their note", by="other")
        await pilot.press("f")
        await pilot.pause()
        await pilot.press("m")
        await pilot.pause()
        assert on_disk(ws, claim).status == "false"
        screen.query_one(ClaimList).move_to_claim(claim.id)
        await pilot.press("u")
        await pilot.pause()
    saved = on_disk(ws, claim)
    assert (saved.status, [n.text for n in saved.notes]) == ("unreviewed", ["their note"])


@pilot_test
async def test_malformed_files_are_listed_and_the_rest_works(ws):
    folder = ws.claims_dir / EN_SOURCE
    good = min(folder.glob("*.yaml"))
    (folder / "0badbadbad00.yaml").write_text("schema: 1\nid: [unclosed\n", encoding="utf-8")
    good_text = good.read_text(encoding="utf-8")
    app = ReviewApp(reopen(ws), bidi="visual")
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(pilot)
        problems = screen.query_one(ProblemList)
        assert problems.display
        shown = str(problems.content)
        assert f"claims/{EN_SOURCE}/0badbadbad00.yaml:3: not valid YAML" in shown
        assert len(screen.query_one(ClaimList).rows) == 6
        # A file broken in place while the app is open becomes a problem too, and leaves the list.
        good.write_text(good_text.replace("kind: ", "kind: nonsense-", 1), encoding="utf-8")
        screen.check_disk()
        await pilot.pause()
        assert f"{good.relative_to(ws.root)}:" in str(problems.content)
        assert len(screen.query_one(ClaimList).rows) == 5
        assert not screen.catalog.disk_changes()   # reported once, not at every look
        await pilot.press("x")
    assert sum(c.status == "not-a-claim" for c in reopen(ws).load_all().claims) == 1


@pilot_test
async def test_markup_and_escape_sequences_are_shown_literally(ws):
    app = ReviewApp(ws, source=EN_SOURCE, bidi="visual")
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(pilot)
        await pilot.press("end")
        claim = screen.highlighted
        assert claim.speaker == "A [bold]watchdog[/bold]"
        text = " ".join(screen.query_one(ClaimView).text.split())   # as read, lines joined
        assert "A [bold]watchdog[/bold]" in text
        assert "␛[31mspending␛[0m doubled, citing <b>[link=https://x.test]filings[/link]</b>" in text
        assert "\x1b" not in text
        assert "Budget row [i]in[/i] parliament" in text
        # The palette shows titles as they are too.
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"filter: source en-budget")
        await pilot.pause(0.3)
        from textual.command import CommandList

        options = app.screen.query_one(CommandList)
        prompts = [str(options.get_option_at_index(i).prompt) for i in range(options.option_count)]
        assert any("Budget row [i]in[/i] parliament" in p for p in prompts)

"""Copying a decision to near-duplicate claims from the review screen: only to those the reviewer ticks."""

from __future__ import annotations

import pytest
from textual.widgets import SelectionList

from tests.conftest import add_claim, add_source
from tests.test_tui_support import SIZE, of, on_disk, pilot_test, ready, reopen, toasts
from workbench.store import Workspace
from workbench.tui.app import ReviewApp
from workbench.tui.dialogs.duplicates import DuplicatesModal
from workbench.tui.screens.review import ReviewScreen

# The same statement in three outlets (two of them near-identical), and an unrelated one.
ARTICLES = {
    "ar-wire-1": ("عنوان أول\nقالت الوزارة إن قيمة العقد بلغت عشرة مليارات دولار.\n", "ar"),
    "ar-wire-2": ("عنوان ثان\nقالت الوزارة إن قيمة العقد بلغت عشرة مليار دولار.\n", "ar"),
    "en-wire-1": ("First headline\nThe ministry said the contract was worth ten billion dollars.\n", "en"),
    "en-wire-2": ("Second headline\nThe ministry said the contract was worth 10 billion dollars.\n", "en"),
    "en-other": ("Other headline\nThe weather was mild across the north on Sunday.\n", "en"),
}


@pytest.fixture
def ws(tmp_path):
    ws = Workspace.init(tmp_path / "desk")
    claims = {}
    for source_id, (article, language) in ARTICLES.items():
        add_source(ws, source_id, article, language)
        sentence = article.splitlines()[1]
        claims[source_id] = add_claim(ws, source_id, sentence, language=language)
    return Workspace(ws.root), claims


@pytest.mark.parametrize("original, twin", [("ar-wire-1", "ar-wire-2"), ("en-wire-1", "en-wire-2")],
                         ids=["ar", "en"])
@pilot_test
async def test_a_decision_is_copied_to_the_ticked_duplicate_only_and_undone_in_one_key(ws, original, twin):
    ws, claims = ws
    reopen(ws).mark(claims[original], "false", by="amal")
    messages = []
    app = ReviewApp(reopen(ws), bidi="terminal", reviewer="tester")
    async with app.run_test(size=SIZE, message_hook=messages.append) as pilot:
        screen = await ready(pilot)
        screen.claim_list.move_to_claim(claims[original].id)
        await pilot.press("D")
        await pilot.pause()
        modal = app.screen
        assert isinstance(modal, DuplicatesModal)
        listed = modal.query_one(SelectionList)
        assert claims[twin].id in [listed.get_option_at_index(i).value for i in range(listed.option_count)]
        assert claims["en-other"].id not in [listed.get_option_at_index(i).value
                                             for i in range(listed.option_count)]
        assert listed.selected == []        # nothing is ticked for the reviewer
        listed.select(claims[twin].id)
        await pilot.press("c")
        await pilot.pause()
        assert isinstance(app.screen, ReviewScreen)
        assert [(m.claim.id, m.status) for m in of(messages, ReviewScreen.Decided)] == [(claims[twin].id, "false")]
        copied = on_disk(ws, claims[twin])
        assert copied.status == "false" and copied.reviewed_by == "tester"
        assert copied.notes[-1].text.startswith(f"decision copied from duplicate claim {claims[original].id}")
        untouched = [c for sid, c in claims.items() if sid not in (original, twin)]
        assert all(on_disk(ws, c).status == "unreviewed" for c in untouched)
        await pilot.press("u")
        await pilot.pause()
        assert on_disk(ws, claims[twin]).status == "unreviewed" and on_disk(ws, claims[twin]).notes == []


@pilot_test
async def test_nothing_is_copied_from_an_undecided_claim_or_when_cancelled(ws):
    ws, claims = ws
    app = ReviewApp(reopen(ws), bidi="terminal", reviewer="tester")
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(pilot)
        screen.claim_list.move_to_claim(claims["en-wire-1"].id)
        await pilot.press("D")
        await pilot.pause()
        assert not isinstance(app.screen, DuplicatesModal)
        assert any("decide it first" in t for t in toasts(app))
        await pilot.press("f")                      # decides en-wire-1 and moves on
        screen.claim_list.move_to_claim(claims["en-wire-1"].id)
        await pilot.press("D")
        await pilot.pause()
        assert isinstance(app.screen, DuplicatesModal)
        await pilot.press("escape")
        await pilot.pause()
    assert on_disk(ws, claims["en-wire-2"]).status == "unreviewed"

"""Pilot tests of what the list shows: filters, sort, search and the bidi toggle."""

from __future__ import annotations

import pytest
from textual.widgets import Input, Select

from tests.test_tui_support import (
    AR_SOURCE,
    EN_SOURCE,
    SIZE,
    make_workspace,
    of,
    pilot_test,
    ready,
    reopen,
)
from workbench.tui.app import ReviewApp
from workbench.tui.catalog import UNDECIDED
from workbench.tui.dialogs.filter import FilterModal
from workbench.tui.screens import review
from workbench.tui.screens.review import ReviewScreen
from workbench.tui.widgets.claim_list import ClaimList
from workbench.tui.widgets.claim_view import ClaimView


@pytest.fixture
def ws(tmp_path):
    return make_workspace(tmp_path / "desk")


def header(screen) -> str:
    return screen.query_one("#review-header").text


@pilot_test
async def test_a_toggles_the_undecided_filter(ws):
    messages = []
    app = ReviewApp(ws, bidi="visual")
    async with app.run_test(size=SIZE, message_hook=messages.append) as pilot:
        screen = await ready(pilot)
        await pilot.press("t", "f")           # two claims decided
        await pilot.press("a")
        filtered = of(messages, ReviewScreen.Filtered)
        assert (filtered[-1].filter.status, filtered[-1].count) == (UNDECIDED, 4)
        rows = screen.query_one(ClaimList).rows
        assert len(rows) == 4 and all(c.status == "unreviewed" for c in rows)
        assert "filter: undecided (4 listed)" in header(screen)
        assert screen.query_one("#review-header").progress == "2/6"   # the review's progress, not the filter's
        await pilot.press("a")
        assert of(messages, ReviewScreen.Filtered)[-1].count == 6
    assert sorted(c.status for c in reopen(ws).load_all().claims).count("unreviewed") == 4


@pilot_test
async def test_s_sorts_by_checkworthiness_and_back(ws):
    messages = []
    app = ReviewApp(ws, bidi="visual")
    async with app.run_test(size=SIZE, message_hook=messages.append) as pilot:
        screen = await ready(pilot)
        claims = screen.query_one(ClaimList)
        article_order = [(c.source, c.start) for c in claims.rows]
        assert article_order == sorted(article_order)
        await pilot.press("s")
        assert of(messages, ReviewScreen.Filtered)[-1].filter.sort == "checkworthiness"
        scores = [c.checkworthiness for c in claims.rows]
        assert scores == sorted(scores, reverse=True) and scores[0] == 0.9
        assert "sort: check-worthiness" in header(screen)
        await pilot.press("s")
        assert [(c.source, c.start) for c in claims.rows] == article_order


@pytest.mark.parametrize(("widget", "value", "expected"), [
    ("#filter-status", "unreviewed", 6),
    ("#filter-source", EN_SOURCE, 3),
    ("#filter-speaker", "وزير المالية", 1),
    ("#filter-language", "ar", 3),
])
@pilot_test
async def test_filter_dialog(ws, widget, value, expected):
    messages = []
    app = ReviewApp(ws, bidi="visual")
    async with app.run_test(size=SIZE, message_hook=messages.append) as pilot:
        screen = await ready(pilot)
        await pilot.press("F")
        await pilot.pause()
        assert isinstance(app.screen, FilterModal)
        app.screen.query_one(widget, Select).value = value
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert app.screen is screen
        last = of(messages, ReviewScreen.Filtered)[-1]
        assert last.count == expected
        rows = screen.query_one(ClaimList).rows
        assert len(rows) == expected
        name = widget.removeprefix("#filter-")
        assert {c.speaker if name == "speaker" else getattr(c, name) for c in rows} == {value}


@pilot_test
async def test_filter_dialog_escape_keeps_the_filter(ws):
    messages = []
    app = ReviewApp(ws, bidi="visual")
    async with app.run_test(size=SIZE, message_hook=messages.append) as pilot:
        screen = await ready(pilot)
        await pilot.press("F")
        await pilot.pause()
        app.screen.query_one("#filter-language", Select).value = "en"
        await pilot.press("escape")
        await pilot.pause()
        assert of(messages, ReviewScreen.Filtered) == []
        assert len(screen.query_one(ClaimList).rows) == 6


@pytest.mark.parametrize(("prompt", "expected"), [
    ("filter: language en", 3),
    ("filter: source en-budget", 3),
    ("filter: status false", 0),
])
@pilot_test
async def test_palette_filters(ws, prompt, expected):
    messages = []
    app = ReviewApp(ws, bidi="visual")
    async with app.run_test(size=SIZE, message_hook=messages.append) as pilot:
        screen = await ready(pilot)
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*prompt)
        await pilot.pause(0.3)
        await pilot.press("enter")
        await pilot.pause()
        assert of(messages, ReviewScreen.Filtered)[-1].count == expected
        assert len(screen.query_one(ClaimList).rows) == expected


@pytest.mark.parametrize(("query", "source"), [
    ("الحكومه", AR_SOURCE),          # ta marbuta written as ha
    ("اعلنت", AR_SOURCE),            # hamza dropped from alef
    ("العجز سينخفض الي النصف", AR_SOURCE),   # alef maqsura written as ya
    ("govenment raised", EN_SOURCE),  # a typo
    ("finance minister", EN_SOURCE),  # the speaker
])
@pilot_test
async def test_slash_search_tolerates_spelling(ws, query, source):
    messages = []
    app = ReviewApp(ws, bidi="visual")
    async with app.run_test(size=SIZE, message_hook=messages.append) as pilot:
        screen = await ready(pilot)
        await pilot.press("slash")
        search = screen.query_one("#search", Input)
        assert search.display and search.has_focus
        await pilot.press(*query)
        assert of(messages, ReviewScreen.Filtered) == []   # not at every letter: once typing pauses
        await pilot.pause(review.SEARCH_DELAY + 0.2)
        last = of(messages, ReviewScreen.Filtered)[-1]
        assert last.filter.query == query
        rows = screen.query_one(ClaimList).rows
        assert 1 <= len(rows) < 6 and {c.source for c in rows} == {source}
        await pilot.press("enter")
        assert screen.query_one(ClaimList).has_focus
        await pilot.press("escape")
        assert not search.display
        assert of(messages, ReviewScreen.Filtered)[-1].count == 6


@pilot_test
async def test_search_finds_notes(ws):
    claim = sorted(reopen(ws).load_all().claims, key=lambda c: (c.source, c.start))[4]
    reopen(ws).add_note(claim, "the ministry's spreadsheet disagrees", by="someone")
    app = ReviewApp(reopen(ws), bidi="visual")
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(pilot)
        await pilot.press("slash", *"spreadsheet", "enter")
        await pilot.pause()
        assert [c.id for c in screen.query_one(ClaimList).rows] == [claim.id]
        assert screen.highlighted.id == claim.id


@pilot_test
async def test_b_toggles_bidi(ws):
    app = ReviewApp(ws, bidi="visual")
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(pilot)
        view = screen.query_one(ClaimView)
        logical = "أعلنت الحكومة يوم الأحد"
        assert logical not in view.text          # shaped and reordered
        assert "ﺔﻣﻮﻜﺤﻟﺍ" in view.text            # الحكومة, shaped, in visual order
        await pilot.press("b")
        assert "bidi: terminal" in header(screen)
        assert logical in view.text
        assert "bidi: terminal" in [str(n.message) for n in app._notifications]
        await pilot.press("b")
        assert "bidi: visual" in header(screen)
        assert logical not in view.text


@pilot_test
async def test_the_pane_follows_the_list_in_the_same_frame(ws):
    # A search, a filter or a move shows the newly highlighted claim at once, not a frame later
    # on the list's Highlighted message: the pane is painted once, together with the list.
    app = ReviewApp(ws, bidi="visual")
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(pilot)
        view = screen.query_one(ClaimView)
        screen.set_filter(screen.filter.but(query="govenment raised"))   # no pause in between
        assert screen.highlighted.source == EN_SOURCE
        assert view.detail.claim is screen.highlighted
        screen.set_filter(screen.filter.but(query=""))
        screen.action_move(1)
        assert view.detail.claim is screen.highlighted
        await pilot.press("t")
        assert view.detail.claim is screen.highlighted and screen.highlighted.status == "unreviewed"
        await pilot.pause()
        assert view.detail.claim is screen.highlighted

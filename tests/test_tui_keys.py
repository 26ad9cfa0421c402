"""Pilot tests of the review screen's keys: the message posted, the widget state, the file on disk."""

from __future__ import annotations

import pytest
from rich.text import Text

from tests.test_tui_support import (
    AR_SOURCE,
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
from workbench.model import DEFAULT_SCALE
from workbench.tui.app import ReviewApp
from workbench.tui.dialogs.note import BidiPreview
from workbench.tui.screens.review import ReviewScreen
from workbench.tui.text import visual_line
from workbench.tui.widgets.claim_list import ClaimList
from workbench.tui.widgets.claim_view import ClaimView


@pytest.fixture
def ws(tmp_path):
    return make_workspace(tmp_path / "desk")


@pytest.mark.parametrize("rating", [r for r in DEFAULT_SCALE.ratings if r.key], ids=lambda r: r.name)
@pilot_test
async def test_each_rating_key_saves_and_moves_on(ws, rating):
    messages = []
    app = ReviewApp(ws, bidi="visual")
    async with app.run_test(size=SIZE, message_hook=messages.append) as pilot:
        screen = await ready(pilot)
        first = screen.highlighted
        await pilot.press(rating.key)
        decided = of(messages, ReviewScreen.Decided)
        assert [(m.claim.id, m.status) for m in decided] == [(first.id, rating.name)]
        assert screen.highlighted.id != first.id
        expected = "1/6" if rating.decided else "0/6"
        assert screen.query_one("#review-header").progress == expected
        assert f"{first.id[:8]} marked {rating.name}" in screen.query_one("#review-header").text
    saved = on_disk(ws, first)
    assert saved.status == rating.name
    assert saved.reviewed_by == "tester"


@pilot_test
async def test_decision_moves_to_next_undecided_skipping_decided(ws):
    claims = reopen(ws).load_all().claims
    ordered = sorted(claims, key=lambda c: (c.source, c.start))
    reopen(ws).mark(ordered[1], "true", by="someone")
    app = ReviewApp(reopen(ws), bidi="visual")
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(pilot)
        assert screen.highlighted.id == ordered[0].id
        await pilot.press("f")
        assert screen.highlighted.id == ordered[2].id
        assert screen.query_one("#review-header").progress == "2/6"


@pilot_test
async def test_j_k_and_arrows_move(ws):
    messages = []
    app = ReviewApp(ws, bidi="visual")
    async with app.run_test(size=SIZE, message_hook=messages.append) as pilot:
        screen = await ready(pilot)
        claims = screen.query_one(ClaimList)
        await pilot.press("j", "j", "down")
        assert claims.cursor == 3
        await pilot.press("k", "up")
        assert claims.cursor == 1
        highlighted = of(messages, ClaimList.Highlighted)
        assert highlighted[-1].claim.id == claims.rows[1].id
        assert screen.query_one(ClaimView).detail.claim.id == claims.rows[1].id


@pilot_test
async def test_n_adds_a_multiline_note(ws):
    messages = []
    app = ReviewApp(ws, bidi="visual")
    async with app.run_test(size=SIZE, message_hook=messages.append) as pilot:
        screen = await ready(pilot)
        claim = screen.highlighted
        await pilot.press("n")
        await pilot.pause()
        await pilot.press(*"first line", "enter", *"second")
        await pilot.press("ctrl+s")
        await pilot.pause()
        annotated = of(messages, ReviewScreen.Annotated)
        assert [(m.claim.id, m.what) for m in annotated] == [(claim.id, "note")]
        assert "first line" in screen.query_one(ClaimView).text
        assert screen.highlighted.id == claim.id  # a note does not move on
    saved = on_disk(ws, claim)
    assert [n.text for n in saved.notes] == ["first line\nsecond"]
    assert saved.notes[0].by == "tester"


@pilot_test
async def test_note_escape_saves_nothing(ws):
    app = ReviewApp(ws, bidi="visual")
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(pilot)
        claim = screen.highlighted
        await pilot.press("n", *"draft", "escape")
        await pilot.pause()
        assert isinstance(app.screen, ReviewScreen)
    assert on_disk(ws, claim).notes == []


@pilot_test
async def test_e_adds_evidence(ws):
    messages = []
    app = ReviewApp(ws, bidi="visual")
    async with app.run_test(size=SIZE, message_hook=messages.append) as pilot:
        screen = await ready(pilot)
        claim = screen.highlighted
        await pilot.press("e", *"https://stats.example/budget", "tab", *"Budget law", "tab", *"table 3", "ctrl+s")
        await pilot.pause()
        assert [m.what for m in of(messages, ReviewScreen.Annotated)] == ["evidence"]
        assert "https://stats.example/budget" in screen.query_one(ClaimView).text
    saved = on_disk(ws, claim)
    assert [(e.url, e.title, e.note) for e in saved.evidence] == [
        ("https://stats.example/budget", "Budget law", "table 3")]


@pilot_test
async def test_evidence_needs_a_url(ws):
    app = ReviewApp(ws, bidi="visual")
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(pilot)
        claim = screen.highlighted
        await pilot.press("e", "ctrl+s")
        await pilot.pause()
        assert "url is needed" in str(app.screen.query_one("#evidence-error").content)
        await pilot.press("escape")
    assert on_disk(ws, claim).evidence == []


@pytest.mark.parametrize("key", ["u", "ctrl+z"])
@pilot_test
async def test_undo_restores_decision_and_note(ws, key):
    messages = []
    app = ReviewApp(ws, bidi="visual")
    async with app.run_test(size=SIZE, message_hook=messages.append) as pilot:
        screen = await ready(pilot)
        claim = screen.highlighted
        await pilot.press("n", *"why", "ctrl+s")
        await pilot.pause()
        await pilot.press("f")
        assert on_disk(ws, claim).status == "false"
        await pilot.press(key)
        assert screen.highlighted.id == claim.id
        assert [m.what for m in of(messages, ReviewScreen.Undone)] == ["marked false"]
        assert screen.query_one("#review-header").progress == "0/6"
        assert on_disk(ws, claim).status == "unreviewed"
        await pilot.press(key)
        assert on_disk(ws, claim).notes == []
        await pilot.press(key)  # nothing left: says so, changes nothing
        assert "Nothing to undo." in toasts(app)
    saved = on_disk(ws, claim)
    assert (saved.status, saved.notes, saved.reviewed_by) == ("unreviewed", [], None)


@pilot_test
async def test_o_opens_the_article_at_the_claim(ws):
    from workbench.tui.screens.article import ArticleScreen

    app = ReviewApp(ws, bidi="terminal")
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("o")
        await pilot.pause()
        assert isinstance(app.screen, ArticleScreen)
        body = str(app.screen.query_one("#article-body").content)
        assert "وقال وزير المالية" in body
        await pilot.press("escape")
        assert isinstance(app.screen, ReviewScreen)


@pilot_test
async def test_question_mark_lists_every_key(ws):
    from workbench.tui.dialogs.keys import KeysModal

    app = ReviewApp(ws, bidi="visual")
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(pilot)
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, KeysModal)
        ids = {row[2] for row in app.screen.rows}
        assert {"mark-false", "mark-true", "add-note", "add-evidence", "undo", "open-source", "search",
                "show-keys", "toggle-bidi", "command-palette", "quit"} <= ids
        await pilot.press("escape")
        assert app.screen is screen


@pilot_test
async def test_bindings_have_ids_tooltips_and_show_in_footer(ws):
    app = ReviewApp(ws, bidi="visual")
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(pilot)
        for binding in (*screen.BINDINGS, *screen.rating_keys):
            assert binding.id and binding.id == binding.id.lower() and " " not in binding.id
            assert binding.tooltip
        shown = {b.binding.id for b in app.active_bindings.values() if b.binding.show}
        assert {"mark-false", "add-note", "undo"} <= shown


@pilot_test
async def test_palette_marks_the_highlighted_claim(ws):
    messages = []
    app = ReviewApp(ws, bidi="visual")
    async with app.run_test(size=SIZE, message_hook=messages.append) as pilot:
        screen = await ready(pilot)
        await pilot.press("j")
        claim = screen.highlighted
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"claim: mark false")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await pilot.pause()
        assert [(m.claim.id, m.status) for m in of(messages, ReviewScreen.Decided)] == [(claim.id, "false")]
    assert on_disk(ws, claim).status == "false"


@pilot_test
async def test_palette_filters_undecided(ws):
    messages = []
    app = ReviewApp(ws, bidi="visual")
    async with app.run_test(size=SIZE, message_hook=messages.append) as pilot:
        screen = await ready(pilot)
        await pilot.press("f", "t")
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"filter: undecided")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await pilot.pause()
        filtered = of(messages, ReviewScreen.Filtered)
        assert filtered[-1].count == 4
        assert len(screen.query_one(ClaimList).rows) == 4


@pilot_test
async def test_ctrl_q_quits_with_everything_on_disk(ws):
    app = ReviewApp(ws, bidi="visual")
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(pilot)
        claim = screen.highlighted
        await pilot.press("m", "ctrl+q")
        await pilot.pause()
    assert app.return_code == 0
    assert on_disk(ws, claim).status == "mostly-true"


@pilot_test
async def test_initial_status_and_source_filters(ws):
    app = ReviewApp(ws, source=EN_SOURCE, status="unreviewed", bidi="visual")
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(pilot)
        rows = screen.query_one(ClaimList).rows
        assert len(rows) == 3 and {c.source for c in rows} == {EN_SOURCE}
        assert AR_SOURCE not in screen.query_one("#review-header").text


@pilot_test
async def test_a_workspace_scale_brings_its_own_keys(ws):
    config = ws.root / "workbench.yaml"
    config.write_text(config.read_text(encoding="utf-8") + (
        "ratings:\n"
        "  - {name: unreviewed, label: Unreviewed, value: null, decided: false}\n"
        "  - {name: correct, label: Correct, value: 3, key: c}\n"
        "  - {name: wrong, label: Wrong, value: 1}\n"          # no key: the first free letter of its name
        "  - {name: satire, label: Satire, value: null, key: n}\n"   # n is the note key: another letter
    ), encoding="utf-8")
    ws = reopen(ws)
    messages = []
    app = ReviewApp(ws, bidi="visual")
    async with app.run_test(size=SIZE, message_hook=messages.append) as pilot:
        screen = await ready(pilot)
        assert {b.id: b.key for b in screen.rating_keys} == {"mark-correct": "c", "mark-wrong": "w",
                                                             "mark-satire": "t"}
        first = screen.highlighted
        await pilot.press("w")
        second = screen.highlighted
        await pilot.press("c")
        assert [m.status for m in of(messages, ReviewScreen.Decided)] == ["wrong", "correct"]
        assert screen.query_one("#review-header").progress == "2/6"
    assert (on_disk(ws, first).status, on_disk(ws, second).status) == ("wrong", "correct")


@pilot_test
async def test_an_empty_workspace_opens_and_every_key_is_harmless(tmp_path):
    from workbench.store import Workspace

    ws = Workspace.init(tmp_path / "empty")
    app = ReviewApp(ws, bidi="visual", reviewer="tester")
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(pilot)
        assert screen.highlighted is None
        assert screen.query_one("#review-header").progress == "0/0"
        assert "No claim to show" in screen.query_one(ClaimView).text
        await pilot.press("f", "j", "k", "n", "e", "u", "o", "a", "s", "b")
        await pilot.pause()
        assert isinstance(app.screen, ReviewScreen)
        assert "No claim to mark." in toasts(app)
    assert list(ws.claims_dir.rglob("*.yaml")) == []


@pytest.mark.parametrize("bidi, shown", [("visual", True), ("terminal", False)])
@pilot_test
async def test_arabic_typed_in_a_note_is_previewed_in_visual_order(ws, bidi, shown):
    # Textual's TextArea keeps Arabic in logical order; in visual mode a preview under it shows it shaped and
    # reordered, as the claim is; in terminal mode the terminal does bidi and no preview is needed
    app = ReviewApp(ws, bidi=bidi)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("n")
        await pilot.pause()
        preview = app.screen.query_one(BidiPreview)
        await pilot.press(*"checked")
        await pilot.pause()
        assert not preview.display  # nothing right-to-left yet
        app.screen.query_one("#note-text").insert(" مصدر الرقم وزارة المالية (2020)")
        await pilot.pause()
        assert preview.display is shown
        if shown:
            expected = visual_line(Text("checked مصدر الرقم وزارة المالية (2020)")).plain
            assert str(preview.render()).strip() == expected.strip()
        await pilot.press("escape")

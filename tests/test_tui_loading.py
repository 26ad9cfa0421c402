"""Pilot tests of loading a larger workspace: the first screen from the files, the rest from the search index."""

from __future__ import annotations

import pytest

from tests.conftest import add_claim, add_source
from tests.test_tui_support import SIZE, on_disk, pilot_test, ready, reopen
from workbench.index import Index
from workbench.store import Workspace
from workbench.tui.app import ReviewApp
from workbench.tui.dialogs.conflict import ConflictModal
from workbench.tui.screens import loading
from workbench.tui.widgets.claim_list import ClaimList
from workbench.tui.widgets.claim_view import ClaimView


@pytest.fixture
def ws(tmp_path, monkeypatch):
    """Twelve claims in four articles; the screen reads the first article's files, the rest from the index."""
    monkeypatch.setattr(loading, "FIRST_BATCH", 2)
    monkeypatch.setattr(loading, "INDEX_FROM", 5)
    monkeypatch.setattr(loading, "DISK_CHECK_EVERY", 3600)
    ws = Workspace.init(tmp_path / "desk")
    for s in range(4):
        sentences = [f"The ministry reported figure number {s * 3 + i} for the year." for i in range(3)]
        add_source(ws, f"article-{s}", "Headline\n" + "\n".join(sentences) + "\n", language="en")
        for i, sentence in enumerate(sentences):
            add_claim(ws, f"article-{s}", sentence, language="en", checkworthiness=(s * 3 + i) / 20)
    return reopen(ws)


@pilot_test
async def test_the_rest_comes_from_the_index_and_is_checked_against_the_files(ws):
    app = ReviewApp(ws, bidi="visual", reviewer="tester")
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(pilot)
        assert screen.catalog.complete
        assert len(screen.query_one(ClaimList).rows) == 12
        assert screen.catalog.unverified >= 8   # read from the index, not from their files
        assert (ws.cache_dir / "index.db").exists()
        assert screen.query_one("#review-header").progress == "0/12"
        await pilot.press("end")
        last = screen.highlighted
        assert "figure number 11" in screen.query_one(ClaimView).text
        # Someone decides the claim after it was indexed: the screen asks before writing over it.
        reopen(ws).mark(last, "true", by="other")
        await pilot.press("f")
        await pilot.pause()
        assert isinstance(app.screen, ConflictModal)
        await pilot.press("t")
        await pilot.pause()
    assert (on_disk(ws, last).status, on_disk(ws, last).reviewed_by) == ("true", "other")


@pilot_test
async def test_a_claim_changed_after_indexing_shows_its_file(ws):
    with Index.open(ws):
        pass
    app = ReviewApp(ws, bidi="visual", reviewer="tester")
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(pilot)
        claims = screen.query_one(ClaimList)
        target = claims.rows[7]
        # The catalog holds the index's copy; the file changes under it before it is looked at.
        reopen(ws).add_note(target, "a note the index has not seen", by="other")
        claims.move_to_claim(target.id)
        await pilot.pause()
        assert "a note the index has not seen" in screen.query_one(ClaimView).text
        await pilot.press("m")
        assert f"{target.id[:8]} marked mostly-true" in screen.query_one("#review-header").text
    saved = on_disk(ws, target)
    assert saved.status == "mostly-true" and saved.notes[0].text == "a note the index has not seen"


@pilot_test
async def test_a_claim_unchanged_since_indexing_keeps_the_lists_made(ws):
    # Checking the index's copy against its file must not throw away every list and count
    # (the next search or filter would count all the claims again) when nothing differs.
    app = ReviewApp(ws, bidi="visual", reviewer="tester")
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(pilot)
        claims = screen.query_one(ClaimList)
        target = claims.rows[9]
        assert screen.catalog.unverified >= 8
        version = screen.catalog.version
        unverified = screen.catalog.unverified
        claims.move_to_claim(target.id)
        await pilot.pause()
        assert "figure number 9" in screen.query_one(ClaimView).text
        assert screen.catalog.unverified == unverified - 1   # read from its file
        assert screen.catalog.version == version             # and found the same
        await pilot.press("t")
    assert on_disk(ws, target).status == "true"


@pilot_test
async def test_search_results_keep_the_order_and_the_other_filters(ws):
    from workbench.model import normalize_text
    from workbench.tui.catalog import Filter

    app = ReviewApp(ws, bidi="visual", reviewer="tester")
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(pilot)
        catalog = screen.catalog
        catalog.prepare_search()
        first = catalog.ordered("article")[3]
        await pilot.press("t")   # the highlighted claim (the first) is now decided
        decided = screen.query_one(ClaimList).rows[0]
        assert decided.status == "true"
        for flt in (Filter(query="ministry"), Filter(query="ministry", sort="checkworthiness"),
                    Filter(query="reported figure", status=":undecided", sort="checkworthiness"),
                    Filter(query="number 3", source=first.source), Filter(query="nothing-like-this")):
            hits = catalog._words.claims_matching(normalize_text(flt.query))
            expected = [c for c in catalog.view(flt.but(query="")) if c.id in hits]
            assert catalog.view(flt) == expected
        assert decided not in catalog.view(Filter(query="ministry", status=":undecided"))
        assert len(catalog.view(Filter(query="ministry", sort="checkworthiness"))) == 12
        assert [c.checkworthiness for c in catalog.view(Filter(query="ministry", sort="checkworthiness"))] == \
            sorted((c.checkworthiness for c in catalog.claims.values()), reverse=True)


@pilot_test
async def test_a_search_down_to_one_claim_keeps_the_list_scrollbar_and_rows_clear_of_it(ws):
    app = ReviewApp(ws, bidi="visual", reviewer="tester")
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(pilot)
        claims = screen.query_one(ClaimList)
        await pilot.press("slash", *"number 11", "enter")
        await pilot.pause()
        assert [c.text for c in claims.rows] == ["The ministry reported figure number 11 for the year."]
        # A scrollbar coming and going would lay the whole screen out again at each search.
        assert claims.show_vertical_scrollbar
        # Rows are drawn to the scrollbar's left edge, not under it.
        assert claims.render_line(0).cell_length == claims.scrollable_content_region.width
        assert claims.scrollable_content_region.width < claims.size.width


@pilot_test
async def test_full_collections_wait_for_an_idle_moment_and_the_thresholds_come_back(ws, monkeypatch):
    import gc

    from workbench.tui import app as app_module

    before, collect = gc.get_threshold(), gc.collect
    collections: list[int] = []
    monkeypatch.setattr(app_module.gc, "collect", lambda *args: collections.append(1) or 0)
    monkeypatch.setattr(app_module, "IDLE_BEFORE_COLLECTING", 3600)   # the test says when time has passed
    app = ReviewApp(ws, bidi="visual", reviewer="tester")
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        assert gc.get_threshold()[2] == app_module.FULL_COLLECTION_AFTER
        await pilot.press("j")
        collect(1)                                  # something for a full collection to look at
        app.collect_when_idle()
        assert not collections                      # a key a moment ago: not now
        app._last_input -= app_module.IDLE_BEFORE_COLLECTING
        app._cpu_seen -= 1.0                        # no key, but a second of work (a search from a timer)
        app.collect_when_idle()
        assert not collections
        app.collect_when_idle()                     # a quiet second: now
        assert collections == [1]
    assert gc.get_threshold() == before

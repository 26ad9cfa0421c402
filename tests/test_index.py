"""The index mirrors the YAML files: built, refreshed incrementally, searched with Arabic folded."""

from __future__ import annotations

import os

import pytest
import sqlite_utils

from tests.conftest import ARABIC_ARTICLE, ENGLISH_ARTICLE, add_claim, add_source
from workbench.claimfile import claim_to_yaml
from workbench.index import INDEX_NAME, RACY_NS, Index

AR_BUDGET = "أعلنت الحكومة زيادة الميزانية بنسبة 12 في المئة هذا العام."
AR_DEFICIT = "وقال وزير المالية إن العجز سينخفض إلى النصف."
EN_BUDGET = "The government raised the budget by 12 percent this year."
EN_DEFICIT = "The finance minister said the deficit would halve."


@pytest.fixture
def desk(workspace):
    add_source(workspace, "ar-news", ARABIC_ARTICLE, "ar")
    add_source(workspace, "en-news", ENGLISH_ARTICLE, "en")
    add_claim(workspace, "ar-news", AR_BUDGET, checkworthiness=0.9)
    add_claim(workspace, "ar-news", AR_DEFICIT, speaker="وزير المالية", checkworthiness=0.4)
    add_claim(workspace, "en-news", EN_BUDGET, language="en", checkworthiness=0.7)
    add_claim(workspace, "en-news", EN_DEFICIT, language="en", speaker="The finance minister")
    return workspace


def _age(path, seconds=60):
    """Make a file look written long ago, outside the racy window."""
    st = path.stat()
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns - seconds * 1_000_000_000))


def test_build_mirrors_claims_sources_and_notes(desk):
    claim = desk.load_all().claims[0]
    desk.mark(claim, "false", note="الرقم الصحيح 10 في المئة", by="amal")
    with Index.open(desk) as index:
        assert index.count() == 4
        got = index.get(claim.id)
        assert (got.status, got.reviewed_by, got.span, got.text) == ("false", "amal", claim.span, claim.text)
        assert [n.text for n in got.notes] == ["الرقم الصحيح 10 في المئة"]
        assert set(index.sources()) == {"ar-news", "en-news"}
        assert index.path_of(claim.id) == desk.claim_path(claim)


@pytest.mark.parametrize("query, expected", [
    ("الحكومه", AR_BUDGET),             # ta marbuta folded
    ("حكومة", AR_BUDGET),               # a clitic-free word finds the word with its article
    ("اعلنت", AR_BUDGET),               # hamza on alef folded
    ("أَعْلَنَتْ", AR_BUDGET),             # diacritics ignored
    ("وزير", AR_DEFICIT),               # the speaker is searched too
    ("GOVERNMENT budget", EN_BUDGET),   # case folded, every word required
    ("minister", EN_DEFICIT),
    ("deficit halve", EN_DEFICIT),
])
def test_search_folds_arabic_and_case(desk, query, expected):
    with Index.open(desk) as index:
        assert [c.text for c in index.search(query)] == [expected]


def test_search_covers_notes_and_short_words(desk):
    claim = next(c for c in desk.load_all().claims if c.text == EN_BUDGET)
    desk.add_note(claim, "Asked the ministry for the filing", by="sam")
    with Index.open(desk) as index:
        assert [c.id for c in index.search("filing")] == [claim.id]
        assert [c.id for c in index.search("12 budget")] == [claim.id]
        assert index.search("nothing-like-this") == []


def test_filters_sorts_and_counts(desk):
    claims = {c.text: c for c in desk.load_all().claims}
    desk.mark(claims[AR_BUDGET], "false", by="amal")
    desk.mark(claims[EN_DEFICIT], "in-progress", by="sam")
    with Index.open(desk) as index:
        assert index.counts_by_status() == {"unreviewed": 2, "false": 1, "in-progress": 1}
        assert [c.text for c in index.claims(decided=True)] == [AR_BUDGET]
        assert index.count(decided=False) == 3
        assert index.count(status=["false", "in-progress"]) == 2
        assert index.count(source="en-news") == 2
        assert [c.text for c in index.claims(speaker="وزير")] == [AR_DEFICIT]
        assert index.count(language="en") == 2
        assert index.count(reviewed_since="2000-01-01", reviewed_until="2999-12-31") == 2
        assert index.count(reviewed_since="2999-01-01") == 0
        ranked = index.claims(sort="checkworthiness")
        assert [c.text for c in ranked[:2]] == [AR_BUDGET, EN_BUDGET]
        assert [c.id for c in index.claims(limit=2, offset=1)] == [c.id for c in index.claims()][1:3]
        assert index.counts_by("source") == {"ar-news": 2, "en-news": 2}


def test_refresh_picks_up_changes_additions_and_deletions(desk):
    with Index.open(desk) as index:
        assert index.refresh().changed == 0
        claim = index.claims(source="en-news")[0]
        desk.mark(desk.load_claim(desk.claim_path(claim)), "true", by="sam")
        stats = index.refresh()
        assert (stats.updated, stats.added, stats.removed) == (1, 0, 0)
        assert index.get(claim.id).status == "true"
        desk.claim_path(claim).unlink()
        assert index.refresh().removed == 1
        assert index.get(claim.id) is None and index.count() == 3


def test_a_change_that_keeps_size_and_mtime_is_caught(desk):
    """Within the racy window files are hashed; outside it, verify=True hashes everything."""
    with Index.open(desk) as index:
        claim = index.claims(source="ar-news")[0]
        path = desk.claim_path(claim)
        before = path.stat()
        text = path.read_text(encoding="utf-8")
        changed = text.replace("checkworthiness: 0.9", "checkworthiness: 0.1")
        assert len(changed) == len(text) and changed != text
        path.write_text(changed, encoding="utf-8")
        os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))
        index.refresh()
        assert index.get(claim.id).checkworthiness == pytest.approx(0.1)

        for p in desk.root.rglob("*.yaml"):
            _age(p, 3600)
        index.refresh()
        old = path.stat()
        path.write_text(text, encoding="utf-8")
        os.utime(path, ns=(old.st_atime_ns, old.st_mtime_ns))
        index.refresh()
        assert index.get(claim.id).checkworthiness == pytest.approx(0.1)  # the mtime lied
        index.refresh(verify=True)
        assert index.get(claim.id).checkworthiness == pytest.approx(0.9)
    assert RACY_NS > 0


def test_malformed_files_become_problems_until_fixed(desk):
    with Index.open(desk) as index:
        claim = index.claims()[0]
        path = desk.claim_path(claim)
        good = path.read_text(encoding="utf-8")
        path.write_text(good.replace("status: unreviewed", "status: [broken"), encoding="utf-8")
        index.refresh()
        assert index.get(claim.id) is None
        [problem] = index.problems()
        assert problem.path == f"claims/{claim.source}/{claim.id}.yaml" and problem.line > 1
        path.write_text(good, encoding="utf-8")
        index.refresh()
        assert index.problems() == [] and index.get(claim.id) is not None


def test_an_edited_article_text_rechecks_its_claims(desk):
    with Index.open(desk) as index:
        path = desk.source_text_path("en-news")
        path.write_text(ENGLISH_ARTICLE.replace("government", "cabinet"), encoding="utf-8")
        index.refresh()
        assert {p.path.split("/")[1] for p in index.problems()} == {"en-news"}


def test_deleting_or_corrupting_the_database_loses_nothing(desk):
    with Index.open(desk) as index:
        first = [(c.id, c.status, c.text) for c in index.claims()]
    db_path = desk.cache_dir / INDEX_NAME
    db_path.unlink()
    with Index.open(desk) as index:
        assert [(c.id, c.status, c.text) for c in index.claims()] == first
    db_path.write_bytes(b"this is not a database" * 100)
    for suffix in ("-wal", "-shm"):
        (desk.cache_dir / f"{INDEX_NAME}{suffix}").unlink(missing_ok=True)
    with Index.open(desk) as index:
        assert [(c.id, c.status, c.text) for c in index.claims()] == first


def test_the_database_is_plain_sqlite_with_fts_that_datasette_finds(desk):
    Index.open(desk).close()
    db = sqlite_utils.Database(desk.cache_dir / INDEX_NAME)
    assert {"claims", "sources", "notes", "evidence"} <= set(db.table_names())
    assert db["claims"].detect_fts() == "claims_fts"
    rows = db.execute("SELECT c.text FROM claims c JOIN claims_fts f ON f.rowid = c.rowid "
                      "WHERE claims_fts MATCH ?", ['"minister"']).fetchall()
    assert rows == [(EN_DEFICIT,)]


def test_many_files_are_parsed_in_worker_processes(desk, monkeypatch):
    import workbench.index as index_module

    monkeypatch.setattr(index_module, "PARALLEL_FROM", 2)
    with Index.open(desk) as index:
        assert index.count() == 4 and index.problems() == []


def test_find_resolves_abbreviated_ids(desk):
    with Index.open(desk) as index:
        claim = index.claims()[0]
        assert index.find(claim.id[:6]) == [claim.id]
        assert index.find("zzz") == []


def test_copy_in_a_wrong_folder_is_a_problem_not_a_second_claim(desk):
    claim = desk.load_all().claims[0]
    stray = desk.claims_dir / "en-news" / f"{claim.id}.yaml"
    stray.write_text(claim_to_yaml(claim), encoding="utf-8")
    with Index.open(desk) as index:
        assert index.count() == 4
        assert len(index.problems()) == 1


def test_unusable_index_location_is_a_clear_error(desk):
    import shutil

    from workbench.index import IndexUnavailableError

    shutil.rmtree(desk.cache_dir, ignore_errors=True)
    desk.cache_dir.write_text("a file where the cache folder should be")
    with pytest.raises(IndexUnavailableError):
        Index.open(desk)


def test_tables_are_made_by_sqlite_utils_with_links_datasette_follows(desk):
    Index.open(desk).close()
    db = sqlite_utils.Database(desk.cache_dir / INDEX_NAME)
    assert db["claims"].pks == ["id"]
    assert [(fk.column, fk.other_table) for fk in db["notes"].foreign_keys] == [("claim_id", "claims")]
    assert {"claims_ai", "claims_ad", "claims_au"} <= {t.name for t in db["claims"].triggers}
    assert "trigram" in db["claims_fts"].schema


def test_an_up_to_date_index_is_read_without_loading_sqlite_utils(desk):
    """Opening it costs no sqlite-utils (and so no click) import when nothing changed."""
    import subprocess
    import sys

    Index.open(desk).close()
    for path in desk.root.rglob("*.yaml"):
        _age(path, 3600)
    for path in desk.root.rglob("*.txt"):
        _age(path, 3600)
    Index.open(desk).close()  # re-stamps the aged files
    code = ("import sys\nfrom workbench.store import Workspace\nfrom workbench.index import Index\n"
            f"ix = Index.open(Workspace({str(desk.root)!r}))\n"
            "print(ix.count(), 'sqlite_utils' in sys.modules, 'click' in sys.modules)\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert out.stdout.split() == ["4", "False", "False"], out.stderr


def test_a_bulk_refresh_rebuilds_the_full_text_index_and_its_triggers(desk, monkeypatch):
    import workbench.index as index_module

    monkeypatch.setattr(index_module, "BULK_FROM", 1)
    with Index.open(desk) as index:
        assert [c.text for c in index.search("الحكومه")] == [AR_BUDGET]
        claim = index.claims(source="en-news")[0]
        desk.add_note(desk.load_claim(desk.claim_path(claim)), "ministry filing attached", by="sam")
        index.refresh()
        assert [c.id for c in index.search("filing")] == [claim.id]
    db = sqlite_utils.Database(desk.cache_dir / INDEX_NAME)
    assert {"claims_ai", "claims_ad", "claims_au"} <= {t.name for t in db["claims"].triggers}


@pytest.mark.parametrize("query", ["", "   ", '"', '" "'])
def test_a_query_without_words_finds_nothing(desk, query):
    with Index.open(desk) as index:
        assert index.search(query) == []


def test_the_benchmarks_synthetic_workspace_is_valid_and_indexes_fully(tmp_path):
    """Other benchmarks build on benchmarks/synthetic.py: its files must be ones the store accepts."""
    from benchmarks.synthetic import build_workspace

    ws = build_workspace(tmp_path / "synthetic", claims=120, sources=5)
    loaded = ws.load_all()
    assert loaded.problems == [] and len(loaded.claims) == 120
    assert {c.language for c in loaded.claims} == {"ar", "en"}
    with Index.open(ws) as index:
        assert index.count() == 120 and index.problems() == []

"""History on real git repositories: diffs between revisions and a claim's status over its commits."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from tests.conftest import ARABIC_ARTICLE, ENGLISH_ARTICLE, add_claim, add_source
from workbench.history import HistoryError, NotARepositoryError, diff, log
from workbench.store import Workspace

AR_BUDGET = "أعلنت الحكومة زيادة الميزانية بنسبة 12 في المئة هذا العام."
AR_DEFICIT = "وقال وزير المالية إن العجز سينخفض إلى النصف."
EN_BUDGET = "The government raised the budget by 12 percent this year."
EN_DEFICIT = "The finance minister said the deficit would halve."


def git(cwd: Path, *args: str) -> str:
    return subprocess.run(["git", "-c", "user.name=Test Desk", "-c", "user.email=desk@example.org", *args],
                          cwd=cwd, check=True, capture_output=True, text=True).stdout


def commit(cwd: Path, message: str) -> str:
    git(cwd, "add", "-A")
    git(cwd, "commit", "-q", "-m", message)
    return git(cwd, "rev-parse", "HEAD").strip()


@pytest.fixture(params=["", "newsroom/desk"], ids=["at-top", "in-subfolder"])
def repo(tmp_path: Path, request) -> tuple[Path, Workspace, dict]:
    top = tmp_path / "repo"
    top.mkdir()
    git(top, "init", "-q", "-b", "main")
    ws = Workspace.init(top / request.param if request.param else top)
    add_source(ws, "خبر-الميزانية", ARABIC_ARTICLE, "ar")
    add_source(ws, "budget-news", ENGLISH_ARTICLE, "en")
    claims = {
        "ar_budget": add_claim(ws, "خبر-الميزانية", AR_BUDGET),
        "ar_deficit": add_claim(ws, "خبر-الميزانية", AR_DEFICIT, speaker="وزير المالية"),
        "en_budget": add_claim(ws, "budget-news", EN_BUDGET, language="en"),
    }
    commit(top, "ingest")
    return top, ws, claims


def test_diff_between_two_commits(repo):
    top, ws, claims = repo
    ws.mark(claims["ar_budget"], "false", note="الرقم الصحيح عشرة", by="أمل")
    ws.add_evidence(claims["en_budget"], "https://example.org/budget", title="Budget law")
    orphan = claims["ar_deficit"]
    orphan.orphaned = True
    ws.save_claim(orphan)
    added = add_claim(ws, "budget-news", EN_DEFICIT, language="en")
    commit(top, "review")
    result = diff(ws, "HEAD~1", "HEAD")
    by_id = {c.id: c for c in result.changes}
    assert set(by_id) == {claims["ar_budget"].id, claims["en_budget"].id, orphan.id, added.id}
    status = result.of_kind("status")
    assert [(c.id, c.status_from, c.status_to, c.by) for c in status] == [
        (claims["ar_budget"].id, "unreviewed", "false", "أمل")]
    assert status[0].at and [n.text for n in status[0].notes_added] == ["الرقم الصحيح عشرة"]
    assert [e.url for e in by_id[claims["en_budget"].id].evidence_added] == ["https://example.org/budget"]
    assert [c.id for c in result.of_kind("orphaned")] == [orphan.id]
    assert [c.id for c in result.of_kind("added")] == [added.id]
    assert by_id[added.id].path == f"claims/budget-news/{added.id}.yaml"


def test_diff_against_the_working_tree_sees_untracked_and_removed(repo):
    top, ws, claims = repo
    ws.mark(claims["en_budget"], "true", by="sam")
    ws.claim_path(claims["ar_deficit"]).unlink()
    added = add_claim(ws, "budget-news", EN_DEFICIT, language="en")
    result = diff(ws)
    assert {(c.id, c.change) for c in result.changes} == {
        (claims["en_budget"].id, "changed"), (claims["ar_deficit"].id, "removed"), (added.id, "added")}
    assert [c.status_to for c in result.of_kind("status")] == ["true"]
    assert diff(ws, "HEAD", "HEAD").changes == []


def test_an_unchanged_tree_has_no_changes_and_bad_files_are_problems(repo):
    top, ws, claims = repo
    assert diff(ws).changes == []
    path = ws.claim_path(claims["en_budget"])
    path.write_text("status: [unclosed\n", encoding="utf-8")
    result = diff(ws)
    assert len(result.problems) == 1 and claims["en_budget"].id in result.problems[0]
    assert result.changes == []  # unreadable is a problem, not a removal


def test_log_follows_one_claim_over_its_commits(repo):
    top, ws, claims = repo
    claim = claims["ar_budget"]
    ws.mark(claim, "in-progress", by="sam")
    commit(top, "start checking")
    ws.mark(claim, "misleading", note="نصف الحقيقة", by="أمل")
    commit(top, "decide")
    ws.mark(claim, "false", by="أمل")
    entries = log(ws, claim.id[:7])
    assert [e.status for e in entries] == ["unreviewed", "in-progress", "misleading", "false"]
    assert [e.subject for e in entries] == ["ingest", "start checking", "decide", "(not committed)"]
    assert entries[2].reviewed_by == "أمل" and entries[2].notes == 1 and entries[0].author == "Test Desk"
    assert entries[-1].commit is None


def test_log_of_a_deleted_claim_comes_from_history(repo):
    top, ws, claims = repo
    claim = claims["en_budget"]
    ws.claim_path(claim).unlink()
    commit(top, "drop it")
    entries = log(ws, claim.id)
    assert [(e.status, e.subject) for e in entries] == [("unreviewed", "ingest"), (None, "drop it")]


@pytest.mark.parametrize("rev", ["no-such-branch", "--output=/tmp/x"])
def test_unknown_revisions_are_clear_errors(repo, rev):
    top, ws, _ = repo
    with pytest.raises(HistoryError, match="revision"):
        diff(ws, rev)


def test_unknown_and_ambiguous_ids(repo):
    top, ws, _ = repo
    with pytest.raises(HistoryError, match="no claim id"):
        log(ws, "ffffffffff")
    with pytest.raises(HistoryError, match="not a claim id"):
        log(ws, "../../etc")


def test_outside_a_repository_is_a_clear_error(tmp_path):
    ws = Workspace.init(tmp_path / "loose")
    with pytest.raises(NotARepositoryError, match="not inside a git repository"):
        diff(ws)
    with pytest.raises(NotARepositoryError):
        log(ws, "abc")

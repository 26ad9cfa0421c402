"""Several writers at once, and two reviewers merging in git: no decision is lost."""

import subprocess
import sys
import textwrap

import pytest
from conftest import ARABIC_ARTICLE, ENGLISH_ARTICLE, add_claim, add_source

from workbench.store import Workspace
from workbench.validate import validate_workspace

SENTENCES = {
    "ar": ("ar-budget", ARABIC_ARTICLE, "وقال وزير المالية إن العجز سينخفض إلى النصف"),
    "en": ("en-budget", ENGLISH_ARTICLE, "The finance minister said the deficit would halve"),
}

NOTER = textwrap.dedent("""
    import sys
    from pathlib import Path
    from workbench.store import Workspace
    root, claim_id, who, count = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
    for k in range(count):
        ws = Workspace(Path(root))
        claim = ws.find_claim(claim_id)
        ws.add_note(claim, f"{who}-{k}", by=who)
        ws.mark(claim, "true" if k % 2 else "false", by=who)
""")


@pytest.fixture
def two_claims(workspace):
    claims = {}
    for lang, (source_id, article, sentence) in SENTENCES.items():
        add_source(workspace, source_id, article, language=lang)
        claims[lang] = add_claim(workspace, source_id, sentence, language=lang)
    return workspace, claims


def _run_writers(tmp_path, root, jobs, count=15):
    script = tmp_path / "noter.py"
    script.write_text(NOTER)
    procs = [subprocess.Popen([sys.executable, str(script), str(root), claim_id, who, str(count)])
             for claim_id, who in jobs]
    for proc in procs:
        assert proc.wait(timeout=120) == 0


def test_two_processes_on_the_same_claim_lose_no_note(two_claims, tmp_path):
    ws, claims = two_claims
    _run_writers(tmp_path, ws.root, [(claims["ar"].id, "amal"), (claims["ar"].id, "bilal")])
    saved = Workspace(ws.root).load_claim(ws.claim_path(claims["ar"]))
    written = {n.text for n in saved.notes if not n.text.startswith("status changed")}
    assert written == {f"{who}-{k}" for who in ("amal", "bilal") for k in range(15)}
    # The later decision won. (Whether the two writers interleave, so that one overrides the other's verdict and
    # leaves a trace, is up to the scheduler: one may finish before the other starts on a busy machine, which
    # made this test fail once. The trace itself is checked deterministically in the test below.)
    assert saved.reviewed_by in ("amal", "bilal")


def test_two_processes_on_different_claims_both_land(two_claims, tmp_path):
    ws, claims = two_claims
    _run_writers(tmp_path, ws.root, [(claims["ar"].id, "amal"), (claims["en"].id, "bilal")], count=10)
    fresh = Workspace(ws.root)
    for lang, who in (("ar", "amal"), ("en", "bilal")):
        saved = fresh.load_claim(ws.claim_path(claims[lang]))
        assert [n.text for n in saved.notes] == [f"{who}-{k}" for k in range(10)]


def test_overriding_another_reviewers_decision_leaves_a_note(two_claims):
    ws, claims = two_claims
    ws.mark(claims["en"], "true", by="amal")
    ws.mark(claims["en"], "false", by="bilal")
    saved = ws.load_claim(ws.claim_path(claims["en"]))
    assert saved.status == "false"
    assert saved.notes[-1].text.startswith("status changed from true, decided by amal")


def _git(cwd, *args, check=True):
    return subprocess.run(["git", "-c", "user.name=t", "-c", "user.email=t@example.org", *args], cwd=cwd,
                          check=check, capture_output=True, text=True)


def test_a_git_merge_of_two_verdicts_conflicts_in_one_small_file(two_claims):
    ws, claims = two_claims
    root = ws.root
    _git(root, "init", "-q", "-b", "main")
    _git(root, "add", "-A")
    _git(root, "commit", "-qm", "ingest")
    _git(root, "checkout", "-qb", "amal")
    Workspace(root).mark(Workspace(root).find_claim(claims["ar"].id), "true", by="amal")
    _git(root, "commit", "-qam", "amal decides")
    _git(root, "checkout", "-q", "main")
    Workspace(root).mark(Workspace(root).find_claim(claims["ar"].id), "false", by="bilal")
    _git(root, "commit", "-qam", "bilal decides")
    merge = _git(root, "merge", "amal", check=False)
    assert merge.returncode != 0
    conflicted = _git(root, "diff", "--name-only", "--diff-filter=U").stdout.split()
    assert conflicted == [f"claims/ar-budget/{claims['ar'].id}.yaml"]
    problems = validate_workspace(Workspace(root))
    assert [(p.path, p.reason) for p in problems] == [(conflicted[0], "unresolved git merge conflict")]
    # The other claim is untouched and still loads.
    assert [c.id for c in Workspace(root).load_all().claims] == [claims["en"].id]

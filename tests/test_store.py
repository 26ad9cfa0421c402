"""The store: byte-stable claim files, atomic writes, problems reported with their line."""

import errno
import os
import re
import signal
import subprocess
import sys
import tempfile
import textwrap

import pytest
from conftest import ARABIC_ARTICLE, ENGLISH_ARTICLE, add_claim, add_source

from workbench.atomic import WriteError
from workbench.claimfile import claim_to_yaml
from workbench.model import InvalidFieldError
from workbench.store import AmbiguousClaimError, ClaimConflictError, StoreError, UnknownClaimError, Workspace

ARABIC_SENTENCE = "وقال وزير المالية إن العجز سينخفض إلى النصف"
ENGLISH_SENTENCE = "The finance minister said the deficit would halve"


@pytest.fixture
def seeded(workspace):
    add_source(workspace, "ar-budget", ARABIC_ARTICLE)
    add_source(workspace, "en-budget", ENGLISH_ARTICLE, language="en")
    ar = add_claim(workspace, "ar-budget", ARABIC_SENTENCE, speaker="وزير المالية", cue="وقال", kind="reported")
    en = add_claim(workspace, "en-budget", ENGLISH_SENTENCE, speaker="The finance minister", cue="said",
                   kind="reported", language="en")
    return workspace, ar, en


@pytest.mark.parametrize("which", ["ar", "en"])
def test_loading_and_saving_unchanged_gives_identical_bytes(seeded, which):
    ws, ar, en = seeded
    path = ws.claim_path(ar if which == "ar" else en)
    before = path.read_bytes()
    ws.save_claim(ws.load_claim(path))
    assert path.read_bytes() == before
    assert before.endswith(b"\n") and b"\\u" not in before


def test_a_status_change_is_a_one_line_diff(seeded):
    ws, ar, _ = seeded
    path = ws.claim_path(ar)
    before = path.read_text(encoding="utf-8").splitlines()
    claim = ws.load_claim(path)
    claim.status = "false"
    ws.save_claim(claim)
    after = path.read_text(encoding="utf-8").splitlines()
    changed = [(a, b) for a, b in zip(before, after) if a != b]
    assert changed == [("status: unreviewed", "status: 'false'")]
    assert len(before) == len(after)


def test_mark_stamps_who_and_when_and_appends_the_note(seeded):
    ws, ar, _ = seeded
    ws.mark(ar, "misleading", note="الأرقام من سنة أخرى", by="rania")
    loaded = ws.load_claim(ws.claim_path(ar))
    assert (loaded.status, loaded.reviewed_by) == ("misleading", "rania")
    assert loaded.notes[0].text == "الأرقام من سنة أخرى" and loaded.notes[0].by == "rania"


def test_mark_outside_the_scale_lists_the_allowed_ratings(seeded):
    ws, ar, _ = seeded
    with pytest.raises(InvalidFieldError, match="allowed: unreviewed, in-progress, true"):
        ws.mark(ar, "pants-on-fire")


def test_claim_ids_abbreviate_like_git(seeded):
    ws, ar, en = seeded
    assert ws.find_claim(ar.id[:6]).id == ar.id
    with pytest.raises(UnknownClaimError):
        ws.find_claim("ffffffffffff0")
    common = os.path.commonprefix([ar.id, en.id])
    with pytest.raises((AmbiguousClaimError, UnknownClaimError)):
        ws.find_claim(common or "zz")


@pytest.mark.parametrize("edit, line, reason", [
    (lambda t: "text: [unclosed\n", 2, "not valid YAML"),
    (lambda t: t.replace("cue: وقال\n", ""), 7, "cue: missing field"),
    (lambda t: t.replace("status: unreviewed", "status: pants-on-fire"), 11, "not a rating"),
    (lambda t: t.replace("status: unreviewed", "status: false"), 11, "must be a string"),
    (lambda t: re.sub(r"span: \[(\d+), \d+\]", r"span: [\1, 9000]", t), 4, "outside the source text"),
    (lambda t: t.replace("text: وقال", "text: فقال"), 5, "text differs from sources/ar-budget.txt"),
    (lambda t: t.replace("kind: reported", "kind: &k reported"), 8, "anchors"),
    (lambda t: t + "extra: 1\n", 17, "unknown field"),
    (lambda t: t.replace("orphaned: false", "orphaned: false\nstatus: 'true'"), 17, "duplicate key"),
    (lambda t: "<<<<<<< HEAD\n" + t, 1, "merge conflict"),
])
def test_a_malformed_claim_is_reported_with_its_line_and_the_others_still_load(seeded, edit, line, reason):
    ws, ar, en = seeded
    path = ws.claim_path(ar)
    broken = edit(path.read_text(encoding="utf-8"))
    path.write_text(broken, encoding="utf-8")
    result = ws.load_all()
    assert [c.id for c in result.claims] == [en.id]
    [problem] = result.problems
    assert problem.path == f"claims/ar-budget/{ar.id}.yaml"
    assert problem.line == line, str(problem)
    assert reason in problem.reason
    assert path.read_text(encoding="utf-8") == broken  # nothing is rewritten


def test_conflicting_write_is_refused_when_asked_to_check(seeded):
    ws, ar, _ = seeded
    mine = ws.load_claim(ws.claim_path(ar))
    other = Workspace(ws.root)
    theirs = other.load_claim(other.claim_path(ar))
    other.mark(theirs, "true", by="someone-else")
    with pytest.raises(ClaimConflictError) as caught:
        ws.mark(mine, "false", check_conflict=True)
    assert caught.value.current.status == "true"
    assert ws.load_claim(ws.claim_path(ar)).status == "true"


def test_a_claim_held_from_elsewhere_is_checked_against_the_file_too(seeded):
    # Read by another Workspace (as an index or a long-running screen would), then decided on disk.
    ws, ar, _ = seeded
    reader = Workspace(ws.root)
    held = reader.load_claim(reader.claim_path(ar))
    Workspace(ws.root).mark(Workspace(ws.root).load_claim(ws.claim_path(ar)), "true", by="someone-else")
    writer = Workspace(ws.root)           # never loaded this claim: no digest of its own to compare
    with pytest.raises(ClaimConflictError):
        writer.mark(held, "false", check_conflict=True)
    assert writer.mark(writer.load_claim(writer.claim_path(ar)), "false", check_conflict=True).status == "false"


def test_unsafe_ids_never_become_paths(seeded):
    ws, ar, _ = seeded
    ar.source = "../../etc"
    with pytest.raises((StoreError, InvalidFieldError)):
        ws.save_claim(ar)


@pytest.mark.parametrize("fault, where", [
    (errno.ENOSPC, "write"),   # the disk fills up half way through the file
    (errno.EROFS, "create"),   # the workspace is mounted read-only
    (errno.EACCES, "create"),  # no permission to write in the folder
])
def test_a_failed_write_is_a_clear_error_and_leaves_the_old_file(seeded, monkeypatch, fault, where):
    ws, ar, _ = seeded
    path = ws.claim_path(ar)
    before = path.read_bytes()

    def fail(*args, **kwargs):
        raise OSError(fault, os.strerror(fault))

    # ENOSPC surfaces when the data is flushed to disk, after part of the file exists.
    if where == "create":
        monkeypatch.setattr(tempfile, "mkstemp", fail)
    else:
        monkeypatch.setattr(os, "fsync", fail)
    with pytest.raises(WriteError, match=f"cannot write .*yaml: {os.strerror(fault)}"):
        ws.mark(ar, "false")
    monkeypatch.undo()
    assert path.read_bytes() == before
    assert not [p for p in path.parent.iterdir() if p.name.endswith(".tmp")]


WRITER = textwrap.dedent("""
    import sys
    from pathlib import Path
    from workbench.store import Workspace
    ws = Workspace(Path(sys.argv[1]))
    path = Path(sys.argv[2])
    statuses = ["true", "false", "misleading", "mostly-true"]
    i = 0
    while True:
        claim = ws.load_claim(path)
        claim.status = statuses[i % 4]
        claim.notes = claim.notes[-3:]
        ws.save_claim(claim)
        i += 1
""")


def test_a_writer_killed_at_any_moment_leaves_a_whole_file(seeded, tmp_path):
    ws, ar, _ = seeded
    path = ws.claim_path(ar)
    script = tmp_path / "writer.py"
    script.write_text(WRITER)
    seen = set()
    for round_ in range(25):
        proc = subprocess.Popen([sys.executable, str(script), str(ws.root), str(path)], stderr=subprocess.PIPE)
        try:
            proc.wait(timeout=0.3 + (round_ % 5) * 0.05)
        except subprocess.TimeoutExpired:
            proc.send_signal(signal.SIGKILL)
        proc.wait()
        assert proc.returncode == -signal.SIGKILL, proc.stderr.read().decode()
        claim = ws.load_claim(path)  # raises if the file is torn
        seen.add(claim.status)
    assert seen <= {"true", "false", "misleading", "mostly-true"} and len(seen) > 1
    # Temp files of killed writers are swept by the next write in the folder.
    ws.mark(ws.load_claim(path), "unverifiable")
    assert not [p for p in path.parent.iterdir() if p.name.endswith(".tmp")]


def test_a_stale_temp_file_is_a_warning_until_the_next_write(seeded):
    ws, ar, _ = seeded
    stale = ws.claim_path(ar).parent / f".{ar.id}.yaml.999999999.abc.tmp"
    stale.write_text("half a fi")
    problems = ws.load_all().problems
    assert [p.severity for p in problems] == ["warning"]
    ws.mark(ar, "true")
    assert not stale.exists()


def test_claim_yaml_has_every_field_in_design_order(seeded):
    _, ar, _ = seeded
    keys = [line.split(":")[0] for line in claim_to_yaml(ar).splitlines() if not line.startswith((" ", "-"))]
    assert keys == ["schema", "id", "source", "span", "text", "speaker", "cue", "kind", "language",
                    "checkworthiness", "status", "notes", "evidence", "reviewed_by", "reviewed_at", "orphaned"]


def test_workspace_scale_comes_from_workbench_yaml(workspace):
    (workspace.root / "workbench.yaml").write_text(
        "ratings:\n  - {name: new, label: New}\n  - {name: correct, label: Correct, value: 3, key: c}\n"
        "  - {name: wrong, label: Wrong, value: 1, key: w}\n", encoding="utf-8")
    ws = Workspace(workspace.root)
    assert ws.scale.names == ("new", "correct", "wrong")
    assert [r.decided for r in ws.scale.ratings] == [False, True, True]

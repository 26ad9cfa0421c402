"""Hostile and broken input: wrong types in claim files, symlinks out of the workspace, odd file names."""

from __future__ import annotations

import os
import re

import pytest

from conftest import ARABIC_ARTICLE, add_claim, add_source
from workbench.store import StoreError

SENTENCE = "وقال وزير المالية إن العجز سينخفض إلى النصف."


@pytest.fixture
def one_claim(workspace):
    add_source(workspace, "ar-budget", ARABIC_ARTICLE)
    return workspace, add_claim(workspace, "ar-budget", SENTENCE, speaker="وزير المالية", cue="وقال",
                                kind="reported")


@pytest.mark.parametrize("pattern, replacement, field", [
    (r"span: \[.*\]", "span: somewhere", "span"),
    (r"span: \[(\d+), (\d+)\]", r"span: [\1, \2, 3]", "span"),
    (r"checkworthiness: .*", "checkworthiness: high", "checkworthiness"),
    (r"checkworthiness: .*", "checkworthiness: 7", "checkworthiness"),
    (r"notes: .*", "notes: 5", "notes"),
    (r"evidence: .*", "evidence: [1, 2]", "evidence"),
    (r"speaker: .*", "speaker: [a, b]", "speaker"),
    (r"orphaned: .*", "orphaned: maybe", "orphaned"),
    (r"schema: .*", "schema: 99", "schema"),
])
def test_wrong_types_are_refused_with_the_fields_line(one_claim, pattern, replacement, field):
    ws, claim = one_claim
    path = ws.claim_path(claim)
    original = path.read_text(encoding="utf-8")
    broken = re.sub(pattern, replacement, original, count=1)
    assert broken != original
    path.write_text(broken, encoding="utf-8")
    [problem] = ws.load_all().problems
    field_line = next(n for n, line in enumerate(broken.splitlines(), 1) if line.startswith(f"{field}:"))
    assert (problem.path, problem.line) == (f"claims/ar-budget/{claim.id}.yaml", field_line), str(problem)
    assert field in problem.reason, str(problem)
    assert path.read_text(encoding="utf-8") == broken


def _files_under(folder):
    return {str(p.relative_to(folder)): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


@pytest.mark.parametrize("linked", ["claims", "claims/ar-budget", "sources"])
def test_a_symlinked_folder_never_carries_a_write_outside(one_claim, tmp_path, linked):
    ws, claim = one_claim
    outside = tmp_path / "outside"
    (ws.root / linked).rename(outside)
    os.symlink(outside, ws.root / linked)
    before = _files_under(outside)
    with pytest.raises(StoreError, match="leads outside the workspace"):
        if linked == "sources":
            add_source(ws, "ar-budget", ARABIC_ARTICLE + "\nسطر جديد.\n")
        else:
            ws.mark(claim, "false")
    assert _files_under(outside) == before


def test_a_symlinked_claim_file_is_replaced_not_written_through(one_claim, tmp_path):
    ws, claim = one_claim
    path = ws.claim_path(claim)
    outside = tmp_path / "elsewhere.yaml"
    outside.write_bytes(path.read_bytes())
    path.unlink()
    os.symlink(outside, path)
    ws.mark(ws.load_claim(path), "false")
    assert "status: unreviewed" in outside.read_text(encoding="utf-8")
    assert not path.is_symlink() and "status: 'false'" in path.read_text(encoding="utf-8")

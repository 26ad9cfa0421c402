"""Hostile and broken input: wrong types in claim files, symlinks out of the workspace, odd file names."""

from __future__ import annotations

import json
import os
import re

import pytest
from conftest import ARABIC_ARTICLE, add_claim, add_source

from workbench.store import StoreError, Workspace
from workbench.validate import validate_workspace

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


HOSTILE_ARTICLES = {
    "en": ("Hostile headline\n\n"
           "The minister said <script>alert(1)</script> cost [bold red]12 million[/] dollars "
           "\x1b[31mred\x1b]8;;javascript:alert(1)\x1b\\link\x1b]8;;\x1b\\ in 2024.\n\n"
           "The company said =HYPERLINK(\"http://evil\") rose [click](javascript:alert(3)) by 5 percent.\n"),
    "ar": ("عنوان عدائي\n\n"
           "وقال الوزير إن <script>alert(1)</script> كلف [bold red]12 مليون[/] دولار \x1b[2J\x1b]0;title\x07 عام 2024.\n\n"
           "وقالت الشركة إن =HYPERLINK(\"http://evil\") ارتفع [انقر](javascript:alert(3)) بنسبة 5 في المئة.\n"),
}


@pytest.mark.parametrize("language", ["ar", "en"])
def test_a_hostile_article_is_inert_in_the_terminal_and_in_every_report(tmp_path, monkeypatch, language):
    from click.testing import CliRunner

    from workbench.cli import main

    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("WORKBENCH_REVIEWER", "rania")
    (tmp_path / "hostile.txt").write_text(HOSTILE_ARTICLES[language], encoding="utf-8")

    def run(*args):
        result = CliRunner().invoke(main, ["-w", "desk", *args])
        assert result.exit_code == 0, result.output
        return result.output

    CliRunner().invoke(main, ["init", "desk"])
    run("ingest", "hostile.txt")
    claims = json.loads(run("list", "--format", "json"))
    assert len(claims) == 2
    first, second = (c["id"] for c in claims)
    run("mark", first, "false", "--note", "<img src=x onerror=alert(1)> \x1b[31m")
    run("evidence", first, "javascript:alert(1)", "--title", "</script><script>alert(2)</script>")
    run("mark", second, "not-a-claim")

    # Nothing printed for a terminal carries a control character other than a newline.
    for shown in (run("list"), run("show", first), run("show", second), run("search", "2024")):
        assert not re.search(r"[\x00-\x09\x0b-\x1f\x7f-\x9f]", shown), shown
    page = run("report", "--format", "html")
    # Escaped, "onerror=" and "javascript:" are words on the page; only a real tag or link could run.
    assert not re.search(r"<script|<img|(href|src)=[\"']?javascript", page, re.I)
    markdown = run("report", "--format", "md")
    assert not re.search(r"<script|<img|\]\(javascript", markdown, re.I)
    reviews = run("report", "--format", "claimreview")
    assert "<" not in reviews and ">" not in reviews
    # The same text once parsed: escaped for a <script> element, not altered; the non-claim is not published.
    assert ["<script>alert(1)</script>" in r["claimReviewed"] for r in json.loads(reviews)] == [True]
    table = run("report", "--format", "csv", "--include-undecided", "--encoding", "utf-8")
    assert "=HYPERLINK" in table and not re.search(r'(^|,)"?=HYPERLINK', table, re.M)


ODD_NAMES = [
    "story with spaces.txt",
    "خبر عاجل عن الميزانية.txt",
    "..hidden..txt",
    "-rf --all.txt",
    "a" * 120 + "ب" * 60 + ".txt",   # 245 bytes: near the file system's limit
    "semi;colon|pipe$(x).txt",
    "CON.txt",
]


def test_odd_file_names_become_safe_distinct_sources_inside_the_workspace(tmp_path, monkeypatch):
    from click.testing import CliRunner

    from workbench.cli import main

    outside = tmp_path / "articles" / "deep"
    outside.mkdir(parents=True)
    for n, name in enumerate(ODD_NAMES):
        (outside / name).write_text(f"عنوان {n}\n\nقال الوزير إن الخطة رقم {n} ستكتمل في 2025.\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    runner = CliRunner()
    assert runner.invoke(main, ["init", "desk"]).exit_code == 0
    before = {p for p in tmp_path.rglob("*") if "desk" not in p.relative_to(tmp_path).parts}
    monkeypatch.chdir(tmp_path / "desk")
    # Relative with .., absolute, and a folder: every way a path can be given.
    result = runner.invoke(main, ["ingest", "../articles/deep/" + ODD_NAMES[0], str(outside / ODD_NAMES[1]),
                                  "../articles"])
    assert result.exit_code == 0, result.output
    after = {p for p in tmp_path.rglob("*") if "desk" not in p.relative_to(tmp_path).parts}
    assert after == before, "nothing is written outside the workspace"
    ws = Workspace(tmp_path / "desk")
    ids = sorted(ws.iter_source_ids())
    assert len(ids) == len(ODD_NAMES)
    for source_id in ids:
        assert re.fullmatch(r"[\w.-]+", source_id) and not source_id.startswith(("-", ".")), source_id
        assert len(source_id.encode("utf-8")) <= 200
    assert validate_workspace(ws) == []

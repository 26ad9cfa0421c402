"""search, report, diff, log and dupes, run as a user runs them and checked through files and output."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest
from click.testing import CliRunner

from tests.conftest import add_claim, add_source
from workbench.cli import main
from workbench.store import Workspace

AR_TEXT = (
    "وزارة الدفاع تعلن عقود الحوسبة السحابية\n"
    "قال المتحدث باسم الوزارة إن قيمة العقود بلغت تسعة مليارات دولار.\n"
    "وأضافت الصحيفة أن الشركات الأربع ستتقاسم العقود.\n"
)
AR_QUOTE = "قال المتحدث باسم الوزارة إن قيمة العقود بلغت تسعة مليارات دولار."
AR_OWN = "وأضافت الصحيفة أن الشركات الأربع ستتقاسم العقود."
# A second Arabic article repeating the first one's claim, spelled a little differently.
AR_TEXT_2 = (
    "تقرير عن عقود البنتاغون\n"
    "قال المتحدث باسم الوزارة ان قيمة العقود بلغت نحو تسعة مليارات دولار\n"
)
AR_QUOTE_2 = "قال المتحدث باسم الوزارة ان قيمة العقود بلغت نحو تسعة مليارات دولار"
EN_TEXT = (
    "Cloud deals <script>alert('headline')</script>\n"
    "The spokesman said <script>alert(1)</script> the contracts were worth $9 billion.\n"
    "The finance minister said the deficit would halve.\n"
)
EN_SCRIPT = "The spokesman said <script>alert(1)</script> the contracts were worth $9 billion."
EN_DEFICIT = "The finance minister said the deficit would halve."


def git(cwd: Path, *args: str) -> str:
    return subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True, text=True).stdout


@pytest.fixture
def desk(tmp_path: Path, monkeypatch) -> tuple[Workspace, dict]:
    """A workspace inside a git repository (in a subfolder), with decided and undecided claims, committed."""
    top = tmp_path / "newsroom"
    top.mkdir()
    git(top, "init", "-q", "-b", "main")
    git(top, "config", "user.name", "Test Desk")
    git(top, "config", "user.email", "desk@example.org")
    ws = Workspace.init(top / "desk")
    config = ws.root / "workbench.yaml"
    config.write_text(config.read_text(encoding="utf-8").replace("organization: null", "organization: Fact Desk"),
                      encoding="utf-8")
    ws = Workspace(ws.root)
    ar = add_source(ws, "ar-cloud", AR_TEXT, "ar")
    ar.url, ar.publisher, ar.published = "https://news.example/ar", "صحيفة المثال", "2026-01-05"
    ws.save_source(ar, AR_TEXT)
    add_source(ws, "ar-report", AR_TEXT_2, "ar")
    en = add_source(ws, "en-cloud", EN_TEXT, "en")
    en.url, en.publisher = "javascript:alert('source')", "Example Times"
    ws.save_source(en, EN_TEXT)
    claims = {
        "quote": add_claim(ws, "ar-cloud", AR_QUOTE, speaker="المتحدث باسم الوزارة"),
        "own": add_claim(ws, "ar-cloud", AR_OWN),
        "twin": add_claim(ws, "ar-report", AR_QUOTE_2, speaker="المتحدث باسم الوزارة"),
        "script": add_claim(ws, "en-cloud", EN_SCRIPT, language="en", speaker="The spokesman"),
        "deficit": add_claim(ws, "en-cloud", EN_DEFICIT, language="en", speaker="The finance minister"),
    }
    ws.mark(claims["quote"], "false", note="العقد الأصلي بقيمة عشرة مليارات <b>لا</b> تسعة", by="أمل")
    ws.add_evidence(claims["quote"], "https://example.org/filing?a=1&b=2", title="Contract filing")
    ws.add_evidence(claims["quote"], "javascript:alert('evidence')", title="<img src=x onerror=alert(1)>")
    ws.mark(claims["own"], "unverifiable", by="sam")
    ws.mark(claims["script"], "misleading", by="sam", note="</p><script>alert('note')</script>")
    git(top, "add", "-A")
    git(top, "commit", "-q", "-m", "first review")
    monkeypatch.chdir(ws.root / "claims")   # any folder inside the workspace will do
    monkeypatch.setenv("WORKBENCH_REVIEWER", "rania")
    return ws, claims


def run(*args: str, ok: bool = True, input: str | None = None):
    result = CliRunner().invoke(main, list(args), input=input)
    if ok:
        assert result.exit_code == 0, result.output
    return result


# --- search ------------------------------------------------------------------------

@pytest.mark.parametrize("query, key", [
    ("العقود تسعه مليارات", "quote"),     # ta marbuta folded
    ("المتحدث", "quote"),                  # speaker searched; the twin matches too, checked below
    ("الاربع", "own"),                     # hamza folded
    ("deficit HALVE", "deficit"),
    ("spokesman billion", "script"),
    ("عشرة", "quote"),                    # in a note
])
def test_search_finds_arabic_and_english(desk, query, key):
    ws, claims = desk
    out = run("search", query).output
    assert claims[key].id[:10] in out


def test_search_json_filters_and_no_match(desk):
    ws, claims = desk
    found = json.loads(run("search", "المتحدث", "--format", "json").stdout)
    assert {c["id"] for c in found} == {claims["quote"].id, claims["twin"].id}
    found = json.loads(run("search", "المتحدث", "--status", "false", "--format", "json").stdout)
    assert [c["id"] for c in found] == [claims["quote"].id]
    result = run("search", "nothing-like-this")
    assert result.stdout == "" and "no claim matches" in result.stderr
    assert run("search", "x", "--status", "bogus", ok=False).exit_code == 1


# --- report ------------------------------------------------------------------------

class Tags(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags: list[tuple[str, dict]] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))


def test_html_report_to_a_file_runs_nothing_from_articles(desk, tmp_path):
    ws, claims = desk
    out = tmp_path / "report.html"
    result = run("report", "--format", "html", "-o", str(out))
    assert "3 claim(s) written" in result.stderr and result.stdout == ""
    page = out.read_text(encoding="utf-8")
    parser = Tags()
    parser.feed(page)
    assert [t for t, _ in parser.tags if t == "script"] == []
    hrefs = [a.get("href", "") for t, a in parser.tags if t == "a"]
    assert hrefs and all(h.startswith("https://") for h in hrefs)
    assert not any(k.startswith("on") for _, attrs in parser.tags for k in attrs)
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert AR_QUOTE in page and 'dir="auto"' in page
    assert claims["deficit"].id not in page          # undecided: not in the report
    assert "http://" not in page.replace("http://www.w3.org", "") and "<link" not in page  # self-contained


def test_markdown_report_on_stdout_with_filters(desk):
    ws, claims = desk
    md = run("report").stdout
    assert md.startswith("# Verification report") and claims["quote"].id in md and claims["script"].id in md
    only_false = run("report", "--status", "false").stdout
    assert claims["quote"].id in only_false and claims["script"].id not in only_false
    only_ar = run("report", "--source", "ar-cloud", "--speaker", "المتحدث").stdout
    assert claims["quote"].id in only_ar and claims["own"].id not in only_ar
    assert claims["quote"].id not in run("report", "--decided-until", "2000-01-01").stdout
    assert claims["quote"].id in run("report", "--decided-since", "2000-01-01").stdout
    assert claims["deficit"].id in run("report", "--include-undecided").stdout
    assert run("report", "--decided-since", "yesterday", ok=False).exit_code == 2


def test_csv_report_opens_in_a_spreadsheet_with_arabic(desk, tmp_path):
    ws, claims = desk
    out = tmp_path / "report.csv"
    run("report", "--format", "csv", "-o", str(out))
    data = out.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")               # the BOM spreadsheets need to read UTF-8
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))
    by_id = {r["claim_id"]: r for r in rows}
    assert by_id[claims["quote"].id]["claim"] == AR_QUOTE
    assert by_id[claims["quote"].id]["speaker"] == "المتحدث باسم الوزارة"
    plain = run("report", "--format", "csv", "--encoding", "utf-8").stdout_bytes
    assert not plain.startswith(b"\xef\xbb\xbf") and AR_QUOTE.encode() in plain
    assert run("report", "--format", "md", "--encoding", "utf-8", ok=False).exit_code == 2


def test_claimreview_report(desk):
    ws, claims = desk
    reviews = json.loads(run("report", "--format", "claimreview", "--base-url", "https://desk.example/r").stdout)
    by_text = {r["claimReviewed"]: r for r in reviews}
    assert set(by_text) == {AR_QUOTE, AR_OWN, EN_SCRIPT}      # undecided claims are not exported
    quote = by_text[AR_QUOTE]
    assert quote["@type"] == "ClaimReview" and quote["@context"] == "https://schema.org"
    assert quote["reviewRating"] == {"@type": "Rating", "alternateName": "False", "ratingValue": 1,
                                     "bestRating": 5, "worstRating": 1}
    assert quote["itemReviewed"]["author"]["name"] == "المتحدث باسم الوزارة"
    assert quote["itemReviewed"]["appearance"]["url"] == "https://news.example/ar"
    assert quote["author"] == {"@type": "Organization", "name": "Fact Desk"}
    assert quote["url"] == f"https://desk.example/r#claim-{claims['quote'].id}"
    assert quote["inLanguage"] == "ar" and quote["datePublished"]
    own = by_text[AR_OWN]
    assert own["reviewRating"] == {"@type": "Rating", "alternateName": "Unverifiable"}   # text only
    assert own["itemReviewed"]["author"] == {"@type": "Organization", "name": "صحيفة المثال"}
    assert "url" not in by_text[EN_SCRIPT]["itemReviewed"]["appearance"]      # javascript: dropped
    none = run("report", "--format", "claimreview", "--include-undecided").stdout
    assert EN_DEFICIT not in none


def test_report_as_a_separate_process(desk, tmp_path):
    """What a user types, in a real process: the file appears, the Arabic is intact."""
    ws, _ = desk
    out = tmp_path / "out.html"
    done = subprocess.run([sys.executable, "-m", "workbench", "report", "--format", "html", "-o", str(out)],
                          cwd=ws.root / "sources", capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert AR_QUOTE in out.read_text(encoding="utf-8")


# --- diff and log ------------------------------------------------------------------

def test_diff_of_the_working_tree_and_between_commits(desk):
    ws, claims = desk
    top = ws.root.parent
    assert "0 status change(s)" in run("diff").stdout
    ws.mark(ws.load_claim(ws.claim_path(claims["deficit"])), "true", note="Budget office figures agree",
            by="rania")
    ws.add_evidence(ws.load_claim(ws.claim_path(claims["deficit"])), "https://cbo.example/report")
    table = run("diff").stdout
    [line] = [row for row in table.splitlines() if row.startswith("status")]
    assert claims["deficit"].id[:10] in line and "unreviewed -> true" in line and "rania" in line
    assert any(row.startswith("note") and "Budget office" in row for row in table.splitlines())
    assert any(row.startswith("evidence") and "cbo.example" in row for row in table.splitlines())
    git(top, "commit", "-q", "-am", "deficit checked")
    data = json.loads(run("diff", "HEAD~1", "HEAD", "--format", "json").stdout)
    [change] = data["changes"]
    assert (change["id"], change["status_from"], change["status_to"]) == (claims["deficit"].id, "unreviewed", "true")
    md = run("diff", "HEAD~1", "HEAD", "--format", "md").stdout
    assert "## Status changes" in md and claims["deficit"].id in md and "## Evidence added" in md


def test_diff_sees_added_and_removed_claims(desk):
    ws, claims = desk
    ws.claim_path(claims["own"]).unlink()
    out = run("diff").stdout
    assert any(r.startswith("removed") and claims["own"].id[:10] in r for r in out.splitlines())


def test_log_of_one_claim(desk):
    ws, claims = desk
    top = ws.root.parent
    ws.mark(ws.load_claim(ws.claim_path(claims["deficit"])), "false", by="rania")
    git(top, "commit", "-q", "-am", "deficit is false")
    ws.mark(ws.load_claim(ws.claim_path(claims["deficit"])), "mostly-true", by="sam")
    lines = run("log", claims["deficit"].id[:8]).stdout.splitlines()
    assert [line.split()[2] for line in lines] == ["unreviewed", "false", "mostly-true"]
    assert lines[-1].startswith("(working)")
    data = json.loads(run("log", claims["deficit"].id, "--format", "json").stdout)
    assert [e["status"] for e in data] == ["unreviewed", "false", "mostly-true"]


def test_history_outside_a_repository_is_a_clear_error(tmp_path, monkeypatch):
    ws = Workspace.init(tmp_path / "plain")
    monkeypatch.chdir(ws.root)
    for args in (["diff"], ["log", "abc123"]):
        result = run(*args, ok=False)
        assert result.exit_code == 1
        assert "not inside a git repository" in result.output and "Traceback" not in result.output


def test_unknown_revision_is_a_clear_error(desk):
    result = run("diff", "no-such-branch", ok=False)
    assert result.exit_code == 1 and "unknown revision" in result.output


# --- dupes -------------------------------------------------------------------------

def test_dupes_lists_pairs_across_sources(desk):
    ws, claims = desk
    result = run("dupes")
    [line] = result.stdout.splitlines()
    for key in ("quote", "twin"):
        assert claims[key].id in line and claims[key].source in line
    assert float(line.split()[0]) >= 85
    [pair] = json.loads(run("dupes", "--format", "json").stdout)
    assert {pair["a"], pair["b"]} == {claims["quote"].id, claims["twin"].id}
    assert {pair["source_a"], pair["source_b"]} == {"ar-cloud", "ar-report"}
    assert run("dupes", "--threshold", "100").stdout == ""
    assert run("dupes", "--of", claims["own"].id[:8]).stdout == ""


def test_copying_a_decision_asks_and_copies_only_when_told(desk):
    ws, claims = desk
    twin_path = ws.claim_path(claims["twin"])
    declined = run("dupes", "--copy-from", claims["quote"].id[:8], input="n\n", ok=False)
    assert declined.exit_code == 1 and ws.load_claim(twin_path).status == "unreviewed"
    run("dupes", "--copy-from", claims["quote"].id[:8], input="y\n")
    twin = ws.load_claim(twin_path)
    assert (twin.status, twin.reviewed_by) == ("false", "rania")
    assert claims["quote"].id in twin.notes[-1].text
    assert "already false" in run("dupes", "--copy-from", claims["quote"].id, "--yes").stderr


def test_copying_needs_a_decision_and_a_real_duplicate(desk):
    ws, claims = desk
    result = run("dupes", "--copy-from", claims["twin"].id, "--yes", ok=False)
    assert result.exit_code == 1 and "no decision to copy" in result.output
    result = run("dupes", "--copy-from", claims["quote"].id, "--to", claims["own"].id, "--yes", ok=False)
    assert result.exit_code == 1 and "duplicates" in result.output
    assert ws.load_claim(ws.claim_path(claims["own"])).status == "unverifiable"


def test_dupes_and_report_work_without_a_usable_index(desk):
    ws, claims = desk
    import shutil

    shutil.rmtree(ws.cache_dir, ignore_errors=True)
    ws.cache_dir.write_text("a file where the cache folder should be")
    result = run("dupes")
    assert claims["quote"].id in result.stdout and "reading the claim files instead" in result.stderr
    assert claims["quote"].id in run("report").stdout
    assert "cannot open the index" in run("search", "المتحدث", ok=False).output


def test_after_git_pull_search_and_report_see_the_new_state(desk, tmp_path):
    """A colleague decides in their clone; after `git pull` the index refreshes itself."""
    ws, claims = desk
    top = ws.root.parent
    assert claims["deficit"].id not in run("report").stdout            # the index is built now
    other = tmp_path / "colleague"
    git(tmp_path, "clone", "-q", str(top), str(other))
    git(other, "config", "user.name", "Colleague")
    git(other, "config", "user.email", "colleague@example.org")
    theirs = Workspace(other / "desk")
    claim = theirs.load_claim(theirs.claim_path(claims["deficit"]))
    theirs.mark(claim, "false", note="ميزانية 2026 تقول غير ذلك", by="colleague")
    git(other, "commit", "-q", "-am", "deficit is false")
    git(top, "pull", "-q", "--no-rebase", str(other), "main")
    assert claims["deficit"].id in run("report", "--status", "false").stdout
    assert [c["id"] for c in json.loads(run("search", "ميزانيه 2026", "--format", "json").stdout)] == \
        [claims["deficit"].id]


def test_report_warns_about_files_it_had_to_leave_out(desk, tmp_path):
    ws, claims = desk
    path = ws.claim_path(claims["script"])
    path.write_text(path.read_text(encoding="utf-8").replace("status: misleading", "status: [broken"),
                    encoding="utf-8")
    result = run("report", "-o", str(tmp_path / "r.md"))
    assert "1 file(s) could not be read" in result.stderr
    assert claims["script"].id not in (tmp_path / "r.md").read_text(encoding="utf-8")

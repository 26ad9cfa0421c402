"""Reports in every format: decided claims only, Arabic intact, nothing from an article able to run."""

from __future__ import annotations

import csv
import io
import json
import shutil
import subprocess
from html.parser import HTMLParser

import pytest

from tests.conftest import add_claim, add_source
from workbench.report import build_report, encode, md_escape, render, safe_url
from workbench.store import Workspace

AR_TEXT = (
    "وزارة الدفاع تعلن عقودا جديدة\n"
    "قال المتحدث باسم الوزارة إن قيمة العقود بلغت تسعة مليارات دولار.\n"
    "وأضافت الصحيفة أن الشركات الأربع ستتقاسم العقود.\n"
)
AR_QUOTE = "قال المتحدث باسم الوزارة إن قيمة العقود بلغت تسعة مليارات دولار."
AR_OWN = "وأضافت الصحيفة أن الشركات الأربع ستتقاسم العقود."
EN_TEXT = (
    "Cloud deals <script>alert('headline')</script>\n"
    "The spokesman said <script>alert(1)</script> the contracts were worth $9 billion.\n"
    "=HYPERLINK(\"http://evil.example\") is what a formula looks like.\n"
)
EN_SCRIPT = "The spokesman said <script>alert(1)</script> the contracts were worth $9 billion."
EN_FORMULA = "=HYPERLINK(\"http://evil.example\") is what a formula looks like."


@pytest.fixture
def desk(workspace: Workspace) -> Workspace:
    config = workspace.root / "workbench.yaml"
    config.write_text(config.read_text(encoding="utf-8").replace("organization: null", "organization: Fact Desk"),
                      encoding="utf-8")
    ws = Workspace(workspace.root)
    ar = add_source(ws, "ar-cloud", AR_TEXT, "ar")
    en = add_source(ws, "en-cloud", EN_TEXT, "en")
    ar.url, ar.publisher, ar.published = "https://news.example/ar", "صحيفة المثال", "2026-01-05"
    en.url, en.publisher, en.published = "javascript:alert('source')", "Example Times", "2026-01-06"
    ws.save_source(ar, AR_TEXT)
    ws.save_source(en, EN_TEXT)
    quote = add_claim(ws, "ar-cloud", AR_QUOTE, speaker="المتحدث باسم الوزارة")
    own = add_claim(ws, "ar-cloud", AR_OWN)
    script = add_claim(ws, "en-cloud", EN_SCRIPT, language="en", speaker="The spokesman")
    formula = add_claim(ws, "en-cloud", EN_FORMULA, language="en")
    ws.mark(quote, "false", note="العقد الأصلي بقيمة عشرة مليارات <b>لا</b> تسعة", by="أمل")
    ws.add_evidence(quote, "https://example.org/filing?a=1&b=2", title="Contract filing", note="p. 3")
    ws.add_evidence(quote, " java\tscript:alert('evidence')", title="<img src=x onerror=alert(1)>")
    ws.mark(own, "unverifiable", by="sam")
    ws.mark(script, "misleading", by="sam", note="</p><script>alert('note')</script>")
    ws.mark(formula, "in-progress", by="sam")
    return ws


class Collect(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags: list[tuple[str, dict]] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))


def _html(ws, **filters) -> tuple[str, Collect]:
    page = render(build_report(ws, **filters), "html")
    parser = Collect()
    parser.feed(page)
    return page, parser


def test_html_shows_decided_claims_rtl_and_self_contained(desk):
    page, parsed = _html(desk)
    assert AR_QUOTE in page and AR_OWN in page and "Fact Desk" in page
    assert "like." not in page  # the in-progress claim is not decided
    quotes = [a for t, a in parsed.tags if t == "blockquote"]
    assert len(quotes) == 3 and all(a["dir"] == "auto" for a in quotes)
    assert {a["lang"] for a in quotes} == {"ar", "en"}
    # Self-contained: nothing is fetched, and the policy forbids fetching anything.
    assert not [a for t, a in parsed.tags if t in ("link", "script", "img", "iframe") or "src" in a]
    csp = [a for t, a in parsed.tags if t == "meta" and a.get("http-equiv") == "Content-Security-Policy"]
    assert "default-src 'none'" in csp[0]["content"]
    assert "@media print" in page


def test_html_cannot_run_anything_from_articles_or_notes(desk):
    page, parsed = _html(desk)
    assert not [t for t, _ in parsed.tags if t in ("script", "img", "b")]
    hrefs = [a["href"] for t, a in parsed.tags if t == "a" and "href" in a]
    assert hrefs == ["https://news.example/ar", "https://example.org/filing?a=1&b=2"]
    assert not any(k.startswith("on") for _, a in parsed.tags for k in a)
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page


@pytest.mark.parametrize("url, safe", [
    ("https://example.org/a", True),
    ("http://example.org", True),
    ("javascript:alert(1)", False),
    (" JaVaScRiPt:alert(1)", False),
    ("java\tscript:alert(1)", False),
    ("java\nscript:alert(1)", False),
    ("\u200bjavascript:alert(1)", False),
    ("data:text/html,<script>", False),
    ("//evil.example/x", False),
    ("/relative/path", False),
    ("https://ar.example/مقال", True),
])
def test_only_absolute_web_addresses_become_links(url, safe):
    assert (safe_url(url) is not None) == safe


def test_markdown_summary_sections_and_escaping(desk):
    text = render(build_report(desk), "md")
    assert "- Claims: 3 in 2 source(s)" in text
    assert "| False | 1 |" in text and "| Unverifiable | 1 |" in text and "| Misleading | 1 |" in text
    assert "Reviewed by: sam, أمل" in text
    assert f'<p dir="auto">{AR_QUOTE}</p>' in text
    assert "<script>" not in text and "<b>" not in text
    assert "[Contract filing](<https://example.org/filing?a=1&b=2>)" in text
    assert "](<java" not in text
    assert "صحيفة المثال (the article's own voice)" in text  # AR_OWN has no speaker


@pytest.mark.parametrize("raw, shown", [
    ("*bold* and [link](javascript:x)", r"\*bold\* and \[link\](javascript:x)"),
    ("<img src=x>", "&lt;img src=x&gt;"),
    ("قال *الوزير*", r"قال \*الوزير\*"),
    ("a\nb", "a b"),
])
def test_markdown_escape(raw, shown):
    assert md_escape(raw) == shown


def test_csv_opens_in_a_spreadsheet_with_arabic(desk):
    report = build_report(desk, include_undecided=True)
    data = encode(render(report, "csv"), "csv")
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))
    assert len(rows) == 4
    by_text = {r["claim"]: r for r in rows}
    assert by_text[AR_QUOTE]["rating"] == "False" and by_text[AR_QUOTE]["speaker"] == "المتحدث باسم الوزارة"
    assert "عشرة مليارات" in by_text[AR_QUOTE]["notes"]
    assert "'" + EN_FORMULA in by_text  # a formula stays text
    assert encode("x", "csv", "utf-8") == b"x"


def test_claimreview_for_decided_claims_only(desk):
    reviews = json.loads(render(build_report(desk, include_undecided=True), "claimreview", base_url="https://desk.example/r"))
    assert len(reviews) == 3
    by_text = {r["claimReviewed"]: r for r in reviews}
    false = by_text[AR_QUOTE]
    assert false["@context"] == "https://schema.org" and false["@type"] == "ClaimReview"
    assert false["reviewRating"] == {"@type": "Rating", "alternateName": "False", "ratingValue": 1,
                                     "bestRating": 5, "worstRating": 1}
    assert false["itemReviewed"]["author"] == {"@type": "Person", "name": "المتحدث باسم الوزارة"}
    assert false["itemReviewed"]["datePublished"] == "2026-01-05"
    assert false["itemReviewed"]["appearance"] == {"@type": "CreativeWork", "headline": "وزارة الدفاع تعلن عقودا جديدة",
                                                   "url": "https://news.example/ar"}
    assert false["author"] == {"@type": "Organization", "name": "Fact Desk"}
    assert false["inLanguage"] == "ar" and len(false["datePublished"]) == 10
    assert false["url"].startswith("https://desk.example/r#claim-")
    own = by_text[AR_OWN]
    assert own["reviewRating"] == {"@type": "Rating", "alternateName": "Unverifiable"}
    assert own["itemReviewed"]["author"] == {"@type": "Organization", "name": "صحيفة المثال"}
    script = by_text[EN_SCRIPT]
    assert "url" not in script["itemReviewed"]["appearance"]  # a javascript: url is not an appearance


def test_json_groups_by_source(desk):
    data = json.loads(render(build_report(desk), "json"))
    assert data["counts"]["by_rating"] == {"misleading": 1, "false": 1, "unverifiable": 1}
    assert [s["id"] for s in data["sources"]] == ["ar-cloud", "en-cloud"]
    first = data["sources"][0]["claims"][0]
    assert first["text"] == AR_QUOTE and first["evidence"][0]["title"] == "Contract filing"


@pytest.mark.parametrize("filters, expected", [
    ({"status": "false"}, [AR_QUOTE]),
    ({"source": "en-cloud"}, [EN_SCRIPT]),
    ({"speaker": "المتحدث"}, [AR_QUOTE]),
    ({"speaker": "spokesman"}, [EN_SCRIPT]),
    ({"reviewed_since": "2999-01-01"}, []),
    ({"include_undecided": True, "source": "en-cloud"}, [EN_SCRIPT, EN_FORMULA]),
])
@pytest.mark.parametrize("use_index", [True, False])
def test_filters_as_in_list_with_and_without_the_index(desk, filters, expected, use_index):
    report = build_report(desk, use_index=use_index, **filters)
    assert [c.text for _, claims in report.by_source() for c in claims] == expected


def test_unknown_format_and_encoding_are_errors(desk):
    from workbench.report import ReportError

    with pytest.raises(ReportError):
        render(build_report(desk), "pdf")
    with pytest.raises(ReportError):
        encode("x", "csv", "latin-1")


# --- the HTML report opened in a real browser ------------------------------------

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")


def _chromium(tmp_path, page, *args: str) -> str:
    """Run headless Chromium on a local file, with nothing reaching the network; its stdout."""
    profile = tmp_path / "chromium-profile"
    done = subprocess.run(
        [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         f"--user-data-dir={profile}", "--virtual-time-budget=2000", *args, page.as_uri()],
        capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout


@pytest.mark.skipif(not CHROMIUM, reason="Chromium is not installed (.ci/run installs it)")
def test_the_html_report_in_a_real_browser_runs_nothing_and_prints(desk, tmp_path):
    # First, that this browser does run a page's scripts: otherwise the check below proves nothing.
    control = tmp_path / "control.html"
    control.write_text("<html><head><title>before</title></head>"
                       "<body><script>document.title = 'ran'</script></body></html>", encoding="utf-8")
    assert "<title>ran</title>" in _chromium(tmp_path, control, "--dump-dom")

    claim = next(c for c in desk.load_all().claims if c.status == "false")
    desk.add_note(claim, "<script>document.title = 'pwned'</script>"
                         "<img src=x onerror=\"document.body.setAttribute('data-pwned', 1)\">", by="sam")
    page = tmp_path / "report.html"
    page.write_text(render(build_report(Workspace(desk.root)), "html"), encoding="utf-8")
    dom = _chromium(tmp_path, page, "--dump-dom")
    parser = Collect()
    parser.feed(dom)
    assert "pwned" not in dom.split("</title>")[0] and "data-pwned" not in dom.split("<body")[1].split(">")[0]
    assert not [tag for tag, _ in parser.tags if tag in ("script", "img", "iframe", "object")]
    assert "document.title = 'pwned'" in dom  # shown as text, where the reviewer wrote it
    assert any(tag == "blockquote" and attrs.get("dir") == "auto" for tag, attrs in parser.tags)

    pdf = tmp_path / "report.pdf"
    _chromium(tmp_path, page, f"--print-to-pdf={pdf}", "--no-pdf-header-footer")
    assert pdf.read_bytes().startswith(b"%PDF") and pdf.stat().st_size > 5_000

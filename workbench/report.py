"""The verification report: Markdown, HTML, JSON, CSV and ClaimReview JSON-LD from decided claims."""

from __future__ import annotations

import csv
import html
import io
import json
import re
from collections import Counter
from dataclasses import dataclass, field
from urllib.parse import quote, urlsplit

from workbench.model import Claim, Rating, RatingScale, Source, WorkbenchError, normalize_text
from workbench.store import Problem, Workspace, now_iso

REPORT_FORMATS = ("md", "html", "json", "csv", "claimreview")
CSV_ENCODINGS = ("utf-8-sig", "utf-8", "utf-16")
CSV_COLUMNS = ("claim_id", "source_id", "source_title", "source_url", "publisher", "speaker", "claim",
               "language", "status", "rating", "rating_value", "reviewed_by", "reviewed_at", "notes",
               "evidence")


class ReportError(WorkbenchError):
    """A report that cannot be made as asked (an unknown format or encoding)."""


@dataclass
class Report:
    """What every format renders: the chosen claims grouped by source, and the scale that rates them."""

    claims: list[Claim]
    sources: dict[str, Source]
    scale: RatingScale
    organization: str | None = None
    generated_at: str = field(default_factory=now_iso)
    problems: list[Problem] = field(default_factory=list)   # files left out because they could not be read

    def rating(self, claim: Claim) -> Rating:
        return self.rating_named(claim.status)

    def rating_named(self, name: str) -> Rating:
        # A status the scale no longer knows is shown as it is and never counts as decided.
        return self.scale.get(name) or Rating(name, name, None, decided=False)

    def by_source(self) -> list[tuple[Source, list[Claim]]]:
        groups: dict[str, list[Claim]] = {}
        for claim in sorted(self.claims, key=lambda c: (c.source, c.start, c.id)):
            groups.setdefault(claim.source, []).append(claim)
        return [(self.source(sid), claims) for sid, claims in groups.items()]

    def source(self, source_id: str) -> Source:
        # A claim whose source file is missing still belongs in the report.
        return self.sources.get(source_id) or Source(id=source_id, title=source_id, language="", sha256="",
                                                     ingested_at="")

    def counts_by_rating(self) -> list[tuple[Rating, int]]:
        counts = Counter(c.status for c in self.claims)
        order = [*self.scale.names, *sorted(set(counts) - set(self.scale.names))]
        return [(self.rating_named(name), counts[name]) for name in order if counts[name]]

    def counts_by_source(self) -> list[tuple[Source, int]]:
        return [(source, len(claims)) for source, claims in self.by_source()]

    @property
    def reviewers(self) -> list[str]:
        return sorted({c.reviewed_by for c in self.claims if c.reviewed_by})

    @property
    def decided_between(self) -> tuple[str, str] | None:
        dates = sorted(c.reviewed_at[:10] for c in self.claims if c.reviewed_at)
        return (dates[0], dates[-1]) if dates else None


def build_report(ws: Workspace, *, status=None, source=None, speaker: str | None = None,
                 reviewed_since: str | None = None, reviewed_until: str | None = None,
                 include_undecided: bool = False, use_index: bool = True) -> Report:
    """The claims a report shows: decided ones (all with include_undecided), filtered as `list` filters."""
    filters = dict(status=status, source=source, speaker=speaker, reviewed_since=reviewed_since,
                   reviewed_until=reviewed_until, decided=None if include_undecided else True)
    if use_index:
        from workbench.index import Index, IndexUnavailableError

        try:
            with Index.open(ws) as index:
                return Report(index.claims(**filters), index.sources(), ws.scale, ws.config.organization,
                              problems=index.problems())
        except IndexUnavailableError:
            pass  # a read-only workspace: read the files themselves
    loaded = ws.load_all()
    claims = [c for c in loaded.claims if _matches(ws.scale, c, **filters)]
    sources = {}
    for sid in {c.source for c in claims}:
        try:
            sources[sid] = ws.load_source(sid)
        except WorkbenchError:
            continue
    return Report(claims, sources, ws.scale, ws.config.organization,
                  problems=[p for p in loaded.problems if p.severity == "error"])


def _matches(scale: RatingScale, claim: Claim, *, status, source, speaker, reviewed_since, reviewed_until,
             decided) -> bool:
    def one_of(value, wanted) -> bool:
        return wanted is None or value in ([wanted] if isinstance(wanted, str) else list(wanted))

    rating = scale.get(claim.status)
    day = (claim.reviewed_at or "")[:10]
    return (one_of(claim.status, status) and one_of(claim.source, source)
            and (not speaker or normalize_text(speaker) in normalize_text(claim.speaker or ""))
            and (not reviewed_since or (day and day >= reviewed_since[:10]))
            and (not reviewed_until or (day and day <= reviewed_until[:10]))
            and (decided is None or bool(rating and rating.decided) == decided))


def render(report: Report, fmt: str, base_url: str | None = None) -> str:
    renderers = {"md": render_markdown, "html": render_html, "json": render_json, "csv": render_csv}
    if fmt == "claimreview":
        return render_claimreview(report, base_url)
    if fmt not in renderers:
        raise ReportError(f"unknown report format {fmt!r}; one of {', '.join(REPORT_FORMATS)}")
    return renderers[fmt](report)


def encode(text: str, fmt: str, encoding: str | None = None) -> bytes:
    """The bytes to write: CSV in the chosen encoding (a BOM by default, so spreadsheets read Arabic), else UTF-8."""
    if fmt != "csv":
        return text.encode("utf-8")
    encoding = encoding or "utf-8-sig"
    if encoding not in CSV_ENCODINGS:
        raise ReportError(f"unknown CSV encoding {encoding!r}; one of {', '.join(CSV_ENCODINGS)}")
    return text.encode(encoding)


# --- links --------------------------------------------------------------------------

_INVISIBLE = re.compile(r"[\x00-\x20\x7f-\x9f\u200b-\u200f\u2028-\u202e\u2060-\u2064\ufeff]")


def safe_url(url: str | None) -> str | None:
    """url if it is an absolute http(s) address, else None, so no `javascript:` becomes a link.

    Browsers drop tabs, newlines and leading control characters from a url,
    so they are removed before the scheme is judged.
    """
    if not url:
        return None
    cleaned = _INVISIBLE.sub("", url)
    try:
        parts = urlsplit(cleaned)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    return cleaned


# --- Markdown -------------------------------------------------------------------

# With [ and ] escaped no link can form, and our text never starts a line, so
# #, - and + need no escape; < > & become entities so no raw HTML gets through.
_MD_SPECIAL = re.compile(r"([\\`*_\[\]|~])")


def md_escape(text: str) -> str:
    """Text that Markdown shows as written: no emphasis, links or raw HTML from an article."""
    flat = " ".join(str(text).split())
    return _MD_SPECIAL.sub(r"\\\1", html.escape(flat, quote=False))


# CommonMark leaves an HTML block's content alone, but not every renderer does:
# brackets become entities too, so no renderer can make a link of an article's text.
_BRACKET_ENTITIES = str.maketrans({"[": "&#91;", "]": "&#93;"})


def _md_para(text: str) -> str:
    # An HTML paragraph inside Markdown carries dir="auto"; escaped, it holds no markup.
    lines = html.escape(str(text), quote=True).translate(_BRACKET_ENTITIES).splitlines() or [""]
    return '<p dir="auto">' + "<br>".join(line.strip() for line in lines if line.strip()) + "</p>"


def _md_link(title: str, url: str | None) -> str:
    target = safe_url(url)
    if target is None:
        return md_escape(f"{title} {url or ''}".strip())
    return f"[{md_escape(title or target)}](<{quote(target, safe=':/?#=&%+@;,$!*~.-_')}>)"


def render_markdown(report: Report) -> str:
    out = ["# Verification report", ""]
    out += [f"- {line}" for line in _summary_lines(report, md_escape)]
    out += ["", "| Rating | Claims |", "| --- | ---: |"]
    out += [f"| {md_escape(r.label)} | {n} |" for r, n in report.counts_by_rating()]
    out += ["", "| Source | Claims |", "| --- | ---: |"]
    out += [f"| {md_escape(s.title)} | {n} |" for s, n in report.counts_by_source()]
    for source, claims in report.by_source():
        out += ["", f"## {md_escape(source.title)}", ""]
        meta = [x for x in (source.publisher, source.published) if x]
        if meta or source.url:
            out += [" · ".join([md_escape(x) for x in meta] + ([_md_link("article", source.url)] if source.url else [])),
                    ""]
        for claim in claims:
            rating = report.rating(claim)
            out += [f'### <a id="claim-{claim.id}"></a>{md_escape(rating.label)}: claim {claim.id}', "",
                    _md_para(claim.text), "",
                    f"- **Speaker:** {md_escape(claim.speaker or _own_voice(source))}",
                    f"- **Rating:** {md_escape(rating.label)}"
                    + (f" ({md_escape(claim.reviewed_by)}, {md_escape(claim.reviewed_at or '')})" if claim.reviewed_by else "")]
            for note in claim.notes:
                out += [f"- **Note** ({md_escape(note.by)}, {md_escape(note.at)}):", "", f"  {_md_para(note.text)}", ""]
            for item in claim.evidence:
                tail = f": {md_escape(item.note)}" if item.note else ""
                out.append(f"- **Evidence:** {_md_link(item.title, item.url)}{tail}")
    return "\n".join(out).rstrip() + "\n"


def _own_voice(source: Source) -> str:
    return f"{source.publisher or 'the article'} (the article's own voice)"


def _summary_lines(report: Report, esc) -> list[str]:
    lines = [f"Claims: {len(report.claims)} in {len(report.counts_by_source())} source(s)"]
    if report.organization:
        lines.append(f"Organization: {esc(report.organization)}")
    if report.reviewers:
        lines.append("Reviewed by: " + ", ".join(esc(r) for r in report.reviewers))
    if report.decided_between:
        first, last = report.decided_between
        lines.append(f"Decided: {first}" + (f" to {last}" if last != first else ""))
    lines.append(f"Generated: {esc(report.generated_at)}")
    return lines


# --- HTML -------------------------------------------------------------------------

_CSS = """
body{font-family:system-ui,-apple-system,"Segoe UI","Noto Sans","Noto Naskh Arabic",sans-serif;max-width:52rem;
margin:2rem auto;padding:0 1rem;line-height:1.55;color:#1b1b1b;background:#fff}
h1{font-size:1.6rem}h2{margin-top:2.5rem;border-bottom:2px solid #ddd;padding-bottom:.2rem}
table{border-collapse:collapse;margin:.5rem 0 1rem}td,th{border:1px solid #ccc;padding:.2rem .6rem;text-align:start}
.claim{border:1px solid #ddd;border-inline-start:6px solid #888;border-radius:4px;padding:.6rem 1rem;margin:1rem 0;
break-inside:avoid}
.claim blockquote{margin:.2rem 0 .6rem;font-size:1.1rem}
.rating{display:inline-block;font-weight:600;padding:0 .5rem;border-radius:3px;background:#eee}
.meta,.note small{color:#555;font-size:.9rem}.note{margin:.3rem 0}
.r-true{border-inline-start-color:#2e7d32}.r-false{border-inline-start-color:#c62828}
.r-misleading,.r-mostly-true{border-inline-start-color:#ef6c00}
@media print{body{margin:0;max-width:none}a{color:inherit}a[href]::after{content:" (" attr(href) ")";font-size:.8rem}}
"""
# Even if an escape were missed, the page may run no script and load nothing.
_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'"


def _h(text: object) -> str:
    return html.escape("" if text is None else str(text), quote=True)


def _html_link(title: str, url: str | None) -> str:
    target = safe_url(url)
    if target is None:
        return _h(f"{title} {url or ''}".strip())
    return f'<a href="{_h(target)}" rel="noopener noreferrer nofollow">{_h(title or target)}</a>'


def render_html(report: Report) -> str:
    out = ['<!DOCTYPE html>', '<html lang="en" dir="ltr">', "<head>", '<meta charset="utf-8">',
           f'<meta http-equiv="Content-Security-Policy" content="{_CSP}">',
           '<meta name="viewport" content="width=device-width, initial-scale=1">',
           "<title>Verification report</title>", f"<style>{_CSS}</style>", "</head>", "<body>",
           "<h1>Verification report</h1>", "<ul class=\"summary\">"]
    out += [f'<li dir="auto">{line}</li>' for line in _summary_lines(report, _h)]
    out += ["</ul>", "<table><thead><tr><th>Rating</th><th>Claims</th></tr></thead><tbody>"]
    out += [f"<tr><td>{_h(r.label)}</td><td>{n}</td></tr>" for r, n in report.counts_by_rating()]
    out += ["</tbody></table>", "<table><thead><tr><th>Source</th><th>Claims</th></tr></thead><tbody>"]
    out += [f'<tr><td dir="auto">{_h(s.title)}</td><td>{n}</td></tr>' for s, n in report.counts_by_source()]
    out.append("</tbody></table>")
    for source, claims in report.by_source():
        out += ["<section>", f'<h2 dir="auto">{_h(source.title)}</h2>']
        meta = [_h(x) for x in (source.publisher, source.published) if x]
        if source.url:
            meta.append(_html_link("article", source.url))
        if meta:
            out.append(f'<p class="meta" dir="auto">{" · ".join(meta)}</p>')
        for claim in claims:
            rating = report.rating(claim)
            cls = re.sub(r"[^a-z0-9-]", "", rating.name.lower())
            out += [f'<article class="claim r-{cls}" id="claim-{_h(claim.id)}">',
                    f'<blockquote dir="auto" lang="{_h(claim.language)}">{_h(claim.text)}</blockquote>',
                    f'<p dir="auto"><span class="rating">{_h(rating.label)}</span> '
                    f'<span class="meta">{_h(claim.speaker or _own_voice(source))}'
                    + (f" · {_h(claim.reviewed_by)}, {_h(claim.reviewed_at)}" if claim.reviewed_by else "")
                    + f" · {_h(claim.id)}</span></p>"]
            for note in claim.notes:
                out.append(f'<p class="note" dir="auto">{_h(note.text)} <small>({_h(note.by)}, {_h(note.at)})</small></p>')
            if claim.evidence:
                out.append("<ul>")
                for item in claim.evidence:
                    tail = f": {_h(item.note)}" if item.note else ""
                    out.append(f'<li dir="auto">{_html_link(item.title, item.url)}{tail}</li>')
                out.append("</ul>")
            out.append("</article>")
        out.append("</section>")
    out += ["</body>", "</html>"]
    return "\n".join(out) + "\n"


# --- JSON and CSV --------------------------------------------------------------------

def _claim_record(report: Report, claim: Claim) -> dict:
    rating = report.rating(claim)
    return {"id": claim.id, "text": claim.text, "speaker": claim.speaker, "cue": claim.cue, "kind": claim.kind,
            "language": claim.language, "span": list(claim.span), "status": claim.status,
            "rating": rating.label, "rating_value": rating.value, "decided": rating.decided,
            "reviewed_by": claim.reviewed_by, "reviewed_at": claim.reviewed_at, "orphaned": claim.orphaned,
            "notes": [{"at": n.at, "by": n.by, "text": n.text} for n in claim.notes],
            "evidence": [{"url": e.url, "title": e.title, "note": e.note} for e in claim.evidence]}


def render_json(report: Report) -> str:
    data = {
        "generated_at": report.generated_at, "organization": report.organization, "reviewers": report.reviewers,
        "counts": {"by_rating": {r.name: n for r, n in report.counts_by_rating()},
                   "by_source": {s.id: n for s, n in report.counts_by_source()}},
        "sources": [{"id": s.id, "title": s.title, "url": s.url, "publisher": s.publisher,
                     "published": s.published, "language": s.language,
                     "claims": [_claim_record(report, c) for c in claims]} for s, claims in report.by_source()],
    }
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _cell(value: object) -> str:
    # A cell starting like a formula would be run by the spreadsheet: make it text.
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(_FORMULA_START) else text


def render_csv(report: Report) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for source, claims in report.by_source():
        for claim in claims:
            rating = report.rating(claim)
            notes = " | ".join(f"{n.by} ({n.at}): {n.text}" for n in claim.notes)
            evidence = " | ".join(" ".join(x for x in (e.url, e.title, e.note) if x) for e in claim.evidence)
            writer.writerow([_cell(v) for v in (
                claim.id, source.id, source.title, source.url, source.publisher, claim.speaker, claim.text,
                claim.language, claim.status, rating.label, rating.value, claim.reviewed_by, claim.reviewed_at,
                notes, evidence)])
    return buffer.getvalue()


# --- ClaimReview -----------------------------------------------------------------------

def claim_review(report: Report, claim: Claim, base_url: str | None = None) -> dict:
    """One schema.org ClaimReview for a decided claim."""
    source = report.source(claim.source)
    rating = report.rating(claim)
    review_rating: dict = {"@type": "Rating", "alternateName": rating.label}
    if rating.value is not None:
        review_rating.update(ratingValue=rating.value, bestRating=report.scale.best,
                             worstRating=report.scale.worst)
    item: dict = {"@type": "Claim"}
    if claim.speaker:
        item["author"] = {"@type": "Person", "name": claim.speaker}
    elif source.publisher:
        item["author"] = {"@type": "Organization", "name": source.publisher}
    if source.published:
        item["datePublished"] = source.published
    appearance: dict = {"@type": "CreativeWork", "headline": source.title}
    if safe_url(source.url):
        appearance["url"] = safe_url(source.url)
    item["appearance"] = appearance
    review: dict = {"@context": "https://schema.org", "@type": "ClaimReview",
                    "url": f"{base_url or ''}#claim-{claim.id}", "claimReviewed": claim.text,
                    "itemReviewed": item, "reviewRating": review_rating, "inLanguage": claim.language}
    if report.organization:
        review["author"] = {"@type": "Organization", "name": report.organization}
    if claim.reviewed_at:
        review["datePublished"] = claim.reviewed_at[:10]
    return review


# A reviewer's "not a claim" says there is nothing to rate: no ClaimReview is published for it.
NOT_A_CLAIM = "not-a-claim"

# JSON-LD is pasted into <script type="application/ld+json">: an article's "</script>"
# must not end that element, so <, > and & go out as JSON escapes (the same string).
_SCRIPT_SAFE = str.maketrans({"<": "\\u003c", ">": "\\u003e", "&": "\\u0026"})


def render_claimreview(report: Report, base_url: str | None = None) -> str:
    """A JSON array of ClaimReview objects; undecided claims and non-claims are never exported."""
    reviews = [claim_review(report, c, base_url) for _, claims in report.by_source() for c in claims
               if report.rating(c).decided and c.status != NOT_A_CLAIM]
    return json.dumps(reviews, ensure_ascii=False, indent=2).translate(_SCRIPT_SAFE) + "\n"

"""Article files -> a Source and its claims, merged with what reviewers already did."""

from __future__ import annotations

import codecs
import hashlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from workbench.match import best_fuzzy_match, nearest_occurrence
from workbench.model import Claim, Source, WorkbenchError, claim_id, source_id_from_name
from workbench.segment import Segment, detect_language, segment
from workbench.store import FileProblemError, Workspace, now_iso

MAX_ARTICLE_BYTES = 5_000_000
ARTICLE_SUFFIXES = (".txt",)


class ArticleError(WorkbenchError):
    """An article file that cannot be ingested; the message names the file."""


# --- reading articles ------------------------------------------------------------

def read_article(path: Path, max_bytes: int | None = MAX_ARTICLE_BYTES) -> str:
    """The article's text, its encoding detected: UTF-8 (BOM or not), UTF-16 with BOM, Windows-1256."""
    try:
        size = path.stat().st_size
        if max_bytes is not None and size > max_bytes:
            raise ArticleError(f"{path}: too large ({size:,} bytes; the limit is {max_bytes:,})")
        raw = path.read_bytes()
    except OSError as exc:
        raise ArticleError(f"{path}: cannot read ({exc.strerror or exc})") from None
    try:
        return decode_article(raw)
    except ArticleError as exc:
        raise ArticleError(f"{path}: {exc}") from None


def decode_article(raw: bytes) -> str:
    if not raw.strip():
        raise ArticleError("empty file")
    for bom, encoding in ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"),
                          (codecs.BOM_UTF16_BE, "utf-16-be")):
        if raw.startswith(bom):
            try:
                text = raw[len(bom):].decode(encoding)
            except UnicodeDecodeError as exc:
                raise ArticleError(f"not valid {encoding.upper()} at byte {exc.start + len(bom)}") from None
            return _checked_text(text)
    if b"\x00" in raw:
        raise ArticleError("binary file (it holds NUL bytes), not an article")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        try:
            text = raw.decode("cp1256")
        except UnicodeDecodeError:
            raise ArticleError("not text: neither UTF-8 nor Windows-1256") from None
        if not any("\u0600" <= ch <= "\u06ff" for ch in text):
            raise ArticleError("not UTF-8, and not Arabic in Windows-1256 either")
    return _checked_text(text)


def _checked_text(text: str) -> str:
    if not text.strip():
        raise ArticleError("empty file")
    # A few escape sequences (text copied from a terminal) are still an article, shown
    # literally later; a tenth of the text in control characters is not.
    controls = sum(1 for ch in text if ch < " " and ch not in "\t\n\r\f")
    if controls > max(8, len(text) // 10):
        raise ArticleError("binary file (control characters), not an article")
    return text


def iter_article_files(paths: Iterable[Path]) -> Iterator[Path]:
    """Files named on the command line, and the article files in folders, recursively, sorted."""
    for path in paths:
        if path.is_dir():
            yield from sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in ARTICLE_SUFFIXES)
        else:
            yield path


def title_of(text: str) -> str:
    return next((line.strip() for line in text.splitlines() if line.strip()), "")


# --- ingesting -------------------------------------------------------------------

@dataclass
class IngestResult:
    source_id: str
    added: int = 0
    unchanged: int = 0
    updated: int = 0
    reanchored: int = 0
    orphaned: int = 0
    skipped: list[str] = field(default_factory=list)   # claim files left alone because they are malformed

    def summary(self) -> str:
        parts = [f"{self.added} new", f"{self.unchanged} unchanged"]
        for name in ("updated", "reanchored", "orphaned"):
            if getattr(self, name):
                parts.append(f"{getattr(self, name)} {name}")
        return f"{self.source_id}: " + ", ".join(parts)


@dataclass
class SourceDetails:
    url: str | None = None
    publisher: str | None = None
    published: str | None = None


def segment_article(path: Path, text: str) -> list[Segment]:
    """The article's claims. Should the segmenter fail on it (a bug, not bad input), an ArticleError names the
    file, so that the other files of a batch are still segmented or ingested."""
    try:
        return segment(text)
    except Exception as exc:
        raise ArticleError(f"{path}: the segmenter failed on this article ({type(exc).__name__}: {exc}); "
                           "please report it with the file") from exc


def ingest_file(ws: Workspace, path: Path, details: SourceDetails | None = None,
                max_bytes: int | None = MAX_ARTICLE_BYTES) -> IngestResult:
    """Add or refresh one article; never loses a reviewer's work (see DESIGN.md, Re-ingesting)."""
    text = read_article(path, max_bytes)
    segments = segment_article(path, text)  # (before anything is written: a failure leaves the workspace as it was)
    source = _source_for(ws, path.name, text, details or SourceDetails())
    # Checked against the new text by merge_claims, not against the old one here.
    existing = ws.load_all(source.id, check_text=False)
    ws.save_source(source, text)
    result = IngestResult(source.id, skipped=[p.path for p in existing.problems if p.severity == "error"])
    reserved = {Path(p).stem for p in result.skipped}
    for claim, change in merge_claims(source.id, text, existing.claims, segments):
        if claim.id in reserved:
            continue
        setattr(result, change, getattr(result, change) + 1)
        if change != "unchanged":
            ws.save_claim(claim)
    return result


def _source_for(ws: Workspace, file_name: str, text: str, details: SourceDetails) -> Source:
    sha = hashlib.sha256(text.encode("utf-8")).hexdigest()
    base = source_id_from_name(file_name)
    candidate, n = base, 1
    while True:
        previous = _existing_source(ws, candidate)
        if previous is None or previous.origin == file_name:
            break
        n += 1  # another file already has this id: the names differ only in unsafe characters
        candidate = f"{base}-{n}"
    unchanged = previous is not None and previous.sha256 == sha
    return Source(
        id=candidate,
        title=title_of(text),
        language=detect_language(text),
        sha256=sha,
        ingested_at=previous.ingested_at if unchanged else now_iso(),
        origin=file_name,
        url=details.url or (previous.url if previous else None),
        publisher=details.publisher or (previous.publisher if previous else None),
        published=details.published or (previous.published if previous else None),
    )


def _existing_source(ws: Workspace, source_id: str) -> Source | None:
    if not ws.source_meta_path(source_id).exists():
        return None
    try:
        return ws.load_source(source_id)
    except FileProblemError as exc:
        raise ArticleError(f"{exc} (fix or remove it before ingesting again)") from None


def claim_from_segment(source_id: str, seg: Segment, occurrence: int = 0) -> Claim:
    return Claim(
        id=claim_id(source_id, seg.text, occurrence), source=source_id, span=(seg.start, seg.end),
        text=seg.text, speaker=seg.speaker, cue=seg.cue, kind=seg.kind, language=seg.language,
        checkworthiness=round(seg.checkworthiness, 2),
    )


def merge_claims(source_id: str, text: str, existing: list[Claim], segments: list[Segment],
                 ) -> Iterator[tuple[Claim, str]]:
    """Pair the article's fresh segments with the claims already on file.

    Yields each claim with what happened to it: "added", "unchanged", "updated"
    (same text, other span or attribution), "reanchored" (text changed a
    little) or "orphaned". Reviewer fields (status, notes, evidence, reviewed_*)
    are never touched here.
    """
    fresh: dict[str, tuple[Claim, Segment]] = {}
    seen: dict[str, int] = {}
    for seg in segments:
        base = claim_id(source_id, seg.text)
        occurrence = seen.get(base, 0)
        seen[base] = occurrence + 1
        claim = claim_from_segment(source_id, seg, occurrence)
        fresh[claim.id] = (claim, seg)
    consumed: set[str] = set()
    pending: list[Claim] = []

    for old in existing:
        if old.id in fresh:
            consumed.add(old.id)
            yield _refreshed(old, fresh[old.id][0])
        else:
            pending.append(old)

    for old in pending:
        start = nearest_occurrence(text, old.text, old.start)
        if start is not None:
            span = (start, start + len(old.text))
            for new_id, (_, seg) in fresh.items():
                if new_id not in consumed and seg.start < span[1] and span[0] < seg.end:
                    consumed.add(new_id)
            changed = old.span != span or old.orphaned
            old.span, old.orphaned = span, False
            yield old, "updated" if changed else "unchanged"
            continue
        open_ids = [i for i in fresh if i not in consumed]
        match = best_fuzzy_match(old.text, [fresh[i][0].text for i in open_ids])
        if match is not None:
            new = fresh[open_ids[match[0]]][0]
            consumed.add(new.id)
            _copy_attribution(new, old)
            old.span, old.text, old.orphaned = new.span, new.text, False
            yield old, "reanchored"
        elif not old.orphaned:
            old.orphaned = True
            yield old, "orphaned"
        else:
            yield old, "unchanged"

    taken = {c.id for c in existing}
    for new_id, (claim, _) in fresh.items():
        if new_id not in consumed and new_id not in taken:
            yield claim, "added"


def _refreshed(old: Claim, new: Claim) -> tuple[Claim, str]:
    before = (old.span, old.text, old.speaker, old.cue, old.kind, old.language, old.checkworthiness, old.orphaned)
    old.span, old.text, old.orphaned = new.span, new.text, False
    _copy_attribution(new, old)
    after = (old.span, old.text, old.speaker, old.cue, old.kind, old.language, old.checkworthiness, old.orphaned)
    return old, "unchanged" if before == after else "updated"


def _copy_attribution(src: Claim, dst: Claim) -> None:
    dst.speaker, dst.cue, dst.kind = src.speaker, src.cue, src.kind
    dst.language, dst.checkworthiness = src.language, src.checkworthiness

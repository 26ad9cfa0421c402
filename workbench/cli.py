"""The `workbench` command line: each command a thin call into the core modules."""

from __future__ import annotations

import json
import sys
from dataclasses import asdict
from pathlib import Path

import click

from workbench.context import literal
from workbench.model import Claim, WorkbenchError
from workbench.store import Workspace

LIST_FORMATS = ("table", "json")


class WorkbenchGroup(click.Group):
    """Turns the core's errors into one clear line and exit status 1."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except WorkbenchError as exc:
            raise click.ClickException(str(exc)) from None


class Session:
    """What every command shares: where the workspace is, opened on first use."""

    def __init__(self, root: str | None):
        self.root = root
        self._workspace: Workspace | None = None

    def workspace(self) -> Workspace:
        if self._workspace is None:
            self._workspace = Workspace(Path(self.root)) if self.root else Workspace.find(Path.cwd())
        return self._workspace


@click.group(cls=WorkbenchGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.option("-w", "--workspace", "root", type=click.Path(file_okay=False), default=None,
              help="The workspace folder (default: the nearest one above the current folder).")
@click.version_option(package_name="claim-workbench")
@click.pass_context
def main(ctx: click.Context, root: str | None) -> None:
    """Split news articles into attributed claims and review them, in git."""
    ctx.obj = Session(root)


def echo_problems(problems) -> None:
    """Show malformed files on stderr as `path:line: reason`; the command goes on."""
    for problem in problems:
        click.echo(str(problem), err=True)


def resolve_claim(ws: Workspace, prefix: str) -> Claim:
    return ws.find_claim(prefix)


# --- making and filling a workspace -------------------------------------------------

@main.command()
@click.argument("directory", type=click.Path(file_okay=False), default=".")
def init(directory: str) -> None:
    """Make a workspace: workbench.yaml, sources/, claims/ and a .gitignore for the cache."""
    ws = Workspace.init(Path(directory))
    click.echo(f"workspace ready at {ws.root}")


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@click.option("--url", help="The article's address (with one article).")
@click.option("--publisher", help="Who published the article(s).")
@click.option("--published", help="When the article was published (ISO date).")
@click.option("--max-bytes", type=int, default=None, help="Refuse articles larger than this (default 5 MB).")
@click.pass_obj
def ingest(session: Session, paths: tuple[Path, ...], url, publisher, published, max_bytes) -> None:
    """Add or refresh articles (.txt files, or folders of them) without losing any review."""
    from workbench.ingest import MAX_ARTICLE_BYTES, ArticleError, SourceDetails, ingest_file, iter_article_files

    ws = session.workspace()
    files = list(iter_article_files(paths))
    details = SourceDetails(url=url, publisher=publisher, published=published)
    failed = 0
    show_bar = len(files) > 3 and sys.stderr.isatty()
    with click.progressbar(files, label="ingesting", file=sys.stderr, hidden=not show_bar) as bar:
        for path in bar:
            try:
                result = ingest_file(ws, path, details, max_bytes or MAX_ARTICLE_BYTES)
            except (ArticleError, WorkbenchError) as exc:
                failed += 1
                click.echo(f"error: {exc}", err=True)
                continue
            if not show_bar:
                click.echo(result.summary())
            for skipped in result.skipped:
                click.echo(f"warning: {skipped} is malformed and was left as it is", err=True)
    if failed:
        raise SystemExit(1)


@main.command(name="segment")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--format", "fmt", type=click.Choice(["jsonl", "table"]), default="table", show_default=True)
def segment_command(paths: tuple[Path, ...], fmt: str) -> None:
    """Segment articles into claims and print them, storing nothing."""
    from workbench.ingest import ArticleError, read_article, segment_article

    failed = 0
    for path in paths:
        try:
            segments = segment_article(path, read_article(path, max_bytes=None))
        except ArticleError as exc:
            failed += 1
            click.echo(f"error: {exc}", err=True)
            continue
        for seg in segments:
            if fmt == "jsonl":
                record = {"source": str(path), **asdict(seg)}
                click.echo(json.dumps(record, ensure_ascii=False))
            else:
                who = _one_line(seg.speaker or "—", 24)
                click.echo(f"{path.name}  {seg.start:>6}-{seg.end:<6} {seg.kind:<12} {who:<24} "
                           f"{_one_line(seg.text, 80)}")
    if failed:
        raise SystemExit(1)


# --- reading claims -------------------------------------------------------------

def _one_line(text: str, width: int) -> str:
    flat = " ".join(literal(text).split())
    return flat if len(flat) <= width else flat[: width - 1] + "…"


def claim_record(claim: Claim) -> dict:
    record = asdict(claim)
    record["span"] = list(claim.span)
    return record


@main.command(name="list")
@click.option("--status", multiple=True, help="Only claims with this status (repeatable).")
@click.option("--source", "source_id", help="Only claims of this source.")
@click.option("--speaker", help="Only claims whose speaker contains this.")
@click.option("--sort", type=click.Choice(["article", "checkworthiness"]), default="article", show_default=True)
@click.option("--format", "fmt", type=click.Choice(LIST_FORMATS), default="table", show_default=True)
@click.pass_obj
def list_command(session: Session, status, source_id, speaker, sort, fmt) -> None:
    """List claims, filtered by status, source or speaker."""
    ws = session.workspace()
    for name in status:
        ws.scale.require(name)
    claims, problems = listed_claims(ws, status=status, source=source_id, speaker=speaker, sort=sort,
                                     details=fmt == "json")
    echo_problems(problems)
    echo_claims(claims, fmt)


def echo_claims(claims: list[Claim], fmt: str) -> None:
    """Claims as a JSON array, or one table row each."""
    if fmt == "json":
        # Written record by record, the same text json.dumps(list, indent=2) gives: at 100k
        # claims the whole array as one string was a few hundred MB on top of the claims.
        out = sys.stdout
        out.write("[")
        for i, claim in enumerate(claims):
            record = json.dumps(claim_record(claim), ensure_ascii=False, indent=2)
            out.write(("," if i else "") + "\n  " + record.replace("\n", "\n  "))
        out.write("\n]\n" if claims else "]\n")
        return
    for claim in claims:
        click.echo(claim_line(claim))


def claim_line(claim: Claim) -> str:
    """One claim as a row of `list`, `search` and the like."""
    flag = " (orphaned)" if claim.orphaned else ""
    return (f"{claim.id[:10]}  {claim.status:<13} {claim.checkworthiness:4.2f}  "
            f"{_one_line(claim.speaker or '—', 22):<22}  {_one_line(claim.text, 70)}{flag}")


def listed_claims(ws: Workspace, *, status=(), source: str | None = None, speaker: str | None = None,
                  sort: str = "article", details: bool = True) -> tuple[list[Claim], list]:
    """Claims and unreadable files, through the index (fast on big workspaces), or from the files
    themselves where the index cannot be opened (a read-only workspace)."""
    from workbench.index import Index, IndexUnavailableError
    from workbench.model import normalize_text

    try:
        with Index.open(ws) as index:
            return (index.claims(status=list(status) or None, source=source, speaker=speaker, sort=sort,
                                 details=details), index.problems())
    except IndexUnavailableError as exc:
        click.echo(f"warning: {exc}; reading the claim files instead", err=True)
    loaded = ws.load_all(source)
    claims = [c for c in loaded.claims if not status or c.status in status]
    if speaker:
        wanted = normalize_text(speaker)
        claims = [c for c in claims if c.speaker and wanted in normalize_text(c.speaker)]
    if sort == "checkworthiness":
        claims.sort(key=lambda c: (-c.checkworthiness, c.source, c.start))
    else:
        claims.sort(key=lambda c: (c.source, c.start))
    return claims, loaded.problems


@main.command()
@click.argument("claim_id")
@click.option("--format", "fmt", type=click.Choice(["text", "json", "yaml"]), default="text", show_default=True)
@click.pass_obj
def show(session: Session, claim_id: str, fmt: str) -> None:
    """Show one claim in its paragraph, the claim marked, with its review."""
    from workbench.claimfile import claim_to_yaml
    from workbench.context import context_of

    ws = session.workspace()
    claim = resolve_claim(ws, claim_id)
    if fmt == "json":
        click.echo(json.dumps(claim_record(claim), ensure_ascii=False, indent=2))
        return
    if fmt == "yaml":
        click.echo(claim_to_yaml(claim), nl=False)
        return
    source = ws.load_source(claim.source)
    text = ws.source_text(claim.source)
    echo_literal(f"claim {claim.id}  [{claim.status}]  {source.title}")
    echo_literal(f"speaker: {claim.speaker or '(the article)'}   cue: {claim.cue or '—'}   kind: {claim.kind}   "
                 f"check-worthiness: {claim.checkworthiness:.2f}")
    if claim.orphaned:
        echo_literal("orphaned: the article no longer holds this text; shown as it was")
        echo_literal(f"\n  {claim.text}\n")
    else:
        ctx = context_of(text, claim.start, claim.end)
        echo_literal()
        for para in ctx.before:
            echo_literal(text[para.start:para.end])
        held = ctx.holding
        shown = literal(claim.text)
        marked = click.style(shown, reverse=True) if _color() else f"⟦{shown}⟧"
        click.echo(literal(text[held.start:claim.start]) + marked + literal(text[claim.end:held.end]))
        for para in ctx.after:
            echo_literal(text[para.start:para.end])
        echo_literal()
    if claim.reviewed_by:
        echo_literal(f"decided by {claim.reviewed_by} at {claim.reviewed_at}")
    for note in claim.notes:
        echo_literal(f"note ({note.by}, {note.at}): {note.text}")
    for item in claim.evidence:
        echo_literal(f"evidence: {item.url}  {item.title}  {item.note}".rstrip())


def echo_literal(line: str = "") -> None:
    """Print a line holding article text or notes, its control characters made visible."""
    click.echo(literal(line))


def _color() -> bool:
    return sys.stdout.isatty()


# --- deciding -------------------------------------------------------------------

@main.command()
@click.argument("claim_id")
@click.argument("status")
@click.option("--note", help="Why: added to the claim's notes.")
@click.pass_obj
def mark(session: Session, claim_id: str, status: str, note: str | None) -> None:
    """Set a claim's status (a rating of the workspace's scale)."""
    ws = session.workspace()
    ws.scale.require(status)
    claim = resolve_claim(ws, claim_id)
    before = claim.status
    ws.mark(claim, status, note)
    click.echo(f"{claim.id}: {before} -> {status}")


@main.command()
@click.argument("claim_id")
@click.argument("text")
@click.pass_obj
def note(session: Session, claim_id: str, text: str) -> None:
    """Add a note to a claim (notes are never edited or removed)."""
    ws = session.workspace()
    claim = resolve_claim(ws, claim_id)
    ws.add_note(claim, text)
    click.echo(f"{claim.id}: note added ({len(claim.notes)} in all)")


@main.command()
@click.argument("claim_id")
@click.argument("url")
@click.option("--title", default="", help="What the evidence is.")
@click.option("--note", "note_text", default="", help="What it shows.")
@click.pass_obj
def evidence(session: Session, claim_id: str, url: str, title: str, note_text: str) -> None:
    """Attach a piece of evidence (a url, a title, a note) to a claim."""
    ws = session.workspace()
    claim = resolve_claim(ws, claim_id)
    ws.add_evidence(claim, url, title, note_text)
    click.echo(f"{claim.id}: evidence added ({len(claim.evidence)} in all)")


@main.command()
@click.pass_obj
def validate(session: Session) -> None:
    """Check every claim and source file; exit 1 with `path:line: reason` for each problem."""
    from workbench.validate import validate_workspace

    problems = validate_workspace(session.workspace())
    echo_problems(problems)
    errors = [p for p in problems if p.severity == "error"]
    if errors:
        click.echo(f"{len(errors)} problem(s)", err=True)
        raise SystemExit(1)
    click.echo("all files valid")


@main.command()
@click.option("--source", "source_id", help="Only claims of this source.")
@click.option("--status", help="Only claims with this status.")
@click.option("--bidi", type=click.Choice(["visual", "terminal"]), default=None,
              help="visual: shape and reorder Arabic ourselves; terminal: leave it to a bidi-aware terminal.")
@click.pass_obj
def review(session: Session, source_id: str | None, status: str | None, bidi: str | None) -> None:
    """Triage claims in the terminal, one key per decision."""
    from workbench.tui import run_review

    ws = session.workspace()
    if status:
        ws.scale.require(status)
    run_review(ws, source=source_id, status=status, bidi=bidi)


from workbench import cli_reports  # noqa: E402  (commands over index, report, history)

cli_reports.register(main)

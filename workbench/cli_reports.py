"""The commands over the index, reports, git history and duplicates: search, report, diff, log, dupes.

Each is a thin call into the core (index, report, history, dupes). workbench.cli
is imported inside the commands, never at the top: cli imports this module at
its end, and a top-level import back would find it half made.
"""

from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

import click

from workbench.dupes import DEFAULT_THRESHOLD, DUPES_FORMATS
from workbench.history import DIFF_FORMATS
from workbench.report import CSV_ENCODINGS, REPORT_FORMATS

if TYPE_CHECKING:
    from workbench.cli import Session
    from workbench.index import Index
    from workbench.store import Workspace

_DATE = click.DateTime(formats=["%Y-%m-%d"])


def register(group: click.Group) -> None:
    """Add this module's commands to the `workbench` group."""
    for command in (search, report, diff, log, dupes):
        group.add_command(command)


def _day(value: datetime | None) -> str | None:
    return value.date().isoformat() if value else None


def _open_index(ws: Workspace) -> Index:
    from workbench.index import Index

    return Index.open(ws)


def _warn_unreadable(problems: list) -> None:
    if problems:
        click.echo(f"warning: {len(problems)} file(s) could not be read and are left out; "
                   "`workbench validate` shows why", err=True)


# --- search ------------------------------------------------------------------------

@click.command()
@click.argument("query")
@click.option("--status", multiple=True, help="Only claims with this status (repeatable).")
@click.option("--source", "source_id", help="Only claims of this source.")
@click.option("--limit", type=click.IntRange(min=0), default=50, show_default=True,
              help="At most this many claims, best first (0: all).")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
@click.pass_obj
def search(session: Session, query: str, status, source_id, limit: int, fmt: str) -> None:
    """Find claims whose text, speaker or notes hold every word of QUERY (Arabic spelling folded)."""
    from workbench.cli import echo_claims

    ws = session.workspace()
    for name in status:
        ws.scale.require(name)
    with _open_index(ws) as index:
        claims = index.search(query, limit=limit or None, status=list(status) or None, source=source_id)
        _warn_unreadable(index.problems())
    echo_claims(claims, fmt)
    if not claims:
        click.echo(f"no claim matches {query!r}", err=True)


# --- report ------------------------------------------------------------------------

@click.command()
@click.option("--format", "fmt", type=click.Choice(REPORT_FORMATS), default="md", show_default=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Write to this file (default: standard output).")
@click.option("--status", multiple=True, help="Only claims with this status (repeatable).")
@click.option("--source", "sources", multiple=True, help="Only claims of this source (repeatable).")
@click.option("--speaker", help="Only claims whose speaker contains this.")
@click.option("--decided-since", type=_DATE, help="Only claims decided on or after this day (YYYY-MM-DD).")
@click.option("--decided-until", type=_DATE, help="Only claims decided on or before this day (YYYY-MM-DD).")
@click.option("--include-undecided", is_flag=True,
              help="Show undecided claims too (never in ClaimReview, which holds verdicts only).")
@click.option("--encoding", type=click.Choice(CSV_ENCODINGS), default=None,
              help="CSV only: utf-8-sig (default, what spreadsheets need for Arabic), utf-8 or utf-16.")
@click.option("--base-url", help="ClaimReview: where the report is published; each review's url is BASE#claim-ID.")
@click.pass_obj
def report(session: Session, fmt: str, output: Path | None, status, sources, speaker, decided_since,
           decided_until, include_undecided: bool, encoding: str | None, base_url: str | None) -> None:
    """Write the verification report of decided claims: Markdown, HTML, JSON, CSV or ClaimReview."""
    from workbench.atomic import write_atomic
    from workbench.report import build_report, encode, render

    ws = session.workspace()
    for name in status:
        ws.scale.require(name)
    if encoding and fmt != "csv":
        raise click.UsageError("--encoding applies to --format csv only")
    made = build_report(ws, status=list(status) or None, source=list(sources) or None, speaker=speaker,
                        reviewed_since=_day(decided_since), reviewed_until=_day(decided_until),
                        include_undecided=include_undecided)
    if made.problems:
        click.echo(f"warning: {len(made.problems)} file(s) could not be read and are not in the report; "
                   "`workbench validate` shows why", err=True)
    data = encode(render(made, fmt, base_url), fmt, encoding)
    if output is None:
        # Bytes as encoded (a CSV's BOM, UTF-16): the text layer would re-encode them.
        sys.stdout.flush()
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
        return
    write_atomic(output, data)
    click.echo(f"{len(made.claims)} claim(s) written to {output}", err=True)


# --- history -----------------------------------------------------------------------

@click.command()
@click.argument("rev_a", required=False, default="HEAD")
@click.argument("rev_b", required=False)
@click.option("--format", "fmt", type=click.Choice(DIFF_FORMATS), default="table", show_default=True)
@click.pass_obj
def diff(session: Session, rev_a: str, rev_b: str | None, fmt: str) -> None:
    """Claims changed between two git revisions (default: HEAD against the working tree)."""
    from workbench.history import diff as diff_revisions
    from workbench.history import render_diff

    result = diff_revisions(session.workspace(), rev_a, rev_b)
    click.echo(render_diff(result, fmt), nl=False)
    for problem in result.problems if fmt != "table" else ():
        click.echo(f"warning: {problem}", err=True)


@click.command()
@click.argument("claim_id")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
@click.pass_obj
def log(session: Session, claim_id: str, fmt: str) -> None:
    """A claim's status over the commits that touched it, oldest first."""
    from workbench.history import log as claim_log
    from workbench.history import render_log

    click.echo(render_log(claim_log(session.workspace(), claim_id), fmt), nl=False)


# --- duplicates --------------------------------------------------------------------

@click.command()
@click.option("--threshold", type=click.FloatRange(0, 100), default=DEFAULT_THRESHOLD, show_default=True,
              help="The lowest similarity (0-100) that counts as the same claim.")
@click.option("--format", "fmt", type=click.Choice(DUPES_FORMATS), default="table", show_default=True)
@click.option("--same-source", is_flag=True, help="Pair claims of one source too.")
@click.option("--of", "of_id", metavar="ID", help="Only the duplicates of this claim.")
@click.option("--copy-from", "copy_from", metavar="ID",
              help="Copy this claim's decision to its duplicates (asks first).")
@click.option("--to", "targets", multiple=True, metavar="ID",
              help="With --copy-from: only these duplicates (repeatable).")
@click.option("-y", "--yes", is_flag=True, help="With --copy-from: copy without asking.")
@click.pass_obj
def dupes(session: Session, threshold: float, fmt: str, same_source: bool, of_id: str | None,
          copy_from: str | None, targets: tuple[str, ...], yes: bool) -> None:
    """Near-duplicate claims across sources: one line per pair, with both ids, sources and the score."""
    from workbench.dupes import duplicates_of, find_duplicates, render_pairs

    ws = session.workspace()
    if targets and not copy_from:
        raise click.UsageError("--to needs --copy-from")
    claims = _all_claims(ws)
    focus = copy_from or of_id
    if focus:
        chosen = ws.find_claim(focus)
        pairs = duplicates_of(chosen.id, claims, threshold, same_source)
    else:
        pairs = find_duplicates(claims, threshold, same_source)
    if copy_from:
        _copy(ws, chosen, pairs, targets, yes)
        return
    click.echo(render_pairs(pairs, fmt), nl=False)
    if fmt == "table":
        click.echo(f"{len(pairs)} pair(s) at {threshold:g} or above", err=True)


def _all_claims(ws: Workspace) -> list:
    """Every claim, through the index; from the files themselves where it cannot be opened (read-only)."""
    from workbench.cli import listed_claims

    claims, problems = listed_claims(ws, details=False)
    _warn_unreadable(problems)
    return claims


def _copy(ws: Workspace, original, pairs, targets: tuple[str, ...], yes: bool) -> None:
    from workbench.cli import _one_line
    from workbench.dupes import copy_decision, copy_targets

    to_claims = copy_targets(ws, original, pairs, targets)
    if not to_claims:
        click.echo(f"{original.id} has no duplicates to copy to", err=True)
        return
    for claim in to_claims:
        click.echo(f"{claim.id} ({claim.source})  {claim.status} -> {original.status}  {_one_line(claim.text, 60)}")
    pending = [c for c in to_claims if c.status != original.status]
    if not pending:
        click.echo(f"every duplicate is already {original.status}", err=True)
        return
    if not yes:
        click.confirm(f"copy {original.status!r} from {original.id} to {len(pending)} claim(s)?", abort=True,
                      err=True)
    changed = copy_decision(ws, original, pending)
    click.echo(f"{len(changed)} claim(s) marked {original.status}", err=True)

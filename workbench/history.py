"""Claims across git revisions: what changed between two of them, and one claim's status over time."""

from __future__ import annotations

import subprocess
from dataclasses import dataclass, field
from pathlib import Path

from workbench.claimfile import claim_from_document
from workbench.model import CLAIM_FIELDS, Claim, Evidence, Note, Rating, RatingScale, WorkbenchError
from workbench.store import Workspace
from workbench.yamlfile import load_mapping

WORKING_TREE = None  # as rev_b: the files on disk, committed or not
# Fields whose change is reported on its own; any other field is listed in `fields_changed`.
_OWN_FIELDS = {"schema", "id", "source", "status", "notes", "evidence", "reviewed_by", "reviewed_at", "orphaned"}


class HistoryError(WorkbenchError):
    """git could not answer: an unknown revision, git missing, a claim never committed."""


class NotARepositoryError(HistoryError):
    pass


@dataclass
class ClaimChange:
    """One claim file that differs between two revisions."""

    id: str
    source: str
    path: str
    text: str
    change: str                       # added | removed | changed
    status_from: str | None = None
    status_to: str | None = None
    by: str | None = None             # who decided the status it has now
    at: str | None = None
    orphaned: bool = False            # became orphaned
    notes_added: list[Note] = field(default_factory=list)
    evidence_added: list[Evidence] = field(default_factory=list)
    fields_changed: list[str] = field(default_factory=list)

    @property
    def status_changed(self) -> bool:
        return self.change == "changed" and self.status_from != self.status_to


@dataclass
class Diff:
    rev_a: str
    rev_b: str | None                 # None: the working tree
    changes: list[ClaimChange]
    problems: list[str] = field(default_factory=list)

    def of_kind(self, kind: str) -> list[ClaimChange]:
        """kind: status, added, removed, orphaned, notes or evidence."""
        tests = {"status": lambda c: c.status_changed, "added": lambda c: c.change == "added",
                 "removed": lambda c: c.change == "removed", "orphaned": lambda c: c.orphaned,
                 "notes": lambda c: bool(c.notes_added), "evidence": lambda c: bool(c.evidence_added)}
        return [c for c in self.changes if tests[kind](c)]


@dataclass
class LogEntry:
    """The claim as one commit left it (commit None: the uncommitted working tree)."""

    commit: str | None
    author: str
    date: str
    subject: str
    status: str | None                # None: the file was deleted by this commit
    reviewed_by: str | None = None
    reviewed_at: str | None = None
    notes: int = 0
    orphaned: bool = False


class Repository:
    """The git repository holding a workspace, driven through the git command."""

    def __init__(self, ws: Workspace):
        self.ws = ws
        top = self._git_in(ws.root, "rev-parse", "--show-toplevel").decode().strip()
        self.top = Path(top).resolve()
        rel = ws.root.relative_to(self.top).as_posix()
        self.prefix = "" if rel == "." else rel + "/"

    def _git_in(self, cwd: Path, *args: str, stdin: bytes | None = None) -> bytes:
        try:
            # quotepath off: git would otherwise write Arabic source folders as octal escapes.
            done = subprocess.run(["git", "-c", "core.quotepath=off", *args], cwd=cwd, input=stdin, capture_output=True, timeout=120)
        except FileNotFoundError:
            raise HistoryError("git is not installed (or not on PATH)") from None
        if done.returncode != 0:
            message = done.stderr.decode("utf-8", "replace").strip()
            if "not a git repository" in message.lower():
                raise NotARepositoryError(f"{self.ws.root} is not inside a git repository")
            raise HistoryError(f"git {args[0]}: {message.splitlines()[-1] if message else 'failed'}")
        return done.stdout

    def git(self, *args: str, stdin: bytes | None = None) -> bytes:
        return self._git_in(self.top, *args, stdin=stdin)

    def commit_of(self, rev: str) -> str:
        if rev.startswith("-"):
            raise HistoryError(f"{rev!r} is not a revision")
        try:
            return self.git("rev-parse", "--verify", "--quiet", f"{rev}^{{commit}}").decode().strip()
        except HistoryError:
            raise HistoryError(f"unknown revision {rev!r}") from None

    def blobs(self, specs: list[str]) -> dict[str, bytes | None]:
        """The content of each `rev:path` (None where it does not exist), in one git process."""
        if not specs:
            return {}
        out = self.git("cat-file", "--batch", stdin="".join(f"{s}\n" for s in specs).encode())
        found: dict[str, bytes | None] = {}
        pos = 0
        for spec in specs:
            end = out.index(b"\n", pos)
            header = out[pos:end].split()
            pos = end + 1
            if len(header) == 3 and header[1] == b"blob":
                size = int(header[2])
                found[spec] = out[pos:pos + size]
                pos += size + 1
            else:
                found[spec] = None
        return found

    def claims_pathspec(self) -> str:
        return f"{self.prefix}claims/"

    def ws_path(self, repo_path: str) -> str:
        return repo_path[len(self.prefix):]


def parse_claim(raw: bytes, scale: RatingScale) -> Claim:
    """A claim from a file's bytes at any revision, even one rated on a scale since changed."""
    doc = load_mapping(raw.decode("utf-8"))
    status = doc.data.get("status")
    if isinstance(status, str) and scale.get(status) is None:
        scale = RatingScale((*scale.ratings, Rating(status, status, None, decided=False)))
    return claim_from_document(doc, scale)


def diff(ws: Workspace, rev_a: str = "HEAD", rev_b: str | None = WORKING_TREE) -> Diff:
    """Claims that differ between rev_a and rev_b (the working tree by default), reading changed files only."""
    repo = Repository(ws)
    commit_a = repo.commit_of(rev_a)
    commit_b = repo.commit_of(rev_b) if rev_b else None
    args = ["diff", "--name-only", "-z", "--no-renames", commit_a, *([commit_b] if commit_b else []),
            "--", repo.claims_pathspec()]
    paths = {p for p in repo.git(*args).decode("utf-8").split("\0") if p.endswith(".yaml")}
    if commit_b is None:
        untracked = repo.git("ls-files", "-z", "--others", "--exclude-standard", "--", repo.claims_pathspec())
        paths.update(p for p in untracked.decode("utf-8").split("\0") if p.endswith(".yaml"))
    paths = sorted(paths)
    before = repo.blobs([f"{commit_a}:{p}" for p in paths])
    if commit_b:
        after_blobs = repo.blobs([f"{commit_b}:{p}" for p in paths])
        after = {p: after_blobs[f"{commit_b}:{p}"] for p in paths}
    else:
        after = {p: _read(repo.top / p) for p in paths}
    result = Diff(rev_a, rev_b, [])
    for path in paths:
        raw_old, raw_new = before[f"{commit_a}:{path}"], after[path]
        old, new = _load(raw_old, path, ws, result), _load(raw_new, path, ws, result)
        if (raw_old is not None and old is None) or (raw_new is not None and new is None):
            continue  # an unreadable side is a problem, not an addition or a removal
        change = compare(old, new, repo.ws_path(path))
        if change is not None:
            result.changes.append(change)
    result.changes.sort(key=lambda c: (c.source, c.id))
    return result


def _read(path: Path) -> bytes | None:
    try:
        return path.read_bytes()
    except (FileNotFoundError, IsADirectoryError):
        return None


def _load(raw: bytes | None, path: str, ws: Workspace, result: Diff) -> Claim | None:
    if raw is None:
        return None
    try:
        return parse_claim(raw, ws.scale)
    except (WorkbenchError, UnicodeDecodeError) as exc:
        result.problems.append(f"{path}: {exc}")
        return None


def compare(old: Claim | None, new: Claim | None, path: str) -> ClaimChange | None:
    """What changed from old to new (None for a file that does not exist); None when nothing did."""
    if old is None and new is None:
        return None
    claim = new or old
    change = ClaimChange(id=claim.id, source=claim.source, path=path, text=claim.text,
                         change="added" if old is None else "removed" if new is None else "changed",
                         status_from=old.status if old else None, status_to=new.status if new else None)
    if new is not None:
        change.by, change.at = new.reviewed_by, new.reviewed_at
        change.orphaned = new.orphaned and not (old and old.orphaned)
        seen_notes = {(n.at, n.by, n.text) for n in (old.notes if old else [])}
        change.notes_added = [n for n in new.notes if (n.at, n.by, n.text) not in seen_notes]
        seen_evidence = {(e.url, e.title, e.note) for e in (old.evidence if old else [])}
        change.evidence_added = [e for e in new.evidence if (e.url, e.title, e.note) not in seen_evidence]
    if old is not None and new is not None:
        change.fields_changed = [f for f in CLAIM_FIELDS if f not in _OWN_FIELDS
                                 and getattr(old, f) != getattr(new, f)]
        if not (change.status_changed or change.orphaned or change.notes_added or change.evidence_added
                or change.fields_changed or old.reviewed_at != new.reviewed_at):
            return None
    return change


def find_claim_path(ws: Workspace, repo: Repository, prefix: str) -> str:
    """The repository path of the claim whose id starts with prefix, on disk or anywhere in history."""
    prefix = prefix.strip().lower()
    if not prefix or not all(c in "0123456789abcdef" for c in prefix):
        raise HistoryError(f"{prefix!r} is not a claim id")
    on_disk = {f"{repo.prefix}{ws.relative(p)}" for p in ws.iter_claim_paths() if p.stem.startswith(prefix)}
    if not on_disk:
        spec = f":(glob){repo.prefix}claims/*/{prefix}*.yaml"
        out = repo.git("log", "--all", "--format=", "--name-only", "--no-renames", "--", spec).decode("utf-8")
        on_disk = {line for line in out.splitlines() if line.strip()}
    if not on_disk:
        raise HistoryError(f"no claim id starts with {prefix!r}, on disk or in history")
    ids = {Path(p).stem for p in on_disk}
    if len(ids) > 1:
        raise HistoryError(f"{prefix!r} is ambiguous: {', '.join(sorted(ids)[:5])}")
    return sorted(on_disk)[0]


def log(ws: Workspace, claim_id: str) -> list[LogEntry]:
    """The claim as each commit that touched it left it, oldest first, then the working tree if it differs."""
    repo = Repository(ws)
    path = find_claim_path(ws, repo, claim_id)
    out = repo.git("log", "--format=%H%x1f%an%x1f%aI%x1f%s", "--no-renames", "--", path).decode("utf-8")
    commits = [line.split("\x1f", 3) for line in reversed(out.splitlines()) if line]
    blobs = repo.blobs([f"{sha}:{path}" for sha, *_ in commits])
    entries = []
    for sha, author, date, subject in commits:
        entries.append(_entry(blobs[f"{sha}:{path}"], ws, sha, author, date, subject))
    current = _read(repo.top / path)
    last = blobs[f"{commits[-1][0]}:{path}"] if commits else None
    if current != last:
        entries.append(_entry(current, ws, None, "", "", "(not committed)"))
    return entries


def _entry(raw: bytes | None, ws: Workspace, sha: str | None, author: str, date: str, subject: str) -> LogEntry:
    entry = LogEntry(sha, author, date, subject, None)
    if raw is None:
        return entry
    try:
        claim = parse_claim(raw, ws.scale)
    except (WorkbenchError, UnicodeDecodeError) as exc:
        entry.subject = f"{subject} (unreadable: {exc})"
        return entry
    entry.status, entry.reviewed_by, entry.reviewed_at = claim.status, claim.reviewed_by, claim.reviewed_at
    entry.notes, entry.orphaned = len(claim.notes), claim.orphaned
    return entry


# --- rendering ----------------------------------------------------------------------

DIFF_FORMATS = ("table", "md", "json")
_KINDS = (("status", "Status changes"), ("added", "Added"), ("removed", "Removed"), ("orphaned", "Orphaned"),
          ("notes", "Notes added"), ("evidence", "Evidence added"))


def _flat(text: str | None, width: int = 60) -> str:
    flat = " ".join((text or "").split())
    return flat if len(flat) <= width else flat[: width - 1] + "…"


def diff_summary(result: Diff) -> str:
    counts = {kind: len(result.of_kind(kind)) for kind, _ in _KINDS}
    return (f"{counts['status']} status change(s), {counts['added']} added, {counts['removed']} removed, "
            f"{counts['orphaned']} orphaned, {sum(len(c.notes_added) for c in result.changes)} note(s) and "
            f"{sum(len(c.evidence_added) for c in result.changes)} evidence item(s) added")


def diff_record(result: Diff) -> dict:
    def change(c: ClaimChange) -> dict:
        return {"id": c.id, "source": c.source, "path": c.path, "text": c.text, "change": c.change,
                "status_from": c.status_from, "status_to": c.status_to, "by": c.by, "at": c.at,
                "orphaned": c.orphaned, "fields_changed": c.fields_changed,
                "notes_added": [{"at": n.at, "by": n.by, "text": n.text} for n in c.notes_added],
                "evidence_added": [{"url": e.url, "title": e.title, "note": e.note} for e in c.evidence_added]}

    return {"from": result.rev_a, "to": result.rev_b or "working tree", "summary": diff_summary(result),
            "changes": [change(c) for c in result.changes], "problems": result.problems}


def render_diff(result: Diff, fmt: str = "table") -> str:
    """The diff as a terminal table (one line per fact), Markdown, or JSON."""
    if fmt == "json":
        import json

        return json.dumps(diff_record(result), ensure_ascii=False, indent=2) + "\n"
    if fmt == "md":
        return _diff_markdown(result)
    if fmt != "table":
        raise HistoryError(f"unknown format {fmt!r}; one of {', '.join(DIFF_FORMATS)}")
    lines = []
    for c in result.changes:
        head = f"{c.id[:10]}  {c.source[:20]:<20}"
        if c.status_changed:
            who = f"  ({c.by}, {c.at})" if c.by else ""
            lines.append(f"status    {head}  {c.status_from} -> {c.status_to}{who}  {_flat(c.text, 50)}")
        if c.change in ("added", "removed"):
            lines.append(f"{c.change:<9} {head}  {c.status_to or c.status_from}  {_flat(c.text, 60)}")
        if c.orphaned:
            lines.append(f"orphaned  {head}  {_flat(c.text, 60)}")
        for n in c.notes_added:
            lines.append(f"note      {head}  {n.by}: {_flat(n.text, 60)}")
        for e in c.evidence_added:
            lines.append(f"evidence  {head}  {e.url}  {_flat(e.title, 40)}".rstrip())
    lines.extend(f"problem: {p}" for p in result.problems)
    lines.append(f"{result.rev_a} -> {result.rev_b or 'working tree'}: {diff_summary(result)}")
    return "\n".join(lines) + "\n"


def _diff_markdown(result: Diff) -> str:
    from workbench.report import md_escape as esc

    out = [f"# Claims changed: {esc(result.rev_a)} → {esc(result.rev_b or 'working tree')}", "",
           esc(diff_summary(result))]
    for kind, title in _KINDS:
        changes = result.of_kind(kind)
        if not changes:
            continue
        out += ["", f"## {title}", ""]
        if kind == "status":
            out += ["| Claim | Source | From | To | By | When | Text |", "| --- | --- | --- | --- | --- | --- | --- |"]
            out += [f"| {c.id} | {esc(c.source)} | {esc(c.status_from or '')} | {esc(c.status_to or '')} | "
                    f"{esc(c.by or '')} | {esc(c.at or '')} | {esc(_flat(c.text, 80))} |" for c in changes]
        elif kind == "notes":
            out += [f"- {c.id} ({esc(c.source)}): {esc(n.by)}, {esc(n.at)}: {esc(n.text)}"
                    for c in changes for n in c.notes_added]
        elif kind == "evidence":
            out += [f"- {c.id} ({esc(c.source)}): {esc(e.url)} {esc(e.title)}".rstrip()
                    for c in changes for e in c.evidence_added]
        else:
            out += [f"- {c.id} ({esc(c.source)}, {esc(c.status_to or c.status_from or '')}): {esc(_flat(c.text, 80))}"
                    for c in changes]
    if result.problems:
        out += ["", "## Files that could not be read", ""] + [f"- {esc(p)}" for p in result.problems]
    return "\n".join(out) + "\n"


def log_record(entries: list[LogEntry]) -> list[dict]:
    return [{"commit": e.commit, "author": e.author, "date": e.date, "subject": e.subject, "status": e.status,
             "reviewed_by": e.reviewed_by, "reviewed_at": e.reviewed_at, "notes": e.notes,
             "orphaned": e.orphaned} for e in entries]


def render_log(entries: list[LogEntry], fmt: str = "table") -> str:
    """One line per commit that touched the claim, oldest first: its status as that commit left it."""
    if fmt == "json":
        import json

        return json.dumps(log_record(entries), ensure_ascii=False, indent=2) + "\n"
    if fmt != "table":
        raise HistoryError(f"unknown format {fmt!r}; one of table, json")
    lines = []
    for e in entries:
        commit = e.commit[:10] if e.commit else "(working)"
        status = e.status or "(deleted)"
        decided = f"{e.reviewed_by}, {e.reviewed_at}" if e.reviewed_by else "—"
        flag = " orphaned" if e.orphaned else ""
        lines.append(f"{commit:<10}  {e.date[:10] or '—':<10}  {status:<13} {decided:<40} "
                     f"notes:{e.notes}{flag}  {_flat(e.subject, 50)}")
    return "\n".join(lines) + "\n"

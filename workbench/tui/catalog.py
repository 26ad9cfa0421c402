"""The claims the review screen lists: loading, filtering, sorting, searching and noticing disk changes.

No Textual here: this is the one class the screen reads claims through, so it
can later read through the search index (workbench/index.py) for 100k claims
without the widgets noticing.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from operator import attrgetter
from pathlib import Path

from workbench.dupes import DuplicatePair, duplicates_of
from workbench.model import Claim, RatingScale, Source, WorkbenchError, normalize_text
from workbench.store import CLAIM_ATTRIBUTES, FileProblemError, Problem, Workspace
from workbench.tui.search import WordIndex

UNDECIDED = ":undecided"   # a pseudo status for "any status that is not a decision"
SORTS = ("article", "checkworthiness")
SORT_LABELS = {"article": "article order", "checkworthiness": "check-worthiness"}
# Files stat'ed per look at the disk on top of the folders (in-place edits leave folders alone).
SWEEP_FILES = 500


def gather(groups: Iterable[list], size: int) -> Iterator[list]:
    """The groups' items in lists of at least `size` (the last may be shorter), never splitting a group."""
    pending: list = []
    for group in groups:
        pending.extend(group)
        if len(pending) >= size:
            yield pending
            pending = []
    if pending:
        yield pending


@dataclass(frozen=True)
class Filter:
    """What the list shows and in which order; the empty Filter shows everything in article order."""

    status: str | None = None
    source: str | None = None
    speaker: str | None = None
    language: str | None = None
    query: str = ""
    sort: str = "article"

    def but(self, **changes) -> Filter:
        return replace(self, **changes)

    def describe(self) -> str:
        parts = []
        if self.status:
            parts.append("undecided" if self.status == UNDECIDED else f"status={self.status}")
        for name in ("source", "speaker", "language"):
            value = getattr(self, name)
            if value is not None:
                parts.append(f"{name}={value or '(article)'}")
        if self.query:
            parts.append(f"/{self.query}")
        return " ".join(parts) or "all"


@dataclass(frozen=True)
class DiskChanges:
    """Claim files that changed, appeared or vanished since the catalog last looked."""

    changed: list[Path]
    removed: list[Path]

    def __bool__(self) -> bool:
        return bool(self.changed or self.removed)


def refresh_index_elsewhere(ws: Workspace, timeout: float = 900) -> None:
    """Bring .workbench/index.db up to date in a process of its own.

    A large refresh parses in worker processes, and those cannot be started
    from inside the running app as they are: with the app's threads running
    the pool uses spawn, whose resource tracker is handed sys.stderr.fileno(),
    and Textual's captured stderr answers -1 ("bad value(s) in fds_to_keep").
    Swapping sys.stderr while the pool starts does make an in-app refresh work,
    but measured (bench_tui, 100,000 claims) it is not better: with a current
    index the first screen took 1.54-1.55 s instead of 0.69-0.98 s and keys while
    loading 3.8-6.5 ms instead of 1.9-2.1 ms (p95), because scanning 100k files
    then holds this process's interpreter; a cold build was no faster (25.1 s
    against 24.5-31.2 s), with twice the app's CPU time (17.7 s against 8.8 s,
    the sqlite writing). Spawned workers also re-import the caller's
    __main__, so any script embedding the app would need a main guard. A plain
    child process, its output sent nowhere, forks its pool safely and keeps
    all of that off the app; it costs ~0.1 s of interpreter start (10k claims:
    0.15 s against 0.07 s in process, in the background after the first screen).
    """
    code = ("import sys; from workbench.index import Index; from workbench.store import Workspace; "
            "Index.open(Workspace(sys.argv[1])).close()")
    done = subprocess.run([sys.executable, "-c", code, str(ws.root)], stdin=subprocess.DEVNULL,
                          stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, timeout=timeout, text=True,
                          check=False)
    if done.returncode:
        lines = done.stderr.strip().splitlines()
        raise WorkbenchError(f"cannot refresh the search index: {lines[-1] if lines else done.returncode}")


class ClaimCatalog:
    """Every claim of the workspace (or one source) the screen may show, as plain Claims."""

    def __init__(self, ws: Workspace, source: str | None = None):
        self.ws = ws
        self.scale: RatingScale = ws.scale
        self.source = source
        self.claims: dict[str, Claim] = {}
        self.problems: list[Problem] = []
        self.expected = 0
        self._folders: list[tuple[Path, list[Path]]] = []
        self._folder_mtimes: dict[Path, int] = {}
        self._file_stats: dict[Path, tuple[int, int]] = {}
        self._haystacks: dict[str, str] = {}
        self._words = WordIndex()
        self._ordered: dict[str, list[Claim]] = {}   # sort -> every claim in that order, until claims come or go
        self._position_of: dict[str, tuple[list[Claim], dict[str, int]]] = {}   # sort -> (that list, id -> row)
        self._problem_paths: set[Path] = set()
        self._sources: dict[str, Source | None] = {}
        self._decided = {r.name for r in self.scale.ratings if r.decided}
        self._sweep_order: list[Path] | None = None
        self._unverified: set[str] = set()   # ids read from the index, not yet from their files
        self.version = 0                     # bumped by every change of what the catalog holds
        self._views: dict[Filter, list[Claim]] = {}
        self._counts: dict[Filter, Counter] = {}
        self._views_version = -1
        self._finished = False
        self._sweep_at = 0

    # loading ---------------------------------------------------------------
    def discover(self) -> list[tuple[Path, list[Path]]]:
        """The claim folders and their files, in source order; cheap (no file is parsed)."""
        root = self.ws.claims_dir
        if self.source:
            folders = [root / self.source]
        else:
            try:
                folders = sorted(Path(e.path) for e in os.scandir(root) if e.is_dir())
            except OSError:
                folders = []
        found = []
        for folder in folders:
            try:
                self._folder_mtimes[folder] = folder.stat().st_mtime_ns
                names = sorted(n for n in os.listdir(folder) if n.endswith(".yaml") and not n.startswith("."))
            except OSError:
                continue
            found.append((folder, [folder / n for n in names]))
        self._folders = found
        self.expected = sum(len(paths) for _, paths in found)
        return found

    def read(self, paths: Iterable[Path]) -> tuple[list[Claim], list[Problem]]:
        """Parse claim files; safe to call from a worker thread (it changes nothing shown)."""
        claims, problems = [], []
        for path in paths:
            claim, problem = self._read_one(path)
            if claim:
                claims.append(claim)
                self._haystacks[claim.id] = self._haystack(claim)
            else:
                problems.append(problem)
        return claims, problems

    def _read_one(self, path: Path) -> tuple[Claim | None, Problem | None]:
        try:
            stat = path.stat()
            self._file_stats[path] = (stat.st_mtime_ns, stat.st_size)
            return self.ws.load_claim(path), None
        except FileProblemError as exc:
            return None, Problem(self.ws.relative(exc.path), exc.line, exc.reason)
        except OSError as exc:
            return None, Problem(self.ws.relative(path), 1, f"cannot read: {exc.strerror or exc}")

    def add(self, claims: Iterable[Claim], problems: Iterable[Problem] = ()) -> None:
        self.version += 1
        for claim in claims:
            self.claims[claim.id] = claim
            self._words.put(claim.id, self._haystacks.get(claim.id) or self._haystack(claim))
            self._ordered.clear()
        for problem in problems:
            self.problems.append(problem)
            self._problem_paths.add(self.ws.root / problem.path)

    def read_indexed(self, skip: set[str]) -> tuple[list[Claim], list[Problem]]:
        """Every claim as the search index (.workbench/index.db) holds it, refreshed first; for a worker thread.

        With a current index this is seconds for 100,000 claims where parsing
        every YAML file is a minute. Claims read this way are "unverified":
        `verify` reads the claim's own file before it is shown in full or
        written, so the store's conflict check covers them too. Raises
        WorkbenchError or sqlite3.Error when the index cannot be used.
        """
        from workbench.index import Index

        refresh_index_elsewhere(self.ws)
        with Index.open(self.ws, refresh=False) as index:
            filters = {"source": self.source} if self.source else {}
            claims = [c for c in index.claims(details=True, **filters) if c.id not in skip]
            prefix = f"claims/{self.source}/" if self.source else "claims/"
            stats = {path: (mtime_ns, size) for path, size, mtime_ns in index.db.execute(
                "SELECT path, size, mtime_ns FROM files WHERE kind = 'claim'")}
            problems = [p for p in index.problems() if p.path.startswith(prefix)]
        for claim in claims:
            self._haystacks[claim.id] = self._haystack(claim)
            path = self.ws.claim_path(claim)
            rel = self.ws.relative(path)
            if rel in stats:
                self._file_stats[path] = stats[rel]
            self._unverified.add(claim.id)
        for problem in problems:
            if problem.path in stats:
                self._file_stats[self.ws.root / problem.path] = stats[problem.path]
        return claims, problems

    @property
    def unverified(self) -> int:
        """How many claims are still the index's copies, not read from their files."""
        return len(self._unverified)

    def verify(self, claim: Claim) -> bool:
        """Bring a claim read from the index in line with its file (in place); True when anything differed."""
        if claim.id not in self._unverified:
            return False
        self._unverified.discard(claim.id)
        path = self.ws.claim_path(claim)
        fresh, _ = self._read_one(path)
        if fresh is None:
            self.reload(path)
            return True
        if fresh == claim:
            # Nothing differs: what the catalog holds is unchanged, so its lists and counts stay
            # (put would drop them all, and the next filter or search would count 10,000 claims again).
            return False
        for name in CLAIM_ATTRIBUTES:
            setattr(claim, name, getattr(fresh, name))
        self.put(claim)
        return True

    def add_problems(self, problems: Iterable[Problem]) -> None:
        known = {p.path for p in self.problems}
        self.add((), [p for p in problems if p.path not in known])

    def finish_loading(self) -> None:
        self._finished = True

    @property
    def loaded(self) -> int:
        return len(self.claims) + len(self.problems)

    @property
    def complete(self) -> bool:
        return self._finished or self.loaded >= self.expected

    # the list ----------------------------------------------------------------
    def is_decided(self, claim: Claim) -> bool:
        return claim.status in self._decided

    def view(self, flt: Filter) -> list[Claim]:
        """The claims flt lets through, in its order (a list of the caller's own)."""
        self._forget_stale_views()
        rows = self._views.get(flt)
        if rows is None:
            if len(self._views) >= 16:
                self._views.clear()
            rows = self._views[flt] = self._view(flt)
        return list(rows)

    def counts(self, flt: Filter) -> Counter:
        """How many claims flt lets through, per status."""
        self._forget_stale_views()
        key = flt.but(sort="article")
        counts = self._counts.get(key)
        if counts is None:
            counts = self._counts[key] = Counter(map(attrgetter("status"), self.view(flt)))
        return counts

    def _forget_stale_views(self) -> None:
        # Toggling a filter back and forth, or the sort, finds the lists already made (15 ms each at 100k).
        if self._views_version != self.version:
            self._views.clear()
            self._counts.clear()
            self._views_version = self.version

    def _view(self, flt: Filter) -> list[Claim]:
        rows: list[Claim] = self.ordered(flt.sort)
        query = normalize_text(flt.query)
        if query:
            # The hits first, put in order by position: a search finds a few hundred claims of
            # 10,000, and the other filters then look at those only.
            hits = self._words.claims_matching(query)
            # Sorted as row numbers, then looked up: ints sort in C, where a key function per
            # claim cost 2 ms for the 1,776 hits of "وزير" at 10,000 claims (0.7 ms this way).
            position = self._positions(flt.sort)
            try:
                numbers = list(map(position.__getitem__, hits))
            except KeyError:   # the word index is kept with the claims; should it lag, a hit may be gone
                numbers = [position[h] for h in hits if h in position]
            rows = [rows[i] for i in sorted(numbers)]
        if flt.status == UNDECIDED:
            decided = self._decided
            rows = [c for c in rows if c.status not in decided]
        elif flt.status:
            rows = [c for c in rows if c.status == flt.status]
        if flt.source is not None:
            rows = [c for c in rows if c.source == flt.source]
        if flt.speaker is not None:
            rows = [c for c in rows if (c.speaker or "") == flt.speaker]
        if flt.language is not None:
            rows = [c for c in rows if c.language == flt.language]
        return rows

    def prepare_search(self) -> None:
        """Make now what the first search would otherwise make while the reviewer waits (~5 ms at 10k)."""
        for sort in SORTS:
            self._positions(sort)
        self._words.vocabulary()

    def _positions(self, sort: str) -> dict[str, int]:
        """Claim id -> its row in ordered(sort); made again whenever that order is."""
        rows = self.ordered(sort)
        made = self._position_of.get(sort)
        if made is None or made[0] is not rows:
            made = self._position_of[sort] = (rows, {c.id: i for i, c in enumerate(rows)})
        return made[1]

    def ordered(self, sort: str) -> list[Claim]:
        """Every claim in sort's order; a review changes no sort key, so this is kept until claims come or go."""
        rows = self._ordered.get(sort)
        if rows is None:
            if sort == "checkworthiness":
                key = lambda c: (-c.checkworthiness, c.source, c.span[0])
            else:
                key = lambda c: (c.source, c.span[0])
            rows = self._ordered[sort] = sorted(self.claims.values(), key=key)
        return rows

    @staticmethod
    def _haystack(claim: Claim) -> str:
        parts = [claim.text, claim.speaker or "", *(n.text for n in claim.notes)]
        return normalize_text(" \n ".join(parts))

    def speakers(self) -> list[str]:
        return sorted({c.speaker or "" for c in self.claims.values()})

    def sources(self) -> list[str]:
        return sorted({c.source for c in self.claims.values()})

    def source_meta(self, source_id: str) -> Source | None:
        if source_id not in self._sources:
            try:
                self._sources[source_id] = self.ws.load_source(source_id)
            except WorkbenchError:
                self._sources[source_id] = None
        return self._sources[source_id]

    def source_title(self, source_id: str) -> str:
        source = self.source_meta(source_id)
        return source.title if source and source.title else source_id

    def article(self, source_id: str) -> str | None:
        try:
            return self.ws.source_text(source_id)
        except WorkbenchError:
            return None

    def duplicates_of(self, claim: Claim) -> list[DuplicatePair]:
        """Pairs of claim with the loaded claims that say the same thing in other sources, best first."""
        return duplicates_of(claim.id, list(self.claims.values()))

    # keeping up with the disk ---------------------------------------------------
    def put(self, claim: Claim) -> None:
        """Take claim as the truth (after our own write or a reload) and remember its file's state."""
        self.version += 1
        if self.claims.get(claim.id) is not claim:
            self._ordered.clear()
        self.claims[claim.id] = claim
        self._haystacks[claim.id] = self._haystack(claim)
        self._words.put(claim.id, self._haystacks[claim.id])
        path = self.ws.claim_path(claim)
        try:
            stat = path.stat()
            self._file_stats[path] = (stat.st_mtime_ns, stat.st_size)
            self._folder_mtimes[path.parent] = path.parent.stat().st_mtime_ns
        except OSError:
            pass

    def reload(self, path: Path) -> Claim | None:
        """Read path again; a claim that no longer loads becomes a problem and leaves the list."""
        claim, problem = self._read_one(path)
        self.problems = [p for p in self.problems if self.ws.root / p.path != path]
        self._problem_paths.discard(path)
        if claim:
            existing = self.claims.get(claim.id)
            if existing is not None and self.ws.claim_path(existing) == path:
                # Updated in place: the list keeps showing the same object, and the sort
                # orders stay valid unless what they sort by changed.
                if (existing.source, existing.span, existing.checkworthiness) != (
                        claim.source, claim.span, claim.checkworthiness):
                    self._ordered.clear()
                for name in CLAIM_ATTRIBUTES:
                    setattr(existing, name, getattr(claim, name))
                claim = existing
            self._unverified.discard(claim.id)
            self.put(claim)
            return claim
        self.forget(path)
        if problem and path.exists():
            self.add((), [problem])
            # Remember the broken file's state too, so it is reported once, not at every look.
            try:
                stat = path.stat()
                self._file_stats[path] = (stat.st_mtime_ns, stat.st_size)
            except OSError:
                pass
        return None

    def forget(self, path: Path) -> None:
        self.version += 1
        self._file_stats.pop(path, None)
        claim_id = path.stem
        if claim_id in self.claims and self.ws.claim_path(self.claims[claim_id]) == path:
            del self.claims[claim_id]
            self._haystacks.pop(claim_id, None)
            self._words.remove(claim_id)
            self._ordered.clear()

    def disk_changes(self, also: Iterable[Path] = (), sweep: int = SWEEP_FILES) -> DiskChanges:
        """Files changed since last seen.

        An atomic replace (ours, git's, most editors') touches its folder, so
        every folder is stat'ed; an in-place edit does not, so `also` (the
        claim on screen) and a rolling slice of `sweep` other files are stat'ed
        too: every file is looked at within a few calls, at a bounded cost each.
        """
        changed: list[Path] = []
        removed: list[Path] = []
        for folder in list(self._folder_mtimes):
            try:
                mtime = folder.stat().st_mtime_ns
            except OSError:
                mtime = -1
            if mtime == self._folder_mtimes[folder]:
                continue
            self._folder_mtimes[folder] = mtime
            c, r = self._folder_changes(folder)
            changed += c
            removed += r
        for path in [*also, *self._sweep_slice(sweep)]:
            if path not in changed and path not in removed and self._stat_differs(path):
                changed.append(path)
        return DiskChanges(changed, removed)

    def _sweep_slice(self, count: int) -> list[Path]:
        if not self._file_stats or count <= 0:
            return []
        if self._sweep_order is None or self._sweep_at >= len(self._sweep_order):
            self._sweep_order, self._sweep_at = list(self._file_stats), 0
        start = self._sweep_at
        self._sweep_at += count
        return self._sweep_order[start:self._sweep_at]

    def _folder_changes(self, folder: Path) -> tuple[list[Path], list[Path]]:
        try:
            now = {folder / n for n in os.listdir(folder) if n.endswith(".yaml") and not n.startswith(".")}
        except OSError:
            now = set()
        known = {p for p in self._file_stats if p.parent == folder} | {
            p for p in self._problem_paths if p.parent == folder}
        changed = sorted(p for p in now if p not in known or self._stat_differs(p))
        removed = sorted(known - now)
        return changed, removed

    def _stat_differs(self, path: Path) -> bool:
        try:
            stat = path.stat()
        except OSError:
            return path in self._file_stats
        return self._file_stats.get(path) != (stat.st_mtime_ns, stat.st_size)

    def iter_pending(self, batch: int) -> Iterator[list[Path]]:
        """The discovered files in batches of about `batch`, whole folders where they fit."""
        return gather((paths for _, paths in self._folders), batch)

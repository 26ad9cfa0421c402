"""The workspace's search index: a sqlite cache of the YAML files, refreshed incrementally.

The database is made and written with sqlite-utils (tables, the FTS5 table
`claims_fts` over the claims' normalized text, speaker and notes, its triggers,
inserts and deletes), so `sqlite-utils` and Datasette open it as it is; queries
are plain SQL on the same connection.

sqlite-utils is imported only when there is something to write: importing it
loads click (its utils module does) and costs a fifth of a second, and the core
must import without click while a refresh that finds nothing changed stays
well under 0.2 s.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import sqlite3
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from workbench.model import Claim, Evidence, Note, Source, WorkbenchError, normalize_text
from workbench.store import FileProblemError, Problem, StoreError, Workspace

if TYPE_CHECKING:
    import sqlite_utils

INDEX_NAME = "index.db"
# Bumped whenever the tables change: an index of another version is rebuilt.
INDEX_VERSION = "3"
# Files modified this close to when they were last indexed may have changed
# again within the filesystem's timestamp granularity: hash them (git's "racy" rule).
RACY_NS = 2_000_000_000

SOURCE_COLUMNS = ("id", "title", "url", "publisher", "published", "language", "sha256", "origin",
                  "ingested_at", "path")
SORTS = {
    "article": "c.source, c.start, c.id",
    "checkworthiness": "c.checkworthiness DESC, c.source, c.start",
    "reviewed": "c.reviewed_at DESC, c.source, c.start",
    "status": "c.status, c.source, c.start",
}


# Types of the columns, in order; sqlite-utils makes the tables from them.
_CLAIM_TYPES = {"id": str, "source": str, "start": int, "end": int, "text": str, "speaker": str, "cue": str,
                "kind": str, "language": str, "checkworthiness": float, "status": str, "reviewed_by": str,
                "reviewed_at": str, "orphaned": int, "path": str, "note_count": int, "evidence_count": int,
                "text_norm": str, "speaker_norm": str, "notes_norm": str}
_FILE_TYPES = {"path": str, "kind": str, "size": int, "mtime_ns": int, "digest": str, "checked_ns": int,
               "key": str, "problem": str, "line": int}
_NOTE_TYPES = {"claim_id": str, "position": int, "at": str, "by": str, "text": str}
_EVIDENCE_TYPES = {"claim_id": str, "position": int, "url": str, "title": str, "note": str}
CLAIM_COLUMNS = tuple(_CLAIM_TYPES)
FTS_COLUMNS = ("text_norm", "speaker_norm", "notes_norm")
# The tables a refresh writes, and their columns in the order rows hold them.
COLUMNS = {"claims": CLAIM_COLUMNS, "notes": tuple(_NOTE_TYPES), "evidence": tuple(_EVIDENCE_TYPES),
           "sources": SOURCE_COLUMNS, "files": tuple(_FILE_TYPES)}


def create_schema(db: sqlite_utils.Database) -> None:
    """The tables, indexes and full-text index of an empty database."""
    db["meta"].create({"key": str, "value": str}, pk="key")
    db["files"].create(_FILE_TYPES, pk="path")
    db["sources"].create({name: str for name in SOURCE_COLUMNS}, pk="id")
    # Foreign keys are for Datasette (it shows a claim's source by its title); sqlite does not enforce them.
    db["claims"].create(_CLAIM_TYPES, pk="id", foreign_keys=[("source", "sources", "id")])
    for table, types in (("notes", _NOTE_TYPES), ("evidence", _EVIDENCE_TYPES)):
        db[table].create(types, pk=("claim_id", "position"), foreign_keys=[("claim_id", "claims", "id")])
    db["claims"].create_index(["source", "start"])
    db["claims"].create_index(["status"])
    enable_fts(db)
    db["meta"].insert({"key": "version", "value": INDEX_VERSION})


def enable_fts(db: sqlite_utils.Database) -> None:
    """The FTS5 table `claims_fts` over the claims' normalized columns, kept current by triggers."""
    # Trigram: a search for حكومه finds والحكومه too, Arabic clitics and all.
    db["claims"].enable_fts(list(FTS_COLUMNS), tokenize="trigram", create_triggers=True)


class IndexUnavailableError(WorkbenchError):
    """The index cannot be opened or written (a read-only workspace, a locked database)."""


@dataclass
class RefreshStats:
    added: int = 0
    updated: int = 0
    removed: int = 0
    unchanged: int = 0
    seconds: float = 0.0

    @property
    def changed(self) -> int:
        return self.added + self.updated + self.removed


@dataclass(frozen=True)
class FileStat:
    size: int
    mtime_ns: int


@dataclass
class _Plan:
    """What a refresh has to do, worked out before anything is written."""

    known: set[str]
    now: int
    dirty: dict[str, FileStat] = field(default_factory=dict)
    removed: list[str] = field(default_factory=list)
    touched: list[dict] = field(default_factory=list)  # stat changed, content did not
    stats: RefreshStats = field(default_factory=RefreshStats)

    @property
    def needs_writing(self) -> bool:
        return bool(self.dirty or self.removed or self.touched)


@dataclass
class Parsed:
    """One file as read for the index: the rows it gives (built in the worker that parsed it), or why none."""

    path: str
    kind: str                                   # claim | source | text
    digest: str | None
    key: str | None = None                      # the claim's or source's id
    rows: dict[str, list[tuple]] = field(default_factory=dict)   # table -> rows, columns as in COLUMNS
    problem: str | None = None
    line: int | None = None


class Index:
    """Claims, sources, notes and evidence of one workspace, as tables; see `open`."""

    def __init__(self, ws: Workspace, db: sqlite3.Connection, path: Path):
        self.ws, self.db, self.path = ws, db, path
        self._database: sqlite_utils.Database | None = None

    @property
    def database(self) -> sqlite_utils.Database:
        """The same connection as `db`, wrapped by sqlite-utils (imported on first use)."""
        if self._database is None:
            import sqlite_utils

            self._database = sqlite_utils.Database(self.db, execute_plugins=False)
        return self._database

    # opening and refreshing ---------------------------------------------------
    @classmethod
    def open(cls, ws: Workspace, refresh: bool = True, verify: bool = False) -> Index:
        """Open (creating if needed) `.workbench/index.db`, brought up to date unless refresh=False."""
        path = ws.cache_dir / INDEX_NAME
        try:
            ws.cache_dir.mkdir(exist_ok=True)
            index = cls(ws, _connect(path), path)
            if not index._schema_is_current():
                index.db.close()
                # Under the workspace's lock, so two first runs do not remove each other's new database.
                with ws.write_lock():
                    index = cls(ws, _connect(path), path)
                    if not index._schema_is_current():
                        index.db.close()
                        _remove_database(path)
                        index = cls(ws, _connect(path), path)
                        with index.database.atomic():
                            create_schema(index.database)
        except (OSError, sqlite3.Error) as exc:
            raise IndexUnavailableError(f"cannot open the index {ws.relative(path)}: {exc}") from None
        if refresh:
            index.refresh(verify=verify)
        return index

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Index:
        return self

    def __exit__(self, *exc_info) -> None:
        self.close()

    def refresh(self, verify: bool = False) -> RefreshStats:
        """Bring the tables in line with the files; verify=True hashes every file, trusting no mtime."""
        began = time.perf_counter()
        on_disk = scan(self.ws)
        try:
            plan = self._plan(on_disk, verify)
            if plan.needs_writing:
                # Planned again under the write lock: another process may have refreshed meanwhile.
                self.db.execute("BEGIN IMMEDIATE")
                try:
                    plan = self._plan(on_disk, verify)
                    self._apply(plan)
                    self.db.execute("COMMIT")
                except BaseException:
                    if self.db.in_transaction:
                        self.db.execute("ROLLBACK")
                    raise
        except sqlite3.Error as exc:
            raise IndexUnavailableError(f"cannot refresh the index: {exc}") from None
        plan.stats.seconds = time.perf_counter() - began
        return plan.stats

    def _plan(self, on_disk: dict[str, FileStat], verify: bool) -> _Plan:
        """Which files to read again, forget, or only re-stamp; reads files' bytes only where stat cannot tell."""
        known = {row[0]: row for row in self.db.execute(
            "SELECT path, size, mtime_ns, digest, checked_ns FROM files")}
        plan = _Plan(known=set(known), now=time.time_ns())
        for rel, stat in on_disk.items():
            row = known.get(rel)
            if row is None:
                plan.dirty[rel] = stat
                continue
            _, size, mtime_ns, digest, checked_ns = row
            same_stat = size == stat.size and mtime_ns == stat.mtime_ns
            if same_stat and not verify and mtime_ns < checked_ns - RACY_NS:
                plan.stats.unchanged += 1
                continue
            if _digest(self.ws.root / rel) == digest:
                plan.stats.unchanged += 1
                if not same_stat or mtime_ns >= checked_ns - RACY_NS:
                    plan.touched.append({"path": rel, "size": stat.size, "mtime_ns": stat.mtime_ns,
                                         "checked_ns": plan.now})
            else:
                plan.dirty[rel] = stat
        plan.removed = [rel for rel in known if rel not in on_disk]
        # A changed article text can make its claims' spans wrong (or right again).
        texts = {Path(rel).stem for rel in [*plan.dirty, *plan.removed] if rel.endswith(".txt")}
        if texts:
            plan.dirty.update({rel: stat for rel, stat in on_disk.items()
                               if rel.startswith("claims/") and rel.split("/")[1] in texts
                               and rel not in plan.dirty})
        return plan

    def _apply(self, plan: _Plan) -> None:
        stats = plan.stats
        self._forget([rel for rel in [*plan.removed, *plan.dirty] if rel in plan.known])
        stats.removed = sum(1 for rel in plan.removed if rel.startswith("claims/"))
        # Many claims at once (a first build, a big pull): the full-text index is dropped and made
        # again in one pass afterwards, cheaper than its triggers row by row.
        bulk = sum(1 for rel in plan.dirty if rel.startswith("claims/")) >= BULK_FROM
        if bulk:
            self.database["claims"].disable_fts()
        # Rows go in chunk by chunk while worker processes parse the next ones.
        for parsed in parse_files(self.ws, sorted(plan.dirty)):
            self._store(parsed, plan.dirty, plan.now)
            for item in parsed:
                if item.path.startswith("claims/"):
                    if item.path in plan.known:
                        stats.updated += 1
                    else:
                        stats.added += 1
        if bulk:
            enable_fts(self.database)
        if plan.touched:
            self.database["files"].upsert_all(plan.touched, pk="path")

    def _forget(self, rels: list[str]) -> None:
        db = self.database
        for chunk in _chunks(rels, 500):
            marks = _marks(chunk)
            keys = [r[0] for r in self.db.execute(
                f"SELECT key FROM files WHERE kind = 'claim' AND key IS NOT NULL AND path IN ({marks})", chunk)]
            if keys:
                for table, column in (("notes", "claim_id"), ("evidence", "claim_id"), ("claims", "id")):
                    db[table].delete_where(f"{column} IN ({_marks(keys)})", keys)
            db["sources"].delete_where(f"path IN ({marks})", chunk)
            db["files"].delete_where(f"path IN ({marks})", chunk)

    def _store(self, parsed: list[Parsed], stats: dict[str, FileStat], now: int) -> None:
        db = self.database
        claim_ids = [p.key for p in parsed if p.kind == "claim" and p.key]
        taken = set()
        for chunk in _chunks(claim_ids, 500):
            taken.update(r[0] for r in self.db.execute(f"SELECT id FROM claims WHERE id IN ({_marks(chunk)})", chunk))
        rows: dict[str, list[tuple]] = {table: [] for table in COLUMNS}
        for item in parsed:
            key = item.key
            if item.kind == "claim" and key:
                # Two files holding one id (a copy left in the wrong folder): the first stays.
                if key in taken:
                    item.problem, item.line, key = f"claim {key} is also in another file", 1, None
                else:
                    taken.add(key)
            if key:
                for table, more in item.rows.items():
                    rows[table].extend(more)
            stat = stats[item.path]
            rows["files"].append((item.path, item.kind, stat.size, stat.mtime_ns, item.digest, now, key,
                                  item.problem, item.line))
        # Rows as tuples after a row of column names (sqlite-utils' list mode): no dict per row.
        for table, more in rows.items():
            if more:
                db[table].insert_all([list(COLUMNS[table]), *more], replace=table in ("sources", "files"))

    # schema ------------------------------------------------------------------------
    def _schema_is_current(self) -> bool:
        try:
            row = self.db.execute("SELECT value FROM meta WHERE key = 'version'").fetchone()
        except sqlite3.OperationalError:
            return False
        return row is not None and row[0] == INDEX_VERSION

    # queries -----------------------------------------------------------------------
    def claims(self, *, sort: str = "article", limit: int | None = None, offset: int = 0,
               details: bool = True, **filters) -> list[Claim]:
        """Claims matching filters (see `_where`); details=False leaves notes and evidence empty."""
        where, params = self._where(**filters)
        order = "rank" if sort == "rank" and filters.get("query") else SORTS.get(sort)
        if order is None:
            raise WorkbenchError(f"unknown sort {sort!r}; one of {', '.join(SORTS)}")
        sql = f"SELECT c.* FROM {self._from(filters)} WHERE {where} ORDER BY {order}"
        if limit is not None:
            sql += f" LIMIT {int(limit)} OFFSET {int(offset)}"
        claims = [_claim_from_row(row) for row in self.db.execute(sql, params)]
        if details:
            self._attach_details(claims)
        return claims

    def search(self, query: str, limit: int | None = 50, **filters) -> list[Claim]:
        """Claims whose text, speaker or notes hold every word of query, best first; none for no words."""
        if not normalize_text(query).replace('"', " ").split():
            return []
        return self.claims(query=query, sort="rank", limit=limit, **filters)

    def count(self, **filters) -> int:
        where, params = self._where(**filters)
        return self.db.execute(f"SELECT count(*) FROM {self._from(filters)} WHERE {where}", params).fetchone()[0]

    def counts_by(self, column: str, **filters) -> dict[str, int]:
        if column not in ("status", "source", "speaker", "language", "reviewed_by"):
            raise WorkbenchError(f"cannot count by {column!r}")
        where, params = self._where(**filters)
        sql = f"SELECT c.{column}, count(*) FROM {self._from(filters)} WHERE {where} GROUP BY c.{column}"
        return {key: n for key, n in self.db.execute(sql, params)}

    def counts_by_status(self, **filters) -> dict[str, int]:
        return self.counts_by("status", **filters)

    def get(self, claim_id: str) -> Claim | None:
        found = self.claims(ids=[claim_id])
        return found[0] if found else None

    def find(self, prefix: str) -> list[str]:
        """Ids starting with prefix, as git resolves abbreviated hashes."""
        return [r[0] for r in self.db.execute(
            "SELECT id FROM claims WHERE id >= ? AND id < ? ORDER BY id", [prefix, prefix + "\uffff"])]

    def path_of(self, claim_id: str) -> Path | None:
        row = self.db.execute("SELECT path FROM claims WHERE id = ?", [claim_id]).fetchone()
        return self.ws.root / row[0] if row else None

    def sources(self) -> dict[str, Source]:
        rows = self.db.execute(f"SELECT {', '.join(SOURCE_COLUMNS[:-1])} FROM sources ORDER BY id")
        return {row[0]: Source(**dict(zip(SOURCE_COLUMNS, row))) for row in rows}

    def problems(self) -> list[Problem]:
        """Files that did not load, as `validate` would show them."""
        return [Problem(path, line or 1, problem) for path, problem, line in self.db.execute(
            "SELECT path, problem, line FROM files WHERE problem IS NOT NULL ORDER BY path")]

    def _from(self, filters: dict) -> str:
        return "claims c JOIN claims_fts f ON f.rowid = c.rowid" if filters.get("query") else "claims c"

    def _where(self, *, status: str | Iterable[str] | None = None, source: str | Iterable[str] | None = None,
               speaker: str | None = None, language: str | None = None, decided: bool | None = None,
               reviewed_since: str | None = None, reviewed_until: str | None = None,
               orphaned: bool | None = None, ids: Iterable[str] | None = None,
               query: str | None = None) -> tuple[str, list]:
        """SQL for the filters every reader shares.

        speaker matches a part of the name, Arabic folded; reviewed_since and
        reviewed_until compare the decision's date (ISO, inclusive); decided
        follows the workspace's rating scale.
        """
        clauses, params = ["1"], []

        def any_of(column: str, values: str | Iterable[str] | None) -> None:
            if values is None:
                return
            values = [values] if isinstance(values, str) else list(values)
            clauses.append(f"{column} IN ({_marks(values)})" if values else "0")
            params.extend(values)

        any_of("c.status", status)
        any_of("c.source", source)
        any_of("c.id", ids)
        if decided is not None:
            names = [r.name for r in self.ws.scale.ratings if r.decided]
            clauses.append(f"c.status {'' if decided else 'NOT '}IN ({_marks(names)})")
            params.extend(names)
        if speaker:
            clauses.append("instr(c.speaker_norm, ?) > 0")
            params.append(normalize_text(speaker))
        if language:
            clauses.append("c.language = ?")
            params.append(language)
        if reviewed_since:
            clauses.append("substr(c.reviewed_at, 1, 10) >= ?")
            params.append(reviewed_since[:10])
        if reviewed_until:
            clauses.append("substr(c.reviewed_at, 1, 10) <= ?")
            params.append(reviewed_until[:10])
        if orphaned is not None:
            clauses.append("c.orphaned = ?")
            params.append(int(orphaned))
        if query:
            match, short = _fts_query(query)
            if match:
                clauses.append("claims_fts MATCH ?")
                params.append(match)
            for word in short:
                clauses.append("instr(c.text_norm || ' ' || c.speaker_norm || ' ' || c.notes_norm, ?) > 0")
                params.append(word)
        return " AND ".join(clauses), params

    def _attach_details(self, claims: list[Claim]) -> None:
        by_id = {c.id: c for c in claims if c.id}
        wanted = [c.id for c in claims]
        for chunk in _chunks(wanted, 500):
            marks = _marks(chunk)
            for claim_id, at, by, text in self.db.execute(
                    f"SELECT claim_id, at, by, text FROM notes WHERE claim_id IN ({marks}) "
                    "ORDER BY claim_id, position", chunk):
                by_id[claim_id].notes.append(Note(at, by, text))
            for claim_id, url, title, note in self.db.execute(
                    f"SELECT claim_id, url, title, note FROM evidence WHERE claim_id IN ({marks}) "
                    "ORDER BY claim_id, position", chunk):
                by_id[claim_id].evidence.append(Evidence(url, title, note))


def _fts_query(query: str) -> tuple[str, list[str]]:
    """An FTS5 MATCH expression (every term a quoted substring) and the terms too short for trigrams."""
    words = normalize_text(query).replace('"', " ").split()
    long_words = [w for w in words if len(w) >= 3]
    return " AND ".join(f'"{w}"' for w in long_words), [w for w in words if len(w) < 3]


# --- reading the files ------------------------------------------------------------

def scan(ws: Workspace) -> dict[str, FileStat]:
    """Every file the index mirrors, relative to the root, with its size and mtime."""
    found: dict[str, FileStat] = {}

    def add(folder: Path, suffixes: tuple[str, ...], prefix: str) -> None:
        with contextlib.suppress(FileNotFoundError, NotADirectoryError):
            with os.scandir(folder) as entries:
                for entry in entries:
                    # Dot files are editors' and our own temporary files, never claims.
                    if entry.name.endswith(suffixes) and not entry.name.startswith(".") and entry.is_file():
                        st = entry.stat()
                        found[f"{prefix}{entry.name}"] = FileStat(st.st_size, st.st_mtime_ns)

    add(ws.sources_dir, (".yaml", ".txt"), "sources/")
    with contextlib.suppress(FileNotFoundError, NotADirectoryError):
        with os.scandir(ws.claims_dir) as folders:
            for folder in folders:
                if folder.is_dir() and not folder.name.startswith("."):
                    add(Path(folder.path), (".yaml",), f"claims/{folder.name}/")
    return found


# From this many changed claim files on, the full-text index is rebuilt rather than updated row by row.
BULK_FROM = 2000
# Below this many files a process pool costs more than it saves.
PARALLEL_FROM = 1500


def parse_files(ws: Workspace, rels: list[str]) -> Iterator[list[Parsed]]:
    """Parse rels in chunks, in worker processes when there are many (YAML parsing is the cost of a build)."""
    workers = min(os.cpu_count() or 1, 8)
    if len(rels) < PARALLEL_FROM or workers < 2:
        if rels:
            # A fresh Workspace: the caller's caches article texts that may have just changed.
            yield _parse_chunk(ws.root, rels)
        return
    import concurrent.futures
    import multiprocessing
    import threading

    # fork is fast but unsafe once threads run (the TUI's); spawn is slow but always safe.
    method = "fork" if threading.active_count() == 1 and "fork" in multiprocessing.get_all_start_methods() else "spawn"
    size = -(-len(rels) // (workers * 6))
    chunks = [rels[i:i + size] for i in range(0, len(rels), size)]
    with concurrent.futures.ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context(method)) as pool:
        yield from pool.map(_parse_chunk, [ws.root] * len(chunks), chunks)


def _parse_chunk(root: Path, rels: list[str]) -> list[Parsed]:
    ws = Workspace(root)
    return [_parse_one(ws, rel) for rel in rels]


def _parse_one(ws: Workspace, rel: str) -> Parsed:
    path = ws.root / rel
    kind = "text" if rel.endswith(".txt") else "source" if rel.startswith("sources/") else "claim"
    try:
        digest = hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError as exc:
        return Parsed(rel, kind, None, problem=f"cannot read: {exc.strerror or exc}", line=1)
    if kind == "text":
        return Parsed(rel, kind, digest)
    try:
        value = ws.load_claim(path) if kind == "claim" else ws.load_source(path.stem)
    except FileProblemError as exc:
        return Parsed(rel, kind, digest, problem=exc.reason, line=exc.line)
    except (StoreError, WorkbenchError) as exc:
        return Parsed(rel, kind, digest, problem=str(exc), line=1)
    if isinstance(value, Source):
        row = (*(getattr(value, name) for name in SOURCE_COLUMNS[:-1]), rel)
        return Parsed(rel, kind, digest, value.id, {"sources": [row]})
    key = value.id
    return Parsed(rel, kind, digest, key, {
        "claims": [_claim_row(value, rel)],
        "notes": [(key, i, n.at, n.by, n.text) for i, n in enumerate(value.notes)],
        "evidence": [(key, i, e.url, e.title, e.note) for i, e in enumerate(value.evidence)],
    })


def _claim_row(claim: Claim, rel: str) -> tuple:
    return (claim.id, claim.source, claim.start, claim.end, claim.text, claim.speaker, claim.cue, claim.kind,
              claim.language, claim.checkworthiness, claim.status, claim.reviewed_by, claim.reviewed_at,
              int(claim.orphaned), rel, len(claim.notes), len(claim.evidence), normalize_text(claim.text),
              normalize_text(claim.speaker or ""), normalize_text(" ".join(n.text for n in claim.notes)))


def _claim_from_row(row: tuple) -> Claim:
    data = dict(zip(CLAIM_COLUMNS, row))
    return Claim(id=data["id"], source=data["source"], span=(data["start"], data["end"]), text=data["text"],
                 speaker=data["speaker"], cue=data["cue"], kind=data["kind"], language=data["language"],
                 checkworthiness=data["checkworthiness"], status=data["status"],
                 reviewed_by=data["reviewed_by"], reviewed_at=data["reviewed_at"],
                 orphaned=bool(data["orphaned"]))


def _marks(values) -> str:
    return ", ".join("?" for _ in values)


def _chunks(items: list, size: int) -> Iterator[list]:
    for i in range(0, len(items), size):
        yield items[i:i + size]


def _digest(path: Path) -> str | None:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return None


def _connect(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(path, timeout=30, isolation_level=None)
    try:
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=NORMAL")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.DatabaseError:
        # Not a database (a truncated or foreign file): it is only a cache, start again.
        conn.close()
        _remove_database(path)
        conn = sqlite3.connect(path, timeout=30, isolation_level=None)
        conn.execute("PRAGMA journal_mode=WAL")
    return conn


def _remove_database(path: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        with contextlib.suppress(FileNotFoundError):
            os.unlink(f"{path}{suffix}")

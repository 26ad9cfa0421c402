"""The workspace on disk: find it, read and validate its files, write them atomically."""

from __future__ import annotations

import contextlib
import copy
import fcntl
import getpass
import os
import subprocess
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from dataclasses import fields as dataclass_fields
from datetime import datetime, timezone
from pathlib import Path

from workbench.atomic import iter_stale_temp_files, write_atomic, write_if_changed
from workbench.claimfile import (
    claim_from_document,
    claim_to_yaml,
    content_digest,
    field_line,
    scale_from,
    source_from_document,
    source_to_yaml,
)
from workbench.model import (
    CLAIM_FIELDS,
    DEFAULT_SCALE,
    SOURCE_FIELDS,
    Claim,
    Evidence,
    InvalidFieldError,
    Note,
    RatingScale,
    Source,
    WorkbenchError,
    is_safe_id,
)
from workbench.yamlfile import Document, YamlError, load_mapping

CONFIG_NAME = "workbench.yaml"
CLAIM_ATTRIBUTES = tuple(f.name for f in dataclass_fields(Claim))
CACHE_DIR = ".workbench"


class StoreError(WorkbenchError):
    """Something on disk could not be read or written."""


class NotAWorkspaceError(StoreError):
    pass


class FileProblemError(StoreError):
    """A file that cannot be used as it is, at a known line."""

    def __init__(self, path: Path, line: int, reason: str, root: Path | None = None):
        self.path, self.line, self.reason = path, line, reason
        shown = path.relative_to(root) if root and path.is_relative_to(root) else path
        super().__init__(f"{shown}:{line}: {reason}")


class UnknownClaimError(StoreError):
    pass


class AmbiguousClaimError(StoreError):
    pass


class ClaimConflictError(StoreError):
    """The claim's file changed on disk since it was loaded; `current` is what is there now."""

    def __init__(self, current: Claim | None, message: str):
        super().__init__(message)
        self.current = current


@dataclass(frozen=True)
class Problem:
    """A file the workspace could not use (error) or should tidy (warning)."""

    path: str            # relative to the workspace root
    line: int
    reason: str
    severity: str = "error"

    def __str__(self) -> str:
        prefix = "warning: " if self.severity == "warning" else ""
        return f"{self.path}:{self.line}: {prefix}{self.reason}"


@dataclass
class Config:
    scale: RatingScale = DEFAULT_SCALE
    reviewer: str | None = None
    organization: str | None = None
    languages: tuple[str, ...] = ("ar", "en")


def now_iso() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


# --- the workspace -------------------------------------------------------------

@dataclass
class LoadResult:
    claims: list[Claim] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)


class Workspace:
    """A folder with workbench.yaml, sources/ and claims/ (see DESIGN.md)."""

    def __init__(self, root: Path):
        self.root = Path(root).resolve()
        self.sources_dir = self.root / "sources"
        self.claims_dir = self.root / "claims"
        self.cache_dir = self.root / CACHE_DIR
        self._texts: dict[str, str] = {}
        self._digests: dict[str, str] = {}  # claim id -> sha256 of the file as loaded
        self.config = self._load_config()

    # finding and making ------------------------------------------------------
    @classmethod
    def find(cls, start: Path | str = ".") -> Workspace:
        """The workspace holding start: the nearest folder upwards with workbench.yaml."""
        here = Path(start).resolve()
        for folder in (here, *here.parents):
            if (folder / CONFIG_NAME).is_file():
                return cls(folder)
        raise NotAWorkspaceError(f"{here} is not inside a workspace (no {CONFIG_NAME} found); run `workbench init`")

    @classmethod
    def init(cls, root: Path | str) -> Workspace:
        root = Path(root)
        root.mkdir(parents=True, exist_ok=True)
        config = root / CONFIG_NAME
        if not config.exists():
            write_atomic(config, DEFAULT_CONFIG.encode("utf-8"))
        ignore = root / ".gitignore"
        lines = ignore.read_text(encoding="utf-8").splitlines() if ignore.exists() else []
        if f"{CACHE_DIR}/" not in lines and CACHE_DIR not in lines:
            text = "\n".join([*lines, f"{CACHE_DIR}/"]) + "\n"
            write_atomic(ignore, text.encode("utf-8"))
        for folder in ("sources", "claims"):
            (root / folder).mkdir(exist_ok=True)
        return cls(root)

    def relative(self, path: Path) -> str:
        path = Path(path)
        return str(path.relative_to(self.root)) if path.is_relative_to(self.root) else str(path)

    # configuration -----------------------------------------------------------
    def _load_config(self) -> Config:
        path = self.root / CONFIG_NAME
        if not path.exists():
            return Config()
        doc = self._read_document(path)
        data = doc.data
        try:
            scale = scale_from(data.get("ratings")) if data.get("ratings") else DEFAULT_SCALE
        except InvalidFieldError as exc:
            raise FileProblemError(path, doc.line_of(exc.field), exc.reason, self.root) from None
        languages = data.get("languages") or ["ar", "en"]
        return Config(scale=scale, reviewer=data.get("reviewer"), organization=data.get("organization"),
                      languages=tuple(str(x) for x in languages))

    @property
    def scale(self) -> RatingScale:
        return self.config.scale

    def reviewer(self) -> str:
        """Who is deciding: workbench.yaml, then $WORKBENCH_REVIEWER, git's user.name, the login."""
        if self.config.reviewer:
            return str(self.config.reviewer)
        if os.environ.get("WORKBENCH_REVIEWER"):
            return os.environ["WORKBENCH_REVIEWER"]
        with contextlib.suppress(OSError, subprocess.SubprocessError):
            name = subprocess.run(["git", "config", "user.name"], cwd=self.root, capture_output=True,
                                  text=True, timeout=5).stdout.strip()
            if name:
                return name
        return getpass.getuser()

    def _write(self, path: Path, data: bytes) -> bool:
        """write_if_changed, refused when a symlinked folder would carry it outside the workspace.

        Ids are checked to be plain path components, but `claims/` or
        `claims/<source>/` may itself be a symlink (a clone, a careless `ln -s`);
        a reviewer's decision must never land in a folder nobody is looking at.
        """
        folder = path.parent
        while not folder.exists() and folder != self.root:
            folder = folder.parent
        if not folder.resolve().is_relative_to(self.root):
            raise StoreError(f"refusing to write {self.relative(path)}: "
                             f"{self.relative(folder)} leads outside the workspace")
        return write_if_changed(path, data)

    # sources -----------------------------------------------------------------
    def source_text_path(self, source_id: str) -> Path:
        return self.sources_dir / f"{_checked_id(source_id)}.txt"

    def source_meta_path(self, source_id: str) -> Path:
        return self.sources_dir / f"{_checked_id(source_id)}.yaml"

    def iter_source_ids(self) -> Iterator[str]:
        if self.sources_dir.is_dir():
            for path in sorted(self.sources_dir.glob("*.yaml")):
                yield path.stem

    def source_text(self, source_id: str) -> str:
        if source_id not in self._texts:
            path = self.source_text_path(source_id)
            try:
                # newline="" keeps CRLF: claim spans count every character.
                with open(path, encoding="utf-8", newline="") as handle:
                    self._texts[source_id] = handle.read()
            except FileNotFoundError:
                raise StoreError(f"{self.relative(path)}: the source text is missing") from None
            except UnicodeDecodeError as exc:
                raise StoreError(f"{self.relative(path)}: not UTF-8 ({exc.reason})") from None
        return self._texts[source_id]

    def load_source(self, source_id: str) -> Source:
        path = self.source_meta_path(source_id)
        doc = self._read_document(path)
        try:
            return source_from_document(doc)
        except InvalidFieldError as exc:
            raise FileProblemError(path, field_line(doc, exc.field, SOURCE_FIELDS), str(exc), self.root) from None
        except TypeError as exc:
            raise FileProblemError(path, 1, str(exc), self.root) from None

    def save_source(self, source: Source, text: str) -> None:
        """Write the source's text and metadata, leaving files that already hold them untouched."""
        self._texts.pop(source.id, None)
        self._write(self.source_text_path(source.id), text.encode("utf-8"))
        self._write(self.source_meta_path(source.id), source_to_yaml(source).encode("utf-8"))

    # claims ------------------------------------------------------------------
    def claim_path(self, claim: Claim) -> Path:
        return self.claims_dir / _checked_id(claim.source) / f"{_checked_id(claim.id)}.yaml"

    def iter_claim_paths(self, source_id: str | None = None) -> Iterator[Path]:
        folders = [self.claims_dir / source_id] if source_id else sorted(
            p for p in self.claims_dir.glob("*") if p.is_dir()) if self.claims_dir.is_dir() else []
        for folder in folders:
            yield from sorted(folder.glob("*.yaml"))

    def load_claim(self, path: Path, check_text: bool = True) -> Claim:
        """Read one claim file; FileProblemError says which line is wrong and why."""
        raw = self._read_bytes(path)
        doc = self._parse(path, raw)
        try:
            claim = claim_from_document(doc, self.scale)
        except InvalidFieldError as exc:
            raise FileProblemError(path, field_line(doc, exc.field, CLAIM_FIELDS), str(exc), self.root) from None
        if path.stem != claim.id or path.parent.name != claim.source:
            raise FileProblemError(path, doc.line_of("id"),
                                   f"file should be claims/{claim.source}/{claim.id}.yaml", self.root)
        if check_text and not claim.orphaned:
            self._check_span(path, doc, claim)
        self._digests[claim.id] = content_digest(raw)
        return claim

    def _check_span(self, path: Path, doc: Document, claim: Claim) -> None:
        try:
            text = self.source_text(claim.source)
        except StoreError as exc:
            raise FileProblemError(path, doc.line_of("source"), str(exc), self.root) from None
        start, end = claim.span
        if end > len(text):
            raise FileProblemError(path, doc.line_of("span"),
                                   f"span [{start}, {end}] is outside the source text ({len(text)} characters)", self.root)
        if text[start:end] != claim.text:
            raise FileProblemError(path, doc.line_of("text"),
                                   f"text differs from sources/{claim.source}.txt at [{start}, {end}]", self.root)

    def load_all(self, source_id: str | None = None, check_text: bool = True) -> LoadResult:
        """Every claim that loads, and a Problem for each file that does not."""
        result = LoadResult()
        for path in self.iter_claim_paths(source_id):
            try:
                result.claims.append(self.load_claim(path, check_text))
            except FileProblemError as exc:
                result.problems.append(Problem(self.relative(exc.path), exc.line, exc.reason))
        folders = {self.sources_dir, *(p.parent for p in self.iter_claim_paths(source_id))}
        for folder in sorted(folders):
            for stale in iter_stale_temp_files(folder):
                result.problems.append(Problem(self.relative(stale), 1,
                                               "temporary file left by an interrupted write", "warning"))
        return result

    def save_claim(self, claim: Claim, check_conflict: bool = False) -> None:
        """Write claim's file atomically, as it is.

        With check_conflict, refuse (ClaimConflictError) when the file changed
        on disk since this workspace loaded it, so nobody's newer decision is
        silently overwritten.
        """
        claim.validate(self.scale)
        with self.write_lock():
            if check_conflict:
                self._refuse_if_changed(claim)
            self._write_claim(claim)

    def update_claim(self, claim: Claim, change: Callable[[Claim], None], check_conflict: bool = False) -> Claim:
        """Apply change to the claim as it is on disk now, under the write lock.

        Two processes adding notes or decisions to one claim therefore both
        land; `claim` is brought up to date with what was written.
        """
        path = self.claim_path(claim)
        with self.write_lock():
            if check_conflict:
                self._refuse_if_changed(claim)
            current = self.load_claim(path, check_text=False) if path.exists() else copy.deepcopy(claim)
            change(current)
            current.validate(self.scale)
            self._write_claim(current)
        for name in CLAIM_ATTRIBUTES:
            setattr(claim, name, getattr(current, name))
        return claim

    def _write_claim(self, claim: Claim) -> None:
        data = claim_to_yaml(claim).encode("utf-8")
        self._write(self.claim_path(claim), data)
        self._digests[claim.id] = content_digest(data)

    def _refuse_if_changed(self, claim: Claim) -> None:
        path = self.claim_path(claim)
        if not path.exists():
            return
        # Loaded here: the file as it was then. Loaded elsewhere (an index, another
        # Workspace): the claim as the caller holds it must still be the file.
        expected = self._digests.get(claim.id) or content_digest(claim_to_yaml(claim).encode("utf-8"))
        if content_digest(path.read_bytes()) == expected:
            return
        try:
            theirs = self.load_claim(path, check_text=False)
        except FileProblemError:
            theirs = None
        raise ClaimConflictError(theirs, f"{self.relative(path)} changed on disk since it was loaded")

    @contextlib.contextmanager
    def write_lock(self) -> Iterator[None]:
        """An advisory lock so two processes never interleave check-then-write."""
        try:
            self.cache_dir.mkdir(exist_ok=True)
            handle = open(self.cache_dir / "write.lock", "a+b")
        except OSError:
            # A read-only workspace: the write itself will fail with a clear error.
            yield
            return
        with handle:
            fcntl.flock(handle, fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(handle, fcntl.LOCK_UN)

    def find_claim(self, prefix: str) -> Claim:
        """The claim whose id starts with prefix, as git resolves abbreviated hashes."""
        prefix = prefix.strip().lower()
        if not prefix or not all(c in "0123456789abcdef" for c in prefix):
            raise UnknownClaimError(f"{prefix!r} is not a claim id")
        matches = [p for p in self.iter_claim_paths() if p.stem.startswith(prefix)]
        if not matches:
            raise UnknownClaimError(f"no claim id starts with {prefix!r}")
        if len(matches) > 1:
            shown = ", ".join(p.stem for p in matches[:5])
            raise AmbiguousClaimError(f"{prefix!r} is ambiguous: {shown}{' ...' if len(matches) > 5 else ''}")
        return self.load_claim(matches[0])

    # decisions ---------------------------------------------------------------
    def mark(self, claim: Claim, status: str, note: str | None = None, by: str | None = None,
             check_conflict: bool = False) -> Claim:
        """Set claim's status (and add a note), stamped with who and when, on disk.

        Overriding another reviewer's decision leaves a note saying what it was,
        so a verdict is never replaced without a trace.
        """
        self.scale.require(status)
        by = by or self.reviewer()
        at = now_iso()

        def change(current: Claim) -> None:
            prior = self.scale.get(current.status)
            if (prior and prior.decided and current.status != status and current.reviewed_by
                    and current.reviewed_by != by):
                current.notes.append(Note(at=at, by=by, text=(
                    f"status changed from {current.status}, decided by {current.reviewed_by} "
                    f"at {current.reviewed_at}")))
            current.status, current.reviewed_by, current.reviewed_at = status, by, at
            if note:
                current.notes.append(Note(at=at, by=by, text=note))

        return self.update_claim(claim, change, check_conflict)

    def add_note(self, claim: Claim, text: str, by: str | None = None, check_conflict: bool = False) -> Claim:
        if not text.strip():
            raise InvalidFieldError("notes", "a note needs some text")
        added = Note(at=now_iso(), by=by or self.reviewer(), text=text)
        return self.update_claim(claim, lambda current: current.notes.append(added), check_conflict)

    def add_evidence(self, claim: Claim, url: str, title: str = "", note: str = "",
                     check_conflict: bool = False) -> Claim:
        if not url.strip():
            raise InvalidFieldError("evidence", "evidence needs a url")
        added = Evidence(url=url.strip(), title=title, note=note)
        return self.update_claim(claim, lambda current: current.evidence.append(added), check_conflict)

    # reading helpers ---------------------------------------------------------
    def _read_bytes(self, path: Path) -> bytes:
        try:
            return path.read_bytes()
        except OSError as exc:
            raise FileProblemError(path, 1, f"cannot read: {exc.strerror or exc}", self.root) from None

    def _parse(self, path: Path, raw: bytes) -> Document:
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            line = raw[: exc.start].count(b"\n") + 1
            raise FileProblemError(path, line, "not UTF-8", self.root) from None
        # Our writer starts every line with a key, "- " or indentation, so a
        # line starting with a conflict marker can only be git's.
        marker = next((i for i, row in enumerate(text.split("\n"), 1)
                       if row.startswith(("<<<<<<< ", ">>>>>>> ")) or row == "======="), None)
        if marker is not None:
            raise FileProblemError(path, marker, "unresolved git merge conflict", self.root)
        try:
            return load_mapping(text)
        except YamlError as exc:
            raise FileProblemError(path, exc.line, exc.reason, self.root) from None

    def _read_document(self, path: Path) -> Document:
        return self._parse(path, self._read_bytes(path))


def _checked_id(value: str) -> str:
    # The last line of defence against a path that leaves the workspace.
    if not isinstance(value, str) or not is_safe_id(value):
        raise StoreError(f"{value!r} is not a safe id for a file name")
    return value


DEFAULT_CONFIG = """\
# claim-workbench workspace settings.
schema: 1
# Who decides (otherwise $WORKBENCH_REVIEWER, then git's user.name).
reviewer: null
# The fact-checking organization named as author in ClaimReview exports.
organization: null
languages: [ar, en]
# The rating scale. Leave out to use the default:
# unreviewed, in-progress, true, mostly-true, misleading, false, unverifiable, not-a-claim.
# ratings:
#   - {name: unreviewed, label: Unreviewed, value: null, decided: false}
#   - {name: 'true', label: True, value: 5, key: t}
#   - {name: 'false', label: False, value: 1, key: f}
"""

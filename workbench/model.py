"""Claim, Source and the rating scale: plain dataclasses and their validation."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass, field

SCHEMA_VERSION = 1

CLAIM_KINDS = ("quote", "reported", "according-to", "statement")

# The order keys are written in; a claim file never has other keys.
CLAIM_FIELDS = (
    "schema", "id", "source", "span", "text", "speaker", "cue", "kind", "language",
    "checkworthiness", "status", "notes", "evidence", "reviewed_by", "reviewed_at", "orphaned",
)
NOTE_FIELDS = ("at", "by", "text")
EVIDENCE_FIELDS = ("url", "title", "note")
SOURCE_FIELDS = (
    "schema", "id", "title", "url", "publisher", "published", "language", "sha256",
    "origin", "ingested_at",
)

CLAIM_ID_LENGTH = 12


class WorkbenchError(Exception):
    """The base of every error the workbench raises on purpose."""


class InvalidFieldError(WorkbenchError):
    """A field holds a value the model does not accept; `field` names it."""

    def __init__(self, field_name: str, reason: str):
        super().__init__(f"{field_name}: {reason}")
        self.field = field_name
        self.reason = reason


@dataclass(frozen=True, slots=True)
class Rating:
    name: str                 # what a claim file's `status` holds
    label: str                # what people read
    value: int | None = None  # ClaimReview ratingValue; None for text-only ratings
    key: str | None = None    # the review screen's key for it
    decided: bool = True      # False for the states that mean "not decided yet"


@dataclass(frozen=True, slots=True)
class RatingScale:
    ratings: tuple[Rating, ...]

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(r.name for r in self.ratings)

    def get(self, name: str) -> Rating | None:
        return next((r for r in self.ratings if r.name == name), None)

    def require(self, name: str) -> Rating:
        rating = self.get(name)
        if rating is None:
            raise InvalidFieldError("status", f"{name!r} is not a rating; allowed: {', '.join(self.names)}")
        return rating

    @property
    def best(self) -> int:
        return max((r.value for r in self.ratings if r.value is not None), default=1)

    @property
    def worst(self) -> int:
        return min((r.value for r in self.ratings if r.value is not None), default=1)


DEFAULT_SCALE = RatingScale((
    Rating("unreviewed", "Unreviewed", None, None, decided=False),
    Rating("in-progress", "In progress", None, "i", decided=False),
    Rating("true", "True", 5, "t"),
    Rating("mostly-true", "Mostly true", 4, "m"),
    Rating("misleading", "Misleading", 2, "l"),
    Rating("false", "False", 1, "f"),
    Rating("unverifiable", "Unverifiable", None, "v"),
    Rating("not-a-claim", "Not a claim", None, "x"),
))


@dataclass(slots=True)
class Note:
    at: str
    by: str
    text: str


@dataclass(slots=True)
class Evidence:
    url: str
    title: str = ""
    note: str = ""


@dataclass(slots=True)
class Claim:
    id: str
    source: str
    span: tuple[int, int]
    text: str
    speaker: str | None = None
    cue: str | None = None
    kind: str = "statement"
    language: str = "ar"
    checkworthiness: float = 0.0
    status: str = "unreviewed"
    notes: list[Note] = field(default_factory=list)
    evidence: list[Evidence] = field(default_factory=list)
    reviewed_by: str | None = None
    reviewed_at: str | None = None
    orphaned: bool = False
    schema: int = SCHEMA_VERSION

    @property
    def start(self) -> int:
        return self.span[0]

    @property
    def end(self) -> int:
        return self.span[1]

    def validate(self, scale: RatingScale = DEFAULT_SCALE) -> None:
        """Raise InvalidFieldError for the first field the model does not accept."""
        if self.schema != SCHEMA_VERSION:
            raise InvalidFieldError("schema", f"version {self.schema!r} is not {SCHEMA_VERSION}")
        for name in ("id", "source", "text"):
            value = getattr(self, name)
            if not isinstance(value, str) or not value:
                raise InvalidFieldError(name, "must be a non-empty string")
        if not is_safe_id(self.id) or not is_safe_id(self.source):
            raise InvalidFieldError("id", "ids may hold letters, digits, '-', '_' and '.' only")
        start, end = self.span
        if not (isinstance(start, int) and isinstance(end, int)) or isinstance(start, bool) or isinstance(end, bool):
            raise InvalidFieldError("span", "must be two whole numbers")
        if not 0 <= start < end:
            raise InvalidFieldError("span", f"[{start}, {end}] is not a span: start must be below end")
        for name in ("speaker", "cue", "reviewed_by", "reviewed_at"):
            value = getattr(self, name)
            if value is not None and not isinstance(value, str):
                raise InvalidFieldError(name, "must be a string or null")
        if self.kind not in CLAIM_KINDS:
            raise InvalidFieldError("kind", f"{self.kind!r} is not one of {', '.join(CLAIM_KINDS)}")
        if self.language not in ("ar", "en"):
            raise InvalidFieldError("language", f"{self.language!r} is not 'ar' or 'en'")
        score = self.checkworthiness
        if isinstance(score, bool) or not isinstance(score, (int, float)) or not 0 <= score <= 1:
            raise InvalidFieldError("checkworthiness", "must be a number from 0 to 1")
        if not isinstance(self.status, str):
            raise InvalidFieldError("status", "must be a string")
        scale.require(self.status)
        if not isinstance(self.orphaned, bool):
            raise InvalidFieldError("orphaned", "must be true or false")
        for note in self.notes:
            if not all(isinstance(v, str) for v in (note.at, note.by, note.text)):
                raise InvalidFieldError("notes", "each note needs at, by and text as strings")
        for item in self.evidence:
            if not all(isinstance(v, str) for v in (item.url, item.title, item.note)):
                raise InvalidFieldError("evidence", "each item needs url, title and note as strings")


@dataclass(slots=True)
class Source:
    id: str
    title: str
    language: str
    sha256: str
    ingested_at: str
    origin: str = ""          # the file name it was ingested from
    url: str | None = None
    publisher: str | None = None
    published: str | None = None
    schema: int = SCHEMA_VERSION


_UNSAFE_ID_CHARS = re.compile(r"[^\w.\-]+")
_SAFE_ID = re.compile(r"^(?!\.)[\w.\-]+$")
MAX_SOURCE_ID_LENGTH = 80


def is_safe_id(value: str) -> bool:
    """True when value can stand as one path component: no separators, no leading dot."""
    return bool(_SAFE_ID.match(value)) and ".." not in value and len(value) <= 255


def source_id_from_name(file_name: str) -> str:
    """A path-safe, deterministic source id from a file's name.

    Keeps letters of any script (Arabic included) and digits; everything else
    becomes '-'. Long names are cut and given a hash of the whole name, so two
    long names that share a beginning still get different ids.
    """
    base = file_name.replace("\\", "/").rsplit("/", 1)[-1]
    stem = base[: -len(".txt")] if base.lower().endswith(".txt") else base
    stem = unicodedata.normalize("NFC", stem).replace("\x00", "")
    cleaned = _UNSAFE_ID_CHARS.sub("-", stem)
    cleaned = re.sub(r"\.{2,}", ".", cleaned).strip(".-_") or "article"
    if len(cleaned) > MAX_SOURCE_ID_LENGTH:
        digest = hashlib.sha1(stem.encode("utf-8")).hexdigest()[:8]
        cleaned = cleaned[: MAX_SOURCE_ID_LENGTH - 9].rstrip(".-_") + "-" + digest
    return cleaned


_ARABIC_DIACRITICS = re.compile(r"[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
_ARABIC_FOLDS = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ة": "ه", "ى": "ي", "ؤ": "و", "ئ": "ي"})


def normalize_text(text: str) -> str:
    """Text as compared for identity and search: NFKC, no diacritics or tatweel,
    hamza/ta marbuta/alef maqsura folded, case folded, whitespace collapsed."""
    text = unicodedata.normalize("NFKC", text)
    text = _ARABIC_DIACRITICS.sub("", text).translate(_ARABIC_FOLDS).casefold()
    return " ".join(text.split())


def claim_id(source_id: str, text: str, occurrence: int = 0) -> str:
    """The stable id of a claim: a hash of its source and its normalized text.

    `occurrence` tells apart the same sentence said twice in one article.
    """
    key = f"{source_id}\n{normalize_text(text)}"
    if occurrence:
        key += f"\n{occurrence}"
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:CLAIM_ID_LENGTH]

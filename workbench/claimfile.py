"""The claim and source files' YAML: Claim, Source and the rating scale to text and back, with each field's line."""

from __future__ import annotations

import hashlib

from workbench.model import (
    CLAIM_FIELDS,
    EVIDENCE_FIELDS,
    NOTE_FIELDS,
    SCHEMA_VERSION,
    SOURCE_FIELDS,
    Claim,
    Evidence,
    InvalidFieldError,
    Note,
    Rating,
    RatingScale,
    Source,
)
from workbench.yamlfile import Document, FlowList, dump_mapping


def claim_to_yaml(claim: Claim) -> str:
    data = {
        "schema": claim.schema,
        "id": claim.id,
        "source": claim.source,
        "span": FlowList(claim.span),
        "text": claim.text,
        "speaker": claim.speaker,
        "cue": claim.cue,
        "kind": claim.kind,
        "language": claim.language,
        "checkworthiness": round(float(claim.checkworthiness), 2),
        "status": claim.status,
        "notes": [{"at": n.at, "by": n.by, "text": n.text} for n in claim.notes],
        "evidence": [{"url": e.url, "title": e.title, "note": e.note} for e in claim.evidence],
        "reviewed_by": claim.reviewed_by,
        "reviewed_at": claim.reviewed_at,
        "orphaned": claim.orphaned,
    }
    return dump_mapping(data)


def claim_from_document(doc: Document, scale: RatingScale) -> Claim:
    """Build and validate a Claim; InvalidFieldError names the field, doc gives its line."""
    data = doc.data
    missing = [k for k in CLAIM_FIELDS if k not in data]
    if missing:
        raise InvalidFieldError(missing[0], "missing field")
    unknown = [k for k in data if k not in CLAIM_FIELDS]
    if unknown:
        raise InvalidFieldError(str(unknown[0]), "unknown field")
    span = data["span"]
    if not isinstance(span, list) or len(span) != 2:
        raise InvalidFieldError("span", "must be [start, end]")
    claim = Claim(
        id=data["id"], source=data["source"], span=(span[0], span[1]), text=data["text"],
        speaker=data["speaker"], cue=data["cue"], kind=data["kind"], language=data["language"],
        checkworthiness=data["checkworthiness"], status=data["status"],
        notes=[Note(**_record(item, NOTE_FIELDS, f"notes[{i}]")) for i, item in enumerate(_list(data, "notes"))],
        evidence=[Evidence(**_record(item, EVIDENCE_FIELDS, f"evidence[{i}]"))
                  for i, item in enumerate(_list(data, "evidence"))],
        reviewed_by=data["reviewed_by"], reviewed_at=data["reviewed_at"], orphaned=data["orphaned"],
        schema=data["schema"],
    )
    claim.validate(scale)
    return claim


def _list(data: dict, key: str) -> list:
    value = data[key]
    if value is None:
        return []
    if not isinstance(value, list):
        raise InvalidFieldError(key, "must be a list")
    return value


def _record(item: object, fields: tuple[str, ...], where: str) -> dict:
    if not isinstance(item, dict) or set(item) != set(fields):
        raise InvalidFieldError(where, f"needs exactly {', '.join(fields)}")
    return item


def source_to_yaml(source: Source) -> str:
    return dump_mapping({name: getattr(source, name) for name in SOURCE_FIELDS})


def source_from_document(doc: Document) -> Source:
    data = doc.data
    missing = [k for k in SOURCE_FIELDS if k not in data]
    if missing:
        raise InvalidFieldError(missing[0], "missing field")
    for name in SOURCE_FIELDS:
        value = data[name]
        if name == "schema":
            if value != SCHEMA_VERSION:
                raise InvalidFieldError("schema", f"version {value!r} is not {SCHEMA_VERSION}")
        elif value is not None and not isinstance(value, str):
            raise InvalidFieldError(name, "must be a string or null")
    return Source(**{name: data[name] for name in SOURCE_FIELDS})


def content_digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def field_line(doc: Document, field_name: str, order: tuple[str, ...]) -> int:
    """The line of a field, or for a missing one the line where it belongs."""
    if field_name in doc.lines:
        return doc.lines[field_name]
    if field_name in order:
        for later in order[order.index(field_name) + 1:]:
            if later in doc.lines:
                return doc.lines[later]
    return max(doc.lines.values(), default=1)


def scale_from(entries: object) -> RatingScale:
    if not isinstance(entries, list) or not entries:
        raise InvalidFieldError("ratings", "must be a list of ratings")
    ratings = []
    for i, entry in enumerate(entries):
        if not isinstance(entry, dict) or not isinstance(entry.get("name"), str):
            raise InvalidFieldError(f"ratings[{i}]", "each rating needs a name")
        value = entry.get("value")
        if value is not None and (isinstance(value, bool) or not isinstance(value, int)):
            raise InvalidFieldError(f"ratings[{i}]", "value must be a whole number or null")
        ratings.append(Rating(
            name=entry["name"], label=str(entry.get("label") or entry["name"]), value=value,
            key=entry.get("key"), decided=bool(entry.get("decided", i > 0)),
        ))
    names = [r.name for r in ratings]
    if len(set(names)) != len(names):
        raise InvalidFieldError("ratings", "rating names must be unique")
    return RatingScale(tuple(ratings))

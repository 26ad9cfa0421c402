"""Checking every file of a workspace, for `workbench validate` and the review screen."""

from __future__ import annotations

import hashlib

from workbench.store import FileProblemError, Problem, StoreError, Workspace


def validate_workspace(ws: Workspace) -> list[Problem]:
    """Every problem in the workspace's files, errors and warnings, in path order."""
    problems: list[Problem] = []
    source_ids = set()
    for source_id in ws.iter_source_ids():
        source_ids.add(source_id)
        problems.extend(_source_problems(ws, source_id))
    loaded = ws.load_all()
    problems.extend(loaded.problems)
    for folder in sorted(p for p in ws.claims_dir.glob("*") if p.is_dir()) if ws.claims_dir.is_dir() else []:
        if folder.name not in source_ids:
            problems.append(Problem(ws.relative(folder), 1, f"claims of an unknown source: no sources/{folder.name}.yaml"))
    return sorted(problems, key=lambda p: (p.path, p.line))


def _source_problems(ws: Workspace, source_id: str) -> list[Problem]:
    meta_path = ws.source_meta_path(source_id)
    try:
        source = ws.load_source(source_id)
    except FileProblemError as exc:
        return [Problem(ws.relative(exc.path), exc.line, exc.reason)]
    if source.id != source_id:
        return [Problem(ws.relative(meta_path), 1, f"id {source.id!r} does not match the file name")]
    try:
        text = ws.source_text(source_id)
    except StoreError as exc:
        return [Problem(ws.relative(ws.source_text_path(source_id)), 1, str(exc).split(": ", 1)[-1])]
    if hashlib.sha256(text.encode("utf-8")).hexdigest() != source.sha256:
        return [Problem(ws.relative(ws.source_text_path(source_id)), 1,
                        "text changed since it was ingested (sha256 differs); ingest the article again")]
    return []

"""Fixtures shared by the tests: a workspace in tmp_path and claims written through the store."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from workbench.model import Claim, Source, claim_id
from workbench.store import Workspace

REPO = Path(__file__).resolve().parent.parent
SEEDS = REPO / "seeds"

ARABIC_ARTICLE = (
    "عنوان تجريبي عن الميزانية\n"
    "أعلنت الحكومة زيادة الميزانية بنسبة 12 في المئة هذا العام.\n"
    "وقال وزير المالية إن العجز سينخفض إلى النصف.\n"
)
ENGLISH_ARTICLE = (
    "A test headline about the budget\n"
    "The government raised the budget by 12 percent this year.\n"
    "The finance minister said the deficit would halve.\n"
)


@pytest.fixture
def workspace(tmp_path: Path) -> Workspace:
    return Workspace.init(tmp_path / "desk")


def add_source(ws: Workspace, source_id: str, text: str, language: str = "ar") -> Source:
    source = Source(id=source_id, title=text.splitlines()[0], language=language, sha256=hashlib.sha256(text.encode("utf-8")).hexdigest(),
                    ingested_at="2026-01-01T00:00:00+00:00", origin=f"{source_id}.txt")
    ws.save_source(source, text)
    return source


def add_claim(ws: Workspace, source_id: str, sentence: str, **fields) -> Claim:
    """A claim over the first occurrence of sentence in the source's text, saved through the store."""
    text = ws.source_text(source_id)
    start = text.index(sentence)
    claim = Claim(id=claim_id(source_id, sentence), source=source_id, span=(start, start + len(sentence)),
                  text=sentence, language=fields.pop("language", "ar"), **fields)
    ws.save_claim(claim)
    return claim

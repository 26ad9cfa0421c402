"""A synthetic workspace of any size, for the benchmarks: Arabic and English claims, some repeated across sources."""

from __future__ import annotations

import random
from pathlib import Path

from workbench.model import Claim, Note, Source, claim_id
from workbench.store import Workspace, claim_to_yaml, source_to_yaml

CLAIMS_PER_SOURCE = 25

_AR_WORDS = ("الحكومة", "الوزارة", "الميزانية", "العقود", "الدفاع", "الشركات", "المليارات", "الانتخابات",
             "الرئيس", "البرلمان", "الاقتصاد", "التضخم", "الصادرات", "النفط", "المستشفيات", "المدارس",
             "أعلنت", "زيادة", "انخفاض", "بنسبة", "خلال", "العام", "الماضي", "مؤكدة", "الجديدة", "مليون")
_EN_WORDS = ("government", "ministry", "budget", "contracts", "defense", "companies", "billion", "election",
             "president", "parliament", "economy", "inflation", "exports", "oil", "hospitals", "schools",
             "announced", "increase", "decrease", "percent", "during", "year", "last", "confirmed", "new", "million")
_SPEAKERS = ("وزير المالية", "المتحدث باسم الوزارة", "Defense Secretary", "the central bank", None)
_STATUSES = ("unreviewed",) * 6 + ("in-progress", "true", "false", "misleading", "mostly-true", "unverifiable")


def _sentence(rng: random.Random, language: str) -> str:
    words = _AR_WORDS if language == "ar" else _EN_WORDS
    body = " ".join(rng.choice(words) for _ in range(rng.randint(8, 16)))
    return f"{body} {rng.randint(1, 999)}."


def build_workspace(root: Path, n_claims: int, seed: int = 7, shared_fraction: float = 0.05) -> Workspace:
    """A workspace at root with n_claims claims; shared_fraction of them repeat a sentence of another source.

    Files are written plainly (no fsync per file): this is a benchmark fixture, not a review.
    """
    rng = random.Random(seed)
    ws = Workspace.init(root)
    pool: list[str] = []
    n_sources = max(1, -(-n_claims // CLAIMS_PER_SOURCE))
    made = 0
    for s in range(n_sources):
        language = "ar" if s % 3 else "en"
        source_id = f"article-{s:05d}"
        count = min(CLAIMS_PER_SOURCE, n_claims - made)
        sentences = []
        for _ in range(count):
            if pool and rng.random() < shared_fraction:
                sentences.append(rng.choice(pool).replace(".", " .", 1))
            else:
                sentences.append(_sentence(rng, language))
        pool.extend(rng.sample(sentences, min(2, len(sentences))))
        text = f"Headline {s}\n" + "\n".join(sentences) + "\n"
        source = Source(id=source_id, title=f"Headline {s}", language=language, sha256="0" * 64,
                        ingested_at="2026-01-01T00:00:00+00:00", origin=f"{source_id}.txt",
                        url=f"https://news.example/{s}", publisher="Example News", published="2026-01-01")
        (ws.sources_dir / f"{source_id}.txt").write_text(text, encoding="utf-8")
        (ws.sources_dir / f"{source_id}.yaml").write_text(source_to_yaml(source), encoding="utf-8")
        folder = ws.claims_dir / source_id
        folder.mkdir(parents=True, exist_ok=True)
        seen: set[str] = set()
        for sentence in sentences:
            start = text.index(sentence)
            cid = claim_id(source_id, sentence, occurrence=sum(1 for x in seen if x == sentence))
            if cid in seen:
                continue
            seen.add(cid)
            status = rng.choice(_STATUSES)
            decided = status not in ("unreviewed", "in-progress")
            claim = Claim(id=cid, source=source_id, span=(start, start + len(sentence)), text=sentence,
                          speaker=rng.choice(_SPEAKERS), language=language,
                          checkworthiness=round(rng.random(), 2), status=status,
                          reviewed_by="bench" if decided else None,
                          reviewed_at="2026-02-01T10:00:00+00:00" if decided else None,
                          notes=[Note("2026-02-01T10:00:00+00:00", "bench", "checked the filing")] if decided else [])
            (folder / f"{cid}.yaml").write_text(claim_to_yaml(claim), encoding="utf-8")
            made += 1
    return ws

"""Synthetic workspaces of any size for the benchmarks: real Arabic and English sentences, recombined.

Claims are made from pieces of real sentences (the seed articles' Arabic, a set
of English wire sentences on the same stories), three pieces from three
sentences and a figure, so the vocabulary and lengths are those of news, and
`shared` of them repeat a claim of an earlier source with a small edit, as
when two outlets carry the same statement. Files are written straight through
the store's serializers (no segmentation, no fsync per file): a fixture, not a
review.

    from benchmarks.synthetic import build_workspace
    ws = build_workspace(Path("/tmp/desk"), claims=10_000, sources=400)
"""

from __future__ import annotations

import random
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from workbench.claimfile import claim_to_yaml, source_to_yaml
from workbench.model import Claim, Evidence, Note, Source, claim_id
from workbench.store import Workspace

REPO = Path(__file__).resolve().parent.parent
CLAIMS_PER_SOURCE = 25

ENGLISH = (
    "Amazon and Microsoft executives have given more to the Biden campaign than to any other candidate this cycle.",
    "The Pentagon awarded the cloud computing contract to Microsoft in October, passing over Amazon.",
    "Amazon said the award was the result of political interference by the president.",
    "The contract to build the Joint Enterprise Defense Infrastructure is worth up to ten billion dollars.",
    "Roy Carney, the head of public policy at Amazon, spoke at the Democratic convention this week.",
    "Federal law bars companies from donating directly to political campaigns.",
    "Contributions come instead from political action committees or from the companies' employees.",
    "The president threatened executive action if Congress did not pass a law on technology companies.",
    "The heads of four of the largest technology companies testified before a congressional committee.",
    "Critics say the close ties between the industry and the party worry those who fear its market power.",
    "A coalition of immigrant rights groups said technology firms earn millions from immigration enforcement.",
    "Amazon Web Services acts as the prime contractor on a contract worth 6.8 billion dollars.",
    "The department stores biometric data on more than 200 million identities in the cloud.",
    "Palantir provides the case management system used by immigration investigators.",
    "The agency's technology modernization programme is worth 24.6 million dollars this fiscal year.",
    "Employees of Microsoft protested the company's contract with the immigration agency last year.",
    "The chief executive sought to play down the company's relationship with the agency.",
    "The system processes more than 300 thousand biometric transactions every day.",
    "The report was produced by a research firm commissioned by three advocacy groups.",
    "Officials said the data is used to detect and prevent illegal entry into the country.",
    "The companies lobbied for cloud storage policies that paved the way for the contracts.",
    "Amazon has more federal licensing contracts than any other technology company, the study found.",
    "The spokesman said the ministry had signed four new contracts with cloud providers.",
    "The finance minister said the budget deficit would fall by half within two years.",
    "Shares of the company rose after it reported record quarterly revenue on Thursday.",
    "The central bank kept interest rates unchanged for the third meeting in a row.",
    "Inflation slowed to its lowest level in eighteen months, the statistics office said.",
    "The government announced a twelve percent increase in spending on hospitals and schools.",
    "Exports of oil and gas fell sharply in the first half of the year, according to customs data.",
    "The election commission said turnout reached a record in the capital.",
    "Opposition lawmakers accused the government of hiding the true cost of the defence deals.",
    "The defence secretary said the contracts would save taxpayers billions over a decade.",
)

_NUMBER_WORDS = re.compile(r"\d+(?:[.,]\d+)?")


def _arabic_sentences() -> list[str]:
    found = []
    for path in sorted((REPO / "seeds").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        for sentence in re.split(r"(?<=[.!؟?])\s*|\n+", text):
            words = sentence.replace("\xa0", " ").split()
            if 6 <= len(words) <= 60:
                found.append(" ".join(words))
    return found or ["أعلنت وزارة الدفاع فوز شركة مايكروسوفت بعقد الحوسبة السحابية لخدمة الجيش",
                     "قال المتحدث باسم الوزارة إن قيمة العقود بلغت تسعة مليارات دولار هذا العام"]


def _pieces(sentences: list[str], size: int = 6) -> list[str]:
    """Each sentence cut into runs of about `size` words, figures taken out (each claim gets its own)."""
    pieces = []
    for sentence in sentences:
        words = [w for w in _NUMBER_WORDS.sub(" ", sentence).split() if w.strip(".,،:;“”\"'()")]
        for i in range(0, len(words), size):
            run = [w.strip(".") for w in words[i:i + size]]
            if len(run) >= 3:
                pieces.append(" ".join(run))
    return pieces


@dataclass
class SyntheticClaim:
    source: str
    language: str
    text: str


class Sentences:
    """Claim texts recombined from real sentences: three pieces and a figure."""

    def __init__(self, seed: int = 7):
        self.rng = random.Random(seed)
        self.pieces = {"ar": _pieces(_arabic_sentences()), "en": _pieces(list(ENGLISH))}

    def new(self, language: str) -> str:
        rng, pieces = self.rng, self.pieces[language]
        first, second, third = (rng.choice(pieces) for _ in range(3))
        figure = f"{rng.randint(2, 20_000)}"
        return f"{first} {second} {figure} {third}."

    def edited(self, text: str) -> str:
        """The same claim as another outlet prints it: a word dropped, or punctuation and spelling changed."""
        words = text.rstrip(".").split()
        choice = self.rng.random()
        if choice < 0.4 and len(words) > 8:
            del words[self.rng.randrange(1, len(words) - 1)]
            return " ".join(words) + "."
        if choice < 0.7:
            return text.replace("أ", "ا").replace("ة", "ه").rstrip(".")
        return text.rstrip(".").replace(" ", ", ", 1) + "."


def iter_synthetic_claims(claims: int, sources: int | None = None, seed: int = 7,
                          shared: float = 0.03) -> Iterator[tuple[str, str, list[str]]]:
    """(source id, language, claim texts) per source; two sources in three are Arabic."""
    sentences = Sentences(seed)
    rng = sentences.rng
    sources = sources or max(1, -(-claims // CLAIMS_PER_SOURCE))
    made, pool = 0, []
    for s in range(sources):
        count = claims // sources + (1 if s < claims % sources else 0)
        language = "en" if s % 3 == 0 else "ar"
        texts = []
        for _ in range(count):
            same_language = [t for t in pool[-200:] if (t[0] == language)]
            if same_language and rng.random() < shared:
                texts.append(sentences.edited(rng.choice(same_language)[1]))
            else:
                texts.append(sentences.new(language))
        pool.extend((language, t) for t in rng.sample(texts, min(3, len(texts))))
        made += count
        yield f"article-{s:05d}", language, texts


def claims_in_memory(claims: int, sources: int | None = None, seed: int = 7) -> list[Claim]:
    """The same claims as build_workspace writes, as objects only (for benchmarks of pure functions)."""
    out = []
    for source_id, language, texts in iter_synthetic_claims(claims, sources, seed):
        pos = 0
        for i, text in enumerate(texts):
            out.append(Claim(id=claim_id(source_id, text, i), source=source_id, span=(pos, pos + len(text)),
                             text=text, language=language))
            pos += len(text) + 1
    return out


_STATUSES = ("unreviewed",) * 6 + ("in-progress", "true", "false", "misleading", "mostly-true", "unverifiable")
_SPEAKERS = {"ar": ("وزير المالية", "المتحدث باسم الوزارة", "دونالد ترامب", None),
             "en": ("the defence secretary", "a company spokesman", "Jacinta González", None)}


def build_workspace(root: Path, claims: int, sources: int | None = None, seed: int = 7,
                    shared: float = 0.03) -> Workspace:
    """A workspace at root with `claims` claims over `sources` articles (default: 25 claims each)."""
    rng = random.Random(seed + 1)
    ws = Workspace.init(root)
    for n, (source_id, language, texts) in enumerate(iter_synthetic_claims(claims, sources, seed, shared)):
        headline = texts[0][:60] if texts else source_id
        text = headline + "\n" + "\n".join(texts) + "\n"
        source = Source(id=source_id, title=headline, language=language, sha256="0" * 64,
                        ingested_at="2026-01-01T00:00:00+00:00", origin=f"{source_id}.txt",
                        url=f"https://news.example/{n}", publisher="Example News", published="2026-01-01")
        (ws.sources_dir / f"{source_id}.txt").write_text(text, encoding="utf-8")
        (ws.sources_dir / f"{source_id}.yaml").write_text(source_to_yaml(source), encoding="utf-8")
        folder = ws.claims_dir / source_id
        folder.mkdir(parents=True, exist_ok=True)
        pos = len(headline) + 1
        for i, sentence in enumerate(texts):
            status = rng.choice(_STATUSES)
            decided = status not in ("unreviewed", "in-progress")
            claim = Claim(id=claim_id(source_id, sentence, i), source=source_id, span=(pos, pos + len(sentence)),
                          text=sentence, speaker=rng.choice(_SPEAKERS[language]), language=language,
                          checkworthiness=round(rng.random(), 2), status=status,
                          reviewed_by="bench" if decided else None,
                          reviewed_at=f"2026-02-{rng.randint(1, 28):02d}T10:00:00+00:00" if decided else None,
                          notes=[Note("2026-02-01T10:00:00+00:00", "bench", "checked the filing")] if decided else [],
                          evidence=[Evidence(f"https://evidence.example/{n}/{i}", "Filing")] if decided else [])
            (folder / f"{claim.id}.yaml").write_text(claim_to_yaml(claim), encoding="utf-8")
            pos += len(sentence) + 1
    return ws

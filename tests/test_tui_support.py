"""Shared by the TUI tests: a small Arabic and English workspace, and helpers to drive the app."""

from __future__ import annotations

import asyncio
import functools
from dataclasses import replace
from pathlib import Path

from tests.conftest import add_claim, add_source
from workbench.model import Claim
from workbench.store import Workspace

AR_SOURCE = "ar-budget"
EN_SOURCE = "en-budget"

AR_ARTICLE = (
    "الحكومة تعلن ميزانية جديدة\n"
    "\n"
    "أعلنت الحكومة يوم الأحد زيادة الميزانية بنسبة 12 في المئة هذا العام.\n"
    "\n"
    "وقال وزير المالية إن العجز سينخفض إلى النصف بحلول عام 2027.\n"
    "\n"
    "وأكدت مؤسسة الرصد (PAC) أن الإنفاق العسكري تضاعف مرتين.\n"
    "\n"
    "ولم تعلق الوزارة على الأرقام.\n"
)
EN_ARTICLE = (
    "Budget row [i]in[/i] parliament\n"
    "\n"
    "The government raised the budget by 12 percent this year.\n"
    "\n"
    "The finance minister said the deficit would halve by 2027.\n"
    "\n"
    "A [bold]watchdog[/bold] said \x1b[31mspending\x1b[0m doubled, citing <b>[link=https://x.test]filings[/link]</b>.\n"
)

AR_CLAIMS = [
    ("أعلنت الحكومة يوم الأحد زيادة الميزانية بنسبة 12 في المئة هذا العام.", None, None, 0.81),
    ("إن العجز سينخفض إلى النصف بحلول عام 2027", "وزير المالية", "قال", 0.74),
    ("أن الإنفاق العسكري تضاعف مرتين", "مؤسسة الرصد (PAC)", "أكدت", 0.55),
]
EN_CLAIMS = [
    ("The government raised the budget by 12 percent this year.", None, None, 0.62),
    ("the deficit would halve by 2027", "The finance minister", "said", 0.9),
    ("\x1b[31mspending\x1b[0m doubled, citing <b>[link=https://x.test]filings[/link]</b>", "A [bold]watchdog[/bold]",
     "said", 0.3),
]


def make_workspace(root: Path) -> Workspace:
    """Two sources (Arabic, English) with three claims each, all unreviewed; reviewer `tester`."""
    ws = Workspace.init(root)
    config = ws.root / "workbench.yaml"
    config.write_text(config.read_text(encoding="utf-8").replace("reviewer: null", "reviewer: tester"),
                      encoding="utf-8")
    ws = Workspace(root)
    for source_id, article, language, claims in ((AR_SOURCE, AR_ARTICLE, "ar", AR_CLAIMS),
                                                 (EN_SOURCE, EN_ARTICLE, "en", EN_CLAIMS)):
        source = add_source(ws, source_id, article, language)
        ws.save_source(replace(source, url=f"https://news.example/{language}/1"), article)
        for sentence, speaker, cue, score in claims:
            add_claim(ws, source_id, sentence, speaker=speaker, cue=cue, checkworthiness=score, language=language,
                      kind="reported" if speaker else "statement")
    return Workspace(root)


def reopen(ws: Workspace) -> Workspace:
    """A fresh Workspace over the same folder: what another process would read from disk."""
    return Workspace(ws.root)


def on_disk(ws: Workspace, claim: Claim) -> Claim:
    fresh = reopen(ws)
    return fresh.load_claim(fresh.claim_path(claim))


def pilot_test(test):
    """Run an async Pilot test with asyncio.run: the project has no pytest async plugin, and needs none."""

    @functools.wraps(test)
    def run(*args, **kwargs):
        asyncio.run(test(*args, **kwargs))

    return run


SIZE = (120, 36)


def of(messages, kind):
    """Messages of kind, each once (a bubbling message reaches the hook at every level)."""
    seen, out = set(), []
    for m in messages:
        if isinstance(m, kind) and id(m) not in seen:
            seen.add(id(m))
            out.append(m)
    return out


async def ready(pilot):
    """The review screen once every claim file is read."""
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()
    return pilot.app.screen


def toasts(app) -> list[str]:
    """The notifications on screen, as text."""
    return [str(n.message) for n in app._notifications]

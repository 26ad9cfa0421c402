"""`workbench mark` killed with SIGKILL at random moments, hundreds of times, loses nothing.

Each run sets a new status and appends a note naming the run. Whenever the
process dies, the claim file must hold either the state before the run or the
state after it: never a torn file, never a status without its note.
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import time

import pytest
from conftest import ARABIC_ARTICLE, add_claim, add_source

from workbench.validate import validate_workspace

RUNS = int(os.environ.get("WORKBENCH_CRASH_RUNS", "200"))
STATUSES = ["true", "false", "misleading", "mostly-true"]
TUI_STATUSES = {"true", "false", "misleading", "mostly-true"}


@pytest.fixture
def marked_claim(workspace):
    add_source(workspace, "ar-budget", ARABIC_ARTICLE)
    claim = add_claim(workspace, "ar-budget", "وقال وزير المالية إن العجز سينخفض إلى النصف.")
    return workspace, claim


def _timed_mark(ws, claim_id, status, note, env):
    return subprocess.Popen([shutil.which("workbench"), "mark", claim_id[:7], status, "--note", note],
                            cwd=ws.root, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def test_mark_killed_at_random_moments_leaves_old_or_new_decision(marked_claim):
    ws, claim = marked_claim
    env = {**os.environ, "WORKBENCH_REVIEWER": "crash-tester"}
    path = ws.claim_path(claim)
    rng = random.Random(20261125)

    # How long one whole run takes here, so kills land anywhere in its life.
    proc = _timed_mark(ws, claim.id, "in-progress", "warm-up", env)
    assert proc.wait(timeout=60) == 0, proc.stderr.read().decode()
    before = ws.load_claim(path)
    lifetime = 0.0
    for _ in range(3):
        started = time.perf_counter()
        _timed_mark(ws, claim.id, before.status, "timing", env).wait(timeout=60)
        lifetime = max(lifetime, time.perf_counter() - started)
        before = ws.load_claim(path)

    outcomes = {"completed": 0, "killed before writing": 0, "killed after writing": 0}
    for run in range(RUNS):
        status = STATUSES[run % len(STATUSES)]
        note = f"run {run}"
        proc = _timed_mark(ws, claim.id, status, note, env)
        # kills land anywhere in a run's life; one run in ten is left to finish and one is killed at once, so both
        # sides of the write are seen however fast or loaded the machine is
        wait = None if run % 10 == 0 else 0.0 if run % 10 == 1 else rng.uniform(0, lifetime * 1.1)
        try:
            proc.wait(timeout=wait)
        except subprocess.TimeoutExpired:
            proc.send_signal(signal.SIGKILL)
        code = proc.wait(timeout=60)
        after = ws.load_claim(path)  # raises FileProblemError if the file is torn
        if after.notes == before.notes:
            assert code != 0, f"run {run}: exited 0 but its decision is not on disk"
            assert after.status == before.status, f"run {run}: status changed without its note"
            outcomes["killed before writing"] += 1
        else:
            assert after.status == status and after.notes[:-1] == before.notes, f"run {run}: half a decision"
            assert after.notes[-1].text == note and after.reviewed_by == "crash-tester"
            outcomes["completed" if code == 0 else "killed after writing"] += 1
        before = after

    # Kills must have landed on both sides of the write for the test to mean anything.
    assert outcomes["completed"] and outcomes["killed before writing"], outcomes
    problems = validate_workspace(ws)
    assert all(p.severity == "warning" for p in problems), [str(p) for p in problems]
    # A temporary file a kill left behind is swept by the next write in its folder.
    ws.mark(ws.load_claim(path), "unverifiable")
    assert not [p.name for p in path.parent.iterdir() if p.name.endswith(".tmp")]
    assert validate_workspace(ws) == []


TUI_DRIVER = """
import asyncio, sys
from workbench.store import Workspace
from workbench.tui.app import ReviewApp

KEYS = {"t": "true", "f": "false", "l": "misleading", "m": "mostly-true"}

async def main():
    app = ReviewApp(Workspace(sys.argv[1]), bidi="terminal", reviewer="crash-tester")
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        for i in range(10**9):
            claim = app.screen.highlighted
            key = "tflm"[i % 4]
            await pilot.press(key)
            # Printed only once the key has been handled: its decision must be on disk by now. One write per line:
            # print() writes the claim, the space and the status apart, and a kill between them once left a line
            # with the claim and no status.
            sys.stdout.write(f"{claim.id} {KEYS[key]}\\n")
            sys.stdout.flush()

asyncio.run(main())
"""


def test_review_killed_at_random_moments_keeps_every_acknowledged_decision(workspace, tmp_path):
    sentences = [f"قال الوزير إن المشروع رقم {n} سيكتمل هذا العام." for n in range(12)]
    add_source(workspace, "ar-projects", "عنوان\n" + "\n".join(sentences) + "\n")
    claims = {add_claim(workspace, "ar-projects", s).id for s in sentences}
    script = tmp_path / "drive_review.py"
    script.write_text(TUI_DRIVER, encoding="utf-8")
    rng = random.Random(7)
    runs = max(10, RUNS // 8)
    decisions_seen = 0
    for run in range(runs):
        proc = subprocess.Popen([sys.executable, str(script), str(workspace.root)], stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, text=True)
        # Let it start and decide a few claims, then kill it in the middle of whatever it is doing.
        first = proc.stdout.readline()
        assert first, proc.stderr.read()
        time.sleep(rng.uniform(0, 1.0))
        proc.send_signal(signal.SIGKILL)
        out, _ = proc.communicate(timeout=60)
        # Only whole lines were acknowledged: the kill may cut the last one short.
        lines = (first + out).split("\n")[:-1]
        acknowledged = {}
        for line in lines:
            claim, status = line.split()
            acknowledged[claim] = status
        decisions_seen += len(lines)
        result = workspace.load_all()
        assert not [p for p in result.problems if p.severity == "error"], [str(p) for p in result.problems]
        on_disk = {c.id: c for c in result.claims}
        assert set(on_disk) == claims
        assert {c.status for c in result.claims} <= {"unreviewed", *TUI_STATUSES}
        # The key in flight when the process died may already have changed one more claim.
        wrong = [cid for cid, status in acknowledged.items() if on_disk[cid].status != status]
        assert len(wrong) <= 1, f"run {run}: acknowledged decisions missing from disk: {wrong}"
        assert all(c.reviewed_by == "crash-tester" for c in result.claims if c.status != "unreviewed")
    assert decisions_seen > 2 * runs, decisions_seen
    print(decisions_seen)  # the kills landed among decisions, not before the first

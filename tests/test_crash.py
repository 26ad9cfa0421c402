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
import time

import pytest

from conftest import ARABIC_ARTICLE, add_claim, add_source
from workbench.validate import validate_workspace

RUNS = int(os.environ.get("WORKBENCH_CRASH_RUNS", "200"))
STATUSES = ["true", "false", "misleading", "mostly-true"]


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
        try:
            proc.wait(timeout=rng.uniform(0, lifetime * 1.1))
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

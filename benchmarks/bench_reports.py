"""The speed bar of issue 5, measured on demand: index, refresh, HTML report, diff and dupes.

    python benchmarks/bench_reports.py                 # 10,000 claims, dupes also at 100,000
    python benchmarks/bench_reports.py --claims 2000 --big 0 --keep /tmp/desk
    python benchmarks/bench_reports.py --big-files     # the 100,000 claims on disk too (minutes, 0.7 GB)

Each step runs in a forked child so its time and peak memory (resident set,
the child's and its workers') are its own. Prints one table row per step:
size, wall-clock seconds, CPU seconds (the same on a busy machine),
the bar the wall clock must stay under, peak memory. Exit status 1 when a
step misses its bar.
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.synthetic import build_workspace, claims_in_memory  # noqa: E402
from workbench.store import Workspace  # noqa: E402

ROWS: list[tuple[str, int, float, float | None, float, str]] = []


def measure(name: str, size: int, bar: float | None, step: Callable[[], str]) -> None:
    """Run step in a forked child; record its seconds, peak resident memory and what it reports."""
    ctx = multiprocessing.get_context("fork")
    queue = ctx.SimpleQueue()

    def child() -> None:
        cpu_before = _cpu()
        began = time.perf_counter()
        try:
            info = step()
        except BaseException as exc:  # reported in the table, the other steps still run
            info = f"FAILED: {type(exc).__name__}: {exc}"
        seconds = time.perf_counter() - began
        cpu = _cpu() - cpu_before
        peak_kb = max(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
                      resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
        queue.put((seconds, cpu, peak_kb / 1024, info))

    process = ctx.Process(target=child)
    process.start()
    seconds, cpu, peak_mb, info = queue.get()
    process.join()
    ROWS.append((name, size, seconds, bar, peak_mb, info))
    verdict = "" if bar is None else ("ok" if seconds < bar else "SLOW")
    print(f"  {name:<36} {size:>8,} {seconds:7.2f}s {cpu:7.2f}s {_bar(bar):>6} {peak_mb:6.0f} MB  {verdict:<4} {info}",
          flush=True)


def _cpu() -> float:
    """CPU seconds of this process and its reaped children (the index's worker processes)."""
    t = os.times()
    return t.user + t.system + t.children_user + t.children_system


def _bar(bar: float | None) -> str:
    return f"<{bar:g}s" if bar is not None else "—"


def _age(root: Path, seconds: int = 3600) -> None:
    """Make every file look written an hour ago, as files are when a reviewer starts work."""
    then = time.time() - seconds
    for folder, _, names in os.walk(root):
        if ".git" in folder or ".workbench" in folder:
            continue
        for name in names:
            os.utime(os.path.join(folder, name), (then, then))


def _cli(root: Path, args: list[str]) -> str:
    """The command as a user runs it: a new Python process, imports and all."""
    done = subprocess.run([sys.executable, "-m", "workbench", *args], cwd=root, capture_output=True, timeout=600)
    if done.returncode:
        raise RuntimeError(done.stderr.decode("utf-8", "replace").strip()[-200:])
    return f"{len(done.stdout):,} bytes out (a new process)"


def git(root: Path, *args: str) -> None:
    subprocess.run(["git", "-c", "user.name=Bench", "-c", "user.email=bench@example.org", *args], cwd=root,
                   check=True, capture_output=True)


def committed_workspace(root: Path, claims: int) -> Workspace:
    """A synthetic workspace of `claims` claims, committed to a new git repository, files aged an hour."""
    began = time.perf_counter()
    build_workspace(root, claims)
    git(root, "init", "-q", "-b", "main")
    git(root, "add", "-A")
    git(root, "commit", "-q", "-m", "synthetic workspace")
    _age(root)
    print(f"  (workspace of {claims:,} claims written and committed in {time.perf_counter() - began:.1f}s at {root})")
    return Workspace(root)


def build_index(ws: Workspace) -> str:
    from workbench.index import INDEX_NAME, Index

    (ws.cache_dir / INDEX_NAME).unlink(missing_ok=True)
    with Index.open(ws) as index:
        return f"{index.count():,} claims indexed"


def refresh_index(ws: Workspace) -> str:
    from workbench.index import Index

    with Index.open(ws, refresh=False) as index:
        stats = index.refresh()
    return f"{stats.changed} changed, {stats.unchanged:,} unchanged"


def change_100_and_commit(root: Path, claims: int) -> str:
    """Re-decide 100 claims spread over the workspace and commit them: what `diff` then reads."""
    workspace = Workspace(root)
    for path in list(workspace.iter_claim_paths())[::max(1, claims // 100)][:100]:
        claim = workspace.load_claim(path, check_text=False)
        workspace.mark(claim, "false" if claim.status != "false" else "true", note="re-checked", by="bench")
    git(root, "commit", "-q", "-am", "100 decisions")
    return "100 claims re-decided and committed"


def run(claims: int, big: int, root: Path, big_files: bool = False) -> None:
    from workbench.dupes import find_duplicates
    from workbench.history import diff
    from workbench.index import Index
    from workbench.report import build_report, render_html

    print(f"  {'step':<36} {'claims':>8} {'wall':>8} {'cpu':>8} {'bar':>6} {'peak RSS':>9}")
    ws = committed_workspace(root, claims)

    def html_report() -> str:
        page = render_html(build_report(Workspace(root)))
        (root / "report.html").write_text(page, encoding="utf-8")
        return f"{len(page) / 1e6:.1f} MB of HTML"

    def diff_commits() -> str:
        result = diff(Workspace(root), "HEAD~1", "HEAD")
        return f"{len(result.changes)} changed claims, {len(result.of_kind('status'))} status changes"

    def dupes_indexed() -> str:
        with Index.open(Workspace(root)) as index:
            pairs = find_duplicates(index.claims(details=False))
        return f"{len(pairs):,} pairs (claims read from the index)"

    measure("index built from scratch", claims, 3.0, lambda: build_index(ws))
    measure("index refresh, nothing changed", claims, 0.2, lambda: refresh_index(ws))
    measure("HTML report (index refresh + render)", claims, 2.0, html_report)
    measure("(setup: 100 decisions, git commit)", claims, None, lambda: change_100_and_commit(root, claims))
    measure("diff HEAD~1 HEAD, 100 changed", claims, 1.0, diff_commits)
    measure("index refresh after 100 changed", claims, None, lambda: refresh_index(ws))
    measure("dupes", claims, 10.0, dupes_indexed)
    for args, bar in ((["search", "وزارة الدفاع"], None), (["report", "--format", "html", "-o", "cli.html"], 2.0),
                      (["diff", "HEAD~1", "HEAD", "--format", "json"], 1.0), (["dupes", "--format", "json"], 10.0)):
        measure(f"CLI: workbench {' '.join(args[:2])}", claims, bar, lambda args=args: _cli(root, args))
    if big:
        def dupes_in_memory() -> str:
            made = claims_in_memory(big)
            began = time.perf_counter()
            pairs = find_duplicates(made)
            return f"{len(pairs):,} pairs; find_duplicates alone {time.perf_counter() - began:.1f}s"

        measure("dupes (claims made in memory)", big, None, dupes_in_memory)
    if big and big_files:
        big_root = root.parent / "big"
        began = time.perf_counter()
        build_workspace(big_root, big)
        _age(big_root)
        print(f"  (workspace of {big:,} claims written in {time.perf_counter() - began:.1f}s)")
        big_ws = Workspace(big_root)

        def build_big_index() -> str:
            with Index.open(big_ws) as index:
                return f"{index.count():,} claims indexed"

        def refresh_big() -> str:
            with Index.open(big_ws, refresh=False) as index:
                stats = index.refresh()
            return f"{stats.changed} changed"

        measure("index built from scratch", big, None, build_big_index)
        measure("index refresh, nothing changed", big, None, refresh_big)
        measure("CLI: workbench dupes", big, None, lambda: _cli(big_root, ["dupes", "--format", "json"]))
        measure("CLI: workbench report --format html", big, None,
                lambda: _cli(big_root, ["report", "--format", "html", "-o", "big.html"]))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--claims", type=int, default=10_000)
    parser.add_argument("--big", type=int, default=100_000, help="also time dupes at this size (0: skip)")
    parser.add_argument("--big-files", action="store_true",
                        help="also write the big workspace to disk and time its index, dupes and report")
    parser.add_argument("--keep", type=Path, help="build the workspace here and leave it")
    args = parser.parse_args()
    root = args.keep or Path(tempfile.mkdtemp(prefix="bench-reports-")) / "desk"
    if root.exists():
        shutil.rmtree(root)
    try:
        run(args.claims, args.big, root, args.big_files)
    finally:
        if not args.keep:
            shutil.rmtree(root.parent, ignore_errors=True)
    slow = [row for row in ROWS if row[3] is not None and row[2] >= row[3]]
    failed = [row for row in ROWS if row[5].startswith("FAILED")]
    return 1 if slow or failed else 0


if __name__ == "__main__":
    sys.exit(main())

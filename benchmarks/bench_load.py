"""How each cost grows with the workspace: one table over 1,000, 10,000 and 100,000 claims.

    python benchmarks/bench_load.py                       # 1k, 10k, 100k (about 15 minutes, 1.5 GB of disk)
    python benchmarks/bench_load.py --sizes 1000 10000    # quicker

For every size: ingest (synthetic articles of real Arabic and English
sentences, segmented and written claim by claim, atomically, as a user's
`workbench ingest` does), the index built and refreshed, `list`, the HTML
report, `diff` of two commits 100 claims apart, `dupes`, and the review
screen's first screen and per-key costs. Each step runs in a forked child
(bench_reports.measure), so its wall time, CPU time and peak resident memory
are its own. The numbers in the README's performance section come from here.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import io
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks import bench_tui, synthetic  # noqa: E402
from benchmarks.bench_reports import (  # noqa: E402
    build_index,
    change_100_and_commit,
    committed_workspace,
    measure,
    refresh_index,
)
from workbench.store import Workspace  # noqa: E402

# The workspace's shape at every size: the 10,000 claims across 200 sources.
CLAIMS_PER_SOURCE = 50


def write_articles(folder: Path, claims: int) -> int:
    """Article files whose sentences are the synthetic claims, so ingest segments real news prose."""
    folder.mkdir(parents=True, exist_ok=True)
    written = 0
    for source_id, _language, texts in synthetic.iter_synthetic_claims(claims):
        headline = texts[0][:60] if texts else source_id
        (folder / f"{source_id}.txt").write_text(headline + "\n\n" + "\n\n".join(texts) + "\n", encoding="utf-8")
        written += 1
    return written


def ingest_all(articles: Path, root: Path) -> str:
    from workbench.ingest import ingest_file, iter_article_files

    ws = Workspace.init(root)
    made = files = 0
    for path in iter_article_files([articles]):
        made += ingest_file(ws, path).added
        files += 1
    return f"{made:,} claims from {files:,} articles"


def cli_output(root: Path, args: list[str]) -> str:
    """A command run in this (forked) process through click, its output counted, not printed."""
    import os

    from workbench.cli import main

    out = io.StringIO()
    os.chdir(root)
    with contextlib.redirect_stdout(out):
        main.main(args, standalone_mode=False)
    return f"{len(out.getvalue()):,} chars out"


def review_screen(root: Path, full: bool) -> str:
    results = asyncio.run(bench_tui.measure(Workspace(root), decisions=30, moves=30, full=full))
    shown = ["first screen (s)", "decision key -> on disk, ms p95", "move j/k, CPU ms p95",
             "filter undecided on/off, CPU ms p95", "search, CPU ms per typed key p95"]
    return "; ".join(f"{name} {results[name]:.3g}" for name in shown if name in results)


def run_size(claims: int, workdir: Path) -> None:
    root = workdir / f"desk-{claims}"
    articles = workdir / f"articles-{claims}"
    ingested = workdir / f"ingested-{claims}"
    for folder in (root, articles, ingested):
        shutil.rmtree(folder, ignore_errors=True)

    synthetic.CLAIMS_PER_SOURCE = CLAIMS_PER_SOURCE
    began = time.perf_counter()
    files = write_articles(articles, claims)
    print(f"  ({files:,} article files written in {time.perf_counter() - began:.1f}s)")
    measure("ingest (segment + atomic writes)", claims, None, lambda: ingest_all(articles, ingested))
    shutil.rmtree(ingested, ignore_errors=True)

    ws = committed_workspace(root, claims)
    measure("index built from scratch", claims, None, lambda: build_index(ws))
    measure("index refresh, nothing changed", claims, None, lambda: refresh_index(ws))
    measure("workbench list --format json", claims, None, lambda: cli_output(root, ["list", "--format", "json"]))
    measure("workbench report --format html", claims, None,
            lambda: cli_output(root, ["report", "--format", "html", "-o", str(root / "report.html")]))
    measure("(setup: 100 decisions, git commit)", claims, None, lambda: change_100_and_commit(root, claims))
    measure("workbench diff HEAD~1 HEAD", claims, None,
            lambda: cli_output(root, ["diff", "HEAD~1", "HEAD", "--format", "json"]))
    measure("workbench dupes", claims, None, lambda: cli_output(root, ["dupes", "--format", "json"]))
    measure("review screen: open, keys", claims, None, lambda: review_screen(root, full=claims <= 10_000))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1_000, 10_000, 100_000])
    parser.add_argument("--workdir", type=Path, help="where workspaces are built (default: a temporary folder)")
    args = parser.parse_args()
    workdir = args.workdir or Path(tempfile.mkdtemp(prefix="bench-load-"))
    print(f"  {'step':<36} {'claims':>8} {'wall':>8} {'cpu':>8} {'bar':>6} {'peak RSS':>9}")
    try:
        for claims in args.sizes:
            run_size(claims, workdir)
    finally:
        if not args.workdir:
            shutil.rmtree(workdir, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())

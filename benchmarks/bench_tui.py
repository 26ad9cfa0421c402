"""How fast the review screen is, on synthetic workspaces: `python benchmarks/bench_tui.py [--quick]`.

Prints one table. The bars (issue 4): with 10,000 claims across 200 sources the
first screen is ready in under 1.5 s, a decision key reaches the file on disk in
under 50 ms at the 95th percentile, and moving and filtering cost under 30 ms a
key; with 100,000 claims the screen still opens in under 5 s.

"Per key" is the process CPU time the app spends on one key (handling it,
writing, redrawing), measured with time.process_time around Pilot.press: the
wall time of Pilot.press adds Textual's own idle waits, which a real terminal
does not have. The decision latency is wall time from the key being sent to the
store's write returning (atomic replace and fsync done).
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from textual import events

from benchmarks import synthetic
from workbench.store import Workspace
from workbench.tui.app import ReviewApp
from workbench.tui.widgets.claim_list import ClaimList

SIZE = (120, 40)


def build(root: Path, n_claims: int, n_sources: int) -> Workspace:
    """A synthetic workspace, built once and kept under root for later runs."""
    folder = root / f"ws-{n_claims}-{n_sources}"
    if (folder / ".complete").exists():
        return Workspace(folder)
    # synthetic.py spreads claims CLAIMS_PER_SOURCE to a source; the shape is 200 sources for 10k.
    synthetic.CLAIMS_PER_SOURCE = -(-n_claims // n_sources)
    began = time.perf_counter()
    ws = synthetic.build_workspace(folder, n_claims)
    (folder / ".complete").write_text("")
    print(f"built {n_claims:,} claims in {time.perf_counter() - began:.1f} s at {folder}", file=sys.stderr)
    return ws


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


async def cpu_per_key(pilot, keys: list[str]) -> list[float]:
    out = []
    for key in keys:
        began = time.process_time()
        await pilot.press(key)
        out.append((time.process_time() - began) * 1000)
    return out


async def measure(ws: Workspace, decisions: int, moves: int, full: bool) -> dict[str, object]:
    results: dict[str, object] = {}
    began = time.perf_counter()
    app = ReviewApp(Workspace(ws.root), bidi="visual", reviewer="bench")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        screen = app.screen
        claims = screen.query_one(ClaimList)
        results["first screen (s)"] = time.perf_counter() - began
        results["rows on first screen"] = len(claims.rows)
        results["claims found"] = screen.catalog.expected

        # Moving while the rest loads in the background: the screen must stay usable. Pilot.press
        # waits for the app to be idle, which it is not until loading ends, and CPU time would count
        # the loading thread: this is the wall time from a key sent to the cursor having moved.
        walls = []
        moved: list[float] = []
        original_move = claims.action_move

        def timed_move(delta: int) -> None:
            original_move(delta)
            moved.append(time.perf_counter())

        claims.action_move = timed_move
        while not screen.catalog.complete and len(walls) < 40:
            key = "j" if len(walls) % 2 == 0 else "k"
            sent = time.perf_counter()
            app._driver.send_message(events.Key(key, key))
            while len(moved) <= len(walls):
                if time.perf_counter() - sent > 10:
                    raise SystemExit("a key got no answer for 10 s: the app is stuck or has died")
                await asyncio.sleep(0.0005)
            walls.append((moved[-1] - sent) * 1000)
            await asyncio.sleep(0.05)   # a fast reviewer: 20 keys a second
        claims.action_move = original_move
        if walls:
            results["move while loading, key->moved ms p50"] = statistics.median(walls)
            results["move while loading, key->moved ms p95"] = pct(walls, 0.95)

        await app.workers.wait_for_complete()
        await pilot.pause()
        results["everything loaded (s)"] = time.perf_counter() - began
        if not full:
            return results

        moves_ms = await cpu_per_key(pilot, ["j"] * moves + ["k"] * moves)
        results["move j/k, CPU ms p50"] = statistics.median(moves_ms)
        results["move j/k, CPU ms p95"] = pct(moves_ms, 0.95)

        written: list[float] = []
        pressed = [0.0]
        original = screen.decisions.mark

        def timed_mark(claim, status, force=False):
            done = original(claim, status, force)
            written.append((time.perf_counter() - pressed[0]) * 1000)
            return done

        screen.decisions.mark = timed_mark
        cpu = []
        for i in range(decisions):
            pressed[0] = time.perf_counter()
            c0 = time.process_time()
            await pilot.press("ftmlvx"[i % 6])
            cpu.append((time.process_time() - c0) * 1000)
        results["decision key -> on disk, ms p50"] = statistics.median(written)
        results["decision key -> on disk, ms p95"] = pct(written, 0.95)
        results["decision key, CPU ms p95"] = pct(cpu, 0.95)

        filters = await cpu_per_key(pilot, ["a", "a"] * 5)
        results["filter undecided on/off, CPU ms p95"] = pct(filters, 0.95)
        sorts = await cpu_per_key(pilot, ["s", "s"] * 5)
        results["sort toggle, CPU ms p95"] = pct(sorts, 0.95)
        await pilot.press("slash")
        typed = await cpu_per_key(pilot, list("الحكومه"))
        results["search, CPU ms per typed key p95"] = pct(typed, 0.95)
        applied = []
        # twenty queries a fact-checker might type (Arabic spelling variants, English typos, names, numbers): with
        # only five, the "p95" was the slowest of five and swung with any noise on the machine
        for query in SEARCHES:
            screen.query_one("#search").value = query
            await pilot.pause()   # the typing itself is the row above; this measures the search alone
            began = time.process_time()
            screen.apply_search()
            await pilot.pause()
            applied.append((time.process_time() - began) * 1000)
        results["search applied (typing paused), CPU ms p95"] = pct(applied, 0.95)
        await pilot.press("escape")
    return results


SEARCHES = ("الحكومه", "الحكومه زياده", "government incrase", "وزير", "12", "ترامب", "امازون", "مليار دولار",
            "الانتخابات", "وزاره الخارجيه", "minister said", "Reuters", "percent", "الرئيس الامريكي", "ايران",
            "economy growth", "2020", "الشركه", "oil prices", "مجلس الامن")


BARS = {
    "first screen (s)": ("< 1.5 s", lambda v, n: v < (1.5 if n <= 10_000 else 5.0)),
    "decision key -> on disk, ms p95": ("< 50 ms", lambda v, n: v < 50),
    "move j/k, CPU ms p95": ("< 30 ms", lambda v, n: v < 30),
    "filter undecided on/off, CPU ms p95": ("< 30 ms", lambda v, n: v < 30),
    "sort toggle, CPU ms p95": ("< 30 ms", lambda v, n: v < 30),
    "search, CPU ms per typed key p95": ("< 30 ms", lambda v, n: v < 30),
    "search applied (typing paused), CPU ms p95": ("< 30 ms", lambda v, n: v < 30),
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="10,000 claims only")
    parser.add_argument("--workdir", type=Path, default=Path(tempfile.gettempdir()) / "workbench-bench-tui",
                        help="where the synthetic workspaces are built and kept")
    parser.add_argument("--decisions", type=int, default=60)
    parser.add_argument("--moves", type=int, default=40)
    args = parser.parse_args()
    # The 100k workspace opens twice: without its search index (a fresh clone: the app builds it while
    # the reviewer works) and with it (every later start).
    runs = [(10_000, 200, True, False)] + ([] if args.quick else [(100_000, 2_000, False, True),
                                                                  (100_000, 2_000, True, False)])
    table: list[tuple[str, str, object]] = []
    for n_claims, n_sources, full, cold in runs:
        ws = build(args.workdir, n_claims, n_sources)
        if cold:
            for stale in ws.cache_dir.glob("index.db*"):
                stale.unlink()
        label = f"{n_claims:,}" + (" cold" if cold else "")
        for name, value in asyncio.run(measure(ws, args.decisions, args.moves, full)).items():
            table.append((label, name, value))
    width = max(len(name) for _, name, _ in table)
    print(f"{'claims':>12}  {'measure':<{width}}  {'value':>9}  bar")
    for label, name, value in table:
        n_claims = int(label.split()[0].replace(",", ""))
        bar, ok = BARS.get(name, ("", None))
        if n_claims > 10_000:
            # The bars are for 10,000 claims; at 100,000 it asks to open in 5 s and stay usable.
            bar, ok = ("< 5 s", BARS[name][1]) if name == "first screen (s)" else ("", None)
        verdict = "" if ok is None else ("ok" if ok(value, n_claims) else "MISSED")
        shown = f"{value:9.3f}" if isinstance(value, float) else f"{value:9,}"
        print(f"{label:>12}  {name:<{width}}  {shown}  {bar} {verdict}".rstrip())


if __name__ == "__main__":
    main()

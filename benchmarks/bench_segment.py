"""Segmentation speed: the seed articles repeated to about 2.5 M characters, median of 5 runs.

Run on demand: `python benchmarks/bench_segment.py`. Prints our segmenter (with
attribution) beside pysbd and sentencex (sentence splitting only) when they are
installed (`pip install -e '.[bench]'`), and a linearity row: 10x the text should
take at most 11x the time.
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from workbench.segment import segment  # noqa: E402

TARGET_CHARS = 2_500_000
# constructions whose handling could turn quadratic in one long paragraph
ADVERSARIAL = [
    "The minister said the plan is big, and the man went home, ",
    "قال الوزير إن الأمر كبير، وذهب الرجل إلى البيت ",
    '"Short text is here," he said. ',
    'وقال المدير "نص قصير" ',
    "Prices rise, said Mr Lee, ",
    "قال وأضاف وأكد ",
    # a quotation opened in reported content: the sentences after it look back for it
    'Smith said the problem was "serious. ',
    # a time clause and its consequence, then a report joined by and: each comma read back to the stretch's start
    # had made this quadratic
    "When the unions struck, the firm refused, and the minister said it was fine, ",
]
RUNS = 5
SPEED_BAR = 5.0  # M chars/s, the whole segmenter with attribution (issue 3)


def seed_text() -> str:
    seeds = sorted((ROOT / "seeds").glob("*.txt"))
    if not seeds:
        seeds = sorted((ROOT.parent / "shared" / "seeds").glob("*.txt"))
    return "\n".join(p.read_text(encoding="utf-8-sig") for p in seeds)


def repeated(base: str, chars: int) -> str:
    return "\n".join([base] * max(1, chars // (len(base) + 1)))


def median_seconds(fn, text: str, runs: int = RUNS) -> float:
    """Median CPU seconds of `runs` calls (CPU time, not wall time: other processes on a shared machine would
    otherwise show up as non-linearity)."""
    times = []
    for _ in range(runs):
        t0 = time.process_time()
        fn(text)
        times.append(time.process_time() - t0)
    return statistics.median(times)


def best_seconds(fn, text: str, runs: int = 3) -> float:
    """The fastest of `runs` calls, in CPU seconds: for a ratio of two timings the least disturbed of each is the
    fairest (a busy machine only ever adds time)."""
    times = []
    for _ in range(runs):
        t0 = time.process_time()
        fn(text)
        times.append(time.process_time() - t0)
    return min(times)


def competitors():
    out = {}
    try:
        import pysbd
        seg = pysbd.Segmenter(language="en", clean=False)
        out["pysbd (sentences only)"] = seg.segment
    except ImportError:
        out["pysbd (sentences only)"] = None
    try:
        from sentencex import segment as sx
        out["sentencex (sentences only)"] = lambda t: list(sx("ar", t))
    except ImportError:
        out["sentencex (sentences only)"] = None
    return out


def main() -> int:
    base = seed_text()
    text = repeated(base, TARGET_CHARS)
    print(f"text: {len(text):,} characters ({len(base):,} of seeds, repeated); median of {RUNS} runs\n")
    print(f"{'segmenter':<34}{'seconds':>10}{'M chars/s':>12}")
    ours = median_seconds(segment, text)
    speed = len(text) / ours / 1e6
    print(f"{'workbench.segment (attribution)':<34}{ours:>10.3f}{speed:>12.2f}"
          f"  ({'meets' if speed >= SPEED_BAR else 'below'} the bar, {SPEED_BAR:g} M chars/s)")
    for name, fn in competitors().items():
        if fn is None:
            print(f"{name:<34}{'not installed':>22}  (pip install -e '.[bench]')")
            continue
        # pysbd is slow: measured on a tenth of the text, scaled
        sample = text if "sentencex" in name else text[: len(text) // 10]
        runs = RUNS if "sentencex" in name else 1
        secs = median_seconds(fn, sample, runs) * len(text) / len(sample)
        print(f"{name:<34}{secs:>10.3f}{len(text) / secs / 1e6:>12.2f}")
    small = repeated(base, TARGET_CHARS // 10)
    big = repeated(base, TARGET_CHARS)
    t_small = best_seconds(segment, small)
    t_big = best_seconds(segment, big)
    ratio = (t_big / t_small) / (len(big) / len(small))
    print(f"\nlinearity: {len(small):,} chars {t_small:.3f}s, {len(big):,} chars {t_big:.3f}s; "
          f"time ratio / size ratio = {ratio:.2f} ({'ok' if ratio <= 1.1 else 'NOT LINEAR'}, bar 1.10)")
    print("\nlinearity on one construction repeated in a single paragraph (100 k and 1 M chars):")
    for unit in ADVERSARIAL:
        small, big = unit * (100_000 // len(unit)), unit * (1_000_000 // len(unit))
        t_small, t_big = best_seconds(segment, small), best_seconds(segment, big)
        ratio = (t_big / t_small) / (len(big) / len(small))
        print(f"  {unit.strip()[:34]:<36}{t_small:>8.3f}s{t_big:>8.3f}s  ratio {ratio:.2f}"
              f" ({'ok' if ratio <= 1.1 else 'NOT LINEAR'})")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Throughput and linear growth of find_numbers and find_dates.

Run with ``.venv/bin/python benchmarks/bench_numbers.py``. Prints MB/s over the
bundled corpus and, for adversarial inputs, the time at 10 KB, 100 KB and 1 MB
with the ratio of each step (about 10 for linear growth; 100 would be quadratic).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from importlib import resources

from claimkit.dates import find_dates
from claimkit.extract.numbers import find_numbers

ADVERSARIAL: dict[str, str] = {
    "'1,' repeated": "1,",
    "'1 ' repeated": "1 ",
    "'9' repeated": "9",
    "'more than ' repeated": "more than ",
    "'(' repeated": "(",
    "'one ' repeated": "one ",
    "'twenty-' repeated": "twenty-",
    "'between 1 and ' repeated": "between 1 and ",
    "'1-' repeated": "1-",
    "'the 1st ' repeated": "the 1st ",
}


def corpus_text() -> str:
    root = resources.files("claimkit") / "corpus"
    return "\n\n".join(
        p.read_text(encoding="utf-8")
        for p in sorted(root.iterdir(), key=lambda p: p.name)
        if p.name.endswith(".txt")
    )


def best_of(fn: Callable[[str], object], text: str, repeat: int = 3) -> float:
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn(text)
        times.append(time.perf_counter() - t0)
    return min(times)


def throughput() -> None:
    text = corpus_text()
    # Repeat the corpus to about 1 MB so timer resolution does not matter.
    big = (text + "\n") * max(1, 1_000_000 // len(text))
    mb = len(big.encode("utf-8")) / 1e6
    for name, fn in (("find_numbers", find_numbers), ("find_dates", find_dates)):
        t = best_of(fn, big)
        print(f"{name:13} corpus x{len(big) // len(text)}: {mb:.2f} MB in {t:.3f}s = {mb / t:.2f} MB/s")
    print(f"find_numbers mentions in the corpus: {len(find_numbers(text))}")


def growth() -> None:
    print(f"{'input':28} {'10 KB':>8} {'100 KB':>8} {'1 MB':>8}  ratios")
    for label, unit in ADVERSARIAL.items():
        for name, fn in (("numbers", find_numbers), ("dates", find_dates)):
            times = []
            for size in (10_000, 100_000, 1_000_000):
                text = unit * (size // len(unit))
                times.append(best_of(fn, text, repeat=1))
            r1, r2 = times[1] / max(times[0], 1e-9), times[2] / max(times[1], 1e-9)
            print(
                f"{label + ' ' + name:28} {times[0]:8.3f} {times[1]:8.3f} {times[2]:8.3f}  x{r1:.1f} x{r2:.1f}"
            )


if __name__ == "__main__":
    throughput()
    growth()

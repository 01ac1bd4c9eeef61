"""Benchmark the reading stage: the bundled corpus and a large synthetic text.

    python benchmarks/bench_read.py

Prints milliseconds per read of the whole corpus (best and median of several
rounds) and the throughput in MB/s, against the target of well under 50 ms for
the corpus. Exits 1 if the target is missed (``benchmarks/run.py`` reports it).
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _synth import synth_text

from claimkit.documents import load_corpus, read_document

TARGET_MS = 50.0
ROUNDS = 30


def _time(fn: object, rounds: int) -> list[float]:
    assert callable(fn)
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return times


def main() -> int:
    load_corpus()  # warm up: imports, lazy regex compilation in dateutil
    corpus_bytes = sum(len(d.text.encode("utf-8")) for d in load_corpus())
    times = _time(load_corpus, ROUNDS)
    best, median = min(times), statistics.median(times)
    print(f"corpus: {corpus_bytes / 1000:.1f} KB, 5 documents, {ROUNDS} rounds")
    print(f"  load_corpus(): best {best:.2f} ms, median {median:.2f} ms  (target < {TARGET_MS:.0f} ms)")
    print(f"  throughput: {corpus_bytes / 1e6 / (median / 1000):.2f} MB/s")

    big = synth_text(1_000_000, seed=7)
    size = len(big.encode("utf-8"))
    big_times = _time(lambda: read_document(big), 3)
    big_median = statistics.median(big_times)
    print(f"synthetic text: {size / 1e6:.2f} MB")
    print(f"  read_document(): median {big_median:.0f} ms, {size / 1e6 / (big_median / 1000):.2f} MB/s")

    ok = median < TARGET_MS
    print("target met" if ok else "TARGET MISSED")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())

"""Benchmark claim and stance extraction: corpus throughput and growth on adversarial input.

Run: ``.venv/bin/python benchmarks/bench_extract.py [--repeat N] [--json]``

1. Throughput: the bundled corpus is read and extracted ``repeat`` times on one
   core (reading included); the figure is megabytes of text per second.
2. Growth: each adversarial shape (long runs of reporting verbs, numbers,
   denials, capitalised words, commas ...) is extracted as one 25, 50 and 100 KB
   sentence; the time ratio between 100 KB and 25 KB should be near 4 (linear),
   never near 16 (quadratic).
"""

from __future__ import annotations

import argparse
import json
import time
from importlib import resources

from claimkit.documents import read_document
from claimkit.extract import extract_claims, extract_stances
from claimkit.model import Document, OffsetMap, Sentence, Source, Span

SHAPES = {
    "reporting verbs": "X said ",
    "counts": "5,000 troops ",
    "claims": "officials said 3,000 troops would deploy, ",
    "demonym lists": "Ukrainian, ",
    "capitalised words": "North Korean ",
    "according to": "according to ",
    "denials": "denied called false ",
    "digits": "1",
    "letters": "a",
    "dates": "on October 21, 2024 ",
    "citing asides": ", citing X,",
}
SIZES = (25_000, 50_000, 100_000)
#: The largest growth from the first to the last size still read as linear (x4 in input).
GROWTH_LIMIT = 6.0


def one_sentence(text: str) -> Document:
    """A document holding ``text`` as one sentence: the worst case for per-sentence work."""
    n = len(text)
    sentence = Sentence(span=Span(0, n), text=text, clean=text, clean_span=Span(0, n))
    return Document(
        text=text,
        source=Source(id="adversarial"),
        clean=text,
        offsets=OffsetMap.identity(n),
        sentences=(sentence,),
    )


def throughput(repeat: int) -> dict[str, float]:
    corpus = resources.files("claimkit").joinpath("corpus")
    texts = [
        p.read_text(encoding="utf-8")
        for p in sorted(corpus.iterdir(), key=lambda p: p.name)
        if p.name.endswith(".txt")
    ]
    size = sum(len(t.encode("utf-8")) for t in texts) * repeat
    start = time.perf_counter()
    claims = stances = 0
    for _ in range(repeat):
        for text in texts:
            doc = read_document(text)
            claims += len(extract_claims(doc))
            stances += len(extract_stances(doc))
    elapsed = time.perf_counter() - start
    return {"megabytes": size / 1e6, "seconds": elapsed, "mb_per_s": size / 1e6 / elapsed, "claims": claims}


def extract_only(repeat: int) -> dict[str, float]:
    corpus = resources.files("claimkit").joinpath("corpus")
    docs = [
        read_document(p.read_text(encoding="utf-8"))
        for p in sorted(corpus.iterdir(), key=lambda p: p.name)
        if p.name.endswith(".txt")
    ]
    size = sum(len(d.text.encode("utf-8")) for d in docs) * repeat
    start = time.perf_counter()
    for _ in range(repeat):
        for doc in docs:
            extract_claims(doc)
            extract_stances(doc)
    elapsed = time.perf_counter() - start
    return {"megabytes": size / 1e6, "seconds": elapsed, "mb_per_s": size / 1e6 / elapsed}


def growth() -> dict[str, list[float]]:
    rows: dict[str, list[float]] = {}
    for name, unit in SHAPES.items():
        times = []
        for size in SIZES:
            text = (unit * (size // len(unit) + 1))[:size]
            doc = one_sentence(text)
            start = time.perf_counter()
            extract_claims(doc)
            extract_stances(doc)
            times.append(time.perf_counter() - start)
        rows[name] = times
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--repeat", type=int, default=20, help="how many times the corpus is processed")
    parser.add_argument("--json", action="store_true", help="print the results as JSON")
    args = parser.parse_args()
    both, alone, rows = throughput(args.repeat), extract_only(args.repeat), growth()
    if args.json:
        print(json.dumps({"read_and_extract": both, "extract_only": alone, "growth_seconds": rows}, indent=1))
        return
    print(
        f"read + extract: {both['megabytes']:.2f} MB in {both['seconds']:.2f} s = {both['mb_per_s']:.2f} MB/s"
    )
    print(
        f"extract only:   {alone['megabytes']:.2f} MB in {alone['seconds']:.2f} s = {alone['mb_per_s']:.2f} MB/s"
    )
    print(
        "adversarial single sentences (s at "
        + ", ".join(f"{s // 1000} KB" for s in SIZES)
        + "; 100/25 ratio):"
    )
    for name, times in rows.items():
        ratio = times[-1] / times[0] if times[0] > 0 else float("nan")
        # Linear work grows x4 from 25 to 100 KB; x6 leaves room for noise, x16 is quadratic.
        verdict = "PASS" if ratio <= GROWTH_LIMIT else "MISS (super-linear)"
        print(f"  {name:18} " + "  ".join(f"{x:6.3f}" for x in times) + f"   x{ratio:.1f}  {verdict}")


if __name__ == "__main__":
    main()

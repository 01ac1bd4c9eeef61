"""Run every claimkit benchmark and print each figure beside its target (what ``make bench`` runs).

Each stage's benchmark (``bench_read``, ``bench_numbers``, ``bench_extract``,
``bench_reconcile``) runs in its own interpreter, so one cannot warm caches or
leak memory into the next, and its output is shown as it prints it. Then
``bench_scale`` runs (throughput, the quantulum3 baseline, reconciliation
growth, memory, streaming, import time), and a summary closes the run.

    python benchmarks/run.py            # the full run (several minutes)
    python benchmarks/run.py --quick    # smaller sizes for bench_scale: a smoke run

The exit status is 0 even when a target is missed (a benchmark reports, it
does not gate); it is 1 only when a benchmark script crashed or is missing.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
#: Each stage: a script and its arguments. ``bench_reconcile`` runs twice: with numpy
#: (the ``fast`` extra) when installed, and ``--plain``, as a core install reconciles.
STAGES = ("bench_read", "bench_numbers", "bench_extract", "bench_reconcile", "bench_reconcile --plain")


def _run_script(stage: str) -> tuple[str, float, str]:
    name, *arguments = stage.split()
    path = HERE / f"{name}.py"
    print(f"\n######## {stage}", flush=True)
    if not path.exists():
        print(f"  MISSING: {path.relative_to(HERE.parent)} does not exist", flush=True)
        return stage, 0.0, "missing"
    started = time.perf_counter()
    code = subprocess.run([sys.executable, str(path), *arguments], cwd=HERE.parent, check=False).returncode
    elapsed = time.perf_counter() - started
    # A stage benchmark exits 1 to say a target was missed, anything else is a crash.
    status = {0: "ok", 1: "ran (a target missed)"}.get(code, f"crashed (exit {code})")
    return stage, elapsed, status


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--quick", action="store_true", help="smaller sizes for bench_scale")
    scripts = sorted({stage.split()[0] for stage in STAGES})
    parser.add_argument("--only", choices=(*scripts, "bench_scale"), action="append", help="run only these")
    args = parser.parse_args(argv)
    wanted = args.only or [*scripts, "bench_scale"]
    print(
        f"claimkit benchmarks on Python {sys.version.split()[0]} ({sys.platform}); one core per run",
        flush=True,
    )

    runs = [_run_script(stage) for stage in STAGES if stage.split()[0] in wanted]
    figures = []
    if "bench_scale" in wanted:
        sys.path.insert(0, str(HERE))
        import bench_scale

        print("\n######## bench_scale", flush=True)
        started = time.perf_counter()
        figures = bench_scale.main(["--quick"] if args.quick else [])
        runs.append(("bench_scale", time.perf_counter() - started, "ok"))

    print("\n######## summary", flush=True)
    for name, seconds, status in runs:
        print(f"  {name:<26} {status:<24} {seconds:7.1f} s")
    if figures:
        print("\n  bench_scale figures (PASS/MISS against the targets of issue 7):")
        for figure in figures:
            print(figure.line())
        checked = [f for f in figures if f.ok is not None]
        missed = [f.name for f in checked if not f.ok]
        print(
            f"\n  {len(checked) - len(missed)} of {len(checked)} targets met"
            + (f"; missed: {missed}" if missed else "")
        )
    broken = [name for name, _, status in runs if status == "missing" or status.startswith("crashed")]
    return 1 if broken else 0


if __name__ == "__main__":
    sys.exit(main())

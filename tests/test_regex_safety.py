"""No regular expression in claimkit can backtrack catastrophically.

Every compiled pattern the package holds (module-level, inside module-level
containers, or as a class attribute) is run with ``finditer`` — the way
extraction uses patterns — over inputs of about 50 KB shaped like the known
ReDoS triggers. A search that does not finish within a generous time limit is
interrupted by an alarm signal and fails the test instead of hanging CI.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import re
import signal
import time
from collections.abc import Iterator
from types import FrameType, ModuleType
from typing import Any

import pytest

import claimkit

#: Seconds one search may take. Generous: a linear pattern over 50 KB takes milliseconds.
LIMIT = 10.0
N = 50_000

#: Shapes known to make badly written patterns backtrack: long runs of one
#: class followed by a character that makes the match fail, separator chains,
#: unbalanced brackets, alternations of overlapping classes.
SHAPES: dict[str, str] = {
    "letters+bang": "a" * N + "!",
    "digit-comma-chain": "1," * (N // 2),
    "spaces+x": " " * N + "x",
    "open-brackets": "(" * N,
    "digits": "1" * N,
    "email-like": "a" * N + "@",
    "alternating-ab": "ab" * (N // 2),
    "digit-space-chain": "1 " * (N // 2),
    "digit-dot-chain": "1." * (N // 2),
    "thousands-chain": "1,000" * (N // 5),
    "quotes": "“" * (N // 2) + "”" * (N // 2),
    "words": "said " * (N // 5),
    "capitalised-words": "North Korean " * (N // 13),
    "hyphens": "-" * N + "a",
    "newlines": "\n" * N + "x",
    "mixed-number-words": "more than about some " * (N // 21),
}


class _SearchTimeoutError(Exception):
    pass


def _raise_timeout(signum: int, frame: FrameType | None) -> None:
    raise _SearchTimeoutError


def _modules() -> Iterator[ModuleType]:
    yield claimkit
    for info in pkgutil.walk_packages(claimkit.__path__, "claimkit."):
        try:
            yield importlib.import_module(info.name)
        except (ImportError, claimkit.ClaimkitError):  # a module behind a missing optional extra
            continue


def _patterns_in(value: Any, depth: int = 0) -> Iterator[re.Pattern[Any]]:
    if isinstance(value, re.Pattern):
        yield value
    elif depth < 3 and isinstance(value, tuple | list | set | frozenset):
        for item in value:
            yield from _patterns_in(item, depth + 1)
    elif depth < 3 and isinstance(value, dict):
        for item in value.values():
            yield from _patterns_in(item, depth + 1)


def _all_patterns() -> dict[str, re.Pattern[Any]]:
    found: dict[str, re.Pattern[Any]] = {}
    seen: set[tuple[Any, int]] = set()
    for module in _modules():
        for name, value in vars(module).items():
            holders = [(name, value)]
            if inspect.isclass(value) and value.__module__ == module.__name__:
                holders += [(f"{name}.{attr}", member) for attr, member in vars(value).items()]
            for label, held in holders:
                for i, pattern in enumerate(_patterns_in(held)):
                    key = (pattern.pattern, pattern.flags)
                    if key in seen:
                        continue
                    seen.add(key)
                    found[f"{module.__name__}.{label}[{i}]"] = pattern
    return found


PATTERNS = _all_patterns()


def test_the_walk_finds_patterns() -> None:
    # serialize holds at least one module-level pattern: an empty walk would mean a broken test.
    assert any(name.startswith("claimkit.serialize.") for name in PATTERNS)


@pytest.mark.skipif(not hasattr(signal, "setitimer"), reason="needs POSIX interval timers")
@pytest.mark.parametrize("name", sorted(PATTERNS))
def test_pattern_runs_in_linear_time_on_redos_shapes(name: str) -> None:
    pattern = PATTERNS[name]
    text_shapes = SHAPES if isinstance(pattern.pattern, str) else {}
    previous = signal.signal(signal.SIGALRM, _raise_timeout)
    slow: list[str] = []
    try:
        for shape, text in text_shapes.items():
            started = time.perf_counter()
            signal.setitimer(signal.ITIMER_REAL, LIMIT)
            try:
                for _ in pattern.finditer(text):
                    pass
            except _SearchTimeoutError:
                slow.append(f"{shape}: did not finish in {LIMIT:.0f} s")
            finally:
                signal.setitimer(signal.ITIMER_REAL, 0)
            elapsed = time.perf_counter() - started
            if elapsed > LIMIT and shape not in " ".join(slow):
                slow.append(f"{shape}: {elapsed:.1f} s")
    finally:
        signal.signal(signal.SIGALRM, previous)
    assert not slow, f"{name} = {pattern.pattern!r} backtracks: {slow}"

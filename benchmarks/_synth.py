"""Synthetic news-like text and synthetic claims for the benchmarks and the scale tests.

The text imitates wire reporting on a troop deployment: attributed figures with
qualifiers ("some 10,000", "more than 12,000", "between 8,000 and 10,000"),
dates ("on Monday (21 October)", "October 8th to 13th"), and the distractors
that make the task hard (casualties per day, money per soldier per month, the
strength of a whole corps, percentages, years, ordinals, phone numbers). It is
generated from a seed, so every run of a benchmark reads the same bytes.

Nothing here is tuned to claimkit's parser: the templates are ordinary
English news sentences, many of which hold no claim at all.
"""

from __future__ import annotations

import datetime as _dt
import random
from collections.abc import Iterator
from pathlib import Path

__all__ = ["synth_claims", "synth_corpus", "synth_document", "synth_text"]

_ORIGINS = (
    "South Korea's National Intelligence Service",
    "the NIS",
    "a US defence official",
    "Pentagon spokesman Pat Ryder",
    "Ukraine's military intelligence agency",
    "NATO Secretary General Mark Rutte",
    "an analyst at the Institute for the Study of War",
    "Japanese officials",
    "the South Korean defence ministry",
    "a senior Ukrainian commander",
    "State Department spokesman Matthew Miller",
    "Seoul's Joint Chiefs of Staff",
)
_VERBS = ("said", "told reporters", "estimated", "claimed", "reported", "wrote in a statement", "warned")
_QUALIFIED = (
    "some {n}",
    "around {n}",
    "about {n}",
    "more than {n}",
    "at least {n}",
    "up to {n}",
    "nearly {n}",
    "an estimated {n}",
    "{n}",
    "roughly {n}",
    "between {n} and {m}",
    "{n} to {m}",
)
_TROOPS = (
    "North Korean troops",
    "soldiers",
    "North Korean soldiers",
    "troops",
    "personnel",
    "special forces",
)
_PLACES = (
    "the Kursk region",
    "Russia's Far East",
    "Vladivostok",
    "the front line",
    "training grounds in Primorsky",
)
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_FILLER = (
    "The Kremlin declined to comment on the report.",
    "Pyongyang and Moscow have both denied that any troops were sent.",
    "The claim could not be independently verified.",
    "The war in Ukraine is now in its third year, and neither side has gained much ground this autumn.",
    "Officials in Seoul summoned the Russian ambassador to protest against the deployment.",
    "Analysts said the move marked a sharp escalation in military cooperation between the two countries.",
    "“We are watching this very closely,” one diplomat said, speaking on condition of anonymity.",
    "Read more: What we know about the deployment (updated 10:42 GMT).",
    "Images shared on Telegram appeared to show men in uniform queuing for equipment.",
    "The ministry did not say how it had obtained the information.",
)


def _figure(rng: random.Random, lo: int = 500, hi: int = 15_000) -> tuple[str, int]:
    n = rng.randrange(lo, hi, 500)
    return f"{n:,}", n


def _date(rng: random.Random) -> str:
    day = _dt.date(2024, 10, 1) + _dt.timedelta(days=rng.randrange(0, 60))
    shape = rng.randrange(4)
    if shape == 0:
        return f"on {_WEEKDAYS[day.weekday()]} ({day.day})"
    if shape == 1:
        return f"on {day.day} {day.strftime('%B')}"
    if shape == 2:
        return f"on {day.strftime('%B')} {day.day}, {day.year}"
    end = day + _dt.timedelta(days=rng.randrange(1, 6))
    return f"from {day.strftime('%B')} {day.day} to {end.day}"


def _claim_sentence(rng: random.Random) -> str:
    origin = rng.choice(_ORIGINS)
    verb = rng.choice(_VERBS)
    text, n = _figure(rng)
    pattern = rng.choice(_QUALIFIED)
    amount = pattern.format(n=text, m=f"{n + rng.randrange(1000, 5000, 500):,}")
    troops = rng.choice(_TROOPS)
    place = rng.choice(_PLACES)
    shape = rng.randrange(4)
    if shape == 0:
        return f"{origin.capitalize() if origin[0].islower() else origin} {verb} {_date(rng)} that {amount} {troops} had been sent to {place}."
    if shape == 1:
        return f"According to {origin}, {amount} {troops} are expected to be deployed by the end of the year."
    if shape == 2:
        return f"“We believe {amount} {troops} are already in {place},” {origin} {verb}."
    return f"North Korea has sent {amount} {troops} to {place}, {origin} {verb} {_date(rng)}."


def _distractor(rng: random.Random) -> str:
    shape = rng.randrange(9)
    if shape == 0:
        return f"Russia is losing about {rng.randrange(1000, 2000, 50):,} soldiers a day killed or wounded, {rng.choice(_ORIGINS)} said."
    if shape == 1:
        return f"Each soldier is reportedly paid US${rng.randrange(1000, 3000, 100):,} a month."
    if shape == 2:
        return (
            f"The troops are drawn from the XI Corps, a force of some {rng.randrange(100, 250, 10)},000 men."
        )
    if shape == 3:
        return f"The {rng.randrange(10, 20)}th BRICS summit opened in Kazan on October {rng.randrange(20, 25)}, 2024."
    if shape == 4:
        return f"Support for sending weapons to Ukraine stands at {rng.randrange(20, 60)}% in a Gallup poll of {rng.randrange(800, 1500):,} adults."
    if shape == 5:
        return f"Since February 2022, more than {rng.randrange(400, 700)},000 Russians have been killed or wounded, according to Western estimates."
    if shape == 6:
        return f"A drone strike killed {rng.randrange(2, 12)} North Korean soldiers near the border, the unit wrote."
    if shape == 7:
        return f"Contact: press office, +82 2 {rng.randrange(1000, 9999)} {rng.randrange(1000, 9999)}, ext. {rng.randrange(10, 99)}."
    return f"The two countries signed a mutual defence treaty in June {rng.randrange(2023, 2025)}, with {rng.randrange(20, 30)} articles."


def synth_text(size: int, *, seed: int = 0) -> str:
    """About ``size`` characters of news-like text: a title line, then paragraphs.

    >>> len(synth_text(2_000, seed=1)) >= 2_000
    True
    """
    rng = random.Random(seed)
    parts = [f"North Korean troops in Russia: what we know (report {seed})", ""]
    length = sum(len(p) + 1 for p in parts)
    while length < size:
        sentences = []
        for _ in range(rng.randrange(2, 6)):
            roll = rng.random()
            if roll < 0.35:
                sentences.append(_claim_sentence(rng))
            elif roll < 0.75:
                sentences.append(_distractor(rng))
            else:
                sentences.append(rng.choice(_FILLER))
        paragraph = " ".join(sentences)
        parts.append(paragraph)
        length += len(paragraph) + 1
    return "\n".join(parts) + "\n"


def synth_document(seed: int, *, size: int = 4_000) -> str:
    """One synthetic article of about ``size`` characters."""
    return synth_text(size, seed=seed)


def synth_corpus(directory: Path, n_documents: int, *, size: int = 4_000, seed: int = 0) -> list[Path]:
    """Write ``n_documents`` synthetic articles into ``directory`` as ``.txt`` files."""
    directory.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(n_documents):
        path = directory / f"doc_{i:06d}.txt"
        path.write_text(synth_document(seed * 1_000_003 + i, size=size), encoding="utf-8")
        paths.append(path)
    return paths


def synth_claims(n: int, *, seed: int = 0, n_sources: int = 500, n_actors: int = 60) -> Iterator[object]:
    """``n`` valid synthetic claims on one subject and measure, drawn from pools.

    Sources and actors come from pools (as in real corpora, where many claims
    share one outlet and few origins), so memory measures what the claims
    themselves cost. Yields :class:`claimkit.model.Claim` objects.
    """
    from claimkit.model import Actor, Claim, DateWindow, Measure, Qualifier, Quantity, Source, Span

    rng = random.Random(seed)
    sources = [Source(id=f"synth-{i:05d}", outlet=f"Outlet {i % 97}") for i in range(n_sources)]
    actors = [Actor(f"Origin {i:03d}") for i in range(n_actors)]
    single = (
        Qualifier.EXACT,
        Qualifier.APPROXIMATE,
        Qualifier.MORE_THAN,
        Qualifier.AT_LEAST,
        Qualifier.AT_MOST,
    )
    start_day = _dt.date(2024, 10, 1)
    windows = [DateWindow.on(start_day + _dt.timedelta(days=d)) for d in range(60)]
    for i in range(n):
        value = rng.randrange(500, 15_000, 500)
        if rng.random() < 0.1:
            quantity = Quantity.between(
                value, value + 2_000, unit="troops", text=f"{value:,} to {value + 2_000:,}"
            )
        else:
            quantity = Quantity.of(value, rng.choice(single), unit="troops", text=f"{value:,}")
        evidence = f"{value:,} troops"
        start = rng.randrange(0, 50_000)
        yield Claim(
            subject="North Korean troops",
            measure=Measure.DEPLOYED,
            quantity=quantity,
            actor=actors[rng.randrange(n_actors)],
            source=sources[i % n_sources],
            span=Span(start, start + len(evidence)),
            evidence=evidence,
            ref_date=windows[rng.randrange(60)] if rng.random() < 0.7 else None,
        )

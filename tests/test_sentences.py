"""Sentence segmentation: where sentences end, and where they must not."""

from __future__ import annotations

import pytest

from claimkit.documents import read_document, split_sentences

# (paragraph, expected sentences)
CASES = [
    # abbreviations and titles
    ("Gen. Kim met Lt. Col. Park. They talked.", ["Gen. Kim met Lt. Col. Park.", "They talked."]),
    ("He studied at St. Andrews. Then he left.", ["He studied at St. Andrews.", "Then he left."]),
    ("Martin Luther King Jr. spoke. Crowds came.", ["Martin Luther King Jr. spoke.", "Crowds came."]),
    ("Prof. Yeo and Dr. Lee agreed.", ["Prof. Yeo and Dr. Lee agreed."]),
    # initials
    ("Spokesman John F. Kirby said so.", ["Spokesman John F. Kirby said so."]),
    ("Gordon G. Chang is an author. He writes.", ["Gordon G. Chang is an author.", "He writes."]),
    # dotted acronyms
    ("The U.S. National Security Council said so.", ["The U.S. National Security Council said so."]),
    ("Troops left the U.S. The next day they landed.", ["Troops left the U.S.", "The next day they landed."]),
    ("Aid, i.e. money, came. More followed.", ["Aid, i.e. money, came.", "More followed."]),
    # numbers
    ("About 1,500 left. Then 2.5 times more.", ["About 1,500 left.", "Then 2.5 times more."]),
    ("It cost US$2,000 per month. Nobody paid.", ["It cost US$2,000 per month.", "Nobody paid."]),
    ("They came in 2024. 3,000 more followed.", ["They came in 2024.", "3,000 more followed."]),
    # quotations
    (
        "He said, “Russia is testing NATO.” Then he left.",
        ["He said, “Russia is testing NATO.”", "Then he left."],
    ),
    ('"It is over." She agreed.', ['"It is over."', "She agreed."]),
    (
        "He called it a “hostile force.” China disagreed.",
        ["He called it a “hostile force.”", "China disagreed."],
    ),
    # ellipses
    (
        "Officials in Brussels [. . .] were useful. Others not.",
        ["Officials in Brussels [. . .] were useful.", "Others not."],
    ),
    ("He paused... Then he spoke.", ["He paused...", "Then he spoke."]),
    ("Materials….Putin’s needs won.", ["Materials….Putin’s needs won."]),
    # questions and brackets
    ("Will it end? Nobody knows.", ["Will it end?", "Nobody knows."]),
    (
        "An attack on Taiwan – 2027? 2035? Will China adjust?",
        ["An attack on Taiwan – 2027? 2035?", "Will China adjust?"],
    ),
    ("(AI has proven it.) Pyongyang denies it.", ["(AI has proven it.)", "Pyongyang denies it."]),
    # footnote marks after the stop stay with the sentence they annotate
    ("It passed 5,000.[12] Fifty-eight died.", ["It passed 5,000.[12]", "Fifty-eight died."]),
    ("Troops left.[3][4] Others came.", ["Troops left.[3][4]", "Others came."]),
    ('He called it "fiction."[7] Kyiv agreed.', ['He called it "fiction."[7]', "Kyiv agreed."]),
    ("Barkhane ended in 2022.[15]", ["Barkhane ended in 2022.[15]"]),
    # ... a bracketed word is no footnote mark
    ("It ended.[sic] Then more.", ["It ended.[sic] Then more."]),
    # lower case after a full stop does not start a sentence
    ("Some left, e.g. the elite. Others stayed.", ["Some left, e.g. the elite.", "Others stayed."]),
    # no terminal punctuation at all
    ("A heading without a stop", ["A heading without a stop"]),
    ("", []),
    ("   ", []),
]


@pytest.mark.parametrize(("paragraph", "expected"), CASES)
def test_split_sentences(paragraph: str, expected: list[str]) -> None:
    assert [paragraph[s:e] for s, e in split_sentences(paragraph)] == expected


@pytest.mark.parametrize(("paragraph", "expected"), [c for c in CASES if c[1]])
def test_read_document_gives_the_same_sentences(paragraph: str, expected: list[str]) -> None:
    doc = read_document(paragraph)
    assert [s.clean for s in doc.sentences] == expected
    for s in doc.sentences:
        assert doc.text[s.span.start : s.span.end] == s.text


# Markup: the clean sentence reads the text; the original sentence keeps its markup.
MARKUP = [
    (
        "Russia has used [munitions](#) against Ukraine.",
        "Russia has used munitions against Ukraine.",
        "Russia has used [munitions](#) against Ukraine.",
    ),
    (
        "It pays [US\\$2,000](#) per soldier.",
        "It pays US$2,000 per soldier.",
        "It pays [US\\$2,000](#) per soldier.",
    ),
    (
        "It pays US\\\\$2,000 per soldier.",
        "It pays US$2,000 per soldier.",
        "It pays US\\\\$2,000 per soldier.",
    ),
    ("A *key* and **bold** claim.", "A key and bold claim.", "A *key* and **bold** claim."),
    ("[Troops](http://x.org/a) left.", "Troops left.", "[Troops](http://x.org/a) left."),
    ("**Troops left.**", "Troops left.", "**Troops left.**"),
    (
        "See <https://example.org/x> now.",
        "See https://example.org/x now.",
        "See <https://example.org/x> now.",
    ),
]


@pytest.mark.parametrize(("text", "clean", "original"), MARKUP)
def test_markup_is_read_as_text(text: str, clean: str, original: str) -> None:
    doc = read_document(text)
    assert [s.clean for s in doc.sentences] == [clean]
    assert [s.text for s in doc.sentences] == [original]


@pytest.mark.parametrize(
    ("text", "headings"),
    [
        ("Title Line\n\nBody text here. More body.", [True, False, False]),
        ("## Section heading\nBody text here.", [True, False]),
        ("SYNOPSIS\n\nThe war expands.", [True, False]),
        ("A short sentence.\n\nAnother one.", [False, False]),
        ("lowercase start without stop", [False]),
    ],
)
def test_headings(text: str, headings: list[bool]) -> None:
    assert [s.heading for s in read_document(text).sentences] == headings


def test_each_line_is_its_own_paragraph() -> None:
    doc = read_document("First line\nsecond line.\n\nThird line.")
    assert [s.paragraph for s in doc.sentences] == [0, 1, 2]
    assert [p.slice(doc.text) for p in doc.paragraphs] == ["First line", "second line.", "Third line."]

"""Reading: the bundled corpus, cleaning, offsets, and bad input."""

from __future__ import annotations

import datetime as dt
import hashlib
import itertools
import json
import pathlib
from importlib import resources

import pytest
from hypothesis import given
from hypothesis import strategies as st

import claimkit
from claimkit.documents import (
    DocumentBatch,
    ReadFailure,
    iter_documents,
    load_corpus,
    load_corpus_gold,
    read_document,
    read_documents,
)
from claimkit.errors import (
    ClaimkitError,
    DocumentDecodeError,
    DocumentError,
    DocumentNotFoundError,
    EmptyDocumentError,
)
from claimkit.model import DateProvenance, Document, Precision, Source, SourceKind

CORPUS_DIR = pathlib.Path(__file__).resolve().parents[1] / "src" / "claimkit" / "corpus"
NAMES = sorted(p.name for p in CORPUS_DIR.glob("*.txt"))


@pytest.fixture(scope="module")
def corpus() -> dict[str, Document]:
    return {d.source.id: d for d in load_corpus()}


# ------------------------------------------------------------------ corpus


def test_corpus_is_five_documents_in_file_name_order() -> None:
    docs = load_corpus()
    assert [d.source.id + ".txt" for d in docs] == NAMES
    assert len(docs) == 5
    assert claimkit.load_corpus()[0].text == docs[0].text


@pytest.mark.parametrize("name", NAMES)
def test_corpus_text_is_byte_for_byte(name: str, corpus: dict[str, Document]) -> None:
    raw = (CORPUS_DIR / name).read_bytes()
    assert corpus[name[:-4]].text.encode("utf-8") == raw


def test_corpus_is_read_through_importlib_resources() -> None:
    packaged = resources.files("claimkit").joinpath("corpus")
    assert sorted(e.name for e in packaged.iterdir() if e.name.endswith(".txt")) == NAMES


def test_gold_is_bundled() -> None:
    gold = load_corpus_gold()
    assert sorted(gold["documents"]) == NAMES


# What each text supports: (title, authors, outlet, series, identifier, url, kind).
SOURCES = [
    (
        "000_d69e534d39ca228e",
        "Korea sending troops to aid Russia: Analysis on Beijing’s ambiguous role in Eastern Europe and East Asia.",
        (),
        None,
        None,
        None,
        None,
        SourceKind.ANALYSIS,
    ),
    (
        "001_98891f27f73edbb0",
        "North Korean soldiers on the Ukrainian front amid Pyongyang-Seoul power game",
        (),
        "AsiaNews",
        None,
        None,
        None,
        SourceKind.INTERVIEW,
    ),
    (
        "002_24881a71eaa017a8",
        "North Korea in the Ukraine war presages an era of confrontation with China",
        ("Drew Thompson",),
        "RSIS Commentaries",
        "RSIS Commentaries",
        "175-24",
        "https://hdl.handle.net/10356/181436",
        SourceKind.COMMENTARY,
    ),
    (
        "003_ffb700d597de8cc6",
        "North Korea’s Best Soldiers Are Fighting in Ukraine",
        ("Gordon G. Chang",),
        None,
        None,
        None,
        None,
        SourceKind.OPINION,
    ),
    (
        "004_c0fdde8aac91b2ff",
        None,
        (),
        None,
        None,
        None,
        None,
        SourceKind.UNKNOWN,
    ),
]


@pytest.mark.parametrize(
    ("doc_id", "title", "authors", "outlet", "series", "identifier", "url", "kind"), SOURCES
)
def test_corpus_source_fields(
    corpus: dict[str, Document],
    doc_id: str,
    title: str | None,
    authors: tuple[str, ...],
    outlet: str | None,
    series: str | None,
    identifier: str | None,
    url: str | None,
    kind: SourceKind,
) -> None:
    source = corpus[doc_id].source
    assert source.id == doc_id
    assert (source.title, source.authors, source.outlet) == (title, authors, outlet)
    assert (source.series, source.identifier, source.url) == (series, identifier, url)
    assert source.kind is kind


# Published windows: (earliest, latest, provenance, precision), or None for unknown.
PUBLISHED: list[tuple[str, tuple[dt.date | None, dt.date | None, DateProvenance, Precision] | None]] = [
    # "On October 21, 2024, ... revealed": not before that day; nothing bounds it after.
    ("000_d69e534d39ca228e", (dt.date(2024, 10, 21), None, DateProvenance.INFERRED, Precision.DAY)),
    # The latest dated past event is "at the end of 2023, he said".
    ("001_98891f27f73edbb0", (dt.date(2023, 1, 1), None, DateProvenance.INFERRED, Precision.DAY)),
    # The citation states 2024; the download stamp (9 Feb 2025) and the events reported
    # (February 2022) do not narrow it.
    (
        "002_24881a71eaa017a8",
        (dt.date(2024, 1, 1), dt.date(2024, 12, 31), DateProvenance.STATED, Precision.YEAR),
    ),
    # "Now, October 2024, ... have come from North Korea".
    ("003_ffb700d597de8cc6", (dt.date(2024, 10, 1), None, DateProvenance.INFERRED, Precision.DAY)),
    # "On October 23" and "in April" with no year anywhere: unknown stays unknown.
    ("004_c0fdde8aac91b2ff", None),
]


@pytest.mark.parametrize(("doc_id", "expected"), PUBLISHED)
def test_corpus_published_window(
    corpus: dict[str, Document],
    doc_id: str,
    expected: tuple[dt.date | None, dt.date | None, DateProvenance, Precision] | None,
) -> None:
    published = corpus[doc_id].source.published
    if expected is None:
        assert published is None
        return
    assert published is not None
    assert (published.earliest, published.latest, published.provenance, published.precision) == expected


# Furniture each text carries: none of it may be left in the clean view.
FURNITURE = [
    ("000_d69e534d39ca228e", ()),
    ("001_98891f27f73edbb0", ()),
    (
        "002_24881a71eaa017a8",
        (
            "Downloaded on 09 Feb 2025 00:18:40 SGT",
            "These commentaries may be reproduced with prior permission",
            "Block S4, Level B3, 50 Nanyang Avenue, Singapore 639798",
            "S. Rajaratnam School of International Studies, NTU Singapore\n",
            "<https://hdl.handle.net/10356/181436>",
            "Thompson, D. (2024).",
        ),
    ),
    (
        "003_ffb700d597de8cc6",
        (
            "Physical Address",
            "304 North Cardinal St.",
            "Dorchester Center, MA 02124",
            "en_USEnglish",
            "The views expressed in this article are the writer’s own.",
        ),
    ),
    ("004_c0fdde8aac91b2ff", ("Image source: Wikimedia Commons",)),
]


@pytest.mark.parametrize(("doc_id", "furniture"), FURNITURE)
def test_clean_view_sets_furniture_aside(
    corpus: dict[str, Document], doc_id: str, furniture: tuple[str, ...]
) -> None:
    doc = corpus[doc_id]
    for piece in furniture:
        assert piece.strip() in doc.text
        assert piece not in doc.clean
    set_aside = [f.slice(doc.text) for f in doc.furniture]
    for piece in furniture:
        assert any(piece.strip() in f or f in piece for f in set_aside)


@pytest.mark.parametrize(
    ("doc_id", "kept"),
    [
        ("002_24881a71eaa017a8", "Drew Thompson is a Senior Fellow at the S. Rajaratnam School"),
        ("002_24881a71eaa017a8", "North Korea has provided munitions, including artillery"),
        ("002_24881a71eaa017a8", "pay the DPRK US$2,000 per month"),
        ("002_24881a71eaa017a8", 'described as an "Axis of Upheaval"'),
        ("003_ffb700d597de8cc6", "Gordon G. Chang is the author of Plan Red"),
        ("003_ffb700d597de8cc6", "North Korea’s Best Soldiers Are Fighting in Ukraine | Opinion"),
        ("004_c0fdde8aac91b2ff", "On October 23, U.S. National Security Council spokesman John F. Kirby"),
    ],
)
def test_clean_view_keeps_the_article_and_reads_markup_as_text(
    corpus: dict[str, Document], doc_id: str, kept: str
) -> None:
    assert kept in corpus[doc_id].clean


@pytest.mark.parametrize("name", NAMES)
def test_every_clean_character_maps_back(name: str, corpus: dict[str, Document]) -> None:
    doc = corpus[name[:-4]]
    assert doc.offsets.clean_length == len(doc.clean)
    for i, ch in enumerate(doc.clean):
        assert doc.text[doc.offsets.to_original(i)] == ch


@pytest.mark.parametrize("name", NAMES)
def test_every_sentence_maps_to_the_exact_original(name: str, corpus: dict[str, Document]) -> None:
    doc = corpus[name[:-4]]
    assert doc.sentences
    for sentence in doc.sentences:
        assert doc.text[sentence.span.start : sentence.span.end] == sentence.text
        assert doc.clean[sentence.clean_span.start : sentence.clean_span.end] == sentence.clean
        original = doc.clean_to_original(sentence.clean_span.start, sentence.clean_span.end)
        assert sentence.span.contains(original)
        assert doc.paragraphs[sentence.paragraph].contains(sentence.span)
        for furniture in doc.furniture:
            assert not furniture.overlaps(sentence.span)


def test_sentences_are_in_order_and_disjoint(corpus: dict[str, Document]) -> None:
    for doc in corpus.values():
        ends = [(s.span.start, s.span.end) for s in doc.sentences]
        assert all(a[1] <= b[0] for a, b in itertools.pairwise(ends))


@pytest.mark.parametrize(
    ("doc_id", "sentence"),
    [
        (
            "004_c0fdde8aac91b2ff",
            "On October 23, U.S. National Security Council spokesman John F. Kirby stated that the U.S. has "
            "already tracked around 3,000 troops who were transported from North Korea to Vladivostok on "
            "Russia’s eastern coastline.",
        ),
        (
            "001_98891f27f73edbb0",
            "“A recent meeting between South Korea and NATO officials in Brussels [. . .] was extremely useful.",
        ),
        ("000_d69e534d39ca228e", "Wang stated, “Russia is testing how Ukraine and NATO cooperate.”"),
        (
            "002_24881a71eaa017a8",
            "North Korea has provided [munitions](#), including artillery and rockets, "
            "which Russia has used against Ukraine.",
        ),
        (
            "003_ffb700d597de8cc6",
            "Gordon G. Chang is the author of Plan Red: China’s Project to Destroy America "
            "and The Coming Collapse of China.",
        ),
    ],
)
def test_corpus_sentences_stay_whole(corpus: dict[str, Document], doc_id: str, sentence: str) -> None:
    assert sentence in [s.text for s in corpus[doc_id].sentences]


@pytest.mark.parametrize(
    ("doc_id", "headings"),
    [
        (
            "002_24881a71eaa017a8",
            ("SYNOPSIS", "COMMENTARY", "DPRK Deploys Troops to Russia", "Conclusion"),
        ),
        (
            "001_98891f27f73edbb0",
            ("North Korean soldiers on the Ukrainian front amid Pyongyang-Seoul power game",),
        ),
    ],
)
def test_headings_are_their_own_sentences(
    corpus: dict[str, Document], doc_id: str, headings: tuple[str, ...]
) -> None:
    found = {s.text for s in corpus[doc_id].sentences if s.heading}
    assert set(headings) <= found
    body = {s.text for s in corpus[doc_id].sentences if not s.heading}
    assert not any(s.endswith((".", "?", "!")) and len(s) > 200 for s in found)
    assert body


def test_paragraphs_never_merge_across_line_breaks(corpus: dict[str, Document]) -> None:
    for doc in corpus.values():
        for p in doc.paragraphs:
            assert "\n" not in p.slice(doc.text)


# ------------------------------------------------------------------ inputs


def test_text_without_a_file_gets_a_content_id() -> None:
    text = "Officials said 1,500 troops left."
    doc = read_document(text)
    assert doc.source.id == "doc-" + hashlib.sha256(text.encode()).hexdigest()[:12]
    assert doc.path is None


def test_path_str_and_pathlib(tmp_path: pathlib.Path) -> None:
    f = tmp_path / "report.txt"
    f.write_text("Troops sent\n\nOfficials said 1,500 troops left.", encoding="utf-8")
    by_path = read_document(f)
    by_str = read_document(str(f))
    assert by_path.text == by_str.text == f.read_text(encoding="utf-8")
    assert by_path.source.id == "report"
    assert by_path.path == str(f)


def test_sidecar_metadata_wins_over_inference(tmp_path: pathlib.Path) -> None:
    f = tmp_path / "article.txt"
    f.write_text("Inferred title\n\nBy Ann Lee\n\nOfficials said 1,500 troops left.", encoding="utf-8")
    (tmp_path / "article.json").write_text(
        json.dumps({"title": "Given title", "outlet": "The Daily", "published": None}), encoding="utf-8"
    )
    source = read_document(f).source
    assert (source.id, source.title, source.outlet, source.authors) == (
        "article",
        "Given title",
        "The Daily",
        ("Ann Lee",),
    )


def test_supplied_source_wins_over_inference() -> None:
    doc = read_document("Inferred title\n\nOfficials said so.", source=Source(id="mine", title="Mine"))
    assert (doc.source.id, doc.source.title) == ("mine", "Mine")


@pytest.mark.parametrize(
    ("data", "text"),
    [
        (b"Troops sent.\r\nMore left.\r\n", "Troops sent.\r\nMore left.\r\n"),
        (b"\xef\xbb\xbfTroops sent.", "\ufeffTroops sent."),
        ("Café in Kyiv: 1,500 “troops” sent.".encode("cp1252"), "Café in Kyiv: 1,500 “troops” sent."),
    ],
)
def test_bytes_and_files_decode(tmp_path: pathlib.Path, data: bytes, text: str) -> None:
    f = tmp_path / "in.txt"
    f.write_bytes(data)
    for doc in (read_document(data), read_document(f)):
        assert doc.text == text
        assert "\r" not in doc.clean
        assert "\ufeff" not in doc.clean
        for s in doc.sentences:
            assert doc.text[s.span.start : s.span.end] == s.text


def test_windows_line_endings_keep_paragraphs_apart() -> None:
    doc = read_document("Heading\r\n\r\nFirst paragraph here.\r\nSecond one.")
    assert [s.text for s in doc.sentences] == ["Heading", "First paragraph here.", "Second one."]
    assert doc.sentences[0].heading
    assert doc.clean == "Heading\n\nFirst paragraph here.\nSecond one."


@pytest.mark.parametrize(
    ("make", "error"),
    [
        (lambda d: d / "missing.txt", DocumentNotFoundError),
        (lambda d: str(d / "missing.txt"), DocumentNotFoundError),
        (lambda d: d, DocumentError),
    ],
)
def test_bad_paths_name_the_file(tmp_path: pathlib.Path, make: object, error: type[ClaimkitError]) -> None:
    assert callable(make)
    target = make(tmp_path)
    with pytest.raises(error) as info:
        read_document(target)
    assert str(tmp_path) in str(info.value)


@pytest.mark.parametrize(
    ("data", "error"),
    [
        (b"\x00\x01\x02binary\x00\x00", DocumentDecodeError),
        (b"", EmptyDocumentError),
        (b"  \n\t\r\n ", EmptyDocumentError),
        (b"\xef\xbb\xbf\n", EmptyDocumentError),
    ],
)
def test_bad_bytes_give_claimkit_errors_naming_the_file(
    tmp_path: pathlib.Path, data: bytes, error: type[ClaimkitError]
) -> None:
    f = tmp_path / "bad.txt"
    f.write_bytes(data)
    with pytest.raises(error, match=r"bad\.txt"):
        read_document(f)
    with pytest.raises(error):
        read_document(data)


@pytest.mark.parametrize("text", ["", "   ", "\n\n", "\ufeff"])
def test_empty_text_is_refused(text: str) -> None:
    with pytest.raises(EmptyDocumentError):
        read_document(text)


def test_errors_are_builtin_exceptions_too(tmp_path: pathlib.Path) -> None:
    with pytest.raises(FileNotFoundError):
        read_document(tmp_path / "nope.txt")
    with pytest.raises(UnicodeError):
        read_document(b"\x00\x00\x00")
    with pytest.raises(ValueError, match="empty"):
        read_document("")


# --------------------------------------------------------------- batches


def test_directory_read_reports_failures_and_returns_the_rest(tmp_path: pathlib.Path) -> None:
    (tmp_path / "a.txt").write_text("First text here.", encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"\x00\x00binary")
    (tmp_path / "c.md").write_text("Third text here.", encoding="utf-8")
    (tmp_path / "d.txt").write_text("  ", encoding="utf-8")
    (tmp_path / "notes.json").write_text("{}", encoding="utf-8")
    batch = read_documents(tmp_path)
    assert isinstance(batch, DocumentBatch)
    assert isinstance(batch, tuple)
    assert [d.source.id for d in batch] == ["a", "c"]
    assert [pathlib.Path(f.path).name for f in batch.failures] == ["b.txt", "d.txt"]
    assert all(isinstance(f, ReadFailure) for f in batch.failures)
    assert isinstance(batch.failures[0].error, DocumentDecodeError)
    with pytest.raises(DocumentError, match=r"2 of 4 files failed.*b\.txt.*d\.txt"):
        read_documents(tmp_path, strict=True)


def test_directory_without_text_files(tmp_path: pathlib.Path) -> None:
    (tmp_path / "x.json").write_text("{}", encoding="utf-8")
    with pytest.raises(DocumentNotFoundError, match="no text files"):
        read_documents(tmp_path)


def test_iter_documents_streams_and_can_skip(tmp_path: pathlib.Path) -> None:
    (tmp_path / "a.txt").write_text("First text here.", encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"")
    it = iter_documents(tmp_path)
    assert next(it).source.id == "a"
    with pytest.raises(EmptyDocumentError):
        next(it)
    failures: list[ReadFailure] = []
    assert [d.source.id for d in iter_documents(tmp_path, on_error=failures.append)] == ["a"]
    assert len(failures) == 1


def test_read_documents_of_the_corpus_directory_matches_load_corpus() -> None:
    batch = read_documents(CORPUS_DIR)
    assert [d.text for d in batch] == [d.text for d in load_corpus()]
    assert batch.failures == ()


@pytest.mark.parametrize(
    ("text", "furniture"),
    [
        (
            "Troops\n\nOfficials said so.\n\n(Reporting by Ann Lee; Editing by Bo Kim)",
            ["(Reporting by Ann Lee; Editing by Bo Kim)"],
        ),
        ("Troops\n\nOfficials said so.\n\nPhoto credit: Reuters", ["Photo credit: Reuters"]),
        ("Troops\n\nOfficials said so.\n\nde_DEDeutsch", ["de_DEDeutsch"]),
        (
            "Troops\n\nOfficials said so.\n\n© 2024 The Daily. All rights reserved.",
            ["© 2024 The Daily. All rights reserved."],
        ),
        (
            "Contact\n\n12 High Street\nSpringfield, IL 62701\n\nTroops\n\nOfficials said so.",
            ["Contact", "12 High Street", "Springfield, IL 62701"],
        ),
        # a credit line names the reporters, but the story stays
        ("Troops\n\nReporting by rail was slow, officials said.", []),
        # a street named in the story is no address block
        ("Troops\n\nProtesters gathered at 10 Downing Street on Monday.\n\nPolice watched.", []),
    ],
)
def test_furniture_rules(text: str, furniture: list[str]) -> None:
    doc = read_document(text)
    assert [f.slice(doc.text) for f in doc.furniture] == furniture
    for piece in furniture:
        assert piece not in doc.clean


@given(
    st.lists(st.tuples(st.integers(0, 60), st.integers(0, 8)), max_size=8),
    st.lists(st.integers(-3, 200), min_size=1, max_size=20),
)
def test_position_map_is_to_original(gaps: list[tuple[int, int]], positions: list[int]) -> None:
    from claimkit.documents._read import _position_map
    from claimkit.model import OffsetMap

    kept, at = [], 0
    for gap, length in gaps:  # ranges kept in order, with gaps set aside between them
        kept.append((at + gap, at + gap + length))
        at += gap + length
    offsets = OffsetMap.from_kept(kept)
    to_original = _position_map(offsets)
    assert [to_original(p) for p in positions] == [offsets.to_original(p) for p in positions]

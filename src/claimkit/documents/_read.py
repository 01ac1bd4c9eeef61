"""Reading: resolve the input, decode bytes, and build the Document."""

from __future__ import annotations

import bisect
import json
import os
import pathlib
from collections.abc import Callable, Iterable, Iterator, Sequence
from importlib import resources
from typing import Any

import attrs

from claimkit.documents._clean import clean_text
from claimkit.documents._sentences import _split_sentences
from claimkit.documents._source import infer_source, merge_sources, text_id
from claimkit.errors import (
    ClaimkitError,
    DocumentDecodeError,
    DocumentError,
    DocumentNotFoundError,
    EmptyDocumentError,
    ModelTypeError,
)
from claimkit.model import Document, OffsetMap, Sentence, Source, Span, _new, _slot_setters

#: What the readers accept for one document: text, a path, or raw bytes.
PathOrText = str | bytes | os.PathLike[str]

#: File name endings read as text from a directory.
TEXT_SUFFIXES = (".txt", ".md", ".text", ".markdown")

_MAX_PATH_LENGTH = 4096
_BINARY_PROBE = 8000


# ----------------------------------------------------------------- decoding


def decode_bytes(data: bytes, *, path: str | None = None, encoding: str | None = None) -> str:
    """Decode a file's bytes: UTF-8 (a BOM is kept in the text), else cp1252.

    The text keeps every character the bytes hold, so ``text.encode()`` gives
    the UTF-8 bytes back; a leading BOM stays in ``Document.text`` and is left
    out of the clean view.

    Raises:
        DocumentDecodeError: the bytes look binary (a NUL byte among the first
            8000) or decode in neither encoding.

    >>> decode_bytes("café".encode("cp1252"))
    'café'
    """
    if encoding is not None:
        try:
            return data.decode(encoding)
        except (UnicodeDecodeError, LookupError) as err:
            raise DocumentDecodeError(f"cannot decode as {encoding}: {err}", path) from err
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as err:
            raise DocumentDecodeError(f"bad UTF-16 text: {err}", path) from err
    if b"\x00" in data[:_BINARY_PROBE]:
        raise DocumentDecodeError("binary data (NUL bytes), not text", path)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError as err:
        raise DocumentDecodeError(
            f"not UTF-8 and not cp1252 text ({err.reason} at byte {err.start})", path
        ) from err


# ------------------------------------------------------------------ paths


def _as_path(value: str | os.PathLike[str]) -> pathlib.Path | None:
    """The path ``value`` names, or ``None`` if it is text (see :func:`read_document`)."""
    if isinstance(value, pathlib.PurePath) or (not isinstance(value, str) and isinstance(value, os.PathLike)):
        return pathlib.Path(value)
    assert isinstance(value, str)
    if not value or "\n" in value or "\r" in value or "\x00" in value or len(value) > _MAX_PATH_LENGTH:
        return None
    if value.strip() != value:
        return None
    try:
        if os.path.isfile(value):
            return pathlib.Path(value)
    except (OSError, ValueError):
        return None
    if value.lower().endswith(TEXT_SUFFIXES) and " " not in value.strip():
        return pathlib.Path(value)
    return None


def _read_path(path: pathlib.Path, encoding: str | None) -> str:
    name = str(path)
    if path.is_dir():
        raise DocumentError("is a directory; read it with read_documents()", name)
    try:
        data = path.read_bytes()
    except FileNotFoundError as err:
        raise DocumentNotFoundError("no such file", name) from err
    except OSError as err:
        raise DocumentError(f"cannot read: {err.strerror or err}", name) from err
    return decode_bytes(data, path=name, encoding=encoding)


def _sidecar(path: pathlib.Path) -> Source | None:
    """Source fields from ``<stem>.json`` beside the file, if there is one."""
    side = path.with_suffix(".json")
    if not side.is_file():
        return None
    from claimkit.serialize import from_dict

    name = str(side)
    try:
        data = json.loads(side.read_bytes())
    except (OSError, ValueError) as err:
        raise DocumentError(f"unreadable source metadata: {err}", name) from err
    if not isinstance(data, dict):
        raise DocumentError("source metadata must be a JSON object of Source fields", name)
    data.setdefault("id", path.stem)
    try:
        return from_dict(data, Source)
    except ClaimkitError as err:
        raise DocumentError(f"bad source metadata: {err}", name) from err


# ---------------------------------------------------------------- building

# The slots' setters of a span and a sentence, for building them as their ``_trusted`` constructors do.
_SPAN_SETTERS = _slot_setters(Span, "start end")
_SENTENCE_SETTERS = _slot_setters(Sentence, "span text clean clean_span paragraph heading")


def _build(text: str, *, source: Source | None, source_id: str, path: str | None) -> Document:
    if not text.strip() or not text.replace("\ufeff", "").strip():
        raise EmptyDocumentError("empty document (no text, or only whitespace)", path)
    cleaned = clean_text(text)
    clean = cleaned.clean
    offsets = cleaned.offsets
    to_original = _position_map(offsets)
    pieces = offsets.pieces
    starts = [piece[0] for piece in pieces]
    sentences: list[Sentence] = []
    clean_spans: list[tuple[int, int]] = []
    new = _new
    bisect_right = bisect.bisect_right
    set_start, set_end = _SPAN_SETTERS
    set_span, set_text, set_clean, set_clean_span, set_paragraph, set_heading = _SENTENCE_SETTERS
    for index, ((p_start, p_end), (c_start, c_end)) in enumerate(
        zip(cleaned.paragraphs, cleaned.clean_paragraphs, strict=True)
    ):
        para = clean[c_start:c_end]
        heading = _is_heading(para)
        parts = [(0, len(para))] if heading else _split_sentences(para)
        for s, e in parts:
            cs, ce = c_start + s, c_start + e
            # Markup set aside right at a sentence's edge (the "[" of a link, the "**" of emphasis) belongs to that
            # sentence's original text. ``_original_range``, its common case spelt out: every position it reads
            # lies in one kept piece, where the map is a shift.
            lo = cs - 1 if cs > c_start else cs
            hi = ce if ce < c_end else ce - 1
            k = bisect_right(starts, lo) - 1
            if k >= 0 and hi < pieces[k][0] + pieces[k][2]:
                shift = pieces[k][1] - pieces[k][0]
                o_start = cs + shift if cs > c_start else min(p_start, cs + shift)
                o_end = ce + shift if ce < c_end else max(p_end, ce + shift)
            else:
                o_start, o_end = _original_range(
                    cs, ce, (c_start, c_end, p_start, p_end), pieces, starts, to_original
                )
            if 0 <= o_start <= o_end and 0 <= cs <= ce:  # always, by construction: build without validation
                # ``Sentence._trusted`` and ``Span._trusted`` spelt out: three calls a sentence fewer.
                span = new(Span)
                set_start(span, o_start)
                set_end(span, o_end)
                clean_span = new(Span)
                set_start(clean_span, cs)
                set_end(clean_span, ce)
                sentence = new(Sentence)
                set_span(sentence, span)
                set_text(sentence, text[o_start:o_end])
                set_clean(sentence, clean[cs:ce])
                set_clean_span(sentence, clean_span)
                set_paragraph(sentence, index)
                set_heading(sentence, heading)
                sentences.append(sentence)
            else:  # pragma: no cover - kept so a broken invariant fails loudly, as the validators would
                sentences.append(
                    Sentence(
                        span=Span(o_start, o_end),
                        text=text[o_start:o_end],
                        clean=clean[cs:ce],
                        clean_span=Span(cs, ce),
                        paragraph=index,
                        heading=heading,
                    )
                )
            clean_spans.append((cs, ce))
    inferred = infer_source(text, cleaned, clean_spans, source_id=source_id)
    final = merge_sources(source, inferred) if source is not None else inferred
    return Document(
        text=text,
        source=final,
        clean=clean,
        offsets=offsets,
        sentences=tuple(sentences),
        paragraphs=tuple(Span._trusted(s, e) for s, e in cleaned.paragraphs),  # stripped lines: 0 <= s < e
        furniture=tuple(Span(s, e) for s, e in cleaned.furniture),
        path=path,
    )


def _original_range(
    cs: int,
    ce: int,
    paragraph: tuple[int, int, int, int],
    pieces: Sequence[tuple[int, int, int]],
    starts: Sequence[int],
    to_original: Callable[[int], int],
) -> tuple[int, int]:
    """The original range of a sentence at ``[cs, ce)`` of the clean view, in a paragraph at ``paragraph``.

    ``paragraph`` is its clean and original ranges ``(c_start, c_end, p_start, p_end)``; ``pieces`` and
    ``starts`` are the offset map's pieces and their clean starts, ``to_original`` its position map.
    Markup set aside right at a sentence's edge (the "[" of a link, the "**" of emphasis) belongs to that
    sentence's original text.

    >>> m = OffsetMap.from_kept([(0, 3), (5, 9)])  # "abc--fghi": "ab|c" keeps the "--" after it
    >>> [_original_range(s, e, (0, 7, 0, 9), m.pieces, [0, 3], _position_map(m)) for s, e in [(0, 3), (4, 6)]]
    [(0, 5), (6, 8)]
    """
    c_start, c_end, p_start, p_end = paragraph
    lo = cs - 1 if cs > c_start else cs
    hi = ce if ce < c_end else ce - 1
    k = bisect.bisect_right(starts, lo) - 1
    if k >= 0 and hi < pieces[k][0] + pieces[k][2]:
        # Every position read lies in one kept piece, where the map is a shift: one search, not four.
        shift = pieces[k][1] - pieces[k][0]
        o_start = cs + shift if cs > c_start else min(p_start, cs + shift)
        o_end = ce + shift if ce < c_end else max(p_end, ce + shift)
        return o_start, o_end
    o_start = to_original(cs - 1) + 1 if cs > c_start else p_start
    o_end = to_original(ce) if ce < c_end else p_end
    return min(o_start, to_original(cs)), max(o_end, to_original(ce - 1) + 1)


def _position_map(offsets: OffsetMap) -> Callable[[int], int]:
    """:meth:`OffsetMap.to_original` with the map's constants read once (called four times a sentence).

    >>> m = OffsetMap.from_kept([(0, 3), (5, 9)])
    >>> f = _position_map(m)
    >>> [f(p) for p in range(-1, 9)] == [m.to_original(p) for p in range(-1, 9)]
    True
    """
    pieces = offsets.pieces
    if not pieces:
        return lambda position: 0
    starts = [piece[0] for piece in pieces]
    last_clean, last_original, last_length = pieces[-1]
    clean_length = last_clean + last_length
    past_end = last_original + last_length
    bisect_right = bisect.bisect_right

    def to_original(position: int) -> int:
        if position >= clean_length:
            return past_end + (position - clean_length)
        i = bisect_right(starts, position) - 1
        c, o, _ = pieces[i if i > 0 else 0]
        return o + (position - c)

    return to_original


def _is_heading(paragraph: str) -> bool:
    """A short line without terminal punctuation standing alone: a heading."""
    if len(paragraph) > 150 or len(paragraph.split()) > 20:
        return False
    last = paragraph.rstrip("\"'”’)]*")[-1:] or paragraph[-1]
    if last in ".!?…:;,":
        return False
    first = paragraph.lstrip("\"'“‘([*#")[:1]
    return first.isupper() or first.isdigit()


# ------------------------------------------------------------------ public


def read_document(
    text_or_path: PathOrText,
    *,
    source: Source | None = None,
    encoding: str | None = None,
) -> Document:
    r"""Read one document from text, bytes or a path.

    A :class:`pathlib.Path` (or any ``os.PathLike``) is always a path. A ``str``
    is a path when it is one short line that names an existing file, or ends in
    ``.txt``/``.md`` (then a missing file is an error); any other ``str`` is the
    text itself. Bytes are decoded as a file's would be.

    The ``source`` given (or a sidecar ``<stem>.json`` of Source fields beside
    a file) wins over inference, field by field: fields it leaves unknown are
    filled in from the text.

    Args:
        text_or_path: the text, its bytes, or the path of a text file.
        source: what is known of the document's source.
        encoding: force an encoding for bytes and files (default: UTF-8, else cp1252).

    Returns:
        The :class:`~claimkit.model.Document`.

    Raises:
        DocumentNotFoundError: a path that does not exist.
        DocumentDecodeError: bytes that are not text.
        EmptyDocumentError: empty or whitespace-only input.
        DocumentError: any other unreadable input (a directory, an unreadable file).

    >>> doc = read_document("Troops sent\n\nOn Monday, Gen. Kim said 1,500 left. More may follow.")
    >>> [s.text for s in doc.sentences]
    ['Troops sent', 'On Monday, Gen. Kim said 1,500 left.', 'More may follow.']
    >>> doc.source.title
    'Troops sent'
    """
    if isinstance(text_or_path, bytes | bytearray):
        text = decode_bytes(bytes(text_or_path), encoding=encoding)
        return _build(text, source=source, source_id=source.id if source else text_id(text), path=None)
    if not isinstance(text_or_path, str | os.PathLike):
        raise DocumentError(f"expected text, bytes or a path, got {type(text_or_path).__name__}")
    path = _as_path(text_or_path)
    if path is None:
        assert isinstance(text_or_path, str)
        text = text_or_path
        return _build(text, source=source, source_id=source.id if source else text_id(text), path=None)
    text = _read_path(path, encoding)
    supplied = source if source is not None else _sidecar(path)
    return _build(text, source=supplied, source_id=supplied.id if supplied else path.stem, path=str(path))


@attrs.frozen
class ReadFailure:
    """A file a batch read could not read, and why."""

    path: str
    error: ClaimkitError


class DocumentBatch(tuple[Document, ...]):
    """The documents a batch read returned, in order, with ``failures`` beside them.

    >>> DocumentBatch([]).failures
    ()
    """

    # A tuple subclass cannot have non-empty __slots__, so failures live in __dict__.
    failures: tuple[ReadFailure, ...]

    def __new__(
        cls, documents: Iterable[Document] = (), failures: Iterable[ReadFailure] = ()
    ) -> DocumentBatch:
        self = super().__new__(cls, documents)
        self.failures = tuple(failures)
        return self

    def __repr__(self) -> str:
        return f"DocumentBatch({len(self)} documents, {len(self.failures)} failures)"


def _expand(paths: PathOrText | Iterable[PathOrText]) -> list[pathlib.Path]:
    """The files to read: a directory's text files (sorted), or the paths given."""
    if isinstance(paths, str | bytes | os.PathLike):
        items: list[Any] = [paths]
    else:
        try:
            items = list(paths)
        except TypeError as err:
            raise ModelTypeError("paths", paths, "a path, a directory, or an iterable of paths") from err
    files: list[pathlib.Path] = []
    for index, item in enumerate(items):
        if not isinstance(item, str | bytes | os.PathLike):
            raise ModelTypeError(f"paths[{index}]", item, "a str or os.PathLike path")
        if isinstance(item, bytes):
            item = os.fsdecode(item)
        path = pathlib.Path(item)
        if path.is_dir():
            found = sorted(
                p for p in path.iterdir() if p.is_file() and p.name.lower().endswith(TEXT_SUFFIXES)
            )
            if not found:
                raise DocumentNotFoundError(
                    f"no text files ({', '.join(TEXT_SUFFIXES)}) in this directory", str(path)
                )
            files.extend(found)
        else:
            files.append(path)
    return files


def iter_documents(
    paths: PathOrText | Iterable[PathOrText],
    *,
    encoding: str | None = None,
    on_error: Callable[[ReadFailure], None] | None = None,
) -> Iterator[Document]:
    """Read documents one at a time, holding only the current one in memory.

    Args:
        paths: a directory (its text files, sorted by name), a file, or several.
        encoding: force an encoding (default: UTF-8, else cp1252).
        on_error: called with each :class:`ReadFailure`; reading goes on. Without
            it the first failure is raised.

    Raises:
        DocumentNotFoundError: a directory with no text files.
        DocumentError: a file that cannot be read (unless ``on_error`` is given).

    >>> list(iter_documents([]))
    []
    """
    for path in _expand(paths):
        try:
            yield read_document(path, encoding=encoding)
        except DocumentError as err:
            if on_error is None:
                raise
            on_error(ReadFailure(str(path), err))


def read_documents(
    paths: PathOrText | Iterable[PathOrText],
    *,
    strict: bool = False,
    encoding: str | None = None,
) -> DocumentBatch:
    """Read every text file of a directory, or the files given.

    Files that fail are reported in ``failures`` and the rest are returned;
    with ``strict=True`` one :class:`~claimkit.errors.DocumentError` lists them all.

    Raises:
        DocumentNotFoundError: a directory with no text files.
        DocumentError: with ``strict=True``, if any file failed.

    >>> batch = read_documents(["no/such/file.txt"])
    >>> len(batch), batch.failures[0].path
    (0, 'no/such/file.txt')
    """
    failures: list[ReadFailure] = []
    documents = list(iter_documents(paths, encoding=encoding, on_error=failures.append))
    if strict and failures:
        listing = "; ".join(str(f.error) for f in failures)
        raise DocumentError(f"{len(failures)} of {len(failures) + len(documents)} files failed: {listing}")
    return DocumentBatch(documents, failures)


def _corpus_dir() -> Any:
    return resources.files("claimkit").joinpath("corpus")


def load_corpus() -> tuple[Document, ...]:
    """The bundled corpus: five documents, sorted by file name, read byte for byte.

    Works from an installed wheel as well as a checkout (``importlib.resources``).

    >>> docs = load_corpus()
    >>> len(docs), docs[0].source.id
    (5, '000_d69e534d39ca228e')
    """
    entries = sorted((e for e in _corpus_dir().iterdir() if e.name.endswith(".txt")), key=lambda e: e.name)
    documents = []
    for entry in entries:
        name = entry.name
        text = decode_bytes(entry.read_bytes(), path=name)
        stem = name.rsplit(".", 1)[0]
        documents.append(_build(text, source=None, source_id=stem, path=f"claimkit/corpus/{name}"))
    return tuple(documents)


def corpus_gold_text() -> str:
    """The bundled ``gold.json`` as text (for the evaluator)."""
    return str(_corpus_dir().joinpath("gold.json").read_text(encoding="utf-8"))


def load_corpus_gold() -> dict[str, Any]:
    """The bundled ``gold.json``: the reference annotation of the corpus.

    >>> sorted(load_corpus_gold()["documents"])[0]
    '000_d69e534d39ca228e.txt'
    """
    data = json.loads(corpus_gold_text())
    assert isinstance(data, dict)
    return data

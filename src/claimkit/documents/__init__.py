"""Reading: raw text in, :class:`~claimkit.model.Document` out (placeholder until issue 3 lands)."""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator

from claimkit.model import Document, Source

__all__ = ["iter_documents", "load_corpus", "read_document", "read_documents"]

PathOrText = str | os.PathLike[str]


def read_document(text_or_path: PathOrText, *, source: Source | None = None) -> Document:
    """Read one document from text or a path."""
    raise NotImplementedError


def read_documents(paths: PathOrText | Iterable[PathOrText]) -> tuple[Document, ...]:
    """Read every text file of a directory, or the given paths."""
    raise NotImplementedError


def iter_documents(paths: PathOrText | Iterable[PathOrText]) -> Iterator[Document]:
    """Read documents one at a time (streaming)."""
    raise NotImplementedError


def load_corpus() -> tuple[Document, ...]:
    """The bundled corpus, in a stable order."""
    raise NotImplementedError

"""Reading: raw text in, :class:`~claimkit.model.Document` out.

A document keeps its original text unchanged, a clean reading view with page
furniture (address blocks, download stamps, disclaimers, image credits) and
markup residue (Markdown links, escapes, emphasis) set aside, an offset map
from the clean view back to the original, its paragraphs and sentences, and a
:class:`~claimkit.model.Source` holding what the text says of where it came from.

>>> doc = read_document("Milan (AsiaNews) – Some [10,000](#) troops were sent, U.S. officials said.")
>>> doc.source.outlet, doc.clean
('AsiaNews', 'Milan (AsiaNews) – Some 10,000 troops were sent, U.S. officials said.')
>>> s = doc.sentences[0]
>>> doc.text[s.span.start : s.span.end] == s.text
True
"""

from __future__ import annotations

from claimkit.documents._read import (
    DocumentBatch,
    PathOrText,
    ReadFailure,
    corpus_gold_text,
    decode_bytes,
    iter_documents,
    load_corpus,
    load_corpus_gold,
    read_document,
    read_documents,
)
from claimkit.documents._sentences import split_sentences

__all__ = [
    "DocumentBatch",
    "PathOrText",
    "ReadFailure",
    "corpus_gold_text",
    "decode_bytes",
    "iter_documents",
    "load_corpus",
    "load_corpus_gold",
    "read_document",
    "read_documents",
    "split_sentences",
]

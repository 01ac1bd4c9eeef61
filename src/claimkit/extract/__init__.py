"""Extraction: from a :class:`~claimkit.model.Document` to claims and stances.

``extract_claims`` finds the numeric claims about military personnel (what is
counted, whose, how qualified, who says so, through whom and for when);
``extract_stances`` the positions actors take on a reported fact. Numbers are
read by :mod:`claimkit.extract.numbers`, actors resolved by the gazetteer in
:mod:`claimkit.extract.actors`.

>>> from claimkit.documents import read_document
>>> doc = read_document("Pyongyang denied sending 3,000 troops to Russia, the agency said.")
>>> [s.polarity.value for s in extract_stances(doc)]
['denies']
"""

from __future__ import annotations

from claimkit.extract.claims import extract_claims
from claimkit.extract.collection import collection_anchor, extract_collection
from claimkit.extract.numbers import find_numbers as extract_quantities
from claimkit.extract.numbers import parse_quantity
from claimkit.extract.stances import extract_stances

__all__ = [
    "collection_anchor",
    "extract_claims",
    "extract_collection",
    "extract_quantities",
    "extract_stances",
    "parse_quantity",
]

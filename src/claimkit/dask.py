"""Scale-out on Dask: extract a directory of documents in parallel, reconcile per partition, fold.

Needs the ``dask`` extra (``pip install 'claimkit[dask]'``); dask is imported
inside the functions, so ``import claimkit.dask`` itself costs nothing.

Why the result is exact
-----------------------
Every stage of claimkit is a pure function of its input, and merging
estimates is an algebra: ``merge(reconcile(a), reconcile(b))`` equals
``reconcile(a + b)``, whatever the split and the order of the parts. So a
corpus can be cut into partitions, each partition read, extracted and
reconciled where it lies, and the partial estimates folded with
:func:`claimkit.merge`. The result is *the same* estimate the single-process
path gives — equal, and byte-identical as JSON — not an approximation of it.

Recipe: a local Dask cluster
----------------------------
::

    from dask.distributed import Client, LocalCluster   # or no client: the local scheduler
    import claimkit.dask as ckd

    client = Client(LocalCluster(n_workers=4))
    bag = ckd.extract_bag("reports/", npartitions=16)   # a dask.bag.Bag of Claim
    estimate = ckd.reconcile_bag(bag, measure="deployed")
    print(estimate)

Without a distributed client, ``reconcile_bag(bag, scheduler="processes")``
uses a local process pool, and ``scheduler="synchronous"`` runs everything in
the calling thread (handy in a debugger).

Recipe: the same functions on Spark
-----------------------------------
Nothing in claimkit depends on Dask; the helpers here only arrange three
plain, picklable functions, which run unchanged on any engine that maps over
partitions and collects or reduces (PySpark shown; no claimkit change needed)::

    from pathlib import Path
    from claimkit.dask import claims_of_path, fold_estimates, reconcile_partition

    options = {"measure": "deployed"}
    paths = sc.parallelize(sorted(str(p) for p in Path("reports/").glob("*.txt")), 16)
    claims = paths.flatMap(claims_of_path)                        # read + extract, file by file
    partials = claims.mapPartitions(reconcile_partition(**options))   # <= 1 Partial per partition
    estimate = fold_estimates(partials.collect(), **options)      # merge on the driver

``reconcile_partition(**options)`` returns a callable that turns an iterator
of claims into a list of at most one :class:`Partial`: the partition's
estimate, or, when none of its claims qualifies on its own, the claims
themselves (they still belong in the final exclusions, and pooled they may
qualify). ``fold_estimates`` merges the estimates with :func:`claimkit.merge`
and reconciles any such claims with them. When every partition yields an
estimate, a tree reduction works as well:
``partials.map(lambda p: p.estimate).reduce(claimkit.merge)`` — merge is
associative and commutative, so the order of the reduction does not matter.

What must be picklable
----------------------
What crosses process boundaries: the paths (strings), the
:class:`~claimkit.model.Claim` objects and everything they hold (frozen attrs
classes of strings, numbers, dates, enums and tuples: all picklable), the
partial :class:`~claimkit.reconciliation.Estimate` objects, the reconcile
options (enum members, dates, strings, a policy object: all module-level
classes) and the module-level functions above. Lambdas and closures are not
used, so the standard library's :mod:`pickle` suffices — cloudpickle is not
needed. Workers need claimkit installed (same version) but no access to the
driver's memory: each reads its own files, so the paths must be visible to
the workers (a shared filesystem, or object-store URLs read by your own
loader followed by :func:`claimkit.read_document` on the text).

>>> from importlib.resources import files
>>> corpus = files("claimkit") / "corpus"
>>> bag = extract_bag(str(corpus), npartitions=2)
>>> bag.npartitions
2
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import attrs

from claimkit._optional import import_optional
from claimkit.errors import DocumentNotFoundError, EmptyEstimateError
from claimkit.model import Claim
from claimkit.reconciliation import Estimate, merge, reconcile

__all__ = [
    "Partial",
    "claims_of_path",
    "extract_bag",
    "fold_estimates",
    "reconcile_bag",
    "reconcile_partition",
]

PathLike = str | os.PathLike[str]


def _dask_bag() -> Any:
    return import_optional("dask.bag", extra="dask", feature="claimkit.dask", package="dask")


def _expand(paths: PathLike | Iterable[PathLike]) -> list[str]:
    """The files to read, as strings (cheap to ship), chosen and ordered as the reader does."""
    # The reader's own rule (text suffixes, sorted by name) keeps the file set, and so the
    # estimate, identical to the single-process path.
    from claimkit.documents._read import _expand as reader_expand

    files = [str(p) for p in reader_expand(paths)]
    for name in files:
        if not Path(name).is_file():
            raise DocumentNotFoundError("no such file or directory", name)
    return files


def claims_of_path(path: str) -> tuple[Claim, ...]:
    """Read one file and extract its claims (a plain function: picklable, engine-agnostic).

    Args:
        path: a text file.

    Returns:
        The claims of the document, in document order.

    Raises:
        DocumentError: the file cannot be read (see :func:`claimkit.read_document`).

    >>> from importlib.resources import files
    >>> path = sorted(str(p) for p in (files("claimkit") / "corpus").iterdir() if p.name.endswith(".txt"))[0]
    >>> all(c.evidence for c in claims_of_path(path))
    True
    """
    from claimkit.documents import read_document
    from claimkit.extract import extract_claims

    return tuple(extract_claims(read_document(Path(path))))


def extract_bag(paths: PathLike | Iterable[PathLike], *, npartitions: int | None = None) -> Any:
    """A :class:`dask.bag.Bag` of the claims of every document under ``paths``.

    Nothing is read until the bag is computed; each worker reads and extracts
    its own files, one document at a time.

    Args:
        paths: a directory (its text files are read), a file, or an iterable of them.
        npartitions: how many partitions; by default one per 8 files, at least 1.

    Returns:
        A ``dask.bag.Bag`` whose items are :class:`~claimkit.model.Claim` objects.

    Raises:
        DocumentNotFoundError: a path does not exist, or a directory holds no text files.
        MissingDependencyError: dask is not installed.
        ValueError: ``npartitions`` is not a positive int (a :class:`~claimkit.errors.ValidationError`).

    >>> from importlib.resources import files
    >>> bag = extract_bag(str(files("claimkit") / "corpus"), npartitions=3)
    >>> bag.npartitions
    3
    """
    from claimkit.errors import ValidationError

    if npartitions is not None and (
        not isinstance(npartitions, int) or isinstance(npartitions, bool) or npartitions < 1
    ):
        raise ValidationError("extract_bag.npartitions", npartitions, "a positive int or None")
    db = _dask_bag()
    files = _expand(paths)
    parts = npartitions if npartitions is not None else max(1, len(files) // 8)
    return db.from_sequence(files, npartitions=min(parts, len(files))).map(claims_of_path).flatten()


@attrs.frozen
class Partial:
    """What one partition contributes: its estimate, or its claims when none of them qualifies.

    A partition whose claims are all excluded (say, only casualty figures when
    deployed troops were asked for) has no estimate of its own, but its claims
    still belong in the final estimate's exclusions, so they travel as they are.

    Attributes:
        estimate: the partition's estimate, or ``None``.
        claims: the partition's claims when it has no estimate, else ``()``.
    """

    estimate: Estimate | None = None
    claims: tuple[Claim, ...] = ()


@attrs.frozen
class _PartitionReconciler:
    """Picklable callable: one partition's claims to a list of at most one :class:`Partial`."""

    options: tuple[tuple[str, Any], ...]

    def __call__(self, claims: Iterable[Claim]) -> list[Partial]:
        batch = tuple(claims)
        if not batch:
            return []
        try:
            return [Partial(estimate=reconcile(batch, **dict(self.options)))]
        except EmptyEstimateError:
            return [Partial(claims=batch)]


def reconcile_partition(**reconcile_options: Any) -> Callable[[Iterable[Claim]], list[Partial]]:
    """A picklable function of one partition (an iterable of claims), for ``mapPartitions``.

    Args:
        **reconcile_options: passed to :func:`claimkit.reconcile` unchanged.

    Returns:
        A callable returning ``[Partial(estimate)]``, ``[Partial(claims=...)]``
        when none of the partition's claims qualifies, or ``[]`` for an empty partition.

    >>> reconcile_partition(measure="deployed")([])
    []
    """
    return _PartitionReconciler(tuple(sorted(reconcile_options.items())))


def fold_estimates(partials: Iterable[Partial | Estimate], **reconcile_options: Any) -> Estimate:
    """Fold partial results into the estimate of all their claims.

    Estimates are merged with :func:`claimkit.merge`; claims of partitions that
    had no estimate of their own are reconciled with them, with the same options.

    Args:
        partials: :class:`Partial` results (or plain estimates), in any order.
        **reconcile_options: the options the partials were made with.

    Returns:
        The :class:`~claimkit.reconciliation.Estimate` of every claim.

    Raises:
        EmptyEstimateError: no claim qualifies (as :func:`claimkit.reconcile` raises).

    >>> fold_estimates([])
    Traceback (most recent call last):
    ...
    claimkit.errors.EmptyEstimateError: no claims to reconcile
    """
    estimates: list[Estimate] = []
    loose: list[Claim] = []
    for part in partials:
        if isinstance(part, Estimate):
            estimates.append(part)
        elif part.estimate is not None:
            estimates.append(part.estimate)
        else:
            loose.extend(part.claims)
    if not loose:
        if not estimates:
            return reconcile((), **reconcile_options)  # raises EmptyEstimateError, as one process would
        return merge(*estimates)
    # Loose claims are all excluded in their own partition, but they may count
    # once pooled (the dominant subject or measure can change): reconcile them
    # with every claim the estimates hold, which is what merge does too.
    pooled = [*loose]
    for e in estimates:
        pooled.extend(e.included)
        pooled.extend(x.claim for x in e.excluded)
    stances = tuple(reconcile_options.pop("stances", ())) + tuple(s for e in estimates for s in e.stances)
    return reconcile(pooled, stances=stances, **reconcile_options)


def reconcile_bag(bag: Any, *, scheduler: str | None = None, **reconcile_options: Any) -> Any:
    """Reconcile a bag of claims per partition and fold the partial estimates.

    Gives exactly the estimate that ``claimkit.reconcile(list(bag), **reconcile_options)``
    gives in one process.

    Args:
        bag: a ``dask.bag.Bag`` of :class:`~claimkit.model.Claim` (e.g. from :func:`extract_bag`).
        scheduler: a Dask scheduler name (``"threads"``, ``"processes"``,
            ``"synchronous"``); by default the active one (a distributed client if any).
        **reconcile_options: passed to :func:`claimkit.reconcile` (``measure``,
            ``subject``, ``as_of``, ``policy`` ...).

    Returns:
        The merged :class:`~claimkit.reconciliation.Estimate`.

    Raises:
        EmptyEstimateError: the bag holds no claims.
        ReconcileError: as :func:`claimkit.reconcile` raises for these options.
        MissingDependencyError: dask is not installed.
    """
    _dask_bag()
    partials = bag.map_partitions(reconcile_partition(**reconcile_options))
    computed = partials.compute(scheduler=scheduler) if scheduler else partials.compute()
    return fold_estimates(computed, **reconcile_options)

"""The ``claimkit`` command line (also ``python -m claimkit``).

Four commands, each with ``--help``::

    claimkit estimate [PATH ...]          the reconciled estimate, its sentence and numbered citations
    claimkit extract [PATH ...]           claims and stances as a table, JSON, JSON Lines, CSV or JSON-LD
    claimkit sources [PATH ...]           what was inferred about each document
    claimkit evaluate GOLD.json [PATH ...]  extraction scored against a gold file (--check: exit 1 if not OK)

A PATH is a text file, a directory (its ``.txt``/``.md`` files), ``-`` for
standard input, or (for ``estimate``) a ``.json`` file of claims written by
``claimkit extract --format json``. With no PATH the bundled corpus is read.

Exit codes: 0 on success; 1 for a user error (a missing file, an empty
directory, bad JSON ...), reported as one line ``claimkit: error: ...`` on
standard error, and for ``evaluate --check`` when the report is not OK; 2 for a
usage error (argparse).

>>> main(["--version"])
claimkit ...
0
"""

from __future__ import annotations

import argparse
import datetime as _dt
import json
import os
import sys
from collections.abc import Iterator, Sequence
from typing import IO, Any

from claimkit.errors import ClaimkitError, DocumentError, GoldFileError, SerializationError
from claimkit.model import Claim, Claims, Document, Measure, Stance

__all__ = ["PROGRESS_THRESHOLD", "build_parser", "main"]

#: More documents than this, read with standard error on a terminal, show a progress bar.
PROGRESS_THRESHOLD = 5

_TEXT_SUFFIXES = (".txt", ".md", ".text", ".markdown")


# ------------------------------------------------------------------ reading


class _Progress:
    """A one-line progress bar on standard error, drawn only on a terminal."""

    def __init__(self, total: int, stream: IO[str], *, label: str = "reading") -> None:
        self.total = total
        self.stream = stream
        self.label = label
        self.done = 0
        self.active = total > PROGRESS_THRESHOLD and _isatty(stream)

    def step(self) -> None:
        self.done += 1
        if self.active:
            width = 30
            filled = width * self.done // max(self.total, 1)
            bar = "#" * filled + "." * (width - filled)
            self.stream.write(f"\r{self.label} [{bar}] {self.done}/{self.total}")
            self.stream.flush()

    def close(self) -> None:
        if self.active:
            self.stream.write("\r" + " " * (len(self.label) + 45) + "\r")
            self.stream.flush()


def _isatty(stream: IO[str]) -> bool:
    try:
        return bool(stream.isatty())
    except (AttributeError, ValueError):
        return False


def _count_files(paths: Sequence[str]) -> int:
    """How many documents the paths name (for the progress bar's total only)."""
    total = 0
    for path in paths:
        if os.path.isdir(path):
            total += sum(
                1
                for name in os.listdir(path)
                if name.lower().endswith(_TEXT_SUFFIXES) and os.path.isfile(os.path.join(path, name))
            )
        else:
            total += 1
    return total


def _iter_inputs(
    paths: Sequence[str], stdin: IO[str], stderr: IO[str], *, skip_unreadable: bool = False
) -> Iterator[Document]:
    """Documents from the paths (``-`` is standard input); the bundled corpus when there are none.

    With ``skip_unreadable``, a file that cannot be read (binary, undecodable, gone)
    is named on ``stderr`` with the reason and reading goes on; otherwise the first
    such file stops the command.
    """
    from claimkit.documents import ReadFailure, iter_documents, load_corpus, read_document

    if not paths:
        yield from load_corpus()
        return
    skipped: list[str] = []

    def skip(failure: ReadFailure) -> None:
        skipped.append(failure.path)
        stderr.write(f"claimkit: skipped {failure.path}: {_one_line(failure.error)}\n")

    on_error = skip if skip_unreadable else None
    progress = _Progress(_count_files([p for p in paths if p != "-"]), stderr)
    try:
        for path in paths:
            if path == "-":
                try:
                    document = read_document(stdin.read())
                except DocumentError as error:
                    if not skip_unreadable:
                        raise
                    skip(ReadFailure("-", error))
                    continue
                yield document
                continue
            for document in iter_documents(path, on_error=on_error):
                progress.step()
                yield document
    finally:
        progress.close()
        if skipped:
            stderr.write(f"claimkit: skipped {len(skipped)} unreadable input(s)\n")


def _read_claims_file(path: str) -> tuple[list[Claim], list[Stance]]:
    """Claims (and stances) from a JSON file written by ``claimkit extract --format json``."""
    from claimkit.serialize import from_dict

    try:
        with open(path, encoding="utf-8") as handle:
            data = json.load(handle)
    except FileNotFoundError as err:
        from claimkit.errors import DocumentNotFoundError

        raise DocumentNotFoundError("no such file", path) from err
    except (OSError, UnicodeDecodeError) as err:
        raise SerializationError("$", f"{path}: cannot read: {err}") from err
    except json.JSONDecodeError as err:
        raise SerializationError("$", f"{path}: not valid JSON ({err.msg}, line {err.lineno})") from err
    if isinstance(data, list):
        data = {"claims": data}
    if not isinstance(data, dict) or "claims" not in data:
        raise SerializationError("$", f"{path}: expected a list of claims or an object with 'claims'")
    try:
        claims = from_dict(data["claims"], list[Claim])
    except SerializationError as err:
        raise SerializationError(f"{path}: claims{_json_path(err.path)}", err.reason) from err
    try:
        stances = from_dict(data.get("stances", []), list[Stance])
    except SerializationError as err:
        raise SerializationError(f"{path}: stances{_json_path(err.path)}", err.reason) from err
    return claims, stances


def _json_path(path: str) -> str:
    """``"[0].measure"`` stays; the whole-input ``"$"`` adds nothing."""
    if path == "$":
        return ""
    return path if path.startswith("[") else f".{path}"


def _gather(
    paths: Sequence[str],
    stdin: IO[str],
    stderr: IO[str],
    *,
    stances: bool = True,
    skip_unreadable: bool = False,
) -> tuple[list[Document], Claims, tuple[Stance, ...]]:
    """Read the inputs and extract claims (and stances) from every document."""
    from claimkit.extract import collection_anchor, extract_claims, extract_stances

    json_paths = [p for p in paths if p.lower().endswith(".json")]
    text_paths = [p for p in paths if not p.lower().endswith(".json")]
    documents: list[Document] = []
    claims: list[Claim] = []
    found_stances: list[Stance] = []
    for path in json_paths:
        more_claims, more_stances = _read_claims_file(path)
        claims += more_claims
        found_stances += more_stances
    if text_paths or not json_paths:
        documents.extend(_iter_inputs(text_paths, stdin, stderr, skip_unreadable=skip_unreadable))
        # Documents read together share a time of writing: an undated one is read against it.
        anchor = collection_anchor(documents)
        for document in documents:
            claims.extend(extract_claims(document, anchor=anchor))
            if stances:
                found_stances.extend(extract_stances(document))
    return documents, Claims(claims), tuple(found_stances)


# ------------------------------------------------------------------ commands


def _cmd_estimate(args: argparse.Namespace, out: IO[str], stdin: IO[str], err: IO[str]) -> int:
    from claimkit.reconciliation import reconcile
    from claimkit.render import estimate_markdown, estimate_text

    _, claims, stances = _gather(args.paths, stdin, err, skip_unreadable=args.skip_unreadable)
    measures = [Measure(m) for m in args.measure] if args.measure else None
    estimate = reconcile(
        claims,
        measure=measures,
        subject=args.subject,
        as_of=args.as_of,
        policy=args.policy,
        tolerance=args.tolerance,
        stances=stances,
    )
    if args.format == "json":
        from claimkit.serialize import to_dict

        payload = {
            "text": str(estimate),
            "headline": estimate.headline,
            "citations": list(estimate.citations()),
            "estimate": to_dict(estimate),
        }
        out.write(json.dumps(payload, ensure_ascii=False, indent=2) + "\n")
    elif args.format == "markdown":
        out.write(estimate_markdown(estimate))
    else:
        out.write(estimate_text(estimate) + "\n")
    if args.plot:
        from claimkit.plot import plot_estimate

        ax = plot_estimate(estimate)
        try:
            ax.figure.savefig(args.plot, dpi=args.dpi, bbox_inches="tight")
        except (OSError, ValueError) as error:
            raise ClaimkitError(f"cannot write the plot to {args.plot}: {error}") from error
        err.write(f"claimkit: wrote {args.plot}\n")
    return 0


def _cmd_extract(args: argparse.Namespace, out: IO[str], stdin: IO[str], err: IO[str]) -> int:
    from claimkit.render import claims_table_text, stances_table_text
    from claimkit.serialize import to_dict

    _, claims, stances = _gather(
        args.paths, stdin, err, stances=not args.no_stances, skip_unreadable=args.skip_unreadable
    )
    if args.format == "json":
        payload = {"claims": to_dict(list(claims)), "stances": to_dict(list(stances))}
        out.write(json.dumps(payload, ensure_ascii=False, indent=2) + "\n")
    elif args.format == "jsonl":
        for claim in claims:
            out.write(json.dumps(to_dict(claim), ensure_ascii=False) + "\n")
    elif args.format == "csv":
        from claimkit.tables import to_csv

        to_csv(claims, out)
    elif args.format == "jsonld":
        from claimkit.jsonld import to_jsonld

        out.write(json.dumps(to_jsonld(claims, stances), ensure_ascii=False, indent=2) + "\n")
    else:
        out.write(f"{len(claims)} claims\n{claims_table_text(claims)}\n")
        if stances:
            out.write(f"\n{len(stances)} stances\n{stances_table_text(stances)}\n")
    return 0


def _cmd_sources(args: argparse.Namespace, out: IO[str], stdin: IO[str], err: IO[str]) -> int:
    from claimkit.render import sources_table_text
    from claimkit.serialize import to_dict

    sources = [d.source for d in _iter_inputs(args.paths, stdin, err, skip_unreadable=args.skip_unreadable)]
    if args.format == "json":
        out.write(json.dumps(to_dict(sources), ensure_ascii=False, indent=2) + "\n")
    else:
        out.write(sources_table_text(sources) + "\n")
    return 0


def _load_gold(path: str) -> Any:
    try:
        with open(path, encoding="utf-8") as handle:
            return json.load(handle)
    except FileNotFoundError as error:
        raise GoldFileError(path, "no such file") from error
    except json.JSONDecodeError as error:
        raise GoldFileError(path, f"not valid JSON ({error.msg}, line {error.lineno})") from error
    except (OSError, UnicodeDecodeError) as error:
        raise GoldFileError(path, f"cannot read: {error}") from error


def _cmd_evaluate(args: argparse.Namespace, out: IO[str], stdin: IO[str], err: IO[str]) -> int:
    from claimkit.evaluation import evaluate

    _load_gold(args.gold)  # a missing or non-JSON file is reported here, in one line
    # Without PATHs the evaluator finds the documents itself: the files beside the
    # gold file, or the bundled corpus for the bundled gold.
    documents = list(_iter_inputs(args.paths, stdin, err)) if args.paths else None
    report = evaluate(args.gold, documents)
    out.write(f"{report}\n")
    if args.check and not report.ok:
        err.write(
            f"claimkit evaluate: NOT OK: {report.matched_claims}/{report.gold_claims} claims, "
            f"{report.matched_stances}/{report.gold_stances} stances, {len(report.field_errors)} field "
            f"error(s), {len(report.distractor_hits)} distractor(s) taken as troop counts\n"
        )
        return 1
    return 0


# -------------------------------------------------------------------- parser


def _date(text: str) -> _dt.date:
    try:
        return _dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date in YYYY-MM-DD form: {text!r}") from None


def _fraction(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
    if not 0 <= value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 0 and below 1: {text!r}")
    return value


def _policy_help() -> str:
    try:
        from claimkit.reconciliation import policy_names

        return ", ".join(policy_names())
    except ImportError:  # pragma: no cover - reconciliation always ships with the CLI
        return "see claimkit.reconciliation"


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of the ``claimkit`` command (exposed for documentation tools).

    >>> build_parser().parse_args(["extract", "--format", "csv", "a.txt"]).format
    'csv'
    """
    from claimkit import __version__

    parser = argparse.ArgumentParser(
        prog="claimkit",
        description="Source-attributed claims from text, reconciled into ranged, cited estimates.",
        epilog="With no PATH, commands read the bundled corpus. Run 'claimkit COMMAND --help' for details.",
    )
    parser.add_argument("--version", action="version", version=f"claimkit {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    paths_help = (
        "text files, directories of .txt/.md files, or - for standard input (default: the bundled corpus)"
    )

    def skip_option(command: argparse.ArgumentParser) -> None:
        command.add_argument(
            "--skip-unreadable",
            action="store_true",
            help="name each file that cannot be read (binary, undecodable) on standard error and go on "
            "(default: stop at the first)",
        )

    est = commands.add_parser(
        "estimate",
        help="reconcile the figures into one ranged, cited estimate",
        description="Reconcile the figures of the documents into one estimate; print its sentence and "
        "numbered citations.",
    )
    est.add_argument(
        "paths", nargs="*", metavar="PATH", help=paths_help + "; .json files of extracted claims"
    )
    est.add_argument(
        "--measure",
        action="append",
        choices=[m.value for m in Measure],
        help="reconcile only this measure (repeatable; default: the headline troop count)",
    )
    est.add_argument("--subject", help="reconcile only claims about this subject (default: the most common)")
    est.add_argument("--as-of", type=_date, metavar="DATE", help="only what was known on DATE (YYYY-MM-DD)")
    est.add_argument("--policy", help=f"how to choose low, high and best ({_policy_help()}; default: range)")
    est.add_argument(
        "--tolerance",
        type=_fraction,
        metavar="R",
        help="read 'about N' as N ± R·N (e.g. 0.1) instead of the point N",
    )
    est.add_argument("--format", choices=("text", "markdown", "json"), default="text", help="output format")
    est.add_argument("--plot", metavar="FILE", help="also write the plot to FILE (.png, .svg, .pdf)")
    est.add_argument("--dpi", type=int, default=110, help="resolution of a raster plot (default: 110)")
    skip_option(est)
    est.set_defaults(run=_cmd_estimate)

    ext = commands.add_parser(
        "extract",
        help="list the claims and stances found",
        description="Extract the numeric claims (and the stances) of the documents.",
    )
    ext.add_argument("paths", nargs="*", metavar="PATH", help=paths_help)
    ext.add_argument(
        "--format",
        choices=("table", "json", "jsonl", "csv", "jsonld"),
        default="table",
        help="table (aligned text), json (claims and stances), jsonl (one claim per line), "
        "csv (flat, best/low/high first), jsonld (schema.org + PROV-O)",
    )
    ext.add_argument("--no-stances", action="store_true", help="leave stances out")
    skip_option(ext)
    ext.set_defaults(run=_cmd_extract)

    src = commands.add_parser(
        "sources",
        help="show what was inferred about each document",
        description="Show the source inferred for each document: title, outlet, authors, kind, date.",
    )
    src.add_argument("paths", nargs="*", metavar="PATH", help=paths_help)
    src.add_argument("--format", choices=("table", "json"), default="table", help="output format")
    skip_option(src)
    src.set_defaults(run=_cmd_sources)

    ev = commands.add_parser(
        "evaluate",
        help="score extraction against a gold file",
        description="Score the claims extracted from the documents against a gold annotation file.",
    )
    ev.add_argument("gold", metavar="GOLD.json", help="the gold annotation file")
    ev.add_argument(
        "paths",
        nargs="*",
        metavar="PATH",
        help="the documents the gold file annotates (default: the files beside it, "
        "or the bundled corpus for its gold file)",
    )
    ev.add_argument(
        "--check",
        action="store_true",
        help="exit with status 1 when the report is not OK (for CI); the report is printed either way",
    )
    ev.set_defaults(run=_cmd_evaluate)
    return parser


def _one_line(error: BaseException) -> str:
    return " ".join(str(error).split()) or type(error).__name__


def main(
    argv: Sequence[str] | None = None,
    *,
    stdin: IO[str] | None = None,
    stdout: IO[str] | None = None,
    stderr: IO[str] | None = None,
) -> int:
    """Run the command line; return the exit code.

    Args:
        argv: the arguments (default: ``sys.argv[1:]``).
        stdin: standard input (default: ``sys.stdin``), for ``-`` paths.
        stdout: where results go (default: ``sys.stdout``).
        stderr: where errors and the progress bar go (default: ``sys.stderr``).

    Returns:
        0 on success, 1 on a user error (one line on standard error), 2 on a
        usage error.

    >>> main(["sources", "no/such/file.txt"], stderr=sys.stdout)
    claimkit: error: no/such/file.txt: ...
    1
    """
    stdin = stdin if stdin is not None else sys.stdin
    out = stdout if stdout is not None else sys.stdout
    err = stderr if stderr is not None else sys.stderr
    parser = build_parser()
    try:
        args = parser.parse_args(list(argv) if argv is not None else None)
    except SystemExit as exit_:
        return int(exit_.code) if isinstance(exit_.code, int) else 2
    try:
        return int(args.run(args, out, stdin, err))
    except ClaimkitError as error:
        err.write(f"claimkit: error: {_one_line(error)}\n")
        return 1
    except BrokenPipeError:  # pragma: no cover - the reader closed the pipe (| head)
        return 0
    except KeyboardInterrupt:  # pragma: no cover - interactive only
        err.write("claimkit: interrupted\n")
        return 130

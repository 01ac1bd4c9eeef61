from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from _surface import claims, estimate, stances
from claimkit.cli import PROGRESS_THRESHOLD, main
from claimkit.render import estimate_text
from claimkit.serialize import to_dict


@pytest.fixture
def claims_file(tmp_path: Path) -> Path:
    path = tmp_path / "claims.json"
    path.write_text(json.dumps({"claims": to_dict(list(claims())), "stances": to_dict(list(stances()))}))
    return path


def _run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(args)
    out, err = capsys.readouterr()
    return code, out, err


# ----------------------------------------------------------------- errors


def _errors(tmp_path: Path) -> dict[str, list[str]]:
    empty = tmp_path / "empty"
    empty.mkdir(exist_ok=True)
    bad = tmp_path / "bad.json"
    bad.write_text("{not json")
    wrong = tmp_path / "wrong.json"
    wrong.write_text('{"claims": [{"subject": "x"}]}')
    return {
        "missing file": ["sources", str(tmp_path / "nope.txt")],
        "empty directory": ["sources", str(empty)],
        "bad gold JSON": ["evaluate", str(bad)],
        "missing gold": ["evaluate", str(tmp_path / "gold.json")],
        "bad claims JSON": ["estimate", str(bad)],
        "malformed claims": ["estimate", str(wrong)],
        "empty input": ["sources", "-"],
        "unknown policy": ["estimate", "--policy", "no-such-policy", str(tmp_path / "claims.json")],
    }


@pytest.mark.parametrize(
    ("case", "needle"),
    [
        ("missing file", "nope.txt"),
        ("empty directory", "no text files"),
        ("bad gold JSON", "not valid JSON"),
        ("missing gold", "no such file"),
        ("bad claims JSON", "not valid JSON"),
        ("malformed claims", "claims[0]"),
        ("empty input", "empty"),
        ("unknown policy", "no-such-policy"),
    ],
)
def test_user_errors_are_one_line_exit_1(
    case: str,
    needle: str,
    tmp_path: Path,
    claims_file: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO("   \n"))
    code, out, err = _run(_errors(tmp_path)[case], capsys)
    assert code == 1
    assert out == ""
    assert err.count("\n") == 1
    assert err.startswith("claimkit: error: ")
    assert needle in err
    assert "Traceback" not in err


@pytest.mark.parametrize(
    "args",
    [
        [],
        ["bogus"],
        ["estimate", "--format", "xml"],
        ["estimate", "--as-of", "yesterday"],
        ["estimate", "--tolerance", "2"],
        ["extract", "--measure", "deployed"],
        ["evaluate"],
    ],
)
def test_usage_errors_exit_2(args: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    code, _out, err = _run(args, capsys)
    assert code == 2
    assert "usage: claimkit" in err


@pytest.mark.parametrize("command", [[], ["estimate"], ["extract"], ["sources"], ["evaluate"]])
def test_help_on_every_command(command: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run([*command, "--help"], capsys)
    assert code == 0
    assert out.startswith("usage: claimkit")


def test_python_m_claimkit_help() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "claimkit", "--help"], capture_output=True, text=True, timeout=60, check=False
    )
    assert done.returncode == 0
    for command in ("estimate", "extract", "sources", "evaluate"):
        assert command in done.stdout


# --------------------------------------------------------------- estimate


def test_estimate_from_claims_json_prints_sentence_and_citations(
    claims_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = _run(["estimate", str(claims_file)], capsys)
    assert code == 0
    assert err == ""
    assert out == estimate_text(estimate()) + "\n"


def test_estimate_options_reach_reconcile(claims_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(
        ["estimate", "--measure", "deployed", "--as-of", "2024-10-22", str(claims_file)], capsys
    )
    assert code == 0
    first = out.splitlines()[0]
    assert "deployed so far" in first
    assert "12,000" not in first  # the expected total is another measure
    assert "3,000" not in first  # reported on the 23rd, after the as-of date


@pytest.mark.parametrize(
    ("fmt", "check"),
    [
        ("markdown", lambda out: out.splitlines()[2].startswith("1. ")),
        ("json", lambda out: json.loads(out)["estimate"]["low"]["value"] == 1500),
    ],
)
def test_estimate_formats(
    fmt: str, check: object, claims_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = _run(["estimate", "--format", fmt, str(claims_file)], capsys)
    assert code == 0
    assert callable(check)
    assert check(out)


@pytest.mark.extras
def test_estimate_plot_writes_png(
    claims_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out_png = tmp_path / "out.png"
    code, _, err = _run(["estimate", "--plot", str(out_png), str(claims_file)], capsys)
    assert code == 0
    assert out_png.read_bytes()[:4] == b"\x89PNG"
    assert f"wrote {out_png}" in err


def test_estimate_plot_to_unwritable_place_is_a_user_error(
    claims_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = _run(
        ["estimate", "--plot", str(tmp_path / "no" / "dir" / "x.png"), str(claims_file)], capsys
    )
    assert code == 1
    assert err.startswith("claimkit: error: cannot write the plot")


# ------------------------------------------------------ sources and progress


def test_sources_of_bundled_corpus(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(["sources"], capsys)
    lines = out.splitlines()
    assert code == 0
    assert lines[0].split()[:3] == ["id", "title", "outlet"]
    assert len(lines) == 1 + 5


def test_sources_from_stdin_and_json(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO("Milan (AsiaNews) – Some 10,000 troops were sent."))
    code, out, _ = _run(["sources", "--format", "json", "-"], capsys)
    assert code == 0
    assert json.loads(out)[0]["outlet"] == "AsiaNews"


def _archive_with_bad_files(tmp_path: Path) -> Path:
    """A directory of two readable reports, a binary file and an empty one."""
    (tmp_path / "a.txt").write_text("Troops sent\n\nSome 3,000 troops were sent, officials said.")
    (tmp_path / "b.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00binary")
    (tmp_path / "c.txt").write_text("   \n")
    (tmp_path / "d.txt").write_text("More troops\n\nMore than 12,000 troops were sent, the ministry said.")
    return tmp_path


@pytest.mark.parametrize(
    ("command", "shown"),
    [
        (["sources"], ["Troops sent", "More troops"]),
        (["extract"], ["3,000", "12,000"]),
        (["estimate"], ["3,000", "12,000+"]),
    ],
)
def test_skip_unreadable_names_each_bad_file_and_goes_on(
    command: list[str], shown: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    archive = str(_archive_with_bad_files(tmp_path))
    code, out, err = _run([*command, archive], capsys)
    assert (code, out) == (1, "")
    assert "b.txt" in err
    assert "binary" in err
    code, out, err = _run([*command, "--skip-unreadable", archive], capsys)
    assert code == 0
    assert all(text in out for text in shown), out
    skipped = [line for line in err.splitlines() if line.startswith("claimkit: skipped ")]
    assert [line.split()[2].rstrip(":") for line in skipped[:2]] == [
        str(tmp_path / n) for n in ("b.txt", "c.txt")
    ]
    assert skipped[-1] == "claimkit: skipped 2 unreadable input(s)"


def test_skip_unreadable_on_standard_input(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO("  "))
    code, out, err = _run(["sources", "--skip-unreadable", "-"], capsys)
    assert code == 0
    assert out.splitlines()[1:] == []
    assert err.splitlines()[0].startswith("claimkit: skipped -: empty document")


class _Tty(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.mark.parametrize(
    ("files", "tty", "drawn"), [(8, True, True), (8, False, False), (PROGRESS_THRESHOLD, True, False)]
)
def test_progress_bar_only_on_a_terminal_for_many_files(
    files: int, tty: bool, drawn: bool, tmp_path: Path
) -> None:
    for i in range(files):
        (tmp_path / f"{i:02d}.txt").write_text(
            f"Report {i}\n\nSome {i + 1},000 troops were sent, officials said."
        )
    err = _Tty() if tty else io.StringIO()
    out = io.StringIO()
    assert main(["sources", str(tmp_path)], stdout=out, stderr=err) == 0
    assert ("[" in err.getvalue() and f"{files}/{files}" in err.getvalue()) is drawn
    assert len(out.getvalue().splitlines()) == 1 + files


# ------------------------------------------------- needs extraction (issue 4)


def test_evaluate_bundled_gold(capsys: pytest.CaptureFixture[str]) -> None:
    from importlib.resources import files

    code, out, _ = _run(["evaluate", str(files("claimkit") / "corpus" / "gold.json")], capsys)
    assert code == 0
    assert "precision" in out
    assert "recall" in out


@pytest.mark.parametrize(
    ("change", "code", "says"),
    [
        (None, 0, ""),  # the bundled reading, met in full
        (("value", 1_600), 1, "NOT OK: 7/8 claims"),  # a gold figure the text does not state
        (("qualifier", "more_than"), 1, "1 field error(s)"),  # found, with a field read otherwise
    ],
)
def test_evaluate_check_fails_when_the_report_is_not_ok(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], change: tuple[str, Any] | None, code: int, says: str
) -> None:
    from importlib.resources import files

    corpus = files("claimkit") / "corpus"
    gold = json.loads((corpus / "gold.json").read_text(encoding="utf-8"))
    for name in gold["documents"]:
        (tmp_path / name).write_text((corpus / name).read_text(encoding="utf-8"), encoding="utf-8")
    if change is not None:
        first = next(iter(gold["documents"].values()))["claims"][0]
        first[change[0]] = change[1]
    (tmp_path / "gold.json").write_text(json.dumps(gold), encoding="utf-8")
    got, out, err = _run(["evaluate", "--check", str(tmp_path / "gold.json")], capsys)
    assert got == code, err
    assert "precision" in out
    assert says in err
    plain, _, _ = _run(["evaluate", str(tmp_path / "gold.json")], capsys)
    assert plain == 0  # without --check the report is the result


def test_estimate_bundled_corpus(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(["estimate"], capsys)
    lines = out.splitlines()
    assert code == 0
    assert "North Korean troops" in lines[0]
    assert lines[2].startswith("[1] ")
    assert all(line.startswith(f"[{n}] ") for n, line in enumerate(lines[2:], 1))


@pytest.mark.parametrize("fmt", ["table", "json", "jsonl", "csv", "jsonld"])
def test_extract_formats_on_corpus(fmt: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(["extract", "--format", fmt], capsys)
    assert code == 0
    if fmt == "table":
        assert out.splitlines()[1].split()[:2] == ["#", "figure"]
    elif fmt == "json":
        assert json.loads(out)["claims"]
    elif fmt == "jsonl":
        assert all(json.loads(line)["id"].startswith("c-") for line in out.splitlines())
    elif fmt == "csv":
        assert out.startswith("best,low,high,")
    else:
        assert json.loads(out)["@graph"]


def test_extract_json_round_trips_into_estimate(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(["extract", "--format", "json"], capsys)
    assert code == 0
    saved = tmp_path / "claims.json"
    saved.write_text(out)
    _, direct, _ = _run(["estimate"], capsys)
    _, via_json, _ = _run(["estimate", str(saved)], capsys)
    assert via_json == direct

"""The same input gives byte-identical JSON: across runs, processes, hash seeds and claim order."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys

import pytest

import claimkit

# Read, extract and reconcile the bundled corpus; print the hash of everything as JSON.
PIPELINE = """
import hashlib, claimkit
docs = claimkit.load_corpus()
claims = [c for d in docs for c in claimkit.extract_claims(d)]
stances = [s for d in docs for s in claimkit.extract_stances(d)]
estimate = claimkit.reconcile(claims, stances=stances)
blob = "\\n".join([claimkit.to_json(claims), claimkit.to_json(stances), claimkit.to_json(estimate), str(estimate)])
print(hashlib.sha256(blob.encode("utf-8")).hexdigest(), len(claims))
"""


def _run(seed: str) -> str:
    env = {**os.environ, "PYTHONHASHSEED": seed}
    out = subprocess.run(
        [sys.executable, "-c", PIPELINE], capture_output=True, text=True, env=env, check=False, timeout=300
    )
    assert out.returncode == 0, out.stderr[-2000:]
    return out.stdout.strip()


@pytest.mark.slow
def test_json_is_byte_identical_across_processes_and_hash_seeds() -> None:
    results = {seed: _run(seed) for seed in ("0", "1", "4242", "random")}
    assert len(set(results.values())) == 1, results
    _digest, count = next(iter(results.values())).split()
    assert int(count) > 0, "the corpus gave no claims: nothing was compared"


def _pipeline_json() -> str:
    docs = claimkit.load_corpus()
    claims = [c for d in docs for c in claimkit.extract_claims(d)]
    return claimkit.to_json(claims) + claimkit.to_json(claimkit.reconcile(claims))


def test_two_runs_in_one_process_agree() -> None:
    assert _pipeline_json() == _pipeline_json()


def test_the_estimate_does_not_depend_on_claim_or_document_order() -> None:
    docs = claimkit.load_corpus()
    forward = [c for d in docs for c in claimkit.extract_claims(d)]
    backward = [c for d in reversed(docs) for c in reversed(claimkit.extract_claims(d))]
    assert claimkit.to_json(claimkit.reconcile(forward)) == claimkit.to_json(claimkit.reconcile(backward))


def test_claim_ids_are_content_hashes_stable_across_runs() -> None:
    docs = claimkit.load_corpus()
    first = [c.id for d in docs for c in claimkit.extract_claims(d)]
    again = [c.id for d in claimkit.load_corpus() for c in claimkit.extract_claims(d)]
    assert first == again
    assert len(set(first)) == len(first), "two different claims share an id"
    assert all(i.startswith("c-") for i in first)


def test_reading_the_same_text_twice_gives_equal_documents() -> None:
    text = "Seoul (Yonhap) – Some 3,000 North Korean troops were sent, the NIS said on Monday (21 October)."
    assert claimkit.read_document(text) == claimkit.read_document(text)
    digest = hashlib.sha256(
        claimkit.to_json(list(claimkit.extract_claims(claimkit.read_document(text)))).encode()
    )
    again = hashlib.sha256(
        claimkit.to_json(list(claimkit.extract_claims(claimkit.read_document(text)))).encode()
    )
    assert digest.hexdigest() == again.hexdigest()

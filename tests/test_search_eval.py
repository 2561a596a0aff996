"""Search quality on the bundled corpus: practicedb must beat a plain FTS5 BM25 baseline.

Runs tests/evaluation/search.py (graded judgments in tests/evaluation/queries.toml).
"""

from __future__ import annotations

import pytest

from tests.conftest import CORPUS

MARGIN = 0.10  # nDCG@10 points over the baseline the issue asks for


@pytest.fixture(scope="module")
def report() -> dict:
    if not CORPUS.is_dir() or not list(CORPUS.glob("*.pdf")):
        pytest.skip(f"the bundled corpus {CORPUS} is absent")
    from tests.evaluation.search import evaluate

    return evaluate()


def test_at_least_30_judged_queries(report: dict) -> None:
    assert len(report["search"]["per_query"]) >= 30


@pytest.mark.parametrize("system", ["search", "benchmark"])
def test_practicedb_beats_fts5_baseline(report: dict, system: str) -> None:
    ours, baseline = report[system]["ndcg"], report["fts5"]["ndcg"]
    assert ours >= baseline + MARGIN, f"{system} nDCG@10 {ours:.3f} vs FTS5 {baseline:.3f}"
    assert report[system]["recall"] > report["fts5"]["recall"]


def test_practicedb_not_worse_than_any_word_baseline(report: dict) -> None:
    assert report["search"]["ndcg"] > report["fts5-or"]["ndcg"]

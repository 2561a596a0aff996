"""The term-at-a-time scorer (practicedb.searching) must score and rank exactly as whoosh:
AND / AND-MAYBE groups and phrases pruned by their bounds included."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from practicedb.search import engine as scoring
from practicedb.search import finder as searching
from practicedb.search import index as ix
from practicedb.search import parsing, phrases

WORDS = ("domestic abuse violence custody county lines drug crime serious organised "
         "victim call handler mental health nurse control room stalking team").split()


def _corpus(n: int = 400) -> list[dict]:
    rng = random.Random(7)
    out = []
    for i in range(n):
        body = " ".join(rng.choice(WORDS) for _ in range(rng.randint(5, 60)))
        out.append({
            "id": f"p{i}", "kind": "innovative",
            "title": " ".join(rng.choice(WORDS) for _ in range(rng.randint(1, 5))),
            "body": body, "forces": ["Kent Police"],
            "areas": [rng.choice(["Domestic abuse", "Custody", "County lines"])],
            "report_title": "PEEL 2023", "published": f"20{rng.randint(15, 24)}-05-01",
            "source_file": f"p{i}.pdf", "page_start": 1, "page_end": 2,
            "section": rng.choice([None, "Serious organised crime"]),
        })
    return out


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> scoring.Engine:
    path = Path(tmp_path_factory.mktemp("scoring")) / "index"
    docs = _corpus()
    ix.rebuild(path, docs[:300])
    ix.update(path, upserts=docs[300:])  # two segments
    ix.update(path, delete_ids=["p5", "p301"])  # and deletions
    return searching._engine(path)


QUERIES = [
    '"domestic abuse" AND custody',
    '("domestic abuse" OR "county lines") AND (drug OR crime^2)',
    '"domestic abuse" "domestic violence"^0.5 "county lines" victim',
    '"serious organised crime" "serious organised crime"^0.5 recall',
    '"mental health nurse" "control room" call handler',
    'title:"county lines" OR body:"drug crime" team',
    '(stalking AND team) OR "call handler"',
]


def _whoosh(s: object, q: object, limit: int, flt: object = None) -> list[tuple[int, float]]:
    """Whoosh's exhaustive ranking (with a limit, its block-quality skipping can miss
    AND-of-phrase matches: not a reference)."""
    return [(h.docnum, h.score) for h in s.search(q, filter=flt, limit=None)[:limit]]


def _queries(s: object) -> list[object]:
    from whoosh import query as Q

    out = [phrases.to_pairs(parsing.parse(t, s.schema, s.reader())) for t in QUERIES]
    maybe = Q.AndMaybe(Q.Or([Q.Term("title", "custodi"), Q.Term("text", "custodi")]),
                       Q.Phrase("body", ["domest", "abus"]))
    both = Q.And([Q.Phrase("body", ["domest", "abus"]), Q.Term("text", "drug")], boost=2.0)
    area = Q.Or([Q.Term("text", "drug"), Q.Term("area_key", "custody", boost=0.1)])  # like()
    built = [maybe, Q.Or([both, Q.Term("title", "victim")]), area]
    return [*out, *map(phrases.to_pairs, built)]  # as the engine asks them


@pytest.mark.parametrize("which", range(len(QUERIES) + 3))
@pytest.mark.parametrize("limit", [1, 3, 10, 50])
def test_scores_match_whoosh(engine: scoring.Engine, which: int, limit: int) -> None:
    s = engine.searcher
    q = _queries(s)[which]
    ours = engine.top(q, None, None, limit)
    theirs = _whoosh(s, q, limit)
    assert ours, q
    assert [round(x, 6) for _, x in ours] == [round(x, 6) for _, x in theirs]
    assert [d for d, _ in ours] == [d for d, _ in theirs]


@pytest.mark.parametrize("which", range(len(QUERIES) + 2))
def test_filtered_scores_match_whoosh(engine: scoring.Engine, which: int) -> None:
    s = engine.searcher
    q = _queries(s)[which]
    flt = parsing.filters_query(["Custody"], None, None, "2018", "2022")
    ours = engine.top(q, flt, None, 5)
    theirs = _whoosh(s, q, 5, flt)
    assert [round(x, 6) for _, x in ours] == [round(x, 6) for _, x in theirs]
    assert [d for d, _ in ours] == [d for d, _ in theirs]


# -- a collection of many posting blocks (whoosh writes 128 postings a block) --------------

MANY_QUERIES = [
    '"domestic abuse" "domestic violence"^0.5 "violence team" abuse',
    '"county lines" "drug crime" "lines team"^0.5 victim',
    '"serious organised crime" "organised crime"^0.5 "crime team" nurse',
    'stalking "mental health" "health nurse" "nurse team"^0.5',
]


# Bodies often hold a phrase, or its word pairs apart: phrases then span several blocks.
_PHRASED = ("", "", " serious organised crime team", " serious organised team organised crime")


@pytest.fixture(scope="module")
def many(tmp_path_factory: pytest.TempPathFactory) -> scoring.Engine:
    path = Path(tmp_path_factory.mktemp("many")) / "index"
    rng = random.Random(11)
    docs = [{
        "id": f"m{i}", "kind": "innovative",
        "title": " ".join(rng.choice(WORDS) for _ in range(rng.randint(1, 3))),
        "body": " ".join(rng.choice(WORDS) for _ in range(rng.randint(3, 12)))
        + rng.choice(_PHRASED),
        "forces": ["Kent Police"], "report_title": "PEEL 2023",
        "areas": [rng.choice(["Domestic abuse", "Custody", "County lines"])],
        "published": f"20{rng.randint(15, 24)}-05-01", "source_file": f"m{i}.pdf",
        "page_start": 1, "page_end": 2, "section": None,
    } for i in range(scoring.COMMON_MIN_DOCS - 100)]  # below it: no common word dropped
    ix.rebuild(path, docs)
    ix.update(path, delete_ids=["m7", "m1500"])
    return searching._engine(path)


def test_many_blocks(many: scoring.Engine) -> None:
    reader = many.searcher.reader()
    assert reader.doc_frequency("body", "abus") > 3 * 128  # several blocks to skip or reuse
    assert reader.doc_frequency("body_pairs", "seriou organis") > 3 * 128


@pytest.mark.parametrize("which", range(len(MANY_QUERIES)))
@pytest.mark.parametrize("limit", [1, 10])
@pytest.mark.parametrize("filtered", [False, True])
def test_many_blocks_match_whoosh(many: scoring.Engine, which: int, limit: int,
                                  filtered: bool) -> None:
    s = many.searcher
    q = phrases.to_pairs(parsing.parse(MANY_QUERIES[which], s.schema, s.reader()))
    flt = parsing.filters_query(["Custody"], None, None, "2018", "2022") if filtered else None
    ours = many.top(q, flt, None, limit)
    theirs = _whoosh(s, q, limit, flt)
    assert ours
    assert [round(x, 6) for _, x in ours] == [round(x, 6) for _, x in theirs]
    assert [d for d, _ in ours] == [d for d, _ in theirs]

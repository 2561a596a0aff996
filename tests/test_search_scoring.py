"""The fast term-at-a-time scorer never makes search fail, and ranks as whoosh does.

Runs against the whoosh3 installed (the newest on PyPI when the range allows it): the
fast path is compared with whoosh's own scoring, then broken on purpose (as a whoosh3
release renaming ``W3LeafMatcher._byteids`` would) and search must give the same results.
"""

from __future__ import annotations

import math
import random
from pathlib import Path

import pytest

from practicedb.search import engine as engine_mod
from practicedb.search import finder, scoring
from practicedb.search import index as ix
from practicedb.search.query import load_glossary

WORDS = ("victim domestic abuse burglary drone missing custody officer control room call "
         "safeguarding county lines child exploitation stalking fraud rural farm theft "
         "neighbourhood volunteer training wellbeing firearms licensing vetting mental "
         "health triage repeat caller advocate referral panel youth diversion").split()
QUERIES = ["victim", "domestic abuse", '"control room" triage', "DA advocate",
           "burglary OR fraud", "drone AND missing", "custody NOT child",
           "county lines exploitation child", "title:stalking", "rural farm theft volunteer",
           "mental health triage call", "IDVA", "firearms licensing vetting"]
FILTERS = [{}, {"kinds": ["notable"]}, {"since": "2022-01-01"}, {"forces": ["kent police"]}]


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    rng = random.Random(7)
    docs = []
    for n in range(120):
        docs.append({
            "id": f"p{n}", "kind": rng.choice(["innovative", "promising", "notable"]),
            "title": " ".join(rng.sample(WORDS, 3)),
            "body": " ".join(rng.choice(WORDS) for _ in range(rng.randint(15, 60))),
            "forces": [rng.choice(["Kent Police", "Gwent Police", "Dorset Police"])],
            "areas": ["Victim care"], "report_title": "PEEL", "section": "Protecting people",
            "published": f"{rng.randint(2018, 2025)}-0{rng.randint(1, 9)}",
        })
    path = tmp_path_factory.mktemp("scoring") / "practices"
    ix.rebuild(path, docs)
    return path


def _ranked(path: Path) -> dict:
    glossary = load_glossary()
    out = {}
    for q in QUERIES:
        for i, f in enumerate(FILTERS):
            hits = finder.find(path, q, glossary=glossary, limit=10, correct=False, **f).hits
            out[(q, i)] = [(h.id, h.score) for h in hits]
    out["like"] = [(h.id, h.score) for h in finder.like(
        path, "repeat victims of domestic abuse get a call from an advocate", limit=10).hits]
    return out


def _same(a: dict, b: dict) -> None:
    assert a.keys() == b.keys()
    for key in a:
        assert [i for i, _ in a[key]] == [i for i, _ in b[key]], key
        assert all(math.isclose(x, y, rel_tol=1e-6) for (_, x), (_, y) in zip(a[key], b[key],
                                                                                 strict=True))


def test_fast_path_agrees_with_whoosh_on_this_index(built: Path) -> None:
    finder.release(built)
    engine = finder._engine(built)
    assert engine.fast_ok and scoring.agrees(engine)
    for q in ["victim", "domestic abuse", "custody NOT child"]:
        parsed = finder.parse(q, engine.searcher.schema, engine.searcher.reader())
        fast = engine.top(parsed, None, None, 10)
        slow = scoring.whoosh_top(engine.searcher, parsed, None, None, 10)
        assert [d for d, _ in fast] == [d for d, _ in slow]


@pytest.mark.parametrize("where", ["top", "blocks"])
def test_a_broken_fast_path_falls_back_with_the_same_results(
        built: Path, monkeypatch: pytest.MonkeyPatch, where: str) -> None:
    finder.release(built)
    expected = _ranked(built)

    def renamed(*args: object, **kw: object) -> None:
        raise AttributeError("'W3LeafMatcher' object has no attribute '_byteids'")

    if where == "top":
        monkeypatch.setattr(engine_mod.Engine, "top", renamed)
    else:  # deeper: the block reader itself, as a renamed private attribute would
        monkeypatch.setattr(engine_mod, "_read_blocks", renamed)
        monkeypatch.setattr(engine_mod.Engine, "_blocks", renamed)
    finder.release(built)
    finder._checked.clear()
    _same(_ranked(built), expected)


def test_a_fast_path_that_disagrees_is_switched_off(built: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    real = engine_mod.Engine.top

    def reversed_top(self, q, flt, mask, limit):  # type: ignore[no-untyped-def]
        return list(reversed(real(self, q, flt, mask, limit)))

    finder.release(built)
    expected = _ranked(built)
    monkeypatch.setattr(engine_mod.Engine, "top", reversed_top)
    finder.release(built)
    finder._checked.clear()
    assert not finder._engine(built).fast_ok
    _same(_ranked(built), expected)


def test_plain_words_are_never_blamed_for_an_internal_error(
        built: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*args: object, **kw: object) -> None:
        raise TypeError("unsupported operand")

    monkeypatch.setattr(engine_mod.Engine, "top", broken)
    monkeypatch.setattr(scoring, "whoosh_top", broken)
    finder.release(built)
    with pytest.raises(ix.SearchIndexError) as caught:
        finder.find(built, "victim support")
    assert not isinstance(caught.value, ix.QueryError)
    assert "could not be understood" not in str(caught.value)

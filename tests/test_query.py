"""Query understanding (practicedb.query) and its effect on search (index.find)."""

from __future__ import annotations

from pathlib import Path

import pytest

from practicedb.search import finder
from practicedb.search import index as ix
from practicedb.search import query as qu
from practicedb.search.query import Glossary, GlossaryError, load_glossary, rewrite


@pytest.fixture(scope="module")
def glossary() -> Glossary:
    return load_glossary(None)


def test_packaged_glossary_covers_the_issue_terms(glossary: Glossary) -> None:
    for term in ("DA", "VAWG", "CSE", "CCE", "ASB", "anti-social behaviour", "IOM", "MAPPA",
                 "RASSO", "SOC", "OCG", "BWV", "RUI", "DVPN", "DVPO", "DVDS", "Clare's Law",
                 "RCRP", "THRIVE", "MASH", "county lines", "knife crime", "IDVA", "MARAC",
                 "PCSO", "CPS", "ANPR", "PND", "PSD", "VRU", "NFIB", "Action Fraud"):
        assert glossary.alternatives(term.replace("-", " ").split()), term


def test_acronym_expands_with_lower_weight(glossary: Glossary) -> None:
    r = rewrite("DA", glossary)
    assert r.text == '(DA OR "domestic abuse"^0.5 OR "domestic violence"^0.5)'
    assert r.expansions == [("DA", ["domestic abuse", "domestic violence"])]


def test_spelt_out_term_expands_to_acronym_and_scores_as_phrase(glossary: Glossary) -> None:
    r = rewrite("integrated offender management with probation", glossary)
    assert r.text.startswith('("integrated offender management" integrated offender management'
                             " OR iom^0.5)")
    assert r.text.endswith("with probation")


def test_hyphens_case_and_plurals_fold(glossary: Glossary) -> None:
    assert rewrite("Anti-Social behaviour", glossary).expansions[0][0] == "Anti Social behaviour"
    assert rewrite("IDVAs", glossary).expansions  # plural acronym
    assert rewrite("idva", glossary).expansions  # typed in lower case


def test_everyday_words_only_expand_in_capitals(glossary: Glossary) -> None:
    assert rewrite("thrive", glossary).expansions == []
    assert rewrite("THRIVE", glossary).expansions


def test_alternative_containing_the_typed_words_is_not_added(glossary: Glossary) -> None:
    added = rewrite("control room", glossary).expansions[0][1]
    assert "force control room" not in added and "command and control" in added


def test_syntax_is_kept_and_quoted_phrases_untouched(glossary: Glossary) -> None:
    assert rewrite('"DA car" NOT stalking', glossary).text == '"DA car" NOT stalking'
    assert rewrite("title:DA", glossary).text.startswith("title:(DA OR ")
    assert rewrite("force:Kent area:victims", None).text == "forces:Kent areas:victims"
    assert rewrite("title:anti-social", None).text == 'title:"anti social"'
    assert rewrite("a*b* stalking^2", None).text == "a*b* stalking^2"
    assert rewrite("title:", None).text == "title:"
    # Regression: a phrase's slop or boost was split off it ("a b" ~3) and lost.
    assert rewrite('"domestic abuse"~3 "stop search"^2', None).text == (
        '"domestic abuse"~3 "stop search"^2')


def test_corrections_replace_typos(glossary: Glossary) -> None:
    r = rewrite("safegaurding kids", glossary, {"safegaurding": "safeguarding"})
    assert r.text == "(safegaurding OR safeguarding) kids"


def test_custom_glossary_file_and_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "g.toml"
    path.write_text('case_sensitive = ["ZAP"]\n[synonyms]\n"ZAP" = ["zebra action plan"]\n')
    g = load_glossary(path)
    assert g.alternatives(["ZAP"]) == ["zebra action plan"]
    assert g.alternatives(["zap"]) is None
    monkeypatch.setenv("PRACTICEDB_GLOSSARY", str(path))
    from practicedb.config import Config

    assert Config.load().glossary().source == str(path)  # Config reads the variable


@pytest.mark.parametrize("content, message", [
    ("[synonyms\n", "not valid TOML"),
    ("x = 1\n", r"needs a \[synonyms\] table"),
    ('[synonyms]\n"DA" = 3\n', "must be given a list"),
])
def test_bad_glossary_files_name_the_problem(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "bad.toml"
    path.write_text(content)
    with pytest.raises(GlossaryError, match=message) as info:
        load_glossary(path)
    assert str(path) in str(info.value)
    with pytest.raises(GlossaryError, match="cannot be read"):
        load_glossary(tmp_path / "missing.toml")


def test_clean_and_plain() -> None:
    assert qu.clean("  a \n b ") == "a b"
    assert len(qu.clean("x" * 5000)) == qu.MAX_QUERY_CHARS
    assert qu.plain('title:"DA" AND (x)').split() == ["title", "da", "and", "x"]


def test_parse_date_bounds() -> None:
    assert qu.parse_date("2023-02", end=True).day == 28
    assert qu.parse_date("2024").month == 1
    with pytest.raises(ValueError):
        qu.parse_date("last week")


# -- through the index -------------------------------------------------------------------

def _practice(pid: str, title: str, body: str, **kw: object) -> dict:
    return {"id": pid, "kind": "promising", "title": title, "body": body,
            "forces": kw.get("forces", ["Kent Police"]), "areas": kw.get("areas", ["Victim care"]),
            "report_title": "PEEL", "published": "2024-01-01", "section": None}


DOCS = [
    _practice("spelt", "Advisers for victims", "Independent domestic violence advisers (IDVAs) "
              "support victims of domestic abuse in the control room."),
    _practice("acronym", "DA car", "A DA response car attends priority calls.",
              forces=["Gwent Police"]),
    _practice("both", "Domestic abuse desk", "The DA desk reviews domestic abuse incidents."),
    _practice("other", "Safeguarding children", "Schools are told about safeguarding concerns."),
    _practice("filler", "Roads policing", "Speed enforcement on rural roads."),
]


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("q") / "index"
    ix.rebuild(path, DOCS)
    return path


def ids(hits: list) -> list[str]:
    return [h.id for h in hits]


def test_acronym_finds_spelt_out_and_back(built: Path, glossary: Glossary) -> None:
    assert "spelt" not in ids(finder.search(built, "DA"))  # without the glossary
    found = ids(finder.find(built, "DA", glossary=glossary).hits)
    assert {"spelt", "acronym", "both"} <= set(found)
    back = ids(finder.find(built, "domestic abuse", glossary=glossary).hits)
    assert "acronym" in back


def test_typed_words_outrank_expansions(built: Path, glossary: Glossary) -> None:
    found = ids(finder.find(built, "DA", glossary=glossary).hits)
    assert found.index("acronym") < found.index("spelt")
    found = ids(finder.find(built, "domestic abuse", glossary=glossary).hits)
    assert found.index("spelt") < found.index("acronym")


def test_misspelling_is_corrected_and_suggested(built: Path, glossary: Glossary) -> None:
    assert finder.search(built, "safegaurding") == []
    result = finder.find(built, "safegaurding", glossary=glossary)
    assert result.suggestion == "safeguarding"
    assert ids(result.hits) == ["other"]
    assert finder.find(built, "safeguarding", glossary=glossary).suggestion is None


def test_glossary_words_and_short_words_are_never_corrected(built: Path, glossary: Glossary
                                                             ) -> None:
    assert finder.find(built, "rape kids", glossary=glossary).suggestion is None


def test_field_aliases_and_operators(built: Path, glossary: Glossary) -> None:
    assert ids(finder.find(built, 'force:"gwent police"', glossary=glossary).hits) == ["acronym"]
    assert ids(finder.find(built, "title:safeguarding", glossary=glossary).hits) == ["other"]
    not_car = ids(finder.find(built, "DA NOT car", glossary=glossary).hits)
    assert "acronym" not in not_car and "both" in not_car
    assert ids(finder.find(built, '"rural roads" AND speed', glossary=glossary).hits) == ["filler"]


@pytest.mark.parametrize("query", ['"DA', "(DA OR", "DA AND", "NOT", "title:(DA", "*a*",
                                   "DA " * 600, "OR ANDNOT ANDNOT DA", "area:", "\x00DA"])
def test_malformed_queries_with_glossary_never_raise_raw(built: Path, glossary: Glossary,
                                                         query: str) -> None:
    try:
        result = finder.find(built, query, glossary=glossary, limit=3)
    except ix.QueryError as exc:
        assert str(exc)
    else:
        assert len(result.hits) <= 3

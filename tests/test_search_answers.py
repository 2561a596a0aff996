"""Search answers that are never silently wrong (issue 11): one test per wrong answer
found by trying it as a new user would."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from practicedb import pipeline, storage
from practicedb.cli import cli
from practicedb.config import Config
from practicedb.models import Practice, Report
from practicedb.search import filters

FORCES = ["North Yorkshire Police", "West Yorkshire Police", "South Yorkshire Police",
          "Greater Manchester Police"]


def _report(n: int, force: str, practices: list[Practice], published: str = "2024-05") -> Report:
    return Report(title=f"PEEL inspection of {force}", type="peel", forces=[force],
                  published=published, page_count=10, file_name=f"r{n}.pdf",
                  sha256=f"{n:x}" * 64, practices=practices)


def _p(kind: str, title: str, body: str, force: str, area: str) -> Practice:
    return Practice(kind, title, body, [force], 1, 1, None, [area])


def make_db(path: Path) -> Path:
    db = storage.open_db(path)
    reports = [
        _report(1, FORCES[0], [
            _p("notable", "Drones over the moors", "The force flies drones to search the "
               "moors for missing walkers; drones also film rural crime scenes.", FORCES[0],
               "Roads and operational support")]),
        _report(2, FORCES[1], [
            _p("innovative", "A drone unit for missing people", "A small drone unit finds "
               "missing people quickly and its pilots work with search advisers.", FORCES[1],
               "Vulnerability and mental health"),
            _p("promising", "County lines: seizing phones", "Officers seizing phones from "
               "county lines runners read them for the line holder's number.", FORCES[1],
               "Serious and organised crime")]),
        _report(3, FORCES[2], [
            _p("good", "Community Speedwatch volunteers", "Volunteers run community "
               "speedwatch in villages where residents report speeding.", FORCES[2],
               "Roads and operational support")]),
        _report(4, FORCES[3], [
            _p("innovative", "Contacts with victims of burglary", "Every burglary victim "
               "has contacts from a named officer; its purpose is reassurance.", FORCES[3],
               "Victim care")]),
    ]
    for report in reports:
        pipeline.store(db, report)
    db.close()
    return path


@pytest.fixture
def run(tmp_path: Path):  # type: ignore[no-untyped-def]
    db = make_db(tmp_path / "p.db")

    def invoke(*args: str):  # type: ignore[no-untyped-def]
        return CliRunner().invoke(cli, ["--db", str(db), "--index", str(tmp_path / "ix"),
                                        *args])

    return invoke


def _json(result) -> list[dict]:  # type: ignore[no-untyped-def]
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


# -- ambiguity is a question ---------------------------------------------------------------

@pytest.mark.parametrize("name", ["Yorkshire", "Yorks", "North", "Wales", "yorkshire police"])
def test_an_ambiguous_force_lists_the_candidates(name: str) -> None:
    with pytest.raises(filters.FilterError) as caught:
        filters.resolve_force(name)
    assert caught.value.field == "force" and len(caught.value.candidates) > 1
    assert "more than one force" in str(caught.value)


@pytest.mark.parametrize("name, force", [
    ("GMP", "Greater Manchester Police"), ("the Met", "Metropolitan Police Service"),
    ("BTP", "British Transport Police"), ("West Yorkshire", "West Yorkshire Police"),
    ("Surey Police", "Surrey Police"), ("Kent", "Kent Police")])
def test_exact_and_unique_short_forms_still_work(name: str, force: str) -> None:
    assert filters.resolve_force(name) == force


def test_cli_refuses_an_ambiguous_force_with_exit_status_2(run) -> None:  # type: ignore[no-untyped-def]
    for args in (["search", "drones", "--force", "Yorkshire"], ["list", "--force", "Yorks"]):
        result = run(*args)
        assert result.exit_code == 2, result.output
        assert "North Yorkshire Police" in result.output
        assert "West Yorkshire Police" in result.output


def test_an_ambiguous_kind_or_area_is_a_question() -> None:
    from practicedb.classification import load_taxonomy

    with pytest.raises(filters.FilterError) as caught:
        filters.resolve_area(load_taxonomy(), "crime")  # serious and organised, fraud...
    assert len(caught.value.candidates) > 1


# -- field terms filter -------------------------------------------------------------------

def test_kind_in_the_query_filters_like_the_option(run) -> None:  # type: ignore[no-untyped-def]
    typed = _json(run("search", "kind:innovative drones", "--json"))
    option = _json(run("search", "drones", "--kind", "innovative", "--json"))
    assert typed and {p["kind"] for p in typed} == {"innovative"}
    assert [p["id"] for p in typed] == [p["id"] for p in option]


def test_force_in_the_query_filters_and_may_span_words(run) -> None:  # type: ignore[no-untyped-def]
    typed = _json(run("search", "force:west yorkshire drones", "--json"))
    assert typed and all(p["forces"] == ["West Yorkshire Police"] for p in typed)
    quoted = _json(run("search", 'force:"North Yorkshire" drones', "--json"))
    assert [p["forces"] for p in quoted] == [["North Yorkshire Police"]]


def test_an_ambiguous_force_in_the_query_is_exit_status_2(run) -> None:  # type: ignore[no-untyped-def]
    result = run("search", "force:yorkshire drones")
    assert result.exit_code == 2
    assert "South Yorkshire Police" in result.output


def test_area_and_dates_in_the_query_filter(run) -> None:  # type: ignore[no-untyped-def]
    area = _json(run("search", "area:vulnerability drones", "--json"))
    assert [p["title"] for p in area] == ["A drone unit for missing people"]
    assert _json(run("search", "until:2023 drones", "--json")) == []


def test_title_keeps_searching_the_title(run) -> None:  # type: ignore[no-untyped-def]
    found = _json(run("search", "title:moors", "--json"))
    assert [p["title"] for p in found] == ["Drones over the moors"]


# -- spelling with restraint ----------------------------------------------------------------

def test_a_real_word_is_left_alone(run) -> None:  # type: ignore[no-untyped-def]
    result = run("search", "spiking", "--json")
    assert result.exit_code == 0
    assert json.loads(result.stdout) == []  # not "seizing": county lines would be wrong
    assert "Did you mean" not in result.output


def test_benchmark_does_not_correct_real_words(run) -> None:  # type: ignore[no-untyped-def]
    result = run("benchmark", "--text", "the contents of seized phones", "--json")
    assert result.exit_code == 0
    assert "contents → contacts" not in result.output and "Did you mean" not in result.output


def test_an_unknown_word_gets_a_suggestion_said_honestly(run) -> None:  # type: ignore[no-untyped-def]
    result = run("search", "speedwach")
    assert result.exit_code == 0
    assert "Did you mean: speedwatch?" in result.output
    assert "results include the corrected words" not in result.output
    assert "Nothing matches the words as typed" in result.output
    found = _json(run("search", "speedwach", "--json"))
    assert [p["title"] for p in found] == ["Community Speedwatch volunteers"]


def test_no_suggestion_when_the_words_as_typed_match_strongly_enough(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from practicedb.search import finder

    db = storage.open_db(make_db(tmp_path / "p.db"))
    pipeline.reindex(db, tmp_path / "ix")
    monkeypatch.setattr(finder, "FEW_HITS", 1)  # one strong match is enough here
    found = finder.find(tmp_path / "ix", "drones moors rural walkres")
    assert found.hits[0].strength == "strong" and found.suggestion is None
    monkeypatch.setattr(finder, "FEW_HITS", 3)
    found = finder.find(tmp_path / "ix", "drones moors rural walkres")
    assert found.suggestion == "drones moors rural walkers"


# -- an index knows its database --------------------------------------------------------------

def test_the_default_index_belongs_to_the_database(tmp_path: Path) -> None:
    a = Config.load({}, db_path=tmp_path / "a.db")
    b = Config.load({}, db_path=tmp_path / "b.db")
    assert a.index_path != b.index_path
    assert a.index_path.parent == tmp_path / "a.db.index"
    given = Config.load({"PRACTICEDB_INDEX": str(tmp_path / "x")}, db_path=tmp_path / "a.db")
    assert given.index_path == tmp_path / "x" / "practices"


def test_two_databases_sharing_an_index_folder_never_answer_for_each_other(
        tmp_path: Path) -> None:
    one = make_db(tmp_path / "one.db")
    other = tmp_path / "other.db"
    db = storage.open_db(other)
    pipeline.store(db, _report(9, "Kent Police", [_p(
        "notable", "Kent drones", "Drones in Kent.", "Kent Police", "Victim care")]))
    db.close()
    shared = tmp_path / "indexes"

    def search(db_file: Path) -> list[str]:
        result = CliRunner().invoke(cli, ["--db", str(db_file), "--index", str(shared),
                                          "search", "drones", "--json"])
        return [p["title"] for p in _json(result)]

    assert "Kent drones" not in search(one)
    status = CliRunner().invoke(cli, ["--db", str(other), "--index", str(shared), "status"])
    assert "out of date" in status.output
    assert search(other) == ["Kent drones"]


def test_status_says_out_of_date_after_a_write_that_keeps_the_count(run, tmp_path: Path
                                                                    ) -> None:  # type: ignore[no-untyped-def]
    assert run("reindex").exit_code == 0
    assert "up to date" in run("status").output
    db = storage.open_db(tmp_path / "p.db")
    pid = next(storage.iter_practices(db))["id"]
    storage.set_areas(db, pid, ["Investigations"])  # same number of practices
    db.close()
    assert "out of date" in run("status").output
    found = _json(run("search", "area:investigations", "--json"))  # rebuilt before answering
    assert [p["id"] for p in found] == [pid]


# -- honest result lists -----------------------------------------------------------------

def test_results_show_a_strength_and_are_not_padded(run) -> None:  # type: ignore[no-untyped-def]
    found = _json(run("search", "drones missing moors walkers", "--json", "--limit", "10"))
    assert found[0]["strength"] == "strong"
    assert {p["strength"] for p in found} <= {"strong", "good", "partial"}
    assert len(found) < 5  # the practices without those words are not listed
    table = run("search", "drones")
    assert "strong match" in table.output


def test_shared_terms_leave_out_filler(run) -> None:  # type: ignore[no-untyped-def]
    found = _json(run("benchmark", "--text", "Every burglary victim has contacts from its "
                      "named officer which reassures them", "--json"))
    assert found and found[0]["title"] == "Contacts with victims of burglary"
    shared = {w.lower() for w in found[0]["shared_terms"]}
    assert "burglary" in shared
    assert not shared & {"has", "its", "which", "from", "every"}

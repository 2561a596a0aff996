"""similar / benchmark: reading the user's document, ranking, and the CLI's JSON contract."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from practicedb import pipeline, storage
from practicedb.cli import cli
from practicedb.models import Practice, Report
from practicedb.search.similarity import DocumentError, group_by_area, read_document
from practicedb.storage.export import CONTRACT_KEYS
from tests.conftest import CORPUS

BURGLARY = "we give burglary victims a crime prevention visit within two days"


# -- reading the user's own document -------------------------------------------------------

def test_reads_text_and_markdown(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Our burglary unit visits victims.", encoding="utf-8")
    (tmp_path / "b.md").write_bytes("# Procedure\n\nVictims\u2019 visits".encode("cp1252"))
    assert "burglary" in read_document(tmp_path / "a.txt")
    assert "Victims" in read_document(tmp_path / "b.md")  # not UTF-8: read as Windows text


def test_reads_docx(tmp_path: Path) -> None:
    docx = pytest.importorskip("docx")
    document = docx.Document()
    document.add_paragraph("Burglary victims get a prevention visit.")
    document.add_table(rows=1, cols=1).cell(0, 0).text = "Within two days"
    document.save(tmp_path / "ours.docx")
    text = read_document(tmp_path / "ours.docx")
    assert "prevention visit" in text and "Within two days" in text


def test_reads_pdf() -> None:
    pdf = CORPUS / "peel-2024-cumbria.pdf"
    if not pdf.exists():
        pytest.skip("corpus PDF missing")
    assert "victim care hub" in read_document(pdf).lower()


@pytest.mark.parametrize("name, content, cause", [
    ("missing.txt", None, "no such file"),
    ("empty.txt", b"  \n", "has no text"),
    ("binary.txt", b"\x00\x01PK", "not a text file"),
    ("old.doc", b"x", "save it as .docx"),
    ("sheet.xlsx", b"x", "not supported"),
    ("fake.docx", b"not a zip", "not a Word .docx file"),
    ("fake.pdf", b"<html>nope</html>", "not a readable PDF"),
])
def test_unreadable_documents_give_one_line_naming_file_and_cause(
    tmp_path: Path, name: str, content: bytes | None, cause: str
) -> None:
    path = tmp_path / name
    if content is not None:
        path.write_bytes(content)
    with pytest.raises(DocumentError) as info:
        read_document(path)
    message = str(info.value)
    assert cause in message and name in message and "\n" not in message


def test_folder_is_not_a_document(tmp_path: Path) -> None:
    with pytest.raises(DocumentError, match="folder"):
        read_document(tmp_path)


# -- ranking and the CLI -------------------------------------------------------------------

def _report(n: int, force: str, practices: list[Practice]) -> Report:
    return Report(f"Report {n}", "peel", [force], f"202{n}-01-01", 10, f"r{n}.pdf",
                  str(n) * 64, practices)


PRACTICES = [
    Practice("promising", "Burglary victims get a prevention visit",
             "Officers visit every burglary victim within two days to give crime prevention "
             "advice and fit door and window locks.", ["Kent Police"], 1, 1, None,
             ["Neighbourhood policing"]),
    Practice("innovative", "Target hardening after burglary",
             "Crime prevention officers survey burgled homes and fit locks for victims.",
             ["Essex Police"], 2, 2, None, ["Neighbourhood policing", "Victim care"]),
    Practice("good", "Volume crime investigation hubs",
             "Burglary and vehicle crime are investigated by hubs with digital investigators.",
             ["Durham Constabulary"], 3, 3, None, ["Investigations"]),
    Practice("notable", "Domestic abuse car", "A DA response car attends priority incidents.",
             ["Gwent Police"], 4, 4, None, ["Domestic abuse, VAWG and sexual offences"]),
    Practice("promising", "Speed watch", "Volunteers run community speed watch on roads.",
             ["Kent Police"], 5, 5, None, ["Roads and operational support"]),
]


@pytest.fixture
def run(tmp_path: Path):
    db = storage.open_db(tmp_path / "p.db")
    for n, p in enumerate(PRACTICES, 1):
        pipeline.store(db, _report(n, p.forces[0], [p]))
    db.close()
    runner = CliRunner()
    base = ["--db", str(tmp_path / "p.db"), "--index", str(tmp_path / "index")]
    return lambda *args: runner.invoke(cli, base + list(args), catch_exceptions=False)


def _json(result) -> list[dict]:  # type: ignore[no-untyped-def]
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    for p in data:
        assert set(CONTRACT_KEYS) | {"score", "snippet"} <= set(p)
        assert isinstance(p["forces"], list) and isinstance(p["areas"], list)
    return data


def test_benchmark_ranks_the_closest_practice_first_and_explains(run) -> None:
    data = _json(run("benchmark", "--text", BURGLARY, "--json"))
    titles = [p["title"] for p in data]
    assert titles[0] == "Burglary victims get a prevention visit"
    assert titles.index("Target hardening after burglary") < titles.index(
        "Volume crime investigation hubs")
    assert "Speed watch" not in titles and "Domestic abuse car" not in titles
    assert {"burglary", "victims", "prevention"} <= set(data[0]["shared_terms"])
    assert "within" not in data[0]["shared_terms"]  # too general to be a reason
    assert "«" in data[0]["snippet"]
    assert [p["score"] for p in data] == sorted((p["score"] for p in data), reverse=True)


def test_benchmark_from_file_filters_and_limit(run, tmp_path: Path) -> None:
    doc = tmp_path / "ours.txt"
    doc.write_text(BURGLARY)
    data = _json(run("benchmark", "--file", str(doc), "--force", "Essex", "--json"))
    assert [p["title"] for p in data] == ["Target hardening after burglary"]
    assert len(_json(run("benchmark", "--text", BURGLARY, "--limit", "1", "--json"))) == 1


def test_benchmark_errors_are_one_line(run, tmp_path: Path) -> None:
    missing = run("benchmark", "--file", str(tmp_path / "nope.docx"))
    assert missing.exit_code == 1 and "nope.docx: no such file" in missing.output
    assert "Traceback" not in missing.output
    both = run("benchmark", "--text", "x", "--file", "y.txt")
    assert both.exit_code == 2 and "exactly one" in both.output


def test_benchmark_spelling_suggestion_goes_to_stderr(run) -> None:
    result = run("benchmark", "--text", "burglery prevention visits", "--json")
    data = json.loads(result.stdout)
    assert data and data[0]["title"] == "Burglary victims get a prevention visit"
    assert "burglery → burglary" in result.stderr


def test_similar_finds_the_same_kind_of_work(run) -> None:
    listing = _json(run("search", "burglary victims prevention visit", "--json"))
    source = listing[0]["id"]
    data = _json(run("similar", source, "--json"))
    assert source not in [p["id"] for p in data]
    assert data[0]["title"] == "Target hardening after burglary"
    assert "burglary" in data[0]["shared_terms"]
    assert run("similar", "p-nonexistent").exit_code == 1


def test_search_suggests_and_expands(run) -> None:
    result = run("search", "burglery", "--json")
    assert "Did you mean: burglary?" in result.stderr
    assert len(json.loads(result.stdout)) == 3
    titles = [p["title"] for p in _json(run("search", "domestic abuse", "--json"))]
    assert titles == ["Domestic abuse car"]
    assert "Domestic abuse car" in [p["title"] for p in _json(run("search", "DA", "--json"))]


def test_group_by_area_tables(run) -> None:
    result = run("benchmark", "--text", BURGLARY, "--group-by", "area")
    assert result.exit_code == 0
    out = result.output
    assert out.index("Neighbourhood policing (2)") < out.index("Investigations (1)")
    assert "Shared:" in out
    assert "Neighbourhood policing (2)" in run("search", "burglary", "--group-by", "area").output


def test_custom_glossary_option(run, tmp_path: Path) -> None:
    path = tmp_path / "g.toml"
    path.write_text('[synonyms]\n"TH" = ["target hardening"]\n')
    titles = [p["title"] for p in _json(run("search", "TH", "--glossary", str(path), "--json"))]
    assert titles == ["Target hardening after burglary"]
    bad = tmp_path / "bad.toml"
    bad.write_text("nonsense")
    result = run("search", "TH", "--glossary", str(bad))
    assert result.exit_code == 1 and "bad.toml" in result.output


def test_group_by_area_keeps_rank_order() -> None:
    rows = [{"areas": ["B"]}, {"areas": ["A", "B"]}, {"areas": ["B"]}, {"areas": []}]
    assert [(a, len(r)) for a, r in group_by_area(rows)] == [("B", 2), ("A", 1),
                                                              ("No business area", 1)]

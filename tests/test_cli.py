"""The command line, through click's CliRunner, on a database of synthetic reports."""

from __future__ import annotations

import csv
import io
import json

import pytest
from click.testing import CliRunner

from practicedb.cli import cli
from practicedb.storage.export import CONTRACT_KEYS


@pytest.fixture
def run(db_path, tmp_path):
    """Run `practicedb --db ... --index ... ARGS`; returns the click Result."""
    runner = CliRunner()
    base = ["--db", str(db_path), "--index", str(tmp_path / "index")]

    def invoke(*args: str):
        return runner.invoke(cli, base + list(args), catch_exceptions=False)

    return invoke


def test_help_lists_commands():
    result = CliRunner().invoke(cli, ["--help"])
    assert result.exit_code == 0
    for command in ("ingest", "list", "search", "show", "export", "areas", "status", "reindex"):
        assert command in result.output


def test_list_json_contract(run):
    result = run("list", "--json")
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert len(data) == 4
    for practice in data:
        assert set(CONTRACT_KEYS) <= set(practice)
        assert isinstance(practice["forces"], list) and isinstance(practice["areas"], list)
    published = {p["title"]: p["published"] for p in data}
    assert published["Undated practice"] is None
    assert "2023-03" in published.values() and "2024-06-14" in published.values()


def test_list_groups_by_area_and_keeps_report_text_literal(run):
    result = run("list")
    assert result.exit_code == 0
    assert "Fraud and cyber crime (1)" in result.output
    assert "Neighbourhood policing (1)" in result.output
    assert "[bold]Fraud[/bold]" in result.output  # markup in a title is shown, not applied


def test_list_filters_and_partial_area_name(run):
    data = json.loads(run("list", "--area", "victim care", "--json").stdout)
    assert len(data) == 2
    data = json.loads(run("list", "--area", "fraud", "--since", "2023", "--json").stdout)
    assert [p["kind"] for p in data] == ["good"]
    data = json.loads(run("list", "--force", "merseyside", "--json").stdout)
    assert [p["forces"] for p in data] == [["Merseyside Police"]]


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["--area", "Traffic wardens"], ["not a business area", "Victim care"]),
        (["--area", "and"], ["more than one"]),
        (["--force", "Narnia Constabulary"], ["not a force", "Kent Police"]),
        (["--kind", "brilliant"], ["innovative", "promising"]),
        (["--since", "last Tuesday-ish"], ["not a date"]),
    ],
)
def test_bad_filters_get_clear_errors(run, args, words):
    result = run("list", *args)
    assert result.exit_code == 2
    for word in words:
        assert word in result.output
    assert "Traceback" not in result.output


def test_show(run):
    pid = json.loads(run("list", "--json").stdout)[0]["id"]
    result = run("show", pid)
    assert result.exit_code == 0 and pid in result.output
    source = json.loads(run("show", pid, "--json").stdout)["source_file"]
    assert "Read from (PDF)" in result.output and source in result.output
    one = json.loads(run("show", pid, "--json").stdout)
    assert one["id"] == pid and set(CONTRACT_KEYS) <= set(one)
    missing = run("show", "p-nothere")
    assert missing.exit_code == 1 and "No practice has the id" in missing.output


def test_search_builds_index_and_filters(run):
    result = run("search", "burglary", "--json")
    assert result.exit_code == 0, result.output
    hits = json.loads(result.stdout)
    assert hits and hits[0]["title"] == "Burglary victims get a prevention visit"
    assert set(CONTRACT_KEYS) | {"score"} <= set(hits[0])
    filtered = json.loads(run("search", "victims", "--kind", "good", "--json").stdout)
    assert {h["kind"] for h in filtered} == {"good"}
    assert run("search", "burglary").exit_code == 0


def test_search_with_no_results_and_hostile_query(run):
    assert "No practices match" in run("search", "zebra crossing").output
    result = run("search", '"unbalanced (')
    assert result.exit_code in (0, 1) and "Traceback" not in result.output


def test_export_csv_opens_in_excel(run, tmp_path):
    out = tmp_path / "practices.csv"
    assert run("export", "--format", "csv", "-o", str(out)).exit_code == 0
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # UTF-8 byte-order mark for Excel
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
    assert len(rows) == 4
    fraud = next(r for r in rows if r["kind"] == "good")
    assert fraud["primary_area"] == "Fraud and cyber crime"
    assert fraud["areas"] == "Fraud and cyber crime; Victim care"
    assert "- Victims over 80 get a visit" in fraud["body"]


def test_export_jsonl(run, tmp_path):
    out = tmp_path / "practices.jsonl"
    assert run("export", "--format", "jsonl", "-o", str(out)).exit_code == 0
    lines = out.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 4
    assert all(set(CONTRACT_KEYS) <= set(json.loads(line)) for line in lines)


def test_areas_and_status(run):
    result = run("areas", "--json")
    counts = {row["area"]: row for row in json.loads(result.stdout)}
    assert len(counts) == 19
    assert counts["Victim care"] == {"area": "Victim care", "primary": 0, "total": 2}
    status = run("status")
    assert status.exit_code == 0 and "Practices" in status.output and "4" in status.output


def test_missing_database_is_a_clear_error(tmp_path):
    result = CliRunner().invoke(cli, ["--db", str(tmp_path / "none.db"), "list"])
    assert result.exit_code == 1
    assert "no practice database" in result.output and "practicedb ingest" in result.output


def test_reindex(run):
    result = run("reindex")
    assert result.exit_code == 0 and "4 practices" in " ".join(result.output.split())


def test_rebuilding_the_index_keeps_other_files_in_the_index_folder(db_path, tmp_path):
    folder = tmp_path / "indexes"
    folder.mkdir()
    (folder / "README.md").write_text("keep me")
    args = ["--db", str(db_path), "--index", str(folder)]
    assert CliRunner().invoke(cli, args + ["reindex"]).exit_code == 0
    assert CliRunner().invoke(cli, args + ["reindex"]).exit_code == 0
    assert (folder / "README.md").read_text() == "keep me"


def test_withdrawn_practices_do_not_make_every_search_rebuild_the_index(tmp_path):
    import copy

    from practicedb import pipeline, storage
    from tests.conftest import make_reports

    db_file = tmp_path / "p.db"
    db = storage.open_db(db_file)
    report = make_reports()[0]
    pipeline.store(db, report)
    revised = copy.deepcopy(report)
    revised.sha256 = "9" * 64
    revised.practices = revised.practices[:1]  # one practice is withdrawn
    pipeline.store(db, revised)
    db.close()
    args = ["--db", str(db_file), "--index", str(tmp_path / "idx"), "search", "victims"]
    first = CliRunner().invoke(cli, args)
    second = CliRunner().invoke(cli, args)
    assert "Building the search index" in first.output
    assert second.exit_code == 0 and "Building the search index" not in second.output
    status = CliRunner().invoke(cli, ["--db", str(db_file), "--index", str(tmp_path / "idx"),
                                      "status"])
    assert "up to date" in status.output


def test_a_very_long_query_is_not_echoed_back_whole(run):
    result = run("search", "(" * 3000)
    assert result.exit_code in (0, 1) and "Traceback" not in result.output
    assert len(result.output) < 400

"""Benchmarking records: statuses, history, overdue, leads, survival across re-ingest, register."""

from __future__ import annotations

import copy
import csv
import io
import json
import sqlite3
from datetime import date

import pytest
from click.testing import CliRunner

from practicedb import pipeline, reviews, storage
from practicedb.cli import cli
from tests.conftest import make_reports

TODAY = date(2026, 11, 26)


def _ids(db) -> dict[str, str]:
    return {p["title"]: p["id"] for p in storage.iter_practices(db, include_withdrawn=True)}


@pytest.fixture
def db(db_path):
    db = storage.open_db(db_path)
    # Reviews opened on a fixed day, so "still new after N days" does not depend on the clock.
    db.execute("update reviews set opened_at = '2026-10-01T09:00:00+00:00'")
    db.conn.commit()
    return db


@pytest.mark.parametrize("text", ["under review", "Under-Review", "under_review", " UNDER review"])
def test_status_forms(text):
    assert reviews.parse_status(text) == "under review"


def test_unknown_status_lists_the_valid_ones():
    with pytest.raises(reviews.ReviewError) as err:
        reviews.parse_status("sorted")
    assert "'sorted' is not a review status" in str(err.value)
    assert all(s in str(err.value) for s in reviews.STATUSES)


def test_every_practice_starts_with_one_new_review_in_its_primary_area(db):
    rows = list(db.query("select practice_id, area, status from reviews"))
    assert len(rows) == 4 and {r["status"] for r in rows} == {"new"}
    fraud = _ids(db)["[bold]Fraud[/bold] triage <script>alert(1)</script>"]
    assert [r["area"] for r in rows if r["practice_id"] == fraud] == ["Fraud and cyber crime"]


def test_assess_records_each_change_with_who_when_from_and_to(db):
    pid = _ids(db)["Burglary victims get a prevention visit"]
    reviews.assess(db, pid, by="Insp Shah", status="under review", due="2026-12-31",
                   note="Checking our own visits", at="2026-11-01T10:00:00+00:00")
    reviews.assess(db, pid, by="Supt Jones", status="adopted", due=None,
                   at="2026-11-20T10:00:00+00:00")
    reviews.assess(db, pid, by="Supt Jones", note="Rolled out to all areas")
    (current,) = reviews.practice_reviews(db, pid)
    assert (current["status"], current["due"], current["note"]) == (
        "adopted", None, "Rolled out to all areas")
    steps = [(h["by"], h["from_status"], h["to_status"], h["from_due"], h["to_due"], h["note"])
             for h in reviews.history(db, pid)]
    assert steps == [
        ("practicedb (ingest)", None, "new", None, None, None),
        ("Insp Shah", "new", "under review", None, "2026-12-31", "Checking our own visits"),
        ("Supt Jones", "under review", "adopted", "2026-12-31", None, None),
        ("Supt Jones", "adopted", "adopted", None, None, "Rolled out to all areas"),
    ]
    with pytest.raises(sqlite3.DatabaseError, match="append-only"):
        db.execute("update review_history set to_status = 'new'")


def test_assess_refuses_nothing_to_record_and_unknown_ids(db):
    pid = _ids(db)["Undated practice"]
    with pytest.raises(reviews.ReviewError, match="Nothing to record"):
        reviews.assess(db, pid, by="x", status="new")
    with pytest.raises(reviews.ReviewError, match="No practice has the id 'p-none'"):
        reviews.assess(db, "p-none", by="x", status="adopted")
    assert len(reviews.history(db, pid)) == 1


def test_assess_for_a_secondary_area_opens_its_own_review(db):
    pid = _ids(db)["Operation Harbour: safeguarding repeat victims"]
    reviews.assess(db, pid, by="x", status="already in place", area="Victim care")
    areas = {r["area"]: r["status"] for r in reviews.practice_reviews(db, pid)}
    assert areas == {"Domestic abuse, VAWG and sexual offences": "new",
                     "Victim care": "already in place"}
    # with two reviews, no --area means the primary area's
    reviews.assess(db, pid, by="x", status="under review")
    areas = {r["area"]: r["status"] for r in reviews.practice_reviews(db, pid)}
    assert areas["Domestic abuse, VAWG and sexual offences"] == "under review"


def test_overdue_rules():
    def reason(status, due=None, opened="2026-09-01T08:00:00+00:00", days=60):
        return reviews.overdue_reason({"status": status, "due": due, "opened_at": opened},
                                      TODAY, days)

    assert reason("new") == "still new after 86 days"
    assert reason("new", days=90) == ""
    assert reason("new", opened="2026-09-27T08:00:00+00:00") == ""  # exactly 60 days: not yet
    assert reason("new", opened="2026-09-26T08:00:00+00:00") == "still new after 61 days"
    assert reason("under review", due="2026-11-25") == "due 2026-11-25 (1 day ago)"
    assert reason("under review", due="2026-11-26") == ""  # due today is not late
    assert reason("under review") == ""  # not new, no due date
    assert reason("will adopt", due="2026-01-01").startswith("due 2026-01-01")
    assert reason("adopted", due="2026-01-01") == ""  # closed reviews are never overdue
    assert reason("not applicable") == ""


def test_list_reviews_filters_and_overdue(db):
    ids = _ids(db)
    reviews.assess(db, ids["Undated practice"], by="x", status="adopted")
    reviews.assess(db, ids["Burglary victims get a prevention visit"], by="x",
                   status="under review", due="2027-01-31")
    leads = reviews.Leads(by_area={"Neighbourhood policing": reviews.Lead(
        "Neighbourhood policing", "Ch Insp Patel", "Neighbourhoods")}, new_after_days=30)
    open_rows = reviews.list_reviews(db, today=TODAY, leads=leads)
    assert len(open_rows) == 3  # the adopted one is closed
    late = reviews.list_reviews(db, today=TODAY, leads=leads, overdue_only=True)
    assert sorted(r["overdue"] for r in late) == ["still new after 56 days"] * 2
    assert reviews.list_reviews(db, today=TODAY, leads=leads, overdue_only=True,
                                new_after_days=60) == []
    mine = reviews.list_reviews(db, today=TODAY, leads=leads, lead="patel")
    assert [(r["title"], r["lead"]) for r in mine] == [
        ("Burglary victims get a prevention visit", "Ch Insp Patel (Neighbourhoods)")]
    done = reviews.list_reviews(db, today=TODAY, statuses=["adopted"])
    assert [r["title"] for r in done] == ["Undated practice"]
    assert len(reviews.list_reviews(db, today=TODAY, statuses=None)) == 4


def test_assessments_survive_reingest_of_a_revised_report(tmp_path):
    """Ingest, assess, re-ingest a revision without one practice: kept, withdrawn, history whole."""
    db = storage.open_db(tmp_path / "p.db")
    storage.set_setting(db, "reviews-from", "2024-01-01", by="tests")
    report = make_reports()[0]
    first = pipeline.store(db, report)
    harbour, burglary = first.added
    reviews.assess(db, harbour, by="DI Khan", status="will adopt", due="2027-02-28",
                   note="Pilot in the north")
    reviews.assess(db, burglary, by="Insp Shah", status="under review")

    revised = copy.deepcopy(report)
    revised.sha256 = "e" * 64
    revised.practices = revised.practices[:1]
    revised.practices[0].areas = ["Victim care"]  # reclassified on the way: review stays put
    second = pipeline.store(db, revised)
    assert second.removed == [burglary] and second.updated == [harbour]

    gone = storage.get_practice(db, burglary)
    assert gone is not None and gone["withdrawn_at"]
    assert burglary not in [p["id"] for p in storage.iter_practices(db)]
    assert [(r["to_status"], r["by"]) for r in reviews.history(db, burglary)] == [
        ("new", "practicedb (ingest)"), ("under review", "Insp Shah")]
    (kept,) = reviews.practice_reviews(db, harbour)
    assert (kept["area"], kept["status"], kept["due"], kept["note"]) == (
        "Domestic abuse, VAWG and sexual offences", "will adopt", "2027-02-28",
        "Pilot in the north")
    assert db["reviews"].count == 2 and db["review_history"].count == 4
    listed = reviews.list_reviews(db, today=TODAY, statuses=None)
    assert [r["practice_id"] for r in listed] == [harbour]
    withdrawn = reviews.list_reviews(db, today=TODAY, statuses=None, include_withdrawn=True)
    assert {r["practice_id"] for r in withdrawn} == {harbour, burglary}

    # The search index drops the withdrawn practice and stays healthy.
    from practicedb.pipeline import sync_index
    from practicedb.search import index

    assert sync_index(db, tmp_path / "idx", set(second.updated), set(second.removed)) == ""
    assert index.doc_count(tmp_path / "idx") == 1


# -- leads ---------------------------------------------------------------------------


def test_shipped_leads_cover_the_shipped_taxonomy():
    from practicedb.classification import load_taxonomy

    names = load_taxonomy().names
    leads = reviews.load_leads()
    assert leads.path is None and leads.new_after_days == 60
    assert leads.missing(names) == [] and leads.unknown(names) == []


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("[leads\n", ["not valid TOML"]),
        ("new_after_days = 'soon'\n", ["new_after_days", "whole number"]),
        ("[leads]\n'Victim care' = 42\n", ["Victim care", "name in quotes"]),
        ("[leads]\n'Victim care' = { phone = '999' }\n", ["phone", "only name, role and email"]),
        ("[leads]\n'Victim care' = { email = 'a@b.uk' }\n", ["needs a name or a role"]),
        ("chair = 'DCC'\n", ["settings I don't know", "chair"]),
    ],
)
def test_bad_leads_files_get_errors_naming_the_file(tmp_path, text, words):
    path = tmp_path / "my-leads.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(reviews.LeadsError) as err:
        reviews.load_leads(path)
    assert str(path) in str(err.value)
    for word in words:
        assert word in str(err.value)


def test_leads_file_precedence(tmp_path):
    assert reviews.find_leads_file(None, cwd=tmp_path) is None
    (tmp_path / "leads.toml").write_text("", encoding="utf-8")
    assert reviews.find_leads_file(None, cwd=tmp_path) == tmp_path / "leads.toml"
    assert reviews.find_leads_file(tmp_path / "x.toml", cwd=tmp_path) == tmp_path / "x.toml"


# -- the command line ------------------------------------------------------------------


@pytest.fixture
def run(db, db_path, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)  # no stray ./leads.toml
    monkeypatch.setattr("practicedb.cli._common.today", lambda: TODAY)
    base = ["--db", str(db_path), "--index", str(tmp_path / "index")]

    def invoke(*args: str):
        return CliRunner().invoke(cli, base + list(args), catch_exceptions=False)

    return invoke


def test_cli_assess_reviews_and_show(run, db):
    pid = _ids(db)["Burglary victims get a prevention visit"]
    result = run("assess", pid, "--status", "under-review", "--due", "2026-11-01",
                 "--note", "Compare with <b>our</b> scheme", "--by", "Insp Shah")
    assert result.exit_code == 0, result.output
    assert "'new' → 'under review'" in result.output
    bad = run("assess", pid, "--status", "done")
    assert bad.exit_code == 2 and "already in place" in bad.output
    assert run("assess", pid).exit_code == 2  # nothing given

    rows = json.loads(run("reviews", "--overdue", "--json").stdout)
    assert {r["practice_id"]: r["overdue"] for r in rows}[pid] == "due 2026-11-01 (25 days ago)"
    assert len(rows) == 1  # the others are new for 56 days, under the default 60
    assert len(json.loads(run("reviews", "--overdue", "--new-after", "50", "--json").stdout)) == 4
    table = run("reviews", "--area", "neighbourhood")
    assert "Neighbourhood policing (1)" in table.output and "OVERDUE" in table.output

    shown = run("show", pid)
    assert "Insp Shah" in shown.output and "Compare with <b>our</b> scheme" in shown.output
    history = json.loads(run("show", pid, "--json").stdout)["history"]
    assert [h["to_status"] for h in history] == ["new", "under review"]


def test_cli_leads_warns_about_missing_and_unknown_areas(run, tmp_path):
    path = tmp_path / "leads.toml"
    path.write_text("force = 'Kent Police'\n[leads]\n'Victim care' = 'Ch Insp Ray'\n"
                    "'Traffic wardens' = { role = 'Head of Wardens' }\n", encoding="utf-8")
    result = run("leads")
    assert result.exit_code == 0
    out = " ".join(result.output.split())
    assert "Ch Insp Ray" in out and "18 business areas have no lead" in out
    assert "not in the taxonomy" in out and "Traffic wardens" in out
    broken = tmp_path / "broken.toml"
    broken.write_text("[leads\n", encoding="utf-8")
    bad = run("--leads", str(broken), "leads")
    assert bad.exit_code == 1 and str(broken) in " ".join(bad.output.split())
    assert "Traceback" not in bad.output


def test_cli_export_register_xlsx_and_csv(run, db, tmp_path):
    from openpyxl import load_workbook

    pid = _ids(db)["Undated practice"]
    run("assess", pid, "--status", "will adopt", "--due", "2027-03-31", "--note", "Next year")
    out = tmp_path / "register.xlsx"
    result = run("export-register", "--format", "xlsx", "-o", str(out))
    assert result.exit_code == 0, result.output
    sheet = load_workbook(out).active
    header = [c.value for c in sheet[1]]
    assert header[:4] == ["Practice ID", "Practice", "Practice text", "Kind"]
    assert {"Business area", "Lead", "Status", "Due date", "Latest note"} <= set(header)
    assert all(c.font.bold for c in sheet[1]) and sheet.freeze_panes == "C2"
    assert sheet.auto_filter.ref == f"A1:Q{sheet.max_row}" and sheet.max_row == 5
    # Printed one page wide (Excel honours fitToWidth only with fitToPage set).
    assert sheet.sheet_properties.pageSetUpPr.fitToPage
    assert (sheet.page_setup.fitToWidth, sheet.page_setup.fitToHeight) == (1, 0)
    rows = {r[0]: dict(zip(header, r, strict=True))
            for r in sheet.iter_rows(min_row=2, values_only=True)}
    assert rows[pid]["Status"] == "will adopt" and rows[pid]["Due date"].date().isoformat() == (
        "2027-03-31")
    assert rows[pid]["Latest note"] == "Next year"
    assert rows[pid]["Lead"] == "Head of Criminal Justice and Custody"

    csv_out = tmp_path / "register.csv"
    assert run("export-register", "--format", "csv", "-o", str(csv_out)).exit_code == 0
    raw = csv_out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    data = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
    assert len(data) == 4 and {d["Status"] for d in data} == {"new", "will adopt"}

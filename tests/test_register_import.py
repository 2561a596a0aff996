"""The register comes back: xlsx with a Status drop-down and real dates; import applies
good rows as assessments with history, refuses bad ones by row number, and is idempotent."""

from __future__ import annotations

import csv
from datetime import date, datetime

import pytest
from click.testing import CliRunner
from openpyxl import load_workbook

from practicedb import reviews, storage
from practicedb.cli import cli


@pytest.fixture
def db(db_path):
    return storage.open_db(db_path)


def _export(db, path):
    rows = reviews.list_reviews(db, statuses=None)
    return reviews.write_register_xlsx(rows, path)


def test_xlsx_has_a_status_drop_down_real_dates_text_and_ids(db, tmp_path):
    pid = next(p["id"] for p in storage.iter_practices(db) if p["title"].startswith("Burglary"))
    reviews.assess(db, pid, by="t", status="will adopt", due="2027-03-31", note="Pilot")
    out = tmp_path / "r.xlsx"
    assert _export(db, out) == 4
    sheet = load_workbook(out).active
    header = [c.value for c in sheet[1]]
    assert header[:3] == ["Practice ID", "Practice", "Practice text"]
    rows = {r[0].value: {h: c.value for h, c in zip(header, r, strict=True)}
            for r in sheet.iter_rows(min_row=2)}
    assert rows[pid]["Due date"] == datetime(2027, 3, 31)  # a date cell, not text
    assert isinstance(rows[pid]["Published"], datetime)
    assert "burglary victims within two days" in rows[pid]["Practice text"]
    lists = [v for v in sheet.data_validations.dataValidation if v.type == "list"]
    assert len(lists) == 1 and "under review" in lists[0].formula1
    status_col = "ABCDEFGHIJKLMNOPQRSTU"[header.index("Status")]
    assert f"{status_col}2:{status_col}5" in str(lists[0].sqref)


def _edit(path, changes: dict[int, dict[str, object]]) -> None:
    book = load_workbook(path)
    sheet = book.active
    header = [c.value for c in sheet[1]]
    for row, values in changes.items():
        for key, value in values.items():
            sheet.cell(row=row, column=header.index(key) + 1, value=value)
    book.save(path)


def test_import_applies_good_rows_refuses_bad_ones_and_is_idempotent(db, tmp_path):
    out = tmp_path / "r.xlsx"
    _export(db, out)
    ids = [r[0].value for r in load_workbook(out).active.iter_rows(min_row=2)]
    _edit(out, {
        2: {"Status": "Under review", "Due date": datetime(2027, 1, 31),
            "Latest note": "Comparing with ours"},
        3: {"Status": "sorted"},  # not a status
        4: {"Practice ID": "p-0000000000", "Status": "adopted"},  # unknown id
        5: {"Due date": "31/02/2027", "Status": "adopted"},  # impossible date
    })
    result = reviews.import_register(db, out, by="DI Khan")
    assert [c["practice_id"] for c in result.changes] == [ids[0]]
    assert [(p.row, p.reason[:12]) for p in result.problems] == [
        (3, "'sorted' is "), (4, "no practice "), (5, "'31/02/2027'")]
    review = reviews.practice_reviews(db, ids[0])[0]
    assert (review["status"], review["due"], review["note"]) == (
        "under review", "2027-01-31", "Comparing with ours")
    last = reviews.history(db, ids[0])[-1]
    assert (last["by"], last["from_status"], last["to_status"]) == ("DI Khan", "new",
                                                                     "under review")
    # the bad rows changed nothing; the same file again records nothing new
    assert reviews.practice_reviews(db, ids[3])[0]["status"] == "new"
    count = db["review_history"].count
    again = reviews.import_register(db, out, by="DI Khan")
    assert again.changes == [] and again.unchanged == 1 and len(again.problems) == 3
    assert db["review_history"].count == count
    # a fresh export of the new state imports as no change at all
    fresh = tmp_path / "fresh.xlsx"
    _export(db, fresh)
    assert reviews.import_register(db, fresh, by="x").changes == []


def test_dry_run_and_csv(db, tmp_path):
    path = tmp_path / "r.csv"
    with open(path, "w", encoding="utf-8-sig", newline="") as fh:
        reviews.write_register_csv(reviews.list_reviews(db, statuses=None), fh)
    rows = list(csv.DictReader(open(path, encoding="utf-8-sig")))
    rows[1]["Status"], rows[1]["Due date"] = "adopted", "2027-02-28"
    with open(path, "w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    before = db["review_history"].count
    dry = reviews.import_register(db, path, by="x", dry_run=True)
    assert len(dry.changes) == 1 and db["review_history"].count == before
    done = reviews.import_register(db, path, by="x")
    assert done.changes[0]["status"] == "adopted" and done.changes[0]["due"] == "2027-02-28"
    with pytest.raises(reviews.RegisterImportError, match="not a register"):
        reviews.import_register(db, tmp_path / "r.txt", by="x")


def test_cli_import_register_and_assess_several_ids(db, db_path, tmp_path):
    runner = CliRunner()
    base = ["--db", str(db_path), "--index", str(tmp_path / "idx")]
    ids = [p["id"] for p in storage.iter_practices(db)]
    done = runner.invoke(cli, base + ["assess", ids[0], ids[1], "--status", "not applicable",
                                      "--by", "DI Khan"])
    assert done.exit_code == 0, done.output
    assert {reviews.practice_reviews(db, i)[0]["status"] for i in ids[:2]} == {"not applicable"}
    out = tmp_path / "r.xlsx"
    assert runner.invoke(cli, base + ["export-register", "-o", str(out)]).exit_code == 0
    _edit(out, {2: {"Status": "adopted"}, 3: {"Due date": "2027-13-01"}})
    dry = runner.invoke(cli, base + ["import-register", str(out), "--dry-run"])
    assert "Would record row 2" in dry.output and "Refused row 3" in dry.output
    assert dry.exit_code == 1 and "Traceback" not in dry.output
    real = runner.invoke(cli, base + ["import-register", str(out), "--by", "Supt Jones"])
    assert "1 row changed, 2 unchanged, 1 refused" in " ".join(real.output.split())
    assert date.today()  # the import ran against today's clock without error

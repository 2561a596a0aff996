"""The database: schema, stable ids, idempotent replace, filters."""

from __future__ import annotations

import copy

from practicedb import storage
from tests.conftest import make_reports


def test_open_db_is_idempotent(tmp_path):
    path = tmp_path / "x.db"
    storage.open_db(path).close()
    db = storage.open_db(path)
    assert {"reports", "practices", "ingest_log"} <= set(db.table_names())
    assert [m["name"] for m in db.query("select name from _sqlite_migrations")] == ["m001_initial"]


def test_practice_ids_are_stable_and_ignore_cosmetic_title_changes():
    report = make_reports()[0]
    rid = storage.report_key(report)
    first = storage.practice_ids(rid, report.practices)
    edited = copy.deepcopy(report.practices)
    edited[0].title = "Operation  harbour – Safeguarding repeat victims!"
    edited[0].body = "A revised body."
    assert storage.practice_ids(rid, edited) == first
    assert len(set(first)) == 2


def test_repeated_titles_get_distinct_ids():
    report = make_reports()[0]
    report.practices[1].title = report.practices[0].title
    ids = storage.practice_ids(storage.report_key(report), report.practices)
    assert len(set(ids)) == 2


def test_report_key_falls_back_to_file_name():
    a, b, _ = make_reports()
    a.title = b.title = ""
    assert storage.report_key(a) != storage.report_key(b)


def test_restore_replaces_practices_and_keeps_first_seen(tmp_path):
    db = storage.open_db(tmp_path / "x.db")
    report = make_reports()[0]
    first = storage.store_report(db, report)
    assert len(first.added) == 2 and not first.updated
    seen = {r["id"]: r["first_seen"] for r in db.query("select id, first_seen from practices")}

    revised = copy.deepcopy(report)
    revised.sha256 = "c" * 64
    revised.practices = revised.practices[:1]
    revised.practices[0].body = "Revised text."
    second = storage.store_report(db, revised)
    assert second.updated == first.added[:1]
    assert second.removed == first.added[1:]
    rows = list(db.query("select id, body, first_seen from practices"))
    assert [r["id"] for r in rows] == first.added[:1]
    assert rows[0]["body"] == "Revised text."
    assert rows[0]["first_seen"] == seen[rows[0]["id"]]
    assert storage.is_known(db, "c" * 64) and not storage.is_known(db, "a" * 64)


def test_find_practices_filters(db_path):
    db = storage.open_db(db_path)
    titles = lambda **kw: sorted(p["title"] for p in storage.find_practices(db, **kw))  # noqa: E731
    assert len(titles()) == 4
    # an area matches primary or secondary areas
    assert len(titles(areas=["Victim care"])) == 2
    assert titles(areas=["Victim care"], primary_only=True) == []
    assert titles(forces=["Kent Police"]) == ["Undated practice"]
    assert titles(kinds=["promising", "notable"]) == [
        "Burglary victims get a prevention visit", "Undated practice"]
    # month-only dates count as the first of the month; undated reports drop out
    assert len(titles(since="2023-03-01")) == 3
    assert len(titles(until="2023-03-31")) == 1
    assert "Undated practice" not in titles(until="2030-01-01")
    assert titles(since="2024-06-15") == []
    assert len(titles(areas=["Victim care"], since="2024-01-01")) == 1


def test_contract_dict(db_path):
    db = storage.open_db(db_path)
    practice = next(storage.iter_practices(db))
    assert isinstance(practice["forces"], list) and isinstance(practice["areas"], list)
    assert practice["report_title"] and practice["source_file"].endswith(".pdf")
    assert storage.get_practice(db, practice["id"]) == practice
    assert storage.get_practice(db, "p-missing") is None

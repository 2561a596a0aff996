"""The database: schema, stable ids, idempotent replace, filters."""

from __future__ import annotations

import copy

from practicedb import pipeline, reviews, storage
from practicedb.storage import identity
from tests.conftest import make_reports


def test_open_db_is_idempotent(tmp_path):
    path = tmp_path / "x.db"
    storage.open_db(path).close()
    db = storage.open_db(path)
    assert {"reports", "practices", "ingest_log", "reviews", "review_history", "packs"} <= set(
        db.table_names())
    applied = [m["name"] for m in db.query("select name from _sqlite_migrations")]
    assert applied[:2] == ["m001_initial", "m002_reviews"]
    assert len(applied) == len(set(applied))  # each once, however often it is opened


def test_m002_opens_reviews_for_practices_stored_before_it(tmp_path):
    """A database made before benchmarking existed gets a `new` review per practice."""
    import sqlite_utils

    path = tmp_path / "old.db"
    old = sqlite_utils.Database(path)
    storage.migrations.migrations.apply(old, stop_before="m002_reviews")
    old["reports"].insert({"id": "r-1", "title": "Old report"}, pk="id")
    old["practices"].insert({"id": "p-1", "report_id": "r-1", "title": "Old practice",
                             "areas": '["Victim care"]', "primary_area": "Victim care"}, pk="id")
    old.close()
    db = storage.open_db(path)
    assert [(r["practice_id"], r["area"], r["status"]) for r in db["reviews"].rows] == [
        ("p-1", "Victim care", "new")]
    assert db["review_history"].count == 1


def test_practice_ids_are_stable_and_ignore_cosmetic_title_changes():
    report = make_reports()[0]
    rid = identity.report_key(report)
    first = identity.practice_ids(rid, report.practices)
    edited = copy.deepcopy(report.practices)
    edited[0].title = "Operation  harbour – Safeguarding repeat victims!"
    edited[0].body = "A revised body."
    assert identity.practice_ids(rid, edited) == first
    assert len(set(first)) == 2


def test_repeated_titles_get_distinct_ids():
    report = make_reports()[0]
    report.practices[1].title = report.practices[0].title
    ids = identity.practice_ids(identity.report_key(report), report.practices)
    assert len(set(ids)) == 2


def test_report_key_falls_back_to_file_name():
    a, b, _ = make_reports()
    a.title = b.title = ""
    assert identity.report_key(a) != identity.report_key(b)


def test_restore_replaces_practices_withdraws_the_missing_and_keeps_first_seen(tmp_path):
    db = storage.open_db(tmp_path / "x.db")
    storage.set_setting(db, "reviews-from", "2000-01-01", by="tests")  # review old reports too
    report = make_reports()[0]
    first = pipeline.store(db, report)
    assert len(first.added) == 2 and not first.updated
    seen = {r["id"]: r["first_seen"] for r in db.query("select id, first_seen from practices")}

    revised = copy.deepcopy(report)
    revised.sha256 = "c" * 64
    revised.practices = revised.practices[:1]
    revised.practices[0].body = "Revised text."
    second = pipeline.store(db, revised)
    assert second.updated == first.added[:1]
    assert second.removed == first.added[1:]
    rows = {r["id"]: r
            for r in db.query("select id, body, first_seen, withdrawn_at from practices")}
    kept, gone = first.added
    assert set(rows) == {kept, gone}  # withdrawn, never deleted
    assert rows[kept]["body"] == "Revised text." and rows[kept]["withdrawn_at"] is None
    assert rows[gone]["withdrawn_at"] and rows[kept]["first_seen"] == seen[kept]
    assert storage.is_known(db, "c" * 64) and not storage.is_known(db, "a" * 64)
    # withdrawn practices are left out of listings unless asked for
    assert [p["id"] for p in storage.iter_practices(db)] == [kept]
    assert len(storage.find_practices(db, include_withdrawn=True)) == 2
    assert storage.get_practice(db, gone)["withdrawn_at"]
    # storing the same revision again withdraws nothing new
    assert pipeline.store(db, revised).removed == []

    # the original comes back: the practice reappears, un-withdrawn, same first_seen, one review
    third = pipeline.store(db, report)
    assert third.added == [] and sorted(third.updated) == sorted(first.added)
    assert third.removed == []
    back = db.execute("select withdrawn_at, first_seen from practices where id = ?",
                      [gone]).fetchone()
    assert back == (None, seen[gone])
    assert db.execute("select count(*) from reviews where practice_id = ?",
                      [gone]).fetchone()[0] == 1


def test_store_opens_one_review_per_practice_in_its_primary_area(tmp_path):
    db = storage.open_db(tmp_path / "x.db")
    storage.set_setting(db, "reviews-from", "2000-01-01", by="tests")  # review old reports too
    report = make_reports()[0]
    pipeline.store(db, report)
    pipeline.store(db, report)  # re-ingest: no duplicates
    reviews = sorted((r["area"], r["status"]) for r in db["reviews"].rows)
    assert reviews == [("Domestic abuse, VAWG and sexual offences", "new"),
                       ("Neighbourhood policing", "new")]
    assert db["review_history"].count == 2


def test_history_is_append_only(db_path):
    import sqlite3

    import pytest

    db = storage.open_db(db_path)
    with pytest.raises(sqlite3.DatabaseError, match="append-only"):
        db.execute("update review_history set note = 'changed'")
    with pytest.raises(sqlite3.DatabaseError, match="append-only"):
        db.execute("delete from review_history")


def test_reclassify_moves_only_untouched_reviews(tmp_path):
    db = storage.open_db(tmp_path / "x.db")
    storage.set_setting(db, "reviews-from", "2000-01-01", by="tests")  # review old reports too
    stored = pipeline.store(db, make_reports()[0])
    untouched, worked = stored.added
    db.execute("""insert into review_history (practice_id, area, at, by, from_status, to_status)
                  values (?, 'Neighbourhood policing', '2026-01-01', 'x', 'new', 'new')""",
               [worked])
    with db.atomic():
        for pid in (untouched, worked):
            storage.set_areas(db, pid, ["Victim care"])
            reviews.follow_primary(db, pid, "Victim care")
    areas = {r["practice_id"]: r["area"] for r in db["reviews"].rows}
    assert areas == {untouched: "Victim care", worked: "Neighbourhood policing"}


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


def test_revised_report_read_under_another_title_keeps_its_ids(tmp_path):
    """Same file, title read differently (a newer extractor, a corrected cover)."""
    db = storage.open_db(tmp_path / "x.db")
    report = make_reports()[0]
    first = pipeline.store(db, report)
    revised = copy.deepcopy(report)
    revised.sha256 = "e" * 64
    revised.title = ("PEEL 2023-25 Police effectiveness, efficiency and legitimacy: "
                     "An inspection of Cumbria Constabulary")
    second = pipeline.store(db, revised)
    assert second.report_id == first.report_id
    assert sorted(second.updated) == sorted(first.added) and not second.removed
    assert db["reports"].count == 1


def test_reworded_practice_title_keeps_its_id_when_the_text_is_the_same(tmp_path):
    db = storage.open_db(tmp_path / "x.db")
    report = make_reports()[0]
    first = pipeline.store(db, report)
    revised = copy.deepcopy(report)
    revised.sha256 = "f" * 64
    revised.practices[0].title = "Operation Harbour: keeping repeat victims safe"
    second = pipeline.store(db, revised)
    assert sorted(second.updated) == sorted(first.added)
    assert not second.removed and not second.added
    stored = storage.get_practice(db, first.added[0])
    assert stored["title"] == "Operation Harbour: keeping repeat victims safe"


def test_an_unrelated_report_with_the_same_file_name_is_a_new_report(tmp_path):
    db = storage.open_db(tmp_path / "x.db")
    peel, thematic, _ = make_reports()
    thematic.file_name = peel.file_name  # e.g. both saved as download.pdf
    a = pipeline.store(db, peel)
    b = pipeline.store(db, thematic)
    assert a.report_id != b.report_id and not b.removed
    assert db["practices"].count == len(peel.practices) + len(thematic.practices)


def test_same_title_years_apart_is_another_report_and_a_reissue_is_not(tmp_path):
    """A custody suite inspected again years later under the same heading is a second
    report (nothing of the first is withdrawn); a corrected reissue weeks later is the
    same report."""
    db = storage.open_db(tmp_path / "x.db")
    first, _, _ = make_reports()
    first.published = "2019-05-14"
    later = copy.deepcopy(first)
    later.published, later.file_name, later.sha256 = "2024-02-01", "later.pdf", "f" * 64
    a = pipeline.store(db, first)
    b = pipeline.store(db, later)
    assert a.report_id != b.report_id and not b.removed
    assert db["practices"].count == 2 * len(first.practices)
    reissue = copy.deepcopy(later)
    reissue.published, reissue.sha256 = "2024-02-20", "e" * 64
    c = pipeline.store(db, reissue)
    assert c.report_id == b.report_id and not c.added and not c.removed
    again = pipeline.store(db, copy.deepcopy(first))  # the first one read again
    assert again.report_id == a.report_id and not again.removed


def test_far_apart_dates():
    assert identity.far_apart("2019-05", "2024-02-01")
    assert not identity.far_apart("2024-02", "2024-02-20")
    assert not identity.far_apart(None, "2024-02-20") and not identity.far_apart("bad", "2020")

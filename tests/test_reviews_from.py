"""Reviews start from a date: a back catalogue loads as catalogue, nothing overdue at once."""

from __future__ import annotations

from datetime import date

from practicedb import dates, pipeline, reviews, storage
from tests.conftest import make_reports


def _load(db) -> None:
    for report in make_reports():
        pipeline.store(db, report)


def test_first_install_loads_the_back_catalogue_without_reviews(tmp_path):
    db = storage.open_db(tmp_path / "p.db")
    assert storage.reviews_from(db) == dates.now_iso()[:10]  # the day first used, stored
    _load(db)
    # Two reports from 2023-24 are catalogue; the undated one counts as published today.
    rows = list(db.query("select practice_id from reviews"))
    assert len(rows) == 1
    later = date.today().replace(year=date.today().year + 1)
    overdue = reviews.list_reviews(db, today=later, overdue_only=True)
    assert len(overdue) == 1  # only the undated report's practice, a year on
    assert reviews.list_reviews(db, today=date.today(), overdue_only=True) == []
    # the catalogue shows in the full register with no status
    every = reviews.list_reviews(db, statuses=None)
    assert sorted(str(r["status"]) for r in every) == ["None", "None", "None", "new"]


def test_reviews_from_a_date_and_by_hand_on_an_older_practice(tmp_path):
    db = storage.open_db(tmp_path / "p.db")
    storage.set_setting(db, "reviews-from", "2024-06-01", by="t")
    _load(db)
    opened = {r["practice_id"] for r in db.query("select practice_id from reviews")}
    titles = {p["id"]: p["title"] for p in storage.iter_practices(db)}
    assert sorted(titles[i] for i in opened) == [
        "Burglary victims get a prevention visit", "Operation Harbour: safeguarding repeat victims",
        "Undated practice"]
    fraud = next(i for i, t in titles.items() if "Fraud" in t)
    row = reviews.assess(db, fraud, by="DS Cole", status="under review")
    assert row["from_status"] == "new" and reviews.practice_reviews(db, fraud)[0]["status"] == (
        "under review")
    # the same month counts: a report dated 2024-06 is on or after 2024-06-01
    storage.set_setting(db, "reviews-from", "2024-06-14", by="t")
    assert storage.reviews_from(db) == "2024-06-14"


def test_new_after_days_comes_from_the_setting_else_the_leads_file(db_path):
    db = storage.open_db(db_path)
    db.execute("update reviews set opened_at = '2026-10-01T09:00:00+00:00'")
    db.conn.commit()
    today = date(2026, 11, 1)  # 31 days on
    leads = reviews.Leads(new_after_days=30)
    assert len(reviews.list_reviews(db, today=today, leads=leads, overdue_only=True)) == 4
    storage.set_setting(db, "new-after-days", "45", by="t")
    assert reviews.list_reviews(db, today=today, leads=leads, overdue_only=True) == []
    assert storage.new_after_days(db, 30) == 45


def test_a_catalogue_practice_stays_catalogue_when_its_areas_change(tmp_path):
    db = storage.open_db(tmp_path / "p.db")
    _load(db)
    old = next(p["id"] for p in storage.iter_practices(db) if p["title"].startswith("Burglary"))
    pipeline.correct(db, None, old, by="t", areas=["Victim care"])
    assert reviews.practice_reviews(db, old) == []


def test_replay_follows_a_review_moved_by_reclassification(db_path):
    from practicedb.reviews.asat import load_history, practice_reviews_at, replay

    db = storage.open_db(db_path)
    pid = next(p["id"] for p in storage.iter_practices(db) if p["title"].startswith("Burglary"))
    reviews.follow_primary(db, pid, "Victim care")  # untouched: moves with the practice
    reviews.assess(db, pid, by="t", status="under review", note="Looking")
    state = replay(load_history(db), "9999")
    assert [k for k in state if k[0] == pid] == [(pid, "Victim care")]
    assert state[(pid, "Victim care")]["status"] == "under review"
    assert state[(pid, "Victim care")]["note"] == "Looking"
    chosen = practice_reviews_at(state, {pid: "Victim care"})
    assert chosen[pid]["area"] == "Victim care"
    # before anything happened, nothing was open
    assert replay(load_history(db), "2000-01-01") == {}

"""Who may do what in the web app: recording conclusions, admin pages, the board pack,
users, and uploading reports to ingest while people search."""

from __future__ import annotations

import time

import pytest

from practicedb import reviews, storage
from practicedb.storage import users
from tests.conftest import CORPUS
from tests.web_helpers import (
    BURGLARY,
    HARBOUR,
    LEAD_AREA,
    build_database,
    client,
    csrf,
    practice_id,
    sign_in,
)


@pytest.fixture(scope="module")
def config(tmp_path_factory):
    return build_database(tmp_path_factory.mktemp("web-roles"))


def _signed(config, name):
    c = client(config)
    sign_in(c, name)
    return c


def _history(config, pid):
    db = storage.open_db(config.db_path)
    try:
        return reviews.history(db, pid)
    finally:
        db.close()


def test_a_lead_records_a_conclusion_in_their_area(config) -> None:
    c = _signed(config, "lead")
    pid = practice_id(config, HARBOUR)
    page = c.get(f"/practices/{pid}")
    assert "Record a conclusion" in page.text
    r = c.post(f"/practices/{pid}/assess", data={
        "status": "under review", "note": "Comparing with our own process", "due": "Jan 2027",
        "area": LEAD_AREA, "csrf_token": csrf(page.text)})
    assert r.status_code == 303 and r.headers["location"].startswith(f"/practices/{pid}")
    last = _history(config, pid)[-1]
    assert (last["by"], last["area"], last["to_status"], last["to_due"], last["note"]) == (
        "lead", LEAD_AREA, "under review", "2027-01-31", "Comparing with our own process")
    shown = c.get(r.headers["location"]).text
    assert "Your conclusion is recorded" in shown and "Comparing with our own process" in shown


def test_a_lead_is_refused_outside_their_areas(config) -> None:
    c = _signed(config, "lead")
    burglary, harbour = practice_id(config, BURGLARY), practice_id(config, HARBOUR)
    page = c.get(f"/practices/{burglary}")
    assert "Record a conclusion" not in page.text
    before = len(_history(config, burglary))
    token = csrf(page.text)
    r = c.post(f"/practices/{burglary}/assess", data={"status": "adopted", "csrf_token": token})
    assert r.status_code == 403 and "may not record" in r.text
    r = c.post(f"/practices/{harbour}/assess", data={
        "status": "adopted", "area": "Domestic abuse, VAWG and sexual offences",
        "csrf_token": token})
    assert r.status_code == 403
    assert len(_history(config, burglary)) == before


def test_a_reader_is_refused_and_sees_no_form(config) -> None:
    c = _signed(config, "reader")
    pid = practice_id(config, HARBOUR)
    page = c.get(f"/practices/{pid}")
    assert "Record a conclusion" not in page.text
    before = len(_history(config, pid))
    r = c.post(f"/practices/{pid}/assess", data={"status": "adopted", "area": LEAD_AREA,
                                                 "csrf_token": csrf(page.text)})
    assert r.status_code == 403
    assert len(_history(config, pid)) == before


def test_assess_needs_the_right_csrf_token(config) -> None:
    c = _signed(config, "lead")
    pid = practice_id(config, HARBOUR)
    before = len(_history(config, pid))
    data = {"status": "will adopt", "area": LEAD_AREA}
    assert c.post(f"/practices/{pid}/assess", data=data).status_code == 403
    assert c.post(f"/practices/{pid}/assess",
                  data={**data, "csrf_token": "forged"}).status_code == 403
    other = _signed(config, "admin")  # another session's token is no good either
    token = csrf(other.get("/").text)
    assert c.post(f"/practices/{pid}/assess",
                  data={**data, "csrf_token": token}).status_code == 403
    assert len(_history(config, pid)) == before


def test_an_admin_assesses_any_area_and_mistakes_are_plain(config) -> None:
    c = _signed(config, "admin")
    pid = practice_id(config, BURGLARY)
    token = csrf(c.get(f"/practices/{pid}").text)
    r = c.post(f"/practices/{pid}/assess", data={"status": "adopted", "area": "Custody and "
               "criminal justice", "note": "Done", "csrf_token": token})
    assert r.status_code == 303
    assert _history(config, pid)[-1]["by"] == "admin"
    r = c.post(f"/practices/{pid}/assess", data={"due": "not a date", "area": "Neighbourhood "
               "policing", "csrf_token": token})
    assert r.status_code == 400 and "Due date" in r.text
    r = c.post(f"/practices/{pid}/assess", data={"area": "Neighbourhood policing",
                                                 "csrf_token": token})
    assert r.status_code == 400 and "Nothing to record" in r.text


@pytest.mark.parametrize("path", ["/pack", "/admin/ingest", "/admin/users"])
def test_admin_pages_are_for_admins(config, path) -> None:
    for name in ("reader", "lead"):
        r = _signed(config, name).get(path)
        assert r.status_code == 403 and "Only an administrator" in r.text
    assert _signed(config, "admin").get(path).status_code == 200


def test_the_board_pack_downloads(config) -> None:
    c = _signed(config, "admin")
    token = csrf(c.get("/pack").text)
    html = c.post("/pack", data={"from": "2020-01-01", "to": "2026-12-31", "format": "html",
                                 "csrf_token": token})
    assert html.status_code == 200 and "attachment" in html.headers["content-disposition"]
    assert "Inspection and Audit Board" in html.text
    md = c.post("/pack", data={"format": "md", "csrf_token": token})
    assert md.headers["content-type"].startswith("text/markdown")
    bad = c.post("/pack", data={"from": "2026-12-01", "to": "2026-01-01", "format": "html",
                                "csrf_token": token})
    assert bad.status_code == 400 and "after it ends" in bad.text
    assert c.post("/pack", data={"format": "md"}).status_code == 403
    db = storage.open_db(config.db_path)
    assert db.execute("select by from packs").fetchall()[-1][0] == "admin"


def test_admins_manage_users(config) -> None:
    c = _signed(config, "admin")
    token = csrf(c.get("/admin/users").text)
    r = c.post("/admin/users", data={"action": "add", "name": "new.lead", "role": "lead",
                                     "area": ["custody"], "password": "a-long-password",
                                     "csrf_token": token})
    assert r.status_code == 200 and "new.lead can now sign in" in r.text
    db = storage.open_db(config.db_path)
    assert users.get_user(db, "new.lead").areas == ("Custody and criminal justice",)
    r = c.post("/admin/users", data={"action": "add", "name": "x", "role": "reader",
                                     "password": "short", "csrf_token": token})
    assert r.status_code == 400 and "too short" in r.text
    r = c.post("/admin/users", data={"action": "passwd", "name": "new.lead",
                                     "password": "another-long-one", "csrf_token": token})
    assert "password has been changed" in r.text
    assert users.authenticate(db, "new.lead", "another-long-one") is not None
    r = c.post("/admin/users", data={"action": "remove", "name": "admin", "csrf_token": token})
    assert r.status_code == 400 and "your own account" in r.text
    r = c.post("/admin/users", data={"action": "remove", "name": "new.lead",
                                     "csrf_token": token})
    assert "has been removed" in r.text and users.get_user(db, "new.lead") is None
    assert c.post("/admin/users", data={"action": "remove", "name": "reader"}).status_code == 403


def test_upload_ingests_in_the_background_while_people_search(config) -> None:
    pdf = sorted(CORPUS.glob("*.pdf"))[0]
    c = _signed(config, "admin")
    reader = _signed(config, "reader")
    token = csrf(c.get("/admin/ingest").text)
    r = c.post("/admin/ingest", data={"csrf_token": token}, files=[
        ("files", (pdf.name, pdf.read_bytes(), "application/pdf")),
        ("files", ("download.pdf", b"<html>not a pdf</html>", "application/pdf")),
        ("files", ("../../etc/evil.pdf", pdf.read_bytes(), "application/pdf"))])
    assert r.status_code == 303
    job_page = r.headers["location"]
    deadline = time.monotonic() + 60
    while True:
        assert reader.get("/search?q=victims").status_code == 200  # searching goes on
        page = c.get(job_page)
        assert page.status_code == 200
        if "Reports read" in page.text:
            break
        assert page.headers.get("refresh") == "2"
        assert time.monotonic() < deadline, page.text
        time.sleep(0.3)
    assert "1 file ingested, 1 unchanged, 1 failed" in page.text
    assert "not a PDF file" in page.text  # the same per-file message as the CLI
    assert "evil.pdf" in page.text and "/etc/" not in page.text
    assert "practices found" in page.text
    found = reader.get("/api/search?q=*&limit=100").json()
    # searchable once read (the same file uploaded twice is read once, under either name)
    assert {p["source_file"] for p in found} & {pdf.name, "evil.pdf"}
    empty = c.post("/admin/ingest", data={"csrf_token": token})
    assert empty.status_code == 400


def test_an_ingest_outside_the_app_never_breaks_searching(tmp_path, monkeypatch) -> None:
    """A report stored behind the app's back (as `practicedb ingest` does from the CLI):
    searches keep answering from the index as it stands, which is rebuilt in the
    background once it has lagged for the grace period; a deleted index is rebuilt."""
    import shutil

    from practicedb import pipeline
    from practicedb.models import Practice, Report
    from practicedb.web import state

    config = build_database(tmp_path)
    c = _signed(config, "reader")
    db = storage.open_db(config.db_path)
    pipeline.store(db, Report(
        title="A new thematic report", type="thematic", forces=[], published="2025-01",
        page_count=3, file_name="new.pdf", sha256="e" * 64, practices=[Practice(
            "innovative", "Zeppelin patrols over the moors", "Airships watch the moors.",
            ["Kent Police"], 1, 1, None, ["Neighbourhood policing"])]))
    assert c.get("/search?q=zeppelin").status_code == 200  # stale: served as it stands
    monkeypatch.setattr(state, "STALE_GRACE", 0.0)
    deadline = time.monotonic() + 60
    while "Zeppelin patrols" not in c.get("/search?q=zeppelin").text:
        assert time.monotonic() < deadline, "the index was never rebuilt"
        time.sleep(0.2)
    shutil.rmtree(config.index_dir)
    r = c.get("/search?q=zeppelin")
    assert r.status_code == 200 and "Zeppelin patrols" in r.text

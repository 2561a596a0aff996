"""Shared pieces of the web tests: a database of the synthetic reports with one user of
each role, the app over it, and signing in through the real login form."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from starlette.testclient import TestClient

from practicedb import pipeline, storage
from practicedb.config import Config
from practicedb.storage import users
from practicedb.web import create_app
from tests.conftest import make_reports

PASSWORDS = {"admin": "admin-password-1", "lead": "lead-password-1",
             "reader": "reader-password-1"}
LEAD_AREA = "Victim care"
# In make_reports(): Operation Harbour has Victim care as a secondary area, the burglary
# visit is Neighbourhood policing only.
HARBOUR = "Operation Harbour: safeguarding repeat victims"
BURGLARY = "Burglary victims get a prevention visit"


def build_database(folder: Path) -> Config:
    """A database holding make_reports() and three users; its index is built by the app."""
    config = Config(db_path=folder / "practices.db", index_dir=folder / "indexes")
    db = storage.open_db(config.db_path)
    storage.set_setting(db, "reviews-from", "2000-01-01", by="test")  # every report reviewed
    for report in make_reports():
        pipeline.store(db, report)
    users.add_user(db, "admin", "admin", password=PASSWORDS["admin"])
    users.add_user(db, "lead", "lead", areas=[LEAD_AREA], password=PASSWORDS["lead"])
    users.add_user(db, "reader", "reader", password=PASSWORDS["reader"])
    db.close()
    return config


def client(config: Config, **options: Any) -> TestClient:
    base = options.pop("base_url", "http://testserver")
    return TestClient(create_app(config, **options), base_url=base,
                      raise_server_exceptions=False, follow_redirects=False)


def csrf(html: str) -> str:
    found = re.search(r'name="csrf_token" value="([^"]+)"', html)
    assert found, "the page has no csrf_token field"
    return found.group(1)


def sign_in(c: TestClient, name: str, password: str | None = None) -> Any:
    page = c.get("/login")
    return c.post("/login", data={"username": name, "password": password or PASSWORDS[name],
                                  "csrf_token": csrf(page.text)})


def practice_id(config: Config, title: str) -> str:
    db = storage.open_db(config.db_path)
    try:
        return str(db.execute("select id from practices where title = ?", [title]).fetchone()[0])
    finally:
        db.close()

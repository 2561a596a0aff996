"""The database schema's history: sqlite-utils migrations, applied in order by
``storage.open_db``. Each is a named function that runs once per database and is never
edited after release (add a new one instead), so every database reaches the same schema
whichever version created it.
"""

from __future__ import annotations

import sqlite_utils
from sqlite_utils import Migrations

from practicedb.dates import now_iso

migrations = Migrations("practicedb")


@migrations()
def m001_initial(db: sqlite_utils.Database) -> None:
    db.table("reports").create(
        {
            "id": str,
            "title": str,
            "type": str,
            "forces": str,  # JSON list
            "published": str,
            "page_count": int,
            "file_name": str,
            "file_path": str,
            "sha256": str,
            "warnings": str,  # JSON list
            "ingested_at": str,
        },
        pk="id",
    )
    db.table("reports").create_index(["sha256"])
    db.table("practices").create(
        {
            "id": str,
            "report_id": str,
            "seq": int,  # order within the report
            "kind": str,
            "title": str,
            "body": str,
            "forces": str,  # JSON list
            "page_start": int,
            "page_end": int,
            "section": str,
            "areas": str,  # JSON list, primary first
            "primary_area": str,
            "first_seen": str,
            "updated_at": str,
        },
        pk="id",
        foreign_keys=[("report_id", "reports", "id")],
    )
    db.table("practices").create_index(["report_id"])
    db.table("practices").create_index(["primary_area"])
    db.table("ingest_log").create(
        {
            "id": int,
            "at": str,
            "file_path": str,
            "file_name": str,
            "sha256": str,
            "status": str,  # ingested | unchanged | failed
            "message": str,
            "practices": int,
            "pages": int,
            "seconds": float,
        },
        pk="id",
    )


@migrations()
def m002_reviews(db: sqlite_utils.Database) -> None:
    """Benchmarking records: a withdrawn mark on practices, reviews, their history, packs.

    Reviews are keyed by the stable practice id, so they survive re-ingest and
    reclassification; the history is append-only (triggers refuse UPDATE/DELETE).
    Practices already stored get an open `new` review for their primary area.
    """
    db.table("practices").add_column("withdrawn_at", str)
    db.table("reviews").create(
        {"practice_id": str, "area": str, "status": str, "due": str,  # due: YYYY-MM-DD
         "note": str, "opened_at": str, "updated_at": str, "updated_by": str},  # latest note
        pk=("practice_id", "area"),
    )
    db.table("review_history").create(
        {"id": int, "practice_id": str, "area": str, "at": str, "by": str, "from_status": str,
         "to_status": str, "from_due": str, "to_due": str, "note": str},
        pk="id",
    )
    db.table("review_history").create_index(["practice_id"])
    for action in ("UPDATE", "DELETE"):
        db.execute(f"""create trigger review_history_no_{action.lower()} before {action}
                       on review_history begin
                       select raise(abort, 'the review history is append-only'); end""")
    db.table("packs").create(
        {"id": int, "produced_at": str, "period_from": str, "period_to": str, "format": str,
         "file": str, "by": str},
        pk="id",
    )
    # Frozen SQL (not open_review), so this migration does the same thing forever.
    now, by = now_iso(), "practicedb (upgrade)"
    db.execute("""insert into reviews (practice_id, area, status, opened_at, updated_at,
                  updated_by) select id, primary_area, 'new', ?, ?, ? from practices
                  where primary_area is not null""", [now, now, by])
    db.execute("""insert into review_history (practice_id, area, at, by, to_status)
                  select practice_id, area, opened_at, updated_by, 'new' from reviews""")


@migrations()
def m003_settings(db: sqlite_utils.Database) -> None:
    """A force's choices, kept with its data (see ``storage.settings``)."""
    db.table("settings").create(
        {"key": str, "value": str, "updated_at": str, "updated_by": str}, pk="key",
    )


@migrations()
def m020_users(db: sqlite_utils.Database) -> None:
    """Web app accounts (see ``storage.users``) and the key that signs their sessions.

    ``areas`` is a JSON list (a lead's business areas); ``password`` an Argon2id hash, or
    null for someone who signs in only through the force's single sign-on."""
    db.table("users").create(
        {"name": str, "role": str, "areas": str, "password": str, "created_at": str,
         "changed_at": str, "last_seen": str},
        pk="name",
    )
    db.table("web_secret").create({"id": int, "secret": str}, pk="id")

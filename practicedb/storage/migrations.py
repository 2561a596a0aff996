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
def m010_history_chain(db: sqlite_utils.Database) -> None:
    """Tamper-evident review history: a `hash` column chaining each row to the one before
    (see ``storage.history``), filled in for the rows already there, in id order; and a
    trigger refusing INSERT OR REPLACE of an existing row (REPLACE deletes the old row
    without firing delete triggers unless recursive_triggers is on, which other SQLite
    clients leave off)."""
    from practicedb.storage.history import GENESIS, row_hash

    db.table("review_history").add_column("hash", str)
    db.execute("drop trigger review_history_no_update")
    previous = GENESIS
    for row in list(db.query("select * from review_history order by id")):
        previous = row_hash(previous, row)
        db.execute("update review_history set hash = ? where id = ?", [previous, row["id"]])
    db.execute("""create trigger review_history_no_update before update on review_history
                  begin select raise(abort, 'the review history is append-only'); end""")
    db.execute("""create trigger review_history_no_replace before insert on review_history
                  when exists (select 1 from review_history where id = new.id)
                  begin select raise(abort, 'the review history is append-only'); end""")


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


@migrations()
def m030_report_sources(db: sqlite_utils.Database) -> None:
    """Where a report was read from: one row a kind of source (its PDF, its web page), so
    the same report read both ways is one report with one set of practices. Reports
    already stored get their file as their one source."""
    db.table("report_sources").create(
        {"report_id": str, "kind": str,  # kind: pdf | web
         "file_name": str, "file_path": str, "url": str, "sha256": str,
         "practice_ids": str,  # JSON list: the practices this source holds
         "ingested_at": str},
        pk=("report_id", "kind"),
    )
    db.table("report_sources").create_index(["sha256"])
    db.execute("""insert into report_sources (report_id, kind, file_name, file_path, sha256,
                  practice_ids, ingested_at)
                  select r.id, 'pdf', r.file_name, r.file_path, r.sha256,
                         (select json_group_array(p.id) from practices p
                          where p.report_id = r.id and p.withdrawn_at is null), r.ingested_at
                  from reports r""")


@migrations()
def m031_pickup_state(db: sqlite_utils.Database) -> None:
    """What fetch and follow remember: each address already fetched (so a second run of
    follow fetches nothing it has), and each feed's ETag and Last-Modified."""
    db.table("pickup_seen").create(
        {"url": str, "feed": str, "first_seen": str, "last_seen": str, "status": str,
         "message": str, "file_path": str, "sha256": str},
        pk="url",
    )
    db.table("pickup_feeds").create(
        {"url": str, "etag": str, "last_modified": str, "checked_at": str, "status": str},
        pk="url",
    )


@migrations()
def m040_index_generation(db: sqlite_utils.Database) -> None:
    """What the search index must match: this database's own random id and a generation
    counter that every write to what is indexed bumps (triggers on practices and reports,
    so no code path can forget), stored as one row. See ``storage.generation``."""
    db.execute("""create table index_generation (
                    one integer primary key check (one = 1),
                    database_id text not null, generation integer not null)""")
    db.execute("insert into index_generation values (1, lower(hex(randomblob(8))), 0)")
    for table, actions in (("practices", ("insert", "update", "delete")),
                           ("reports", ("update", "delete"))):
        for action in actions:
            db.execute(f"""create trigger {table}_{action}_bumps_index_generation
                           after {action} on {table} begin
                           update index_generation set generation = generation + 1; end""")


@migrations()
def m050_corrections(db: sqlite_utils.Database) -> None:
    """Corrections people make to what the extractor read (a title, areas, forces, kind) and
    practices they add by hand; applied again over every re-ingest (``storage.corrections``).
    Append-only: the latest row for a practice and field is the one in force."""
    db.table("corrections").create(
        {"id": int, "practice_id": str, "report_id": str, "field": str, "value": str,
         "at": str, "by": str},  # value: JSON
        pk="id",
    )
    db.table("corrections").create_index(["practice_id"])
    db.table("corrections").create_index(["report_id"])


@migrations()
def m051_first_used(db: sqlite_utils.Database) -> None:
    """The day the database was first used: when reviews-from is not set, reviews start
    then, so a back catalogue loaded on a first install is not a pile of overdue reviews."""
    db.execute("insert or ignore into settings (key, value, updated_at, updated_by) "
               "values ('first-used', ?, ?, 'practicedb')", [now_iso()[:10], now_iso()])


@migrations()
def m060_practice_ocr(db: sqlite_utils.Database) -> None:
    """Whether a practice was read by OCR from a scanned page (1) or from the PDF's text (0)."""
    db.table("practices").add_column("ocr", int, not_null_default=0)


@migrations()
def m070_web_login_failures(db: sqlite_utils.Database) -> None:
    """Failed sign-ins (by name and by address) for the web app's rate limit, kept in the
    database so every server process counts the same attempts."""
    db.table("web_login_failures").create({"key": str, "at": float})
    db.table("web_login_failures").create_index(["key", "at"])


@migrations()
def m071_web_jobs(db: sqlite_utils.Database) -> None:
    """Reports uploaded through the web app and how reading them is going, so the job's
    page answers from whichever server process is asked."""
    db.table("web_jobs").create({
        "id": str, "by": str, "folder": str, "files": str,  # JSON list
        "started_at": str, "total": int, "done": str,  # JSON list of outcomes
        "finished": int, "summary": str, "index_message": str, "error": str,
    }, pk="id")


@migrations()
def m072_web_similar(db: sqlite_utils.Database) -> None:
    """The practices most like each practice, as its web page last worked them out, for
    the index state (signature) they came from: any server process reuses them."""
    db.table("web_similar").create({"practice_id": str, "size": int, "signature": str,
                                    "hits": str}, pk=("practice_id", "size"))


@migrations()
def m073_web_job_heartbeat(db: sqlite_utils.Database) -> None:
    """When the process reading an upload last said it was still at work (epoch seconds),
    so a job whose process ended (a restart, a crash) is shown as stopped, not reading."""
    db.table("web_jobs").add_column("alive_at", float)

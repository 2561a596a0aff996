"""The SQLite practice database: the source of truth that everything else derives from.

Reports and practices keep stable ids (see identity.py), so anything a force records
against a practice id survives re-ingest of a revised report.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass

import sqlite_utils

from practicedb.dates import now_iso
from practicedb.models import Report
from practicedb.storage import identity, sources
from practicedb.storage.database import write_transaction


def is_known(db: sqlite_utils.Database, sha256: str) -> bool:
    """True when a report with exactly this content is already stored (from any source)."""
    return bool(db.execute("select 1 from reports where sha256 = ?", [sha256]).fetchone()
                ) or sources.is_known_source(db, sha256)


@dataclass
class StoreResult:
    report_id: str
    added: list[str]
    updated: list[str]
    removed: list[str]


def _stored_report_id(db: sqlite_utils.Database, report: Report) -> str:
    """The report's key (with its date when an earlier report far apart in time has the
    same exact title); or, if that is new, the id of the same file stored before under a
    title read a little differently (never a different report that shares a file name); or
    the same report already stored from another kind of source (its PDF, its web page)."""
    rid = identity.report_key(report)
    title = identity.normalise_title(report.title)
    same = [(old_id, published) for old_id, old_title, published in db.execute(
                "select id, title, published from reports order by ingested_at desc")
            if title and identity.normalise_title(old_title or "") == title]
    if same:
        # the same exact title published long before is another report, not a revision
        near = [old_id for old_id, published in same
                if not identity.far_apart(report.published, published)]
        return near[0] if near else identity.dated_report_key(report) or rid
    if db.execute("select 1 from reports where id = ?", [rid]).fetchone():
        return rid
    for old_id, old_title in db.execute(
        "select id, title from reports where file_name = ? order by ingested_at desc",
        [report.file_name],
    ).fetchall():
        if identity.same_report(report.title, old_title or ""):
            return old_id
    return sources.same_report_id(db, report) or rid


def store_report(db: sqlite_utils.Database, report: Report, file_path: str = "") -> StoreResult:
    """Insert or replace one report and its practices in a single transaction (nested in
    the caller's, if one is open: see ``pipeline.store``); the file's fingerprint is
    written last.

    A practice the revised report no longer contains is marked withdrawn, never
    deleted, so its reviews and history stay; one that reappears is un-withdrawn.
    `removed` lists the newly withdrawn ids (so the search index can drop them).
    """
    now = now_iso()
    with write_transaction(db):
        rid = _stored_report_id(db, report)
        snap = sources.before_store(db, rid, report)  # what the report's other sources hold
        before, withdrawn, stored = {}, set(), {}
        for pid, first_seen, withdrawn_at, title, body in db.execute(
            "select id, first_seen, withdrawn_at, title, body from practices where report_id = ?",
            [rid],
        ).fetchall():
            before[pid] = first_seen
            stored[pid] = (title or "", body or "")
            if withdrawn_at:
                withdrawn.add(pid)
        ids = identity.carry_over(identity.practice_ids(rid, report.practices),
                                  report.practices, stored)
        db.table("reports").upsert(
            {
                "id": rid,
                "title": report.title,
                "type": report.type,
                "forces": json.dumps(report.forces),
                "published": report.published,
                "page_count": report.page_count,
                "file_name": report.file_name,
                "file_path": file_path,
                "warnings": json.dumps(report.warnings),
                "ingested_at": now,
            },
            pk="id",
        )
        removed = [pid for pid in before if pid not in set(ids) and pid not in withdrawn
                   and pid not in snap.keep]
        for pid in removed:
            db.execute("update practices set withdrawn_at = ? where id = ?", [now, pid])
        rows = [
            {
                "id": pid,
                "report_id": rid,
                "seq": seq,
                "kind": p.kind,
                "title": p.title,
                "body": p.body,
                "forces": json.dumps(p.forces),
                "page_start": p.page_start,
                "page_end": p.page_end,
                "section": p.section,
                "areas": json.dumps(p.areas),
                "primary_area": p.areas[0] if p.areas else None,
                "first_seen": before.get(pid, now),
                "updated_at": now,
                "withdrawn_at": None,
                "ocr": int(p.ocr),  # read by OCR from a scanned page (migration m060)
            }
            for seq, (pid, p) in enumerate(zip(ids, report.practices, strict=True))
        ]
        if rows:
            db.table("practices").upsert_all(rows, pk="id")
        sources.after_store(db, rid, report, file_path, ids, snap)
        # The fingerprint last, so a report is only ever "known" (skipped as unchanged)
        # once everything it holds is written.
        db.execute("update reports set sha256 = ? where id = ?", [report.sha256, rid])
    return StoreResult(
        report_id=rid,
        added=[pid for pid in ids if pid not in before],
        updated=[pid for pid in ids if pid in before],
        removed=removed,
    )


def practice_count(db: sqlite_utils.Database) -> int:
    """Practices in force: withdrawn ones are kept but neither listed nor searched."""
    return db.execute("select count(*) from practices where withdrawn_at is null").fetchone()[0]


def log_ingest(db: sqlite_utils.Database, **row: object) -> None:
    """Record one file's outcome, so `status` can show what failed and why."""
    db.table("ingest_log").insert({"at": now_iso(), **row}, pk="id")


def set_areas(db: sqlite_utils.Database, practice_id: str, areas: list[str]) -> None:
    """Replace a practice's business areas (after reclassification or a correction)."""
    db.table("practices").update(
        practice_id,
        {"areas": json.dumps(areas), "primary_area": areas[0] if areas else None},
    )


# -- reading --------------------------------------------------------------------------

_SELECT = """
select p.id, p.kind, p.title, p.body, p.forces, p.page_start, p.page_end, p.section,
       p.areas, p.first_seen, p.withdrawn_at, r.title as report_title, r.type as report_type,
       r.published, r.file_name as source_file, r.id as report_id
from practices p join reports r on r.id = p.report_id
"""


def _to_dict(row: dict) -> dict:
    row = dict(row)
    row["forces"] = json.loads(row["forces"] or "[]")
    row["areas"] = json.loads(row["areas"] or "[]")
    return row


def iter_practices(
    db: sqlite_utils.Database, *, include_withdrawn: bool = False
) -> Iterator[dict]:
    """Every practice as a contract dict, in report then box order.

    Practices a revised report no longer contains (withdrawn) are left out unless asked for.
    """
    where = "" if include_withdrawn else " where p.withdrawn_at is null"
    sql = _SELECT + where + " order by r.published desc, r.title, p.seq"
    for row in db.query(sql):
        yield _to_dict(row)


def get_practice(db: sqlite_utils.Database, practice_id: str) -> dict | None:
    rows = list(db.query(_SELECT + " where p.id = ?", [practice_id]))
    return _to_dict(rows[0]) if rows else None


def summary(db: sqlite_utils.Database) -> dict:
    """Counts and the latest ingest outcomes, for `status`."""
    failed = list(
        db.query(
            """select file_name, file_path, message, at from ingest_log l
               where status = 'failed' and id = (
                 select max(id) from ingest_log where file_path = l.file_path)
               order by at desc"""
        )
    )
    last = db.execute("select max(at) from ingest_log").fetchone()[0]
    kinds = {
        row["kind"]: row["n"]
        for row in db.query("select kind, count(*) as n from practices"
                            " where withdrawn_at is null group by kind")
    }
    warnings = [
        (row["file_name"], w)
        for row in db.query("select file_name, warnings from reports order by file_name")
        for w in json.loads(row["warnings"] or "[]")
    ]
    return {
        "reports": db.table("reports").count,
        "practices": sum(kinds.values()),
        "withdrawn": db.execute(
            "select count(*) from practices where withdrawn_at is not null").fetchone()[0],
        "by_kind": kinds,
        "last_ingest": last,
        "failed": failed,
        "warnings": warnings,
    }

"""A report read from more than one source: its PDF and its web page are one report.

The same report is the same title (as ``identity.report_key`` reads it) or, read a little
differently, a similar title with the same publication date, never the file name. Each
source remembers which practices it holds; a practice stays while any source of its
report still has it (so a web page that shows one box fewer than the PDF withdraws
nothing). Where a report has a PDF, its record (title, file, page count) and its
practices' page numbers are the PDF's; a web page has no pages.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field

import sqlite_utils

from practicedb.dates import now_iso
from practicedb.models import Report
from practicedb.storage import identity


def source_kind(report: Report) -> str:
    """ "web" for a report read from a web page (it has no pages), else "pdf"."""
    return "web" if report.page_count == 0 and all(
        p.page_start is None for p in report.practices) else "pdf"


def same_report_id(db: sqlite_utils.Database, report: Report) -> str | None:
    """A stored report that is this one read from another kind of source: the same
    publication date and a similar title (``identity.same_report``)."""
    if not report.published:
        return None
    kind = source_kind(report)
    for rid, title in db.execute(
            "select id, title from reports where published = ? order by ingested_at desc",
            [report.published]).fetchall():
        kinds = {k for (k,) in db.execute(
            "select kind from report_sources where report_id = ?", [rid]).fetchall()}
        if kinds and kind not in kinds and identity.same_report(report.title, title or ""):
            return str(rid)
    return None


def is_known_source(db: sqlite_utils.Database, sha256: str) -> bool:
    return bool(db.execute("select 1 from report_sources where sha256 = ?", [sha256]).fetchone())


@dataclass
class Snapshot:
    """What a store must put back: the PDF's pages and record when a web page is stored."""

    kind: str
    keep: set[str] = field(default_factory=set)  # ids other sources still hold
    pages: dict[str, tuple[int | None, int | None]] = field(default_factory=dict)
    pdf_record: dict | None = None


def before_store(db: sqlite_utils.Database, rid: str, report: Report) -> Snapshot:
    snap = Snapshot(source_kind(report))
    for kind, ids in db.execute("select kind, practice_ids from report_sources where "
                                "report_id = ?", [rid]).fetchall():
        if kind != snap.kind:
            snap.keep.update(json.loads(ids or "[]"))
    if snap.kind == "web" and db.execute("select 1 from report_sources where report_id = ? "
                                         "and kind = 'pdf'", [rid]).fetchone():
        snap.pages = {pid: (a, b) for pid, a, b in db.execute(
            "select id, page_start, page_end from practices where report_id = ?", [rid])}
        rows = list(db.query("select title, type, forces, published, page_count, file_name, "
                             "file_path, sha256 from reports where id = ?", [rid]))
        snap.pdf_record = rows[0] if rows else None
    return snap


def after_store(db: sqlite_utils.Database, rid: str, report: Report, file_path: str,
                ids: list[str], snap: Snapshot) -> None:
    """Record this source; where the report also has a PDF, keep the PDF's record and pages."""
    db.table("report_sources").upsert(
        {"report_id": rid, "kind": snap.kind, "file_name": report.file_name,
         "file_path": file_path, "sha256": report.sha256, "practice_ids": json.dumps(ids),
         "ingested_at": now_iso()}, pk=("report_id", "kind"))
    if snap.pdf_record is not None:
        db.table("reports").update(rid, snap.pdf_record)
        for pid, (start, end) in snap.pages.items():
            if start is not None:
                db.execute("update practices set page_start = ?, page_end = ? where id = ? "
                           "and page_start is null", [start, end, pid])


def set_url(db: sqlite_utils.Database, sha256: str, url: str) -> None:
    """Remember the address a stored source was fetched from."""
    db.execute("update report_sources set url = ? where sha256 = ?", [url, sha256])


def sources_of(db: sqlite_utils.Database, rid: str) -> list[dict]:
    """A report's sources, PDF first."""
    return list(db.query("select kind, file_name, file_path, url, sha256, ingested_at from "
                         "report_sources where report_id = ? order by kind", [rid]))

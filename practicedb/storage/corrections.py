"""Corrections that stick: what people fix by hand over what the extractor read.

A correction (a practice's title, business areas, forces or kind) and a practice added by
hand (one the extractor missed) are kept in the append-only `corrections` table with who
made them and when, and applied again every time the report is stored, also from a
revised file (``pipeline.store`` calls ``apply_corrections`` inside the same transaction),
so a re-ingest never undoes them. The latest correction of a field is the one in force.
"""

from __future__ import annotations

import hashlib
import json

import sqlite_utils

from practicedb.dates import now_iso
from practicedb.errors import PracticedbError
from practicedb.models import KINDS
from practicedb.storage.identity import normalise_title

FIELDS = ("title", "areas", "forces", "kind")
ADDED = "added"


class CorrectionError(PracticedbError):
    """A correction that cannot be made; the message says why in plain words."""


def _check(field: str, value: object) -> object:
    if field == "title":
        text = " ".join(str(value).split())
        if not text:
            raise CorrectionError("The title cannot be empty.")
        return text
    if field == "kind":
        kind = str(value).strip().lower()
        if kind not in KINDS:
            raise CorrectionError(f"'{value}' is not a kind of practice. The kinds are: "
                                  f"{', '.join(KINDS)}.")
        return kind
    items = list(dict.fromkeys(" ".join(str(v).split()) for v in value))  # type: ignore[attr-defined]
    if field == "areas" and not items:
        raise CorrectionError("Give at least one business area.")
    return [v for v in items if v]


def _columns(field: str, value: object) -> dict:
    if field == "areas":
        areas = list(value)  # type: ignore[call-overload]
        return {"areas": json.dumps(areas), "primary_area": areas[0] if areas else None}
    if field == "forces":
        return {"forces": json.dumps(value)}
    return {field: value}


def record_correction(db: sqlite_utils.Database, practice_id: str, *, by: str,
                      **changes: object) -> list[str]:
    """Correct fields of a stored practice (title=, areas=, forces=, kind=; None: leave it)
    and keep the correction for every later re-ingest. Returns the fields that changed.
    Runs inside the caller's transaction, if one is open."""
    row = db.execute("select report_id from practices where id = ?", [practice_id]).fetchone()
    if row is None:
        raise CorrectionError(f"No practice has the id {practice_id!r}. 'practicedb list' "
                              "and 'practicedb search' show the ids.")
    unknown = set(changes) - set(FIELDS)
    if unknown:
        raise CorrectionError(f"Only {', '.join(FIELDS)} can be corrected.")
    wanted = {f: _check(f, v) for f, v in changes.items() if v is not None}
    if not wanted:
        raise CorrectionError("Nothing to correct: give a new --title, --area, --force or "
                              "--kind.")
    current = db.execute("select title, areas, forces, kind from practices where id = ?",
                         [practice_id]).fetchone()
    now_values = {"title": current[0], "areas": json.loads(current[1] or "[]"),
                  "forces": json.loads(current[2] or "[]"), "kind": current[3]}
    changed = [f for f, v in wanted.items() if v != now_values[f]]
    at = now_iso()
    with db.atomic():
        for field in changed:
            db.table("corrections").insert({
                "practice_id": practice_id, "report_id": row[0], "field": field,
                "value": json.dumps(wanted[field]), "at": at, "by": by})
            db.table("practices").update(practice_id, {**_columns(field, wanted[field]),
                                                       "updated_at": at})
    return changed


def added_id(report_id: str, title: str) -> str:
    """A hand-added practice's stable id: from its report and its title as first given."""
    basis = f"{report_id}|added|{normalise_title(title)}"
    return "p-" + hashlib.sha256(basis.encode()).hexdigest()[:10]


def add_practice(db: sqlite_utils.Database, report_id: str, *, by: str, title: str,
                 body: str, kind: str = "notable", page: int | None = None,
                 areas: list[str] | None = None, forces: list[str] | None = None) -> str:
    """Add a practice the extractor missed to a stored report; kept across re-ingest.
    Returns its id. Runs inside the caller's transaction, if one is open."""
    report = db.execute("select forces from reports where id = ?", [report_id]).fetchone()
    if report is None:
        raise CorrectionError(f"No report has the id {report_id!r}.")
    title = str(_check("title", title))
    body = body.strip()
    if not body:
        raise CorrectionError("The practice's text (--body) cannot be empty.")
    pid = added_id(report_id, title)
    if db.execute("select 1 from practices where id = ?", [pid]).fetchone():
        raise CorrectionError(f"The report already has a practice titled '{title}' ({pid}); "
                              f"correct it with 'practicedb edit {pid}'.")
    value = {"title": title, "body": body, "kind": _check("kind", kind), "page": page,
             "areas": areas or [], "forces": forces if forces is not None
             else json.loads(report[0] or "[]")}
    with db.atomic():
        db.table("corrections").insert({"practice_id": pid, "report_id": report_id,
                                        "field": ADDED, "value": json.dumps(value),
                                        "at": now_iso(), "by": by})
        _restore_added(db, pid, report_id, value, first_seen=now_iso())
    return pid


def _restore_added(db: sqlite_utils.Database, pid: str, report_id: str, value: dict,
                   first_seen: str) -> None:
    seq = db.execute("select coalesce(max(seq), -1) + 1 from practices where report_id = ?",
                     [report_id]).fetchone()[0]
    old = db.execute("select seq, first_seen from practices where id = ?", [pid]).fetchone()
    areas = value["areas"]
    db.table("practices").upsert({
        "id": pid, "report_id": report_id, "seq": old[0] if old else seq,
        "kind": value["kind"], "title": value["title"], "body": value["body"],
        "forces": json.dumps(value["forces"]), "page_start": value["page"] or 0,
        "page_end": value["page"] or 0, "section": None, "areas": json.dumps(areas),
        "primary_area": areas[0] if areas else None,
        "first_seen": old[1] if old else first_seen, "updated_at": now_iso(),
        "withdrawn_at": None}, pk="id")


def apply_corrections(db: sqlite_utils.Database, report_id: str) -> set[str]:
    """Apply every correction kept for a report over what was just stored from its file
    (added practices come back, un-withdrawn); returns the practice ids touched."""
    latest: dict[tuple[str, str], dict] = {}
    for row in db.query("select * from corrections where report_id = ? order by id",
                        [report_id]):
        latest[(row["practice_id"], row["field"])] = row
    touched: set[str] = set()
    for (pid, field), row in sorted(latest.items(), key=lambda kv: kv[1]["id"]):
        value = json.loads(row["value"])
        if field == ADDED:
            _restore_added(db, pid, report_id, value, first_seen=row["at"])
        elif db.execute("select 1 from practices where id = ?", [pid]).fetchone():
            db.table("practices").update(pid, _columns(field, value))
        else:
            continue
        touched.add(pid)
    return touched


def corrections_for(db: sqlite_utils.Database, practice_id: str) -> list[dict]:
    """Every correction of a practice, oldest first, its value decoded."""
    rows = list(db.query("select * from corrections where practice_id = ? order by id",
                         [practice_id]))
    for row in rows:
        row["value"] = json.loads(row["value"])
    return rows


def area_corrections(db: sqlite_utils.Database) -> list[dict]:
    """The business areas people set by hand (``edit --area``), for the classifier to learn
    from: one dict a practice still in the database (id, title, body, areas as last
    corrected, primary first), oldest correction first."""
    latest: dict[str, list[str]] = {}
    for row in db.query("select practice_id, value from corrections where field = 'areas' "
                        "order by id"):
        latest.pop(row["practice_id"], None)  # re-inserted: ordered by its latest correction
        latest[row["practice_id"]] = json.loads(row["value"])
    out = []
    for pid, areas in latest.items():
        row = db.execute("select title, body from practices where id = ?", [pid]).fetchone()
        if row is not None and areas:
            out.append({"id": pid, "title": row[0] or "", "body": row[1] or "", "areas": areas})
    return out


def find_report(db: sqlite_utils.Database, text: str) -> str:
    """A stored report's id from its id, its file name or a unique part of its title;
    ``CorrectionError`` listing the candidates otherwise."""
    wanted = text.strip()
    rows = db.execute("select id, title, file_name from reports").fetchall()
    exact = [r for r in rows if wanted in (r[0], r[2])]
    found = exact or [r for r in rows if wanted.lower() in (r[1] or "").lower()]
    if len(found) == 1:
        return str(found[0][0])
    if not found:
        raise CorrectionError(f"No stored report matches '{text}'. Give its file "
                              "name, id or part of its title ('practicedb status' "
                              "lists the reports).")
    names = "; ".join(f"{r[2]} ({r[1]})" for r in found[:5])
    raise CorrectionError(f"'{text}' matches {len(found)} reports: {names}. Give "
                          "the file name.")

"""Listings for many people at once: filtered, counted and paginated in SQL (rendering every
practice to pick one page takes seconds at 10,000 practices), plus the counts pages show.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import sqlite_utils

from practicedb.storage.practices import _SELECT, _to_dict

# dates.sort_key in SQL: a month-only date is the first of its month, a year 1 January.
_PUBLISHED_KEY = ("(case when length(r.published) >= 10 then substr(r.published, 1, 10) "
                  "when length(r.published) = 7 then r.published || '-01' "
                  "else substr(r.published, 1, 4) || '-01-01' end)")
_ORDER = " order by r.published desc, r.title, p.seq"  # newest report first, box order


@dataclass
class Page:
    """One page of a listing: its rows, how many match in all, where it starts."""

    rows: list[dict]
    total: int
    offset: int
    limit: int

    @property
    def has_next(self) -> bool:
        return self.offset + len(self.rows) < self.total


def _where(areas: Iterable[str], forces: Iterable[str], kinds: Iterable[str],
           since: str | None, until: str | None, primary_only: bool,
           include_withdrawn: bool) -> tuple[str, list]:
    clauses, args = [], []
    if not include_withdrawn:
        clauses.append("p.withdrawn_at is null")
    areas, forces, kinds = list(areas), list(forces), list(kinds)
    if areas:
        marks = ", ".join("?" * len(areas))
        if primary_only:
            clauses.append(f"p.primary_area in ({marks})")
        else:
            clauses.append(f"exists (select 1 from json_each(p.areas) where value in ({marks}))")
        args += areas
    if forces:
        marks = ", ".join("?" * len(forces))
        clauses.append(f"exists (select 1 from json_each(p.forces) where value in ({marks}))")
        args += forces
    if kinds:
        clauses.append(f"p.kind in ({', '.join('?' * len(kinds))})")
        args += kinds
    if since:
        clauses.append(f"{_PUBLISHED_KEY} >= ?")
        args.append(since)
    if until:
        clauses.append(f"{_PUBLISHED_KEY} <= ?")
        args.append(until)
    return (" where " + " and ".join(clauses)) if clauses else "", args


def find_practices(
    db: sqlite_utils.Database,
    *,
    areas: Iterable[str] = (),
    forces: Iterable[str] = (),
    kinds: Iterable[str] = (),
    since: str | None = None,
    until: str | None = None,
    primary_only: bool = False,
    include_withdrawn: bool = False,
) -> list[dict]:
    """Practices matching every given filter (values within one filter are alternatives),
    newest report first. `since`/`until` are ISO dates (YYYY-MM-DD); a practice whose
    report has no date is left out whenever a date filter is given. The same filter as
    ``page_practices``, without the paging."""
    where, args = _where(areas, forces, kinds, since, until, primary_only, include_withdrawn)
    return [_to_dict(row) for row in db.query(_SELECT + where + _ORDER, args)]


def page_practices(
    db: sqlite_utils.Database,
    *,
    areas: Iterable[str] = (),
    forces: Iterable[str] = (),
    kinds: Iterable[str] = (),
    since: str | None = None,
    until: str | None = None,
    primary_only: bool = False,
    include_withdrawn: bool = False,
    offset: int = 0,
    limit: int = 50,
) -> Page:
    """One page of the practices ``find_practices`` would return, in the same order
    (newest report first), filtered and counted in SQL."""
    where, args = _where(areas, forces, kinds, since, until, primary_only, include_withdrawn)
    total = db.execute("select count(*) from practices p join reports r on r.id = p.report_id"
                       + where, args).fetchone()[0]
    offset, limit = max(0, int(offset)), max(1, int(limit))
    sql = _SELECT + where + _ORDER + " limit ? offset ?"
    rows = [_to_dict(row) for row in db.query(sql, [*args, limit, offset])]
    return Page(rows, total, offset, limit)


def area_counts(db: sqlite_utils.Database) -> dict[str, tuple[int, int]]:
    """Each business area used by a practice in force: (as primary area, in all)."""
    out: dict[str, tuple[int, int]] = {}
    for area, primary, total in db.execute(
        """select a.value, sum(a.key = 0), count(*) from practices p, json_each(p.areas) a
           where p.withdrawn_at is null group by a.value"""
    ).fetchall():
        out[area] = (primary, total)
    return out


def facet_counts(db: sqlite_utils.Database, ids: Sequence[str]) -> dict[str, list[tuple]]:
    """Counts by area, force, kind and year among the given practices (a search's matches),
    most common first."""
    facets: dict[str, dict[str, int]] = {"area": {}, "force": {}, "kind": {}, "year": {}}
    for start in range(0, len(ids), 500):
        chunk = list(ids[start:start + 500])
        marks = ", ".join("?" * len(chunk))
        for kind, areas, forces, published in db.execute(
            f"""select p.kind, p.areas, p.forces, r.published from practices p
                join reports r on r.id = p.report_id where p.id in ({marks})""", chunk
        ).fetchall():
            for name, values in (("area", json.loads(areas or "[]")),
                                 ("force", json.loads(forces or "[]")), ("kind", [kind]),
                                 ("year", [published[:4]] if published else [])):
                for value in values:
                    facets[name][value] = facets[name].get(value, 0) + 1
    return {name: sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
            for name, counts in facets.items()}


def new_since(db: sqlite_utils.Database, at: str | None, *, limit: int = 20) -> Page:
    """Practices first added to the database after ``at`` (None: the most recent ones)."""
    where, args = " where p.withdrawn_at is null", []
    if at:
        where += " and p.first_seen > ?"
        args.append(at)
    total = db.execute("select count(*) from practices p" + where, args).fetchone()[0]
    rows = [_to_dict(r) for r in db.query(
        _SELECT + where + " order by p.first_seen desc, p.seq limit ?", [*args, limit])]
    return Page(rows, total, 0, limit)


def report_rows(db: sqlite_utils.Database) -> list[dict]:
    """Every report read: practices found (in force and withdrawn), warnings, when."""
    rows = []
    for row in db.query(
        """select r.id, r.title, r.type, r.published, r.file_name, r.page_count,
                  r.warnings, r.ingested_at,
                  sum(p.id is not null and p.withdrawn_at is null) as practices,
                  sum(p.withdrawn_at is not null) as withdrawn
           from reports r left join practices p on p.report_id = r.id
           group by r.id order by r.ingested_at desc, r.title"""
    ):
        row["warnings"] = json.loads(row["warnings"] or "[]")
        rows.append(row)
    return rows


def live_practice_ids(db: sqlite_utils.Database) -> set[str]:
    """The ids of every practice in force (withdrawn ones are kept but not searchable)."""
    return {row[0] for row in db.execute("select id from practices where withdrawn_at is null")}


def report_heading(db: sqlite_utils.Database, report_id: str) -> tuple[str, str]:
    """(title, type) of a stored report; ("", "") for an unknown id."""
    row = db.execute("select title, type from reports where id = ?", [report_id]).fetchone()
    return ((row[0] or "", row[1] or "") if row else ("", ""))


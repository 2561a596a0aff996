"""The board pack's figures, as they stood at the end of its period.

`build_pack` works out everything a pack shows from the database: which practices were
new in the period (their report was published in it), which were read late (first read in
the period, published before it), and every status, due date, note and overdue flag as it
stood on the period's last day, replayed from the append-only review history
(``reviews.asat``). So the same period gives the same pack whenever it is produced. Counts
are of practices: each practice counts once, under the review of its primary area.
`pack_data` gives the same content as plain data (``pack --format json``); ``render`` lays
it out as a board paper.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

import sqlite_utils

from practicedb import storage
from practicedb._util import page_label
from practicedb.dates import now_iso, sort_key
from practicedb.errors import PracticedbError
from practicedb.reviews import OPEN_STATUSES, STATUSES, Leads
from practicedb.reviews.asat import load_history, moment_after, practice_reviews_at, replay

FORMATS = ("html", "pdf", "md", "json")
TREND_PERIODS = 6  # this period and the five before it
SUMMARY_CHARS = 230  # the two-line description of a practice


class PackError(PracticedbError):
    """A pack that cannot be produced; the message is plain words for the user."""


@dataclass
class Pack:
    """Everything a pack shows, worked out once (rows are plain dicts)."""

    period_from: date
    period_to: date
    produced: date
    board_name: str = "Inspection and Audit Board"
    chair: str = "Deputy Chief Constable"
    marking: str = "OFFICIAL"
    force: str = ""
    author: str = ""
    meeting: date | None = None
    as_at: date | None = None  # the period's last day, or today if it is not over yet
    new_after_days: int = 60
    reviews_from: str = ""
    new: list[dict] = field(default_factory=list)  # published in the period
    read_late: list[dict] = field(default_factory=list)  # first read in it, published before
    overdue: list[dict] = field(default_factory=list)  # most days late first
    adopted: list[dict] = field(default_factory=list)  # adopted during the period
    proposed: list[dict] = field(default_factory=list)  # 'will adopt' at the period's end
    withdrawn: list[dict] = field(default_factory=list)  # withdrawn during the period
    areas: list[dict] = field(default_factory=list)  # name, lead, counts, total, new, overdue
    statuses: dict[str, str] = field(default_factory=dict)  # practice id -> status at the end
    figures: dict[str, int] = field(default_factory=dict)
    previous: dict = field(default_factory=dict)  # from, to, figures of the period before
    trend: list[dict] = field(default_factory=list)  # from, to, figures; oldest first
    catalogue: int = 0  # practices in force with no review (older than reviews-from)
    statuses_order: tuple[str, ...] = STATUSES

    @property
    def past_due(self) -> list[dict]:
        """The overdue reviews that are past their due date (not just new for too long)."""
        return [r for r in self.overdue if r["overdue"].startswith("due ")]

    @property
    def title(self) -> str:
        return f"{self.board_name}: HMICFRS innovative and promising practice"

    @property
    def change(self) -> dict[str, int]:
        """Each figure less the previous period's."""
        before = self.previous.get("figures", {})
        return {k: v - before.get(k, 0) for k, v in self.figures.items()}


def default_period(today: date) -> tuple[date, date]:
    """The two months up to today."""
    from dateutil.relativedelta import relativedelta

    return today - relativedelta(months=2), today


def period_before(start: date, end: date) -> tuple[date, date]:
    """The period of the same length just before: whole months step back by months (so
    September-October is preceded by July-August), any other period by days."""
    from dateutil.relativedelta import relativedelta

    if start.day == 1 and (end + timedelta(days=1)).day == 1:
        months = (end.year - start.year) * 12 + end.month - start.month + 1
        return start - relativedelta(months=months), start - timedelta(days=1)
    length = (end - start).days
    return start - timedelta(days=length + 1), start - timedelta(days=1)


def record_pack(db: sqlite_utils.Database, pack: Pack, fmt: str, file: str, by: str) -> None:
    """Remember a pack was produced (what was tabled, when and by whom)."""
    db.table("packs").insert({"produced_at": now_iso(),
                              "period_from": pack.period_from.isoformat(),
                              "period_to": pack.period_to.isoformat(), "format": fmt,
                              "file": file, "by": by})


def day_text(value: object) -> str:
    """The pack's one date style: '26 Nov 2026' (a month-only date: 'Nov 2026')."""
    text = value.isoformat() if isinstance(value, date) else str(value or "")
    try:
        if len(text) == 7:
            return datetime.strptime(text, "%Y-%m").strftime("%b %Y")
        if len(text) == 4:
            return text
        return datetime.strptime(text[:10], "%Y-%m-%d").strftime("%-d %b %Y")
    except ValueError:
        return text


def overdue_text(review: dict, end: date, new_after_days: int) -> str:
    """Why an open review was overdue on `end` ('' if it was not), in the pack's date style."""
    if review.get("status") not in OPEN_STATUSES:
        return ""
    due = review.get("due")
    if due and due < end.isoformat():
        days = (end - date.fromisoformat(due)).days
        return f"due {day_text(due)}: {days} day{'s' if days != 1 else ''} late"
    if review["status"] == "new" and review.get("opened_at"):
        days = (end - date.fromisoformat(review["opened_at"][:10])).days
        if days > new_after_days:
            return f"still new after {days} days"
    return ""


def _late_days(text: str) -> int:
    digits = [int(w) for w in text.replace(":", " ").split() if w.isdigit()]
    return digits[-1] if digits else 0


def summary_text(body: str, limit: int = SUMMARY_CHARS) -> str:
    """The start of a practice's text, cut at a word, for its two-line description."""
    text = " ".join(body.replace("\n- ", " ").split())
    if len(text) <= limit:
        return text
    return text[:limit].rsplit(" ", 1)[0].rstrip(",;:") + "…"


_PRACTICES = """
select p.id, p.kind, p.title, p.body, p.forces, p.page_start, p.page_end, p.primary_area,
       p.first_seen, p.withdrawn_at, r.title as report_title, r.published,
       (select s.url from report_sources s where s.report_id = r.id and s.url is not null
        order by s.kind = 'web' desc limit 1) as report_url
from practices p join reports r on r.id = p.report_id order by p.report_id, p.seq
"""


def _load_practices(db: sqlite_utils.Database) -> list[dict]:
    rows = []  # report_url: where the report was fetched from (``practicedb fetch``/``follow``)
    for row in db.query(_PRACTICES):
        row["forces"] = json.loads(row["forces"] or "[]")
        row["published_key"] = sort_key(row["published"])
        rows.append(row)
    return rows


@dataclass
class _State:
    """One period's practices and reviews as at its end."""

    alive: list[dict]
    reviews: dict[str, dict]  # practice id -> its review
    new: list[dict]
    read_late: list[dict]
    adopted: list[dict]
    overdue: dict[str, str]  # practice id -> why

    def figures(self) -> dict[str, int]:
        statuses = [r["status"] for r in self.reviews.values()]
        return {"new": len(self.new), "read_late": len(self.read_late),
                "in_review": len(statuses),
                "open": sum(s in OPEN_STATUSES for s in statuses),
                "overdue": len(self.overdue), "adopted": statuses.count("adopted"),
                "adopted_in_period": len(self.adopted),
                "will_adopt": statuses.count("will adopt")}


def _state(practices: list[dict], history: list[dict], start: date, end: date,
           new_after_days: int, today: date | None = None) -> _State:
    end = min(end, today) if today else end  # a period not yet over: as it stands today
    before, first = moment_after(end), start.isoformat()
    alive = [p for p in practices if (p["first_seen"] or "") < before
             and not (p["withdrawn_at"] and p["withdrawn_at"] < before)]
    ids = {p["id"] for p in alive}
    state = replay(history, before)
    primary = {p["id"]: p["primary_area"] for p in alive}
    chosen = {pid: r for pid, r in practice_reviews_at(state, primary).items() if pid in ids}
    new = [p for p in alive if p["published_key"] and first <= p["published_key"] < before]
    read_late = [p for p in alive if first <= (p["first_seen"] or "") < before
                 and (not p["published_key"] or p["published_key"] < first)]
    adopted_ids = {h["practice_id"] for h in history if first <= h["at"] < before
                   and h["to_status"] == "adopted" and h["from_status"] != "adopted"}
    adopted = [p for p in alive if p["id"] in adopted_ids
               and chosen.get(p["id"], {}).get("status") == "adopted"]
    overdue = {pid: why for pid, r in chosen.items()
               if (why := overdue_text(r, end, new_after_days))}
    return _State(alive, chosen, new, read_late, adopted, overdue)


def _row(p: dict, review: dict | None, leads: Leads, overdue: str) -> dict:
    area = (review or {}).get("area") or p["primary_area"] or "Unclassified"
    start, end = p["page_start"], p["page_end"]
    pages = page_label(start, end)
    return {"id": p["id"], "title": p["title"], "kind": p["kind"],
            "summary": summary_text(p["body"] or ""), "forces": p["forces"],
            "report_title": p["report_title"], "report_url": p["report_url"],
            "published": p["published"], "pages": pages, "area": area,
            "lead": leads.label(area), "status": (review or {}).get("status"),
            "due": (review or {}).get("due"), "note": (review or {}).get("note"),
            "updated_by": (review or {}).get("updated_by"), "overdue": overdue,
            "first_seen": p["first_seen"], "withdrawn_at": p["withdrawn_at"]}


def _settings_for(db: sqlite_utils.Database, leads: Leads) -> dict:
    values = storage.get_settings(db)
    return {"board_name": values["board-name"] or "", "chair": values["chair"] or "",
            "marking": values["marking"] or "OFFICIAL",
            "force": values["force"] or leads.force, "author": values["author"] or "",
            "new_after_days": storage.new_after_days(db, leads.new_after_days),
            "reviews_from": storage.reviews_from(db)}


def build_pack(db: sqlite_utils.Database, leads: Leads, area_order: list[str], *,
               period_from: date, period_to: date, today: date | None = None,
               meeting: date | None = None, author: str | None = None) -> Pack:
    """The figures for one board pack, as they stood on `period_to` (see the module text).

    `today` is only the day printed as produced; `author` overrides the author setting."""
    if period_from > period_to:
        raise PackError(f"The period starts ({day_text(period_from)}) after it ends "
                        f"({day_text(period_to)}).")
    settings = _settings_for(db, leads)
    if author:
        settings["author"] = author
    pack = Pack(period_from, period_to, today or date.today(), meeting=meeting, **settings)
    pack.as_at = min(period_to, pack.produced)
    days = pack.new_after_days
    practices, history = _load_practices(db), load_history(db)
    now = _state(practices, history, period_from, period_to, days, pack.produced)

    def row(p: dict) -> dict:
        return _row(p, now.reviews.get(p["id"]), leads, now.overdue.get(p["id"], ""))

    pack.new, pack.read_late = [row(p) for p in now.new], [row(p) for p in now.read_late]
    by_id = {p["id"]: p for p in now.alive}
    pack.overdue = sorted((row(by_id[pid]) for pid in now.overdue),
                          key=lambda r: (-_late_days(r["overdue"]), r["area"], r["title"]))
    pack.adopted = [row(p) for p in now.adopted]
    pack.proposed = [row(by_id[pid]) for pid, r in now.reviews.items()
                     if r["status"] == "will adopt"]
    first, before = period_from.isoformat(), moment_after(pack.as_at)
    pack.withdrawn = [_row(p, None, leads, "") for p in practices
                      if p["withdrawn_at"] and first <= p["withdrawn_at"] < before]
    pack.statuses = {pid: r["status"] for pid, r in sorted(now.reviews.items())}
    pack.catalogue = len(now.alive) - len(now.reviews)
    pack.areas = _areas(pack, now, leads, area_order)
    pack.figures = now.figures()
    span = (period_from, period_to)
    trend = [(span, pack.figures)]
    for _ in range(TREND_PERIODS - 1):
        span = period_before(*span)
        trend.append((span, _state(practices, history, *span, days).figures()))
    pack.trend = [{"from": s.isoformat(), "to": e.isoformat(), "figures": f}
                  for (s, e), f in reversed(trend)]
    pack.previous = pack.trend[-2]
    return pack


def _areas(pack: Pack, now: _State, leads: Leads, order: list[str]) -> list[dict]:
    rows = [r for r in (_row(p, now.reviews.get(p["id"]), leads, "") for p in now.alive)
            if r["status"]]
    names = list(order) + sorted({r["area"] for r in rows + pack.new} - set(order))
    areas = {n: {"name": n, "lead": leads.label(n), "counts": dict.fromkeys(STATUSES, 0),
                 "total": 0, "new": [], "overdue": 0} for n in names}
    for r in rows:
        area = areas[r["area"]]
        area["counts"][r["status"]] += 1
        area["total"] += 1
    for r in pack.overdue:
        areas[r["area"]]["overdue"] += 1
    for r in pack.new:
        areas[r["area"]]["new"].append(r)
    return list(areas.values())


def pack_data(pack: Pack) -> dict:
    """The pack as plain data (``pack --format json``): the same figures as the paper."""
    keys = ("id", "title", "kind", "area", "lead", "status", "due", "note", "forces",
            "report_title", "report_url", "published", "pages", "overdue")

    def rows(items: list[dict]) -> list[dict]:
        return [{k: r[k] for k in keys} for r in items]

    return {
        "from": pack.period_from.isoformat(), "to": pack.period_to.isoformat(),
        "produced": pack.produced.isoformat(), "as_at": str(pack.as_at),
        "meeting": pack.meeting.isoformat() if pack.meeting else None,
        "board": pack.board_name, "chair": pack.chair, "marking": pack.marking,
        "force": pack.force, "author": pack.author, "reviews_from": pack.reviews_from,
        "new_after_days": pack.new_after_days,
        "figures": pack.figures, "change": pack.change, "previous": pack.previous,
        "new": rows(pack.new), "read_late": rows(pack.read_late),
        "statuses": pack.statuses, "overdue": rows(pack.overdue),
        "adopted": rows(pack.adopted), "proposed": rows(pack.proposed),
        "withdrawn": rows(pack.withdrawn), "catalogue": pack.catalogue,
        "areas": [{"name": a["name"], "lead": a["lead"], "new": len(a["new"]),
                   "overdue": a["overdue"], "total": a["total"], "counts": a["counts"]}
                  for a in pack.areas],
        "trend": pack.trend,
    }

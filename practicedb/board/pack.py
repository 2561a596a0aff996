"""The bi-monthly Inspection and Audit Board pack: HTML (print-ready A4), Markdown or PDF.

`build_pack` gathers the figures from SQLite; the Jinja2 templates in
``templates/`` lay them out (HTML with autoescape, so text from reports and
notes can never become markup); `status_chart_svg` draws the status chart as
inline SVG, so the file needs no network, no JavaScript and no fonts from
elsewhere. PDF is the same HTML rendered by WeasyPrint.
"""

from __future__ import annotations

import html
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

import sqlite_utils

from practicedb._util import page_label
from practicedb.dates import now_iso, sort_key
from practicedb.errors import PracticedbError
from practicedb.reviews import OPEN_STATUSES, STATUSES, Leads, list_reviews

TITLE = "Inspection and Audit Board — HMICFRS practice pack"
FORMATS = ("html", "pdf", "md")
# Colour for screens, a pattern for greyscale print, a text colour that reads on the fill.
STATUS_LOOK = {
    "new": ("#d9d9d9", "", "#000"),
    "under review": ("#f2b134", "stripes", "#000"),
    "will adopt": ("#5b9bd5", "dots", "#000"),
    "adopted": ("#1e6b35", "", "#fff"),
    "already in place": ("#8fd19e", "cross", "#000"),
    "not applicable": ("#ffffff", "lines", "#000"),
}


class PackError(PracticedbError):
    """A pack that cannot be produced; the message is plain words for the user."""


@dataclass
class Pack:
    """Everything the templates show, worked out once."""

    period_from: date
    period_to: date
    produced: date
    force: str
    since: str  # ISO date-time "adopted since" starts at
    since_label: str
    areas: list[dict] = field(default_factory=list)  # per area: name, lead, counts, new rows
    by_report: list[dict] = field(default_factory=list)
    new_count: int = 0
    open_count: int = 0
    overdue: list[dict] = field(default_factory=list)
    adopted: list[dict] = field(default_factory=list)
    withdrawn: list[dict] = field(default_factory=list)
    new_after_days: int = 60
    title: str = TITLE
    statuses: tuple[str, ...] = STATUSES

    @property
    def chart(self) -> str:
        return status_chart_svg([(a["name"], a["counts"]) for a in self.areas])


def default_period(today: date) -> tuple[date, date]:
    """The two months up to today."""
    from dateutil.relativedelta import relativedelta

    return today - relativedelta(months=2), today


def last_pack(db: sqlite_utils.Database, period_from: date) -> dict | None:
    """The latest pack for an earlier period: one whose period ended by the day this one starts.

    Re-rendering this period's pack (as HTML, then PDF, say) does not count as a last pack.
    """
    rows = list(db.query("select * from packs where period_to <= ? "
                         "order by produced_at desc, id desc limit 1", [period_from.isoformat()]))
    return rows[0] if rows else None


def record_pack(db: sqlite_utils.Database, pack: Pack, fmt: str, file: str, by: str) -> None:
    """Remember a pack was produced, so the next one can say what changed since."""
    db.table("packs").insert({"produced_at": now_iso(),
                        "period_from": pack.period_from.isoformat(),
                        "period_to": pack.period_to.isoformat(), "format": fmt, "file": file,
                        "by": by})


def _in_period(value: str | None, start: str, end: str) -> bool:
    if not value:
        return False
    key = sort_key(value)
    return key is not None and start <= key <= end


def build_pack(db: sqlite_utils.Database, leads: Leads, area_order: list[str], *,
               period_from: date, period_to: date, today: date | None = None) -> Pack:
    """The figures for one board pack.

    A practice is new in the period if its report was published in it or it was
    first added to the database in it (so a report read in late is not missed).
    Statuses are as they stand today, for every practice not withdrawn.
    """
    today = today or date.today()
    if period_from > period_to:
        raise PackError(f"The period starts ({period_from}) after it ends ({period_to}).")
    start, end = period_from.isoformat(), period_to.isoformat()
    previous = last_pack(db, period_from)
    since = previous["produced_at"] if previous else start
    pack = Pack(period_from, period_to, today, leads.force, since,
                f"the last pack (produced {previous['produced_at'][:10]})" if previous
                else f"the start of the period ({start})", new_after_days=leads.new_after_days)
    rows = list_reviews(db, today=today, leads=leads, statuses=None)
    names = list(area_order) + sorted({r["area"] for r in rows if r["area"]} - set(area_order))
    areas = {n: {"name": n, "lead": leads.label(n), "counts": dict.fromkeys(STATUSES, 0),
                 "new": [], "overdue": 0} for n in names}
    reports: dict[str, dict] = {}
    new_ids = set()
    for r in rows:
        area = areas[r["area"]] if r["area"] in areas else None
        if area is None:
            continue
        area["counts"][r["status"]] += 1
        area["overdue"] += bool(r["overdue"])
        if r["overdue"]:
            pack.overdue.append(r)
        if _in_period(r["published"], start, end) or _in_period(r["first_seen"], start, end):
            area["new"].append(r)
            if r["practice_id"] not in new_ids:
                new_ids.add(r["practice_id"])
                rep = reports.setdefault(r["report_title"], {
                    "title": r["report_title"], "published": r["published"], "count": 0})
                rep["count"] += 1
    for area in areas.values():
        area["new_practices"] = len({r["practice_id"] for r in area["new"]})
    pack.areas = list(areas.values())
    pack.by_report = sorted(reports.values(), key=lambda x: (x["published"] or "", x["title"]),
                            reverse=True)
    pack.new_count = len(new_ids)
    pack.open_count = sum(1 for r in rows if r["status"] in OPEN_STATUSES)
    pack.adopted = list(db.query(
        """select h.*, p.title, p.forces from review_history h
           join practices p on p.id = h.practice_id
           where h.to_status = 'adopted' and coalesce(h.from_status, '') != 'adopted'
             and h.at >= ? order by h.at""", [since]))
    withdrawn = list_reviews(db, today=today, leads=leads, statuses=None,
                             include_withdrawn=True)
    pack.withdrawn = [r for r in withdrawn if r["withdrawn_at"]
                      and _in_period(r["withdrawn_at"], start, end)]
    return pack


# -- the chart --------------------------------------------------------------------------


def _patterns() -> str:
    """SVG fills: colour plus a pattern, so segments stay distinguishable printed in grey."""
    marks = {
        "stripes": '<path d="M0 6 L6 0 M-1 1 L1 -1 M5 7 L7 5" stroke="#5a3d00" '
                   'stroke-width="1.2"/>',
        "dots": '<circle cx="3" cy="3" r="1.3" fill="#0b2e55"/>',
        "cross": '<path d="M0 0 L6 6 M6 0 L0 6" stroke="#1d4d26" stroke-width="0.8"/>',
        "lines": '<path d="M0 3 L6 3" stroke="#777" stroke-width="0.8"/>',
    }
    out = []
    for i, (colour, pattern, _) in enumerate(STATUS_LOOK.values()):
        if pattern:
            out.append(f'<pattern id="st{i}" width="6" height="6" patternUnits="userSpaceOnUse">'
                       f'<rect width="6" height="6" fill="{colour}"/>{marks[pattern]}</pattern>')
    return "<defs>" + "".join(out) + "</defs>"


def _fill(i: int) -> str:
    colour, pattern, _ = list(STATUS_LOOK.values())[i]
    return f"url(#st{i})" if pattern else colour


def status_chart_svg(areas: list[tuple[str, dict[str, int]]], width: int = 700) -> str:
    """Horizontal stacked bars of review status per business area, with legend and counts."""
    esc = html.escape
    label_w, right_pad, row_h, bar_h, legend_h = 262, 30, 22, 15, 48
    bar_w = width - label_w - right_pad
    biggest = max([sum(c.values()) for _, c in areas] + [1])
    height = legend_h + row_h * len(areas) + 4
    parts = [f'<svg class="chart" viewBox="0 0 {width} '
             f'{height}" width="{width}" height="{height}" role="img" '
             'aria-label="Review status by business area" font-family="Liberation Sans, '
             'Arial, Helvetica, DejaVu Sans, sans-serif" font-size="11.5">', _patterns()]
    for i, status in enumerate(STATUSES):  # legend, two rows of three
        lx, ly = label_w - 150 + (i % 3) * 150, 6 + (i // 3) * 19
        parts.append(f'<rect x="{lx}" y="{ly}" width="22" height="12" fill="{_fill(i)}" '
                     f'stroke="#333" stroke-width="0.6"/><text x="{lx + 28}" y="{ly + 10}">'
                     f'{esc(status.capitalize())}</text>')
    for row, (name, counts) in enumerate(areas):
        y = legend_h + row * row_h
        short = name if len(name) <= 42 else name[:40] + "…"
        parts.append(f'<text x="{label_w - 8}" y="{y + bar_h - 3}" text-anchor="end">'
                     f'<title>{esc(name)}</title>{esc(short)}</text>')
        x = float(label_w)
        for i, status in enumerate(STATUSES):
            n = counts.get(status, 0)
            if not n:
                continue
            w = bar_w * n / biggest
            parts.append(f'<rect x="{x:.1f}" y="{y}" width="{w:.1f}" height="{bar_h}" '
                         f'fill="{_fill(i)}" stroke="#333" stroke-width="0.6">'
                         f'<title>{esc(name)}: {n} {esc(status)}</title></rect>')
            if w >= 16:  # the count on a white tab, readable on any fill and in grey
                cx, tab = x + w / 2, 6 + 6 * len(str(n))
                parts.append(f'<rect x="{cx - tab / 2:.1f}" y="{y + 1.5}" width="{tab}" '
                             f'height="{bar_h - 3}" rx="2" fill="#fff"/>'
                             f'<text x="{cx:.1f}" y="{y + bar_h - 3.5}" text-anchor="middle" '
                             f'font-size="9.5">{n}</text>')
            x += w
        total = sum(counts.values())
        parts.append(f'<text x="{x + 5:.1f}" y="{y + bar_h - 3}" font-weight="bold" '
                     f'fill="{"#000" if total else "#888"}">{total}</text>')
    parts.append("</svg>")
    return "".join(parts)


# -- rendering -------------------------------------------------------------------------


def _environment(autoescape: bool) -> Any:
    from jinja2 import Environment, PackageLoader, StrictUndefined

    env = Environment(loader=PackageLoader("practicedb.board", "templates"), autoescape=autoescape,
                      undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True)
    env.filters["pages"] = _pages
    env.filters["day"] = _day
    env.filters["md"] = _md
    return env


def _pages(row: dict) -> str:
    return page_label(row.get("page_start"), row.get("page_end"))


def _day(value: object) -> str:
    """'2026-11-26' (or a date) as '26 Nov 2026'; month-only dates as 'Nov 2026'."""
    text = value.isoformat() if isinstance(value, date) else str(value or "")
    try:
        if len(text) == 7:
            return datetime.strptime(text, "%Y-%m").strftime("%b %Y")
        return datetime.strptime(text[:10], "%Y-%m-%d").strftime("%-d %b %Y")
    except ValueError:
        return text


def _md(value: object) -> str:
    """Text safe inside a Markdown table cell: no markup, no HTML, no line breaks."""
    text = " ".join(str(value if value is not None else "").split())
    for ch in "\\`*_[]<>|#":
        text = text.replace(ch, "\\" + ch)
    return text


def render_html(pack: Pack) -> str:
    from markupsafe import Markup

    return _environment(True).get_template("pack.html.j2").render(
        pack=pack, chart=Markup(pack.chart), looks=STATUS_LOOK)


def render_markdown(pack: Pack) -> str:
    return _environment(False).get_template("pack.md.j2").render(pack=pack)


def render_pdf(html_text: str, path: Path) -> None:
    """Render the pack's HTML to PDF with WeasyPrint (never fetching anything)."""
    try:
        from weasyprint import HTML
    except (ImportError, OSError) as exc:  # OSError: the Pango libraries are missing
        raise PackError(
            "PDF output needs WeasyPrint and the Pango libraries (on Debian/Ubuntu: apt-get "
            "install libpango-1.0-0 libpangoft2-1.0-0), which could not be loaded here "
            f"({str(exc).splitlines()[0] if str(exc) else type(exc).__name__}). "
            "Use --format html and print to PDF from a browser."
        ) from exc
    import weasyprint

    # Only data: URIs, so nothing in a report or a note can make the renderer fetch anything.
    fetcher = weasyprint.URLFetcher(allowed_protocols=("data",))
    HTML(string=html_text, url_fetcher=fetcher).write_pdf(path)

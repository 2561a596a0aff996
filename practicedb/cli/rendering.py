"""Rich renderables for the terminal: tables people can read, built from practice dicts.

Text from reports always goes in as `Text` objects, never as markup, so a report
that contains "[bold]" or similar shows it literally.
"""

from __future__ import annotations

from collections.abc import Iterable

from rich.console import Group, RenderableType
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from practicedb._util import page_label

KIND_STYLES = {
    "innovative": "bold magenta",
    "promising": "bold green",
    "notable": "bold cyan",
    "good": "bold blue",
}
MARK_OPEN, MARK_CLOSE = "«", "»"  # how the index marks matched terms in a snippet


def _pages(p: dict) -> str:
    return page_label(p.get("page_start"), p.get("page_end"))


def _kind(p: dict) -> Text:
    return Text(p["kind"], style=KIND_STYLES.get(p["kind"], ""))


def highlight(snippet: str) -> Text:
    """Turn «marked» terms from the index into highlighted text."""
    text = Text()
    rest = snippet
    while MARK_OPEN in rest and MARK_CLOSE in rest.split(MARK_OPEN, 1)[1]:
        before, rest = rest.split(MARK_OPEN, 1)
        term, rest = rest.split(MARK_CLOSE, 1)
        text.append(before)
        text.append(term, style="bold yellow")
    text.append(rest.replace(MARK_OPEN, "").replace(MARK_CLOSE, ""))
    return text


def _source_line(p: dict) -> str:
    forces = ", ".join(p["forces"]) or "No force named"
    return f"{forces} · {p['report_title']}, {_pages(p)} · {p.get('published') or 'undated'}"


def practice_table(title: str, practices: list[dict]) -> Table:
    """One business area's practices: the main `list` view, readable at any width."""
    table = Table(title=Text(f"{title} ({len(practices)})", style="bold"), title_justify="left",
                  expand=True)
    table.add_column("ID", no_wrap=True, style="dim")
    table.add_column("Kind", no_wrap=True)
    table.add_column("Practice")
    for p in practices:
        cell = Text(p["title"], style="bold")
        cell.append("\n" + _source_line(p), style="dim")
        table.add_row(p["id"], _kind(p), cell)
    return table


_STRENGTH_BAR = {"strong": "●●●", "good": "●●○", "partial": "●○○"}
_STRENGTH_STYLE = {"strong": "bold green", "good": "green", "partial": "yellow"}


def search_table(results: list[dict], title: str | None = None) -> Table:
    """Ranked results with the matched words highlighted and, for similar/benchmark, the
    key words each shares with what it was compared against."""
    table = Table(title=Text(title, style="bold") if title else None, title_justify="left",
                  expand=True, show_lines=True)
    table.add_column("#", justify="right", no_wrap=True)
    table.add_column("Practice", ratio=2)
    table.add_column("Why it matched", ratio=3)
    for rank, p in enumerate(results, 1):
        head = Text(p["title"] or "(untitled)", style="bold")
        head.append(f"\n{p['id']} · ", style="dim")
        head.append_text(_kind(p))
        head.append(f"\n{', '.join(p['forces']) or 'No force named'}", style="cyan")
        head.append(f"\n{(p['areas'] or ['—'])[0]}", style="dim")
        if p.get("strength"):
            head.append(f"\n{_STRENGTH_BAR[p['strength']]} {p['strength']} match",
                        style=_STRENGTH_STYLE[p["strength"]])
        why = highlight(p.get("snippet") or p["body"][:200])
        if p.get("shared_terms"):
            why.append("\nShared: ", style="dim")
            why.append(", ".join(p["shared_terms"][:8]), style="bold yellow")
        table.add_row(str(p.get("rank") or rank), head, why)
    return table


def grouped_search_tables(groups: list[tuple[str, list[dict]]]) -> RenderableType:
    """One table per business area; rows carry their overall `rank`, so the reader
    still sees which matched best."""
    return Group(*(search_table(rows, f"{area} ({len(rows)})") for area, rows in groups))


def practice_detail(p: dict, sources: Iterable[dict] = ()) -> RenderableType:
    """Everything about one practice, for `show`; ``sources``: the files (and addresses)
    its report was read from (``storage.sources.sources_of``)."""
    meta = Table.grid(padding=(0, 2))
    meta.add_column(style="bold")
    meta.add_column()
    rows = [
        ("ID", p["id"]),
        ("Kind", f"{p['kind']} practice"),
        ("Force", ", ".join(p["forces"]) or "—"),
        ("Business areas", " · ".join(p["areas"]) or "—"),
        ("Report", p["report_title"]),
        ("Published", p.get("published") or "unknown"),
        ("Pages", _pages(p)),
        ("Section", p.get("section") or "—"),
    ]
    sources = list(sources)
    if not sources:
        rows.append(("Read from", p["source_file"]))
    for src in sources:
        what = "PDF" if src["kind"] == "pdf" else "Web page"
        where = src["file_name"] + (f" (from {src['url']})" if src.get("url") else "")
        rows.append((f"Read from ({what})", f"{where}, {str(src['ingested_at'] or '')[:10]}"))
    for label, value in rows:
        meta.add_row(label, Text(str(value)))
    return Group(
        Panel(meta, title=Text(p["title"], style="bold"), title_align="left"),
        Text(p["body"]),
    )


def areas_table(rows: Iterable[tuple[str, int, int]]) -> Table:
    """(area, practices with it as primary, practices with it at all)."""
    table = Table(title="Business areas", title_justify="left")
    table.add_column("Business area")
    table.add_column("Primary", justify="right")
    table.add_column("All matches", justify="right")
    for area, primary, total in rows:
        table.add_row(area, str(primary), str(total), style="dim" if not total else "")
    return table


def status_view(info: dict, db_path: str, index_line: str) -> RenderableType:
    grid = Table.grid(padding=(0, 2))
    grid.add_column(style="bold")
    grid.add_column()
    kinds = ", ".join(f"{n} {k}" for k, n in sorted(info["by_kind"].items())) or "none"
    grid.add_row("Database", db_path)
    grid.add_row("Reports", str(info["reports"]))
    grid.add_row("Practices", f"{info['practices']} ({kinds})")
    grid.add_row("Last ingest", info["last_ingest"] or "never")
    grid.add_row("Search index", index_line)
    parts: list[RenderableType] = [grid]
    if info["failed"]:
        failed = Table(title="Files that could not be ingested", title_justify="left")
        failed.add_column("File")
        failed.add_column("Why")
        for row in info["failed"]:
            failed.add_row(Text(row["file_name"]), Text(row["message"] or ""))
        parts.append(failed)
    if info["warnings"]:
        warn = Table(title="Warnings", title_justify="left")
        warn.add_column("File")
        warn.add_column("Warning")
        for name, message in info["warnings"]:
            warn.add_row(Text(name), Text(message))
        parts.append(warn)
    return Group(*parts)


# -- benchmarking: leads, reviews, history -------------------------------------------

STATUS_STYLES = {
    "new": "bold",
    "under review": "yellow",
    "will adopt": "cyan",
    "adopted": "green",
    "already in place": "green",
    "not applicable": "dim",
}


def _status(status: str | None) -> Text:
    return Text(status or "new", style=STATUS_STYLES.get(status or "new", ""))


def leads_table(rows: list[dict], source: str, new_after_days: int) -> Table:
    """Each area with its lead and how many open and overdue reviews it has."""
    table = Table(title=Text(f"Business area leads — {source}", style="bold"),
                  title_justify="left", caption=f"A review still 'new' after {new_after_days} "
                  "days counts as overdue.", caption_justify="left")
    table.add_column("Business area")
    table.add_column("Lead")
    table.add_column("Open", justify="right")
    table.add_column("Overdue", justify="right")
    for row in rows:
        lead = Text(row["name"] or "")
        if row["role"]:
            lead.append(("\n" if row["name"] else "") + row["role"], style="dim")
        if row["email"]:
            lead.append("\n" + row["email"], style="cyan")
        if not (row["name"] or row["role"]):
            lead = Text("no lead", style="bold yellow")
        table.add_row(Text(row["area"]), lead, str(row["open"]),
                      Text(str(row["overdue"]), style="bold red" if row["overdue"] else "dim"))
    return table


def reviews_tables(rows: list[dict], order: list[str]) -> list[Table]:
    """One table per business area: the open reviews, with overdue ones marked in red."""
    groups: dict[str, list[dict]] = {}
    for row in rows:
        groups.setdefault(row["area"] or "Unclassified", []).append(row)
    tables = []
    for area in sorted(groups, key=lambda a: (order.index(a) if a in order else len(order), a)):
        items = groups[area]
        lead = items[0]["lead"] or "no lead named"
        title = Text(f"{area} ({len(items)})", style="bold")
        title.append(f" — {lead}", style="dim" if items[0]["lead"] else "yellow")
        table = Table(title=title, title_justify="left", expand=True)
        table.add_column("ID", no_wrap=True, style="dim")
        table.add_column("Practice", ratio=3)
        table.add_column("Status", ratio=1)
        table.add_column("Latest note", ratio=2)
        for r in items:
            cell = Text(r["title"], style="bold")
            cell.append(f"\n{', '.join(r['forces']) or 'No force named'} · {r['report_title']}",
                        style="dim")
            status = _status(r["status"])
            if r.get("due"):
                status.append(f"\ndue {r['due']}", style="")
            if r["overdue"]:
                status.append(f"\nOVERDUE: {r['overdue']}", style="bold red")
            table.add_row(r["practice_id"], cell, status, Text(r.get("note") or ""))
        tables.append(table)
    return tables


def review_history(reviews: list[dict], history: list[dict], leads: dict[str, str]) -> Group:
    """For `show`: where each review stands now, then every change, oldest first.

    A list rather than a table, so notes stay readable in an 80-column terminal.
    """
    parts: list[RenderableType] = [Text("Benchmarking", style="bold underline")]
    for r in reviews:
        line = Text(f"{r['area']}: ", style="bold").append_text(_status(r["status"]))
        if r["due"]:
            line.append(f", due {r['due']}")
        line.append(f" — lead: {leads.get(r['area']) or 'no lead named'}", style="dim")
        parts.append(line)
    if not reviews:
        parts.append(Text("No review yet.", style="dim"))
    parts.append(Text("\nHistory", style="bold"))
    for h in history:
        line = Text(h["at"][:16].replace("T", " ") + "  ", style="dim")
        line.append(f"{h['by'] or 'unknown'} · {h['area']}: ")
        if h["from_status"] is None:
            line.append("opened as ").append_text(_status(h["to_status"]))
        elif h["from_status"] != h["to_status"]:
            line.append_text(_status(h["from_status"])).append(" → ")
            line.append_text(_status(h["to_status"]))
        else:
            line.append_text(_status(h["to_status"])).append(" (unchanged)")
        if (h.get("to_due") or None) != (h.get("from_due") or None):
            line.append(f"; due {h['to_due'] or 'cleared'}")
        parts.append(line)
        if h["note"]:
            parts.append(Text("    " + h["note"], style="italic"))
    return Group(*parts)

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

KIND_STYLES = {
    "innovative": "bold magenta",
    "promising": "bold green",
    "notable": "bold cyan",
    "good": "bold blue",
}
MARK_OPEN, MARK_CLOSE = "«", "»"  # how the index marks matched terms in a snippet


def _pages(p: dict) -> str:
    start, end = p.get("page_start"), p.get("page_end")
    if not start:
        return ""
    return f"p. {start}" if not end or end == start else f"pp. {start}–{end}"


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


def search_table(results: list[dict]) -> Table:
    table = Table(expand=True, show_lines=True)
    table.add_column("#", justify="right", no_wrap=True)
    table.add_column("Practice", ratio=2)
    table.add_column("Why it matched", ratio=3)
    for rank, p in enumerate(results, 1):
        head = Text(p["title"], style="bold")
        head.append(f"\n{p['id']} · ", style="dim")
        head.append_text(_kind(p))
        head.append(f"\n{', '.join(p['forces']) or 'No force named'}", style="cyan")
        head.append(f"\n{(p['areas'] or ['—'])[0]}", style="dim")
        table.add_row(str(rank), head, highlight(p.get("snippet") or p["body"][:200]))
    return table


def practice_detail(p: dict) -> RenderableType:
    """Everything about one practice, for `show`."""
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
        ("Source", f"{p['source_file']}, {_pages(p)}"),
        ("Section", p.get("section") or "—"),
    ]
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

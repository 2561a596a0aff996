"""The pack command: the bi-monthly Inspection and Audit Board pack."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import click

from practicedb.cli import _common
from practicedb.cli._common import Settings, console


def _bound(end: bool) -> Any:
    def callback(ctx: click.Context, param: click.Parameter, value: str | None) -> date | None:
        if value is None:
            return None
        from practicedb.dates import parse_bound

        try:
            return date.fromisoformat(parse_bound(value, end=end))
        except ValueError as exc:
            raise click.BadParameter(str(exc)) from exc

    return callback


@click.command(short_help="The Inspection and Audit Board pack.")
@click.option("--from", "period_from", callback=_bound(end=False), metavar="DATE",
              help="First day of the period (default: two months before --to).")
@click.option("--to", "period_to", callback=_bound(end=True), metavar="DATE",
              help="Last day of the period (default: today).")
@click.option("--format", "fmt", type=click.Choice(["html", "pdf", "md"]), default=None,
              help="html (print-ready A4, opens in any browser), pdf, or md (Markdown for "
                   "e-mail or Teams). Default: from the file name, else html.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="File to write (default: board-pack-DATE.html in the current folder).")
@click.pass_obj
def pack(settings: Settings, period_from: date | None, period_to: date | None, fmt: str | None,
         output: Path | None) -> None:
    """The Inspection and Audit Board pack: new practices, where every area stands, overdue.

    \b
    Examples:
      practicedb pack                                  # the two months up to today, HTML
      practicedb pack --format pdf -o board-pack.pdf
      practicedb pack --from 2026-09-01 --to 2026-10-31 -o pack.md
    """
    import getpass
    import time

    from practicedb.board.pack import (
        PackError,
        build_pack,
        default_period,
        record_pack,
        render_html,
        render_markdown,
        render_pdf,
    )

    today = _common.today()
    if fmt is None:
        suffix = output.suffix.lower().lstrip(".") if output else ""
        fmt = {"pdf": "pdf", "md": "md", "markdown": "md"}.get(suffix, "html")
    if output is None:
        output = Path(f"board-pack-{today.isoformat()}.{fmt}")
    end = period_to or today
    start = period_from or default_period(end)[0]
    started = time.monotonic()
    db = settings.db()
    try:
        leads = settings.leads()
        data = build_pack(db, leads, list(settings.taxonomy().names), period_from=start,
                          period_to=end, today=today)
        if fmt == "md":
            output.write_text(render_markdown(data), encoding="utf-8")
        elif fmt == "pdf":
            render_pdf(render_html(data), output)
        else:
            output.write_text(render_html(data), encoding="utf-8")
    except PackError as exc:
        raise click.ClickException(str(exc)) from exc
    except OSError as exc:
        raise click.ClickException(f"Cannot write {output}: {exc.strerror or exc}") from exc
    try:
        who = getpass.getuser()
    except (KeyError, OSError):
        who = "unknown"
    record_pack(db, data, fmt, str(output), who)
    console(stderr=True).print(
        f"Wrote the board pack for {start:%d %b %Y} to {end:%d %b %Y} to {output} "
        f"({data.new_count} new practice{'s' if data.new_count != 1 else ''}, "
        f"{len(data.overdue)} overdue review{'s' if len(data.overdue) != 1 else ''}; "
        f"{time.monotonic() - started:.1f} s).", markup=False)

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


@click.command(short_help="The board pack: a board paper for a period.")
@click.option("--from", "period_from", callback=_bound(end=False), metavar="DATE",
              help="First day of the period (default: two months before --to).")
@click.option("--to", "period_to", callback=_bound(end=True), metavar="DATE",
              help="Last day of the period (default: today).")
@click.option("--meeting", callback=_bound(end=False), metavar="DATE",
              help="The date of the board meeting, printed on the cover.")
@click.option("--author", metavar="NAME",
              help="Who the paper is from (default: the author setting, else your user name).")
@click.option("--format", "fmt", type=click.Choice(["html", "pdf", "md", "json"]), default=None,
              help="html (print-ready A4, opens in any browser), pdf, md (Markdown for "
                   "e-mail or Teams) or json (the figures as data). Default: from the file "
                   "name, else html.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="File to write (default: board-pack-DATE.html in the current folder; "
                   "'-' with --format json prints it).")
@click.pass_obj
def pack(settings: Settings, period_from: date | None, period_to: date | None,
         meeting: date | None, author: str | None, fmt: str | None,
         output: Path | None) -> None:
    """The board pack for a period, as it stood on the period's last day: new practices,
    overdue reviews, decisions for the board, where every area stands, and the trend.

    \b
    Examples:
      practicedb pack                                  # the two months up to today, HTML
      practicedb pack --from 2026-09-01 --to 2026-10-31 --meeting 2026-11-12 -o pack.pdf
      practicedb pack --from 2026-09-01 --to 2026-10-31 --format json -o -
    """
    import getpass
    import time

    from practicedb import storage
    from practicedb.board.pack import build_pack, default_period, record_pack
    from practicedb.board.render import render_json, write_pack

    today = _common.today()
    if fmt is None:
        suffix = output.suffix.lower().lstrip(".") if output else ""
        fmt = {"pdf": "pdf", "md": "md", "markdown": "md", "json": "json"}.get(suffix, "html")
    if output is None:
        output = Path(f"board-pack-{today.isoformat()}.{fmt}")
    end = period_to or today
    start = period_from or default_period(end)[0]
    started = time.monotonic()
    db = settings.db()
    try:
        who = getpass.getuser()
    except (KeyError, OSError):
        who = "unknown"
    data = build_pack(db, settings.leads(), list(settings.taxonomy().names), period_from=start,
                      period_to=end, today=today, meeting=meeting,
                      author=author or storage.get_setting(db, "author") or who)
    if str(output) == "-":
        click.echo(render_json(data))
        return
    try:
        write_pack(data, fmt, output)
    except OSError as exc:
        raise click.ClickException(f"Cannot write {output}: {exc.strerror or exc}") from exc
    record_pack(db, data, fmt, str(output), who)
    f = data.figures
    console(stderr=True).print(
        f"Wrote the board pack for {start:%-d %b %Y} to {end:%-d %b %Y} to {output} "
        f"({f['new']} new practice{'s' if f['new'] != 1 else ''}, "
        f"{f['overdue']} overdue review{'s' if f['overdue'] != 1 else ''}, "
        f"as at {end:%-d %b %Y}; {time.monotonic() - started:.1f} s).", markup=False)

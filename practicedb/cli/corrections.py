"""Corrections that stick: `practicedb edit` and `practicedb add`."""

from __future__ import annotations

import click

from practicedb.cli._common import Settings, console, resolve_filters
from practicedb.models import KINDS


def _who(by: str | None) -> str:
    import getpass

    try:
        return by or getpass.getuser()
    except (KeyError, OSError):
        return "unknown"


@click.command(short_help="Correct a practice's title, areas, forces or kind.")
@click.argument("practice_id")
@click.option("--title", metavar="TEXT", help="The practice's title as it should read.")
@click.option("--area", "areas", multiple=True, metavar="NAME",
              help="Its business area (repeatable, primary first; a unique part of the name "
                   "does).")
@click.option("--force", "forces", multiple=True, metavar="NAME",
              help="A force the practice is from (repeatable; short forms like GMP work).")
@click.option("--kind", type=click.Choice(KINDS, case_sensitive=False),
              help="The kind of practice.")
@click.option("--by", metavar="NAME", help="Who made the correction (default: your user name).")
@click.pass_obj
def edit(settings: Settings, practice_id: str, title: str | None, areas: tuple,
         forces: tuple, kind: str | None, by: str | None) -> None:
    """Correct what was read from a report. The correction is kept with who made it and
    when, and applied again whenever the report is read in again (a revised file too).

    \b
    Example:
      practicedb edit p-3f2a9c1b7e --title "Operation Harbour: safeguarding repeat victims" \\
          --area "Victim care" --area "Domestic abuse" --by "DI Khan"
    """
    from practicedb import pipeline

    filters = resolve_filters(settings, areas, forces, (), None, None)
    changed = pipeline.correct(settings.db(), settings.index_path, practice_id.strip(),
                               by=_who(by), title=title, areas=filters["areas"] or None,
                               forces=filters["forces"] or None, kind=kind)
    if not changed:
        console().print(f"{practice_id} already reads like that; nothing changed.",
                        markup=False)
        return
    console().print(f"Corrected {', '.join(changed)} of {practice_id.strip()}; kept over any "
                    f"re-ingest. 'practicedb show {practice_id.strip()}' shows it.",
                    markup=False)


@click.command("add", short_help="Add a practice the extractor missed.")
@click.option("--report", "report", required=True, metavar="REPORT",
              help="The stored report: its file name, id or a unique part of its title.")
@click.option("--title", required=True, metavar="TEXT", help="The practice's title.")
@click.option("--body", required=True, metavar="TEXT", help="The practice's text.")
@click.option("--page", type=click.IntRange(1), metavar="N", help="The page it is on.")
@click.option("--kind", type=click.Choice(KINDS, case_sensitive=False), default="notable",
              show_default=True, help="The kind of practice.")
@click.option("--by", metavar="NAME", help="Who added it (default: your user name).")
@click.pass_obj
def add(settings: Settings, report: str, title: str, body: str, page: int | None, kind: str,
        by: str | None) -> None:
    """Add a practice the extractor missed to a stored report. It is sorted into business
    areas like any other, kept whenever the report is read in again, and searchable.

    \b
    Example:
      practicedb add --report peel-cumbria.pdf --page 14 --kind promising \\
          --title "Drones find missing people faster" --body "The force uses drones ..."
    """
    from practicedb import pipeline, storage

    db = settings.db()
    pid = pipeline.add_practice(db, settings.index_path, settings.taxonomy(),
                                storage.find_report(db, report), by=_who(by), title=title,
                                body=body, kind=kind.lower(), page=page)
    console().print(f"Added {pid}: {title}. 'practicedb show {pid}' shows it.", markup=False)

"""The export command: every practice as JSON Lines or as a CSV that opens in Excel."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from practicedb.cli._common import Settings, console, filter_options, resolve_filters


@click.command(short_help="Export practices as CSV (Excel) or JSON Lines.")
@click.option("--format", "fmt", type=click.Choice(["csv", "jsonl"]), default="csv",
              show_default=True, help="csv opens in Excel; jsonl is for other programs.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="File to write (default: print to the screen).")
@filter_options
@click.pass_obj
def export(settings: Settings, fmt: str, output: Path | None, areas: tuple, forces: tuple,
           kinds: tuple, since: str | None, until: str | None) -> None:
    """Export practices, one row (or JSON object) a practice."""
    from practicedb import storage
    from practicedb.storage.export import write_csv, write_jsonl

    filters = resolve_filters(settings, areas, forces, kinds, since, until)
    practices = storage.find_practices(settings.db(), **filters)
    writer = write_csv if fmt == "csv" else write_jsonl
    if output is None:
        writer(practices, sys.stdout)
        return
    # utf-8-sig: the byte-order mark tells Excel the file is UTF-8.
    encoding = "utf-8-sig" if fmt == "csv" else "utf-8"
    try:
        with open(output, "w", encoding=encoding, newline="") as fh:
            count = writer(practices, fh)
    except OSError as exc:
        raise click.ClickException(f"Cannot write {output}: {exc.strerror or exc}") from exc
    console(stderr=True).print(f"Wrote {count} practices to {output}.", markup=False)

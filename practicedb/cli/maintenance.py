"""Looking after the database: backup, verify, export-history."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from practicedb.cli._common import Settings, console


@click.command(short_help="Copy the database safely, even while others use it.")
@click.argument("file", type=click.Path(path_type=Path))
@click.option("--force", is_flag=True, help="Replace FILE if it already exists.")
@click.pass_obj
def backup(settings: Settings, file: Path, force: bool) -> None:
    """Make a consistent copy of the practice database in FILE, and check the copy.

    Others may go on using the database meanwhile. To restore, stop using practicedb,
    then copy FILE over the database (or point --db at it).
    """
    from practicedb.storage.maintenance import backup as make_backup

    result = make_backup(settings.db(), file, force=force, db_path=settings.db_path)
    console(stderr=True).print(
        f"Backed up {settings.db_path} to {result.path} ({result.bytes / 1e6:.1f} MB, "
        f"{result.history_rows} history rows); the copy passed its check.", markup=False)


@click.command(short_help="Check the database file and the review history's chain.")
@click.pass_obj
def verify(settings: Settings) -> None:
    """Check the database's pages and that no review history row was changed, inserted or
    removed outside practicedb. Exits with status 1 if anything is wrong."""
    from practicedb.storage.maintenance import verify as check

    result = check(settings.db())
    out = console()
    if result.page_problems:
        out.print(f"✗ The database {settings.db_path} is damaged: "
                  f"{'; '.join(result.page_problems[:3])}. Restore your latest backup "
                  "(made with 'practicedb backup').", markup=False)
        raise SystemExit(1)
    out.print(f"Database pages: ok ({settings.db_path}).", markup=False)
    chain = result.chain
    if chain.intact:
        out.print(f"History intact: {chain.rows} rows (last hash {chain.head[:16]}).",
                  markup=False)
        return
    out.print(f"✗ History broken at row {chain.broken_at}: {chain.reason}. Rows before it "
              "are as written; compare with a backup ('practicedb export-history' of the "
              "backup) to see what changed.", markup=False)
    raise SystemExit(1)


@click.command("export-history", short_help="Write the whole review history (audit trail).")
@click.option("--format", "fmt", type=click.Choice(["csv", "jsonl"]), default="csv",
              show_default=True, help="csv opens in Excel; jsonl is for other programs.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="File to write (default: print to the screen).")
@click.pass_obj
def export_history(settings: Settings, fmt: str, output: Path | None) -> None:
    """Every change ever recorded to a review, oldest first, with its chain hash."""
    from practicedb.storage.maintenance import export_history as write

    db = settings.db()
    if output is None:
        write(db, sys.stdout, fmt)
        return
    encoding = "utf-8-sig" if fmt == "csv" else "utf-8"
    try:
        with open(output, "w", encoding=encoding, newline="") as fh:
            count = write(db, fh, fmt)
    except OSError as exc:
        raise click.ClickException(f"Cannot write {output}: {exc.strerror or exc}") from exc
    console(stderr=True).print(f"Wrote {count} history rows to {output}.", markup=False)

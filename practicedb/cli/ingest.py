"""Commands that fill and maintain the database: ingest, reindex, status."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import click

from practicedb.cli._common import Settings, console
from practicedb.cli.pickup import notify_options, tell_leads


@click.command(short_help="Read report PDFs and saved report web pages into the database.")
@click.argument("paths", nargs=-1, required=True,
                type=click.Path(exists=True, path_type=Path))
@click.option("--workers", type=click.IntRange(1, 32), default=None,
              help="How many files to read at once (default: one per CPU core).")
@click.option("--timeout", type=click.FloatRange(1), default=120, show_default=True,
              help="Seconds one file may take before it is stopped and reported.")
@click.option("--memory-budget", type=click.FloatRange(0.5), default=2.0, show_default=True,
              metavar="GB", help="Memory (in GiB) all the reading workers may use together; "
                                 "a file needing more than its worker's share fails alone.")
@notify_options
@click.pass_obj
def ingest(settings: Settings, paths: tuple[Path, ...], workers: int | None,
           timeout: float, memory_budget: float, no_notify: bool = False,
           dry_run: bool = False) -> None:
    """Read report PDFs and saved report web pages (.html, .htm; files or folders,
    searched recursively) into the database. Leads whose areas gain practices are
    e-mailed (when a mail server is set up) unless --no-notify.

    Files already in the database unchanged are skipped; a revised file replaces
    its report's practices. A file that cannot be read is reported and the rest
    go on. Exits with status 1 if any file failed.
    """
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

    from practicedb.pipeline import FileOutcome, classifier, ingest_paths

    db = settings.db(must_exist=False)
    classify_report = classifier(settings.taxonomy())

    out = console(stderr=True)
    with Progress(TextColumn("Reading reports"), BarColumn(), MofNCompleteColumn(),
                  TextColumn("{task.description}"), console=out, transient=True) as bar:
        task = bar.add_task("", total=None)

        def progress(outcome: FileOutcome, total: int) -> None:
            bar.update(task, total=total, advance=1, description=outcome.path.name)
            if outcome.status == "failed":
                bar.console.print(_line("✗", "red", outcome.path.name, outcome.message))
            for warning in outcome.warnings:
                bar.console.print(_line("!", "yellow", outcome.path.name, warning))

        try:
            summary = ingest_paths(paths, db, settings.index_path, classify_report,
                                   workers=workers, timeout=timeout, progress=progress,
                                   memory_budget=int(memory_budget * 1024**3))
        except KeyboardInterrupt:
            bar.stop()
            out.print("Stopped. Every file finished before the interruption is saved; run the "
                      "same command again to carry on (finished files are skipped).",
                      markup=False)
            raise SystemExit(130) from None

    ingested, unchanged, failed = (summary.count(s) for s in ("ingested", "unchanged", "failed"))
    if not summary.outcomes:
        out.print("No report files (PDF or web page) found in "
                  + ", ".join(str(p) for p in paths) + ".", markup=False)
    else:
        out.print(
            f"{ingested} file{'s' if ingested != 1 else ''} ingested, {unchanged} unchanged, "
            f"{failed} failed; {summary.practices} practices found, {len(summary.added)} new; "
            + (f"{summary.pages_per_second:.1f} pages/s " if summary.pages_per_second else "")
            + f"({summary.seconds:.1f} s)."
        )
    if summary.index_message:
        out.print(_line("!", "yellow", "search index", summary.index_message))
    tell_leads(settings, summary.added, no_notify, dry_run)
    if failed:
        raise SystemExit(1)


def _line(mark: str, style: str, name: str, message: str) -> Any:
    """'✗ file.pdf: why' with file names and messages kept literal (no markup)."""
    from rich.text import Text

    return Text.assemble((mark, style), f" {name}: {message}")


@click.command(short_help="Rebuild the search index from the database.")
@click.pass_obj
def reindex(settings: Settings) -> None:
    """Rebuild the search index from the database (safe at any time)."""
    from practicedb import pipeline
    from practicedb.search import index

    db = settings.db()
    started = time.monotonic()
    try:
        count = pipeline.reindex(db, settings.index_path)
    except index.SearchIndexError as exc:
        raise click.ClickException(f"Could not rebuild the search index: {exc}") from exc
    console().print(f"Search index rebuilt in {settings.index_root}: {count} practices "
                    f"({time.monotonic() - started:.1f} s).")


@click.command(short_help="Counts, last ingest, failed files, warnings.")
@click.pass_obj
def status(settings: Settings) -> None:
    """What is in the database: counts, last ingest, files that failed, warnings."""
    from practicedb import pipeline, storage
    from practicedb.cli.rendering import status_view

    db = settings.db()
    info = storage.summary(db)
    state, docs = pipeline.index_state(db, settings.index_path)
    if state == "missing":
        index_line = (f"not built yet, or built by an older version ({settings.index_root}); "
                      "run 'practicedb reindex' (a search does it for you)")
    elif state == "stale":
        index_line = f"{docs} practices, out of date; run 'practicedb reindex'"
    else:
        index_line = f"{docs} practices, up to date ({settings.index_root})"
    console().print(status_view(info, str(settings.db_path), index_line))


@click.command(short_help="Re-sort practices after editing the taxonomy.")
@click.pass_obj
def reclassify(settings: Settings) -> None:
    """Sort every stored practice into business areas again (after editing the taxonomy)."""
    from practicedb import pipeline
    from practicedb.search import index

    db = settings.db()
    try:
        changed = pipeline.reclassify(db, settings.taxonomy(), settings.index_path)
    except index.SearchIndexError as exc:
        raise click.ClickException(f"Areas saved, but the search index failed: {exc}") from exc
    console().print(f"Reclassified: {changed} practices changed business areas.")

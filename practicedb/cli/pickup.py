"""Reports that arrive on their own: fetch, follow, watch; and telling the leads (shared
with ingest)."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

from practicedb.cli._common import Settings, console


def notify_options(fn: Callable) -> Callable:
    """--no-notify and --dry-run: whether the leads are e-mailed about new practices."""
    fn = click.option("--dry-run", is_flag=True,
                      help="Print the e-mails the leads would get instead of sending them.")(fn)
    return click.option("--no-notify", is_flag=True,
                        help="Do not e-mail the leads about new practices.")(fn)


def tell_leads(settings: Settings, practice_ids: list[str], no_notify: bool,
               dry_run: bool) -> None:
    """E-mail each lead whose area gained practices (or print the e-mails on --dry-run)."""
    if no_notify or not practice_ids:
        return
    from practicedb.reviews.notices import render_dry_run
    from practicedb.reviews.notices import tell_leads as tell

    out = console(stderr=True)
    told = tell(settings.db(), settings.leads(), practice_ids, dry_run=dry_run,
                password=settings.smtp_password)
    notices = told.notices
    if dry_run:
        click.echo(render_dry_run(notices) if notices.mails else "No lead would be e-mailed.")
        out.print(f"Dry run: {len(notices.mails)} e-mail(s) not sent.", markup=False)
    elif told.problem:
        out.print(f"! {told.problem[0].upper()}{told.problem[1:]} (use --no-notify to skip this)",
                  markup=False)
    elif told.sent:
        out.print(f"Told {told.sent} lead(s) by e-mail about {notices.practices} new "
                  "practice(s).", markup=False)
    if notices.no_address and (notices.mails or dry_run):
        out.print("! No lead e-mail address for: " + "; ".join(notices.no_address)
                  + " (add one in the leads file).", markup=False)


def _target(settings: Settings, store: Path | None, timeout: float) -> Any:
    from practicedb.pickup import Target, default_store
    from practicedb.pipeline import classifier

    return Target(settings.db(must_exist=False), settings.index_path,
                  classifier(settings.taxonomy()), store or default_store(settings.db_path),
                  timeout)


def _outcome_line(outcome: Any) -> Any:
    from rich.text import Text

    if outcome.status == "failed":
        return Text.assemble(("✗", "red"), f" {outcome.message}")
    name = outcome.path.name if outcome.path else outcome.url
    what = (f"{outcome.practices} practices, {len(outcome.added)} new"
            if outcome.status == "ingested" else "already in the database, unchanged")
    return Text.assemble(("✓", "green"), f" {outcome.url} → {name}: {what}")


_store_option = click.option(
    "--store", type=click.Path(file_okay=False, path_type=Path), default=None, metavar="DIR",
    help="Where to keep the downloaded reports (default: reports/ beside the database).")
_timeout_option = click.option("--timeout", type=click.FloatRange(1), default=120,
                               show_default=True,
                               help="Seconds reading one file may take before it is stopped.")


@click.command(short_help="Download report pages or PDFs and read them in.")
@click.argument("urls", nargs=-1, required=True)
@_store_option
@_timeout_option
@notify_options
@click.pass_obj
def fetch(settings: Settings, urls: tuple[str, ...], store: Path | None, timeout: float,
          no_notify: bool, dry_run: bool) -> None:
    """Download each report (a web page or a PDF) from its address, keep the file and read
    it into the database. Exits with status 1 if any address failed."""
    from practicedb.pickup import Fetcher, fetch_urls

    target = _target(settings, store, timeout)
    out = console(stderr=True)
    with Fetcher() as fetcher:
        outcomes = fetch_urls(list(urls), target, fetcher,
                              progress=lambda o: out.print(_outcome_line(o)))
    tell_leads(settings, [pid for o in outcomes for pid in o.added], no_notify, dry_run)
    if any(o.status == "failed" for o in outcomes):
        raise SystemExit(1)


@click.command(short_help="Fetch every new report from the publications feed.")
@click.argument("feed_url", required=False)
@click.option("--once", is_flag=True, help="Read the feed once and stop (for cron or a timer).")
@click.option("--every", type=click.FloatRange(0.01), default=6, show_default=True,
              metavar="HOURS", help="Without --once: hours between readings.")
@click.option("--wait", type=click.FloatRange(0), default=2, show_default=True,
              metavar="SECONDS", help="Pause between requests to the site.")
@_store_option
@_timeout_option
@notify_options
@click.pass_obj
def follow(settings: Settings, feed_url: str | None, once: bool, every: float, wait: float,
           store: Path | None, timeout: float, no_notify: bool, dry_run: bool) -> None:
    """Read the publications feed (RSS or Atom; or a publications listing page) and fetch
    and read in every report not seen before. FEED_URL defaults to the feed-url setting.
    Runs until Ctrl-C unless --once."""
    from practicedb.pickup import Fetcher, FetchError, follow_once
    from practicedb.storage import get_setting
    from practicedb.storage.settings import DEFAULT_FEED

    target = _target(settings, store, timeout)
    url = feed_url or get_setting(target.db, "feed-url") or DEFAULT_FEED
    out = console(stderr=True)
    while True:
        try:
            with Fetcher() as fetcher:
                result = follow_once(url, target, fetcher, wait=wait,
                                     progress=lambda o: out.print(_outcome_line(o)))
        except FetchError as exc:
            if once:
                raise click.ClickException(f"Could not read the feed: {exc}") from exc
            out.print(f"✗ Could not read the feed: {exc}", markup=False)
        except KeyboardInterrupt:
            raise SystemExit(130) from None
        else:
            new = sum(1 for o in result.outcomes if o.status == "ingested")
            out.print(f"{url} ({result.source}): {result.entries} entries, {result.fetched} "
                      f"fetched, {new} reports read in, {len(result.added)} new practices; "
                      f"{result.requests} requests.", markup=False)
            for blocked in result.blocked:
                out.print(f"! {blocked}: robots.txt does not allow fetching it", markup=False)
            tell_leads(settings, result.added, no_notify, dry_run)
            if once and any(o.status == "failed" for o in result.outcomes):
                raise SystemExit(1)
        if once:
            return
        try:
            time.sleep(every * 3600)
        except KeyboardInterrupt:
            raise SystemExit(130) from None


@click.command(short_help="Read report files in as they land in a folder.")
@click.argument("folder", type=click.Path(exists=True, file_okay=False, path_type=Path))
@_timeout_option
@notify_options
@click.pass_obj
def watch(settings: Settings, folder: Path, timeout: float, no_notify: bool,
          dry_run: bool) -> None:
    """Watch FOLDER and read in each new or changed report file (PDF or web page) once it
    has stopped growing, until Ctrl-C. A bad file gets its one line and the watch goes on."""
    from rich.text import Text

    from practicedb.pickup import watch_folder

    def _line(mark: str, style: str, name: str, message: str) -> Any:
        return Text.assemble((mark, style), f" {name}: {message}")

    target = _target(settings, None, timeout)
    out = console(stderr=True)

    def on_batch(summary: Any) -> None:
        for o in summary.outcomes:
            if o.status == "failed":
                out.print(_line("✗", "red", o.path.name, o.message))
            elif o.status == "ingested":
                out.print(_line("✓", "green", o.path.name,
                                f"{o.practices} practices, {len(o.added)} new"))
        if summary.index_message:
            out.print(_line("!", "yellow", "search index", summary.index_message))
        tell_leads(settings, summary.added, no_notify, dry_run)

    out.print(f"Watching {folder} for report files (Ctrl-C to stop).", markup=False)
    try:
        watch_folder(folder, target, on_batch)
    except KeyboardInterrupt:
        out.print("Stopped watching.", markup=False)

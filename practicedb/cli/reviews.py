"""Benchmarking commands: leads, assess, reviews, export-register, import-register."""

from __future__ import annotations

from pathlib import Path

import click

from practicedb.cli import _common
from practicedb.cli._common import Settings, console, echo_json, json_option, resolve_filters

STATUS_HELP = "new, under review, will adopt, adopted, already in place, not applicable"


def _area(settings: Settings, name: str) -> str:
    return resolve_filters(settings, (name,), (), (), None, None)["areas"][0]


def _statuses(values: tuple[str, ...]) -> list[str]:
    from practicedb.reviews import ReviewError, parse_status

    try:
        return [parse_status(v) for v in values]
    except ReviewError as exc:
        raise click.BadParameter(str(exc), param_hint="--status") from exc


@click.command(short_help="Who leads each area; open and overdue reviews.")
@click.option("--copy-to", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Write a copy of the shipped example leads file here, to edit.")
@json_option
@click.pass_obj
def leads(settings: Settings, copy_to: Path | None, as_json: bool) -> None:
    """Who leads each business area, and how many open and overdue reviews each has.

    \b
    The leads file is, in order: --leads FILE, the PRACTICEDB_LEADS variable,
    leads.toml in the current folder, else the shipped example (roles only).
    Start your own with:  practicedb leads --copy-to leads.toml
    """
    if copy_to is not None:
        from practicedb.reviews import shipped_leads_text

        if copy_to.exists():
            raise click.ClickException(f"{copy_to} already exists; I won't overwrite it.")
        try:
            copy_to.write_text(shipped_leads_text(), encoding="utf-8")
        except OSError as exc:
            raise click.ClickException(f"Cannot write {copy_to}: {exc.strerror or exc}") from exc
        console().print(f"Wrote {copy_to}. Edit it, then run 'practicedb leads' from this folder.",
                        markup=False)
        return
    from practicedb.reviews import lead_rows

    the_leads = settings.leads()
    names = list(settings.taxonomy().names)
    db = settings.db() if settings.db_path.exists() else None
    rows = lead_rows(db, the_leads, names, today=_common.today())
    from practicedb import storage

    days = (storage.new_after_days(db, the_leads.new_after_days) if db is not None
            else the_leads.new_after_days)
    if as_json:
        echo_json({"file": the_leads.source, "force": the_leads.force,
                   "new_after_days": days, "leads": rows})
        return
    from practicedb.cli.rendering import leads_table

    out = console()
    out.print(leads_table(rows, the_leads.source, days))
    missing = the_leads.missing(names)
    if missing:
        out.print(f"! {len(missing)} business area{'s have' if len(missing) != 1 else ' has'} "
                  f"no lead: {'; '.join(missing)}", markup=False, style="yellow")
    if the_leads.path is None:
        out.print("This is the shipped example. Make your own with "
                  "'practicedb leads --copy-to leads.toml'.", markup=False)


def _who(by: str | None) -> str:
    import getpass

    try:
        return by or getpass.getuser()
    except (KeyError, OSError):
        return "unknown"


@click.command(short_help="Record a lead's conclusion on one or more practices.")
@click.argument("practice_ids", nargs=-1, required=True, metavar="ID...")
@click.option("--status", help=f"The conclusion: {STATUS_HELP}.")
@click.option("--area", metavar="NAME",
              help="The business area (default: the practice's own review).")
@click.option("--note", metavar="TEXT", help="What was found or decided, in a sentence or two.")
@click.option("--due", metavar="DATE", help="When the next step is due (2027-01-31, Jan 2027); "
                                            "'none' clears it.")
@click.option("--by", metavar="NAME", help="Who decided (default: your user name).")
@click.pass_obj
def assess(settings: Settings, practice_ids: tuple[str, ...], status: str | None,
           area: str | None, note: str | None, due: str | None, by: str | None) -> None:
    """Record a lead's conclusion on one or more practices; every change is kept in its
    history. A practice in the catalogue (older than reviews-from) gets a review opened.

    \b
    Examples:
      practicedb assess p-3f2a9c1b7e --status "under review" --due 2027-01-31 \\
          --note "Comparing with our own repeat-victim process" --by "DI Khan"
      practicedb assess p-3f2a9c1b7e p-77aa01c2d3 --status "not applicable" --by "DI Khan"
    """
    from practicedb.reviews import UNSET, ReviewError
    from practicedb.reviews import assess as record

    if status is None and note is None and due is None:
        raise click.UsageError("Give at least one of --status, --note or --due.")
    due_value: object = UNSET
    if due is not None:
        if due.strip().lower() in ("none", "clear", ""):
            due_value = None
        else:
            from practicedb.dates import parse_bound

            try:
                due_value = parse_bound(due, end=True)
            except ValueError as exc:
                raise click.BadParameter(str(exc), param_hint="--due") from exc
    if status is not None:
        status = _statuses((status,))[0]
    who = _who(by)
    area_name = _area(settings, area) if area else None
    out, failed = console(), []
    for practice_id in dict.fromkeys(p.strip() for p in practice_ids):
        try:
            row = record(settings.db(), practice_id, by=who, status=status, area=area_name,
                         note=note, due=due_value)
        except ReviewError as exc:
            failed.append(str(exc))
            out.print(f"! {exc}", markup=False, style="yellow")
            continue
        change = (f"'{row['from_status']}' → '{row['to_status']}'"
                  if row["from_status"] != row["to_status"] else f"still '{row['to_status']}'")
        due_text = f", due {row['to_due']}" if row["to_due"] else ""
        out.print(f"Recorded for {row['practice_id']} ({row['area']}): {change}{due_text}, "
                  f"by {who}. 'practicedb show {row['practice_id']}' shows the history.",
                  markup=False)
    if failed:
        raise click.ClickException(failed[0] if len(failed) == 1 and len(practice_ids) == 1
                                   else f"{len(failed)} of {len(practice_ids)} not recorded "
                                        "(see above).")


@click.command("import-register", short_help="Read leads' decisions back from the register.")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--by", metavar="NAME", help="Who the decisions are recorded as from "
                                           "(default: your user name).")
@click.option("--dry-run", is_flag=True, help="Show what would change; record nothing.")
@click.pass_obj
def import_register(settings: Settings, file: Path, by: str | None, dry_run: bool) -> None:
    """Record the statuses, due dates and notes leads changed in an exported register
    (FILE.xlsx or FILE.csv). Rows are matched by their Practice ID; each change becomes an
    assessment with its history. Rows that cannot be used are listed with their row
    number and reason; the rest still apply. Importing the same file again changes nothing.

    \b
    Example:
      practicedb export-register -o register.xlsx     # leads edit Status, Due date, Latest note
      practicedb import-register register.xlsx --by "DI Khan" --dry-run
      practicedb import-register register.xlsx --by "DI Khan"
    """
    from practicedb.reviews import import_register as apply

    result = apply(settings.db(), file, by=_who(by), dry_run=dry_run)
    out = console()
    verb = "Would record" if dry_run else "Recorded"
    for c in result.changes:
        what = [f"status {c['status']}" if "status" in c else "",
                (f"due {c['due']}" if c["due"] else "no due date") if "due" in c else "",
                "a note" if c.get("note") else ""]
        out.print(f"{verb} row {c['row']}: {c['practice_id']} ({c['area'] or 'its area'}): "
                  f"{', '.join(w for w in what if w)}", markup=False)
    for problem in result.problems:
        out.print(f"! Refused {problem}", markup=False, style="yellow")
    out.print(f"{len(result.changes)} row{'s' if len(result.changes) != 1 else ''} "
              f"{'would change' if dry_run else 'changed'}, {result.unchanged} unchanged, "
              f"{len(result.problems)} refused.", markup=False)
    if result.problems:
        raise SystemExit(1)


@click.command("reviews", short_help="Open reviews by business area, overdue marked.")
@click.option("--area", "areas", multiple=True, metavar="NAME",
              help="Only this business area (repeatable; a unique part of the name does).")
@click.option("--lead", metavar="TEXT", help="Only this lead (part of a name, role or e-mail).")
@click.option("--status", "statuses", multiple=True,
              help=f"Only this status (repeatable): {STATUS_HELP}. Default: the open ones "
                   "(new, under review, will adopt).")
@click.option("--overdue", is_flag=True,
              help="Only overdue reviews: past their due date, or still new for too long.")
@click.option("--new-after", type=click.IntRange(1), metavar="DAYS", default=None,
              help="Days a review may stay 'new' before it is overdue "
                   "(default: the new-after-days setting, else the leads file's, else 60).")
@json_option
@click.pass_obj
def reviews_command(settings: Settings, areas: tuple, lead: str | None, statuses: tuple,
                    overdue: bool, new_after: int | None, as_json: bool) -> None:
    """The reviews still open, by business area, with their lead and what is overdue."""
    from practicedb.reviews import OPEN_STATUSES, list_reviews

    the_leads = settings.leads()
    rows = list_reviews(
        settings.db(), today=_common.today(), leads=the_leads,
        areas=[_area(settings, a) for a in areas], lead=lead,
        statuses=_statuses(statuses) or OPEN_STATUSES, overdue_only=overdue,
        new_after_days=new_after)
    if as_json:
        keys = ("practice_id", "title", "area", "lead", "status", "due", "note", "opened_at",
                "updated_at", "updated_by", "overdue", "report_title", "forces", "kind")
        echo_json([{k: r[k] for k in keys} for r in rows])
        return
    if not rows:
        console().print("No reviews match." if (areas or lead or statuses or overdue)
                        else "No open reviews.")
        return
    from practicedb.cli.rendering import reviews_tables

    out = console()
    for table in reviews_tables(rows, list(settings.taxonomy().names)):
        out.print(table)
        out.print()
    late = sum(bool(r["overdue"]) for r in rows)
    out.print(f"{len(rows)} review{'s' if len(rows) != 1 else ''}, {late} overdue. "
              "Record a conclusion with 'practicedb assess ID --status STATUS'.")


@click.command("export-register", short_help="The review register, for Excel (xlsx or csv).")
@click.option("--format", "fmt", type=click.Choice(["xlsx", "csv"]), default="xlsx",
              show_default=True, help="xlsx: an Excel workbook; csv: plain CSV for Excel.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), required=True,
              help="The file to write.")
@click.option("--area", "areas", multiple=True, metavar="NAME", help="Only this business area.")
@click.option("--include-withdrawn", is_flag=True,
              help="Also list practices a revised report no longer contains.")
@click.pass_obj
def export_register(settings: Settings, fmt: str, output: Path, areas: tuple,
                    include_withdrawn: bool) -> None:
    """The practice register: each practice with its area, lead, status, due date and latest note.
    """
    from practicedb.reviews import list_reviews, write_register_csv, write_register_xlsx

    rows = list_reviews(settings.db(), today=_common.today(), leads=settings.leads(),
                        areas=[_area(settings, a) for a in areas], statuses=None,
                        include_withdrawn=include_withdrawn)
    try:
        if fmt == "xlsx":
            count = write_register_xlsx(rows, output, today=_common.today())
        else:
            with open(output, "w", encoding="utf-8-sig", newline="") as fh:
                count = write_register_csv(rows, fh)
    except OSError as exc:
        raise click.ClickException(f"Cannot write {output}: {exc.strerror or exc}") from exc
    console(stderr=True).print(f"Wrote {count} rows to {output}.", markup=False)


@click.command(short_help="E-mail each lead their open and overdue reviews.")
@click.option("--dry-run", is_flag=True, help="Show the e-mails; send nothing.")
@click.pass_obj
def remind(settings: Settings, dry_run: bool) -> None:
    """E-mail each lead (with an e-mail address in the leads file) their open and overdue
    reviews, through the mail server in the settings (smtp-host, smtp-sender; the password,
    if one is needed, in $PRACTICEDB_SMTP_PASSWORD).

    \b
    Example:
      practicedb settings set smtp-host mail.force.police.uk
      practicedb settings set smtp-sender practicedb@force.police.uk
      practicedb remind --dry-run
      practicedb remind
    """
    from practicedb import storage
    from practicedb.reviews import reminder_mails
    from practicedb.reviews.mail import SmtpSettings, send

    db = settings.db()
    board = storage.get_setting(db, "board-name") or "the board"
    found = reminder_mails(db, settings.leads(), today=_common.today(), board=board)
    out = console()
    if found.no_email:
        out.print(f"! No e-mail address in the leads file for: {'; '.join(found.no_email)} "
                  "(their reviews are not in any reminder).", markup=False, style="yellow")
    if not found.mails:
        out.print("No lead has open reviews to be reminded of.", markup=False)
        return
    if dry_run:
        for mail in found.mails:
            out.print(f"To: {mail.to}\nSubject: {mail.subject}\n\n{mail.body}\n", markup=False)
        out.print(f"{len(found.mails)} e-mail{'s' if len(found.mails) != 1 else ''} would be "
                  "sent (dry run: nothing sent).", markup=False)
        return
    sent = send(found.mails, SmtpSettings.from_db(db, password=settings.smtp_password))
    out.print(f"Sent {sent} reminder{'s' if sent != 1 else ''}: "
              f"{', '.join(m.to for m in found.mails)}.", markup=False)

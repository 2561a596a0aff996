"""Commands that browse the database: areas, list, show."""

from __future__ import annotations

import click

from practicedb.cli._common import (
    Settings,
    console,
    echo_json,
    filter_options,
    json_option,
    resolve_filters,
)


@click.command(short_help="The business areas with practice counts.")
@json_option
@click.pass_obj
def areas(settings: Settings, as_json: bool) -> None:
    """The business areas with how many practices each has."""
    from practicedb.storage.listing import area_counts

    names = list(settings.taxonomy().names)
    counts = area_counts(settings.db())  # counted in SQL, as the web app does
    rows = [(a, *counts.get(a, (0, 0))) for a in names]
    rows += [(a, *counts[a]) for a in sorted(counts) if a not in names]
    total = dict.fromkeys(a for a, _, _ in rows)
    if as_json:
        echo_json([{"area": a, "primary": p, "total": t} for a, p, t in rows])
        return
    from practicedb.cli.rendering import areas_table

    console().print(areas_table(rows))
    unknown = [a for a in total if a not in names]
    if unknown:
        console().print("Areas not in the current taxonomy (run 'practicedb reclassify'): "
                        + ", ".join(unknown), markup=False)


@click.command("list", short_help="Practices grouped by business area.")
@filter_options
@json_option
@click.pass_obj
def list_practices(settings: Settings, areas: tuple, forces: tuple, kinds: tuple,
                   since: str | None, until: str | None, as_json: bool) -> None:
    """Practices grouped by business area (each under its primary area).

    With --area, a practice also shows under an area that is secondary for it.
    """
    from practicedb import storage
    from practicedb.storage.export import contract

    filters = resolve_filters(settings, areas, forces, kinds, since, until)
    found = storage.find_practices(settings.db(), **filters)
    if as_json:
        echo_json([contract(p) for p in found])
        return
    if not found:
        console().print("No practices match." if any(filters.values()) else
                        "The database has no practices yet. Run 'practicedb ingest FOLDER'.")
        return
    from practicedb.cli.rendering import practice_table

    order = list(settings.taxonomy().names)
    groups: dict[str, list[dict]] = {}
    for p in found:
        wanted = [a for a in p["areas"] if a in filters["areas"]]
        home = wanted[0] if wanted else (p["areas"] or ["Unclassified"])[0]
        groups.setdefault(home, []).append(p)
    out = console()
    for area in sorted(groups, key=lambda a: (order.index(a) if a in order else len(order), a)):
        out.print(practice_table(area, groups[area]))
        out.print()
    areas_word = "business area" if len(groups) == 1 else "business areas"
    out.print(f"{len(found)} practices in {len(groups)} {areas_word}. "
              "'practicedb show ID' prints one in full.")


@click.command(short_help="One practice in full, with its review history.")
@click.argument("practice_id")
@json_option
@click.pass_obj
def show(settings: Settings, practice_id: str, as_json: bool) -> None:
    """One practice in full: its report, pages, business areas and review history."""
    from practicedb import storage

    db = settings.db()
    practice = storage.get_practice(db, practice_id.strip())
    if practice is None:
        raise click.ClickException(
            f"No practice has the id {practice_id!r}. "
            "'practicedb list' and 'practicedb search' show the ids."
        )
    from practicedb.reviews import history, practice_record, practice_reviews

    if as_json:
        echo_json(practice_record(db, practice["id"]))
        return
    reviews, changes = practice_reviews(db, practice["id"]), history(db, practice["id"])
    fixes = storage.corrections_for(db, practice["id"])
    from practicedb.cli.rendering import practice_detail, review_history
    from practicedb.storage.sources import sources_of

    out = console()
    out.print(practice_detail(practice, sources_of(db, practice["report_id"])))
    if practice["withdrawn_at"]:
        out.print(f"Withdrawn on {practice['withdrawn_at'][:10]}: the latest version of the "
                  "report no longer contains this practice. Its records are kept.",
                  style="yellow", markup=False)
    for fix in fixes:
        value = fix["value"]
        shown = ("added by hand" if fix["field"] == "added" else
                 f"{fix['field']} corrected to " + ("; ".join(value) if isinstance(value, list)
                                                    else str(value)))
        out.print(f"Correction {fix['at'][:16].replace('T', ' ')} by {fix['by']}: {shown}",
                  markup=False)
    if practice["areas"]:
        from practicedb.pipeline import area_reason

        reason = area_reason(db, settings.taxonomy(), practice["id"])
        out.print(f"Why {practice['areas'][0]}: {reason}", markup=False)
    leads = settings.leads(warn=False)
    out.print()
    out.print(review_history(reviews, changes, {a: lead.label for a, lead in
                                                leads.by_area.items()}))

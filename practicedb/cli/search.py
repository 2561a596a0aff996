"""Commands that search the practices through the full-text index."""

from __future__ import annotations

import click

from ._common import Settings, console, echo_json, filter_options, json_option, resolve_filters


@click.command()
@click.argument("query")
@filter_options
@click.option("--limit", type=click.IntRange(1, 1000), default=10, show_default=True,
              help="How many results at most.")
@json_option
@click.pass_obj
def search(settings: Settings, query: str, areas: tuple, forces: tuple, kinds: tuple,
           since: str | None, until: str | None, limit: int, as_json: bool) -> None:
    """Search the practices by relevance, e.g. practicedb search "county lines".

    Words are matched in any form (victim, victims); put a phrase in quotes.
    """
    from .. import index, storage
    from ..export import contract

    filters = resolve_filters(settings, areas, forces, kinds, since, until)
    db = settings.db()
    _ensure_index(settings, db)
    try:
        hits = index.search(settings.index_path, query, limit=limit, **filters)
    except index.QueryError as exc:
        raise click.ClickException(str(exc)) from exc
    except index.SearchIndexError as exc:
        raise click.ClickException(f"{exc}. Run 'practicedb reindex' to rebuild it.") from exc
    results = []
    for hit in hits:
        practice = storage.get_practice(db, hit.id)
        if practice:  # an index entry with no database row is stale: skip it
            results.append(contract(practice, score=round(hit.score, 3), snippet=hit.snippet))
    if as_json:
        echo_json(results)
        return
    if not results:
        console().print(f"No practices match {query!r}.", markup=False)
        return
    from ..rendering import search_table

    console().print(search_table(results))


def _ensure_index(settings: Settings, db) -> None:  # type: ignore[no-untyped-def]
    """Rebuild a missing or out-of-date index from the database before searching."""
    from .. import index, storage

    if index.doc_count(settings.index_path) == db["practices"].count:
        return
    console(stderr=True).print("Building the search index from the database...")
    try:
        index.rebuild(settings.index_path, storage.iter_practices(db))
    except index.SearchIndexError as exc:
        raise click.ClickException(f"Could not build the search index: {exc}") from exc

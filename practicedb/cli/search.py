"""Commands that search the practices through the full-text index: search, similar, benchmark."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, Literal

import click

from practicedb.cli._common import (
    Settings,
    console,
    echo_json,
    filter_options,
    json_option,
    resolve_filters,
)


def _search_options(fn: Callable[..., Any]) -> Callable[..., Any]:
    """--limit, --group-by, --glossary, --json and the usual filters."""
    for decorator in reversed([
        filter_options,
        click.option("--limit", type=click.IntRange(1, 1000), default=10, show_default=True,
                     help="How many results at most."),
        click.option("--group-by", "group_by", type=click.Choice(["area"]), default=None,
                     help="Show the results in a table per business area (primary area)."),
        click.option("--glossary", "glossary_path", metavar="FILE",
                     type=click.Path(dir_okay=False, path_type=Path),
                     help="Your own acronyms and synonyms (TOML). Default: "
                          "$PRACTICEDB_GLOSSARY, else the one shipped."),
        json_option,
    ]):
        fn = decorator(fn)  # type: ignore[arg-type]
    return fn


@click.command(short_help="Search the practices by relevance.")
@click.argument("query")
@_search_options
@click.pass_obj
def search(settings: Settings, query: str, limit: int, group_by: str | None,
           glossary_path: Path | None, as_json: bool, **filter_args: Any) -> None:
    """Search the practices by relevance, e.g. practicedb search "county lines".

    \b
    Words match in any form (victim, victims); acronyms match their spelling-out
    (DA finds "domestic abuse"; see --glossary). When the words find very little and
    one is not a word at all, a spelling is suggested.
    Syntax: "a phrase", AND, OR, NOT, (brackets), title:WORD searches titles;
    kind:, force:, area:, since:, until: filter exactly like the options.
    """
    from practicedb.search import finder as searching
    from practicedb.search.filters import FilterError

    filters = resolve_filters(settings, **filter_args)
    db = _ready(settings)
    with _index_errors():
        try:
            found = searching.find(settings.index_path, query,
                                   glossary=_glossary(settings, glossary_path), limit=limit,
                                   taxonomy=settings.taxonomy(), **filters)
        except FilterError as exc:  # exit status 2, like the options
            raise click.BadParameter(str(exc), param_hint=f"'{exc.field}:' in QUERY") from exc
    _suggest(found.suggestion, found.suggested, len(found.hits))
    results = searching.join_hits(db, found.hits)
    shown = query if len(query) <= 80 else query[:77] + "..."
    _show(results, as_json, group_by, f"No practices match {shown!r}.")


@click.command(short_help="Practices most like a given one.")
@click.argument("practice_id", metavar="ID")
@_search_options
@click.pass_obj
def similar(settings: Settings, practice_id: str, limit: int, group_by: str | None,
            glossary_path: Path | None, as_json: bool, **filter_args: Any) -> None:
    """Practices most like practice ID, with the key words they share.

    Use it to find who else does what a praised practice does, e.g.
    practicedb similar p-3f2a9c1b7e --kind innovative
    """
    from practicedb.search import similarity

    filters = resolve_filters(settings, **filter_args)
    db = _ready(settings)
    with _index_errors():
        try:
            source, results = similarity.similar(
                db, settings.index_path, practice_id,
                glossary=_glossary(settings, glossary_path), limit=limit, **filters)
        except similarity.PracticeNotFound as exc:
            raise click.ClickException(
                f"There is no practice {practice_id!r}; 'practicedb list' shows the ids."
            ) from exc
    if not as_json:
        console().print(f"Practices like {source['id']}: {source['title'] or '(untitled)'}",
                        markup=False, style="bold")
    _show(results, as_json, group_by, "No similar practices found.")


@click.command(short_help="Published practices closest to your own.")
@click.option("--text", help="Your own practice, described in a few sentences.")
@click.option("--file", "file_path", type=click.Path(path_type=Path),
              help="Or a document describing it: .txt, .md, .docx or .pdf.")
@_search_options
@click.pass_obj
def benchmark(settings: Settings, text: str | None, file_path: Path | None, limit: int,
              group_by: str | None, glossary_path: Path | None, as_json: bool,
              **filter_args: Any) -> None:
    """The published practices closest to your own way of working, ranked and explained.

    \b
    practicedb benchmark --text "we give burglary victims a crime prevention visit"
    practicedb benchmark --file our-procedure.docx --group-by area
    """
    from practicedb.search import similarity

    if bool(text) == bool(file_path):
        raise click.UsageError("Give exactly one of --text \"...\" or --file PATH.")
    if file_path:
        try:
            text = similarity.read_document(file_path)
        except similarity.DocumentError as exc:
            raise click.ClickException(str(exc)) from exc
    if not text or not text.strip():
        raise click.UsageError("--text is empty: describe your practice in a few words.")
    filters = resolve_filters(settings, **filter_args)
    db = _ready(settings)
    with _index_errors():
        results, suggestion = similarity.benchmark(
            db, settings.index_path, text, glossary=_glossary(settings, glossary_path),
            taxonomy=settings.taxonomy(), limit=limit, **filters)
    _suggest(suggestion, None, len(results))
    _show(results, as_json, group_by, "No published practice resembles that description.")


def _glossary(settings: Settings, path: Path | None) -> Any:
    """--glossary FILE for this command, else the configured one ($PRACTICEDB_GLOSSARY)."""
    if path is not None:
        settings.glossary_path = path
    return settings.glossary()


class _index_errors:  # noqa: N801 - used as a context manager, reads like one
    """Turn the index's plain-words errors into one-line CLI errors."""

    def __enter__(self) -> None:
        return None

    def __exit__(self, kind: Any, exc: BaseException | None, tb: Any) -> Literal[False]:
        from practicedb.search import index

        if isinstance(exc, index.QueryError):
            raise click.ClickException(str(exc)) from exc
        if isinstance(exc, index.SearchIndexError):
            raise click.ClickException(f"{exc} Run 'practicedb reindex' to rebuild it.") from exc
        return False


def _suggest(suggestion: str | None, suggested: tuple[int, int] | None, shown: int) -> None:
    """'Did you mean' goes to stderr, so --json output stays a plain array. It says
    plainly which results answer the words typed and which the suggestion."""
    if not suggestion:
        return
    if suggested is None:
        note = "" if shown else " (it finds nothing either)"
    elif suggested == (0, shown):
        note = " Nothing matches the words as typed; the results below are for the suggestion."
    elif suggested[0] == 0:
        note = (f" The first {suggested[1]} result(s) are for the suggestion; the rest match "
                "only some of the words as typed.")
    else:
        note = (f" Only the first {suggested[0]} result(s) match the words as typed; "
                "the rest are for the suggestion.")
    console(stderr=True).print(f"Did you mean: {suggestion}?{note}", markup=False)


def _show(results: list[dict], as_json: bool, group_by: str | None, empty: str) -> None:
    if as_json:
        echo_json(results)
        return
    if not results:
        console().print(empty, markup=False)
        return
    from practicedb.cli.rendering import grouped_search_tables, search_table

    if group_by:
        from practicedb.search.similarity import group_by_area

        ranked = [dict(p, rank=rank) for rank, p in enumerate(results, 1)]
        console().print(grouped_search_tables(group_by_area(ranked)))
    else:
        console().print(search_table(results))


def _ready(settings: Settings) -> Any:
    """The database, with the index rebuilt first if it is not up to date (unless an
    ingest or reindex is at work: then the last complete index answers)."""
    from practicedb import pipeline
    from practicedb.search import index

    db = settings.db()

    def building() -> None:
        console(stderr=True).print("Building the search index from the database...")

    try:
        state = pipeline.ensure_index(db, settings.index_path, on_rebuild=building)
    except index.SearchIndexError as exc:
        raise click.ClickException(f"Could not build the search index: {exc}") from exc
    if state == "updating":
        console(stderr=True).print(
            "(An ingest or reindex is updating the search index: these results come from "
            "the last complete index.)", markup=False)
    return db

"""Shared CLI pieces: settings from the global options, and reusable option decorators."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date
from typing import Any

import click

from practicedb.config import Config
from practicedb.models import KINDS


class Settings(Config):
    """The global options as a ``Config``; the leads file's warnings go to stderr."""

    def leads(self, *, warn: bool = True) -> Any:
        """The leads file in force; areas it names that the taxonomy lacks get a warning
        (on stderr), once."""
        leads = super().leads()
        unknown = leads.unknown(self.taxonomy().names)
        if warn and unknown and not self._cache.get("leads_warned"):
            self._cache["leads_warned"] = True
            console(stderr=True).print(
                f"! The leads file {leads.source} names areas that are not in the "
                f"taxonomy (check the spelling; 'practicedb areas' lists them): "
                f"{'; '.join(unknown)}", markup=False)
        return leads


def today() -> date:
    """Today's date; one place for tests to fix it."""
    from practicedb import dates

    return dates.today()


def json_option(fn: Callable) -> Callable:
    return click.option("--json", "as_json", is_flag=True,
                        help="Print JSON instead of a table (stable keys: see README).")(fn)


def _date(end: bool) -> Callable:
    def callback(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
        if value is None:
            return None
        from practicedb.dates import parse_bound

        try:
            return parse_bound(value, end=end)
        except ValueError as exc:
            raise click.BadParameter(str(exc)) from exc

    return callback


def filter_options(fn: Callable) -> Callable:
    """--area, --force, --kind, --since, --until: the filters every listing shares."""
    decorators = [
        click.option("--area", "areas", multiple=True, metavar="NAME",
                     help="Only this business area (repeatable; a unique part of the name does)."),
        click.option("--force", "forces", multiple=True, metavar="NAME",
                     help="Only practices of this force (repeatable; short forms like GMP work)."),
        click.option("--kind", "kinds", multiple=True,
                     type=click.Choice(KINDS, case_sensitive=False),
                     help="Only this kind of practice (repeatable)."),
        click.option("--since", callback=_date(end=False), metavar="DATE",
                     help="Published on or after DATE (2024-06-14, June 2024, 2024)."),
        click.option("--until", callback=_date(end=True), metavar="DATE",
                     help="Published on or before DATE."),
    ]
    for decorator in reversed(decorators):
        fn = decorator(fn)
    return fn


def resolve_filters(settings: Settings, areas: tuple, forces: tuple, kinds: tuple,
                    since: str | None, until: str | None) -> dict:
    """The library's filter check, with an unknown or ambiguous name as a usage error."""
    from practicedb.search.filters import FilterError
    from practicedb.search.filters import resolve_filters as resolve

    try:
        filters = resolve(settings.taxonomy(), areas=areas, forces=forces, kinds=kinds,
                          since=since, until=until)
    except FilterError as exc:
        raise click.BadParameter(str(exc), param_hint=f"--{exc.field}") from exc
    return filters.as_kwargs()


def echo_json(data: Any) -> None:
    click.echo(json.dumps(data, indent=2, ensure_ascii=False))


def console(stderr: bool = False) -> Any:
    """A rich console whose output never carries escape sequences or control characters
    from stored text (a note, a title): only rich's own styling reaches the terminal."""
    from rich.console import Console
    from rich.segment import Segment

    from practicedb._util import terminal_text

    class _SafeConsole(Console):
        def _render_buffer(self, buffer: Any) -> str:
            return super()._render_buffer(
                segment if segment.control else Segment(terminal_text(segment.text),
                                                        segment.style)
                for segment in buffer)

    return _SafeConsole(stderr=stderr, highlight=False)

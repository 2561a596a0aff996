"""Reading what people typed into the pages' forms and query strings: filters, dates, pages.
The names resolve through the library (``search.filters``); errors come back as text."""

from __future__ import annotations

from typing import Any

from starlette.datastructures import ImmutableMultiDict, QueryParams

from practicedb.dates import parse_bound
from practicedb.search.filters import FilterError, resolve_filters

PAGE_SIZE = 20
FILTER_KEYS = ("area", "force", "kind", "since", "until")


def filters(taxonomy: Any, params: QueryParams | ImmutableMultiDict) -> tuple[dict, str]:
    """(keyword filters for the library, an error message or '')."""
    values = {key: [v for v in params.getlist(key) if v.strip()] for key in FILTER_KEYS}
    bounds: dict[str, str | None] = {"since": None, "until": None}
    try:
        for key in ("since", "until"):
            if values[key]:
                bounds[key] = parse_bound(values[key][0], end=key == "until")
        resolved = resolve_filters(taxonomy, areas=values["area"], forces=values["force"],
                                   kinds=values["kind"], **bounds)
    except FilterError as exc:
        return {}, str(exc)
    except ValueError as exc:
        return {}, str(exc)
    return resolved.as_kwargs(), ""


def page_number(params: QueryParams) -> int:
    try:
        return max(1, min(10_000, int(params.get("page", "1"))))
    except ValueError:
        return 1


def chosen(params: QueryParams) -> dict[str, list[str]]:
    """The filter values as typed, to fill the form in again."""
    return {key: [v for v in params.getlist(key) if v.strip()] for key in FILTER_KEYS}


def query_without(params: QueryParams, **changes: str | None) -> str:
    """The current query string with some keys replaced (None: removed)."""
    items = [(k, v) for k, v in params.multi_items() if k not in changes]
    items += [(k, v) for k, v in changes.items() if v is not None]
    from urllib.parse import urlencode

    return urlencode(items)

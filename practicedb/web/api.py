"""The JSON API, with the CLI's JSON contract: ``GET /api/search`` (the keys of
``search --json``) and ``GET /api/practices/{id}`` (those of ``show --json``)."""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from practicedb import reviews
from practicedb.search import QueryError, SearchIndexError, finder
from practicedb.web import forms, security
from practicedb.web.security import state

MAX_LIMIT = 1000


def _error(message: str, status: int = 400) -> Response:
    return JSONResponse({"error": message}, status_code=status)


def api_search(request: Request) -> Response:
    security.reader(request)
    web = state(request)
    params = request.query_params
    filters, error = forms.filters(web.config.taxonomy(), params)
    if error:
        return _error(error)
    try:
        limit = max(1, min(MAX_LIMIT, int(params.get("limit", "10"))))
    except ValueError:
        return _error("limit must be a whole number.")
    try:
        web.ready_index()
        found = finder.find(web.index_path, params.get("q", ""),
                            glossary=web.config.glossary(), limit=limit, **filters)
    except (QueryError, SearchIndexError) as exc:
        return _error(str(exc))
    response = JSONResponse(finder.join_hits(web.db(), found.hits))
    if found.suggestion:
        response.headers["X-Did-You-Mean"] = found.suggestion.encode("ascii", "replace").decode()
    return response


def api_practice(request: Request) -> Response:
    security.reader(request)
    db = state(request).db()
    practice_id = request.path_params["practice_id"].strip()
    record = reviews.practice_record(db, practice_id)  # the same object as `show --json`
    if record is None:
        return _error(f"No practice has the id {practice_id!r}.", 404)
    return JSONResponse(record)


def routes() -> list[Route]:
    return [Route("/api/search", api_search), Route("/api/practices/{practice_id}", api_practice)]

"""The search page (ranked results, snippets, facets, spelling and glossary help) and the
benchmark form (paste or upload your own procedure)."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

from starlette.concurrency import run_in_threadpool
from starlette.datastructures import UploadFile
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from practicedb.search import QueryError, SearchIndexError, finder, similarity
from practicedb.search.query import rewrite
from practicedb.storage import listing
from practicedb.web import forms, security
from practicedb.web.rendering import render
from practicedb.web.security import state

FACET_POOL = 100  # facets count the best this many matches (each needs its snippet made)
MAX_UPLOAD = 20 * 1024 * 1024


def _render(request: Request, name: str, status: int = 200, **context: Any) -> Response:
    return render(request, name, status, **context)


def run_search(web: Any, q: str, filters: dict, page: int) -> dict:
    """One page of results with the facets of the best FACET_POOL matches (what both the
    page and the API show). One ranking gives both; snippets are made only for the hits
    up to this page."""
    from practicedb.search.facets import match_ids

    db = web.db()
    web.ready_index()
    shown_limit = page * forms.PAGE_SIZE + 1  # one more: is there a next page?
    pool_size = max(FACET_POOL, shown_limit)
    found = finder.find(web.index_path, q, glossary=web.config.glossary(), limit=shown_limit,
                        pool=pool_size, **filters)
    ids = [h.id for h in found.hits]
    if found.pool is not None:
        ids = found.pool
    elif len(found.hits) >= shown_limit:  # a suggestion merged in: count the best pool
        pool = match_ids(web.index_path, q, glossary=web.config.glossary(),
                         limit=pool_size, **filters)
        if pool is None:
            pool = [h.id for h in finder.find(web.index_path, q, glossary=web.config.glossary(),
                                              limit=FACET_POOL, **filters).hits]
        ids = pool if len(pool) >= len(ids) else ids
    start = (page - 1) * forms.PAGE_SIZE
    shown = finder.join_hits(db, found.hits[start:start + forms.PAGE_SIZE])
    return {"results": shown, "suggestion": found.suggestion, "matches": len(ids),
            "facets": listing.facet_counts(db, ids[:FACET_POOL]),
            "has_next": len(found.hits) > start + forms.PAGE_SIZE,
            "more": len(ids) >= pool_size,
            "expansions": rewrite(q, web.config.glossary()).expansions if q.strip() else []}


def search_page(request: Request) -> Response:
    security.reader(request)
    web = state(request)
    params = request.query_params
    q = params.get("q", "")
    filters, error = forms.filters(web.config.taxonomy(), params)
    page = forms.page_number(params)
    context: dict[str, Any] = {"q": q, "chosen": forms.chosen(params), "page": page,
                               "areas": list(web.config.taxonomy().names), "results": [],
                               "facets": {}, "suggestion": None, "matches": 0,
                               "has_next": False, "more": False, "expansions": [],
                               "searched": False,
                               "error": error, "params": params, "query_without":
                               lambda **kw: forms.query_without(params, **kw)}
    status = 400 if error else 200
    if not error and (q.strip() or any(filters.values())):
        try:
            context.update(run_search(web, q, filters, page), searched=True)
        except (QueryError, SearchIndexError) as exc:
            context["error"], status = str(exc), 400
    return _render(request, "search.html", status=status, **context)


def benchmark_form(request: Request) -> Response:
    security.reader(request)
    return _render(request, "benchmark.html", text="", results=None, suggestion=None,
                   error="", areas=list(state(request).config.taxonomy().names), chosen={})


async def benchmark(request: Request) -> Response:
    security.reader(request)
    form = await request.form(max_part_size=MAX_UPLOAD)
    security.check_csrf(request, form)
    web = state(request)
    text = str(form.get("text") or "")
    upload = form.get("file")
    error = ""
    if isinstance(upload, UploadFile) and upload.filename:
        data = await upload.read()
        text, error = await run_in_threadpool(_read_upload, upload.filename, data)
    filters, filter_error = forms.filters(web.config.taxonomy(), form)
    error = error or filter_error
    if not error and not text.strip():
        error = "Describe your practice in a few sentences, or choose a file."
    results, suggestion = None, None
    if not error:
        try:
            results, suggestion = await run_in_threadpool(_benchmark, web, text, filters)
        except (QueryError, SearchIndexError) as exc:
            error = str(exc)
    return _render(request, "benchmark.html", status=400 if error else 200,
                   text=text if not (isinstance(upload, UploadFile) and upload.filename)
                   else "", results=results, suggestion=suggestion, error=error,
                   areas=list(web.config.taxonomy().names),
                   chosen={k: form.getlist(k) for k in forms.FILTER_KEYS})


def _read_upload(filename: str, data: bytes) -> tuple[str, str]:
    """The text of an uploaded procedure, through the same reader as benchmark --file."""
    suffix = Path(filename).suffix.lower()
    if suffix not in (".txt", ".md", ".docx", ".pdf"):
        return "", f"{Path(filename).name}: use a .txt, .md, .docx or .pdf file."
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / ("upload" + suffix)
        path.write_bytes(data)
        try:
            return similarity.read_document(path), ""
        except similarity.DocumentError as exc:
            return "", str(exc).replace(str(path), Path(filename).name)


def _benchmark(web: Any, text: str, filters: dict) -> tuple[list[dict], str | None]:
    web.ready_index()
    return similarity.benchmark(web.db(), web.index_path, text, glossary=web.config.glossary(),
                                taxonomy=web.config.taxonomy(), limit=10, **filters)


def routes() -> list[Route]:
    return [
        Route("/search", search_page),
        Route("/benchmark", benchmark_form, methods=["GET"]),
        Route("/benchmark", benchmark, methods=["POST"]),
    ]

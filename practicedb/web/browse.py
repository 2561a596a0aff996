"""Browsing: business areas (one page each), reports read, and the reviews list."""

from __future__ import annotations

from typing import Any

from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from practicedb import dates, reviews, storage
from practicedb.search.filters import FilterError, resolve_area
from practicedb.storage import listing
from practicedb.web import forms, security
from practicedb.web.rendering import render
from practicedb.web.security import state


def _render(request: Request, name: str, status: int = 200, **context: Any) -> Response:
    return render(request, name, status, **context)


def areas_page(request: Request) -> Response:
    security.reader(request)
    web = state(request)
    counts = listing.area_counts(web.db())
    leads = web.config.leads()
    rows = [{"name": a, "primary": counts.get(a, (0, 0))[0], "total": counts.get(a, (0, 0))[1],
             "lead": leads.label(a)} for a in web.config.taxonomy().names]
    return _render(request, "areas.html", rows=rows)


def area_page(request: Request) -> Response:
    security.reader(request)
    web = state(request)
    try:
        name = resolve_area(web.config.taxonomy(), request.path_params["name"])
    except FilterError as exc:
        raise HTTPException(404, f"There is no business area called "
                                 f"{request.path_params['name']!r}.") from exc
    page = forms.page_number(request.query_params)
    db = web.db()
    found = listing.page_practices(db, areas=[name], offset=(page - 1) * forms.PAGE_SIZE,
                                   limit=forms.PAGE_SIZE)
    rows = reviews.list_reviews(db, today=dates.today(), leads=web.config.leads(),
                                areas=[name], statuses=None)
    by_status = {s: 0 for s in reviews.STATUSES}
    for row in rows:
        by_status[row["status"]] = by_status.get(row["status"], 0) + 1
    return _render(request, "area.html", area_name=name, lead=web.config.leads().label(name),
                   found=found, page=page, by_status=by_status,
                   overdue=[r for r in rows if r["overdue"]])


def reports_page(request: Request) -> Response:
    security.reader(request)
    db = state(request).db()
    info = storage.summary(db)
    return _render(request, "reports.html", reports=listing.report_rows(db), info=info)


def reviews_page(request: Request) -> Response:
    user = security.reader(request)
    web = state(request)
    params = request.query_params
    taxonomy = web.config.taxonomy()
    error = ""
    area_names: list[str] = []
    for typed in params.getlist("area"):
        if typed.strip():
            try:
                area_names.append(resolve_area(taxonomy, typed))
            except FilterError as exc:
                error = str(exc)
    status = params.get("status", "open")
    statuses: tuple[str, ...] | None = (
        reviews.OPEN_STATUSES if status == "open" else None if status == "all"
        else (status,) if status in reviews.STATUSES else reviews.OPEN_STATUSES)
    mine = params.get("mine") == "1" and user.role == "lead"
    rows = [] if error else reviews.list_reviews(
        web.db(), today=dates.today(), leads=web.config.leads(),
        areas=area_names or (user.areas if mine else ()), statuses=statuses,
        overdue_only=params.get("overdue") == "1")
    page = forms.page_number(params)
    start = (page - 1) * 50
    return _render(request, "reviews.html", status=400 if error else 200, error=error,
                   rows=rows[start:start + 50], total=len(rows), page=page,
                   has_next=len(rows) > start + 50, areas=list(taxonomy.names),
                   chosen_areas=area_names, chosen_status=status,
                   overdue=params.get("overdue") == "1", mine=mine,
                   statuses=reviews.STATUSES,
                   query_without=lambda **kw: forms.query_without(params, **kw))


def routes() -> list[Route]:
    return [
        Route("/areas", areas_page),
        Route("/areas/{name}", area_page),
        Route("/reports", reports_page),
        Route("/reviews", reviews_page),
    ]

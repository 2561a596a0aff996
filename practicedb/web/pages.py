"""Signing in and out, the home page, a practice and recording a conclusion on it."""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response
from starlette.routing import Route

from practicedb import dates, reviews
from practicedb.reviews.permissions import assessable_areas, may_assess
from practicedb.storage import get_practice, listing, users
from practicedb.web import security
from practicedb.web.rendering import render
from practicedb.web.security import state


def _render(request: Request, name: str, status: int = 200, **context: Any) -> Response:
    return render(request, name, status, **context)


def _safe_next(target: str | None) -> str:
    """Only a path on this site (never //host or a full address)."""
    if not target or not target.startswith("/") or target.startswith("//") or "\\" in target:
        return "/"
    return target


def login_form(request: Request) -> Response:
    if security.current_user(request) is not None:
        return RedirectResponse(_safe_next(request.query_params.get("next")), status_code=303)
    return _render(request, "login.html", next=_safe_next(request.query_params.get("next")),
                   error="", username="")


async def login(request: Request) -> Response:
    form = await request.form()
    security.check_csrf(request, form)
    name = str(form.get("username") or "").strip()
    password = str(form.get("password") or "")
    target = _safe_next(str(form.get("next") or ""))
    limiter = request.app.state.limiter
    keys = (f"name:{name.lower()}", f"address:{request.client.host if request.client else ''}")
    wait = await run_in_threadpool(limiter.wait, *keys)
    if wait:
        return _render(request, "login.html", status=429, next=target, username=name,
                       error=f"Too many failed attempts. Wait {max(1, wait // 60 + 1)} "
                             "minutes, then try again.")
    user = await run_in_threadpool(_authenticate, state(request), name, password)
    if user is None:
        await run_in_threadpool(limiter.failed, *keys)
        return _render(request, "login.html", status=400, next=target, username=name,
                       error="The user name or password is not right.")
    await run_in_threadpool(limiter.succeeded, keys[0])
    security.sign_in(request, user)
    request.session["visit"] = user.last_seen or ""
    return RedirectResponse(target, status_code=303)


def _authenticate(web: Any, name: str, password: str) -> users.User | None:
    user = users.authenticate(web.db(), name, password)
    if user is not None:
        with web.write_lock:
            users.mark_seen(web.db(), user.name)
    return user


async def logout(request: Request) -> Response:
    form = await request.form()
    security.check_csrf(request, form)
    security.sign_out(request)
    return RedirectResponse("/login", status_code=303)


def home(request: Request) -> Response:
    user = security.reader(request)
    web = state(request)
    db = web.db()
    if user is not security.GUEST and "visit" not in request.session:
        request.session["visit"] = user.last_seen or ""  # signed in through the proxy
        with web.write_lock:
            users.mark_seen(db, user.name)
    since = request.session.get("visit") or None
    new = listing.new_since(db, since, limit=10)
    mine: list[dict] = []
    if user.role in ("lead", "admin"):
        mine = reviews.list_reviews(db, today=dates.today(), leads=web.config.leads(),
                                    areas=user.areas if user.role == "lead" else ())
        mine.sort(key=lambda r: (not r["overdue"], r["due"] or "9999"))
    counts = listing.area_counts(db)
    order = list(web.config.taxonomy().names)
    areas = [(a, *counts.get(a, (0, 0))) for a in order]
    areas += [(a, *c) for a, c in sorted(counts.items()) if a not in order]
    return _render(request, "home.html", new=new, since=since, mine=mine[:15],
                   mine_total=len(mine), overdue=sum(1 for r in mine if r["overdue"]),
                   areas=areas, total=sum(c[0] for c in counts.values()))


def _practice_context(request: Request, practice_id: str) -> dict:
    user = security.reader(request)
    web = state(request)
    db = web.db()
    practice = get_practice(db, practice_id)
    if practice is None:
        raise HTTPException(404, f"There is no practice with the id {practice_id!r}.")
    review_rows = reviews.practice_reviews(db, practice_id)
    leads = web.config.leads()
    today = dates.today()
    for row in review_rows:
        row["lead"] = leads.label(row["area"])
        row["overdue"] = reviews.overdue_reason(row, today, leads.new_after_days)
    similar: list[dict] | None = []
    if not practice["withdrawn_at"]:
        from practicedb.search import SearchIndexError

        try:
            web.ready_index()
            similar = web.similar(practice_id, compute=False)
        except SearchIndexError:
            similar = []
    allowed = assessable_areas(user, practice, [r["area"] for r in review_rows])
    if user.is_admin:
        allowed += [a for a in web.config.taxonomy().names if a not in allowed]
    return {"practice": practice, "reviews": review_rows,
            "history": reviews.history(db, practice_id), "similar": similar,
            "allowed_areas": allowed, "statuses": reviews.STATUSES}


def similar_page(request: Request) -> Response:
    """The practices most like one, worked out on request (the practice page shows them
    once someone has asked, and links here until then)."""
    security.reader(request)
    web = state(request)
    practice_id = request.path_params["practice_id"]
    practice = get_practice(web.db(), practice_id)
    if practice is None:
        raise HTTPException(404, f"There is no practice with the id {practice_id!r}.")
    from practicedb.search import SearchIndexError

    try:
        web.ready_index()
        similar, error = web.similar(practice_id), ""
    except SearchIndexError as exc:
        similar, error = [], str(exc)
    return _render(request, "similar.html", status=503 if error else 200, practice=practice,
                   similar=similar or [], error=error)


def practice_page(request: Request) -> Response:
    context = _practice_context(request, request.path_params["practice_id"])
    notice = {"saved": "Your conclusion is recorded; it is at the end of the history below."
              }.get(request.query_params.get("done", ""), "")
    return _render(request, "practice.html", notice=notice, error="", form={}, **context)


async def assess(request: Request) -> Response:
    form = await request.form()
    security.check_csrf(request, form)
    user = security.signed_in(request)
    practice_id = request.path_params["practice_id"]
    fields = {k: str(form.get(k) or "").strip() for k in ("status", "note", "due", "area")}
    return await run_in_threadpool(_record, request, user, practice_id, fields)


def _record(request: Request, user: users.User, practice_id: str, fields: dict) -> Response:
    web = state(request)
    db = web.db()
    practice = get_practice(db, practice_id)
    if practice is None:
        raise HTTPException(404, f"There is no practice with the id {practice_id!r}.")
    existing = [r["area"] for r in reviews.practice_reviews(db, practice_id)]
    area = fields["area"] or None
    if not may_assess(user, practice, area, existing):
        raise HTTPException(403, "You may not record a conclusion on this practice: only "
                                 "the lead of one of its business areas (or an administrator) "
                                 "may.")
    due: object = reviews.UNSET
    error = ""
    if fields["due"]:
        if fields["due"].lower() in ("none", "clear"):
            due = None
        else:
            try:
                due = dates.parse_bound(fields["due"], end=True)
            except ValueError as exc:
                error = f"Due date: {exc}"
    if not error:
        try:
            with web.write_lock:
                reviews.assess(db, practice_id, by=user.name, status=fields["status"] or None,
                               area=area, note=fields["note"] or None, due=due)
        except reviews.ReviewError as exc:
            error = str(exc)
    if error:
        context = _practice_context(request, practice_id)
        return _render(request, "practice.html", status=400, notice="", error=error,
                       form=fields, **context)
    return RedirectResponse(f"/practices/{quote(practice_id)}?done=saved#history",
                            status_code=303)


def routes() -> list[Route]:
    return [
        Route("/", home),
        Route("/login", login_form, methods=["GET"]),
        Route("/login", login, methods=["POST"]),
        Route("/logout", logout, methods=["POST"]),
        Route("/practices/{practice_id}", practice_page),
        Route("/practices/{practice_id}/similar", similar_page),
        Route("/practices/{practice_id}/assess", assess, methods=["POST"]),
    ]

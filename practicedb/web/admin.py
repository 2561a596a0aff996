"""Admin pages: the board pack, uploading reports to ingest, and users."""

from __future__ import annotations

from datetime import date
from typing import Any

from starlette.concurrency import run_in_threadpool
from starlette.datastructures import UploadFile
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response
from starlette.routing import Route

from practicedb import dates
from practicedb.search.filters import FilterError, resolve_area
from practicedb.storage import users
from practicedb.web import jobs, security
from practicedb.web.rendering import render
from practicedb.web.security import state

MAX_UPLOAD_FILES = 50
FORMATS = {"html": ("text/html; charset=utf-8", "html"), "md": ("text/markdown; charset=utf-8",
           "md"), "pdf": ("application/pdf", "pdf")}


def _render(request: Request, name: str, status: int = 200, **context: Any) -> Response:
    return render(request, name, status, **context)


# -- the board pack ----------------------------------------------------------------------

def pack_page(request: Request) -> Response:
    security.admin(request)
    from practicedb.board.pack import default_period

    start, end = default_period(dates.today())
    return _render(request, "pack.html", start=start.isoformat(), end=end.isoformat(), error="")


async def pack_download(request: Request) -> Response:
    form = await request.form()
    security.check_csrf(request, form)
    user = security.admin(request)
    return await run_in_threadpool(_pack, request, user, {k: str(form.get(k) or "") for k in
                                                          ("from", "to", "format")})


def _pack(request: Request, user: users.User, fields: dict) -> Response:
    import tempfile
    from pathlib import Path

    from practicedb.board.pack import PackError, build_pack, default_period, record_pack
    from practicedb.board.render import write_pack

    web = state(request)
    fmt = fields["format"] if fields["format"] in FORMATS else "html"
    try:
        end = date.fromisoformat(dates.parse_bound(fields["to"], end=True)) if fields["to"] \
            else dates.today()
        start = (date.fromisoformat(dates.parse_bound(fields["from"], end=False))
                 if fields["from"] else default_period(end)[0])
        db = web.db()
        data = build_pack(db, web.config.leads(), list(web.config.taxonomy().names),
                          period_from=start, period_to=end, today=dates.today())
        with tempfile.TemporaryDirectory() as folder:  # the same writer as `practicedb pack`
            out = Path(folder) / f"pack.{FORMATS[fmt][1]}"
            write_pack(data, fmt, out)
            body = out.read_bytes()
    except (PackError, ValueError) as exc:
        return _render(request, "pack.html", status=400, start=fields["from"],
                       end=fields["to"], error=str(exc))
    name = f"board-pack-{start.isoformat()}-to-{end.isoformat()}.{FORMATS[fmt][1]}"
    with web.write_lock:
        record_pack(db, data, fmt, f"(web download) {name}", user.name)
    return Response(body, media_type=FORMATS[fmt][0], headers={
        "Content-Disposition": f'attachment; filename="{name}"'})


# -- ingest ------------------------------------------------------------------------------

def ingest_page(request: Request) -> Response:
    security.admin(request)
    return _render(request, "ingest.html", jobs=jobs.recent(state(request).db()), error="")


async def ingest_upload(request: Request) -> Response:
    form = await request.form(max_files=MAX_UPLOAD_FILES)
    security.check_csrf(request, form)
    user = security.admin(request)
    files = []
    for item in form.getlist("files"):
        if isinstance(item, UploadFile) and item.filename:
            files.append((item.filename, await item.read()))
    if not files:
        return _render(request, "ingest.html", status=400, jobs=[],
                       error="Choose at least one report file (PDF) to upload.")
    job = await run_in_threadpool(jobs.start, state(request), user.name, files)
    return RedirectResponse(f"/admin/ingest/{job.id}", status_code=303)


def ingest_job(request: Request) -> Response:
    security.admin(request)
    job = jobs.get(state(request).db(), request.path_params["job_id"])
    if job is None:
        raise HTTPException(404, "There is no upload with that number.")
    response = _render(request, "ingest_job.html", job=job)
    if not job.finished and not job.stopped:
        response.headers["Refresh"] = "2"
    return response


# -- users -------------------------------------------------------------------------------

def users_page(request: Request, error: str = "", notice: str = "",
               status: int = 200) -> Response:
    security.admin(request)
    web = state(request)
    return _render(request, "users.html", status=status, people=users.list_users(web.db()),
                   roles=users.ROLES, areas=list(web.config.taxonomy().names), error=error,
                   notice=notice)


async def users_change(request: Request) -> Response:
    form = await request.form()
    security.check_csrf(request, form)
    me = security.admin(request)
    fields = {k: str(form.get(k) or "").strip() for k in ("action", "name", "role")}
    fields["password"] = str(form.get("password") or "")
    picked = [str(a) for a in form.getlist("area") if str(a).strip()]
    return await run_in_threadpool(_users_change, request, me, fields, picked)


def _users_change(request: Request, me: users.User, fields: dict, picked: list[str]) -> Response:
    web = state(request)
    action, name, password = fields["action"], fields["name"], fields["password"]
    try:
        with web.write_lock:
            if action == "add":
                areas = [resolve_area(web.config.taxonomy(), a) for a in picked]
                users.add_user(web.db(), name, fields["role"], areas=areas, password=password)
                notice = f"{name} can now sign in."
            elif action == "remove":
                if name == me.name:
                    raise users.UserError("You cannot remove your own account while signed in.")
                users.remove_user(web.db(), name)
                notice = f"{name} has been removed."
            elif action == "passwd":
                users.set_password(web.db(), name, password)
                notice = f"{name}'s password has been changed."
            else:
                raise HTTPException(400, "Unknown action.")
    except (users.UserError, FilterError) as exc:
        return users_page(request, error=str(exc), status=400)
    return users_page(request, notice=notice)


def routes() -> list[Route]:
    return [
        Route("/pack", pack_page, methods=["GET"]),
        Route("/pack", pack_download, methods=["POST"]),
        Route("/admin/ingest", ingest_page, methods=["GET"]),
        Route("/admin/ingest", ingest_upload, methods=["POST"]),
        Route("/admin/ingest/{job_id}", ingest_job),
        Route("/admin/users", users_page, methods=["GET"]),
        Route("/admin/users", users_change, methods=["POST"]),
    ]

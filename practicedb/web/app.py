"""The Starlette application: routes, middleware, templates and plain error pages."""

from __future__ import annotations

import contextlib
import logging
from collections.abc import AsyncIterator
from urllib.parse import quote

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.middleware.sessions import SessionMiddleware
from starlette.requests import Request
from starlette.responses import JSONResponse, RedirectResponse, Response
from starlette.routing import Mount
from starlette.staticfiles import StaticFiles

from practicedb import storage
from practicedb.config import Config
from practicedb.storage import users
from practicedb.web import admin, api, browse, pages, search, security
from practicedb.web.rendering import HERE, environment, render
from practicedb.web.state import WebState

log = logging.getLogger("practicedb.web")
TITLES = {400: "The request could not be used", 401: "Sign in first",
          403: "You cannot do that", 404: "Page not found", 405: "Not allowed here",
          413: "That upload is too large", 429: "Too many attempts",
          500: "Something went wrong"}


async def _http_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, HTTPException)
    code = exc.status_code
    if request.url.path.startswith("/api/"):
        return JSONResponse({"error": str(exc.detail)}, status_code=code)
    try:
        security.current_user(request)
    except Exception:  # noqa: BLE001 - the error page must render whoever is asking
        pass
    detail = exc.detail if exc.detail and exc.detail != _default_phrase(code) else ""
    return render(request, "error.html", status=code, title=TITLES.get(code, "Error"),
                  message=detail or _default_message(code))


def _default_phrase(code: int) -> str:
    from http import HTTPStatus

    try:
        return HTTPStatus(code).phrase
    except ValueError:
        return ""


def _default_message(code: int) -> str:
    return {404: "There is no page at this address. Check it, or start from the home page.",
            405: "This address does not take that kind of request.",
            403: "You are not allowed to do that."}.get(code, "")


async def _sign_in_required(request: Request, exc: Exception) -> Response:
    if request.url.path.startswith("/api/"):
        return JSONResponse({"error": "Sign in first."}, status_code=401)
    target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
    return RedirectResponse(f"/login?next={quote(target, safe='')}", status_code=303)


async def _server_error(request: Request, exc: Exception) -> Response:
    log.exception("error on %s %s", request.method, request.url.path, exc_info=exc)
    if request.url.path.startswith("/api/"):
        return JSONResponse({"error": "Something went wrong on the server."}, status_code=500)
    html = request.app.state.templates.get_template("error.html").render(
        request=request, user=None, csrf_token="", path=request.url.path,
        title=TITLES[500], message="practicedb could not finish this request. Nothing you "
        "entered is lost; try again, and if it keeps happening tell your administrator "
        "(the server's log has the details).")
    return Response(html, status_code=500, media_type="text/html; charset=utf-8")


THREADS = 4  # requests worked on at once per process (the rest queue): Python runs one


@contextlib.asynccontextmanager
async def _lifespan(app: Starlette) -> AsyncIterator[None]:
    """Fewer threads than anyio's 40: a search holds the interpreter's lock, so more
    threads only interleave requests (each one slower) and each opens its own searcher."""
    import anyio.to_thread

    anyio.to_thread.current_default_thread_limiter().total_tokens = THREADS
    await anyio.to_thread.run_sync(_warm_up, app)
    yield


def _warm_up(app: Starlette) -> None:
    """Before this process answers anyone: compile every template and run one search, so
    its first visitors do not wait while the index's files are opened and read (a worker's
    socket queues connections meanwhile). A failure here is logged; requests then report
    it as usual."""
    env = app.state.templates
    try:
        for name in env.list_templates(extensions=["html"]):
            env.get_template(name)
        if storage.practice_count(app.state.web.db()):
            search.run_search(app.state.web, "police", {}, 1)
    except Exception as exc:  # noqa: BLE001 - warming up must never stop the server
        log.info("warming up: %s", exc)


def create_app(config: Config, *, public_read: bool = False,
               trusted_header: str | None = None, https_only: bool = False) -> Starlette:
    """The web app over ``config``'s database and index. ``public_read``: people may read
    without signing in; ``trusted_header``: a reverse proxy's header naming the signed-in
    person (their account still sets their role)."""
    web = WebState(config, public_read=public_read, trusted_header=trusted_header)
    web.start()
    secret = users.session_secret(web.db())
    routes = [
        *pages.routes(), *search.routes(), *browse.routes(), *admin.routes(), *api.routes(),
        Mount("/static", StaticFiles(directory=HERE / "static"), name="static"),
    ]
    middleware = [
        Middleware(security.SecurityHeaders),
        Middleware(SessionMiddleware, secret_key=secret, session_cookie="practicedb_session",
                   max_age=12 * 3600, same_site="lax", https_only=https_only),
    ]
    app = Starlette(routes=routes, middleware=middleware, lifespan=_lifespan, exception_handlers={
        HTTPException: _http_error, security.SignInRequired: _sign_in_required,
        500: _server_error, Exception: _server_error})
    app.state.web = web
    app.state.templates = environment()
    app.state.limiter = security.RateLimit(web.db)
    return app


"""Signing in and guarding requests: who is asking, CSRF tokens, the login rate limit, and
the headers every response carries (a strict Content-Security-Policy, no framing, cookies
marked Secure over https)."""

from __future__ import annotations

import hmac
import secrets
from collections.abc import Callable
from typing import Any

from starlette.datastructures import MutableHeaders
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from practicedb.storage import users, webstate
from practicedb.storage.users import User

GUEST = User("guest", "reader")  # who an unsigned visitor is under --public-read
CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
       "font-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'")
MAX_FAILURES, WINDOW_SECONDS = 5, 300


class SignInRequired(Exception):
    """Raised by a page that needs a signed-in person; the app redirects or answers 401."""


def state(request: Request) -> Any:
    return request.app.state.web


def current_user(request: Request) -> User | None:
    """The signed-in person (from the trusted header or the session), else None."""
    if "user" in request.scope.get("practicedb", {}):
        found: User | None = request.scope["practicedb"]["user"]
        return found
    web = state(request)
    user = None
    header = web.trusted_header
    if header and request.headers.get(header):
        user = users.get_user(web.db(), request.headers[header].strip())
        if user is None:
            raise HTTPException(403, f"You are signed in as {request.headers[header]!r}, but "
                                     "there is no practicedb account with that name. Ask an "
                                     "administrator to add you.")
    elif request.session.get("user"):
        found = users.get_user(web.db(), request.session["user"])
        if found is not None and found.changed_at == request.session.get("stamp"):
            user = found
        else:  # removed, or the password changed since: the session ends
            request.session.pop("user", None)
    request.scope.setdefault("practicedb", {})["user"] = user
    return user


def reader(request: Request) -> User:
    """Anyone allowed to read: a signed-in person, or a guest under --public-read."""
    user = current_user(request)
    if user is not None:
        return user
    if state(request).public_read:
        return GUEST
    raise SignInRequired()


def signed_in(request: Request) -> User:
    user = current_user(request)
    if user is None:
        raise SignInRequired()
    return user


def admin(request: Request) -> User:
    user = signed_in(request)
    if not user.is_admin:
        raise HTTPException(403, "Only an administrator may use this page.")
    return user


def sign_in(request: Request, user: User) -> None:
    """A fresh session for the person (never the one used before signing in)."""
    request.session.clear()
    request.session.update({"user": user.name, "stamp": user.changed_at,
                            "csrf": secrets.token_urlsafe(32)})
    request.scope.setdefault("practicedb", {})["user"] = user


def sign_out(request: Request) -> None:
    request.session.clear()


def csrf_token(request: Request) -> str:
    token = request.session.get("csrf")
    if not token:
        token = secrets.token_urlsafe(32)
        request.session["csrf"] = token
    return str(token)


def check_csrf(request: Request, form: Any) -> None:
    """403 unless the form carries this session's token."""
    expected = request.session.get("csrf") or ""
    given = form.get("csrf_token") or ""
    if not expected or not isinstance(given, str) or not hmac.compare_digest(expected, given):
        raise HTTPException(403, "This form has expired or did not come from practicedb. "
                                 "Go back, reload the page and try again.")


class RateLimit:
    """At most MAX_FAILURES failed sign-ins per name and per address in WINDOW_SECONDS,
    counted in the database (``storage.webstate``) so every server process agrees."""

    def __init__(self, db: Callable[[], Any], failures: int = MAX_FAILURES,
                 window: float = WINDOW_SECONDS) -> None:
        self.db, self.failures, self.window = db, failures, window

    def wait(self, *keys: str) -> int:
        """Seconds until another attempt is allowed (0: now)."""
        return webstate.sign_in_wait(self.db(), keys, self.failures, self.window)

    def failed(self, *keys: str) -> None:
        webstate.sign_in_failed(self.db(), keys)

    def succeeded(self, key: str) -> None:
        webstate.sign_in_succeeded(self.db(), key)


class SecurityHeaders:
    """Pure ASGI middleware: security headers on every response, Secure cookies on https."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        https = scope.get("scheme") == "https"

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                headers.setdefault("Content-Security-Policy", CSP)
                headers["X-Frame-Options"] = "DENY"
                headers["X-Content-Type-Options"] = "nosniff"
                headers["Referrer-Policy"] = "same-origin"
                headers.setdefault("Cache-Control", "no-store")
                if https:
                    headers["Strict-Transport-Security"] = "max-age=31536000"
                    cookies = headers.getlist("set-cookie")
                    if cookies:
                        del headers["set-cookie"]
                        for cookie in cookies:
                            secure = "secure" in cookie.lower().split("; ")
                            headers.append("set-cookie", cookie if secure else cookie + "; Secure")
            await send(message)

        await self.app(scope, receive, send_with_headers)

"""Pages from the Jinja2 templates in ``templates/`` (autoescaped), with the filters they
use: snippets' marks, a practice's paragraphs, quoting for addresses."""

from __future__ import annotations

from pathlib import Path
from typing import Any
from urllib.parse import quote

import jinja2
from markupsafe import Markup, escape
from starlette.requests import Request
from starlette.responses import Response

from practicedb.web import security

HERE = Path(__file__).parent


def _marks(text: object) -> Markup:
    """A snippet with the index's « » marks as <mark>, everything else escaped."""
    safe = str(escape(str(text or "")))
    return Markup(safe.replace("«", "<mark>").replace("»", "</mark>"))


def _paragraphs(text: object) -> Markup:
    """A practice's body: blank-line paragraphs as <p>, '- ' lines as a list, escaped."""
    out = []
    for block in str(text or "").split("\n\n"):
        lines = [ln for ln in block.splitlines() if ln.strip()]
        if lines and all(ln.lstrip().startswith(("- ", "• ")) for ln in lines):
            items = "".join(f"<li>{escape(ln.lstrip()[2:])}</li>" for ln in lines)
            out.append(f"<ul>{items}</ul>")
        elif lines:
            out.append(f"<p>{'<br>'.join(str(escape(ln)) for ln in lines)}</p>")
    return Markup("".join(out))


def environment() -> jinja2.Environment:
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(HERE / "templates"),
                             autoescape=True,
                             trim_blocks=True, lstrip_blocks=True)
    env.filters.update(marks=_marks, paragraphs=_paragraphs, urlq=lambda v: quote(str(v), safe=""),
                       day=lambda v: (str(v)[:10] if v else ""))
    return env


def render(request: Request, name: str, status: int = 200, **context: Any) -> Response:
    user = request.scope.get("practicedb", {}).get("user")
    web = security.state(request)
    if user is None and web.public_read:
        user = security.GUEST
    html = request.app.state.templates.get_template(name).render(
        request=request, user=user, csrf_token=security.csrf_token(request),
        path=request.url.path, **context)
    return Response(html, status_code=status, media_type="text/html; charset=utf-8")

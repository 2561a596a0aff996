"""The pack laid out as a board paper: HTML (print-ready A4), Markdown, PDF or JSON.

The Jinja2 templates in ``templates/`` lay out a ``Pack`` (HTML with autoescape, so text
from reports and notes can never become markup); the charts are inline SVG, so the file
needs no network, no JavaScript and no fonts from elsewhere. PDF is the same HTML rendered
by WeasyPrint, with the protective marking in the page margins of every page.
"""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from practicedb.board.charts import STATUS_LOOK, status_chart_svg, trend_chart_svg
from practicedb.board.pack import Pack, PackError, day_text, pack_data


def _environment(autoescape: bool) -> Any:
    from jinja2 import Environment, PackageLoader, StrictUndefined

    env = Environment(loader=PackageLoader("practicedb.board", "templates"), autoescape=autoescape,
                      undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True)
    env.filters["day"] = day_text
    env.filters["md"] = _md
    env.filters["plural"] = _plural
    env.filters["css"] = _css
    return env


def _css(value: object) -> Any:
    """Text safe inside a quoted CSS string in the <style> element (margin boxes)."""
    from markupsafe import Markup

    text = " ".join(str(value or "").split())
    return Markup("".join(ch if ch.isalnum() or ch in " .,-:·()'" else f"\\{ord(ch):x} "
                          for ch in text))


def _plural(n: int, word: str, many: str | None = None) -> str:
    """'1 practice', '3 practices' ('many' for irregular plurals)."""
    return f"{n} {word if n == 1 else many or word + 's'}"


def _md(value: object) -> str:
    """Text safe inside a Markdown table cell: no markup, no HTML, no line breaks."""
    text = " ".join(str(value if value is not None else "").split())
    for ch in "\\`*_[]<>|#":
        text = text.replace(ch, "\\" + ch)
    return text


def _period_label(start: str, end: str) -> str:
    """'Sep–Oct 2026' for whole months, else 'to 3 Dec 2026' (short enough for the chart)."""
    a, b = date.fromisoformat(start), date.fromisoformat(end)
    if a.day == 1 and (b + timedelta(days=1)).day == 1:
        first = f"{a:%b}" if a.year == b.year else f"{a:%b %Y}"
        return first + (f" {b:%Y}" if (a.year, a.month) == (b.year, b.month) else f"–{b:%b %Y}")
    return f"to {day_text(b)}"


def charts(pack: Pack) -> tuple[str, str]:
    """(status by area, trend over recent periods) as SVG text."""
    status = status_chart_svg([(a["name"], a["counts"]) for a in pack.areas if a["total"]])
    trend = trend_chart_svg([(_period_label(t["from"], t["to"]), t["figures"])
                             for t in pack.trend])
    return status, trend


def render_html(pack: Pack) -> str:
    from markupsafe import Markup

    status, trend = charts(pack)
    return _environment(True).get_template("pack.html.j2").render(
        pack=pack, chart=Markup(status), trend_chart=Markup(trend), looks=STATUS_LOOK)


def render_markdown(pack: Pack) -> str:
    return _environment(False).get_template("pack.md.j2").render(pack=pack)


def render_json(pack: Pack) -> str:
    return json.dumps(pack_data(pack), indent=2, ensure_ascii=False)


def render_pdf(html_text: str, path: Path) -> None:
    """Render the pack's HTML to PDF with WeasyPrint (never fetching anything)."""
    try:
        from weasyprint import HTML
    except (ImportError, OSError) as exc:  # OSError: the Pango libraries are missing
        raise PackError(
            "PDF output needs WeasyPrint and the Pango libraries (on Debian/Ubuntu: apt-get "
            "install libpango-1.0-0 libpangoft2-1.0-0), which could not be loaded here "
            f"({str(exc).splitlines()[0] if str(exc) else type(exc).__name__}). "
            "Use --format html and print to PDF from a browser."
        ) from exc
    import weasyprint

    # Only data: URIs, so nothing in a report or a note can make the renderer fetch anything.
    fetcher = weasyprint.URLFetcher(allowed_protocols=("data",))
    HTML(string=html_text, url_fetcher=fetcher).write_pdf(path)


def write_pack(pack: Pack, fmt: str, path: Path) -> None:
    """Write the pack in one of ``pack.FORMATS`` to `path`."""
    if fmt == "pdf":
        render_pdf(render_html(pack), path)
        return
    text = {"md": render_markdown, "json": render_json}.get(fmt, render_html)(pack)
    path.write_text(text, encoding="utf-8")

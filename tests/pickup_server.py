"""A real local web site for the pickup tests (ThreadingHTTPServer on 127.0.0.1): a feed
with an ETag, a listing page, report pages in two markups, PDFs from corpus/, a landing
page that links to a PDF, robots.txt, and the failures: a 404, a 403, a slow answer, a
redirect loop, an oversized file, a download cut off half way, an error page sent as a
PDF, a page that is not a report."""

from __future__ import annotations

import threading
import time
from collections import Counter
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

CORPUS = Path(__file__).resolve().parents[1] / "corpus"

FEED_ITEMS = [  # (path, title) of the feed's entries
    ("/publications/peel-2024-cumbria", "PEEL 2023–25: Cumbria Constabulary"),
    ("/publications/domestic-abuse.html", "Domestic abuse thematic"),
    ("/files/peel-2023-west-yorkshire.pdf", "PEEL 2023–25: West Yorkshire Police"),
    ("/publications/dyfed-powys", "PEEL 2019: Dyfed-Powys Police (landing page)"),
    ("/private/secret-report.pdf", "A page robots.txt forbids"),
]
NOT_A_REPORT = (b"<!DOCTYPE html><html><head><title>News</title></head><body><main><h1>News"
                b"</h1><p>Our office moves in May.</p></main></body></html>")


def _feed(base: str) -> bytes:
    items = "".join(f"<item><title>{t}</title><link>{base}{p}</link><guid>{base}{p}</guid>"
                    "<pubDate>Fri, 14 Jun 2024 09:00:00 GMT</pubDate></item>"
                    for p, t in FEED_ITEMS)
    return (f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>'
            f"Publications</title><link>{base}/</link><description>New reports</description>"
            f"{items}</channel></rss>").encode()


def _listing(base: str) -> bytes:
    links = "".join(f'<li><a href="{p}">{t}</a></li>' for p, t in FEED_ITEMS[:3])
    return (f"<!DOCTYPE html><html><head><title>Publications</title></head><body>"
            f'<header><nav><a href="/">Home</a> <a href="/about">About us</a></nav></header>'
            f"<main><h1>Publications</h1><ul>{links}</ul>"
            f'<p><a href="/publications?page=2">Next</a></p></main>'
            f'<footer><a href="/privacy-and-cookies-policy">Privacy and cookies policy page'
            f"</a></footer></body></html>").encode()


class Site:
    """Start with ``Site()``; ``base`` is its address; ``hits`` counts requests a path."""

    def __init__(self) -> None:
        self.hits: Counter[str] = Counter()
        self.slow_seconds = 3.0
        site = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args) -> None:  # quiet
                pass

            def do_GET(self) -> None:  # noqa: N802 - the http.server API
                site.hits[self.path] += 1
                site.route(self)

        class Server(ThreadingHTTPServer):
            def handle_error(self, request, client_address) -> None:  # a client gave up
                pass

        self.server = Server(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.base = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()

    def route(self, h: BaseHTTPRequestHandler) -> None:
        path = h.path.split("?")[0]
        pdf, html = "application/pdf", "text/html; charset=utf-8"
        if path == "/robots.txt":
            return self._send(h, 200, b"User-agent: *\nDisallow: /private/\n", "text/plain")
        if path == "/feed.xml":
            if h.headers.get("If-None-Match") == '"feed-v1"':
                return self._send(h, 304, b"", None, {"ETag": '"feed-v1"'})
            return self._send(h, 200, _feed(self.base), "application/rss+xml",
                              {"ETag": '"feed-v1"'})
        if path == "/publications":
            return self._send(h, 200, _listing(self.base), html)
        if path == "/publications/peel-2024-cumbria":
            return self._send(h, 200, (CORPUS / "web" / "peel-2024-cumbria.html").read_bytes(),
                              html)
        if path == "/publications/domestic-abuse.html":
            return self._send(h, 200, (CORPUS / "web" / "thematic-2024-domestic-abuse.html")
                              .read_bytes(), html)
        if path == "/publications/dyfed-powys":
            return self._send(h, 200, b'<html><body><main><h1>PEEL 2019: Dyfed-Powys</h1><p>'
                              b'<a href="/files/peel-2019-dyfed-powys.pdf">Download the report'
                              b" (PDF)</a></p></main></body></html>", html)
        if path.startswith("/files/") and path.endswith(".pdf"):
            file = CORPUS / Path(path).name
            if file.exists():
                return self._send(h, 200, file.read_bytes(), pdf)
        if path == "/forbidden.pdf":
            return self._send(h, 403, b"Forbidden", "text/plain")
        if path == "/slow.pdf":
            time.sleep(self.slow_seconds)
            return self._send(h, 200, (CORPUS / "peel-2024-cumbria.pdf").read_bytes(), pdf)
        if path in ("/loop-a", "/loop-b"):
            return self._send(h, 302, b"", None,
                              {"Location": "/loop-b" if path == "/loop-a" else "/loop-a"})
        if path == "/huge.pdf":
            return self._send(h, 200, b"%PDF-1.7\n" + b"0" * (3 * 1024**2), pdf)
        if path == "/half.pdf":
            body = (CORPUS / "peel-2024-cumbria.pdf").read_bytes()
            h.send_response(200)
            h.send_header("Content-Type", pdf)
            h.send_header("Content-Length", str(len(body)))
            h.end_headers()
            h.wfile.write(body[: len(body) // 2])
            h.wfile.flush()
            h.close_connection = True
            return None
        if path == "/error-page.pdf":
            return self._send(h, 200, b"<!DOCTYPE html><html><body><h1>Please log in</h1>"
                              b"</body></html>", pdf)
        if path == "/news.html":
            return self._send(h, 200, NOT_A_REPORT, html)
        return self._send(h, 404, b"<html><body><h1>Page not found</h1></body></html>", html)

    @staticmethod
    def _send(h: BaseHTTPRequestHandler, status: int, body: bytes, ctype: str | None,
              headers: dict[str, str] | None = None) -> None:
        h.send_response(status)
        if ctype:
            h.send_header("Content-Type", ctype)
        for k, v in (headers or {}).items():
            h.send_header(k, v)
        h.send_header("Content-Length", str(len(body)))
        h.end_headers()
        if body:
            h.wfile.write(body)

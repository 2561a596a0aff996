"""Fetch report files from addresses and ingest them: ``practicedb fetch URL...``, and the
step ``follow`` takes for each new entry of a feed.

A file is kept (in the store folder, by default ``reports/`` beside the database) only
when it was read as a report; a page that is not a report but links to report PDFs (a
publication's landing page) has those PDFs fetched instead.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import sqlite_utils

from practicedb import pipeline
from practicedb.dates import now_iso
from practicedb.models import Report
from practicedb.pickup.http import Download, Fetcher, FetchError
from practicedb.storage import sources

MAX_LINKED_PDFS = 5


@dataclass
class Target:
    """Where fetched reports go and how they are read in."""

    db: sqlite_utils.Database
    index_dir: Path | None
    classify: Callable[[Report], None]
    store: Path
    timeout: float = pipeline.DEFAULT_TIMEOUT


@dataclass
class FetchOutcome:
    url: str
    status: str  # ingested | unchanged | failed
    message: str = ""
    path: Path | None = None
    practices: int = 0
    added: list[str] = field(default_factory=list)  # ids of practices new to the database
    lasting: bool = False  # a failure that trying again will not mend


def default_store(db_path: Path) -> Path:
    """The ``reports/`` folder beside the database."""
    return Path(db_path).resolve().parent / "reports"


def fetch_urls(urls: list[str], target: Target, fetcher: Fetcher, *,
               progress: Callable[[FetchOutcome], None] | None = None) -> list[FetchOutcome]:
    """Download and ingest each address; one outcome per report file (never raises for a
    bad address)."""
    out: list[FetchOutcome] = []
    for url in urls:
        for outcome in fetch_one(url, target, fetcher):
            out.append(outcome)
            if progress:
                progress(outcome)
    return out


def fetch_one(url: str, target: Target, fetcher: Fetcher, *,
              follow_links: bool = True) -> list[FetchOutcome]:
    try:
        download = fetcher.download(url, target.store)
    except FetchError as exc:
        return [FetchOutcome(url, "failed", str(exc), lasting=exc.lasting)]
    existed_before = _known(target.db, download.sha256)
    outcome = _ingest(url, download, target)
    if outcome.status != "failed":
        return [outcome]
    if not existed_before:
        download.path.unlink(missing_ok=True)  # keep nothing that is not a report
    if download.kind == "html" and follow_links:
        links = pdf_links(download, url)
        if links:
            found = [o for link in links[:MAX_LINKED_PDFS]
                     for o in fetch_one(link, target, fetcher, follow_links=False)]
            if any(o.status != "failed" for o in found):
                return found
    outcome.path = None
    return [outcome]


def _known(db: sqlite_utils.Database, sha256: str) -> bool:
    from practicedb import storage

    return storage.is_known(db, sha256)


def _ingest(url: str, download: Download, target: Target) -> FetchOutcome:
    summary = pipeline.ingest_paths([download.path], target.db, target.index_dir,
                                    target.classify, workers=1, timeout=target.timeout)
    file_outcome = summary.outcomes[0]
    if file_outcome.status == "failed":
        return FetchOutcome(url, "failed", f"{url}: {file_outcome.message}", download.path,
                            lasting=True)
    sources.set_url(target.db, download.sha256, download.url)
    message = summary.index_message
    return FetchOutcome(url, file_outcome.status, message, download.path,
                        file_outcome.practices, list(file_outcome.added))


_PDF_HREF = re.compile(r"\.pdf(?:$|[?#])", re.IGNORECASE)


def pdf_links(download: Download, base: str) -> list[str]:
    """Links to PDFs in a downloaded web page (its main content first), same order, no
    repeats."""
    import lxml.html

    try:
        root = lxml.html.document_fromstring(download.path.read_bytes())
    except (OSError, ValueError):
        return []
    links: dict[str, None] = {}
    for a in root.iter("a"):
        href = (a.get("href") or "").strip()
        if href and _PDF_HREF.search(href):
            full = urljoin(download.url or base, href)
            if urlsplit(full).scheme in ("http", "https"):
                links[full.split("#")[0]] = None
    return list(links)


def remember(db: sqlite_utils.Database, url: str, feed: str, outcome: FetchOutcome) -> None:
    """Record an address as seen (``follow`` does not fetch it again unless it failed in a
    way that may pass)."""
    now = now_iso()
    row = db.execute("select first_seen from pickup_seen where url = ?", [url]).fetchone()
    db.table("pickup_seen").upsert(
        {"url": url, "feed": feed, "first_seen": row[0] if row else now, "last_seen": now,
         "status": "failed-lasting" if outcome.status == "failed" and outcome.lasting
         else outcome.status, "message": outcome.message,
         "file_path": str(outcome.path) if outcome.path else None}, pk="url")

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
    """Download each address, then ingest what came in as one batch; one outcome per report
    file, in the order of the addresses (never raises for a bad address)."""
    return [o for group in fetch_groups(urls, target, fetcher, progress=progress)
            for o in group]


def fetch_groups(urls: list[str], target: Target, fetcher: Fetcher, *,
                 progress: Callable[[FetchOutcome], None] | None = None,
                 between: Callable[[], None] | None = None) -> list[list[FetchOutcome]]:
    """The outcomes of each address (a landing page gives one a PDF it links to).
    `between` is called before every address after the first (a polite pause)."""
    groups: list[list[FetchOutcome | Download]] = []
    for k, url in enumerate(urls):
        if k and between:
            between()
        groups.append(download_reports(url, target, fetcher))
    files = [d.path for group in groups for d in group if isinstance(d, Download)]
    by_path: dict = {}
    if files:
        summary = pipeline.ingest_paths(files, target.db, target.index_dir, target.classify,
                                        workers=1, timeout=target.timeout)
        by_path = {o.path: o for o in summary.outcomes}
    out: list[list[FetchOutcome]] = []
    for url, group in zip(urls, groups, strict=True):
        done = [item if isinstance(item, FetchOutcome) else
                _outcome(url, item, by_path.get(item.path.resolve()), target) for item in group]
        for outcome in done:
            if progress:
                progress(outcome)
        out.append(done)
    return out


def download_reports(url: str, target: Target, fetcher: Fetcher, *,
                     follow_links: bool = True) -> list[FetchOutcome | Download]:
    """The report file(s) at an address, downloaded: the file itself, or for a web page that
    is not a report, the PDFs it links to; else a failed outcome. A page that is not a
    report is not kept."""
    try:
        download = fetcher.download(url, target.store)
    except FetchError as exc:
        return [FetchOutcome(url, "failed", str(exc), lasting=exc.lasting)]
    if download.kind != "html":
        return [download]
    problem = _not_a_report(download.path)
    if not problem:
        return [download]
    links = pdf_links(download, url) if follow_links else []
    if not _known(target.db, download.sha256):
        download.path.unlink(missing_ok=True)  # keep nothing that is not a report
    found = [item for link in links[:MAX_LINKED_PDFS]
             for item in download_reports(link, target, fetcher, follow_links=False)]
    if any(isinstance(item, Download) for item in found):
        return [item for item in found if isinstance(item, Download)]
    return [FetchOutcome(url, "failed", f"{url}: {problem}", lasting=True)]


def _not_a_report(path: Path) -> str:
    """Why a downloaded web page is not a report ("" if it is one). Web pages are read here,
    in this process (lxml, size-capped); PDFs only ever in the pipeline's workers."""
    from practicedb.extraction.web import extract_web_report
    from practicedb.models import ExtractionError

    try:
        extract_web_report(path)
    except ExtractionError as exc:
        return str(exc)
    return ""


def _known(db: sqlite_utils.Database, sha256: str) -> bool:
    from practicedb import storage

    return storage.is_known(db, sha256)


def _outcome(url: str, download: Download, file_outcome: pipeline.FileOutcome | None,
             target: Target) -> FetchOutcome:
    if file_outcome is None:  # the same file twice in one batch
        return FetchOutcome(url, "unchanged", "", download.path)
    if file_outcome.status == "failed":
        if not _known(target.db, download.sha256):
            download.path.unlink(missing_ok=True)
        return FetchOutcome(url, "failed", f"{url}: {file_outcome.message}", lasting=True)
    sources.set_url(target.db, download.sha256, download.url)
    return FetchOutcome(url, file_outcome.status, "", download.path, file_outcome.practices,
                        list(file_outcome.added))


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

"""Follow the inspectorate's publications: read its RSS or Atom feed (feedparser), or,
where a site has none, its publications listing page, and fetch every report not seen
before. What was seen, and the feed's ETag and Last-Modified, are kept in the database,
so a second run fetches nothing it already has (an unchanged feed is not even read
again). It waits between requests and respects robots.txt.
"""

from __future__ import annotations

import time
import urllib.robotparser
from collections.abc import Callable
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit

import sqlite_utils

from practicedb.dates import now_iso
from practicedb.pickup.fetch import FetchOutcome, Target, fetch_groups, remember
from practicedb.pickup.http import USER_AGENT, Fetcher, FetchError

DEFAULT_WAIT = 2.0  # seconds between requests to the site
_DONE = ("ingested", "unchanged", "failed-lasting")  # seen for good: never fetched again


@dataclass
class FollowResult:
    feed: str
    source: str = "feed"  # feed | listing page | unchanged (304)
    entries: int = 0  # addresses the feed lists
    outcomes: list[FetchOutcome] = field(default_factory=list)
    blocked: list[str] = field(default_factory=list)  # addresses robots.txt forbids
    requests: int = 0  # HTTP requests this run made

    @property
    def fetched(self) -> int:
        return len(self.outcomes)

    @property
    def added(self) -> list[str]:
        return [pid for o in self.outcomes for pid in o.added]


class Robots:
    """robots.txt of each site, read once a run through the same polite client."""

    def __init__(self, fetcher: Fetcher):
        self.fetcher = fetcher
        self.sites: dict[str, urllib.robotparser.RobotFileParser] = {}

    def parser(self, url: str) -> urllib.robotparser.RobotFileParser:
        parts = urlsplit(url)
        site = f"{parts.scheme}://{parts.netloc}"
        if site not in self.sites:
            rp = urllib.robotparser.RobotFileParser(site + "/robots.txt")
            try:
                page = self.fetcher.get(site + "/robots.txt")
                rp.parse(page.content.decode("utf-8", "replace").splitlines())
            except FetchError as exc:
                text = str(exc)
                if "401" in text or "403" in text or "login" in text or "refused" in text:
                    rp.parse(["User-agent: *", "Disallow: /"])
                else:  # no robots.txt (404) or the site is down: nothing forbidden
                    rp.parse([])
            self.sites[site] = rp
        return self.sites[site]

    def allowed(self, url: str) -> bool:
        return self.parser(url).can_fetch(USER_AGENT, url)

    def delay(self, url: str) -> float:
        value = self.parser(url).crawl_delay(USER_AGENT)
        return min(float(value), 60.0) if value else 0.0


def follow_once(feed_url: str, target: Target, fetcher: Fetcher, *, wait: float = DEFAULT_WAIT,
                progress: Callable[[FetchOutcome], None] | None = None,
                sleep: Callable[[float], None] = time.sleep) -> FollowResult:
    """Read the feed once and fetch and ingest every entry not seen before. Raises
    FetchError when the feed itself cannot be read (its entries never raise)."""
    db = target.db
    start = fetcher.requests
    result = FollowResult(feed_url)
    robots = Robots(fetcher)
    if not robots.allowed(feed_url):
        raise FetchError(f"{feed_url}: the site's robots.txt does not allow practicedb to "
                         "read this address", lasting=True)
    state = db.execute("select etag, last_modified from pickup_feeds where url = ?",
                       [feed_url]).fetchone()
    headers = {}
    if state and state[0]:
        headers["If-None-Match"] = state[0]
    if state and state[1]:
        headers["If-Modified-Since"] = state[1]
    page = fetcher.get(feed_url, headers)
    if page.status == 304:
        result.source = "unchanged (304)"
        _save_state(db, feed_url, state[0] if state else None, state[1] if state else None,
                    "not modified")
        result.requests = fetcher.requests - start
        return result
    urls, result.source = entry_urls(page.content, page.url)
    result.entries = len(urls)
    pause = max(wait, robots.delay(feed_url))
    todo = []
    for url in urls:
        seen = db.execute("select status from pickup_seen where url = ?", [url]).fetchone()
        if seen and seen[0] in _DONE:
            continue
        if not robots.allowed(url):
            result.blocked.append(url)
            continue
        todo.append(url)
    if todo:
        sleep(pause)
    groups = fetch_groups(todo, target, fetcher, progress=progress,
                          between=lambda: sleep(pause))
    for url, found in zip(todo, groups, strict=True):
        result.outcomes += found
        remember(db, url, feed_url, next((o for o in found if o.status != "failed"), found[0]))
    _save_state(db, feed_url, page.headers.get("etag"), page.headers.get("last-modified"), "read")
    result.requests = fetcher.requests - start
    return result


def _save_state(db: sqlite_utils.Database, url: str, etag: str | None, modified: str | None,
                status: str) -> None:
    db.table("pickup_feeds").upsert({"url": url, "etag": etag, "last_modified": modified,
                                     "checked_at": now_iso(), "status": status}, pk="url")


def entry_urls(content: bytes, base: str) -> tuple[list[str], str]:
    """The report addresses a feed lists (a PDF enclosure or link first, else the entry's
    page), or, if the document is not a feed, the publication links of a listing page."""
    import feedparser

    parsed = feedparser.parse(content)
    if parsed.entries and parsed.version:
        urls: dict[str, None] = {}
        for entry in parsed.entries:
            links = [link for link in entry.get("links", []) if link.get("href")]
            pdf = next((lk["href"] for lk in links if "pdf" in (lk.get("type") or "")
                        or lk["href"].lower().endswith(".pdf")), None)
            href = pdf or entry.get("link") or (links[0]["href"] if links else None)
            if href:
                urls[urljoin(base, href)] = None
        return list(urls), "feed"
    return listing_links(content, base), "listing page"


def listing_links(content: bytes, base: str) -> list[str]:
    """Links to publications on a listing page: in its main content (site chrome left out),
    on the same site or to a PDF, named by a title rather than 'Next' or a page number."""
    from practicedb.extraction.web.page import clean, parse

    try:
        page = parse(content)
    except (ValueError, TypeError):
        return []
    host = urlsplit(base).netloc
    out: dict[str, None] = {}
    for a in page.main.iter("a"):
        href = (a.get("href") or "").strip()
        text = clean(a.text_content())
        if not href or href.startswith(("#", "mailto:", "javascript:")):
            continue
        url = urljoin(base, href).split("#")[0]
        parts = urlsplit(url)
        pdf = parts.path.lower().endswith(".pdf")
        if parts.scheme not in ("http", "https") or url.rstrip("/") == base.rstrip("/"):
            continue
        if pdf or (parts.netloc == host and len(text) >= 15 and len(text.split()) >= 3):
            out[url] = None
    return list(out)

"""Downloads with manners and limits (httpx): a User-Agent naming practicedb, timeouts,
retries with backoff on the errors that pass (timeouts, dropped connections, 5xx, 429),
redirects followed only so far, a size cap, the declared content type checked against
the bytes, and files written atomically (a download that stops half way leaves nothing).
"""

from __future__ import annotations

import email.message
import hashlib
import os
import re
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote, urlsplit

import httpx

from practicedb import __version__
from practicedb.errors import PracticedbError
from practicedb.extraction.filetype import kind_of_bytes

USER_AGENT = (f"practicedb/{__version__} (police practice database; reads published "
              "inspection reports; python-httpx)")
_RETRY_STATUS = {429, 500, 502, 503, 504}
_SUFFIX = {"pdf": ".pdf", "html": ".html"}


class FetchError(PracticedbError):
    """A download that did not give a usable file; the message names the address."""

    def __init__(self, message: str, *, lasting: bool = False):
        super().__init__(message)
        self.lasting = lasting  # True: trying again later will not help (404, not a report)


@dataclass
class Limits:
    timeout: float = 30.0  # seconds without data before giving up
    connect_timeout: float = 10.0
    retries: int = 3  # further tries after the first, for errors that pass
    backoff: float = 1.0  # seconds before the first retry, doubled each time
    max_bytes: int = 100 * 1024**2
    max_redirects: int = 5


@dataclass
class Page:
    """A small document read whole (a feed, a listing page, robots.txt)."""

    url: str  # after redirects
    status: int
    headers: httpx.Headers
    content: bytes


@dataclass
class Download:
    path: Path
    kind: str  # pdf | html
    url: str  # after redirects
    sha256: str
    size: int


class Fetcher:
    """One HTTP client for a run; counts its requests (for ``follow``'s summary)."""

    def __init__(self, limits: Limits | None = None, *, sleep=time.sleep):
        self.limits = limits or Limits()
        self.sleep = sleep
        self.requests = 0
        self.client = httpx.Client(
            headers={"User-Agent": USER_AGENT}, follow_redirects=True,
            max_redirects=self.limits.max_redirects,
            timeout=httpx.Timeout(self.limits.timeout, connect=self.limits.connect_timeout))

    def close(self) -> None:
        self.client.close()

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def get(self, url: str, headers: dict[str, str] | None = None) -> Page:
        """GET a small document (at most 10 MB). 304 Not Modified is returned, not raised."""
        def read(response: httpx.Response) -> Page:
            body = b"" if response.status_code == 304 else _read_capped(
                response, url, min(self.limits.max_bytes, 10 * 1024**2))
            return Page(str(response.url), response.status_code, response.headers, body)
        return self._with_retries(url, headers or {}, read, allow={304})

    def download(self, url: str, folder: Path) -> Download:
        """Fetch a report file into `folder` (created if need be); FetchError if it is not
        a PDF or a web page, is too large, or stops half way."""
        def save(response: httpx.Response) -> Download:
            return _save(response, url, Path(folder), self.limits.max_bytes)
        return self._with_retries(url, {}, save)

    def _with_retries(self, url, headers, handle, allow=frozenset()):
        _check_address(url)
        delay = self.limits.backoff
        for attempt in range(self.limits.retries + 1):
            last = attempt == self.limits.retries
            self.requests += 1
            try:
                with self.client.stream("GET", url, headers=headers) as response:
                    status = response.status_code
                    if status in _RETRY_STATUS and not last:
                        wait = _retry_after(response, delay)
                    elif status >= 400 and status not in allow:
                        raise _status_error(url, status)
                    else:
                        _check_address(str(response.url))
                        return handle(response)
            except httpx.TooManyRedirects:
                raise FetchError(f"{url}: the address redirects too many times (more than "
                                 f"{self.limits.max_redirects}; a redirect loop?)",
                                 lasting=True) from None
            except httpx.TimeoutException:
                if last:
                    raise FetchError(f"{url}: the server did not answer in time ("
                                     f"{self.limits.timeout:g} s, tried "
                                     f"{attempt + 1} times)") from None
                wait = delay
            except (httpx.TransportError, _Incomplete) as exc:
                if last:
                    why = str(exc) if isinstance(exc, _Incomplete) else _transport(exc)
                    raise FetchError(f"{url}: {why}") from None
                wait = delay
            self.sleep(wait)
            delay *= 2
        raise FetchError(f"{url}: the server kept failing")  # not reached


class _Incomplete(Exception):
    """The body ended before the length the server announced."""


def _check_address(url: str) -> None:
    if urlsplit(url).scheme not in ("http", "https"):
        raise FetchError(f"{url}: only http and https addresses can be fetched", lasting=True)


def _retry_after(response: httpx.Response, default: float) -> float:
    value = response.headers.get("retry-after", "")
    return min(float(value), 60.0) if value.strip().isdigit() else default


def _status_error(url: str, status: int) -> FetchError:
    words = {401: "needs a login", 403: "refused access (403 Forbidden)",
             404: "not found (404)", 410: "gone (410)"}.get(status, f"failed (HTTP {status})")
    return FetchError(f"{url}: {words}", lasting=status in (401, 403, 404, 410))


def _transport(exc: Exception) -> str:
    if isinstance(exc, httpx.ConnectError):
        return "cannot connect to the server"
    if isinstance(exc, httpx.RemoteProtocolError | httpx.ReadError):
        return "the download stopped half way (the connection was closed)"
    return f"the download failed ({type(exc).__name__})"


def _too_large(url: str, cap: int) -> FetchError:
    return FetchError(f"{url}: the file is larger than the {cap // 1024**2} MB limit",
                      lasting=True)


def _read_capped(response: httpx.Response, url: str, cap: int) -> bytes:
    declared = response.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > cap:
        raise _too_large(url, cap)
    chunks, size = [], 0
    for chunk in response.iter_bytes():
        size += len(chunk)
        if size > cap:
            raise _too_large(url, cap)
        chunks.append(chunk)
    if declared.isdigit() and size < int(declared):
        raise _Incomplete(f"the download stopped half way ({size} of {declared} bytes)")
    return b"".join(chunks)


def _save(response: httpx.Response, url: str, folder: Path, cap: int) -> Download:
    declared = response.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > cap:
        raise _too_large(url, cap)
    folder.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".download-", suffix=".part", dir=folder)
    digest, size, head = hashlib.sha256(), 0, b""
    try:
        with os.fdopen(fd, "wb") as fh:
            for chunk in response.iter_bytes():
                size += len(chunk)
                if size > cap:
                    raise _too_large(url, cap)
                if len(head) < 4096:
                    head += chunk[:4096 - len(head)]
                digest.update(chunk)
                fh.write(chunk)
            fh.flush()
            os.fsync(fh.fileno())
        if declared.isdigit() and size < int(declared):
            raise _Incomplete(f"the download stopped half way ({size} of {declared} bytes)")
        kind = _kind(url, response.headers.get("content-type", ""), head)
        target = _target(folder, _file_name(response, url), kind, digest.hexdigest())
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return Download(target, kind, str(response.url), digest.hexdigest(), size)


def _kind(url: str, content_type: str, head: bytes) -> str:
    """What the bytes are, checked against what the server said they are."""
    declared = content_type.split(";")[0].strip().lower()
    kind = kind_of_bytes(head)
    if kind is None:
        said = f" (the server called it {declared})" if declared else ""
        raise FetchError(f"{url}: not a report file: neither a PDF nor a web page{said}",
                         lasting=True)
    if declared == "application/pdf" and kind == "html":
        raise FetchError(f"{url}: the server said it was a PDF but sent a web page (perhaps an "
                         "error or login page)", lasting=True)
    return kind


def _file_name(response: httpx.Response, url: str) -> str:
    disposition = response.headers.get("content-disposition", "")
    name = ""
    if disposition:
        msg = email.message.Message()
        msg["content-disposition"] = disposition
        name = msg.get_filename() or ""
    if not name:
        path = urlsplit(str(response.url)).path.rstrip("/")
        name = unquote(path.rsplit("/", 1)[-1]) or urlsplit(url).netloc
    name = re.sub(r"[^\w.-]+", "-", Path(name).name).strip(".-")[:120]
    return name or "report"


def _target(folder: Path, name: str, kind: str, sha256: str) -> Path:
    """A free file name with the suffix its content calls for; the same content keeps its
    name (a second download of one file does not make a copy)."""
    stem = Path(name).stem if Path(name).suffix.lower() in (".pdf", ".html", ".htm") else name
    for n in range(1, 1000):
        path = folder / f"{stem}{'' if n == 1 else f'-{n}'}{_SUFFIX[kind]}"
        if not path.exists() or _sha256(path) == sha256:
            return path
    raise FetchError(f"too many files named {stem} in {folder}")


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()

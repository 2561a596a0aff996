"""What one server process shares between requests: the Config, a database connection per
thread (SQLite connections are not shared between threads), one lock that serialises
writes, the search index kept open by the library's searcher cache, and a lock on
updating the index that holds across worker processes. Everything several processes
must agree on (sign-in failures, ingest jobs, the session secret) is in the database."""

from __future__ import annotations

import logging
import sqlite3
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import sqlite_utils

from practicedb import pipeline, storage
from practicedb.config import Config
from practicedb.storage import webstate

SIMILAR_SECONDS = 60
STALE_GRACE = 30.0  # seconds an index may lag the database before it is rebuilt
log = logging.getLogger("practicedb.web")


class IndexLock:
    """Held while the index is rebuilt or updated from the web: a thread lock within this
    process plus an advisory file lock (``fcntl.flock``) across the server's worker
    processes, so two workers never rebuild at once. Where there is no ``fcntl``
    (Windows) it is the thread lock only; run one worker there."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._thread = threading.Lock()
        self._file: Any = None

    def acquire(self, blocking: bool = True) -> bool:
        if not self._thread.acquire(blocking):
            return False
        try:
            import fcntl
        except ImportError:
            return True
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            handle = open(self.path, "a+b")  # noqa: SIM115 - held until release()
        except OSError:  # a read-only folder: this process's lock still holds
            return True
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | (0 if blocking else fcntl.LOCK_NB))
        except OSError:
            handle.close()
            self._thread.release()
            return False
        self._file = handle
        return True

    def release(self) -> None:
        handle, self._file = self._file, None
        if handle is not None:
            handle.close()  # closing drops the flock
        self._thread.release()

    def __enter__(self) -> IndexLock:
        self.acquire()
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()


@dataclass
class WebState:
    config: Config
    public_read: bool = False
    trusted_header: str | None = None
    write_lock: threading.Lock = field(default_factory=threading.Lock)
    index_lock: IndexLock = field(init=False)
    similar_cache: dict[tuple, tuple[float, list]] = field(default_factory=dict)
    _stale_since: float | None = None
    _local: threading.local = field(default_factory=threading.local)

    def __post_init__(self) -> None:
        self.index_lock = IndexLock(self.config.index_root / ".web-index.lock")

    def db(self) -> sqlite_utils.Database:
        """This thread's connection to the database (opened once per thread)."""
        db = getattr(self._local, "db", None)
        if db is None:
            db = storage.open_db(self.config.db_path)
            self._local.db = db
        return db

    @property
    def index_path(self) -> Path:
        return self.config.index_path

    def ready_index(self) -> None:
        """Make sure searches have an index. With none usable, build it now (other requests
        wait for it). One that lags the database (an ingest from the CLI is under way, or
        finished without updating it) keeps serving, and is rebuilt in the background if
        it still lags after STALE_GRACE seconds; never while a web ingest is updating it."""
        from practicedb.search import finder

        db = self.db()
        if pipeline.index_fresh(db, self.index_path):
            self._stale_since = None
            return
        if finder.indexed_count(self.index_path) is None:
            with self.index_lock:
                if finder.indexed_count(self.index_path) is None:
                    pipeline.reindex(db, self.index_path)
            return
        now = time.monotonic()
        if self._stale_since is None:
            self._stale_since = now
        elif now - self._stale_since > STALE_GRACE and self.index_lock.acquire(blocking=False):
            threading.Thread(target=self._rebuild, name="reindex", daemon=True).start()

    def _rebuild(self) -> None:
        """A background rebuild (holding ``index_lock``); failures go to the log."""
        from practicedb.search import SearchIndexError

        db = storage.open_db(self.config.db_path)
        try:
            pipeline.reindex(db, self.index_path)
        except SearchIndexError as exc:
            log.warning("could not rebuild the search index: %s", exc)
        finally:
            self._stale_since = None
            db.close()
            self.index_lock.release()

    def similar(self, practice_id: str, limit: int = 5, *,
                compute: bool = True) -> list[dict] | None:
        """The practices most like one (``similarity.similar``). Working them out costs
        about 100 ms, so they are kept for a minute in this process and, for as long as
        the index state they came from lasts, in the database for every server process.
        With ``compute=False`` only kept ones are given (None when there are none): the
        practice page, the page people open most, never waits for them."""
        from practicedb.search import finder, similarity, writing
        from practicedb.search.index import Hit

        db = self.db()
        signature = storage.index_signature(db)  # kept in the database only for an index
        fresh = writing.source_of(self.index_path) == signature  # built from it as it is
        key = (practice_id, limit, signature, finder.indexed_count(self.index_path))
        now = time.monotonic()
        cached = self.similar_cache.get(key)
        if cached and now - cached[0] < SIMILAR_SECONDS:
            return cached[1]
        kept = webstate.get_similar(db, practice_id, limit, signature) if fresh else None
        if kept is not None:
            found = finder.join_hits(db, [Hit(h["id"], h["score"], h["snippet"],
                                              tuple(h["shared_terms"]), h["strength"])
                                          for h in kept], shared_terms=True)
        elif not compute:
            return None
        else:
            found = similarity.similar(db, self.index_path, practice_id,
                                       glossary=self.config.glossary(), limit=limit)[1]
            try:
                if fresh:
                    webstate.keep_similar(db, practice_id, limit, signature, [
                        {k: p[k] for k in ("id", "score", "snippet", "shared_terms",
                                           "strength")} for p in found])
            except sqlite3.OperationalError as exc:  # busy: worked out again next time
                log.info("could not keep similar practices: %s", exc)
        if len(self.similar_cache) > 2000:
            self.similar_cache.clear()
        self.similar_cache[key] = (now, found)
        return found

    def start(self) -> None:
        """At server start: the schema brought up to date, the index made current."""
        db = self.db()
        if storage.practice_count(db) and not pipeline.index_fresh(db, self.index_path):
            with self.index_lock:
                pipeline.ensure_index(db, self.index_path)

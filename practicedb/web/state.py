"""What one server process shares between requests: the Config, a database connection per
thread (SQLite connections are not shared between threads), one lock that serialises
writes, the search index kept open by the library's searcher cache, and ingest jobs."""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import sqlite_utils

from practicedb import pipeline, storage
from practicedb.config import Config

SIMILAR_SECONDS = 60


@dataclass
class WebState:
    config: Config
    public_read: bool = False
    trusted_header: str | None = None
    write_lock: threading.Lock = field(default_factory=threading.Lock)
    index_lock: threading.Lock = field(default_factory=threading.Lock)
    jobs: dict[str, Any] = field(default_factory=dict)
    similar_cache: dict[tuple, tuple[float, list]] = field(default_factory=dict)
    _local: threading.local = field(default_factory=threading.local)

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
        """Rebuild the index if it does not hold the database's practices; never while an
        ingest is updating it (searches then use the index as it stands)."""
        db = self.db()
        if pipeline.index_fresh(db, self.index_path):
            return
        if self.index_lock.acquire(blocking=False):
            try:
                pipeline.ensure_index(db, self.index_path)
            finally:
                self.index_lock.release()

    def similar(self, practice_id: str, limit: int = 5) -> list[dict]:
        """The practices most like one (``similarity.similar``), kept for a minute per
        practice and index state: a practice page is the page people open most."""
        from practicedb.search import finder, similarity

        key = (practice_id, limit, finder.indexed_count(self.index_path),
               storage.practice_count(self.db()))
        now = time.monotonic()
        cached = self.similar_cache.get(key)
        if cached and now - cached[0] < SIMILAR_SECONDS:
            return cached[1]
        found = similarity.similar(self.db(), self.index_path, practice_id,
                                   glossary=self.config.glossary(), limit=limit)[1]
        if len(self.similar_cache) > 2000:
            self.similar_cache.clear()
        self.similar_cache[key] = (now, found)
        return found

    def start(self) -> None:
        """At server start: the schema brought up to date, the index built if needed."""
        db = self.db()
        if storage.practice_count(db):
            self.ready_index()

"""Keeping the search index in step with the database: update after a write, rebuild,
say whether it is fresh."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

import sqlite_utils

from practicedb import storage


def sync_index(
    db: sqlite_utils.Database, index_dir: Path, upserts: set[str], deletes: set[str]
) -> str:
    """Bring the search index up to date; rebuild it from SQLite if missing, damaged or stale.

    Returns "" on success or a plain-words message (the database is unaffected). Holds
    the writer lock; records the database signature the index now matches.
    """
    from practicedb.search import index, writing

    expected = storage.live_practice_ids(db)  # withdrawn ones are kept but not searchable
    try:
        with writing.writing(index_dir):
            source = storage.index_signature(db)
            if (upserts or deletes) and index.is_healthy(index_dir):
                docs = (storage.get_practice(db, pid) for pid in sorted(upserts))
                index.update(index_dir, upserts=[d for d in docs if d],
                             delete_ids=sorted(deletes))
            if not index.is_healthy(index_dir, expected_ids=expected):
                index.rebuild(index_dir, storage.iter_practices(db), source=source)
            elif writing.source_of(index_dir) != source:
                writing.mark_source(index_dir, source)
    except index.SearchIndexError as exc:
        return f"the search index could not be updated ({exc}); run 'practicedb reindex'"
    return ""



def reindex(db: sqlite_utils.Database, index_dir: Path) -> int:
    """Rebuild the search index from the database (holding the writer lock, so searches
    meanwhile answer from the last complete index); returns the practices indexed. Folders
    left by rebuilds that were interrupted are removed first."""
    from practicedb.search import finder, index, writing

    with writing.writing(index_dir):
        finder.release(index_dir)
        index.clean_leftovers(index_dir)
        source = storage.index_signature(db)  # writers of practices hold this lock too
        return index.rebuild(index_dir, storage.iter_practices(db), source=source)


def index_state(db: sqlite_utils.Database, index_dir: Path) -> tuple[str, int | None]:
    """("missing" | "stale" | "fresh", practices in the index) for ``status``: fresh only
    when the index was built from this database as it is now (its signature), never by
    counts."""
    from practicedb.search import index, writing

    docs = index.current_doc_count(index_dir)
    if docs is None:
        return "missing", None
    fresh = writing.source_of(index_dir) == storage.index_signature(db)
    return ("fresh" if fresh else "stale"), docs


def index_fresh(db: sqlite_utils.Database, index_dir: Path) -> bool:
    """True when the index, in the current schema, was built from this database as it is
    now. (It opens the index through the searcher cache, so a search that follows does not
    open it again.)"""
    from practicedb.search import finder, writing

    if writing.source_of(index_dir) != storage.index_signature(db):
        return False
    return finder.indexed_count(index_dir) is not None


WRITER_WAIT = 10.0  # seconds a search waits for a writer when there is no index at all


def ensure_index(db: sqlite_utils.Database, index_dir: Path,
                 on_rebuild: Callable[[], None] | None = None) -> str:
    """Make the index fit to answer: "fresh"; "rebuilt" (it was missing, stale or of an
    older version; ``on_rebuild`` is called first); or "updating" (another ingest or
    reindex is at work: the last complete index answers, it is never rebuilt under the
    writer's feet). With no usable index while a writer works, waits up to WRITER_WAIT
    seconds, then raises IndexBusyError."""
    from practicedb.search import finder, index, writing

    if index_fresh(db, index_dir):
        return "fresh"
    deadline = time.monotonic() + WRITER_WAIT
    while writing.writer_active(index_dir):  # never rebuild under a writer's feet
        if finder.indexed_count(index_dir) is not None:  # (none: between two folders)
            return "fresh" if index_fresh(db, index_dir) else "updating"
        if time.monotonic() > deadline:
            raise index.IndexBusyError(
                "The search index is being built by another ingest or reindex; try again "
                "in a minute.")
        time.sleep(0.05)
    with writing.writing(index_dir):
        if index_fresh(db, index_dir):  # another search rebuilt it while we waited
            return "fresh"
        if on_rebuild is not None:
            on_rebuild()
        reindex(db, index_dir)
    return "rebuilt"

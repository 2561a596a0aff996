"""Who may write the index, and what it was built from.

A writer (an ingest, a ``reindex``, a reclassification) holds the *writer lock* for as long
as the database and the index disagree because of its work; a search that finds the lock
taken answers from the last complete index instead of rebuilding it under the writer's
feet. The lock is a file beside the index folder (an OS lock: a killed writer releases
it), re-entrant within a process so an ingest can call ``reindex``.

The *source* is the database signature (``storage.index_signature``) the index was built
from, kept in a small file inside the index folder and written only after the index data.
"""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from practicedb.search.index import IndexBusyError, disk_error

SOURCE_FILE = "practicedb-source"
_held: dict[str, int] = {}  # lock path -> depth, for this process
_handles: dict[str, object] = {}
_guard = threading.Lock()


def _lock_path(index_dir: Path) -> Path:
    index_dir = Path(index_dir)
    return index_dir.parent / f".{index_dir.name}.writer.lock"


@contextmanager
def writing(index_dir: Path, *, timeout: float = 120.0) -> Iterator[None]:
    """Hold the writer lock of ``index_dir`` (waiting up to ``timeout`` seconds for
    another writer), re-entrant within this process."""
    from whoosh.util.filelock import FileLock

    path = _lock_path(index_dir)
    key = os.path.abspath(path)
    with _guard:
        depth = _held.get(key, 0)
        if depth:
            _held[key] = depth + 1
    if not depth:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            lock = FileLock(str(path))
            deadline = time.monotonic() + timeout
            while not lock.acquire(blocking=False):
                if time.monotonic() > deadline:
                    raise IndexBusyError(
                        f"Another ingest or reindex has been updating the search index for "
                        f"over {timeout:g} s; try again when it has finished.")
                time.sleep(0.1)
        except OSError as exc:
            raise disk_error(index_dir, exc) or exc from exc
        with _guard:
            _held[key], _handles[key] = 1, lock
    try:
        yield
    finally:
        with _guard:
            _held[key] -= 1
            last = _held[key] == 0
            held = _handles.pop(key) if last else None
            if last:
                del _held[key]
        if held is not None:
            held.release()  # type: ignore[attr-defined]


def writer_active(index_dir: Path) -> bool:
    """True when a writer (in another process, or another thread here) holds the lock."""
    from whoosh.util.filelock import FileLock

    path = _lock_path(index_dir)
    key = os.path.abspath(path)
    with _guard:
        if _held.get(key):
            return True  # another thread of this process is writing
    if not path.exists():
        return False
    lock = FileLock(str(path))
    try:
        if lock.acquire(blocking=False):
            lock.release()
            return False
    except OSError:
        return False
    return True


def source_of(index_dir: Path) -> str | None:
    """The database signature the index at ``index_dir`` was built from (None: unknown)."""
    try:
        return (Path(index_dir) / SOURCE_FILE).read_text(encoding="ascii").strip() or None
    except (OSError, UnicodeDecodeError):
        return None


def mark_source(index_dir: Path, source: str) -> None:
    """Record the signature (atomically: a half-written file would read as stale)."""
    target = Path(index_dir) / SOURCE_FILE
    tmp = target.with_name(f".{SOURCE_FILE}.{os.getpid()}")
    try:
        tmp.write_text(source, encoding="ascii")
        os.replace(tmp, target)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise disk_error(index_dir, exc) or exc from exc

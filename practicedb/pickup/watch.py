"""Watch a folder (watchfiles) and ingest each report file that appears or changes, once it
has stopped growing (a file still being copied or downloaded is left until it settles).
Files already there are read at the start (unchanged ones are skipped at once). A bad
file gets its one line and the watch goes on.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterable
from pathlib import Path

from practicedb import pipeline
from practicedb.extraction.filetype import REPORT_SUFFIXES
from practicedb.pickup.fetch import Target

SETTLE = 1.0  # seconds a file's size must stay the same before it is read
MAX_SETTLE_WAIT = 600.0  # give up waiting for a file that keeps growing
_PARTIAL = (".part", ".crdownload", ".tmp", ".download", ".partial")


def is_candidate(path: Path) -> bool:
    """A report file by its name, not a temporary file of a copy or download."""
    name = path.name
    return (not name.startswith((".", "~$")) and not name.lower().endswith(_PARTIAL)
            and path.suffix.lower() in REPORT_SUFFIXES)


def settled(paths: Iterable[Path], *, settle: float = SETTLE,
            max_wait: float = MAX_SETTLE_WAIT, sleep: Callable[[float], None] = time.sleep,
            stop: threading.Event | None = None) -> list[Path]:
    """The files once each has kept its size and time for `settle` seconds (those that
    vanished meanwhile are dropped)."""
    waiting = {p: _stamp(p) for p in paths}
    ready: list[Path] = []
    started = time.monotonic()
    while waiting and not (stop and stop.is_set()):
        sleep(settle)
        for path, before in list(waiting.items()):
            now = _stamp(path)
            if now is None:
                del waiting[path]
            elif now == before or time.monotonic() - started > max_wait:
                ready.append(path)
                del waiting[path]
            else:
                waiting[path] = now
    return ready


def _stamp(path: Path) -> tuple[int, int] | None:
    try:
        st = path.stat()
    except OSError:
        return None
    return (st.st_size, st.st_mtime_ns) if st.st_size > 0 else (0, -1)  # empty: not yet


def watch_folder(folder: Path, target: Target,
                 on_batch: Callable[[pipeline.IngestSummary], None], *,
                 stop: threading.Event | None = None, settle: float = SETTLE,
                 initial: bool = True) -> None:
    """Ingest report files in `folder` as they arrive until `stop` is set (or Ctrl-C).
    `on_batch` gets each ingest's summary (to print it and tell the leads)."""
    from watchfiles import Change, watch

    folder = Path(folder)

    def ingest(paths: list[Path]) -> None:
        if paths:
            on_batch(pipeline.ingest_paths(paths, target.db, target.index_dir, target.classify,
                                           workers=1, timeout=target.timeout))

    if initial:
        ingest(sorted(p for p in folder.rglob("*") if p.is_file() and is_candidate(p)))
    for changes in watch(folder, stop_event=stop, debounce=200, step=50,
                         yield_on_timeout=False, rust_timeout=500):
        paths = sorted({Path(p) for change, p in changes
                        if change in (Change.added, Change.modified)
                        and Path(p).is_file() and is_candidate(Path(p))})
        ingest(settled(paths, settle=settle, stop=stop))

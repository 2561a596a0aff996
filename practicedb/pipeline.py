"""The one-way flow: report files -> extract (worker processes) -> classify -> store (with
the practices' reviews, in one transaction) -> index; and the upkeep that follows the same
rules (reclassify, reindex, is the index fresh?). Both front ends call these.

PDFium is not thread-safe and a hostile PDF can hang or exhaust a parser, so each
file is read in a worker process with a time limit; a stuck worker is killed and
replaced. Only this (parent) process writes to SQLite and to the search index,
and one bad file never stops the batch.
"""

from __future__ import annotations

import multiprocessing
import os
import time
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import TimeoutError as FutureTimeout
from concurrent.futures import as_completed
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import sqlite_utils

from practicedb import reviews, storage
from practicedb._util import sha256_file
from practicedb.classification import Taxonomy, classify
from practicedb.models import ExtractionError, Report

DEFAULT_TIMEOUT = 120.0
MEMORY_LIMIT_BYTES = 4 * 1024**3  # per worker; a memory bomb fails that file, not the machine


@dataclass
class FileOutcome:
    """What happened to one file."""

    path: Path
    status: str  # ingested | unchanged | failed
    message: str = ""
    practices: int = 0
    pages: int = 0
    seconds: float = 0.0
    warnings: list[str] = field(default_factory=list)


@dataclass
class IngestSummary:
    outcomes: list[FileOutcome]
    seconds: float
    index_message: str = ""  # set when the search index could not be brought up to date

    def count(self, status: str) -> int:
        return sum(1 for o in self.outcomes if o.status == status)

    @property
    def practices(self) -> int:
        return sum(o.practices for o in self.outcomes if o.status == "ingested")

    @property
    def pages_per_second(self) -> float:
        pages = sum(o.pages for o in self.outcomes if o.status == "ingested")
        return pages / self.seconds if self.seconds > 0 else 0.0


def find_pdfs(paths: Iterable[Path | str]) -> list[Path]:
    """Files named directly, plus every *.pdf below each folder (sorted, no repeats)."""
    found: dict[Path, None] = {}
    for p in map(Path, paths):
        if p.is_dir():
            for f in sorted(p.rglob("*")):
                if f.is_file() and f.suffix.lower() == ".pdf":
                    found[f.resolve()] = None
        else:
            found[p.resolve()] = None
    return list(found)


def _start_worker(limit: int) -> None:
    """Worker initializer: cap the address space so a runaway parse raises MemoryError,
    and import the PDF libraries now, so their start-up never counts against a file's
    time limit."""
    try:
        import resource

        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    except (ImportError, ValueError, OSError):  # not available on every platform
        pass
    from practicedb import extraction  # noqa: F401


def _extract(path: str, sha256: str) -> tuple[Report | str, float]:
    """Runs in a worker: (a Report or a plain-words reason the file failed, seconds taken)."""
    started = time.monotonic()
    return _extract_report(path, sha256), time.monotonic() - started


def _extract_report(path: str, sha256: str) -> Report | str:
    from practicedb.extraction import extract_report

    try:
        return extract_report(Path(path), sha256)
    except ExtractionError as exc:
        return str(exc)
    except MemoryError:
        return "the file needed more memory than allowed and was stopped"
    except RecursionError:
        return "the PDF's internal structure loops back on itself and cannot be read"
    except Exception as exc:  # the extractor should not let these through; say so plainly
        return f"unexpected problem reading the PDF ({type(exc).__name__}: {exc})"


def _read_files(
    hashes: dict[Path, str], workers: int, timeout: float
) -> Iterable[tuple[Path, Report | str, float]]:
    """Yield (path, Report or error message, seconds) for each file as it finishes."""
    from pebble import ProcessExpired, ProcessPool

    context = multiprocessing.get_context("spawn")  # no inherited locks or PDFium state
    pool = ProcessPool(max_workers=workers, initializer=_start_worker,
                       initargs=(MEMORY_LIMIT_BYTES,), context=context)
    try:
        futures: dict[Any, Path] = {pool.schedule(_extract, args=(str(p), sha), timeout=timeout): p
                   for p, sha in hashes.items()}
        for future in as_completed(futures):
            path, seconds = futures[future], 0.0
            try:
                result, seconds = future.result()
            except FutureTimeout:
                seconds = timeout
                result = (
                    f"reading it took longer than the {timeout:g} s limit and was stopped "
                    "(the file may be very large or malformed)"
                )
            except ProcessExpired as exc:
                result = f"the PDF reader crashed on this file (exit code {exc.exitcode})"
            except Exception as exc:  # e.g. a result that could not be passed back
                result = f"unexpected problem reading the PDF ({type(exc).__name__}: {exc})"
            yield path, result, seconds
        pool.close()
    finally:
        pool.stop()  # on Ctrl-C or an error: end the workers now, don't wait for their files
        pool.join()


def ingest_paths(
    paths: Iterable[Path | str],
    db: sqlite_utils.Database,
    index_dir: Path | None,
    classify: Callable[[Report], None],
    *,
    workers: int | None = None,
    timeout: float = DEFAULT_TIMEOUT,
    progress: Callable[[FileOutcome, int], None] | None = None,
) -> IngestSummary:
    """Ingest every PDF in `paths`; never raises for a bad file.

    `classify` sets each practice's areas in place. `progress(outcome, total)` is
    called once per file as it finishes. Files whose content is already stored
    (same SHA-256) are skipped.
    """
    with _writing(index_dir) as lock_message:
        summary = _ingest(paths, db, index_dir, classify, workers, timeout, progress)
    if lock_message:
        summary.index_message = lock_message
    return summary


@contextmanager
def _writing(index_dir: Path | None) -> Iterator[str]:
    """Hold the index's writer lock while the database and index disagree, so searches
    meanwhile answer from the last complete index; yields "" or why the index cannot be
    written (a full disk: the database is still written)."""
    from practicedb.search import index, writing

    if index_dir is None:
        yield ""
        return
    try:
        lock = writing.writing(index_dir)
        lock.__enter__()
    except index.IndexDiskError as exc:
        yield f"the search index could not be updated ({exc})"
        return
    try:
        yield ""
    finally:
        lock.__exit__(None, None, None)


def _ingest(paths: Iterable[Path | str], db: sqlite_utils.Database, index_dir: Path | None,
            classify: Callable[[Report], None], workers: int | None, timeout: float,
            progress: Callable[[FileOutcome, int], None] | None) -> IngestSummary:
    started = time.monotonic()
    files = find_pdfs(paths)
    total = len(files)
    outcomes: list[FileOutcome] = []

    def done(outcome: FileOutcome) -> None:
        outcomes.append(outcome)
        if progress:
            progress(outcome, total)

    hashes: dict[Path, str] = {}  # the files to read, with their SHA-256
    for path in files:
        try:
            digest = sha256_file(path)
        except OSError as exc:
            message = f"cannot be read from disk ({exc.strerror or exc})"
            storage.log_ingest(db, file_path=str(path), file_name=path.name, status="failed",
                               message=message)
            done(FileOutcome(path, "failed", message))
            continue
        if digest in hashes.values() or storage.is_known(db, digest):
            storage.log_ingest(db, file_path=str(path), file_name=path.name, sha256=digest,
                               status="unchanged")
            done(FileOutcome(path, "unchanged", "already in the database, unchanged"))
            continue
        hashes[path] = digest

    upserts: set[str] = set()
    deletes: set[str] = set()
    if hashes:
        n_workers = workers or min(len(hashes), max(1, (os.cpu_count() or 2)))
        for path, result, seconds in _read_files(hashes, n_workers, timeout):
            if isinstance(result, str):
                storage.log_ingest(db, file_path=str(path), file_name=path.name,
                                   sha256=hashes[path], status="failed", message=result,
                                   seconds=round(seconds, 2))
                done(FileOutcome(path, "failed", result, seconds=seconds))
                continue
            classify(result)
            stored = store(db, result, str(path))
            upserts.update(stored.added + stored.updated)
            deletes.update(stored.removed)
            storage.log_ingest(db, file_path=str(path), file_name=path.name,
                               sha256=hashes[path], status="ingested",
                               practices=len(result.practices), pages=result.page_count,
                               seconds=round(seconds, 2))
            done(FileOutcome(path, "ingested", "", len(result.practices), result.page_count,
                             seconds, list(result.warnings)))

    summary = IngestSummary(outcomes, time.monotonic() - started)
    if index_dir is not None:
        summary.index_message = sync_index(db, index_dir, upserts, deletes)
    return summary


def sync_index(
    db: sqlite_utils.Database, index_dir: Path, upserts: set[str], deletes: set[str]
) -> str:
    """Bring the search index up to date; rebuild it from SQLite if missing, damaged or stale.

    Returns "" on success or a plain-words message (the database is unaffected). Holds
    the writer lock; records the database signature the index now matches.
    """
    from practicedb.search import index, writing

    expected = {  # withdrawn practices are kept in SQLite but not searchable
        row[0] for row in db.execute("select id from practices where withdrawn_at is null")
    }
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


def store(db: sqlite_utils.Database, report: Report, file_path: str = "") -> storage.StoreResult:
    """Store one classified report and open the reviews its new practices need, in one
    transaction: either all of it is written or none of it."""
    with db.atomic():
        stored = storage.store_report(db, report, file_path)
        reviews.open_new_reviews(db, stored.report_id)
    return stored


def classifier(taxonomy: Taxonomy) -> Callable[[Report], None]:
    """The classify step of ``ingest_paths``: set each practice's business areas in place."""

    def classify_report(report: Report) -> None:
        for practice in report.practices:
            practice.areas = classify(practice, taxonomy)

    return classify_report


def reclassify(db: sqlite_utils.Database, taxonomy: Taxonomy, index_dir: Path) -> int:
    """Sort every stored practice into business areas again (after the taxonomy changed);
    untouched reviews follow a practice to its new primary area. Returns how many practices
    changed areas. The areas are saved even if the index then fails (SearchIndexError)."""
    from practicedb.models import Practice
    from practicedb.search import writing

    changed = 0
    with writing.writing(index_dir):  # searches meanwhile answer from the last index
        with db.atomic():
            for p in storage.iter_practices(db):
                practice = Practice(kind=p["kind"], title=p["title"], body=p["body"],
                                    forces=p["forces"], section=p["section"])
                new = classify(practice, taxonomy)
                if new != p["areas"]:
                    storage.set_areas(db, p["id"], new)  # bumps the index generation
                    if new:
                        reviews.follow_primary(db, p["id"], new[0])
                    changed += 1
        reindex(db, index_dir)
    return changed


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

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
from practicedb.storage.database import write_transaction

DEFAULT_TIMEOUT = 120.0
# The memory all the reading workers may use together; each worker gets an equal share
# (its address space is capped), so a memory bomb fails that file, not the machine. Fewer
# workers run if a share would fall below MIN_WORKER_MEMORY (PDF libraries need ~0.4 GB).
MEMORY_BUDGET_BYTES = 2 * 1024**3
MIN_WORKER_MEMORY = 768 * 1024**2


def worker_plan(files: int, workers: int | None, budget: int = MEMORY_BUDGET_BYTES
                ) -> tuple[int, int]:
    """(workers, memory cap per worker in bytes) for `files` files within `budget`."""
    wanted = workers or min(files, max(1, os.cpu_count() or 2))
    n = max(1, min(wanted, budget // MIN_WORKER_MEMORY))
    return n, max(budget // n, MIN_WORKER_MEMORY)


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
    added: list[str] = field(default_factory=list)  # ids of practices new to the database


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
    def added(self) -> list[str]:
        """Ids of the practices new to the database (for the leads' notices)."""
        return [pid for o in self.outcomes for pid in o.added]

    @property
    def pages_per_second(self) -> float:
        pages = sum(o.pages for o in self.outcomes if o.status == "ingested")
        return pages / self.seconds if self.seconds > 0 else 0.0


def find_reports(paths: Iterable[Path | str]) -> list[Path]:
    """Files named directly, plus every report file below each folder (sorted, no repeats):
    *.pdf, *.html and *.htm, and a file with another name whose first bytes are a PDF's
    (a download saved without its suffix). Which reader reads a file is decided by its
    content, not its name (``extraction.kind_of_file``)."""
    from practicedb.extraction.filetype import REPORT_SUFFIXES, kind_of_file

    found: dict[Path, None] = {}
    for p in map(Path, paths):
        if p.is_dir():
            for f in sorted(p.rglob("*")):
                if not f.is_file() or f.name.startswith("."):
                    continue
                if f.suffix.lower() in REPORT_SUFFIXES or (
                        not f.suffix and kind_of_file(f) == "pdf"):
                    found[f.resolve()] = None
        else:
            found[p.resolve()] = None
    return list(found)


find_pdfs = find_reports  # the older name


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
    hashes: dict[Path, str], workers: int, timeout: float, memory: int
) -> Iterable[tuple[Path, Report | str, float]]:
    """Yield (path, Report or error message, seconds) for each file as it finishes."""
    from pebble import ProcessExpired, ProcessPool

    context = multiprocessing.get_context("spawn")  # no inherited locks or PDFium state
    pool = ProcessPool(max_workers=workers, initializer=_start_worker,
                       initargs=(memory,), context=context)
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
    memory_budget: int = MEMORY_BUDGET_BYTES,
) -> IngestSummary:
    """Ingest every report file (PDF or saved web page) in `paths`; never raises for a bad
    file.

    `classify` sets each practice's areas in place. `progress(outcome, total)` is
    called once per file as it finishes. Files whose content is already stored
    (same SHA-256) are skipped. The reading workers together stay within `memory_budget`
    bytes (see ``worker_plan``).
    """
    with _writing(index_dir) as lock_message:
        summary = _ingest(paths, db, index_dir, classify, workers, timeout, progress,
                          memory_budget)
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
            progress: Callable[[FileOutcome, int], None] | None,
            memory_budget: int = MEMORY_BUDGET_BYTES) -> IngestSummary:
    started = time.monotonic()
    files = find_reports(paths)
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
        n_workers, memory = worker_plan(len(hashes), workers, memory_budget)
        for path, result, seconds in _read_files(hashes, n_workers, timeout, memory):
            if isinstance(result, str):
                storage.log_ingest(db, file_path=str(path), file_name=path.name,
                                   sha256=hashes[path], status="failed", message=result,
                                   seconds=round(seconds, 2))
                done(FileOutcome(path, "failed", result, seconds=seconds))
                continue
            classify(result)
            stored = store_file(db, result, path, seconds)
            upserts.update(stored.added + stored.updated)
            deletes.update(stored.removed)
            done(FileOutcome(path, "ingested", "", len(result.practices), result.page_count,
                             seconds, list(result.warnings), list(stored.added)))

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
    transaction: either all of it is written or none of it (the file's fingerprint last,
    so an interrupted store is never taken for "unchanged" later)."""
    with write_transaction(db):
        stored = storage.store_report(db, report, file_path)
        kept = storage.apply_corrections(db, stored.report_id)  # corrections stick
        stored.removed = [pid for pid in stored.removed if pid not in kept]
        stored.updated += [pid for pid in sorted(kept) if pid not in stored.updated]
        reviews.open_new_reviews(db, stored.report_id)
    return stored


def store_file(db: sqlite_utils.Database, report: Report, path: Path,
               seconds: float = 0.0) -> storage.StoreResult:
    """``store`` plus the file's line in the ingest log, in one transaction."""
    with write_transaction(db):  # the report, its reviews and its log line, or none of them
        stored = store(db, report, str(path))
        storage.log_ingest(db, file_path=str(path), file_name=path.name, sha256=report.sha256,
                           status="ingested", practices=len(report.practices),
                           pages=report.page_count, seconds=round(seconds, 2))
    return stored


def correct(db: sqlite_utils.Database, index_dir: Path | None, practice_id: str, *, by: str,
            title: str | None = None, areas: list[str] | None = None,
            forces: list[str] | None = None, kind: str | None = None) -> list[str]:
    """Correct a practice by hand (kept over every re-ingest): an untouched review follows a
    new primary area; the search index is updated. Returns the fields changed."""
    with db.atomic():
        changed = storage.record_correction(db, practice_id, by=by, title=title, areas=areas,
                                            forces=forces, kind=kind)
        if "areas" in changed and areas:
            reviews.follow_primary(db, practice_id, areas[0])
    if changed and index_dir is not None:
        sync_index(db, index_dir, {practice_id}, set())
    return changed


def add_practice(db: sqlite_utils.Database, index_dir: Path | None, taxonomy: Taxonomy,
                 report_id: str, *, by: str, title: str, body: str, kind: str = "notable",
                 page: int | None = None) -> str:
    """Add a practice the extractor missed (kept over every re-ingest), sorted into
    business areas like any other, with a review if its report is within reviews-from."""
    from practicedb.models import Practice

    practice = Practice(kind=kind, title=title, body=body)
    areas = classify(practice, taxonomy)
    with db.atomic():
        pid = storage.add_practice(db, report_id, by=by, title=title, body=body, kind=kind,
                                   page=page, areas=areas)
        reviews.open_new_reviews(db, report_id)
    if index_dir is not None:
        sync_index(db, index_dir, {pid}, set())
    return pid


def find_report(db: sqlite_utils.Database, text: str) -> str:
    """A stored report's id from its id, its file name or a unique part of its title;
    storage.CorrectionError listing the candidates otherwise."""
    wanted = text.strip()
    rows = db.execute("select id, title, file_name from reports").fetchall()
    exact = [r for r in rows if wanted in (r[0], r[2])]
    found = exact or [r for r in rows if wanted.lower() in (r[1] or "").lower()]
    if len(found) == 1:
        return str(found[0][0])
    if not found:
        raise storage.CorrectionError(f"No stored report matches '{text}'. Give its file "
                                      "name, id or part of its title ('practicedb status' "
                                      "lists the reports).")
    names = "; ".join(f"{r[2]} ({r[1]})" for r in found[:5])
    raise storage.CorrectionError(f"'{text}' matches {len(found)} reports: {names}. Give "
                                  "the file name.")


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
    from practicedb.search import writing

    with writing.writing(index_dir):  # searches meanwhile answer from the last index
        changed = reclassify_areas(db, taxonomy)  # set_areas bumps the index generation
        reindex(db, index_dir)
    return changed


def reclassify_areas(db: sqlite_utils.Database, taxonomy: Taxonomy) -> int:
    """The database half of ``reclassify``: new areas for every practice, with the reviews
    that follow them, in one transaction. Returns how many practices changed areas."""
    from practicedb.models import Practice

    changed = 0
    with write_transaction(db):  # every practice re-sorted, with its reviews, or none
        for p in storage.iter_practices(db):
            practice = Practice(kind=p["kind"], title=p["title"], body=p["body"],
                                forces=p["forces"], section=p["section"])
            new = classify(practice, taxonomy)
            if new != p["areas"]:
                storage.set_areas(db, p["id"], new)
                if new:
                    reviews.follow_primary(db, p["id"], new[0])
                changed += 1
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

"""The batch: report files -> extract (``workers``) -> classify -> store (with the
practices' reviews, in one transaction) -> index. Only this process writes to SQLite and
to the search index, and one bad file never stops the batch."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import sqlite_utils

from practicedb import reviews, storage
from practicedb._util import sha256_file
from practicedb.classification import Corrections, Taxonomy, classify
from practicedb.models import Report
from practicedb.pipeline.indexing import sync_index
from practicedb.pipeline.learning import corrections_from
from practicedb.pipeline.workers import (
    DEFAULT_TIMEOUT,
    MEMORY_BUDGET_BYTES,
    read_files,
    worker_plan,
)
from practicedb.storage.database import write_transaction


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
    if hashes and isinstance(classify, ReportClassifier):
        classify.learn(db)  # the corrections made up to now, for this batch
    if hashes:
        n_workers, memory = worker_plan(len(hashes), workers, memory_budget)
        for path, result, seconds in read_files(hashes, n_workers, timeout, memory):
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



class ReportClassifier:
    """The classify step of ``ingest_paths``: set each practice's business areas in place,
    from its words, its section and its report's title and type, following the force's
    corrections of similar practices (``learn``: ``ingest_paths`` reads them from the
    database at the start of every batch)."""

    def __init__(self, taxonomy: Taxonomy, corrections: Corrections | None = None) -> None:
        self.taxonomy = taxonomy
        self.corrections = corrections

    def learn(self, db: sqlite_utils.Database) -> None:
        self.corrections = corrections_from(db)

    def __call__(self, report: Report) -> None:
        for practice in report.practices:
            practice.areas = classify(practice, self.taxonomy, report_title=report.title,
                                      report_type=report.type, corrections=self.corrections)


def classifier(taxonomy: Taxonomy) -> ReportClassifier:
    """The classify step of ``ingest_paths`` (see ``ReportClassifier``)."""
    return ReportClassifier(taxonomy)

"""Ingest from the web: uploaded files are saved beside the database and read in a
background thread by the same ``pipeline.ingest_paths`` as the CLI, with progress kept in
the database (``storage.webstate``) for the job's page, which any server process may
answer. Searches go on meanwhile (the index is updated when the batch ends)."""

from __future__ import annotations

import logging
import re
import secrets
import sqlite3
import threading
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from practicedb import storage
from practicedb.dates import now_iso
from practicedb.storage import webstate

HEARTBEAT_SECONDS = 10.0  # how often a running job says it is still at work
STOPPED_AFTER = 60.0  # seconds of silence after which a job's process is taken as gone
log = logging.getLogger("practicedb.web")


@dataclass
class Job:
    id: str
    by: str
    folder: Path
    files: list[str]
    started_at: str = field(default_factory=now_iso)
    total: int = 0
    done: list[dict] = field(default_factory=list)
    finished: bool = False
    summary: str = ""
    index_message: str = ""
    error: str = ""
    alive_at: float = 0.0

    @property
    def stopped(self) -> bool:
        """Not finished, and the process reading it has not been heard from for
        STOPPED_AFTER seconds: it ended (the server was restarted or stopped)."""
        return not self.finished and time.time() - (self.alive_at or 0) > STOPPED_AFTER

    @property
    def progress(self) -> str:
        return f"{len(self.done)} of {self.total or len(self.files)}"

    def save(self, db: Any) -> None:
        webstate.save_job(db, {**asdict(self), "folder": str(self.folder)})

    @classmethod
    def from_row(cls, row: dict[str, Any]) -> Job:
        return cls(**{**row, "folder": Path(row["folder"] or ""),
                      "total": row["total"] or 0, "alive_at": row.get("alive_at") or 0.0,
                      **{k: row[k] or "" for k in ("summary", "index_message", "error")}})


def get(db: Any, job_id: str) -> Job | None:
    row = webstate.get_job(db, job_id)
    return Job.from_row(row) if row else None


def recent(db: Any, limit: int = 10) -> list[Job]:
    return [Job.from_row(row) for row in webstate.recent_jobs(db, limit)]


def safe_name(name: str) -> str:
    """A file name that is safe to write (no folders, no odd characters)."""
    base = Path(name.replace("\\", "/")).name
    base = re.sub(r"[^A-Za-z0-9._ -]+", "_", base).strip(" .") or "upload.pdf"
    return base[:150]


def upload_folder(db_path: Path) -> Path:
    """Where uploads are kept: an 'uploads' folder beside the database."""
    return Path(db_path).resolve().parent / "uploads"


def start(web: Any, by: str, files: list[tuple[str, bytes]]) -> Job:
    """Save the files and start reading them in a background thread."""
    job_id = now_iso()[:10] + "-" + secrets.token_hex(4)
    folder = upload_folder(web.config.db_path) / job_id
    folder.mkdir(parents=True, exist_ok=True)
    names = []
    for name, data in files:
        target = folder / safe_name(name)
        n = 1
        while target.exists():
            target = folder / f"{target.stem}-{n}{target.suffix}"
            n += 1
        target.write_bytes(data)
        names.append(target.name)
    job = Job(job_id, by, folder, names, alive_at=time.time())
    job.save(web.db())
    threading.Thread(target=_run, args=(web, job), name=f"ingest-{job_id}", daemon=True).start()
    return job


def _run(web: Any, job: Job) -> None:
    from practicedb.pipeline import FileOutcome, classifier, ingest_paths

    db = storage.open_db(web.config.db_path)  # this thread's own connection
    done = threading.Event()
    threading.Thread(target=_heartbeat, args=(web, job.id, done), name=f"alive-{job.id}",
                     daemon=True).start()

    def progress(outcome: FileOutcome, total: int) -> None:
        job.total = total
        job.done.append({"name": outcome.path.name, "status": outcome.status,
                         "message": outcome.message, "practices": outcome.practices,
                         "warnings": list(outcome.warnings)})
        job.save(db)  # between files, outside the store's transaction
    try:
        with web.index_lock:
            summary = ingest_paths([job.folder], db, web.index_path,
                                   classifier(web.config.taxonomy()), progress=progress)
        counts = [summary.count(s) for s in ("ingested", "unchanged", "failed")]
        job.summary = (f"{counts[0]} file{'s' if counts[0] != 1 else ''} ingested, "
                       f"{counts[1]} unchanged, {counts[2]} failed; {summary.practices} "
                       f"practices found ({summary.seconds:.1f} s).")
        job.index_message = summary.index_message
        if not summary.outcomes:
            job.summary = "No PDF files were found in the upload."
    except Exception as exc:  # noqa: BLE001 - shown on the job's page, never a traceback
        job.error = f"The ingest stopped: {type(exc).__name__}: {exc}"
    finally:
        done.set()
        job.finished = True
        try:
            job.save(db)
        finally:
            db.close()


def _heartbeat(web: Any, job_id: str, done: threading.Event) -> None:
    """Every HEARTBEAT_SECONDS until ``done``: the job is still being read."""
    db = storage.open_db(web.config.db_path)
    try:
        while not done.wait(HEARTBEAT_SECONDS):
            try:
                webstate.job_alive(db, job_id)
            except sqlite3.OperationalError as exc:  # busy: the next beat will do
                log.info("upload %s: could not note it is still running: %s", job_id, exc)
    finally:
        db.close()

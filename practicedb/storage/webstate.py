"""What the web app's server processes share through the database rather than memory:
failed sign-ins for the rate limit (m070) and uploaded-report jobs with their progress
(m071, m073). With several worker processes any of them may answer the next request."""

from __future__ import annotations

import json
import time
from collections.abc import Iterable
from typing import Any

import sqlite_utils

_KEEP_FAILURES = 24 * 3600  # seconds a failed sign-in is remembered at most
_JOB_FIELDS = ("id", "by", "folder", "files", "started_at", "total", "done", "finished",
               "summary", "index_message", "error", "alive_at")


def sign_in_wait(db: sqlite_utils.Database, keys: Iterable[str], failures: int,
                 window: float, now: float | None = None) -> int:
    """Seconds until another sign-in is allowed for all of ``keys`` (0: now): a key with
    ``failures`` or more failed attempts in the last ``window`` seconds must wait until the
    oldest of them is ``window`` old."""
    now = time.time() if now is None else now
    wait = 0
    for key in keys:
        rows = [r[0] for r in db.execute(
            "select at from web_login_failures where key = ? and at > ? order by at",
            [key, now - window])]
        if len(rows) >= failures:
            wait = max(wait, int(rows[-failures] + window - now) + 1)
    return wait


def sign_in_failed(db: sqlite_utils.Database, keys: Iterable[str],
                   now: float | None = None) -> None:
    """Count a failed sign-in against each key (a name, an address)."""
    now = time.time() if now is None else now
    with db.conn:
        db.conn.executemany("insert into web_login_failures (key, at) values (?, ?)",
                            [(k, now) for k in keys])
        db.execute("delete from web_login_failures where at < ?", [now - _KEEP_FAILURES])


def sign_in_succeeded(db: sqlite_utils.Database, key: str) -> None:
    """Forget the failed attempts of ``key`` (the name that has now signed in)."""
    with db.conn:
        db.execute("delete from web_login_failures where key = ?", [key])


def save_job(db: sqlite_utils.Database, job: dict[str, Any]) -> None:
    """Write a job's row (``files`` and ``done`` are lists, kept as JSON)."""
    row = {k: job.get(k) for k in _JOB_FIELDS}
    row["files"], row["done"] = json.dumps(row["files"] or []), json.dumps(row["done"] or [])
    row["finished"] = int(bool(row["finished"]))
    with db.conn:
        db.table("web_jobs").upsert(row, pk="id")


def job_alive(db: sqlite_utils.Database, job_id: str) -> None:
    """Note that the process reading job ``job_id`` is still at work."""
    with db.conn:
        db.execute("update web_jobs set alive_at = ? where id = ?", [time.time(), job_id])


def _job(row: dict[str, Any]) -> dict[str, Any]:
    return {**row, "files": json.loads(row["files"] or "[]"),
            "done": json.loads(row["done"] or "[]"), "finished": bool(row["finished"])}


def get_job(db: sqlite_utils.Database, job_id: str) -> dict[str, Any] | None:
    rows = list(db.query("select * from web_jobs where id = ?", [job_id]))
    return _job(rows[0]) if rows else None


def recent_jobs(db: sqlite_utils.Database, limit: int = 10) -> list[dict[str, Any]]:
    """The latest jobs, newest first."""
    return [_job(r) for r in db.query(
        "select * from web_jobs order by started_at desc, rowid desc limit ?", [limit])]



def get_similar(db: sqlite_utils.Database, practice_id: str, size: int,
                signature: str) -> list[dict[str, Any]] | None:
    """The similar practices kept for ``practice_id`` (id, score, snippet, shared_terms,
    strength each), or None when none were kept for this index state."""
    row = db.execute("select hits from web_similar where practice_id = ? and size = ? and "
                     "signature = ?", [practice_id, size, signature]).fetchone()
    return json.loads(row[0]) if row else None


def keep_similar(db: sqlite_utils.Database, practice_id: str, size: int, signature: str,
                 hits: list[dict[str, Any]]) -> None:
    with db.conn:
        db.execute("insert or replace into web_similar (practice_id, size, signature, hits) "
                   "values (?, ?, ?, ?)", [practice_id, size, signature, json.dumps(hits)])

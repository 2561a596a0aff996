"""Nothing lost, nothing injected: interrupted writes, failing databases, unsafe cells,
tampered history, backups."""

from __future__ import annotations

import copy
import csv
import io
import json
import multiprocessing
import shutil
import sqlite3
import subprocess
from pathlib import Path

import pytest
import sqlite_utils
from click.testing import CliRunner
from conftest import make_reports

from practicedb import pipeline, reviews, storage
from practicedb.classification import load_taxonomy
from practicedb.cli import cli
from practicedb.storage import database, history

# -- interrupt at every statement ---------------------------------------------------------


class Crash(BaseException):
    """The process 'dies' here: nothing after it runs, not even a rollback."""


class CrashingConnection(sqlite3.Connection):
    """Counts statements; from the `crash_at`-th on, every statement raises Crash."""

    crash_at = 0
    count = 0

    def _tick(self) -> None:
        type(self).count += 1
        if self.crash_at and type(self).count >= self.crash_at:
            raise Crash(type(self).count)

    def execute(self, *args, **kwargs):  # type: ignore[override]
        self._tick()
        return super().execute(*args, **kwargs)

    def executemany(self, *args, **kwargs):  # type: ignore[override]
        self._tick()
        return super().executemany(*args, **kwargs)


def _revised(report):
    """The first report, revised: one practice gone, one reworded, one new."""
    revised = copy.deepcopy(report)
    revised.sha256 = "c" * 64
    revised.practices[0].body += " Revised."
    revised.practices[1].title = "A practice added in the revision"
    revised.practices[1].body = "Entirely new text about burglary and neighbourhoods."
    return revised


def _steps():
    peel, thematic, undated = make_reports()
    taxonomy = load_taxonomy(None)
    ids: dict = {}

    def first_id(db):
        return db.execute("select id from practices order by report_id, seq").fetchone()[0]

    return [
        ("ingest peel", lambda db: pipeline.store_file(db, peel, Path("/r/peel-cumbria.pdf"))),
        ("ingest thematic", lambda db: pipeline.store_file(db, thematic, Path("/r/fraud.pdf"))),
        ("assess", lambda db: reviews.assess(db, ids.setdefault("p", first_id(db)), by="=A Lead",
                                             status="under review", note="Looking at it")),
        ("assess again", lambda db: reviews.assess(db, ids["p"], by="B", status="adopted",
                                                   due="2026-01-31")),
        ("revise peel", lambda db: pipeline.store_file(db, _revised(peel),
                                                       Path("/r/peel-cumbria.pdf"))),
        ("ingest undated", lambda db: pipeline.store_file(db, undated, Path("/r/custody.pdf"))),
        ("reclassify", lambda db: pipeline.reclassify_areas(db, taxonomy)),
    ]


def _state(db: sqlite_utils.Database) -> dict:
    """Everything that must survive, without timestamps."""
    q = db.execute
    return {
        "reports": q("select id, title, sha256 from reports order by id").fetchall(),
        "practices": q("select id, report_id, seq, kind, title, body, areas, primary_area, "
                       "withdrawn_at is null from practices order by id").fetchall(),
        "reviews": q("select practice_id, area, status, due, note, updated_by from reviews "
                     "order by practice_id, area").fetchall(),
        "history": q("select id, practice_id, area, by, from_status, to_status, from_due, "
                     "to_due, note from review_history order by id").fetchall(),
        "log": q("select file_name, sha256, status, practices from ingest_log order by id")
        .fetchall(),
    }


def _connect(path: Path, crash_at: int = 0) -> sqlite_utils.Database:
    CrashingConnection.crash_at = 0
    conn = sqlite3.connect(str(path), factory=CrashingConnection)
    conn.execute("PRAGMA busy_timeout=30000")
    db = sqlite_utils.Database(conn)
    CrashingConnection.crash_at, CrashingConnection.count = crash_at, 0
    return db


def test_an_interruption_at_any_statement_loses_nothing_and_a_rerun_completes(tmp_path):
    template = tmp_path / "template.db"
    storage.open_db(template).close()
    steps = _steps()

    # The uninterrupted run, with the state after each step.
    reference = tmp_path / "reference.db"
    shutil.copy(template, reference)
    db = _connect(reference)
    snapshots = [_state(db)]
    total = CrashingConnection.count = 0
    for _, step in steps:
        step(db)
        total = CrashingConnection.count  # the steps' statements, not the snapshots'
        snapshots.append(_state(db))
        CrashingConnection.count = total
    db.close()
    assert total > 50 and snapshots[-1]["history"] and snapshots[-1]["reviews"]

    for n in range(1, total + 1):
        path = tmp_path / f"run{n}.db"
        shutil.copy(template, path)
        db = _connect(path, crash_at=n)
        done = 0
        with pytest.raises(Crash):
            for _, step in steps:
                step(db)
                done += 1
        db.conn.close()  # the process is gone: its open transaction is rolled back

        db = storage.open_db(path)  # a new process opens the database and runs it again
        state = _state(db)
        assert state in (snapshots[done], snapshots[done + 1]), (
            f"crash at statement {n} of {total}, during '{steps[done][0]}', "
            "left a half-written state")
        resume = done + 1 if state == snapshots[done + 1] else done
        for _, step in steps[resume:]:
            step(db)
        assert _state(db) == snapshots[-1], f"re-run after a crash at statement {n} differs"
        assert history.verify(db).intact
        db.close()
        path.unlink()


def test_a_failed_store_leaves_no_fingerprint(tmp_path, monkeypatch):
    """The half-written report of issue 8: the fingerprint must never be visible to
    `is_known` before the practices and their reviews are."""
    db = storage.open_db(tmp_path / "p.db")
    peel = make_reports()[0]

    def fail(*args, **kwargs):
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(pipeline.reviews, "open_new_reviews", fail)
    with pytest.raises(sqlite3.OperationalError):
        pipeline.store_file(db, peel, Path("peel.pdf"))
    assert not storage.is_known(db, peel.sha256)
    assert db.execute("select count(*) from practices").fetchone()[0] == 0
    assert db.execute("select count(*) from reports").fetchone()[0] == 0


def _assess_many(path: str, who: str, statuses: list[str], pid: str) -> None:
    db = storage.open_db(path)
    for status in statuses:
        reviews.assess(db, pid, by=who, status=status)


def test_concurrent_assess_records_the_true_previous_status(tmp_path):
    path = tmp_path / "p.db"
    db = storage.open_db(path)
    for report in make_reports():
        pipeline.store(db, report)
    pid = db.execute("select practice_id from reviews limit 1").fetchone()[0]
    ctx = multiprocessing.get_context("fork")
    a = ctx.Process(target=_assess_many, args=(str(path), "A", ["under review", "adopted"] * 10,
                                               pid))
    b = ctx.Process(target=_assess_many, args=(str(path), "B", ["will adopt", "new"] * 10, pid))
    a.start(), b.start()
    a.join(), b.join()
    assert a.exitcode == 0 and b.exitcode == 0
    rows = db.execute("select from_status, to_status from review_history where practice_id = ?"
                      " order by id", [pid]).fetchall()
    assert len(rows) == 41
    for (_, before), (after_from, _) in zip(rows, rows[1:], strict=False):
        assert after_from == before
    assert history.verify(db).intact

"""Nothing lost, nothing injected: interrupted writes, failing databases, unsafe cells,
tampered history, backups."""

from __future__ import annotations

import copy
import csv
import gc
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
from practicedb.storage import database, history, maintenance

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

    monkeypatch.setattr(reviews, "open_new_reviews", fail)  # what pipeline.store calls
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


# -- a new database opened by two processes at once ----------------------------------------


def _open_and_count(path: str) -> None:
    db = storage.open_db(path)
    applied = db.execute("select count(*) from _sqlite_migrations").fetchone()[0]
    raise SystemExit(0 if applied == len(list(database.migrations.applied(db))) else 3)


def test_two_processes_opening_a_new_database_both_succeed(tmp_path):
    ctx = multiprocessing.get_context("spawn")  # real separate processes, no shared state
    for pair in range(10):
        path = str(tmp_path / f"new{pair}.db")
        procs = [ctx.Process(target=_open_and_count, args=(path,)) for _ in range(2)]
        for proc in procs:
            proc.start()
        for proc in procs:
            proc.join(60)
        assert [proc.exitcode for proc in procs] == [0, 0], f"pair {pair}"
        db = storage.open_db(path)
        assert not database.migrations.pending(db)
        assert db.execute("select count(*) from _sqlite_migrations").fetchone()[0] == len(
            database.migrations._migrations)


# -- failing databases get plain messages ---------------------------------------------------


def _cli(db_path: Path, *args: str):
    return CliRunner().invoke(cli, ["--db", str(db_path), "--index", str(db_path.parent / "ix"),
                                    *args])


def _one_line_error(result, *words: str) -> str:
    text = " ".join(result.output.split())
    assert result.exit_code == 1, result.output
    assert "Traceback" not in result.output and not isinstance(result.exception,
                                                               sqlite3.Error), text
    for word in words:
        assert word in text, text
    return text


def test_a_locked_database_says_wait_and_retry(db_path):
    holder = sqlite3.connect(db_path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    other = sqlite3.connect(db_path, timeout=0)
    with pytest.raises(database.DatabaseBusyError, match="Wait for it to finish"):
        with database.guard(db_path):
            other.execute("insert into settings (key, value) values ('x', 'y')")
    holder.execute("ROLLBACK")


def test_a_read_only_database_reads_but_refuses_writes_plainly(db_path, monkeypatch):
    # Tests run as root, which chmod cannot stop; mode=ro is what a read-only file gives.
    db = storage.open_db(db_path, read_only=True)
    assert storage.practice_count(db) == 4
    pid = db.execute("select id from practices limit 1").fetchone()[0]
    with pytest.raises(database.DatabaseReadOnlyError, match="check the permissions|Check"):
        with database.guard(db_path):
            reviews.assess(db, pid, by="A", status="adopted")
    assert db.execute("select count(*) from review_history").fetchone()[0] == 4
    # query_only gives the same SQLite error from any connection
    conn = sqlite3.connect(db_path)
    conn.execute("PRAGMA query_only=ON")
    with pytest.raises(sqlite3.OperationalError) as caught:
        conn.execute("insert into settings (key, value) values ('x', 'y')")
    assert isinstance(database.translate(caught.value, db_path), database.DatabaseReadOnlyError)
    # Through the CLI: a file practicedb may not write is opened read-only.
    monkeypatch.setattr(database, "_writable", lambda path: False)
    assert _cli(db_path, "list").exit_code == 0
    _one_line_error(_cli(db_path, "assess", pid, "--status", "adopted", "--by", "A"),
                    "cannot be written", "permissions")
    _one_line_error(_cli(db_path, "settings", "set", "force", "Kent Police"), "read-only")


def test_a_database_on_a_read_only_disk(db_path, tmp_path):
    """A real read-only folder (root ignores chmod, not a read-only mount): reading works,
    writing gets one plain line, and no -shm or -wal file is left."""
    disk = tmp_path / "ro"
    disk.mkdir()
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", str(disk)],
                             capture_output=True, text=True)
    if mounted.returncode:
        pytest.skip(f"cannot mount a small tmpfs here ({mounted.stderr.strip()})")
    try:
        with sqlite3.connect(db_path) as conn:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        shutil.copy(db_path, disk / "p.db")
        subprocess.run(["mount", "-o", "remount,ro", str(disk)], check=True)
        path = disk / "p.db"
        assert _cli(path, "status").exit_code == 0
        assert len(json.loads(_cli(path, "list", "--json").stdout)) == 4
        assert "History intact: 4 rows" in _cli(path, "verify").output
        pid = json.loads(_cli(path, "list", "--json").stdout)[0]["id"]
        _one_line_error(_cli(path, "assess", pid, "--status", "adopted", "--by", "A"),
                        "cannot be written", "permissions")
        assert sorted(p.name for p in disk.iterdir()) == ["p.db"]
    finally:
        gc.collect()  # the CLI runs' connections, so the disk is not busy
        subprocess.run(["umount", "--lazy", str(disk)], check=False)


def test_a_full_disk_says_free_space_and_keeps_nothing_half_written(tmp_path):
    db = storage.open_db(tmp_path / "p.db")
    pages = db.execute("PRAGMA page_count").fetchone()[0]
    db.execute(f"PRAGMA max_page_count={pages + 2}")  # SQLITE_FULL after a couple of pages
    peel = make_reports()[0]
    for p in peel.practices:
        p.body *= 400  # a few pages of text
    with pytest.raises(database.DatabaseFullError, match="disk is full.*Free some space"):
        with database.guard(tmp_path / "p.db"):
            pipeline.store_file(db, peel, Path("peel.pdf"))
    assert not storage.is_known(db, peel.sha256)
    assert db.execute("select count(*) from practices").fetchone()[0] == 0


def test_a_full_tmpfs_under_the_database(tmp_path):
    """The real thing: a 1 MB disk filled by ingest (needs root to mount a tmpfs)."""
    disk = tmp_path / "small"
    disk.mkdir()
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(disk)],
                             capture_output=True, text=True)
    if mounted.returncode:
        pytest.skip(f"cannot mount a small tmpfs here ({mounted.stderr.strip()})")
    try:
        db = storage.open_db(disk / "p.db")
        storage.set_setting(db, "reviews-from", "2000-01-01", by="test")  # reviews for all
        with pytest.raises(database.DatabaseFullError):
            with database.guard(disk / "p.db"):
                for n in range(200):
                    report = copy.deepcopy(make_reports()[0])
                    report.title += f" {n}"
                    report.file_name = f"r{n}.pdf"
                    report.sha256 = f"{n:064d}"
                    for p in report.practices:
                        p.body = f"{n} " + "x" * 20000
                    pipeline.store_file(db, report, Path(report.file_name))
        # Every report that is "known" has all its practices and their reviews.
        for rid, sha in db.execute("select id, sha256 from reports").fetchall():
            assert sha is not None
            assert db.execute("select count(*) from practices p join reviews r on "
                              "r.practice_id = p.id where report_id = ?", [rid]
                              ).fetchone()[0] == 2
        db.close()
    finally:
        gc.collect()
        subprocess.run(["umount", "--lazy", str(disk)], check=False)


def test_a_corrupted_database_says_restore_from_backup(db_path, tmp_path):
    broken = tmp_path / "broken.db"
    with sqlite3.connect(db_path) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    shutil.copy(db_path, broken)
    size = broken.stat().st_size
    with open(broken, "r+b") as fh:  # keep the header page, scribble over the rest
        fh.seek(4096)
        fh.write(b"\xa5" * (size - 4096))
    for args in (["status"], ["list"], ["verify"]):
        text = _one_line_error(_cli(broken, *args), "damaged", "backup")
        assert str(broken) in text
    not_db = tmp_path / "notes.db"
    not_db.write_text("these are my notes, not a database\n" * 200)
    _one_line_error(_cli(not_db, "status"), "damaged", "backup")
    # ...and a good database is never called damaged
    good = _cli(db_path, "status")
    assert good.exit_code == 0 and "damaged" not in good.output


# -- tamper-evident history, backups, the audit trail ---------------------------------------


def test_history_cannot_be_rewritten_and_tampering_is_found(db_path):
    db = storage.open_db(db_path)
    pid = db.execute("select id from practices limit 1").fetchone()[0]
    reviews.assess(db, pid, by="A", status="under review", note="first look")
    reviews.assess(db, pid, by="A", status="adopted")
    db.close()
    assert "History intact: 6 rows" in _cli(db_path, "verify").output
    raw = sqlite3.connect(db_path, isolation_level=None)  # any SQLite client
    assert raw.execute("PRAGMA recursive_triggers").fetchone()[0] == 0
    for sql in ("update review_history set note = 'x' where id = 5",
                "delete from review_history where id = 5",
                "insert or replace into review_history (id, practice_id, area, to_status) "
                "values (5, 'p', 'a', 'adopted')",
                "replace into review_history (id, practice_id, area, to_status) "
                "values (1, 'p', 'a', 'new')"):
        with pytest.raises(sqlite3.IntegrityError, match="append-only"):
            raw.execute(sql)
    # Someone who drops the triggers can change a row, but verify sees it.
    raw.execute("drop trigger review_history_no_update")
    raw.execute("update review_history set to_status = 'not applicable' where id = 5")
    result = _cli(db_path, "verify")
    assert result.exit_code == 1 and "History broken at row 5" in result.output
    raw.execute("update review_history set to_status = 'under review' where id = 5")
    assert _cli(db_path, "verify").exit_code == 0
    raw.execute("insert into review_history (practice_id, area, at, by, to_status) "
                "values (?, 'x', '2026-01-01', 'forger', 'adopted')", [pid])
    assert "History broken at row 7" in _cli(db_path, "verify").output


def test_existing_history_is_chained_by_the_upgrade(tmp_path):
    path = tmp_path / "old.db"
    db = sqlite_utils.Database(path)
    database.migrations.apply(db, stop_before="m010_history_chain")
    for n in range(4):  # history rows as an older version wrote them (no hash)
        db.execute("insert into review_history (practice_id, area, at, by, to_status) "
                   "values (?, 'Victim care', '2026-01-0' || ?, 'old version', 'new')",
                   [f"p-{n}", n + 1])
    db.close()
    db = storage.open_db(path)
    check = history.verify(db)
    assert check.intact and check.rows == 4
    reviews.open_review(db, "p-9", "Victim care")
    assert history.verify(db).rows == 5 and history.verify(db).intact


def _keep_writing(path: str, seconds: float) -> None:
    import time

    db = storage.open_db(path)
    peel, n, end = make_reports()[0], 0, time.monotonic() + seconds
    while time.monotonic() < end:
        n += 1
        report = copy.deepcopy(peel)
        report.title, report.file_name, report.sha256 = f"Report {n}", f"r{n}.pdf", f"{n:064d}"
        pipeline.store_file(db, report, Path(report.file_name))


def test_backup_is_consistent_while_another_process_writes(db_path, tmp_path):
    writer = multiprocessing.get_context("fork").Process(target=_keep_writing,
                                                         args=(str(db_path), 3.0))
    writer.start()
    try:
        copies = []
        for n in range(5):
            dest = tmp_path / f"copy{n}.db"
            result = _cli(db_path, "backup", str(dest))
            assert result.exit_code == 0 and "passed its check" in result.output, result.output
            copies.append(dest)
    finally:
        writer.join(30)
    assert writer.exitcode == 0
    for dest in copies:
        copy_db = sqlite_utils.Database(dest)
        assert maintenance.quick_check(copy_db.conn) == []
        # consistent: every report in the copy has its practices and their reviews
        assert copy_db.execute("select count(*) from practices p left join reviews r on "
                               "r.practice_id = p.id where r.practice_id is null "
                               "and p.primary_area is not null").fetchone()[0] == 0
        assert history.verify(copy_db).intact
    again = _cli(db_path, "backup", str(copies[0]))
    _one_line_error(again, "already exists", "--force")
    assert _cli(db_path, "backup", "--force", str(copies[0])).exit_code == 0
    _one_line_error(_cli(db_path, "backup", "--force", str(db_path)), "the practice database")


def test_export_history_writes_the_whole_trail(db_path, tmp_path):
    out = tmp_path / "h.jsonl"
    assert _cli(db_path, "export-history", "--format", "jsonl", "-o", str(out)).exit_code == 0
    rows = [json.loads(line) for line in out.read_text().splitlines()]
    assert len(rows) == 4 and list(rows[0]) == list(maintenance.HISTORY_COLUMNS)
    assert [r["id"] for r in rows] == [1, 2, 3, 4] and all(len(r["hash"]) == 64 for r in rows)


# -- no formula, no control character, no escape sequence gets out --------------------------

NASTY_TITLE = '=HYPERLINK("http://x","click")'
NASTY_NOTE = "+1+cmd|' /C calc'!A0\x0bpasted from Word \x1b[2J\x1b]0;pwned\x07"
NASTY_BY = "@SUM(1+1)"


def _nasty(tmp_path) -> Path:
    path = tmp_path / "nasty.db"
    db = storage.open_db(path)
    peel = make_reports()[0]
    peel.practices[0].title = NASTY_TITLE
    peel.practices[1].title = "-2+3 \x1b[31mred\x1b[0m"
    pipeline.store(db, peel)
    pid = db.execute("select id from practices where title = ?", [NASTY_TITLE]).fetchone()[0]
    reviews.assess(db, pid, by=NASTY_BY, status="adopted", note=NASTY_NOTE)
    db.close()
    return path


def _formula_free(cells: list[str]) -> None:
    for cell in cells:
        assert not cell.startswith(("=", "+", "-", "@", "\t", "\r")), cell


def test_csv_exports_cannot_run_formulas(tmp_path):
    path = _nasty(tmp_path)
    for args, column in ((["export", "--format", "csv"], "title"),
                         (["export-register", "--format", "csv"], "Practice"),
                         (["export-history", "--format", "csv"], "by")):
        out = tmp_path / f"{args[0]}.csv"
        result = _cli(path, *args, "-o", str(out))
        assert result.exit_code == 0, result.output
        rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8-sig"))))
        _formula_free([cell for row in rows for cell in row.values()])
        values = {row[column] for row in rows}
        assert ("'" + NASTY_TITLE) in values or ("'" + NASTY_BY) in values, values


def test_xlsx_register_holds_text_not_formulas_and_no_control_characters(tmp_path):
    from openpyxl import load_workbook

    path = _nasty(tmp_path)
    out = tmp_path / "register.xlsx"
    result = _cli(path, "export-register", "--format", "xlsx", "-o", str(out))
    assert result.exit_code == 0, result.output
    sheet = load_workbook(out).active
    cells = [c for row in sheet.iter_rows(min_row=2) for c in row if c.value is not None]
    assert all(c.data_type != "f" for c in cells)
    texts = [c.value for c in cells if isinstance(c.value, str)]
    _formula_free(texts)
    assert "'" + NASTY_TITLE in texts and "'" + NASTY_BY in texts
    assert not any(ch in t for t in texts for ch in "\x0b\x1b\x07")


def test_terminal_output_carries_no_escape_sequences(tmp_path):
    path = _nasty(tmp_path)
    db = storage.open_db(path)
    pid = db.execute("select id from practices where title = ?", [NASTY_TITLE]).fetchone()[0]
    for args in (["show", pid], ["list"], ["reviews", "--status", "adopted"]):
        result = _cli(path, *args)
        assert result.exit_code == 0, result.output
        assert "\x1b" not in result.output and "\x07" not in result.output
        assert "\x0b" not in result.output
    assert "pasted from Word" in _cli(path, "show", pid).output


# -- memory ----------------------------------------------------------------------------------


def test_the_workers_share_one_memory_budget():
    gib = 1024**3
    assert pipeline.worker_plan(10, 2, 2 * gib) == (2, gib)
    workers, each = pipeline.worker_plan(10, 8, 2 * gib)  # too many for the budget: fewer
    assert workers * each <= 2 * gib and each >= pipeline.MIN_WORKER_MEMORY
    assert pipeline.worker_plan(3, 4, 8 * gib) == (4, 2 * gib)
    assert pipeline.worker_plan(1, None, 2 * gib)[0] == 1

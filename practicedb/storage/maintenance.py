"""Looking after the database file: consistent backups, checks, the audit trail's export."""

from __future__ import annotations

import contextlib
import csv
import json
import os
import sqlite3
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

import sqlite_utils

from practicedb._util import safe_cell
from practicedb.storage import history
from practicedb.storage.database import DatabaseError, guard

HISTORY_COLUMNS = ("id", "practice_id", "area", "at", "by", "from_status", "to_status",
                   "from_due", "to_due", "note", "hash")


class BackupError(DatabaseError):
    """A backup that could not be made; the message says why."""


def quick_check(conn: sqlite3.Connection) -> list[str]:
    """SQLite's own page check: [] when the file is sound, else what it found (at most 10)."""
    try:
        rows = [r[0] for r in conn.execute("PRAGMA quick_check(10)").fetchall()]
    except sqlite3.DatabaseError as exc:  # so damaged the check cannot run
        return [str(exc)]
    return [] if rows == ["ok"] else rows


@dataclass
class BackupResult:
    path: Path
    bytes: int
    history_rows: int


def backup(db: sqlite_utils.Database, dest: Path, *, force: bool = False,
           db_path: Path | None = None) -> BackupResult:
    """Copy the database to `dest` as one consistent snapshot (SQLite's backup API: others
    may keep reading and writing meanwhile), check the copy, then put it in place. An
    existing `dest` is only replaced with `force`; the database itself never."""
    dest = Path(dest)
    if db_path is not None and dest.exists() and dest.resolve() == Path(db_path).resolve():
        raise BackupError(f"{dest} is the practice database itself; choose another file.")
    if dest.exists() and not force:
        raise BackupError(f"{dest} already exists. Choose a new file name, or add --force to "
                          "replace it.")
    if dest.is_dir():
        raise BackupError(f"{dest} is a folder; give a file name, e.g. {dest}/practices.db")
    folder = dest.parent if str(dest.parent) else Path(".")
    if not folder.is_dir():
        raise BackupError(f"The folder {folder} does not exist.")
    fd, tmp_name = tempfile.mkstemp(prefix=f".{dest.name}.", suffix=".part", dir=folder)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        with guard(dest), contextlib.closing(sqlite3.connect(tmp)) as copy:
            db.conn.backup(copy)
            problems = quick_check(copy)
            if problems:
                raise BackupError(f"The copy in {dest} failed its check ({problems[0]}); the "
                                  "database itself may be damaged: run 'practicedb verify'.")
            copy.execute("PRAGMA journal_mode=DELETE")  # one self-contained file
            rows = copy.execute("select count(*) from review_history").fetchone()[0]
        os.replace(tmp, dest)
    finally:
        tmp.unlink(missing_ok=True)
    return BackupResult(dest, dest.stat().st_size, rows)


@dataclass
class Verification:
    page_problems: list[str]
    chain: history.ChainCheck

    @property
    def ok(self) -> bool:
        return not self.page_problems and self.chain.intact


def verify(db: sqlite_utils.Database) -> Verification:
    """The file's pages (quick_check) and the review history's chain."""
    problems = quick_check(db.conn)
    if problems:
        return Verification(problems, history.ChainCheck(0, None, "not checked"))
    return Verification([], history.verify(db))


def _rows(db: sqlite_utils.Database) -> Iterator[dict]:
    for row in history.iter_history(db):
        yield {k: row.get(k) for k in HISTORY_COLUMNS}


def export_history(db: sqlite_utils.Database, fh: TextIO, fmt: str) -> int:
    """The whole audit trail, oldest first, as CSV (cells safe for Excel; open `fh` with
    encoding 'utf-8-sig' and newline='') or JSON Lines. Returns the rows written."""
    count = 0
    if fmt == "csv":
        writer = csv.writer(fh)
        writer.writerow(HISTORY_COLUMNS)
        for row in _rows(db):
            writer.writerow([safe_cell("" if v is None else v) for v in row.values()])
            count += 1
    elif fmt == "jsonl":
        for row in _rows(db):
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
            count += 1
    else:
        raise ValueError(f"unknown format {fmt!r}")
    return count

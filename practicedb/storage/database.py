"""Opening the practice database: the file, its pragmas, its schema, its transactions, and
what its failures mean in plain words.

SQLite reports every problem as a ``sqlite3`` error with a terse message ("database is
locked", "disk I/O error"). ``translate`` turns each into a ``DatabaseError`` subclass that
says what is wrong and what to do; ``guard`` does it for a block of code, so a front end
(the CLI's error handler, the web app) needs one ``with`` and never shows a traceback.
"""

from __future__ import annotations

import contextlib
import errno
import os
import sqlite3
import time
from collections.abc import Iterator
from pathlib import Path

import sqlite_utils

from practicedb.errors import PracticedbError
from practicedb.storage.migrations import migrations

BUSY_TIMEOUT_MS = 30000


class DatabaseError(PracticedbError):
    """The practice database cannot be used as asked; the message says why and what to do."""


class DatabaseBusyError(DatabaseError):
    """Another program holds the database (an ingest, a backup): wait and try again."""


class DatabaseReadOnlyError(DatabaseError):
    """The database file or its folder cannot be written."""


class DatabaseFullError(DatabaseError):
    """The disk holding the database is full."""


class DatabaseCorruptError(DatabaseError):
    """The file is not an SQLite database, or some of its pages are damaged."""


class DatabaseUnavailableError(DatabaseError):
    """The file cannot be opened or read at all (missing folder, permissions, I/O error)."""


def _code(exc: BaseException) -> int | None:
    code = getattr(exc, "sqlite_errorcode", None)
    return code & 0xFF if isinstance(code, int) else None  # the primary code


def translate(exc: BaseException, path: Path | str | None = None) -> DatabaseError:
    """The plain-words error for a ``sqlite3`` error (or an ``OSError``) met while using the
    database at `path`."""
    where = f"The practice database {path}" if path else "The practice database"
    text = str(exc).lower()
    code = _code(exc)
    if isinstance(exc, DatabaseError):
        return exc
    if code in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED) or "locked" in text:
        return DatabaseBusyError(
            f"{where} is in use by another program (an ingest, an import or a backup) and "
            "stayed busy for 30 seconds. Wait for it to finish, then try again.")
    if code == sqlite3.SQLITE_READONLY or "readonly" in text or "read-only" in text:
        return DatabaseReadOnlyError(
            f"{where} cannot be written: the file or its folder is read-only for you. "
            "Check the permissions of both (you need to be able to write the file and "
            "create files beside it), or ask whoever looks after the shared folder.")
    if (code == sqlite3.SQLITE_FULL or "disk is full" in text
            or (isinstance(exc, OSError) and exc.errno == errno.ENOSPC)):
        return DatabaseFullError(
            f"{where} could not be written because the disk is full. Nothing half-written "
            "was kept. Free some space on that disk, then run the same command again.")
    if code in (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB) or "malformed" in text \
            or "not a database" in text:
        return DatabaseCorruptError(
            f"{where} is damaged (SQLite says: {exc}). Do not write to it. Restore your "
            "latest copy made with 'practicedb backup', or ask for help recovering it; "
            "'practicedb verify' checks a database.")
    if code == sqlite3.SQLITE_CANTOPEN or "unable to open" in text:
        return DatabaseUnavailableError(
            f"{where} cannot be opened: check that its folder exists and that you may "
            "read and write in it.")
    if code == sqlite3.SQLITE_IOERR or "disk i/o" in text:
        return DatabaseUnavailableError(
            f"{where} could not be read or written (a disk or network-share error: SQLite "
            f"says '{exc}'). Check that the disk is connected and has free space, then try "
            "again.")
    return DatabaseUnavailableError(f"{where} could not be used: {exc}.")


@contextlib.contextmanager
def guard(path: Path | str | None = None) -> Iterator[None]:
    """Run a block that uses the database; a ``sqlite3`` error (or a full disk) comes out
    as the matching ``DatabaseError``."""
    try:
        yield
    except sqlite3.Error as exc:
        raise translate(exc, path) from exc
    except OSError as exc:
        if exc.errno != errno.ENOSPC:
            raise
        raise translate(exc, path) from exc


@contextlib.contextmanager
def write_transaction(db: sqlite_utils.Database) -> Iterator[sqlite_utils.Database]:
    """One transaction that commits or rolls back whole, taking the write lock at once
    (BEGIN IMMEDIATE), so what it reads cannot change before it writes: two processes
    doing this run one after the other. Nested inside an open transaction it is a savepoint
    of that transaction (``db.atomic()``)."""
    if db.conn.in_transaction:
        with db.atomic():
            yield db
        return
    db.conn.execute("BEGIN IMMEDIATE")
    try:
        yield db
    except BaseException:
        if db.conn.in_transaction:
            db.conn.execute("ROLLBACK")
        raise
    try:
        db.conn.execute("COMMIT")
    except BaseException:
        if db.conn.in_transaction:
            db.conn.execute("ROLLBACK")
        raise


def _writable(path: Path) -> bool:
    folder = path.parent if str(path.parent) else Path(".")
    if path.exists() and not os.access(path, os.W_OK):
        return False
    return os.access(folder, os.W_OK)


def _connect_read_only(path: Path) -> sqlite3.Connection:
    """A connection that never writes, not even SQLite's -shm file. With no -wal file
    beside the database nobody is writing it (a writer keeps one), so it is opened as
    immutable: no lock or shared-memory file is made, which a read-only folder or disk
    would refuse and a read-only file would leave behind, unwritable for the next user."""
    wal = path.with_name(path.name + "-wal")
    mode = "mode=ro" if wal.exists() and wal.stat().st_size else "mode=ro&immutable=1"
    return sqlite3.connect(f"{path.resolve().as_uri()}?{mode}", uri=True)


def open_db(path: Path | str, *, read_only: bool | None = None) -> sqlite_utils.Database:
    """Open (creating if needed) the database and bring its schema up to date.

    Two processes opening a new database at once is fine: the schema is made under the
    write lock, and the second waits, then finds it done. A file (or folder) you cannot
    write is opened read-only (reading commands work, writing ones get a plain
    ``DatabaseReadOnlyError``). Any failure is a ``DatabaseError``.
    """
    path = Path(path)
    with guard(path):
        if path.parent and not path.parent.exists():
            path.parent.mkdir(parents=True, exist_ok=True)
        if read_only is None:
            read_only = path.exists() and not _writable(path)
        if read_only:
            db = sqlite_utils.Database(_connect_read_only(path))
        else:
            db = sqlite_utils.Database(path)
        try:
            db.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
            db.execute("select count(*) from sqlite_master")  # "not a database" shows here
            if read_only:
                if migrations.pending(db):
                    raise DatabaseReadOnlyError(
                        f"The practice database {path} was made by an older version of "
                        "practicedb and must be upgraded, but it is read-only for you. Ask "
                        "someone who can write it to run any practicedb command once.")
                return db
            _use_wal(db)
            if migrations.pending(db):
                with write_transaction(db):  # the other process waits here, then sees none
                    migrations.apply(db)
        except BaseException:
            db.close()
            raise
    return db


def _use_wal(db: sqlite_utils.Database) -> None:
    """Switch a new database to WAL. Changing the journal mode can report "locked" at once,
    without waiting, while another process is creating the same file: retry for as long as
    any other write would wait."""
    deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
    while True:
        try:
            if db.execute("PRAGMA journal_mode").fetchone()[0].lower() != "wal":
                db.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() > deadline:
                raise
            time.sleep(0.05)

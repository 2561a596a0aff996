"""Opening the practice database: the file, its pragmas and its schema."""

from __future__ import annotations

from pathlib import Path

import sqlite_utils

from practicedb.storage.migrations import migrations


def open_db(path: Path | str) -> sqlite_utils.Database:
    """Open (creating if needed) the database and bring its schema up to date."""
    path = Path(path)
    if path.parent and not path.parent.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
    db = sqlite_utils.Database(path)
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("PRAGMA busy_timeout=30000")
    migrations.apply(db)
    return db

"""Which state of the database the search index was built from.

Every database has its own random id and a generation counter (migration m040); triggers
on ``practices`` and ``reports`` bump the counter on every write to what is indexed, and
``bump_index_generation`` lets any other write that changes indexed content say so. The
index records the signature it was built from: it is fresh only when both match, so two
databases never answer from each other's index, and counts never decide freshness.
"""

from __future__ import annotations

import sqlite_utils


def index_signature(db: sqlite_utils.Database) -> str:
    """"<database id>:<generation>": what a fresh index must have been built from."""
    row = db.execute("select database_id, generation from index_generation").fetchone()
    return f"{row[0]}:{row[1]}"


def bump_index_generation(db: sqlite_utils.Database) -> None:
    """Mark the indexed content as changed (the triggers already do so for rows of
    practices and reports; call this for any other change the index shows)."""
    db.execute("update index_generation set generation = generation + 1")

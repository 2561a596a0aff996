"""The review history as a tamper-evident chain: each row carries the SHA-256 of the row
before it (its `hash`) together with its own content, so editing, inserting or removing a
row from any SQLite client breaks the chain from that row on, and ``verify`` names it.

Every history row is written through ``append`` (inside the caller's transaction, which
must hold the write lock: ``database.write_transaction``), never by raw INSERT.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass

import sqlite_utils

# The content a row's hash covers, in this order. Frozen: changing it needs a migration
# that rewrites every hash (m010 made the first ones).
HASH_FIELDS = ("id", "practice_id", "area", "at", "by", "from_status", "to_status",
               "from_due", "to_due", "note")
GENESIS = "0" * 64  # the "previous hash" of the first row


def row_hash(previous: str, row: dict) -> str:
    """SHA-256 of the previous row's hash and this row's content (canonical JSON)."""
    content = json.dumps([row.get(k) for k in HASH_FIELDS], ensure_ascii=False,
                         separators=(",", ":"))
    return hashlib.sha256(f"{previous}\n{content}".encode()).hexdigest()


def _last(db: sqlite_utils.Database) -> tuple[int, str]:
    last = db.execute("select id, hash from review_history order by id desc limit 1").fetchone()
    return (last[0], last[1] or GENESIS) if last else (0, GENESIS)


def append(db: sqlite_utils.Database, row: dict) -> dict:
    """Append one history row (practice_id, area, at, by, from/to status and due, note),
    chained to the last; returns it with its id and hash."""
    last_id, previous = _last(db)
    full = {k: row.get(k) for k in HASH_FIELDS}
    full["id"] = last_id + 1
    full["hash"] = row_hash(previous, full)
    columns = ", ".join(f"[{k}]" for k in full)
    db.execute(f"insert into review_history ({columns}) values ({', '.join('?' * len(full))})",
               list(full.values()))
    return full


def iter_history(db: sqlite_utils.Database) -> Iterator[dict]:
    """Every history row, oldest first."""
    yield from db.query("select * from review_history order by id")


@dataclass
class ChainCheck:
    rows: int
    broken_at: int | None = None  # id of the first row that does not fit
    reason: str = ""
    head: str = GENESIS  # the last row's hash (write it down to detect later rewrites)

    @property
    def intact(self) -> bool:
        return self.broken_at is None


def verify(db: sqlite_utils.Database) -> ChainCheck:
    """Walk the chain from the first row; report the first row whose hash does not fit."""
    previous, count, expected_id = GENESIS, 0, 1
    for row in iter_history(db):
        count += 1
        if row["id"] != expected_id:
            return ChainCheck(count, row["id"], f"row {expected_id} is missing before row "
                              f"{row['id']}" if row["id"] > expected_id else "ids out of order",
                              previous)
        if row.get("hash") != row_hash(previous, row):
            return ChainCheck(count, row["id"], "its content or its link to the row before "
                              "was changed after it was written", previous)
        previous, expected_id = row["hash"], expected_id + 1
    return ChainCheck(count, None, "", previous)

"""Small helpers shared by several stages."""

from __future__ import annotations

import hashlib
from pathlib import Path


def sha256_file(path: Path | str) -> str:
    """The SHA-256 of a file's bytes, read a megabyte at a time."""
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def sha256_bytes(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def page_label(start: int | None, end: int | None) -> str:
    """'p. 4' or 'pp. 4–6'; '' when there are no pages (a web page)."""
    if not start:
        return ""
    return f"p. {start}" if not end or end == start else f"pp. {start}–{end}"

"""What kind of report file this is, from its first bytes (never only its name): a PDF, a
web page, or neither. Used by extraction (which reader to use), by the pipeline (which
files in a folder are reports) and by fetching (does the download match what the server
said it was)."""

from __future__ import annotations

import re
from pathlib import Path

REPORT_SUFFIXES = (".pdf", ".html", ".htm")
_HTML = re.compile(rb"<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<meta\s|<title>"
                   rb"|<h1[\s>]|<p[\s>]", re.IGNORECASE)


def kind_of_bytes(head: bytes) -> str | None:
    """"pdf", "html" or None from the start of a file (1-4 KB is plenty)."""
    if b"%PDF-" in head[:1024]:
        return "pdf"
    text = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if text.startswith((b"\xff\xfe", b"\xfe\xff")):  # UTF-16 with a byte-order mark
        text = text.decode("utf-16", "ignore").encode("utf-8", "ignore")
    if text[:1] == b"<" and _HTML.search(text[:4096]):
        return "html"
    return None


def kind_of_file(path: Path) -> str | None:
    """"pdf", "html" or None for a file on disk (None also when it cannot be read)."""
    try:
        with Path(path).open("rb") as fh:
            return kind_of_bytes(fh.read(4096))
    except OSError:
        return None

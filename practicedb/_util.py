"""Small helpers shared by several stages."""

from __future__ import annotations

import hashlib
import re
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


# -- text that leaves practicedb: spreadsheet cells and terminals ---------------------------

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")  # OWASP CSV injection: what starts a formula
_XLSX_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")  # what openpyxl refuses
# Terminal escape sequences (CSI, OSC, other ESC forms) and the other control characters.
_ESCAPES = re.compile(r"\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?|\x1b[@-_]?"
                      r"|\x9b[0-?]*[ -/]*[@-~]")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")  # keeps tab and newline


def safe_cell(value: object) -> object:
    """A spreadsheet cell that cannot run as a formula: text starting with =, +, -, @, tab
    or carriage return gets a leading single quote (so Excel shows it as text)."""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def safe_xlsx_cell(value: object) -> object:
    """``safe_cell`` for Excel workbooks, with the control characters XLSX cannot hold
    (a vertical tab pasted from Word) removed."""
    if isinstance(value, str):
        value = _XLSX_ILLEGAL.sub("", value)
    return safe_cell(value)


def terminal_text(value: object) -> str:
    """Stored text made safe to print: escape sequences and control characters removed
    (tab and newline kept), so a note cannot recolour, retitle or clear a terminal."""
    text = "" if value is None else str(value)
    return _CONTROL.sub("", _ESCAPES.sub("", text))

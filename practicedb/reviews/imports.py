"""The register coming back: leads' decisions typed into the exported spreadsheet.

``import_register`` reads an exported register (xlsx or csv), matches each row by its
Practice ID and Business area, and records every changed status, due date and note as an
assessment (``records.assess``), so each one has its history like one typed at the
command line. A row that cannot be used (an unknown id, a status that is not one of the
statuses, a date that cannot be) is refused with its row number and the reason, and the
good rows still apply. A row that matches what is recorded changes nothing, so importing
the same file twice records nothing the second time.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

import sqlite_utils

from practicedb import storage
from practicedb.dates import parse_bound
from practicedb.errors import PracticedbError
from practicedb.reviews.records import UNSET, ReviewError, assess, parse_status

ID, AREA, STATUS, DUE, NOTE = "Practice ID", "Business area", "Status", "Due date", "Latest note"


class RegisterImportError(PracticedbError):
    """A register file that cannot be read at all (the message names the file)."""


@dataclass
class RowProblem:
    row: int  # as the spreadsheet numbers it (the header is row 1)
    practice_id: str
    reason: str

    def __str__(self) -> str:
        who = f" ({self.practice_id})" if self.practice_id else ""
        return f"row {self.row}{who}: {self.reason}"


@dataclass
class ImportResult:
    changes: list[dict] = field(default_factory=list)  # row, practice_id, area, what changed
    unchanged: int = 0
    problems: list[RowProblem] = field(default_factory=list)
    dry_run: bool = False


def read_rows(path: Path) -> list[tuple[int, dict[str, object]]]:
    """(row number, {header: value}) for each row of an xlsx or csv register."""
    suffix = path.suffix.lower()
    try:
        if suffix in (".xlsx", ".xlsm"):
            from openpyxl import load_workbook

            book = load_workbook(path, read_only=True, data_only=True)
            table = [list(r) for r in book.worksheets[0].iter_rows(values_only=True)]
            book.close()
        elif suffix == ".csv":
            with open(path, encoding="utf-8-sig", newline="") as fh:
                table = [list(r) for r in csv.reader(fh)]
        else:
            raise RegisterImportError(f"{path} is not a register: give the .xlsx or .csv file "
                               "'practicedb export-register' wrote.")
    except OSError as exc:
        raise RegisterImportError(f"Cannot read {path}: {exc.strerror or exc}.") from exc
    except (ValueError, KeyError, UnicodeDecodeError) as exc:
        raise RegisterImportError(f"{path} cannot be read as a spreadsheet ({exc}).") from exc
    except Exception as exc:  # openpyxl's errors for a damaged or non-Excel file vary
        if isinstance(exc, PracticedbError):
            raise
        raise RegisterImportError(f"{path} cannot be read as an Excel workbook "
                           f"({type(exc).__name__}).") from exc
    if not table:
        raise RegisterImportError(f"{path} is empty.")
    header = [str(h or "").strip() for h in table[0]]
    missing = [h for h in (ID, STATUS) if h not in header]
    if missing:
        raise RegisterImportError(f"{path} has no {' or '.join(missing)} column; it must have the "
                           "header row 'practicedb export-register' wrote.")
    return [(n, dict(zip(header, row, strict=False)))
            for n, row in enumerate(table[1:], start=2)]


def _text(value: object) -> str:
    return " ".join(str(value).split()) if value is not None else ""


def _due(value: object) -> str | None:
    """A due date cell as YYYY-MM-DD (None when blank); ValueError when it cannot be."""
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    text = _text(value)
    if not text:
        return None
    try:
        return parse_bound(text, end=True)
    except ValueError:
        raise ValueError(f"'{text}' is not a date (write it as 31/01/2027 or 2027-01-31)"
                         ) from None


def _review(db: sqlite_utils.Database, practice: dict, area: str) -> dict | None:
    rows = list(db.query("select * from reviews where practice_id = ? order by opened_at",
                         [practice["id"]]))
    if area:
        return next((r for r in rows if r["area"] == area), None)
    return rows[0] if len(rows) == 1 else None


def _plan(db: sqlite_utils.Database, values: dict[str, object]) -> dict | None:
    """What one row changes (None: nothing); raises ValueError with the reason it is refused."""
    pid = _text(values.get(ID))
    practice = storage.get_practice(db, pid)
    if practice is None:
        raise ValueError(f"no practice has the id '{pid}'")
    area = _text(values.get(AREA))
    if area and area not in practice["areas"] and not db.execute(
            "select 1 from reviews where practice_id = ? and area = ?", [pid, area]).fetchone():
        raise ValueError(f"'{area}' is not one of this practice's business areas "
                         f"({'; '.join(practice['areas']) or 'none'})")
    status_text = _text(values.get(STATUS))
    try:
        status = parse_status(status_text) if status_text else None
    except ReviewError:
        raise ValueError(f"'{status_text}' is not a status; the statuses are: new, under "
                         "review, will adopt, adopted, already in place, not applicable"
                         ) from None
    due = _due(values.get(DUE)) if DUE in values else UNSET
    note = _text(values.get(NOTE)) or None if NOTE in values else None
    review = _review(db, practice, area)
    if review is None:
        if status is None:  # a catalogue practice nobody has decided to review
            return None
        return {"practice_id": pid, "area": area or None, "status": status,
                "due": None if due is UNSET else due, "note": note}
    change: dict = {"practice_id": pid, "area": review["area"]}
    if status and status != review["status"]:
        change["status"] = status
    if due is not UNSET and due != review["due"]:
        change["due"] = due
    if note and note != _text(review["note"]):
        change["note"] = note
    return change if len(change) > 2 else None


def import_register(db: sqlite_utils.Database, path: Path, *, by: str,
                    dry_run: bool = False) -> ImportResult:
    """Apply each changed row of a register file as an assessment by `by` (see the module
    text). With `dry_run` nothing is recorded: the result says what would be."""
    result = ImportResult(dry_run=dry_run)
    for number, values in read_rows(path):
        pid = _text(values.get(ID))
        if not pid and not any(_text(v) for v in values.values()):
            continue  # a blank line
        if not pid:
            result.problems.append(RowProblem(number, "", "it has no Practice ID"))
            continue
        try:
            change = _plan(db, values)
        except ValueError as exc:
            result.problems.append(RowProblem(number, pid, str(exc)))
            continue
        if change is None:
            result.unchanged += 1
            continue
        change["row"] = number
        if not dry_run:
            try:
                assess(db, pid, by=by, status=change.get("status"), area=change["area"],
                       note=change.get("note"), due=change["due"] if "due" in change else UNSET)
            except ReviewError as exc:
                result.problems.append(RowProblem(number, pid, str(exc)))
                continue
        result.changes.append(change)
    return result

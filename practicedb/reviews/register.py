"""The review register, for people who live in Excel: one row per practice and area."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from pathlib import Path
from typing import TextIO

import sqlite_utils

from practicedb._util import safe_cell, safe_xlsx_cell
from practicedb.reviews.leads import Leads
from practicedb.reviews.records import STATUSES, list_reviews

EDITABLE = ("Status", "Due date", "Latest note")  # the columns import-register reads back
DATE_COLUMNS = {"published": "d mmm yyyy", "due": "d mmm yyyy", "updated_at": "d mmm yyyy hh:mm",
                "withdrawn_at": "d mmm yyyy"}

REGISTER_COLUMNS = (  # (header, key, column width in characters)
    ("Practice ID", "practice_id", 14), ("Practice", "title", 48),
    ("Practice text", "body", 70), ("Kind", "kind", 11),
    ("Force(s)", "forces", 24), ("Report", "report_title", 40), ("Published", "published", 11),
    ("Page", "page_start", 6), ("Business area", "area", 26), ("Lead", "lead", 30),
    ("Status", "status", 16), ("Due date", "due", 11), ("Latest note", "note", 50),
    ("Last updated", "updated_at", 17), ("Updated by", "updated_by", 16),
    ("Overdue", "overdue", 22), ("Withdrawn", "withdrawn_at", 12),
)


def lead_rows(db: sqlite_utils.Database | None, leads: Leads, areas: list[str], *,
              today: date) -> list[dict]:
    """One row an area (taxonomy order, then areas only reviews name): its lead and how
    many reviews are open and overdue. `db` None means no database yet: all zero."""
    counts: dict[str, list[int]] = {a: [0, 0] for a in areas}
    for row in list_reviews(db, today=today, leads=leads) if db is not None else []:
        count = counts.setdefault(row["area"], [0, 0])
        count[0] += 1
        count[1] += bool(row["overdue"])
    rows = []
    for area, (open_, overdue) in counts.items():
        lead = leads.by_area.get(area)
        rows.append({"area": area, "name": lead.name if lead else "",
                     "role": lead.role if lead else "", "email": lead.email if lead else "",
                     "open": open_, "overdue": overdue})
    return rows


def _cell(row: dict, key: str) -> object:
    value = row.get(key)
    if isinstance(value, list):
        return "; ".join(value)
    if key in ("updated_at", "withdrawn_at") and value:
        return value[:16].replace("T", " ") if key == "updated_at" else value[:10]
    return "" if value is None else value


def write_register_csv(rows: Iterable[dict], fh: TextIO) -> int:
    """One row per practice and area (no cell can run as a formula). Open `fh` with
    encoding 'utf-8-sig' and newline=''."""
    import csv

    writer = csv.writer(fh)
    writer.writerow([h for h, _, _ in REGISTER_COLUMNS])
    count = 0
    for row in rows:
        writer.writerow([safe_cell(_cell(row, key)) for _, key, _ in REGISTER_COLUMNS])
        count += 1
    return count


def _xlsx_cell(row: dict, key: str) -> object:
    """Dates as real Excel dates (so they sort and filter), everything else as text."""
    from datetime import datetime

    value = row.get(key)
    if key in DATE_COLUMNS and value:
        text = str(value)
        try:
            if key == "updated_at":
                return datetime.fromisoformat(text[:19])
            return date.fromisoformat(text[:10] if len(text) >= 10 else text[:7] + "-01")
        except ValueError:
            return text
    return _cell(row, key)


def write_register_xlsx(rows: Iterable[dict], path: Path, today: date | None = None) -> int:
    """An Excel workbook: bold frozen header, filters, wrapped text, readable widths, real
    date cells and a drop-down of the statuses in the Status column. The Practice ID
    column is what ``import-register`` matches rows by: leave it as it is. Text that would
    start a formula is written as text, and control characters are dropped."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation

    book = Workbook()
    sheet = book.active
    sheet.title = "Practice register"
    sheet.append([h for h, _, _ in REGISTER_COLUMNS])
    for cell in sheet[1]:
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="D9E1F2")
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    count = 0
    for row in rows:
        sheet.append([safe_xlsx_cell(_xlsx_cell(row, key)) for _, key, _ in REGISTER_COLUMNS])
        count += 1
    wrap = Alignment(wrap_text=True, vertical="top")
    keys = [key for _, key, _ in REGISTER_COLUMNS]
    for i, column in enumerate(sheet.iter_cols(min_row=2)):
        for cell in column:
            cell.alignment = wrap
            if keys[i] in DATE_COLUMNS and not isinstance(cell.value, str):
                cell.number_format = DATE_COLUMNS[keys[i]]
    for i, (_, _, width) in enumerate(REGISTER_COLUMNS, 1):
        sheet.column_dimensions[get_column_letter(i)].width = width
    last = max(count + 1, 2)
    status_col = get_column_letter(keys.index("status") + 1)
    choice = DataValidation(type="list", formula1='"' + ",".join(STATUSES) + '"',
                            allow_blank=True, showErrorMessage=True, errorTitle="Status",
                            error="Choose one of: " + ", ".join(STATUSES) + ".")
    choice.add(f"{status_col}2:{status_col}{last}")
    due_col = get_column_letter(keys.index("due") + 1)
    when = DataValidation(type="date", operator="greaterThan", formula1="36526",
                          allow_blank=True, showErrorMessage=True, errorTitle="Due date",
                          error="Type a date, e.g. 31/01/2027.")
    when.add(f"{due_col}2:{due_col}{last}")
    sheet.add_data_validation(choice)
    sheet.add_data_validation(when)
    sheet.freeze_panes = "C2"  # header row, the ID and the title stay in view
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(REGISTER_COLUMNS))}{count + 1}"
    sheet.print_title_rows = "1:1"
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.fitToWidth = 1  # one page wide, as many pages tall as it takes;
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True  # without it Excel ignores both
    book.properties.title = f"HMICFRS practice register {(today or date.today()).isoformat()}"
    book.save(path)
    return count

"""The review register, for people who live in Excel: one row per practice and area."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from pathlib import Path
from typing import TextIO

import sqlite_utils

from practicedb._util import safe_cell, safe_xlsx_cell
from practicedb.reviews.leads import Leads
from practicedb.reviews.records import list_reviews

REGISTER_COLUMNS = (  # (header, key, column width in characters)
    ("Practice ID", "practice_id", 14), ("Practice", "title", 48), ("Kind", "kind", 11),
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


def write_register_xlsx(rows: Iterable[dict], path: Path, today: date | None = None) -> int:
    """An Excel workbook: bold frozen header, filters, wrapped text, readable widths. Text
    that would start a formula is written as text, and control characters are dropped."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

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
        sheet.append([safe_xlsx_cell(_cell(row, key)) for _, key, _ in REGISTER_COLUMNS])
        count += 1
    wrap = Alignment(wrap_text=True, vertical="top")
    for column in sheet.iter_cols(min_row=2):
        for cell in column:
            cell.alignment = wrap
    for i, (_, _, width) in enumerate(REGISTER_COLUMNS, 1):
        sheet.column_dimensions[get_column_letter(i)].width = width
    sheet.freeze_panes = "B2"  # header row and the ID column stay in view
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(REGISTER_COLUMNS))}{count + 1}"
    sheet.print_title_rows = "1:1"
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.fitToWidth = 1  # one page wide, as many pages tall as it takes;
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True  # without it Excel ignores both
    book.properties.title = f"HMICFRS practice register {(today or date.today()).isoformat()}"
    book.save(path)
    return count

"""Writing practices out for other tools: JSON Lines, and CSV that opens cleanly in Excel."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from typing import TextIO, cast

from practicedb._util import safe_cell
from practicedb.models import PracticeRecord

# The stable contract: every practice object has at least these keys, in this order.
CONTRACT_KEYS = (
    "id", "kind", "title", "body", "forces", "report_title", "published",
    "source_file", "page_start", "page_end", "areas",
)
EXTRA_KEYS = ("section", "report_type")


def contract(practice: dict, **extra: object) -> PracticeRecord:
    """A practice reduced to the documented keys (plus section, report type and `extra`)."""
    out: dict[str, object] = {key: practice.get(key) for key in CONTRACT_KEYS + EXTRA_KEYS}
    out.update(extra)
    return cast(PracticeRecord, out)


def write_jsonl(practices: Iterable[dict], fh: TextIO) -> int:
    """One JSON object a line; returns the number written."""
    count = 0
    for practice in practices:
        fh.write(json.dumps(contract(practice), ensure_ascii=False) + "\n")
        count += 1
    return count


CSV_COLUMNS = (
    "id", "kind", "title", "forces", "primary_area", "areas", "report_title", "report_type",
    "published", "source_file", "page_start", "page_end", "section", "body",
)


def write_csv(practices: Iterable[dict], fh: TextIO) -> int:
    """One row a practice; lists joined with '; '; no cell can run as a formula. Open `fh`
    with encoding 'utf-8-sig' and newline='' so Excel reads the accents and the line breaks
    inside a cell."""
    writer = csv.writer(fh)
    writer.writerow(CSV_COLUMNS)
    count = 0
    for p in practices:
        row = dict(p, primary_area=(p.get("areas") or [""])[0])
        writer.writerow(
            [safe_cell("; ".join(row[c]) if isinstance(row.get(c), list) else row.get(c, ""))
             for c in CSV_COLUMNS]
        )
        count += 1
    return count

"""Reading the dates people type (for --since/--until), in UK order."""

from __future__ import annotations

import calendar
import re
from datetime import UTC, date, datetime

_ISO = re.compile(r"^(\d{4})(?:-(\d{1,2}))?(?:-(\d{1,2}))?$")


def parse_bound(text: str, *, end: bool = False) -> str:
    """An inclusive date bound as YYYY-MM-DD.

    "2024" and "June 2024" cover the whole year or month: the start of it for a
    lower bound, the end of it for an upper bound (`end=True`). Day-first, as in
    the UK: "03/06/2024" is 3 June 2024. Raises ValueError with a plain message.
    """
    text = text.strip()
    match = _ISO.match(text)
    try:
        if match:
            year, month, day = (int(g) if g else None for g in match.groups())
            assert year is not None  # the pattern requires the year
            return bound(year, month, day, end)
        from dateutil import parser

        # Parse with two different default days: if they disagree, no day was given.
        first = parser.parse(text, dayfirst=True, default=datetime(2000, 1, 1))
        second = parser.parse(text, dayfirst=True, default=datetime(2000, 1, 2))
        day = first.day if first.day == second.day else None
        return bound(first.year, first.month, day, end)
    except (ValueError, OverflowError) as exc:
        raise ValueError(
            f"'{text}' is not a date I can read; try 2024-06-14, 14/06/2024, June 2024 or 2024"
        ) from exc


def bound(year: int, month: int | None, day: int | None, end: bool) -> str:
    """A partial date as YYYY-MM-DD: its first day, or its last day when `end`."""
    if month is None:
        month = 12 if end else 1
    if day is None:
        day = calendar.monthrange(year, month)[1] if end else 1
    return date(year, month, day).isoformat()


# -- the clock: one place for "now", so tests (and the board's as-at views) can fix it ------


def now() -> datetime:
    """The current moment in UTC."""
    return datetime.now(UTC)


def now_iso() -> str:
    """The current moment as stored in the database: ISO 8601, UTC, whole seconds."""
    return now().isoformat(timespec="seconds")


def today() -> date:
    """Today's date (local)."""
    return date.today()


def sort_key(published: str | None) -> str | None:
    """A stored publication date ("YYYY-MM-DD", "YYYY-MM" or "YYYY") as a comparable
    YYYY-MM-DD: a month-only date sorts as the first of its month, a year as 1 January."""
    if not published:
        return None
    if len(published) >= 10:
        return published[:10]
    if len(published) == 7:
        return published + "-01"
    return published[:4] + "-01-01"

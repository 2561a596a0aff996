"""Stable identities for reports and practices, so records made against them survive.

A practice's id comes from its report's key and its own normalised title, never from
row order. A revised PDF can still change the words those come from (HMICFRS corrects
a title; a newer practicedb reads a cover differently), so when a report is stored
again, ids are carried over from what is already there: the same file name with a
similar title is the same report, and a practice whose title or text is nearly the
same as one that would otherwise vanish keeps that one's id.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterable, Sequence
from pathlib import Path

from practicedb.models import Practice, Report

SAME_TEXT = 90  # rapidfuzz ratio (0-100) above which two texts count as the same practice
SAME_TITLE = 80  # token-set ratio for two report titles under one file name


def normalise_title(title: str) -> str:
    """Fold case, accents, punctuation and spacing so cosmetic edits keep an id."""
    text = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", " ", text.lower()).strip()


def report_key(report: Report) -> str:
    """A report's identity across revisions: its title, else its file name."""
    basis = normalise_title(report.title) or normalise_title(Path(report.file_name).stem)
    return "r-" + hashlib.sha256(basis.encode()).hexdigest()[:10]


def dated_report_key(report: Report) -> str | None:
    """The key of a report that shares its exact title with an earlier, different one (a
    custody suite inspected again years later under the same heading): title and date."""
    if not report.published:
        return None
    basis = normalise_title(report.title) or normalise_title(Path(report.file_name).stem)
    return "r-" + hashlib.sha256(f"{basis}|{report.published}".encode()).hexdigest()[:10]


def far_apart(published: str | None, other: str | None) -> bool:
    """Two publication dates ("YYYY-MM-DD" or "YYYY-MM") too far apart for one report
    and its corrected reissue (over 180 days); False when either is unknown."""
    if not published or not other:
        return False
    from datetime import date

    def first_day(text: str) -> date:
        parts = [int(v) for v in text.split("-")[:3]] + [1, 1]
        return date(parts[0], parts[1], parts[2])

    try:
        return abs((first_day(published) - first_day(other)).days) > 180
    except ValueError:
        return False


def practice_ids(report_id: str, practices: Iterable[Practice]) -> list[str]:
    """Stable ids from the report key and each normalised title (repeats numbered)."""
    seen: dict[str, int] = {}
    ids = []
    for practice in practices:
        norm = normalise_title(practice.title)
        seen[norm] = seen.get(norm, 0) + 1
        basis = f"{report_id}|{norm}|{seen[norm]}"
        ids.append("p-" + hashlib.sha256(basis.encode()).hexdigest()[:10])
    return ids


def same_report(title: str, stored_title: str) -> bool:
    """Two readings of one report's title (used only for a file already stored)."""
    from rapidfuzz import fuzz

    a, b = normalise_title(title), normalise_title(stored_title)
    return bool(a and b) and fuzz.token_set_ratio(a, b) >= SAME_TITLE


def carry_over(ids: list[str], practices: Sequence[Practice],
               stored: dict[str, tuple[str, str]]) -> list[str]:
    """Give each new practice the id of a stored one (id -> (title, body)) that it
    would otherwise replace, when their titles or texts are nearly the same."""
    from rapidfuzz import fuzz

    out = list(ids)
    spare = {pid: tb for pid, tb in stored.items() if pid not in ids}
    for i, (pid, practice) in enumerate(zip(ids, practices, strict=True)):
        if pid in stored or not spare:
            continue
        title, body = normalise_title(practice.title), " ".join(practice.body.split())
        scored = [
            (max(fuzz.ratio(title, normalise_title(t)) if title and t else 0,
                 fuzz.ratio(body, " ".join(b.split())) if body and b else 0), old)
            for old, (t, b) in spare.items()
        ]
        best, old = max(scored)
        if best >= SAME_TEXT:
            out[i] = old
            del spare[old]
    return out

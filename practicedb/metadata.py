"""Report-level metadata from the first pages: title, type, forces, publication date.

Covers carry several dates (fieldwork, visits, publication); only the
publication date is wanted, so dates on inspection/fieldwork lines are ignored
and a date next to "Published" wins over everything else.
"""

from __future__ import annotations

import re
from pathlib import Path

from dateutil import parser as dateparser

from practicedb.forces import find_forces

_MONTHS = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
)
_FULL_DATE = re.compile(
    rf"(?<![\d–-])(?<![\d]\s[–-]\s)\b\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTHS}\.?,?\s+\d{{4}}\b"
    r"|\b\d{1,2}/\d{1,2}/\d{4}\b|\b\d{4}-\d{2}-\d{2}\b",
    re.IGNORECASE,
)
_MONTH_YEAR = re.compile(rf"\b{_MONTHS}\.?\s+\d{{4}}\b", re.IGNORECASE)
_IGNORE = re.compile(
    r"inspect|fieldwork|visit|between|\bfrom\b.*\bto\b|\d\s*[–-]\s*\d{1,2}\s+[A-Z]|survey|period",
    re.IGNORECASE,
)
_PUBLISHED = re.compile(r"publish|publication", re.IGNORECASE)
_INSPECTORATES = (
    r"HMICFRS|HM Inspectorate of Constabulary|His Majesty's Inspectorate of Constabulary",
    r"HMCPSI|Crown Prosecution Service Inspectorate",
    r"HM Inspectorate of Probation|HMI Probation|Inspectorate of Probation",
    r"HM Inspectorate of Prisons|HMI Prisons|Inspectorate of Prisons",
    r"Care Quality Commission|\bCQC\b",
    r"\bOfsted\b",
    r"\bEstyn\b",
    r"Care Inspectorate Wales|\bCIW\b",
    r"Healthcare Inspectorate Wales|\bHIW\b",
)


def extract_title(cover: list[tuple[str, float]], meta_title: str | None, path: Path) -> str:
    """The PDF's /Title when it reads like a title; else the largest cover text; else the name.

    Producers that set /Title usually set the full formal title there, while the
    cover's biggest type is often only the series name ("PEEL 2023–25").
    """
    meta = " ".join((meta_title or "").split())
    if _good_meta_title(meta, path):
        return meta
    lines = [(t.strip(), s) for t, s in cover if t.strip() and not re.fullmatch(r"[\d\W]+", t)]
    if lines:
        top = max(s for _, s in lines)
        picked: list[str] = []
        for text, size in lines:
            if size >= top - 0.6:
                picked.append(text)
            elif picked:
                break
        title = " ".join(" ".join(picked).split())
        if 4 <= len(title) <= 300:
            return title
    if len(meta) >= 4 and not meta.lower().startswith(("microsoft", "untitled")):
        return meta
    return path.stem.replace("_", " ").replace("-", " ").strip()


def _good_meta_title(meta: str, path: Path) -> bool:
    if len(meta.split()) < 3 or len(meta) > 250:
        return False
    low = meta.lower()
    if low.startswith(("microsoft", "untitled", "document")) or re.search(
            r"\.(docx?|pdf|indd|rtf|odt)\b", low):
        return False
    return low != path.stem.lower()


def extract_published(pages: list[str]) -> str | None:
    """Publication date as YYYY-MM-DD or YYYY-MM from the first pages' text."""
    lines = [ln.strip() for text in pages for ln in text.split("\n") if ln.strip()]
    for i, line in enumerate(lines):  # 1: a date beside (or just after) "Published"
        if _PUBLISHED.search(line):
            for cand in (line, lines[i + 1] if i + 1 < len(lines) else ""):
                found = _first_date(cand)
                if found:
                    return found
    usable = [ln for ln in lines if not _IGNORE.search(ln)]
    for line in usable:  # 2: a line that is just a date
        m = _FULL_DATE.search(line) or _MONTH_YEAR.search(line)
        if m and len(line) - len(m.group(0)) <= 3:
            return _parse(m.group(0))
    for line in usable:  # 3: any full date, then any month-year
        m = _FULL_DATE.search(line)
        if m:
            return _parse(m.group(0))
    for line in usable:
        m = _MONTH_YEAR.search(line)
        if m:
            return _parse(m.group(0))
    return None


def _first_date(text: str) -> str | None:
    m = _FULL_DATE.search(text) or _MONTH_YEAR.search(text)
    return _parse(m.group(0)) if m else None


def _parse(span: str) -> str | None:
    """Parse a date span (UK day-first); month-year spans give YYYY-MM."""
    try:
        if re.fullmatch(_MONTH_YEAR.pattern, span, re.IGNORECASE):
            d = dateparser.parse("1 " + span, dayfirst=True)
            return f"{d.year:04d}-{d.month:02d}"
        d = dateparser.parse(span, dayfirst=True)
        return f"{d.year:04d}-{d.month:02d}-{d.day:02d}"
    except (ValueError, OverflowError):
        return None


def extract_type(title: str, cover_text: str, forces: list[str],
                 named: list[str] | None = None) -> str:
    """peel, joint, thematic or other, from the title and cover wording.

    forces are those on the cover; named are all forces the report mentions - a
    cover naming no force over a report naming several means a multi-force report.
    """
    blob = f"{title}\n{cover_text}"
    if re.search(r"\bPEEL\b", blob):
        return "peel"
    bodies = sum(1 for pat in _INSPECTORATES if re.search(pat, cover_text, re.IGNORECASE))
    if re.search(r"\bjoint\s+(?:thematic\s+)?(?:inspection|thematic|review)", blob, re.I) or (
        bodies > 1
    ):
        return "joint"
    if re.search(r"\bthematic\b|\bnational\b", blob, re.IGNORECASE) or len(forces) > 2 or (
            not forces and len(named or []) >= 2):
        return "thematic"
    return "other"


def extract_forces(pages: list[str]) -> list[str]:
    """Forces named on the cover; for covers naming none, the next two pages' first mention."""
    if not pages:
        return []
    found = find_forces(pages[0])
    if found:
        return found
    for text in pages[1:3]:
        more = find_forces(text)
        if len(more) == 1:
            return more
    return []

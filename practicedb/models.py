"""The plain data objects that flow PDF -> extract -> classify -> store -> index.

They carry no behaviour beyond small conveniences, so every stage (and worker
processes, which pickle them) can share them without importing each other.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import TypedDict

from practicedb.errors import PracticedbError

KINDS = ("innovative", "promising", "notable", "good")
REPORT_TYPES = ("peel", "thematic", "joint", "other")


@dataclass
class Practice:
    """One practice box as found in a report."""

    kind: str  # one of KINDS
    title: str
    body: str  # paragraphs separated by a blank line, each bullet on its own line
    forces: list[str] = field(default_factory=list)  # canonical force names
    page_start: int | None = 0  # 1-based; None for a web page, which has no pages
    page_end: int | None = 0
    section: str | None = None  # the heading the box sat under
    areas: list[str] = field(default_factory=list)  # business areas, primary first
    ocr: bool = False  # read by OCR from a scanned page (its text may hold misreadings)

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass
class Report:
    """A report's metadata plus the practices extracted from it."""

    title: str
    type: str  # one of REPORT_TYPES
    forces: list[str]
    published: str | None  # "YYYY-MM-DD", "YYYY-MM", or None
    page_count: int
    file_name: str
    sha256: str
    practices: list[Practice] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)  # plain-words notes, e.g. a page with no text


class ExtractionError(PracticedbError):
    """A file that cannot be read as a report; the message is plain words for the user."""


class PracticeRecord(TypedDict):
    """A stored practice as the JSON contract gives it (``list --json``, ``show --json``,
    ``export --format jsonl``, the web API). The README documents these keys; they are a
    stable contract. Searches add ``score`` and ``snippet``; similar and benchmark add
    ``shared_terms``."""

    id: str
    kind: str
    title: str
    body: str
    forces: list[str]
    report_title: str
    published: str | None
    source_file: str
    page_start: int | None
    page_end: int | None
    areas: list[str]
    section: str | None
    report_type: str

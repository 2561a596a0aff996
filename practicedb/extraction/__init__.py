"""From a report file to a ``Report`` with its practice boxes.

The stages, lowest first: ``pdftext`` opens a PDF safely and reads its text fast with
PDFium; ``layout`` turns one page into lines, columns, frames and rules; ``headings``
says what is a box heading; ``frames`` where a box's frame is and where it carries on;
``practice_text`` turns a box's lines into title, forces and body; ``metadata`` reads the
report's title, type, forces and date; ``boxes`` ties them together. ``web`` reads a
saved report web page into the same ``Report``; ``filetype`` tells the two apart by their
first bytes.
"""

from __future__ import annotations

from pathlib import Path

from practicedb.extraction.filetype import REPORT_SUFFIXES, kind_of_bytes, kind_of_file
from practicedb.models import Report


def extract_report(path: Path, sha256: str | None = None, engine: str = "pdfium") -> Report:
    """Read one report file, a PDF or a saved web page (told apart by its content, not its
    name); raise ExtractionError (plain words) if it cannot be used. `engine` chooses how a
    PDF's page layout is built (see ``boxes.extract_report``)."""
    path = Path(path)
    if kind_of_file(path) == "html":
        from practicedb.extraction.web import extract_web_report
        from practicedb.models import ExtractionError

        try:
            return extract_web_report(path, sha256)
        except ExtractionError:
            if path.suffix.lower() == ".pdf":  # most likely an error page saved as the PDF
                raise ExtractionError("not a PDF file (it looks like a web page)") from None
            raise
    from practicedb.extraction.boxes import extract_report as extract_pdf

    return extract_pdf(path, sha256, engine)


__all__ = ["REPORT_SUFFIXES", "extract_report", "kind_of_bytes", "kind_of_file"]

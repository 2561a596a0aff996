"""From a report file to a ``Report`` with its practice boxes.

The stages, lowest first: ``pdftext`` opens a PDF safely and reads its text fast with
PDFium; ``layout`` turns one page into lines, columns, frames and rules; ``headings``
says what is a box heading; ``frames`` where a box's frame is and where it carries on;
``practice_text`` turns a box's lines into title, forces and body; ``metadata`` reads the
report's title, type, forces and date; ``boxes`` ties them together.
"""

from practicedb.extraction.boxes import extract_report

__all__ = ["extract_report"]

"""The pages of one report PDF as layouts, analysed lazily and kept while a report is read.

Each page's layout comes from PDFium when it can serve it (the fast path), else from
pdfplumber, which is opened only when a page first needs it.
"""

from __future__ import annotations

import contextlib
from pathlib import Path

from practicedb.extraction import layout, pdfium_fonts, pdfium_layout, pdftext
from practicedb.extraction.layout import Layout
from practicedb.models import ExtractionError


class Doc:
    """Lazily analysed pages: from PDFium when it can serve them (``fast_doc``), else from
    pdfplumber (opened only when first needed); each page closed after use."""

    def __init__(self, plumber: Plumber, page_count: int, keys: set[str], warnings: list[str],
                 fast_doc=None, fonts: pdfium_fonts.FontNames | None = None,
                 prepared: Prepared | None = None):
        self.plumber, self.page_count, self.keys, self.warnings = (
            plumber, page_count, keys, warnings)
        self.fast_doc, self.fonts = fast_doc, fonts  # an open pypdfium2 document, or None
        self.prepared = prepared if prepared is not None else Prepared(None)
        self.cache: dict[int, Layout] = {}
        self.used: set[int] = set()  # id() of lines already inside a box

    def get(self, i: int, required: bool = False) -> Layout | None:
        if i < 0 or i >= self.page_count:
            return None
        if i not in self.cache and i in self.prepared:  # read in the fast pass
            if (got := self.prepared.pop(i)) is not None:
                self.cache[i] = layout.settle(got, self.keys)
        elif i not in self.cache and self.fast_doc is not None:
            try:
                got = pdfium_layout.analyse_page(self.fast_doc, i, self.keys, self.fonts)
            except Exception:  # noqa: BLE001 - PDFium could not: pdfplumber tries below
                got = None
            if got is not None:
                self.cache[i] = got
        if i not in self.cache:
            self.cache[i] = self._plumber_page(i, required)
        return self.cache[i]

    def _plumber_page(self, i: int, required: bool) -> Layout:
        pages = self.plumber.get().pages
        page = pages[i] if i < len(pages) else None
        try:
            if page is None:
                raise ExtractionError(f"page {i + 1} is missing from the page list")
            return layout.analyse_page(page, i + 1, self.keys)
        except Exception as exc:  # noqa: BLE001 - any library failure is worded by us
            if required:
                raise ExtractionError(
                    f"the PDF is damaged: the text of page {i + 1} cannot be read") from exc
            self.warnings.append(f"page {i + 1} could not be read in detail — "
                                 "a practice on it could be missed")
            return Layout(i + 1, 1, 1, [], [], [], [], [])
        finally:
            if page is not None:
                page.close()


class Prepared(dict[int, "Layout | None"]):
    """Pages laid out from PDFium during the fast text pass, while each was loaded for its
    text (``pdftext.fast_pass``'s ``on_candidate``), waiting for the running headers that
    ``layout.settle`` needs; None for a page PDFium cannot serve (pdfplumber reads it)."""

    def __init__(self, fonts: pdfium_fonts.FontNames | None):
        super().__init__()
        self.fonts = fonts

    def __call__(self, index: int, page, textpage) -> None:
        try:
            self[index] = pdfium_layout.prepare_page(page, textpage, index, self.fonts)
        except Exception:  # noqa: BLE001 - not kept: the page is read again when asked for
            self.pop(index, None)


class Plumber:
    """pdfplumber's view of the file, opened on first use (the PDFium path may never need
    it) and closed with the stack."""

    def __init__(self, path: Path, pdfium_message: str, stack: contextlib.ExitStack):
        self.path, self.message, self.stack = path, pdfium_message, stack
        self.pdf = None
        self._failed: ExtractionError | None = None  # tried once: a damaged file fails fast

    def get(self):
        if self._failed is not None:
            raise ExtractionError(str(self._failed))
        if self.pdf is None:
            try:
                self.pdf = self.stack.enter_context(
                    pdftext.open_plumber(self.path, self.message))
            except ExtractionError as exc:
                self._failed = exc
                raise
        return self.pdf

    def page_obj(self, index: int):
        """pdfminer's page ``index`` (its resources and contents)."""
        return self.get().pages[index].page_obj

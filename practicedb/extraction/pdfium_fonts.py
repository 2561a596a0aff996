"""Names of the fonts PDFium cannot name (Type 3), read from the PDF's font dictionaries.

PDFium gives a Type 3 font no name, so its bold would be invisible; pdfplumber reads
the name from the font's descriptor. This module does the same without laying out the
page: pdfminer's object parser reads the page's font resources (name -> descriptor's
FontName) and the order they are first selected in the content stream ("/F5 20 Tf");
PDFium's text objects, in content order, give the order its font handles first appear.
Only when the two agree (as many fonts, and each handle's sizes among those its name is
set in) are the names used; else None, and the caller reads the page with pdfplumber.
"""

from __future__ import annotations

import contextlib
import ctypes
import re
from collections.abc import Callable
from typing import Any

import pypdfium2.raw as pdfium_c

_TF_RE = re.compile(rb"/([^\s/\[\]()<>{}%]+)\s+([-+\d.]+)\s+Tf\b")


class FontNames:
    """Type 3 font names and stated descents for the pages of one PDF, from pdfminer's
    view of its pages: ``pages(index)`` gives page ``index``'s pdfminer page (its
    ``resources`` and ``contents``), e.g. from the pdfplumber document already open, so
    the file is parsed once."""

    def __init__(self, pages: Callable[[int], Any]):
        self._pages = pages
        self._descents: dict[int, dict[str, float]] = {}
        self._font_descents: dict[int, tuple[str, float] | None] = {}  # font objid: stated

    def for_page(self, page, index: int) -> dict[int, str] | None:
        """{PDFium font handle: name} for the fonts of page ``index`` (an open pypdfium2
        page), or None when the page's fonts cannot be matched up with certainty."""
        try:
            used = self._used_fonts(index)
        except Exception:  # noqa: BLE001 - any parser failure: pdfplumber reads the page
            return None
        if not used:
            return None
        handles = _handles(page)
        if len(handles) != len(used):
            return None
        out: dict[int, str] = {}
        for (handle, sizes), (name, set_sizes) in zip(handles.items(), used.items(), strict=True):
            if not name or not sizes <= set_sizes:
                return None
            out[handle] = name
        return out

    def descents(self, index: int) -> dict[str, float]:
        """{font name (no subset tag): the descent its descriptor states, per point of
        size} for the embedded fonts of page ``index``, as pdfminer places characters by
        it (PDFium may measure the font program instead: a descriptor saying 0 stays 0)."""
        if index not in self._descents:
            self._descents[index] = {}
            with contextlib.suppress(Exception):  # unreadable: PDFium's own descents stand
                self._read_descents(index, self._descents[index])
        return self._descents[index]

    def _read_descents(self, index: int, out: dict[str, float]) -> None:
        from pdfminer.pdftypes import resolve1

        clash: set[str] = set()
        fonts = resolve1(resolve1(self._pages(index).resources or {}).get("Font") or {})
        for ref in fonts.values():
            objid = getattr(ref, "objid", None)  # pages share their fonts: read each once
            if objid is None:
                got = _stated_descent(resolve1(ref))
            elif objid in self._font_descents:
                got = self._font_descents[objid]
            else:
                got = self._font_descents[objid] = _stated_descent(resolve1(ref))
            if got is None or got[0] in clash:
                continue
            name, value = got
            if out.setdefault(name, value) != value:  # two subsets disagree: PDFium's
                clash.add(name)
                del out[name]

    def _used_fonts(self, index: int) -> dict[str, set[float]]:
        """{font name: sizes it is set in} in order of first use on the page."""
        from pdfminer.pdftypes import resolve1

        page = self._pages(index)
        fonts = resolve1(resolve1(page.resources or {}).get("Font") or {})
        contents = resolve1(page.contents)
        contents = contents if isinstance(contents, list) else [contents]
        data = b"".join(resolve1(s).get_data() for s in contents if s is not None)
        used: dict[str, set[float]] = {}
        for key, size in _TF_RE.findall(data):
            spec = resolve1(fonts.get(key.decode("latin-1")))
            if spec is None:
                raise ValueError("a font the page does not list")
            desc = resolve1(spec.get("FontDescriptor") or {})
            name = _name(resolve1(desc.get("FontName") or spec.get("BaseFont")))
            used.setdefault(name, set()).add(round(abs(float(size)), 2))
        return used


def _stated_descent(spec) -> tuple[str, float] | None:
    """(font name without its subset tag, the descent its descriptor states per point of
    size) of a font dictionary; None for a Type 3 font, no descriptor or no number."""
    from pdfminer.pdftypes import resolve1

    desc = resolve1(spec.get("FontDescriptor")) if spec else None
    if not desc or _name(resolve1(spec.get("Subtype"))) == "Type3":
        return None
    name = _name(resolve1(desc.get("FontName"))).split("+")[-1]
    descent = resolve1(desc.get("Descent", 0))
    if not name or not isinstance(descent, (int, float)):
        return None
    return name, -abs(float(descent)) / 1000.0


def _name(raw) -> str:
    name = getattr(raw, "name", raw)
    return name.decode("latin-1") if isinstance(name, bytes) else str(name or "")


def _handles(page) -> dict[int, set[float]]:
    """{font handle: sizes} of the page's top-level text objects, in order of first use."""
    out: dict[int, set[float]] = {}
    size = ctypes.c_float()
    for k in range(pdfium_c.FPDFPage_CountObjects(page)):
        obj = pdfium_c.FPDFPage_GetObject(page, k)
        if pdfium_c.FPDFPageObj_GetType(obj) == pdfium_c.FPDF_PAGEOBJ_FORM:
            return {}  # text inside a form XObject: its fonts are not the page's
        if pdfium_c.FPDFPageObj_GetType(obj) != pdfium_c.FPDF_PAGEOBJ_TEXT:
            continue
        font = pdfium_c.FPDFTextObj_GetFont(obj)
        handle = ctypes.cast(font, ctypes.c_void_p).value or 0
        pdfium_c.FPDFTextObj_GetFontSize(obj, ctypes.byref(size))
        out.setdefault(handle, set()).add(round(abs(size.value), 2))
    return out

"""Page layout from PDFium's own data: the fast path to ``layout.Layout``.

pdfminer's layout analysis (under pdfplumber) costs most of an ingest. PDFium already
knows every character's box, font size and font, and every path object's geometry, fill
and stroke; this module reads them through pypdfium2's raw API into the same word and
shape dicts pdfplumber gives, so ``layout.assemble`` (and everything after it) is shared
and the two paths can be compared. A page it cannot serve - a Type 3 font, which PDFium
gives no name or weight, so bold would be invisible - returns None and the caller uses
pdfplumber for it.
"""

from __future__ import annotations

import contextlib
import ctypes
from collections.abc import Iterator
from pathlib import Path

import pypdfium2.raw as pdfium_c

from practicedb.extraction import pdfium_chars
from practicedb.extraction.layout import Layout, prepare, settle, shapes
from practicedb.extraction.pdfium_fonts import FontNames


def analyse_page(doc, index: int, keys: set[str], fonts: FontNames | None = None,
                 ) -> Layout | None:
    """The Layout of page ``index`` of an open pypdfium2 PdfDocument, or None when PDFium
    cannot say what pdfplumber would (the caller then uses pdfplumber). ``fonts`` names
    the Type 3 fonts PDFium leaves unnamed, where it can."""
    page = doc[index]
    try:
        tp = page.get_textpage()
        try:
            lay = prepare_page(page, tp, index, fonts)
        finally:
            tp.close()
        return None if lay is None else settle(lay, keys)
    finally:
        page.close()


def prepare_page(page, textpage, index: int, fonts: FontNames | None = None) -> Layout | None:
    """``layout.prepare`` of an open pypdfium2 page and its text page (the fast text pass
    hands them over while loaded, so a page is loaded once): None as for ``analyse_page``.
    ``layout.settle`` finishes it."""
    width, height = (float(v) for v in page.get_size())
    descents = fonts.descents(index) if fonts is not None else None
    words = pdfium_chars.words(textpage.raw, height, None, descents)
    if words is None and fonts is not None:
        names = fonts.for_page(page.raw, index)
        words = pdfium_chars.words(textpage.raw, height, names, descents) if names else None
    if words is None:
        return None
    objects: list[dict] = []
    _paths(page.raw, None, height, objects, 0)
    return prepare(index + 1, width, height, words, shapes(objects, width, height))


def _paths(page, form, height: float, out: list[dict], depth: int,
           outer: tuple[float, ...] = (1, 0, 0, 1, 0, 0)) -> None:
    """Every path object (also inside form XObjects), one dict per subpath, in page
    coordinates from the top."""
    count = (pdfium_c.FPDFFormObj_CountObjects(form) if form is not None
             else pdfium_c.FPDFPage_CountObjects(page))
    matrix = pdfium_c.FS_MATRIX()
    for k in range(count):
        obj = (pdfium_c.FPDFFormObj_GetObject(form, k) if form is not None
               else pdfium_c.FPDFPage_GetObject(page, k))
        kind = pdfium_c.FPDFPageObj_GetType(obj)
        if kind == pdfium_c.FPDF_PAGEOBJ_FORM and depth < 4:
            m = _matrix(obj, matrix)
            _paths(page, obj, height, out, depth + 1, _compose(m, outer))
        elif kind == pdfium_c.FPDF_PAGEOBJ_PATH:
            _path(obj, _compose(_matrix(obj, matrix), outer), height, out)


def _matrix(obj, matrix) -> tuple[float, ...]:
    if not pdfium_c.FPDFPageObj_GetMatrix(obj, ctypes.byref(matrix)):
        return (1, 0, 0, 1, 0, 0)
    return (matrix.a, matrix.b, matrix.c, matrix.d, matrix.e, matrix.f)


def _compose(m: tuple[float, ...], n: tuple[float, ...]) -> tuple[float, ...]:
    """m then n (PDF row-vector convention)."""
    a, b, c, d, e, f = m
    p, q, r, s, t, u = n
    return (a * p + b * r, a * q + b * s, c * p + d * r, c * q + d * s,
            e * p + f * r + t, e * q + f * s + u)


def _path(obj, m: tuple[float, ...], height: float, out: list[dict]) -> None:
    fillmode, stroke = ctypes.c_int(), ctypes.c_int()
    if not pdfium_c.FPDFPath_GetDrawMode(obj, ctypes.byref(fillmode), ctypes.byref(stroke)):
        return
    fill_rgba, stroke_rgba = _colour(obj, True), _colour(obj, False)
    x, y = ctypes.c_float(), ctypes.c_float()
    subpaths: list[list[tuple[float, float]]] = []
    for k in range(pdfium_c.FPDFPath_CountSegments(obj)):
        seg = pdfium_c.FPDFPath_GetPathSegment(obj, k)
        if not pdfium_c.FPDFPathSegment_GetPoint(seg, ctypes.byref(x), ctypes.byref(y)):
            continue
        px = m[0] * x.value + m[2] * y.value + m[4]
        py = m[1] * x.value + m[3] * y.value + m[5]
        if pdfium_c.FPDFPathSegment_GetType(seg) == pdfium_c.FPDF_SEGMENT_MOVETO or not subpaths:
            subpaths.append([])
        subpaths[-1].append((px, py))
    for pts in subpaths:
        if len(pts) < 2:
            continue
        xs, ys = [p[0] for p in pts], [p[1] for p in pts]
        line = len(pts) == 2
        out.append({
            "x0": min(xs), "x1": max(xs), "top": height - max(ys), "bottom": height - min(ys),
            "object_type": "line" if line else "rect",
            "fill": bool(fillmode.value) and not line and fill_rgba[3] > 0,
            "stroke": bool(stroke.value) and stroke_rgba[3] > 0,
            "non_stroking_color": tuple(v / 255 for v in fill_rgba[:3]),
            "stroking_color": tuple(v / 255 for v in stroke_rgba[:3]),
        })


def _colour(obj, fill: bool) -> tuple[int, int, int, int]:
    r, g, b, a = (ctypes.c_uint() for _ in range(4))
    get = pdfium_c.FPDFPageObj_GetFillColor if fill else pdfium_c.FPDFPageObj_GetStrokeColor
    if not get(obj, ctypes.byref(r), ctypes.byref(g), ctypes.byref(b), ctypes.byref(a)):
        return (0, 0, 0, 255)
    return (r.value, g.value, b.value, a.value)


@contextlib.contextmanager
def open_document(path: Path, engine: str) -> Iterator:
    """An open pypdfium2 document for the PDFium layout path, else None; always closed."""
    if engine != "pdfium":
        yield None
        return
    import pypdfium2 as pdfium

    try:
        doc = pdfium.PdfDocument(str(path))
    except Exception:  # noqa: BLE001 - PDFium cannot open it: pdfplumber does every page
        yield None
        return
    try:
        yield doc
    finally:
        doc.close()

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
from typing import Any

import pypdfium2.raw as pdfium_c

from practicedb.extraction.layout import Layout, assemble, shapes

_X_TOL = 3.0  # pdfplumber's default x_tolerance / y_tolerance when making words
_Y_TOL = 3.0
_NAME_BUF = 256


def analyse_page(doc, index: int, keys: set[str]) -> Layout | None:
    """The Layout of page ``index`` of an open pypdfium2 PdfDocument, or None when PDFium
    cannot say what pdfplumber would (the caller then uses pdfplumber)."""
    page = doc[index]
    try:
        width, height = (float(v) for v in page.get_size())
        tp = page.get_textpage()
        try:
            words = _words(tp.raw, height)
        finally:
            tp.close()
        if words is None:
            return None
        objects: list[dict] = []
        _paths(page.raw, None, height, objects, 0)
        return assemble(index + 1, width, height, words, shapes(objects, width, height), keys)
    finally:
        page.close()


def _words(tp, height: float) -> list[dict] | None:
    """Words as pdfplumber's extract_words(extra_attrs=["fontname", "size"]) makes them:
    characters run together while on one line, close, and in one font and size. A
    character's left is its origin and its right the next one's origin (its advance),
    as pdfminer measures them; spaces PDFium made up itself are ignored."""
    chars = _chars(tp, height)
    if chars is None:
        return None
    words: list[dict] = []
    cur: dict | None = None
    y_last = 0.0
    for k, (ch, x0, right, top, bottom, y, font, size) in enumerate(chars):
        if ch == " ":
            cur = None
            continue
        if ch == "gap":  # PDFium saw a word break: one where the next letter stands apart
            nxt = chars[k + 1] if k + 1 < len(chars) else None
            if cur is not None and nxt is not None and nxt[1] - cur["x1"] > min(
                    _X_TOL, 0.2 * max(nxt[7], 1)):
                cur = None
            elif cur is not None and nxt is not None and abs(nxt[5] - y_last) < 0.5:
                # an overhanging glyph (italic "f") reaches into the space: the space
                # PDFium saw is kept at least a sixth of an em wide
                cur["x1"] = min(cur["x1"], nxt[1] - 0.17 * max(nxt[7], 1))
                cur = None
            continue
        y_last = y
        x1 = right
        if k + 1 < len(chars):
            nx, ny = chars[k + 1][1], chars[k + 1][5]
            if chars[k + 1][0] != "gap" and abs(ny - y) < 0.5 and x0 < nx < x0 + 2 * size:
                x1 = nx
        if (cur is None or cur["fontname"] != font or cur["size"] != size
                or abs(top - cur["top"]) > _Y_TOL or x0 - cur["x1"] > _X_TOL
                or x0 < cur["x0"] - _X_TOL):
            cur = {"text": ch, "x0": x0, "x1": x1, "top": top, "bottom": bottom,
                   "fontname": font, "size": size, "upright": True}
            words.append(cur)
        else:
            cur["text"] += ch
            cur["x1"] = max(cur["x1"], x1)
            cur["bottom"] = max(cur["bottom"], bottom)
            cur["top"] = min(cur["top"], top)
    return words


def _chars(tp, height: float) -> list[tuple] | None:
    """(text, origin x, box right, top, bottom, baseline, font, size) of each character
    of the page's text; " " for a real space; None when a font has no name (Type 3).
    Font, size and slant are read once a text object (one run of text in one font)."""
    c = pdfium_c
    n = c.FPDFText_CountChars(tp)
    if n <= 0:
        return []
    rect = c.FS_RECTF()
    flags = ctypes.c_int()
    ox, oy = ctypes.c_double(), ctypes.c_double()
    r_rect, r_ox, r_oy, r_flags = (ctypes.byref(v) for v in (rect, ox, oy, flags))
    buf = ctypes.create_string_buffer(_NAME_BUF)
    matrix = c.FS_MATRIX()
    desc = ctypes.c_float()
    get_obj, loose, origin, void = (c.FPDFText_GetTextObject, c.FPDFText_GetLooseCharBox,
                                    c.FPDFText_GetCharOrigin, ctypes.c_void_p)
    unicode = c.FPDFText_GetUnicode
    out: list[tuple] = []
    last_obj = None
    font, size, descent, slanted = "", 0.0, None, False
    for i in range(n):
        code = unicode(tp, i)
        ch = "-" if code == 2 else chr(code) if 0 < code < 0x110000 else ""
        if not ch or ch.isspace():
            if c.FPDFText_IsGenerated(tp, i) == 1:
                if out and out[-1][0] != " ":
                    out.append(("gap", 0.0, 0.0, 0.0, 0.0, 0.0, "", 0.0))  # judged by the gap
                continue
            origin(tp, i, r_ox, r_oy)
            out.append((" ", ox.value, ox.value, 0.0, 0.0, oy.value, "", 0.0))
            continue
        obj = get_obj(tp, i)
        address = ctypes.cast(obj, void).value  # ctypes handles compare by identity
        if address != last_obj or last_obj is None:
            last_obj = address
            got = c.FPDFText_GetFontInfo(tp, i, buf, _NAME_BUF, r_flags)
            font = buf.value.decode("utf-8", "replace") if got else ""
            if not font:
                return None  # a Type 3 font (or none): bold cannot be seen, use pdfplumber
            scale, slanted = _char_scale(tp, i, matrix)
            size = round(c.FPDFText_GetFontSize(tp, i) * scale, 3)
            descent = _descent(obj, desc, font)
        if slanted or not (loose(tp, i, r_rect) and origin(tp, i, r_ox, r_oy)):
            out.append((" ", 0.0, 0.0, 0.0, 0.0, -1e9, "", 0.0))  # turned text: not read
            continue
        # the baseline plus the font's descent, as pdfminer places it (PDFium's own box
        # of a ligature's letters stands on the baseline)
        bottom = height - (oy.value + descent * size) if descent is not None else (
            height - rect.bottom)
        top = bottom - size if size > 0 else height - rect.top
        out.append((ch, min(ox.value, rect.right), rect.right, top, bottom, oy.value, font, size))
    return out


def _descent(obj, out, name: str) -> float | None:
    """The font's descent per point of size (negative below the baseline), or None. A
    font the PDF does not embed (the standard 14) takes pdfminer's metrics, as pdfplumber
    does; PDFium would measure the font it substitutes."""
    font = pdfium_c.FPDFTextObj_GetFont(obj) if obj else None
    if font and not pdfium_c.FPDFFont_GetIsEmbedded(font):
        from pdfminer.fontmetrics import FONT_METRICS

        metrics = FONT_METRICS.get(name.split("+")[-1])
        if metrics is not None:
            descent: Any = metrics[0].get("Descent") or 0
            return float(descent) / 1000.0
    if not font or not pdfium_c.FPDFFont_GetDescent(font, ctypes.c_float(1000.0),
                                                     ctypes.byref(out)):
        return None
    return out.value / 1000.0


def _char_scale(tp, i: int, matrix) -> tuple[float, bool]:
    """The page's own scaling of a character (a producer drawing in pixels scales the
    page by 0.75), which PDFium's font size leaves out: the effective matrix's vertical
    scale over the text matrix's; and whether the text is turned (not upright)."""
    if not pdfium_c.FPDFText_GetMatrix(tp, i, ctypes.byref(matrix)):
        return 1.0, False
    turned = abs(matrix.b) > 1e-3 or abs(matrix.c) > 1e-3 or matrix.a <= 0 or matrix.d <= 0
    effective = (matrix.b ** 2 + matrix.d ** 2) ** 0.5
    obj = pdfium_c.FPDFText_GetTextObject(tp, i)
    size = ctypes.c_float()
    if not obj or not pdfium_c.FPDFTextObj_GetFontSize(obj, ctypes.byref(size)) or not size.value:
        return 1.0, turned
    stated = pdfium_c.FPDFText_GetFontSize(tp, i)
    return (effective * size.value / stated if stated and effective else 1.0), turned


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

"""Words from PDFium's characters, as pdfplumber's ``extract_words`` makes them.

A page's text comes in one call (``FPDFText_GetText``, index-aligned with the
characters); per character only the origin (and the text object, to see a font change)
is asked for; the font's name, size and descent once a text object; a character's box
only where a word ends. Characters run together into a word while on one line, close,
and in one font and size; a character's left is its origin and its right the next one's
origin (its advance), as pdfminer measures them. Spaces PDFium made up itself break a
word only where the next letter stands apart.
"""

from __future__ import annotations

import ctypes
from typing import Any

import pypdfium2.raw as pdfium_c

_X_TOL = 3.0  # pdfplumber's default x_tolerance / y_tolerance when making words
_Y_TOL = 3.0
_NAME_BUF = 256
_SPACE, _GAP, _TURNED = 1, 2, 3  # character kinds besides a letter (0)


def _raw(fn, restype, *argtypes):
    """A PDFium function called with plain ints for handles (no ctypes type checks)."""
    return ctypes.CFUNCTYPE(restype, *argtypes)(ctypes.cast(fn, ctypes.c_void_p).value)


_vp, _int = ctypes.c_void_p, ctypes.c_int
_GET_OBJECT = _raw(pdfium_c.FPDFText_GetTextObject, _vp, _vp, _int)
_GET_ORIGIN = _raw(pdfium_c.FPDFText_GetCharOrigin, _int, _vp, _int, _vp, _vp)
_IS_GENERATED = _raw(pdfium_c.FPDFText_IsGenerated, _int, _vp, _int)


def page_text(tp, n: int) -> str | None:
    """The page's n characters in one call, one str character each; None when they do not
    line up one to one (a character beyond the BMP is two UTF-16 units)."""
    buf = (ctypes.c_ushort * (n + 1))()
    pdfium_c.FPDFText_GetText(tp, 0, n, buf)
    text = bytes(buf)[:2 * n].decode("utf-16-le", "surrogatepass")
    if len(text) != n or any("\ud800" <= c <= "\udfff" for c in text):
        return None
    return text


def words(tp, height: float, names: dict[int, str] | None = None) -> list[dict] | None:
    """The words of an open text page; None when a font has no name PDFium or ``names``
    (font handle -> name, for Type 3 fonts) can give: bold could not be seen."""
    chars = _chars(tp, height, names or {})
    if chars is None:
        return None
    kinds, xs, ys, tops, bottoms, fonts, sizes, text, index = chars
    n = len(kinds)
    rect = pdfium_c.FS_RECTF()
    r_rect = ctypes.byref(rect)
    out: list[dict] = []
    cur: dict | None = None
    y_last = 0.0
    for k in range(n):
        kind = kinds[k]
        if kind == _SPACE or kind == _TURNED:
            cur = None
            continue
        if kind == _GAP:  # PDFium saw a word break: one where the next letter stands apart
            if cur is not None and k + 1 < n:
                nx, nsize = xs[k + 1], max(sizes[k + 1], 1)
                if nx - cur["x1"] > min(_X_TOL, 0.2 * nsize):
                    cur = None
                elif abs(ys[k + 1] - y_last) < 0.5:
                    # an overhanging glyph (italic "f") reaches into the space: the space
                    # PDFium saw is kept at least a sixth of an em wide
                    cur["x1"] = min(cur["x1"], nx - 0.17 * nsize)
                    cur = None
            continue
        x0, y, size, top = xs[k], ys[k], sizes[k], tops[k]
        y_last = y
        x1 = None
        if k + 1 < n and kinds[k + 1] != _GAP:
            nx = xs[k + 1]
            if abs(ys[k + 1] - y) < 0.5 and x0 < nx < x0 + 2 * size:
                x1 = nx
        if x1 is None:  # a word's last letter: its own box says where it ends
            x1 = rect.right if pdfium_c.FPDFText_GetLooseCharBox(tp, index[k], r_rect) else x0
        font = fonts[k]
        if (cur is None or cur["fontname"] != font or cur["size"] != size
                or abs(top - cur["top"]) > _Y_TOL or x0 - cur["x1"] > _X_TOL
                or x0 < cur["x0"] - _X_TOL):
            cur = {"text": text[k], "x0": x0, "x1": x1, "top": top, "bottom": bottoms[k],
                   "fontname": font, "size": size, "upright": True}
            out.append(cur)
        else:
            cur["text"] += text[k]
            if x1 > cur["x1"]:
                cur["x1"] = x1
            if bottoms[k] > cur["bottom"]:
                cur["bottom"] = bottoms[k]
            if top < cur["top"]:
                cur["top"] = top
    return out


def _chars(tp, height: float, names: dict[int, str]) -> tuple | None:
    """Parallel lists (kind, origin x, baseline, top, bottom, font, size) of the page's
    characters, their text and their indexes in the text page; None when a font has no
    name (Type 3, unless in ``names``). Font, size and slant are read once a text object
    (one run of text in one font)."""
    c = pdfium_c
    n = c.FPDFText_CountChars(tp)
    if n <= 0:
        return [], [], [], [], [], [], [], "", []
    text = page_text(tp, n)
    if text is None:
        text = "".join(chr(v) if 0 < (v := c.FPDFText_GetUnicode(tp, i)) < 0x110000 else "\0"
                       for i in range(n))
    tpv = ctypes.cast(tp, ctypes.c_void_p).value
    ox, oy = ctypes.c_double(), ctypes.c_double()
    a_ox, a_oy = ctypes.addressof(ox), ctypes.addressof(oy)
    rect = c.FS_RECTF()
    r_rect = ctypes.byref(rect)
    buf = ctypes.create_string_buffer(_NAME_BUF)
    flags = ctypes.c_int()
    matrix = c.FS_MATRIX()
    desc = ctypes.c_float()
    kinds: list[int] = []
    xs: list[float] = []
    ys: list[float] = []
    tops: list[float] = []
    bottoms: list[float] = []
    fonts: list[str] = []
    sizes: list[float] = []
    chars: list[str] = []
    index: list[int] = []  # each entry's character index in the text page
    last_obj = None
    font, size, descent, slanted = "", 0.0, None, False
    get_obj, origin, generated = _GET_OBJECT, _GET_ORIGIN, _IS_GENERATED
    for i in range(n):
        ch = text[i]
        if ch == "\ufffe" or ch == "\x02":  # a hyphen PDFium marks as a soft break
            ch = "-"
        elif ch == "\0" or ch.isspace():
            if generated(tpv, i) == 1:
                if kinds and kinds[-1] != _SPACE and kinds[-1] != _TURNED:
                    kind, x, y = _GAP, 0.0, 0.0  # judged by the gap
                else:
                    continue
            else:
                origin(tpv, i, a_ox, a_oy)
                kind, x, y = _SPACE, ox.value, oy.value
            kinds.append(kind)
            xs.append(x)
            ys.append(y)
            tops.append(0.0)
            bottoms.append(0.0)
            fonts.append("")
            sizes.append(0.0)
            chars.append(" ")
            index.append(i)
            continue
        obj = get_obj(tpv, i)
        if obj != last_obj or last_obj is None:
            last_obj = obj
            typed = c.FPDFText_GetTextObject(tp, i)
            got = c.FPDFText_GetFontInfo(tp, i, buf, _NAME_BUF, ctypes.byref(flags))
            font = buf.value.decode("utf-8", "replace") if got else ""
            if not font:
                handle = c.FPDFTextObj_GetFont(typed) if typed else None
                font = names.get(ctypes.cast(handle, ctypes.c_void_p).value or 0, "") if (
                    handle) else ""
            if not font:
                return None  # a Type 3 font (or none): bold cannot be seen, use pdfplumber
            scale, slanted = _char_scale(tp, i, matrix, typed)
            size = round(c.FPDFText_GetFontSize(tp, i) * scale, 3)
            descent = _descent(typed, desc, font)
        if slanted or not origin(tpv, i, a_ox, a_oy):
            kinds.append(_TURNED)  # turned text: not read
            xs.append(0.0)
            ys.append(-1e9)
            tops.append(0.0)
            bottoms.append(0.0)
            fonts.append("")
            sizes.append(0.0)
            chars.append(" ")
            index.append(i)
            continue
        # the baseline plus the font's descent, as pdfminer places it (PDFium's own box
        # of a ligature's letters stands on the baseline)
        if descent is not None:
            bottom = height - (oy.value + descent * size)
        elif c.FPDFText_GetLooseCharBox(tp, i, r_rect):
            bottom = height - rect.bottom
        else:
            bottom = height - oy.value
        kinds.append(0)
        xs.append(ox.value)
        ys.append(oy.value)
        tops.append(bottom - size if size > 0 else bottom - 1.0)
        bottoms.append(bottom)
        fonts.append(font)
        sizes.append(size)
        chars.append(ch)
        index.append(i)
    return kinds, xs, ys, tops, bottoms, fonts, sizes, "".join(chars), index


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


def _char_scale(tp, i: int, matrix, obj) -> tuple[float, bool]:
    """The page's own scaling of a character (a producer drawing in pixels scales the
    page by 0.75), which PDFium's font size leaves out: the effective matrix's vertical
    scale over the text matrix's; and whether the text is turned (not upright)."""
    if not pdfium_c.FPDFText_GetMatrix(tp, i, ctypes.byref(matrix)):
        return 1.0, False
    turned = abs(matrix.b) > 1e-3 or abs(matrix.c) > 1e-3 or matrix.a <= 0 or matrix.d <= 0
    effective = (matrix.b ** 2 + matrix.d ** 2) ** 0.5
    size = ctypes.c_float()
    if not obj or not pdfium_c.FPDFTextObj_GetFontSize(obj, ctypes.byref(size)) or not size.value:
        return 1.0, turned
    stated = pdfium_c.FPDFText_GetFontSize(tp, i)
    return (effective * size.value / stated if stated and effective else 1.0), turned

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
import re
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
_LOOSE_BOX = _raw(pdfium_c.FPDFText_GetLooseCharBox, _int, _vp, _int, _vp)
_OBJ_FONT = _raw(pdfium_c.FPDFTextObj_GetFont, _vp, _vp)
_OBJ_SIZE = _raw(pdfium_c.FPDFTextObj_GetFontSize, _int, _vp, _vp)
_CHAR_SIZE = _raw(pdfium_c.FPDFText_GetFontSize, ctypes.c_double, _vp, _int)
_CHAR_MATRIX = _raw(pdfium_c.FPDFText_GetMatrix, _int, _vp, _int, _vp)
# what is not a letter: whitespace (str.isspace), NUL, and the soft hyphens PDFium marks
_NOT_LETTER = frozenset(c for c in map(chr, range(0x3001)) if c.isspace()) | {"\0"}
_SOFT_HYPHEN = frozenset("\ufffe\x02")
_SURROGATE_RE = re.compile("[\ud800-\udfff]")
# a run of letters: no space, no soft hyphen (those are read one by one)
_LETTERS_RE = re.compile("[^" + "".join(map(re.escape, sorted(_NOT_LETTER | _SOFT_HYPHEN))) + "]+")


def page_text(tp, n: int) -> str | None:
    """The page's n characters in one call, one str character each; None when they do not
    line up one to one (a character beyond the BMP is two UTF-16 units)."""
    buf = (ctypes.c_ushort * (n + 1))()
    pdfium_c.FPDFText_GetText(tp, 0, n, buf)
    text = bytes(buf)[:2 * n].decode("utf-16-le", "surrogatepass")
    if len(text) != n or _SURROGATE_RE.search(text):
        return None
    return text


class _Words:
    """Builds words from characters fed in page order; a letter waits for the next item
    (its right is the next origin when close on the same line), a PDFium space for the
    letter after it (a break only where that letter stands apart). ``words`` runs the
    common step (a letter after a letter, no space waiting) itself, for speed."""

    def __init__(self, tpv: int):
        self.tpv = tpv
        self.out: list[dict] = []
        self.rect = pdfium_c.FS_RECTF()
        self.a_rect = ctypes.addressof(self.rect)
        self.word: list | None = None  # [chars, x0, x1, top, bottom, font, size]
        self.prev: tuple | None = None  # the waiting letter
        self.gap = False  # a PDFium space waits for the next item
        self.y_last = 0.0

    def feed(self, kind: int, x: float, y: float, size: float) -> None:
        """The next item's kind and place (x, y, size 0 for a space, a turned character
        or a gap) settles the waiting letter and space."""
        if self.prev is not None:
            self.settle(kind, x, y)
        if self.gap:
            self.gap = False
            word = self.word
            if word is not None:
                nsize = size if size > 1 else 1
                if x - word[2] > min(_X_TOL, 0.2 * nsize):
                    self._close()
                elif abs(y - self.y_last) < 0.5:
                    # an overhanging glyph (italic "f") reaches into the space: the space
                    # PDFium saw is kept at least a sixth of an em wide
                    word[2] = min(word[2], x - 0.17 * nsize)
                    self._close()
        if kind == _GAP:
            self.gap = True
        elif kind != 0:
            self._close()

    def settle(self, kind: int, nx: float, ny: float) -> None:
        """The waiting letter, now that the next item (kind, origin) is known."""
        x0, y, size, top, bottom, font, ch, index = self.prev  # type: ignore[misc]
        self.prev = None
        self.y_last = y
        if kind != _GAP and abs(ny - y) < 0.5 and x0 < nx < x0 + 2 * size:
            x1 = nx
        elif _LOOSE_BOX(self.tpv, index, self.a_rect):
            x1 = self.rect.right  # a word's last letter: its own box says where it ends
        else:
            x1 = x0
        w = self.word
        if (w is None or w[5] != font or w[6] != size or abs(top - w[3]) > _Y_TOL
                or x0 - w[2] > _X_TOL or x0 < w[1] - _X_TOL):
            self._close()
            self.word = [[ch], x0, x1, top, bottom, font, size]
        else:
            w[0].append(ch)
            if x1 > w[2]:
                w[2] = x1
            if bottom > w[4]:
                w[4] = bottom
            if top < w[3]:
                w[3] = top

    def run(self, text: str, end: int, obj: int, cells: tuple, origin, get_obj) -> int:
        """The letters after the waiting one up to ``end`` (a run with no space), read at
        once while each stands on the same baseline just after the one before, in the
        waiting letter's text object: what ``settle`` would make of them one by one (each
        joins the word, ending where the next begins), without its checks. Returns the
        index of the first letter not taken; the last one taken waits as ``prev``."""
        x, y, size, top, bottom, font, _, start = self.prev  # type: ignore[misc]
        tpv = self.tpv
        if get_obj(tpv, start + 1) != obj:  # a text object a letter (Chromium's PDFs)
            return start + 1
        ox, oy, a_ox, a_oy = cells  # where origin() writes
        limit, last, taken = 2 * size, x, 0
        for i in range(start + 1, end):
            if not origin(tpv, i, a_ox, a_oy) or oy.value != y or not (
                    last < ox.value < last + limit):
                break
            last = ox.value
            taken += 1
        if not taken:
            return start + 1
        origin(tpv, start + 1, a_ox, a_oy)
        first = ox.value
        if get_obj(tpv, start + taken) != obj:  # not all in the one text object
            lo, hi = 1, taken  # its letters come together: find where they end
            while hi - lo > 1:
                mid = (lo + hi) // 2
                lo, hi = (mid, hi) if get_obj(tpv, start + mid) == obj else (lo, mid)
            taken = lo
            origin(tpv, start + taken, a_ox, a_oy)
            last = ox.value
        self.settle(0, first, y)  # the waiting letter, as the next one lets it end
        w = self.word
        assert w is not None
        k = start + taken  # the last letter taken
        w[0].extend(text[start + 1:k])
        if last > w[2]:
            w[2] = last
        self.prev = (last, y, size, top, bottom, font, text[k], k)
        self.y_last = y
        return k + 1

    def _close(self) -> None:
        w = self.word
        if w is not None:
            self.out.append({"text": "".join(w[0]), "x0": w[1], "x1": w[2], "top": w[3],
                             "bottom": w[4], "fontname": w[5], "size": w[6], "upright": True})
            self.word = None

    def finish(self) -> list[dict]:
        self.feed(_SPACE, 0.0, -1e9, 0.0)
        return self.out


def words(tp, height: float, names: dict[int, str] | None = None,
          descents: dict[str, float] | None = None, runs: bool = True) -> list[dict] | None:
    """The words of an open text page; None when a font has no name PDFium or ``names``
    (font handle -> name, for Type 3 fonts) can give: bold could not be seen.
    ``descents``: font name -> the descent its descriptor states (see ``pdfium_fonts``). Font, size
    and slant are read once a text object (one run of text in one font)."""
    c = pdfium_c
    n = c.FPDFText_CountChars(tp)
    if n <= 0:
        return []
    names, descents = names or {}, descents or {}
    text = page_text(tp, n)
    if text is None:
        text = "".join(chr(v) if 0 < (v := c.FPDFText_GetUnicode(tp, i)) < 0x110000 else "\0"
                       for i in range(n))
    tpv = ctypes.cast(tp, ctypes.c_void_p).value or 0
    ox, oy = ctypes.c_double(), ctypes.c_double()
    a_ox, a_oy = ctypes.addressof(ox), ctypes.addressof(oy)
    cells = (ox, oy, a_ox, a_oy)
    rect = c.FS_RECTF()
    a_rect = ctypes.addressof(rect)
    buf = ctypes.create_string_buffer(_NAME_BUF)
    flags = ctypes.c_int()
    scaling = _scale_cells()
    desc = ctypes.c_float()
    seen: dict[int, tuple[str, float | None]] = {}  # font handle: (name, descent)
    build = _Words(tpv)
    feed, settle = build.feed, build.settle
    last_kind = _SPACE
    last_obj = None
    font, size, descent, slanted = "", 0.0, None, False
    get_obj, origin, generated = _GET_OBJECT, _GET_ORIGIN, _IS_GENERATED
    not_letter, soft, letters = _NOT_LETTER, _SOFT_HYPHEN, _LETTERS_RE
    i, misses = 0, 0 if runs else 8
    while i < n:
        ch = text[i]
        if ch in not_letter:
            if generated(tpv, i) == 1:
                if last_kind != _SPACE and last_kind != _TURNED:
                    feed(_GAP, 0.0, 0.0, 0.0)  # judged by the gap
                    last_kind = _GAP
            else:
                origin(tpv, i, a_ox, a_oy)
                feed(_SPACE, ox.value, oy.value, 0.0)
                last_kind = _SPACE
            i += 1
            continue
        if ch in soft:  # a hyphen PDFium marks as a soft break
            ch = "-"
        obj = get_obj(tpv, i)
        if obj != last_obj or last_obj is None:
            last_obj = obj
            key = (_OBJ_FONT(obj) or 0) if obj else 0
            known = seen.get(key) if key else None
            if known is None:
                got = c.FPDFText_GetFontInfo(tp, i, buf, _NAME_BUF, ctypes.byref(flags))
                font = buf.value.decode("utf-8", "replace") if got else ""
                font = font or names.get(key, "")
                if not font:
                    return None  # a Type 3 font (or none): bold is unseen, use pdfplumber
                typed = c.FPDFText_GetTextObject(tp, i)
                known = seen[key] = (font, _descent(typed, desc, font, descents))
            font, descent = known
            stated = _CHAR_SIZE(tpv, i)
            scale, slanted = _char_scale(tpv, i, obj, stated, scaling)
            size = round(stated * scale, 3)
        if slanted or not origin(tpv, i, a_ox, a_oy):
            feed(_TURNED, 0.0, -1e9, 0.0)  # turned text: not read
            last_kind = _TURNED
            i += 1
            continue
        # the baseline plus the font's descent, as pdfminer places it (PDFium's own box
        # of a ligature's letters stands on the baseline)
        x, y = ox.value, oy.value
        if descent is not None:
            bottom = height - (y + descent * size)
        elif _LOOSE_BOX(tpv, i, a_rect):
            bottom = height - rect.bottom
        else:
            bottom = height - y
        if build.gap:
            feed(0, x, y, size)
        elif build.prev is not None:
            settle(0, x, y)
        top = bottom - size if size > 0 else bottom - 1.0
        build.prev = (x, y, size, top, bottom, font, ch, i)
        last_kind = 0
        i += 1
        if misses < 8 and descent is not None and i < n and (m := letters.match(text, i)):
            at, i = i, build.run(text, m.end(), obj, cells, origin, get_obj)
            misses = misses + 1 if i == at else 0  # a letter an object: stop trying
    return build.finish()


def _descent(obj, out, name: str, stated: dict[str, float]) -> float | None:
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
    if font and (got := stated.get(name.split("+")[-1])) is not None:
        return got
    if not font or not pdfium_c.FPDFFont_GetDescent(font, ctypes.c_float(1000.0),
                                                     ctypes.byref(out)):
        return None
    return out.value / 1000.0


def _scale_cells() -> tuple:
    """Where _char_scale's calls write: a matrix, a float and their addresses (one set a
    words() call, so threads never share them)."""
    matrix, size = pdfium_c.FS_MATRIX(), ctypes.c_float()
    return matrix, size, ctypes.addressof(matrix), ctypes.addressof(size)


def _char_scale(tpv: int, i: int, obj: int, stated: float, cells: tuple) -> tuple[float, bool]:
    """The page's own scaling of a character (a producer drawing in pixels scales the
    page by 0.75), which PDFium's font size leaves out: the effective matrix's vertical
    scale over the text matrix's; and whether the text is turned (not upright)."""
    matrix, size, a_matrix, a_size = cells
    if not _CHAR_MATRIX(tpv, i, a_matrix):
        return 1.0, False
    b, d = matrix.b, matrix.d
    turned = b > 1e-3 or b < -1e-3 or abs(matrix.c) > 1e-3 or matrix.a <= 0 or d <= 0
    effective = (b * b + d * d) ** 0.5
    if not obj or not _OBJ_SIZE(obj, a_size) or not size.value:
        return 1.0, turned
    return (effective * size.value / stated if stated and effective else 1.0), turned

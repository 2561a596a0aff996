"""Page layout from pdfplumber: styled lines, columns, frames, rules, headers and footers.

Box detection needs more than plain text: each line's size and weight, which column
it sits in, the shapes around it, and which lines are running headers, footers or
footnotes (so they never leak into a box). This module turns one pdfplumber page
into a plain Layout (the page can then be closed) and knows nothing about practices.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz

from practicedb.extraction.gutter import find_gutter
from practicedb.extraction.pdftext import BAND, FastPass, normalise

_BOLD_RE = re.compile(r"bold|black|heavy|semi|demi|cmbx|extrab", re.IGNORECASE)
_SUPER_RE = re.compile(r"[\d,*†‡]+")
_LIST_NUMBER = re.compile(r"\(?\d{1,2}[.)]")


@dataclass
class Line:
    """One visual line of text in a column, with the style box detection needs."""

    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float
    bold: bool
    col: int = -1  # -1 spans the page, 0 left column, 1 right column
    drop: bool = False  # running header/footer or footnote
    lead_bold: bool = False  # its first two words are bold (a run-in heading)


@dataclass
class Layout:
    """What pdfplumber saw on one page, as plain data (the page itself is closed)."""

    number: int
    width: float
    height: float
    lines: list[Line]  # reading order, headers/footers/footnotes removed
    all_lines: list[Line]
    frames: list[tuple[float, float, float, float]]  # grouped graphics (x0, top, x1, bottom)
    rules: list[tuple[float, float, float, float]]
    marks: list[tuple[float, float, float, float]]  # small shapes, e.g. drawn bullets
    body_size: float = 10.0
    gutter: float | None = None
    ocr: bool = False  # read from a page image by OCR (the page had no text layer)


def line_height(ln: Line) -> float:
    """Height of a line's box, never zero (used as the unit for gaps and pitches)."""
    return max(ln.bottom - ln.top, 1.0)


def analyse_page(page, number: int, keys: set[str]) -> Layout:
    """Build a Layout from a pdfplumber page; the caller closes the page."""
    width, height = float(page.width), float(page.height)
    words = page.extract_words(extra_attrs=["fontname", "size"], keep_blank_chars=False)
    return assemble(number, width, height, words, _graphics(page, width, height), keys)


def from_scan(number: int, width: float, height: float, words: list[dict],
              ruled: list[list[float]], keys: set[str]) -> Layout:
    """A Layout from OCR'd words and the ruled lines seen on a scanned page (see ``ocr``)."""
    rules = [(b[0], b[1], b[2], b[3]) for b in ruled if b[3] - b[1] <= 8 and b[2] - b[0] >= 30]
    lay = assemble(number, width, height, words, (_union(ruled), rules, []), keys)
    lay.ocr = True
    return lay


def assemble(number: int, width: float, height: float, words: list[dict],
             graphics: tuple[list, list, list], keys: set[str]) -> Layout:
    """A Layout from words (pdfplumber's word dicts: text, x0, x1, top, bottom, size,
    fontname) and the page's frames, rules and marks (see ``shapes``)."""
    return settle(prepare(number, width, height, words, graphics), keys)


def prepare(number: int, width: float, height: float, words: list[dict],
            graphics: tuple[list, list, list]) -> Layout:
    """The first half of ``assemble``, which needs no other page: lines, columns and body
    size; its ``lines`` are every line, not yet in reading order. ``settle`` finishes it
    once the running headers (``keys``, from every page) are known."""
    words = [w for w in words if w.get("upright", True) and w["text"].strip()]
    gutter = find_gutter(words, width, height)
    frames, rules, marks = graphics
    lines = _build_lines(words, gutter, frames)
    sizes: Counter[float] = Counter()
    for ln in lines:
        sizes[round(ln.size * 2) / 2] += len(ln.text)
    body = sizes.most_common(1)[0][0] if sizes else 10.0
    return Layout(number, width, height, lines, [], frames, rules, marks, body, gutter)


def settle(lay: Layout, keys: set[str]) -> Layout:
    """A prepared Layout with running headers, footers and footnotes dropped and its lines
    in reading order."""
    _mark_dropped(lay.lines, lay.height, lay.body_size, keys)
    lay.all_lines = _reading_order(lay.lines)
    lay.lines = [ln for ln in lay.all_lines if not ln.drop]
    return lay


def _build_lines(words: list[dict], gutter: float | None, frames: Sequence = ()) -> list[Line]:
    """Group words into lines per column (big words first so superscripts attach); words
    on one baseline inside and outside a frame (a box beside running text) stay apart."""
    rows: dict[int, list[list[dict]]] = {-1: [], 0: [], 1: []}
    for w in sorted(words, key=lambda w: (-round(w["size"]), w["top"], w["x0"])):
        col = -1
        if gutter is not None:
            col = 0 if w["x1"] <= gutter else 1 if w["x0"] >= gutter else -1
        mid = (w["top"] + w["bottom"]) / 2
        for row in reversed(rows[col]):
            if row[0]["top"] - 1 <= mid <= row[0]["bottom"] + 1:
                row.append(w)
                break
        else:
            rows[col].append([w])
    for col in (0, 1):
        for row in rows[col]:
            row.sort(key=lambda w: w["x0"])
    _rejoin(rows)
    lines = [_make_line(part, col) for col in (-1, 0, 1) for row in rows[col] if row
             for part in _split_gaps(row, frames)]
    return [ln for ln in lines if ln.text]


def _split_gaps(row: list[dict], frames: Sequence = ()) -> list[list[dict]]:
    """Cut a row at wide gaps (side-by-side blocks: an undetected column, a table cell) and
    where it crosses a frame's edge."""
    parts = [[row[0]]]
    held: int | None = None  # the frame of the word before, found when it matters
    for w in row[1:]:
        prev = parts[-1][-1]
        gap, size = w["x0"] - prev["x1"], max(w["size"], prev["size"])
        now: int | None = None
        # a wide gap, or a gap with a change of type (a margin note beside a title)
        split = gap > 2.0 * size or (gap > 1.2 * size and abs(w["size"] - prev["size"]) > 1)
        if not split and frames and gap > 0.6 * size:
            # a frame's edge parts words more than a word space apart (text running across
            # a coloured panel's edge, as on a cover, stays one line)
            held = _frame_index(prev, frames) if held is None else held
            now = _frame_index(w, frames)
            split = now != held
        if split:
            parts.append([w])
        else:
            parts[-1].append(w)
        held = now
    return parts


def _frame_index(w: dict, frames: Sequence) -> int:
    """Which frame (taller than two lines) holds the word's centre; -1 for none."""
    cx, cy, h = (w["x0"] + w["x1"]) / 2, (w["top"] + w["bottom"]) / 2, w["bottom"] - w["top"]
    for i, f in enumerate(frames):
        if f[0] - 1 <= cx <= f[2] + 1 and f[1] - 1 <= cy <= f[3] + 1 and f[3] - f[1] > 2 * h:
            return i
    return -1


def _rejoin(rows: dict[int, list[list[dict]]]) -> None:
    """A left and a right row on one baseline with no real gap are one full-width line."""
    for left in rows[0]:
        for right in rows[1]:
            if (right and abs(right[0]["bottom"] - left[0]["bottom"]) < 1
                    and 0 <= right[0]["x0"] - left[-1]["x1"] < 1.2 * left[-1]["size"]):
                rows[-1].append(left + right)
                left[:], right[:] = [], []
                break
    for full in rows[-1]:  # a big title crossing the gutter takes its pieces on either side
        for col in (0, 1):
            for part in rows[col]:
                if part and abs(part[0]["bottom"] - full[0]["bottom"]) < 1 and abs(
                        part[0]["size"] - full[0]["size"]) < 0.5 and _touches(part, full):
                    full.extend(part)
                    part[:] = []
    for col in rows:
        rows[col] = [r for r in rows[col] if r]
    for row in rows[-1]:
        row.sort(key=lambda w: w["x0"])


def _touches(a: list[dict], b: list[dict]) -> bool:
    gap = max(min(w["x0"] for w in b) - max(w["x1"] for w in a),
              min(w["x0"] for w in a) - max(w["x1"] for w in b))
    return gap < 1.2 * a[0]["size"]


@functools.lru_cache(maxsize=256)
def _is_bold(fontname: str | None) -> bool:
    return _BOLD_RE.search(fontname or "") is not None


def _make_line(words: list[dict], col: int) -> Line:
    big = max(w["size"] for w in words)
    base = max(w["bottom"] for w in words)
    keep = [w for w in words if not (w["size"] < 0.8 * big and w["bottom"] < base - 1.5
                                     and _SUPER_RE.fullmatch(w["text"]))]
    parts: list[str] = []
    prev = None
    for w in keep:
        if prev is not None:
            parts.append("" if w["x0"] - prev["x1"] < 0.12 * w["size"] else " ")
        parts.append(w["text"])
        prev = w
    n = sum(len(w["text"]) for w in keep) or 1
    size = sum(w["size"] * len(w["text"]) for w in keep) / n
    bold = sum(len(w["text"]) for w in keep if _is_bold(w["fontname"])) / n >= 0.6
    # its first two words bold, after a list's number ("3. **Promising practice:** ...")
    start = 1 if len(keep) > 2 and _LIST_NUMBER.fullmatch(keep[0]["text"]) else 0
    lead = all(_is_bold(w["fontname"]) for w in keep[start:start + 2])
    return Line(normalise("".join(parts)), min(w["x0"] for w in keep), max(w["x1"] for w in keep),
                min(w["top"] for w in keep), max(w["bottom"] for w in keep), size, bold, col,
                lead_bold=lead)


def _mark_dropped(lines: list[Line], height: float, body: float, keys: set[str]) -> None:
    """Flag running headers/footers, page numbers and bottom-of-page footnotes."""
    banded = [ln for ln in lines if ln.top < height * BAND or ln.bottom > height * (1 - BAND)]
    for ln in banded:
        if _is_running(ln.text, keys):
            ln.drop = True
    # A header set in two parts ("PEEL ..." left, "Kent Police" right) is one line to
    # PDFium but two to pdfplumber: a part beside a dropped part, within a running line.
    for ln in banded:
        k = _line_key(ln.text)
        if not ln.drop and len(k) >= 6 and any(k in r for r in keys) and any(
                o.drop and abs(o.top - ln.top) < 2 for o in banded):
            ln.drop = True
    for col in (-1, 0, 1):
        colls = sorted((ln for ln in lines if ln.col in (col, -1) and not ln.drop),
                       key=lambda ln: ln.top)
        for i, ln in enumerate(colls):
            if ln.top < height * 0.6 or ln.size > body - 0.8:
                continue
            if not re.match(r"\d{1,3}\s?\S", ln.text):
                continue
            rest = colls[i:]
            if all(r.size <= body - 0.8 for r in rest):
                for r in rest:
                    r.drop = True
                break


def _reading_order(lines: list[Line]) -> list[Line]:
    """Full-width lines cut the page into bands; inside a band, left column then right."""
    full = sorted((ln for ln in lines if ln.col == -1), key=lambda ln: ln.top)
    cols = sorted((ln for ln in lines if ln.col != -1), key=lambda ln: (ln.top, ln.x0))
    out: list[Line] = []
    edges = [f.top for f in full] + [float("inf")]
    start = float("-inf")
    for i, edge in enumerate(edges):
        band = [ln for ln in cols if start <= ln.top < edge]
        out.extend(sorted(band, key=lambda ln: (ln.col, ln.top, ln.x0)))
        if i < len(full):
            out.append(full[i])
            start = full[i].top
    return out


def _graphics(page, width: float, height: float) -> tuple[list, list, list]:
    """Visible shapes grouped into frames (touching shapes join), rules and bullet marks."""
    return shapes([*page.rects, *page.lines, *page.curves], width, height)


def shapes(objects: Sequence[dict], width: float, height: float) -> tuple[list, list, list]:
    """Frames, rules and marks from shapes given as pdfplumber gives them (x0, top, x1,
    bottom, object_type, fill, stroke, non_stroking_color, stroking_color)."""
    boxes, rules, marks = [], [], []
    for obj in objects:
        x0, top, x1, bottom = obj["x0"], obj["top"], obj["x1"], obj["bottom"]
        w, h = x1 - x0, bottom - top
        filled = obj.get("fill") and not _is_white(obj.get("non_stroking_color"))
        stroked = obj.get("stroke") and not _is_white(obj.get("stroking_color"))
        if obj["object_type"] == "line":
            stroked = not _is_white(obj.get("stroking_color"))
        if not (filled or stroked) or (w > 0.9 * width and h > 0.9 * height):
            continue
        if w < 6 and h < 6:
            marks.append((x0, top, x1, bottom))
            continue
        if h <= 6 and w >= 30 and w >= 8 * h:  # a thick rule too: no text fits in 6 pt
            rules.append((x0, top, x1, bottom))
        boxes.append([x0, top, x1, bottom])
    if len(boxes) > 1500:  # a vector drawing, not boxes; grouping it would take minutes
        boxes = [b for b in boxes if b[3] - b[1] <= 3 or b[2] - b[0] <= 3][:1500]
    return _union(boxes), rules, marks


def _is_white(color) -> bool:
    if color is None:
        return False
    if not isinstance(color, (tuple, list)):
        color = (color,)
    try:
        vals = [float(c) for c in color]
    except (TypeError, ValueError):
        return False
    if len(vals) == 4:
        return all(v <= 0.03 for v in vals)
    return bool(vals) and all(v >= 0.97 for v in vals)


def _union(boxes: list[list[float]], tol: float = 2.0) -> list[tuple[float, float, float, float]]:
    """Merge touching boxes into connected groups; return each group's bounding box."""
    boxes = sorted(boxes, key=lambda b: b[1])
    merged = True
    while merged:
        merged = False
        out: list[list[float]] = []
        for b in boxes:
            for o in out:
                if (b[0] <= o[2] + tol and o[0] <= b[2] + tol
                        and b[1] <= o[3] + tol and o[1] <= b[3] + tol):
                    o[:] = [min(o[0], b[0]), min(o[1], b[1]), max(o[2], b[2]), max(o[3], b[3])]
                    merged = True
                    break
            else:
                out.append(list(b))
        boxes = out
    return [(b[0], b[1], b[2], b[3]) for b in boxes]


# --- running headers and footers ----------------------------------------------------

_KIND_KEY = re.compile(  # a kind heading's key: "promisingpractice", "... 1 of 3", "(continued)"
    r"(?:innovative|promising|notable|good)practices?(?:examples?)?(?:of)?(?:continued|contd)?")


def _line_key(text: str) -> str:
    """Comparison key for running headers: letters only, digits and punctuation dropped."""
    return re.sub(r"[^a-z]", "", text.lower())


def running_keys(fast: FastPass) -> set[str]:
    """Header/footer lines repeated on several pages (page numbers ignored)."""
    counts: Counter[str] = Counter()
    for lines in fast.bands:
        counts.update({_line_key(ln) for ln in lines if len(_line_key(ln)) >= 3})
    need = max(2, min(3, round(0.3 * fast.page_count)))
    # a box's kind heading at the same place on two pages is not a running header
    return {k for k, n in counts.items() if n >= need and not _KIND_KEY.fullmatch(k)}


def _is_running(text: str, keys: set[str]) -> bool:
    """Whether a line matches a running header/footer or is a bare page number."""
    s = text.strip()
    if re.fullmatch(r"(page\s*)?\d{1,4}(\s*(of|/)\s*\d{1,4})?|[ivxlc]{1,6}", s, re.IGNORECASE):
        return True
    k = _line_key(s)
    if len(k) < 3:
        return False
    return k in keys or any(fuzz.ratio(k, r) >= 90 for r in keys)

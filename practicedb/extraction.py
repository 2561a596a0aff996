"""Find practice boxes in a report PDF and turn them into Practice records.

Detection keys on what any producer's layout gives, never on one generator's
colours or coordinates: a styled "Innovative/Promising/Notable/Good practice"
heading line, then the frame (filled or stroked shapes, or a left bar) that holds
it, or - without a frame - the text flowing below it until a sign of the end
(another heading, a rule, a big gap, a return to the normal margin). Boxes that
reach the page bottom continue on the next page when it carries on without a
new heading.
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path
from statistics import median

from practicedb import layout, metadata, pdftext
from practicedb.forces import find_forces
from practicedb.layout import Layout, Line, line_height
from practicedb.models import ExtractionError, Practice, Report
from practicedb.practice_text import END_SENTENCE, build_practice

_HEADING = re.compile(
    r"^(?P<kind>innovative|promising|notable|good)\s+practices?(?:\s+examples?)?"
    r"(?:\s*\d{1,2})?\s*[:.]?$", re.IGNORECASE)
_HEADING_INLINE = re.compile(
    r"^(?P<kind>innovative|promising|notable|good)\s+practices?(?:\s*\d{1,2})?\s*[:–—-]\s*"
    r"(?P<rest>\S.{3,})$", re.IGNORECASE)
_KIND_WORD = re.compile(r"^(innovative|promising|notable|good)$", re.IGNORECASE)
_LABEL_REST = re.compile(r"^(practices?|examples?|\((continued|cont'?d\.?)\))\s*[:.]?$",
                         re.IGNORECASE)
_CONTINUED = re.compile(r"\((continued|cont'?d\.?)\)\s*[:.]?$", re.IGNORECASE)
_GLYPHS = re.compile(r"^[^\w(\"'‘“]+")  # a decorative mark before a heading: ◆ ★ ■ ▶
_DECOY = re.compile(
    r"^(?:areas?\s+for\s+improvement|recommendations?|causes?\s+of\s+concern|case\s+stud(?:y|ies)"
    r"|examples?|accelerated\s+causes?\s+of\s+concern)\b[\s\d:.]*$", re.IGNORECASE)


class _Doc:
    """Lazily analysed pages of an open pdfplumber document; each page closed after use."""

    def __init__(self, pdf, keys: set[str], warnings: list[str]):
        self.pdf, self.keys, self.warnings = pdf, keys, warnings
        self.cache: dict[int, Layout] = {}
        self.used: set[int] = set()  # id() of lines already inside a box

    def get(self, i: int, required: bool = False) -> Layout | None:
        if i < 0 or i >= len(self.pdf.pages):
            return None
        if i not in self.cache:
            page = self.pdf.pages[i]
            try:
                self.cache[i] = layout.analyse_page(page, i + 1, self.keys)
            except Exception as exc:  # noqa: BLE001 - any library failure is worded by us
                if required:
                    raise ExtractionError(
                        f"the PDF is damaged: the text of page {i + 1} cannot be read") from exc
                self.warnings.append(f"page {i + 1} could not be read in detail — "
                                     "a practice on it could be missed")
                self.cache[i] = Layout(i + 1, 1, 1, [], [], [], [], [])
            finally:
                page.close()
        return self.cache[i]


def extract_report(path: Path, sha256: str | None = None) -> Report:
    """Read one report PDF; raise ExtractionError (plain words) if it cannot be used.

    `sha256`: the file's hash when the caller has it already (saves reading it twice)."""
    path = Path(path)
    pdftext.sniff(path)
    fast, pdfium_msg = pdftext.fast_pass(path)
    with pdftext.open_plumber(path, pdfium_msg) as pdf:
        fast = pdftext.reconcile(fast, pdf)
        warnings = pdftext.text_warnings(fast)
        doc = _Doc(pdf, layout.running_keys(fast), warnings)
        cover = doc.get(0, required=True)
        title = metadata.extract_title([(ln.text, ln.size, ln.top) for ln in cover.all_lines],
                                       fast.meta_title, path, _body_size(doc))
        practices, lined = _find_practices(doc, pdftext.candidate_pages(fast))
        named = find_forces("\n".join(fast.texts))
        rtype = metadata.extract_type(title, "\n".join(fast.texts[:2]), find_forces(fast.texts[0]),
                                      named, [p.forces[0] for p in practices if p.forces])
        rforces = metadata.extract_forces(fast.texts[:3])  # a box's default force, if one
        if not rforces and rtype in ("thematic", "joint"):
            rforces = named
        metadata.fill_practice_forces(practices, rtype, rforces, lined)
        forces = metadata.report_forces(rtype, fast.texts[:3], practices)
        published = metadata.extract_published(fast.texts[:3])
        page_count = len(pdf.pages)
    return Report(title=title, type=rtype, forces=forces, published=published,
                  page_count=page_count, file_name=path.name, sha256=sha256 or _sha256(path),
                  practices=practices, warnings=warnings)


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


# --- headings and boxes ---------------------------------------------------------------

def _styled(ln: Line, lay: Layout) -> bool:
    return ln.bold or ln.size > lay.body_size + 0.5


def _kind(ln: Line, lay: Layout) -> tuple[str | None, str, list[Line]]:
    """Practice kind, any title on the same line and the heading's further lines (a label
    set over several lines in a narrow cell) if this line starts a box heading."""
    text, more = _heading_text(ln, lay)
    m = _HEADING.match(text)
    if m and (_styled(ln, lay) or _frame_top(ln, lay)):
        return m.group("kind").lower(), "", more
    m = _HEADING_INLINE.match(text)
    if m and _styled(ln, lay):
        return m.group("kind").lower(), m.group("rest").strip(), []
    return None, "", []


def _is_box_heading(ln: Line, lay: Layout) -> bool:
    text, _ = _heading_text(ln, lay)
    return bool((_HEADING.match(text) or _HEADING_INLINE.match(text) or _DECOY.match(text))
                and (_styled(ln, lay) or _frame_top(ln, lay)))


def _continued_label(ln: Line, lay: Layout) -> list[Line]:
    """The lines of a repeated heading such as "Innovative practice (continued)" that
    opens the next part of a box split over a page or column; [] if ``ln`` is not one."""
    text, more = _heading_text(ln, lay)
    return [ln, *more] if _CONTINUED.search(text) and _styled(ln, lay) else []


def _heading_text(ln: Line, lay: Layout) -> tuple[str, list[Line]]:
    """The line's text without a leading decorative mark and, when it is a kind word on
    its own ("Innovative"), joined with the lines below it that finish the label
    ("practice", "(continued)"), which are returned too."""
    text = _GLYPHS.sub("", ln.text.strip())
    if not _KIND_WORD.match(text):
        return text, []
    more, last = [], ln
    while True:
        below = [o for o in lay.lines if o is not last and abs(o.x0 - ln.x0) <= 3
                 and o.bold == ln.bold and abs(o.size - ln.size) <= 0.5
                 and -1 <= o.top - last.bottom <= line_height(last)]
        nxt = min(below, key=lambda o: o.top, default=None)
        if nxt is None or not _LABEL_REST.match(nxt.text.strip()):
            return text, more
        text, last = f"{text} {nxt.text.strip()}", nxt
        more.append(nxt)


def _frame_top(ln: Line, lay: Layout) -> bool:
    """A line of its own at the top of a frame."""
    for f in lay.frames:
        if _inside(ln, f, 3) and not any(
                _inside(o, f, 3) and o.bottom <= ln.top + 1 for o in lay.lines if o is not ln):
            return True
    return False


def _inside(ln: Line, f: tuple, tol: float = 2.0) -> bool:
    cx, cy = (ln.x0 + ln.x1) / 2, (ln.top + ln.bottom) / 2
    return (f[0] - tol <= ln.x0 and ln.x1 <= f[2] + tol and f[0] <= cx <= f[2]
            and f[1] - tol <= cy <= f[3] + tol)


def _is_contents(lay: Layout) -> bool:
    texts = [ln.text.strip() for ln in lay.lines]
    if any(re.fullmatch(r"(table of )?contents", t, re.IGNORECASE) for t in texts[:8]):
        return True
    toc = sum(bool(re.search(r"(\.{3,}|…+|\s)\s*\d{1,3}$", t)) for t in texts)
    return len(texts) >= 4 and toc >= 0.5 * len(texts)


def _frame_for(lay: Layout, heading: Line) -> tuple | None:
    """Region of the frame holding the heading: an enclosing shape group or a left bar."""
    area = lay.width * lay.height
    held = [f for f in lay.frames if _inside(heading, f, 3) and (f[2] - f[0]) * (f[3] - f[1])
            < 0.8 * area and f[3] - f[1] > 1.5 * line_height(heading)]
    for f in sorted(held, key=lambda f: (f[2] - f[0]) * (f[3] - f[1])):
        above = [ln for ln in lay.lines if _inside(ln, f) and ln.bottom <= heading.top + 1]
        if len(above) > 1:
            continue  # heading sits mid-way down a bigger panel: not its own frame
        below = [g for g in lay.frames if 0 <= g[1] - f[3] <= 12
                 and min(f[2], g[2]) - max(f[0], g[0]) > 0.5 * (f[2] - f[0])]
        text_in = [ln for ln in lay.lines if _inside(ln, f) and ln.top >= heading.top - 1]
        if len(text_in) <= 2 and below:  # a heading label with the box body just below
            g = below[0]
            return (min(f[0], g[0]), f[1], max(f[2], g[2]), g[3])
        if len(text_in) <= 1:
            return None
        return f
    return _frame_below(lay, heading) or _bar_region(lay, heading)


def _frame_below(lay: Layout, heading: Line) -> tuple | None:
    """A box printed just under its heading (the heading stands outside, above it):
    the frame's region, taken up to include the heading."""
    h = line_height(heading)
    for f in sorted(lay.frames, key=lambda f: f[1]):
        if (not -1 <= f[1] - heading.bottom <= 1.5 * h or f[3] - f[1] < 2 * h
                or not f[0] - 15 <= heading.x0 <= f[0] + 0.25 * (f[2] - f[0])):
            continue
        inner = [ln for ln in lay.lines if _inside(ln, f)]
        if inner and not _is_box_heading(min(inner, key=lambda ln: ln.top), lay):
            return (min(f[0], heading.x0), heading.top, f[2], f[3])
    return None


def _bar_region(lay: Layout, ln: Line) -> tuple | None:
    """Region marked by a vertical bar just left of the line, reaching the column edge."""
    right = lay.gutter if ln.col == 0 and lay.gutter else lay.width
    for f in lay.frames:
        if (f[2] - f[0] <= 8 and f[3] - f[1] >= 1.5 * line_height(ln) and f[2] <= ln.x0 + 1
                and ln.x0 - f[2] <= 40 and f[1] <= ln.bottom and f[3] >= ln.top):
            return (f[0], f[1], right, f[3])
    return None


def _body_size(doc: _Doc) -> float:
    """Running-text size of the report: pages 2-3 (the cover's own sizes say little)."""
    sizes = [lay.body_size for i in (1, 2) if (lay := doc.get(i)) is not None and lay.lines]
    return median(sizes) if sizes else doc.get(0).body_size


def _find_practices(doc: _Doc, pages: list[int]) -> tuple[list[Practice], set[int]]:
    """Every practice box on the given pages, with the forces the box itself names; and
    the id() of those whose forces come from a force line of their own."""
    out: list[Practice] = []
    lined: set[int] = set()
    for i in pages:
        doc.get(i)
    top = _top_heading_size(doc)
    for i in pages:
        lay = doc.get(i)
        if lay is None or _is_contents(lay):
            continue
        for idx, ln in enumerate(lay.lines):
            if id(ln) in doc.used:
                continue
            kind, inline, label = _kind(ln, lay)
            if not kind:
                continue
            doc.used.update(id(x) for x in label)
            lines, last = _box_lines(doc, lay, idx)
            doc.used.update(id(x) for _, x in lines)
            p = build_practice(kind, inline, lines, lay)
            if p is None:
                continue
            p.page_start, p.page_end = lay.number, last
            p.section = _section(doc, lay, idx, top)
            if p.forces:
                lined.add(id(p))
            p.forces = p.forces or find_forces(f"{p.title}\n{p.body}")
            out.append(p)
    return out, lined


def _box_lines(doc: _Doc, lay: Layout, idx: int) -> tuple[list[tuple[Layout, Line]], int]:
    """Lines of the box whose heading is lay.lines[idx], across page breaks; and the last page."""
    heading = lay.lines[idx]
    frame = _frame_for(lay, heading)
    out: list[tuple[Layout, Line]] = []
    if frame is not None:
        while True:
            taken = [ln for ln in lay.lines if _inside(ln, frame) and ln.top > heading.top - 0.5
                     and ln is not heading and id(ln) not in doc.used]
            if heading.top < 0:  # a continuation: drop a repeated "(continued)" heading
                label = {id(x) for x in _continued_label(taken[0], lay)} if taken else set()
                taken = [ln for ln in taken if id(ln) not in label]
            cut = next((k for k, ln in enumerate(taken) if _is_box_heading(ln, lay)), None)
            out += [(lay, ln) for ln in taken[:cut]]
            if cut is not None:
                return out, lay.number
            start = Line("", 0, 0, -1e9, -1e9, 0, False)  # take a continuation from its top
            if (beside := _next_column_frame(lay, frame)) is not None:
                frame, heading = beside, start
                continue
            if not _frame_at_bottom(lay, frame):
                return out, lay.number
            nxt = doc.get(lay.number)
            frame = _continuation_frame(nxt) if nxt else None
            if frame is None:
                return out, lay.number
            lay, heading = nxt, start
    return _flow_lines(doc, lay, idx)


def _next_column_frame(lay: Layout, frame: tuple) -> tuple | None:
    """The frame at the top of the right-hand column that carries on a box which fills
    the bottom of the left-hand one (nothing but full-width content below it)."""
    g = lay.gutter
    if not g or frame[2] > g + 3:
        return None
    spans = [f[1] for f in lay.frames if f[0] < g < f[2] and f[1] >= frame[3] - 1]
    spans += [ln.top for ln in lay.lines if ln.x0 < g < ln.x1 and ln.top >= frame[3] - 1]
    limit = min(spans, default=lay.height)
    if any(ln.x1 <= g + 3 and frame[3] - 1 <= ln.top < limit and not _inside(ln, frame)
           for ln in lay.lines):
        return None  # the left column carries on below the box
    right = [ln for ln in lay.lines if ln.x0 >= g - 3 and ln.top < limit]
    first = min(right, key=lambda ln: ln.top, default=None)
    if first is None or _is_box_heading(first, lay):
        return None
    return next((f for f in lay.frames if f[0] >= g - 3 and _inside(first, f)
                 and f[3] <= limit + 3), None)


def _frame_at_bottom(lay: Layout, frame: tuple) -> bool:
    if frame[3] < 0.7 * lay.height:
        return False
    return not any(ln.top >= frame[3] - 1 and not _inside(ln, frame)
                   and (ln.x1 > frame[0] and ln.x0 < frame[2]) for ln in lay.lines)


def _continuation_frame(lay: Layout) -> tuple | None:
    """A frame at the top of the page that carries on a box without a new heading."""
    if not lay.lines:
        return None
    first = lay.lines[0]
    if _is_box_heading(first, lay):
        return None
    for f in sorted(lay.frames, key=lambda f: f[1]):
        if _inside(first, f) and f[1] < 0.3 * lay.height:
            return f
    bar = _bar_region(lay, first)
    return bar if bar and bar[1] < 0.3 * lay.height else None


def _flow_lines(doc: _Doc, lay: Layout, idx: int) -> tuple[list[tuple[Layout, Line]], int]:
    """Frameless box: text below the heading until a heading, rule, big gap or dedent."""
    heading = lay.lines[idx]
    out: list[tuple[Layout, Line]] = []
    prev, left, pitches = heading, None, []
    titling = True
    ruled = any(heading.top - 20 <= r[1] <= heading.top and _overlaps(r, heading)
                for r in lay.rules)  # a rule above the heading: the box runs to the next rule
    stream = [(lay, ln) for ln in lay.lines[idx + 1:]]
    while True:
        for k, (ly, ln) in enumerate(stream):
            if _is_box_heading(ln, ly) or id(ln) in doc.used:
                return out, out[-1][0].number if out else lay.number
            styled = ln.bold or ln.size > ly.body_size + 0.5
            if titling and styled and len(out) < 4:
                out.append((ly, ln))
                prev = ln
                continue
            titling = False
            if (ln.bold and ln.size >= heading.size - 0.3) or ln.size > max(
                    heading.size, ly.body_size) + 0.5:
                return out, out[-1][0].number if out else lay.number
            newflow = k == 0 and ly is not lay or ln.col != prev.col and prev.col != -1
            if newflow and not _carries_on(out, ln, left, ruled):
                return out, out[-1][0].number if out else lay.number
            if not newflow:
                pitch = ln.top - prev.top
                med = median(pitches) if pitches else 1.25 * max(prev.size, 6)
                if pitch > 2.2 * med or _rule_between(ly, prev, ln) or _in_other_frame(ly, ln):
                    return out, out[-1][0].number if out else lay.number
                if 0 < pitch < 2 * med:
                    pitches.append(pitch)
            if left is None:
                margin = min((o.x0 for o in ly.lines if o.col == ln.col), default=ln.x0)
                left = ln.x0 if ln.x0 > margin + 10 else -1.0
            elif left > 0 and ln.x0 < left - 5:
                return out, out[-1][0].number if out else lay.number
            out.append((ly, ln))
            prev = ln
        nxt = doc.get(stream[-1][0].number if stream else lay.number)
        if nxt is None or not nxt.lines or not out:
            return out, out[-1][0].number if out else lay.number
        stream = [(nxt, ln) for ln in nxt.lines]
        lay = nxt


def _carries_on(out: list, ln: Line, left: float | None, ruled: bool) -> bool:
    """After a page or column break: same box if mid-sentence, still indented, or a
    rule-opened box whose closing rule has not been seen yet."""
    if not out:
        return False
    ly, last = out[-1]
    if not END_SENTENCE.search(last.text.strip()):
        return True
    if ruled:
        return not any(r[1] >= last.bottom - 1 and _overlaps(r, last) for r in ly.rules)
    return left is not None and left > 0 and abs(ln.x0 - left) < 4


def _overlaps(r: tuple, ln: Line) -> bool:
    return min(r[2], ln.x1) - max(r[0], ln.x0) > 0.5 * (ln.x1 - ln.x0)


def _rule_between(lay: Layout, a: Line, b: Line) -> bool:
    return any(a.bottom - 1 <= r[1] <= b.top + 1 and min(r[2], b.x1) - max(r[0], b.x0) > 0.5 *
               (b.x1 - b.x0) for r in lay.rules) if a.top < b.top else False


def _in_other_frame(lay: Layout, ln: Line) -> bool:
    return any(_inside(ln, f) and (f[2] - f[0]) * (f[3] - f[1]) < 0.8 * lay.width * lay.height
               and f[3] - f[1] > 2 * line_height(ln) for f in lay.frames)


def _section(doc: _Doc, lay: Layout, idx: int, top: float) -> str | None:
    """Nearest top-level heading above the box (this page, then up to five pages back).

    Top level means the largest heading size seen in the body pages; a nearer
    sub-heading is used only when no top-level heading is found.
    """
    fallback = None
    for back in range(6):
        ly = lay if back == 0 else doc.get(lay.number - 1 - back)
        if ly is None or ly.number == 1:
            break
        if _is_contents(ly):
            continue
        lines = ly.lines[:idx] if back == 0 else ly.lines
        for k in range(len(lines) - 1, -1, -1):
            ln = lines[k]
            if id(ln) in doc.used or _is_box_heading(ln, ly) or not _heading_like(ln, ly):
                continue
            parts = [ln.text]
            while k > 0 and _continues_heading(lines[k - 1], ln, ly):
                k -= 1
                parts.insert(0, lines[k].text)
            if ln.size >= top - 0.5:
                return " ".join(parts)
            fallback = fallback or " ".join(parts)
    return fallback


def _continues_heading(above: Line, ln: Line, lay: Layout) -> bool:
    """The line above is the first part of the same wrapped heading."""
    return (_heading_like(above, lay) and abs(above.size - ln.size) < 0.3
            and 0 < ln.top - above.top < 2 * line_height(ln))


def _top_heading_size(doc: _Doc) -> float:
    """Largest heading size on the analysed body pages (the cover does not count)."""
    sizes = [ln.size for i, ly in doc.cache.items() if i > 0 and not _is_contents(ly)
             for ln in ly.lines if _heading_like(ln, ly) and not _is_box_heading(ln, ly)]
    return max(sizes, default=0.0)


def _heading_like(ln: Line, lay: Layout) -> bool:
    text = ln.text.strip()
    if len(text) < 3 or len(text) > 120 or not text[0].isalnum() or text.endswith((".", ",")):
        return False
    if any(_inside(ln, f) for f in lay.frames if f[2] - f[0] > 8):
        return False
    return ln.size >= lay.body_size + 1.5 or (ln.bold and ln.size >= lay.body_size - 0.3)

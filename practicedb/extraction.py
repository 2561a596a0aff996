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

from practicedb import metadata, pdftext
from practicedb.forces import find_forces, force_line
from practicedb.models import ExtractionError, Practice, Report
from practicedb.pdftext import Layout, Line

_HEADING = re.compile(
    r"^(?P<kind>innovative|promising|notable|good)\s+practices?(?:\s+examples?)?"
    r"(?:\s*\d{1,2})?\s*[:.]?$", re.IGNORECASE)
_HEADING_INLINE = re.compile(
    r"^(?P<kind>innovative|promising|notable|good)\s+practices?(?:\s*\d{1,2})?\s*[:–—-]\s*"
    r"(?P<rest>\S.{3,})$", re.IGNORECASE)
_DECOY = re.compile(
    r"^(?:areas?\s+for\s+improvement|recommendations?|causes?\s+of\s+concern|case\s+stud(?:y|ies)"
    r"|examples?|accelerated\s+causes?\s+of\s+concern)\b[\s\d:.]*$", re.IGNORECASE)
_BULLET = re.compile(
    r"^(?:[•●▪■◦‣·○►➢✓\uf0b7\uf0a7\uf076\uf0d8\uf0fc\uf06e*]|[-–—](?=\s)|o(?=\s)|\(cid:\d+\)"
    r"|\(?(?:\d{1,2}|[a-h]|[ivx]{1,4})[.)](?=\s))\s*")
_END_SENTENCE = re.compile(r"[.!?:;)\"'”’]$")
_PREFIXES = frozenset(
    "multi co non cross well self pre post anti under over long short high low in out full part "
    "child victim domestic inter intra semi sub ex e face two one three risk evidence problem "
    "decision trauma follow age front fast place user team cost time community force".split())
_COMPOUND_TAILS = frozenset(
    "based led trained related focused informed making solving up term level wide specific owned "
    "free friendly worn centred centered facing scale agency year month day hour minute week "
    "time run funded driven oriented aware sensitive appropriate".split())


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
                self.cache[i] = pdftext.analyse_page(page, i + 1, self.keys)
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


def extract_report(path: Path) -> Report:
    """Read one report PDF; raise ExtractionError (plain words) if it cannot be used."""
    path = Path(path)
    pdftext.sniff(path)
    fast, pdfium_msg = pdftext.fast_pass(path)
    with pdftext.open_plumber(path, pdfium_msg) as pdf:
        fast = _reconcile(fast, pdf)
        warnings = _text_warnings(fast)
        doc = _Doc(pdf, pdftext.running_keys(fast), warnings)
        cover = doc.get(0, required=True)
        title = metadata.extract_title([(ln.text, ln.size) for ln in cover.all_lines],
                                       fast.meta_title, path)
        forces = metadata.extract_forces(fast.texts[:3])
        named = find_forces("\n".join(fast.texts))
        rtype = metadata.extract_type(title, "\n".join(fast.texts[:2]), forces, named)
        if not forces and rtype in ("thematic", "joint"):
            forces = named
        published = metadata.extract_published(fast.texts[:3])
        practices = _find_practices(doc, pdftext.candidate_pages(fast), rtype, forces)
        page_count = len(pdf.pages)
    return Report(title=title, type=rtype, forces=forces, published=published,
                  page_count=page_count, file_name=path.name, sha256=_sha256(path),
                  practices=practices, warnings=warnings)


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def _reconcile(fast: pdftext.FastPass | None, pdf) -> pdftext.FastPass:
    """Use pdfplumber's page count; fill pages pypdfium2 could not read (or read it all)."""
    if fast is None:
        return pdftext.plumber_fast_pass(pdf)
    n = len(pdf.pages)
    fast.texts = (fast.texts + [""] * n)[:n]
    fast.bands = (fast.bands + [[] for _ in range(n)])[:n]
    fast.page_count = n
    return fast


def _text_warnings(fast: pdftext.FastPass) -> list[str]:
    """Raise if no page has usable text; otherwise warn about each page without any."""
    bad = [i for i, t in enumerate(fast.texts) if pdftext.is_unusable(t)]
    if len(bad) == fast.page_count:
        raise ExtractionError("no usable text: the pages are scanned images or use fonts without "
                              "a text map — run it through OCR first")
    return [f"page {i + 1} has no text layer (scanned?) — a practice on it could be missed"
            for i in bad]


# --- headings and boxes ---------------------------------------------------------------

def _styled(ln: Line, lay: Layout) -> bool:
    return ln.bold or ln.size > lay.body_size + 0.5


def _kind(ln: Line, lay: Layout) -> tuple[str | None, str]:
    """Practice kind (and any title on the same line) if this line is a box heading."""
    m = _HEADING.match(ln.text.strip())
    if m and (_styled(ln, lay) or _frame_top(ln, lay)):
        return m.group("kind").lower(), ""
    m = _HEADING_INLINE.match(ln.text.strip())
    if m and _styled(ln, lay):
        return m.group("kind").lower(), m.group("rest").strip()
    return None, ""


def _is_box_heading(ln: Line, lay: Layout) -> bool:
    text = ln.text.strip()
    return bool((_HEADING.match(text) or _HEADING_INLINE.match(text) or _DECOY.match(text))
                and (_styled(ln, lay) or _frame_top(ln, lay)))


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
    held = [f for f in lay.frames if _inside(heading, f, 3)
            and (f[2] - f[0]) * (f[3] - f[1]) < 0.8 * area and f[3] - f[1] > 1.5 * _h(heading)]
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
    return _bar_region(lay, heading)


def _bar_region(lay: Layout, ln: Line) -> tuple | None:
    """Region marked by a vertical bar just left of the line, reaching the column edge."""
    right = lay.gutter if ln.col == 0 and lay.gutter else lay.width
    for f in lay.frames:
        if (f[2] - f[0] <= 8 and f[3] - f[1] >= 1.5 * _h(ln) and f[2] <= ln.x0 + 1
                and ln.x0 - f[2] <= 40 and f[1] <= ln.bottom and f[3] >= ln.top):
            return (f[0], f[1], right, f[3])
    return None


def _h(ln: Line) -> float:
    return max(ln.bottom - ln.top, 1.0)


def _find_practices(doc: _Doc, pages: list[int], rtype: str, rforces: list[str]) -> list[Practice]:
    out: list[Practice] = []
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
            kind, inline = _kind(ln, lay)
            if not kind:
                continue
            lines, last = _box_lines(doc, lay, idx)
            doc.used.update(id(x) for _, x in lines)
            p = _practice(kind, inline, lines, lay)
            if p is None:
                continue
            p.page_start, p.page_end = lay.number, last
            p.section = _section(doc, lay, idx, top)
            if rtype == "peel" and len(rforces) == 1:
                p.forces = list(rforces)
            elif not p.forces:
                p.forces = find_forces(f"{p.title}\n{p.body}") or (
                    list(rforces) if len(rforces) == 1 and rtype != "thematic" else [])
            out.append(p)
    return out


def _box_lines(doc: _Doc, lay: Layout, idx: int) -> tuple[list[tuple[Layout, Line]], int]:
    """Lines of the box whose heading is lay.lines[idx], across page breaks; and the last page."""
    heading = lay.lines[idx]
    frame = _frame_for(lay, heading)
    out: list[tuple[Layout, Line]] = []
    if frame is not None:
        while True:
            taken = [ln for ln in lay.lines if _inside(ln, frame) and ln.top > heading.top - 0.5
                     and ln is not heading and id(ln) not in doc.used]
            cut = next((k for k, ln in enumerate(taken) if _is_box_heading(ln, lay)), None)
            out += [(lay, ln) for ln in taken[:cut]]
            if cut is not None or not _frame_at_bottom(lay, frame):
                return out, lay.number
            nxt = doc.get(lay.number)
            frame = _continuation_frame(nxt) if nxt else None
            if frame is None:
                return out, lay.number
            lay, heading = nxt, Line("", 0, 0, -1e9, -1e9, 0, False)
    return _flow_lines(doc, lay, idx)


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
    if not _END_SENTENCE.search(last.text.strip()):
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
               and f[3] - f[1] > 2 * _h(ln) for f in lay.frames)


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
            and 0 < ln.top - above.top < 2 * _h(ln))


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


# --- practice text ----------------------------------------------------------------------

def _practice(kind: str, inline: str, lines: list[tuple[Layout, Line]], lay: Layout
              ) -> Practice | None:
    """Title (styled lines or first sentence), force line, and body of one box."""
    lines = list(lines)
    forces: list[str] = []
    for k in range(min(3, len(lines))):
        name = force_line(lines[k][1].text)
        if name:
            forces.append(name)
            del lines[k]
            break
    body_size = median([ln.size for _, ln in lines]) if lines else lay.body_size
    title_lines: list[Line] = []
    for _ly, ln in lines[:4]:
        if not (ln.bold or ln.size > body_size + 0.5):
            break
        if title_lines and ln.top - title_lines[-1].bottom > 1.2 * _h(ln):
            break
        title_lines.append(ln)
    if len(title_lines) == len(lines):
        title_lines = title_lines[:1] if len(lines) > 1 else []
    rest = lines[len(title_lines):]
    body = _format_body(rest)
    title = " ".join([inline] + [ln.text for ln in title_lines]).strip()
    if not title:
        flat = body.replace("\n", " ").lstrip("- ")
        m = re.match(r"(.{10,}?[.!?])(\s|$)", flat)
        title = m.group(1) if m else flat
        if len(title) > 120:
            title = title[:120].rsplit(" ", 1)[0]
    if not title and not body:
        return None
    return Practice(kind=kind, title=title, body=body, forces=forces)


def _format_body(lines: list[tuple[Layout, Line]]) -> str:
    """Paragraphs separated by a blank line; bullets as '- text' on their own lines."""
    if not lines:
        return ""
    pitches = [b.top - a.top for (la, a), (lb, b) in zip(lines, lines[1:], strict=False)
               if la is lb and 0 < b.top - a.top < 3 * _h(a)]
    med = median(pitches) if pitches else 14.0
    blocks: list[list] = []  # [kind 'p'|'b', text, x of text start]
    prev: tuple[Layout, Line] | None = None
    for ly, ln in lines:
        text = ln.text.strip()
        m = _BULLET.match(text)
        marked = any(mk[2] <= ln.x0 + 1 and ln.x0 - mk[2] < 20 and ln.top - 1 <= (mk[1] + mk[3]) / 2
                     <= ln.bottom + 1 for mk in ly.marks)
        if (m and len(text) > m.end()) or marked:
            blocks.append(["b", text[m.end():] if m else text, ln.x0])
        elif prev is None:
            blocks.append(["p", text, ln.x0])
        else:
            pl = prev[1]
            same_page = prev[0] is ly
            gap = same_page and ln.top - pl.top > 1.4 * med
            indent = same_page and ln.x0 > pl.x0 + 8 and blocks[-1][0] == "p"
            dedent = blocks[-1][0] == "b" and ln.x0 < blocks[-1][2] - 4 and same_page
            pagebreak = not same_page and _END_SENTENCE.search(blocks[-1][1])
            if gap or indent or dedent or pagebreak:
                blocks.append(["p", text, ln.x0])
            else:
                blocks[-1][1] = _join(blocks[-1][1], text)
        prev = (ly, ln)
    out = ""
    for k, (kind, text, _) in enumerate(blocks):
        text = f"- {text}" if kind == "b" else text
        if k:
            out += "\n" if kind == "b" and blocks[k - 1][0] == "b" else "\n\n"
        out += text
    return out


def _join(a: str, b: str) -> str:
    """Join wrapped lines, undoing end-of-line hyphenation but keeping real compounds."""
    m = re.search(r"([A-Za-z]+)[-\u2010]$", a)
    if m:
        frag = m.group(1)
        tail = re.match(r"[a-z]+", b)
        if tail and tail.group(0) in _COMPOUND_TAILS:
            return a + b
        if b[:1].islower() and frag.lower() not in _PREFIXES and (frag.islower() or (
                frag[:1].isupper() and frag[1:].islower())):
            return a[:-1] + b
        return a + b
    if a.endswith("/"):
        return a + b
    return f"{a} {b}"

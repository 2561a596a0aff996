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

import contextlib
from dataclasses import replace
from pathlib import Path
from statistics import median

from practicedb._util import sha256_file
from practicedb.extraction import (
    headings,
    layout,
    metadata,
    ocr,
    pdfium_fonts,
    pdfium_layout,
    pdftext,
)
from practicedb.extraction.frames import (
    columns_within,
    continuation_frame,
    frame_at_bottom,
    frame_for,
    in_other_frame,
    label_column,
    next_column_frame,
    overlaps,
    rule_between,
    starts_beside,
)
from practicedb.extraction.headings import (
    continued_label,
    heading_like,
    inside,
    is_box_heading,
    is_contents,
)
from practicedb.extraction.layout import Layout, Line, line_height
from practicedb.extraction.pages import Doc, Plumber, Prepared
from practicedb.extraction.practice_text import END_SENTENCE, build_practice, is_definition
from practicedb.forces import find_forces
from practicedb.models import Practice, Report


def extract_report(path: Path, sha256: str | None = None, engine: str = "pdfium") -> Report:
    """Read one report PDF; raise ExtractionError (plain words) if it cannot be used.

    `sha256`: the file's hash when the caller has it already (saves reading it twice).
    `engine`: "pdfium" (page layout from PDFium: the default, several times faster;
    pdfplumber still serves any page PDFium cannot) or "pdfplumber" (the reference, every
    page's layout from pdfplumber)."""
    path = Path(path)
    pdftext.sniff(path)
    with contextlib.ExitStack() as stack:
        plumber = Plumber(path, "", stack)
        fonts = prepared = None
        if engine == "pdfium":  # pdfminer's view of the fonts: the pdfplumber file's
            fonts = pdfium_fonts.FontNames(plumber.page_obj)
            prepared = Prepared(fonts)
        fast, plumber.message = pdftext.fast_pass(path, prepared)
        # pdfplumber's open stays the judge of a damaged file (and its page count rules),
        # on either engine; on the PDFium path it lays out no page PDFium can serve
        fast = pdftext.reconcile(fast, plumber.get())
        if engine == "pdfium":
            pdftext.check_cover(plumber.get())
        fast_doc = (stack.enter_context(pdfium_layout.open_document(path, engine))
                    if fast.engine == "pdfium" else None)
        if fast_doc is None:
            fonts = prepared = None
        keys = layout.running_keys(fast)
        scans = ocr.read_scans(path, fast, keys)
        warnings = pdftext.text_warnings(fast, ocr.available())
        warnings += [f"page {lay.number} has no text layer: it was read by OCR, so check the "
                     "text of any practice on it" for lay in scans]
        doc = Doc(plumber, fast.page_count, keys, warnings, fast_doc, fonts, prepared)
        doc.cache.update({lay.number - 1: lay for lay in scans})
        cover = doc.get(0, required=True)
        assert cover is not None  # required=True raises instead
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
        page_count = fast.page_count
    return Report(title=title, type=rtype, forces=forces, published=published,
                  page_count=page_count, file_name=path.name, sha256=sha256 or sha256_file(path),
                  practices=practices, warnings=warnings)


# --- boxes --------------------------------------------------------------------------------


def _body_size(doc: Doc) -> float:
    """Running-text size of the report: pages 2-3 (the cover's own sizes say little)."""
    sizes = [lay.body_size for i in (1, 2) if (lay := doc.get(i)) is not None and lay.lines]
    cover = doc.get(0, required=True)
    assert cover is not None  # required=True raises instead
    return median(sizes) if sizes else cover.body_size


def _find_practices(doc: Doc, pages: list[int]) -> tuple[list[Practice], set[int]]:
    """Every practice box on the given pages, with the forces the box itself names; and
    the id() of those whose forces come from a force line of their own."""
    out: list[Practice] = []
    lined: set[int] = set()
    for i in pages:
        doc.get(i)
    top = _top_heading_size(doc)
    for i in pages:
        lay = doc.get(i)
        if lay is None or is_contents(lay):
            continue
        for idx, ln in enumerate(lay.lines):
            if id(ln) in doc.used:
                continue
            kind, inline, label = headings.kind(ln, lay)
            if kind:
                doc.used.update(id(x) for x in label)
                lines, last = _box_lines(doc, lay, idx)
            elif run := headings.run_in(ln, lay):
                kind, inline, lines, last = _run_in_lines(doc, lay, idx, run)
            else:
                continue
            doc.used.update(id(x) for _, x in lines)
            p = build_practice(kind, inline, lines, lay)
            if p is None:
                continue
            p.page_start, p.page_end = lay.number, last
            p.ocr = lay.ocr or any(ly.ocr for ly, _ in lines)
            p.section = _section(doc, lay, idx, top)
            if is_definition(p):
                continue
            if p.forces:
                lined.add(id(p))
            p.forces = p.forces or find_forces(f"{p.title}\n{p.body}")
            out.append(p)
    return out, lined


def _run_in_lines(doc: Doc, lay: Layout, idx: int, run: tuple[str, str],
                  ) -> tuple[str, str, list[tuple[Layout, Line]], int]:
    """A practice told in one paragraph of running text led by its bold kind heading:
    (kind, its title - a bold line just above, if any -, the paragraph's lines, page)."""
    kind, rest = run
    first = lay.lines[idx]
    lines = [(lay, replace(first, text=rest, bold=False, lead_bold=False))]
    frame = next((f for f in lay.frames if inside(first, f, 3)
                  and f[3] - f[1] > 3 * line_height(first) and f[1] >= first.top - 20), None)
    if frame is not None:  # opening a box: the practice is the box, every paragraph of it
        for ln in lay.lines[idx + 1:]:
            if not inside(ln, frame) or id(ln) in doc.used:
                continue
            if is_box_heading(ln, lay) or headings.run_in(ln, lay):
                break
            lines.append((lay, ln))
        doc.used.add(id(first))
        return kind, "", lines, lay.number
    pitch = None
    # an item of a numbered list ("3. Promising practice: ..."): its lines and paragraphs
    # stand at the text's indent, right of the number, until the next item
    indent = -1.0 if headings.LIST_NUMBER.match(first.text) else first.x0
    for ln in lay.lines[idx + 1:]:
        prev = lines[-1][1]
        gap = ln.top - prev.top
        if indent < 0 and first.x0 + 3 < ln.x0 <= first.x0 + 40:
            indent = ln.x0
        room = 2.6 if indent != first.x0 else 1.25  # an item may hold several paragraphs
        if (ln.col != first.col or abs(ln.x0 - indent) > 3 or ln.bold or gap <= 0
                or gap > room * (pitch or 1.3 * line_height(prev))):
            break  # the paragraph ends at a gap, an indent or another column
        pitch = pitch or gap
        lines.append((lay, ln))
    if indent > first.x0:  # the item's first line, read from its text, not its number
        lines[0] = (lay, replace(lines[0][1], x0=indent))
    doc.used.add(id(first))
    title = ""
    above = lay.lines[idx - 1] if idx else None
    if (above is not None and above.bold and above.col == first.col and id(above) not in doc.used
            and 0 < first.top - above.top <= 1.8 * line_height(above)
            and above.size <= lay.body_size + 1 and not above.text.rstrip().endswith(".")):
        title = above.text
        doc.used.add(id(above))
    return kind, title, lines, lay.number


def _box_lines(doc: Doc, lay: Layout, idx: int) -> tuple[list[tuple[Layout, Line]], int]:
    """Lines of the box whose heading is lay.lines[idx], across page breaks; and the last page."""
    heading = lay.lines[idx]
    frame = frame_for(lay, heading)
    out: list[tuple[Layout, Line]] = []
    if frame is not None:
        while True:
            taken = [ln for ln in lay.lines if inside(ln, frame) and ln is not heading
                     and (ln.top > heading.top - 0.5 or starts_beside(ln, heading))
                     and id(ln) not in doc.used]
            if heading.top < 0:  # a continuation: drop a repeated "(continued)" heading
                label = {id(x) for x in continued_label(taken[0], lay)} if taken else set()
                taken = [ln for ln in taken if id(ln) not in label]
            taken = label_column(taken, heading) or columns_within(taken)
            cut = next((k for k, ln in enumerate(taken) if is_box_heading(ln, lay)), None)
            out += [(lay, ln) for ln in taken[:cut]]
            if cut is not None:
                return out, lay.number
            start = Line("", 0, 0, -1e9, -1e9, 0, False)  # take a continuation from its top
            if (beside := next_column_frame(lay, frame)) is not None:
                frame, heading = beside, start
                continue
            if not frame_at_bottom(lay, frame):
                return out, lay.number
            nxt = doc.get(lay.number)
            frame = continuation_frame(nxt) if nxt else None
            if frame is None or nxt is None:
                return out, lay.number
            lay, heading = nxt, start
    return _flow_lines(doc, lay, idx)


def _flow_lines(doc: Doc, lay: Layout, idx: int) -> tuple[list[tuple[Layout, Line]], int]:
    """Frameless box: text below the heading until a heading, rule, big gap or dedent."""
    heading = lay.lines[idx]
    out: list[tuple[Layout, Line]] = []
    prev, left = heading, None
    pitches: list[float] = []
    titling = True
    above = [r for r in lay.rules if heading.top - 20 <= r[1] <= heading.top
             and overlaps(r, heading)]  # a rule above the heading: the box runs to the next
    ruled = bool(above)
    # ... and spans the rule's width: on a page not set in columns, a line beside it
    # belongs to a box beside this one
    span = ((min(r[0] for r in above) - 3, max(r[2] for r in above) + 3)
            if above and lay.gutter is None else None)
    # a title set beside the heading (the kind as a margin note) comes first
    beside = [ln for ln in lay.lines if ln is not heading and ln.col == heading.col
              and abs(ln.bottom - heading.bottom) < 2 and ln.x0 > heading.x1 + 8
              and id(ln) not in doc.used]
    stream = [(lay, ln) for ln in beside + [o for o in lay.lines[idx + 1:] if o not in beside]]
    while True:
        for k, (ly, ln) in enumerate(stream):
            if span is not None and ly is lay and (ln.x0 < span[0] or ln.x1 > span[1]):
                continue
            if is_box_heading(ln, ly) or id(ln) in doc.used:
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
                if pitch > 2.2 * med or rule_between(ly, prev, ln) or in_other_frame(ly, ln):
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
        return not any(r[1] >= last.bottom - 1 and overlaps(r, last) for r in ly.rules)
    return left is not None and left > 0 and abs(ln.x0 - left) < 4


def _section(doc: Doc, lay: Layout, idx: int, top: float) -> str | None:
    """Nearest top-level heading above the box (this page, then up to five pages back).

    Top level means the largest heading size seen in the body pages; a nearer
    sub-heading is used only when no top-level heading is found.
    """
    fallback = None
    for back in range(6):
        ly = lay if back == 0 else doc.get(lay.number - 1 - back)
        if ly is None or ly.number == 1:
            break
        if is_contents(ly):
            continue
        lines = _beside_sidebar(ly, idx) + ly.lines[:idx] if back == 0 else ly.lines
        quoted = _quotations(ly)
        for k in range(len(lines) - 1, -1, -1):
            ln = lines[k]
            if (id(ln) in doc.used or id(ln) in quoted or is_box_heading(ln, ly)
                    or not heading_like(ln, ly)):
                continue
            parts = [ln.text]
            while k > 0 and _continues_heading(lines[k - 1], ln, ly):
                k -= 1
                parts.insert(0, lines[k].text)
            if ln.size >= top - 0.5:
                return " ".join(parts)
            fallback = fallback or " ".join(parts)
    return fallback


def _quotations(lay: Layout) -> set[int]:
    """id() of the lines of quotations set large (pull-quotes): from a line opening with a
    quotation mark down to the one closing it, in the same type and margin. They are not
    headings, however large."""
    out: set[int] = set()
    for first in lay.lines:
        if first.text.strip()[:1] not in "“\"‘" or first.size <= lay.body_size + 0.5:
            continue
        block = sorted((ln for ln in lay.lines if abs(ln.x0 - first.x0) <= 10
                        and abs(ln.size - first.size) < 0.3 and ln.top >= first.top),
                       key=lambda ln: ln.top)
        for k, ln in enumerate(block):
            if ln.text.strip()[-1:] in "”\"’":
                out.update(id(x) for x in block[:k + 1])
                break
    return out


def _beside_sidebar(lay: Layout, idx: int) -> list[Line]:
    """For a box in a narrow sidebar column: the main column's lines above it (the
    sidebar sits in the main text's section), else []."""
    box = lay.lines[idx]
    if box.col not in (0, 1) or not lay.gutter:
        return []
    width = lay.gutter if box.col == 0 else lay.width - lay.gutter
    if width > 0.4 * lay.width:
        return []
    return [ln for ln in lay.lines if ln.col == 1 - box.col and ln.top < box.top]


def _continues_heading(above: Line, ln: Line, lay: Layout) -> bool:
    """The line above is the first part of the same wrapped heading (which may break
    after a comma: "Question 1: How effective is the force at preventing crime,")."""
    head = replace(above, text=above.text.rstrip().removesuffix(","))
    return (heading_like(head, lay) and above.bold == ln.bold
            and abs(above.size - ln.size) < 0.3
            and 0 < ln.top - above.top < 2 * line_height(ln))


def _top_heading_size(doc: Doc) -> float:
    """Largest heading size on the analysed body pages (the cover does not count)."""
    sizes = [ln.size for i, ly in doc.cache.items() if i > 0 and not is_contents(ly)
             for ln in ly.lines if heading_like(ln, ly) and not is_box_heading(ln, ly)]
    return max(sizes, default=0.0)



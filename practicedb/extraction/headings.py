"""What on a page is a box heading: "Innovative practice" and its kin (also set over two
lines in a narrow cell, after a decorative mark, or "(continued)"), the headings of boxes
that are not practices (Area for improvement, Recommendation, Cause of concern, Case
study), section headings and contents pages. Only the line's text, style and place count.
"""

from __future__ import annotations

import re

from practicedb.extraction.layout import Layout, Line, line_height

_HEADING = re.compile(
    r"^(?P<kind>innovative|promising|notable|good)\s+practices?(?:\s+examples?)?"
    r"(?:\s*\d{1,2}(?:\s+of\s+\d{1,2})?)?\s*[:.]?(?:\s*/\s*[^\W\d_]+(?:\s+[^\W\d_]+){0,3})?$",
    re.IGNORECASE)  # ... and a translation after a slash: "Innovative practice / Arfer arloesol"
_HEADING_INLINE = re.compile(
    r"^(?P<kind>innovative|promising|notable|good)\s+practices?(?:\s*\d{1,2}(?:\s+of\s+\d{1,2})?)?"
    r"\s*[:–—-]\s*"
    r"(?P<rest>\S.{3,})$", re.IGNORECASE)
# HMICFRS publishes Welsh versions for the four Welsh forces: the kind headings in Welsh.
_WELSH = re.compile(r"^arfer\s+(?:arloesol|addawol|nodedig|dda)\s*[:.]?$", re.IGNORECASE)
_KIND_WORD = re.compile(r"^(innovative|promising|notable|good)$", re.IGNORECASE)
_LABEL_REST = re.compile(r"^(practices?|examples?|\((continued|cont'?d\.?)\))\s*[:.]?$",
                         re.IGNORECASE)
_CONTINUED = re.compile(r"\((continued|cont'?d\.?)\)\s*[:.]?$", re.IGNORECASE)
LIST_NUMBER = re.compile(r"^\(?\d{1,2}[.)]\s+")  # a numbered list's item: "3. ", "(2) "
_GLYPHS = re.compile(r"^[^\w(\"'‘“]+")  # a decorative mark before a heading: ◆ ★ ■ ▶
_DEFINITION = re.compile(r"(?:an?|the)?\s*(?:practices?|approach|example|term|way|activity)\b",
                         re.IGNORECASE)
_DECOY = re.compile(
    r"^(?:areas?\s+for\s+improvement|recommendations?|causes?\s+of\s+concern|case\s+stud(?:y|ies)"
    r"|examples?|accelerated\s+causes?\s+of\s+concern)\b[\s\d:.]*$", re.IGNORECASE)


def styled(ln: Line, lay: Layout) -> bool:
    return ln.bold or ln.size > lay.body_size + 0.5


def kind(ln: Line, lay: Layout) -> tuple[str | None, str, list[Line]]:
    """Practice kind, any title on the same line and the heading's further lines (a label
    set over several lines in a narrow cell) if this line starts a box heading."""
    text, more = heading_text(ln, lay)
    m = _HEADING.match(text)
    if (m and (styled(ln, lay) or frame_top(ln, lay) or _plain_heading(ln, lay))
            and not _column_header(ln, lay) and not _wrapped_tail(ln, lay)):
        return m.group("kind").lower(), "", more + _translation_below(more[-1] if more
                                                                     else ln, lay)
    m = _HEADING_INLINE.match(text)
    if m and styled(ln, lay):
        return m.group("kind").lower(), m.group("rest").strip(), []
    return None, "", []


def _translation_below(ln: Line, lay: Layout) -> list[Line]:
    """The Welsh form of the heading on the line below it ("Arfer addawol"), which is
    part of the heading, not the practice's title."""
    below = [o for o in lay.lines if o.col == ln.col and abs(o.x0 - ln.x0) <= 3
             and 0 < o.top - ln.top <= 1.6 * line_height(ln)]
    first = min(below, key=lambda o: o.top, default=None)
    return [first] if first is not None and _WELSH.match(first.text.strip()) else []


def _plain_heading(ln: Line, lay: Layout) -> bool:
    """A kind heading in the text's own weight and size (set apart only by colour or
    typeface, which are not read here): capitalised, on a line of its own, with a bold
    title straight below it. A sentence ending "... promising practice." is not one."""
    text = ln.text.strip()
    if not text[:1].isupper() or text.endswith("."):
        return False
    # measured in the type's size too: OCR boxes a line by its glyphs, and a line in
    # capitals has no descenders
    pitch = max(line_height(ln), ln.size)
    below = [o for o in lay.lines if o.col == ln.col and abs(o.x0 - ln.x0) <= 3
             and 0 < o.top - ln.top <= 2 * pitch]
    first = min(below, key=lambda o: o.top, default=None)
    return first is not None and first.bold


def _wrapped_tail(ln: Line, lay: Layout) -> bool:
    """The line ends a longer heading wrapped onto it ("Annex A: Examples of innovative
    and" / "promising practice"): a line just above in the same type, same margin."""
    return any(o is not ln and o.col == ln.col and abs(o.x0 - ln.x0) <= 3
               and o.bold == ln.bold and abs(o.size - ln.size) < 0.3
               and 0 < ln.top - o.top <= 1.5 * line_height(o)
               and not o.text.rstrip().endswith((".", ":"))
               and not _HEADING.match(heading_text(o, lay)[0]) for o in lay.lines)


def _column_header(ln: Line, lay: Layout) -> bool:
    """The heading is a table's column header ("Theme | Innovative practice | ..."): a
    cell on its baseline to its left, in its column, that is not a box heading itself
    (boxes side by side each start with one) and shares its frame or its style."""
    frame = next((f for f in lay.frames if inside(ln, f, 3)), None)
    for o in lay.lines:
        if (o is ln or o.col != ln.col or abs(o.top - ln.top) > 2 or o.x1 > ln.x0
                or _HEADING.match(heading_text(o, lay)[0]) or _DECOY.match(o.text.strip())):
            continue
        if (frame is not None and inside(o, frame, 3)) or (
                o.bold == ln.bold and abs(o.size - ln.size) < 0.5):
            return True
    return False


def run_in(ln: Line, lay: Layout) -> tuple[str, str] | None:
    """(kind, the rest of the line) when a plain line of running text is led by a bold
    kind heading ("**Innovative practice:** The force has ..."): the paragraph is the
    practice. A heading in the text's own weight is a passing mention, not this."""
    if not ln.lead_bold or styled(ln, lay):
        return None
    m = _HEADING_INLINE.match(LIST_NUMBER.sub("", heading_text(ln, lay)[0]))
    if not m or not m.group("rest")[0].isupper() or _DEFINITION.match(m.group("rest")):
        return None  # "Innovative practice – a practice that is new ...": a glossary entry
    return m.group("kind").lower(), m.group("rest").strip()


def is_box_heading(ln: Line, lay: Layout) -> bool:
    text, _ = heading_text(ln, lay)
    return bool((_HEADING.match(text) or _HEADING_INLINE.match(text) or _DECOY.match(text))
                and (styled(ln, lay) or frame_top(ln, lay)))


def continued_label(ln: Line, lay: Layout) -> list[Line]:
    """The lines of a repeated heading such as "Innovative practice (continued)" that
    opens the next part of a box split over a page or column; [] if ``ln`` is not one."""
    text, more = heading_text(ln, lay)
    return [ln, *more] if _CONTINUED.search(text) and styled(ln, lay) else []


def heading_text(ln: Line, lay: Layout) -> tuple[str, list[Line]]:
    """The line's text without a leading decorative mark and, when it is a kind word on
    its own ("Innovative"), joined with the lines below it that finish the label
    ("practice", "(continued)"), which are returned too."""
    text = _GLYPHS.sub("", ln.text.strip())
    if not _KIND_WORD.match(text):
        return text, []
    more, last = [], ln
    for _ in range(3):  # "practice", "example", "(continued)" at most
        below = [o for o in lay.lines if o is not last and o is not ln and o not in more
                 and abs(o.x0 - ln.x0) <= 3 and o.bold == ln.bold
                 and abs(o.size - ln.size) <= 0.5
                 and -1 <= o.top - last.bottom <= line_height(last)]
        nxt = min(below, key=lambda o: o.top, default=None)
        if nxt is None or not _LABEL_REST.match(nxt.text.strip()):
            break
        text, last = f"{text} {nxt.text.strip()}", nxt
        more.append(nxt)
    return text, more


def frame_top(ln: Line, lay: Layout) -> bool:
    """A line of its own at the top of a frame."""
    for f in lay.frames:
        if inside(ln, f, 3) and not any(
                inside(o, f, 3) and o.bottom <= ln.top + 1 for o in lay.lines if o is not ln):
            return True
    return False


def inside(ln: Line, f: tuple, tol: float = 2.0) -> bool:
    cx, cy = (ln.x0 + ln.x1) / 2, (ln.top + ln.bottom) / 2
    return (f[0] - tol <= ln.x0 and ln.x1 <= f[2] + tol and f[0] <= cx <= f[2]
            and f[1] - tol <= cy <= f[3] + tol)


def is_contents(lay: Layout) -> bool:
    texts = [ln.text.strip() for ln in lay.lines]
    if any(re.fullmatch(r"(table of )?contents", t, re.IGNORECASE) for t in texts[:8]):
        return True
    toc = sum(bool(re.search(r"(\.{3,}|…+|\s)\s*\d{1,3}$", t)) for t in texts)
    return len(texts) >= 4 and toc >= 0.5 * len(texts)


def heading_like(ln: Line, lay: Layout) -> bool:
    text = ln.text.strip()
    if len(text) < 3 or len(text) > 120 or not text[0].isalnum() or text.endswith((".", ",")):
        return False
    if any(inside(ln, f) for f in lay.frames if f[2] - f[0] > 8):
        return False
    return ln.size >= lay.body_size + 1.5 or (ln.bold and ln.size >= lay.body_size - 0.3)

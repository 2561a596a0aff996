"""Turn the lines of one practice box into a Practice: title, force line and body.

Box detection (practicedb.extraction) decides which lines belong to a box; this
module only reads them: styled opening lines are the title, a line that is just a
force name is the force, and the rest becomes paragraphs and "- " bullets with
end-of-line hyphenation undone (but real compounds such as "multi-agency" kept).
"""

from __future__ import annotations

import re
from collections import Counter
from statistics import median

from practicedb.extraction.layout import Layout, Line, line_height
from practicedb.forces import find_forces, forces_line
from practicedb.models import Practice

_BULLET = re.compile(
    r"^(?:[•●▪■◦‣·○►➢✓\uf0b7\uf0a7\uf076\uf0d8\uf0fc\uf06e*]|[-–—](?=\s)|o(?=\s)|\(cid:\d+\)"
    r"|\(?(?:\d{1,2}|[a-h]|[ivx]{1,4})[.)](?=\s))\s*")
END_SENTENCE = re.compile(r"[.!?:;)\"'”’]$")  # a line that ends a sentence
_PREFIXES = frozenset(
    "multi co non cross well self pre post anti under over long short high low in out full part "
    "child victim domestic inter intra semi sub ex e face two one three risk evidence problem "
    "decision trauma follow age front fast place user team cost time community force".split())
_COMPOUND_TAILS = frozenset(
    "based led trained related focused informed making solving up term level wide specific owned "
    "free friendly worn centred centered facing scale agency year month day hour minute week "
    "time run funded driven oriented aware sensitive appropriate".split())


def build_practice(kind: str, inline: str, lines: list[tuple[Layout, Line]],
                   lay: Layout) -> Practice | None:
    """Title (styled lines or first sentence), force line, and body of one box."""
    lines = list(lines)
    grid = _grid_fields(lines)
    if grid is not None:
        return Practice(kind=kind, title=grid[0] or inline, body=grid[2], forces=grid[1])
    forces: list[str] = []
    for k in range(min(5, len(lines))):  # above, below or after a title of three lines
        forces = forces_line(lines[k][1].text)
        if forces:
            del lines[k]
            break
    body_size = _text_size(lines) if lines else lay.body_size
    title_lines: list[Line] = []
    for _ly, ln in lines[:4]:
        if not (ln.bold or ln.size > body_size + 0.5):
            break
        if title_lines and ln.top - title_lines[-1].bottom > 1.2 * line_height(ln):
            break
        title_lines.append(ln)
    if len(title_lines) == len(lines):
        title_lines = title_lines[:1] if len(lines) > 1 else []
    rest = lines[len(title_lines):]
    while rest and _footnote(rest[-1][1], body_size):  # a box's own footnotes, at its foot
        rest.pop()
    body = _format_body(rest)
    title = " ".join([inline] + [ln.text for ln in title_lines]).strip() or first_clause(body)
    if not title and not body:
        return None
    return Practice(kind=kind, title=title, body=body, forces=forces)


# What a glossary says a kind of practice is: "An approach that is new to policing ...",
# "Work that a force is doing well ...", "A practice which ..."
_DEFINES = re.compile(
    r"(?:an?\s+|the\s+)?(?:new\s+)?(?:approach|practice|way|work|activity|example|initiative"
    r"|method|scheme|something)\b[^.]{0,60}?\b(?:that|which|where)\b", re.IGNORECASE)
_GLOSSARY = re.compile(r"\b(?:glossary|definitions?|terms\s+(?:used|we\s+use)|key\s+terms)\b",
                       re.IGNORECASE)


def is_definition(practice: Practice) -> bool:
    """A glossary's entry for a kind ("Innovative practice: an approach that is new to
    policing ..."), not a practice: a short text (a glossary may run on into its next
    entry) whose first sentence defines, naming no force and no figure, rather than tells
    what a force did; or any short entry under a glossary heading."""
    body = " ".join(practice.body.split())
    if not body or len(body.split()) > 80:
        return False
    if _GLOSSARY.search(practice.section or "") and len(body.split()) <= 50:
        return True
    first = re.split(r"(?<=[.!?])\s", body, maxsplit=1)[0]
    return (bool(_DEFINES.match(first)) and len(first.split()) <= 40
            and not re.search(r"\d", first) and not find_forces(first))


def _footnote(ln: Line, text_size: float) -> bool:
    """A footnote: a line in smaller type than the text, led by its marker ("1 The
    scheme is run with ...")."""
    return ln.size <= text_size - 1.5 and bool(re.match(r"[\d*†‡]{1,3}\s?\S", ln.text))


def _text_size(lines: list[tuple[Layout, Line]]) -> float:
    """The size most of a box's text is set in, counted by characters (a table's many
    short cells in a smaller type do not make the prose around them look large)."""
    sizes: Counter[float] = Counter()
    for _, ln in lines:
        sizes[round(ln.size * 2) / 2] += len(ln.text)
    return sizes.most_common(1)[0][0]


def first_clause(body: str, limit: int = 120) -> str:
    """A title for an untitled box: its first sentence if short, else its first clause
    (up to a comma or dash, or before "who", "which" ...), else its first words, ending
    at a word boundary and never on a word that leaves a phrase open ("in", "the")."""
    flat = " ".join(body.replace("\n", " ").lstrip("- ").split())
    m = re.match(r"(.{10,}?[.!?])(\s|$)", flat)
    sentence = m.group(1) if m else flat
    if len(sentence) <= limit:
        return sentence
    head = sentence[:limit + 30]
    cuts = [k.start() for k in re.finditer(r"[,;:\u2013\u2014](?=\s)|\s[\u2013\u2014-]\s", head)]
    cuts = [k for k in cuts if len(head[:k].split()) >= 5]
    if cuts:
        return head[:cuts[0]].rstrip()
    words = sentence[:limit + 1].rsplit(" ", 1)[0].split()
    joint = next((k for k, w in enumerate(words) if k >= 5 and w.lower() in _CLAUSE_STARTS), None)
    if joint is not None:
        return " ".join(words[:joint])  # the main clause, before "who ...", "which ..."
    while len(words) > 5 and words[-1].lower() in _WEAK_ENDS:
        words.pop()
    return " ".join(words)


_CLAUSE_STARTS = frozenset("who which whose where when while because so although unless".split())
_WEAK_ENDS = frozenset(
    "a an the and or but of in on at to for with by from as that which who whose their its "
    "his her our is are was were be been has have had into onto than then so every each all "
    "some any no this these those more most about after before between within without over "
    "under up".split())
_TITLE_LABEL = re.compile(r"(?:the\s+)?(?:practice|title|name|initiative|scheme|project|example)"
                          r"(?:\s+(?:name|title))?\s*:?", re.IGNORECASE)
_FORCE_LABEL = re.compile(r"(?:lead\s+)?(?:police\s+)?(?:forces?|organisations?)(?:\s+involved)?"
                          r"\s*:?", re.IGNORECASE)
_KIND_LABEL = re.compile(r"(?:type|kind|category)(?:\s+of\s+practice)?\s*:?", re.IGNORECASE)


def field_label(label: str) -> str | None:
    """Which field a label cell names - "title", "forces" or "kind" ("Practice", "Force",
    "Type") - or None for any other ("What the force did": the text)."""
    text = label.strip()
    for name, pattern in (("forces", _FORCE_LABEL), ("title", _TITLE_LABEL),
                          ("kind", _KIND_LABEL)):
        if pattern.fullmatch(text):
            return name
    return None


def _grid_fields(lines: list[tuple[Layout, Line]]) -> tuple[str, list[str], str] | None:
    """(title, forces, body) when the box is a grid of label cells: a first column of short
    labels ("Force", "Practice", "What the force did"), each with its value on the same row
    in a second column. The label says which field the value is; others are body."""
    if len(lines) < 4:
        return None
    rows = [(la, a, b) for la, a in lines for lb, b in lines if la is lb and a is not b
            and abs(a.top - b.top) < 2 and a.x1 < b.x0 - 6 and len(a.text.split()) <= 5]
    if len(rows) < 2:
        return None
    lx, vx = min(a.x0 for _, a, _ in rows), min(b.x0 for _, _, b in rows)
    rows = [r for r in rows if abs(r[1].x0 - lx) <= 3 and abs(r[2].x0 - vx) <= 3]
    if len(rows) < 2 or len({id(a) for _, a, _ in rows}) != len(rows):
        return None
    labels = {id(a) for _, a, _ in rows}
    fields: list[tuple[str, list[tuple[Layout, Line]]]] = []
    for ly, ln in lines:
        if id(ln) in labels:
            if fields and not fields[-1][1]:
                return None  # labels one after another, no value between: not a grid
            fields.append((ln.text.strip(), []))
        elif not fields:
            return None  # text above the first label row: not a grid
        elif abs(ln.x0 - vx) <= 3 or ln.x0 > vx:
            fields[-1][1].append((ly, ln))
        elif abs(ln.x0 - lx) <= 3 and ln.x1 < vx - 3 and not fields[-1][1]:
            fields[-1] = (f"{fields[-1][0]} {ln.text.strip()}", [])  # a label over two lines
        else:
            return None  # a line across both columns: not a grid
    title, forces, body = "", [], []  # type: tuple[str, list[str], list[str]]
    for label, vals in fields:
        text = " ".join(ln.text.strip() for _, ln in vals)
        if _FORCE_LABEL.fullmatch(label) and not forces:
            forces = forces_line(text) or find_forces(text)
        elif _TITLE_LABEL.fullmatch(label) and not title:
            title = text
        elif vals:
            body.append(_format_body(vals))
    return title, forces, "\n\n".join(b for b in body if b)


_TIE = 0.01  # points: coordinates closer than this are the same place


def _format_body(lines: list[tuple[Layout, Line]]) -> str:
    """Paragraphs separated by a blank line; bullets as '- text' on their own lines."""
    if not lines:
        return ""
    pitches = [b.top - a.top for (la, a), (lb, b) in zip(lines, lines[1:], strict=False)
               if la is lb and 0 < b.top - a.top < 3 * line_height(a)]
    med = median(pitches) if pitches else 14.0
    blocks: list[list] = []  # [kind 'p'|'b', text, x of text start]
    prev: tuple[Layout, Line] | None = None
    for ly, ln in lines:
        text = ln.text.strip()
        m = _BULLET.match(text)
        marked = any(mk[2] <= ln.x0 + 1 and ln.x0 - mk[2] < 20 and ln.top - 1 <= (mk[1] + mk[3]) / 2
                     <= ln.bottom + 1 for mk in ly.marks)
        numbered = m is not None and (m.group(0)[:1].isalnum() or m.group(0)[:1] == "(")
        running = (numbered and prev is not None and blocks[-1][0] == "p" and prev[0] is ly
                   and not END_SENTENCE.search(blocks[-1][1]) and ln.x0 <= prev[1].x0 + 1)
        if ((m and len(text) > m.end()) or marked) and not running:
            blocks.append(["b", text[m.end():] if m else text, ln.x0])
        elif prev is None:
            blocks.append(["p", text, ln.x0])
        else:
            pl = prev[1]
            same_page = prev[0] is ly
            # a gap of 1.4 pitches or more parts paragraphs; coordinates are float32 in
            # PDFium and decimal in pdfminer, so a gap on the threshold counts either way
            gap = same_page and ln.top - pl.top > 1.4 * med - _TIE
            indent = same_page and ln.x0 > pl.x0 + 8 and blocks[-1][0] == "p"
            dedent = blocks[-1][0] == "b" and ln.x0 < blocks[-1][2] - 4 and same_page
            pagebreak = not same_page and END_SENTENCE.search(blocks[-1][1])
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


# short words that link the parts of a hyphenated chain ("out-of-hours", "stop-and-search")
_LINKS = frozenset("of to in on by up and or for at the a from".split())


def _join(a: str, b: str) -> str:
    """Join wrapped lines, undoing end-of-line hyphenation but keeping real compounds."""
    m = re.search(r"([A-Za-z]+)[-\u2010]$", a)
    if m:
        frag = m.group(1)
        tail = re.match(r"[a-z]+", b)
        if tail and tail.group(0) in _COMPOUND_TAILS:
            return a + b
        if a[m.start() - 1:m.start()] in ("-", "\u2010") and frag.lower() in _LINKS:
            return a + b  # "out-of-" / "hours", "face-to-" / "face": a compound's words
        if b[:1].islower() and frag.lower() not in _PREFIXES and (frag.islower() or (
                frag[:1].isupper() and frag[1:].islower())):
            return a[:-1] + b
        return a + b
    if a.endswith("/"):
        return a + b
    return f"{a} {b}"

"""Practice boxes in a web page's blocks: found from what the page says (a kind heading or
label: "Innovative practice", "PROMISING PRACTICE", "Good practice: Title") and from the
element that holds it, never from a site's class names.

A box is the smallest element around the label that holds more than the label and a
title and holds no other label or heading; without one (a frameless practice) the practice
runs from its label to the next heading or label. The decoys (Area for improvement,
Recommendations, Cause of concern, Case study) are labels too, so they end a practice and
are never one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from lxml import etree

from practicedb.extraction.practice_text import field_label, is_definition
from practicedb.extraction.web.page import Block, clean
from practicedb.forces import find_forces, forces_line
from practicedb.models import Practice

_KINDS = r"(?P<kind>innovative|promising|notable|good)\s+practices?(?:\s+examples?)?"
_NUMBER = r"(?:\s*\d{1,2}(?:\s+of\s+\d{1,2})?)?"  # "Innovative practice 2", "... 1 of 3"
_KIND_ONLY = re.compile(rf"^{_KINDS}{_NUMBER}\s*[:.]?$", re.IGNORECASE)
_KIND_INLINE = re.compile(rf"^{_KINDS}{_NUMBER}\s*[:–—-]\s*(?P<rest>\S.*)$", re.IGNORECASE)
_DECOY = re.compile(
    r"^(?:areas?\s+for\s+improvement|recommendations?|causes?\s+of\s+concern|case\s+stud(?:y|ies)"
    r"|accelerated\s+causes?\s+of\s+concern)\b\s*(?:\d{1,2})?\s*(?:[:.–—-].*)?$", re.IGNORECASE)
_GLYPHS = re.compile(r"^[^\w(\"'‘“]+")
_FORCE_LABEL = re.compile(r"^(?:(?:lead\s+)?forces?|police\s+forces?|force\s+area)\s*[:–—-]\s*"
                          r"(?P<names>.+)$", re.IGNORECASE)
_TITLED = re.compile(r"^(?P<title>[^.()]{10,200}?)\s*\((?P<names>[^()]+)\)$")  # title (force)
_LABEL_TAGS = ("summary", "dt", "th", "caption", "legend", "figcaption")  # what labels a box
MAX_BOX_BLOCKS = 40
MAX_FRAMELESS_BLOCKS = 25


@dataclass
class _Label:
    index: int  # of the block
    kind: str | None  # a practice kind, or None for a decoy (a box that is not a practice)
    rest: str  # a title after "Kind practice:"


def find_practices(blocks: list[Block], root: etree._Element) -> tuple[list[Practice], set[int]]:
    """The practices in reading order, and the id()s of those with their own force line."""
    labels = [lab for i, b in enumerate(blocks) if (lab := _label(i, b)) is not None]
    at = {lab.index for lab in labels}
    practices: list[Practice] = []
    lined: set[int] = set()
    used: set[int] = set()
    for lab in labels:
        if lab.kind is None or lab.index in used:
            continue
        if (table := _table_practices(blocks, lab)) is not None:  # one practice a row
            used.update(table[1])
            for row in table[0]:
                row.section = _section(blocks, lab.index)
                practices.append(row)
                if row.forces:
                    lined.add(id(row))
            continue
        span = _box(blocks, lab, at, root) or _frameless(blocks, lab, at)
        span = [j for j in span if j not in used]
        used.update(span)
        used.add(lab.index)
        practice, has_line = _practice(lab, _unlisted(blocks[lab.index], [blocks[j] for j in span]))
        if practice is not None:
            practice.section = _section(blocks, lab.index)
            if is_definition(practice):
                continue
            practices.append(practice)
            if has_line:
                lined.add(id(practice))
            practice.forces = practice.forces or find_forces(f"{practice.title}\n{practice.body}")
    return practices, lined


def _table_practices(blocks: list[Block], lab: _Label,
                     ) -> tuple[list[Practice], list[int]] | None:
    """A table captioned with a kind whose column headers name fields (Force | Practice |
    What the force did): one practice a row, and the indices of the table's blocks. None
    for any other box."""
    cap = blocks[lab.index].el
    table = cap.getparent()
    if cap.tag != "caption" or lab.rest or lab.kind is None or table is None:
        return None
    rows = list(table.iter("tr"))
    cells = [[c for c in tr if c.tag in ("th", "td")] for tr in rows]
    fields = [field_label(" ".join(c.itertext())) for c in (cells[0] if cells else [])]
    if (len(rows) < 2 or any(c.tag != "th" for c in cells[0])
            or not {"title", "forces"} & set(fields)):
        return None
    out: list[Practice] = []
    taken = [lab.index]
    for row in cells[1:]:
        if len(row) != len(fields):
            return None
        got = _Fields()
        for name, cell in zip(fields, row, strict=True):
            idx = [j for j, b in enumerate(blocks) if _within(b, cell)]
            taken += idx
            got.take(name, [blocks[j] for j in idx])
        out.append(Practice(kind=lab.kind, title=got.title,
                            body=_body([(b.text, b.item) for b in got.body]),
                            forces=got.forces, page_start=None, page_end=None))
    taken += [j for j, b in enumerate(blocks) if _within(b, rows[0])]
    return out, taken


def _li(b: Block) -> etree._Element | None:
    return next((a for a in [b.el, *b.el.iterancestors()] if a.tag == "li"), None)


def _unlisted(label: Block, content: list[Block]) -> list[Block]:
    """A practice set as one item of a list (<li>Promising practice ... </li>): the item's
    title, force line and paragraphs are its parts, not list items."""
    li = _li(label) if label.item else None
    if li is None:
        return content
    return [replace(b, item=False) if _li(b) is li else b for b in content]


def _label(i: int, b: Block) -> _Label | None:
    if b.link or len(b.text) > 300:
        return None
    text = _GLYPHS.sub("", b.text).strip()
    m = _KIND_ONLY.match(text)
    if m:
        return _Label(i, m.group("kind").lower(), "")
    m = _KIND_INLINE.match(text)
    if m and (b.level or b.bold or _bold_lead(b.el, _KIND_ONLY)
              or (b.el.tag in _LABEL_TAGS and not b.item)):
        return _Label(i, m.group("kind").lower(), m.group("rest").strip())
    if _DECOY.match(text) and (b.level or b.bold or len(text) < 40 or _bold_lead(b.el, _DECOY)):
        return _Label(i, None, "")
    return None


def _bold_lead(el: etree._Element, pattern: re.Pattern) -> bool:
    """The element starts with a bold run that is a label by itself ("<strong>Innovative
    practice:</strong> Title")."""
    if clean(el.text or ""):
        return False
    first = next((c for c in el if isinstance(c.tag, str)), None)
    return first is not None and first.tag in ("strong", "b") and bool(
        pattern.match(_GLYPHS.sub("", clean(first.text_content()))))


def _within(b: Block, anc: etree._Element) -> bool:
    return b.el is anc or any(a is anc for a in b.el.iterancestors())


def _box(blocks: list[Block], lab: _Label, labels: set[int],
         root: etree._Element) -> list[int] | None:
    """Indices of the blocks after the label inside the element that holds the box."""
    label_el = blocks[lab.index].el
    lo = max(0, lab.index - MAX_BOX_BLOCKS)
    for anc in label_el.iterancestors():
        if anc is root or anc.tag in ("body", "html", "main"):
            return None
        idx = [j for j in range(lo, min(len(blocks), lab.index + MAX_BOX_BLOCKS + 1))
               if _within(blocks[j], anc)]
        if len(idx) > MAX_BOX_BLOCKS or any(j in labels and j != lab.index for j in idx):
            return None
        after = [j for j in idx if j > lab.index]
        title_at = _title_at(blocks, after, lab)
        if any(blocks[j].level and j not in (lab.index, title_at) for j in idx):
            return None
        content = [j for j in after if j != title_at and not _force_line(blocks[j].text)]
        if content:
            return after
    return None


def _title_at(blocks: list[Block], after: list[int], lab: _Label) -> int | None:
    """The block that may be the title: the first after the label, or after its force line."""
    if lab.rest:
        return None
    for j in after[:2]:
        if not _force_line(blocks[j].text):
            return j
    return None


def _frameless(blocks: list[Block], lab: _Label, labels: set[int]) -> list[int]:
    """From the label to the next heading or label, within the label's own container."""
    label = blocks[lab.index]
    container = label.el.getparent()
    while container is not None and not any(
            _within(b, container) for b in blocks[lab.index + 1:lab.index + 2]):
        container = container.getparent()
    out: list[int] = []
    for j in range(lab.index + 1, min(len(blocks), lab.index + 1 + MAX_FRAMELESS_BLOCKS)):
        b = blocks[j]
        if j in labels or (container is not None and not _within(b, container)):
            break
        title_ok = (all(_force_line(blocks[o].text) for o in out) and len(out) < 2
                    and not lab.rest and (not label.level or b.level > label.level))
        if b.level and not title_ok:
            break
        out.append(j)
    return out


def _force_line(text: str) -> list[str]:
    m = _FORCE_LABEL.match(text)
    if m:
        return forces_line(m.group("names").rstrip(".")) or find_forces(m.group("names"))
    return forces_line(text.rstrip("."))


def _practice(lab: _Label, content: list[Block]) -> tuple[Practice | None, bool]:
    """Title, force line and body from the blocks of one box."""
    fields = _fields(content)
    if fields is not None:
        assert lab.kind is not None
        return Practice(kind=lab.kind, title=fields[0] or lab.rest,
                        body=_body([(b.text, b.item) for b in fields[2]]), forces=fields[1],
                        page_start=None, page_end=None), bool(fields[1])
    items = [(text, bold, b) for b in content for text, bold in (b.lines or [(b.text, b.bold)])]
    forces: list[str] = []
    title = lab.rest
    body_first = ""
    if len(title) > 200:  # a label run into a paragraph: that is the text, not a title
        title, body_first = "", title
    k = 0
    for _ in range(3):  # title and force line, in either order, at the top of the box
        if k >= len(items):
            break
        text, bold, b = items[k]
        if not forces and (found := _force_line(text)):
            forces, k = found, k + 1
        elif (not title and not forces and k == 0 and (m := _TITLED.match(text))
              and (found := forces_line(m.group("names")))):
            title, forces, k = m.group("title"), found, k + 1  # "Title (Dorset Police)"
        elif not title and not body_first and (b.level or bold) and not b.item and len(text) <= 200:
            title, k = text.rstrip(":"), k + 1
        else:
            break
    body = _body(([(body_first, False)] if body_first else [])
                 + [(text, b.item) for text, _, b in items[k:]])
    if not title:
        flat = body.replace("\n", " ").lstrip("- ")
        m = re.match(r"(.{10,}?[.!?])(\s|$)", flat)
        title = m.group(1) if m else flat
        if len(title) > 120:
            title = title[:120].rsplit(" ", 1)[0]
    if not title and not body:
        return None, False
    assert lab.kind is not None
    return Practice(kind=lab.kind, title=title, body=body, forces=forces,
                    page_start=None, page_end=None), bool(forces)


def _fields(content: list[Block]) -> tuple[str, list[str], list[Block]] | None:
    """(title, forces, the text's blocks) of a box set as a field list - a <dl> of terms
    or a table of row headers ("Title", "Force", "What the force did") each with its value,
    as a PDF's label cells - or None when no label names the title or the force."""
    if not any(b.el.tag in ("dt", "th") for b in content):
        return None
    got = _Fields()
    name: str | None = None
    named = False
    for b in content:
        if b.el.tag in ("dt", "th"):  # a term, or a row's header cell
            name = field_label(b.text)
            named = named or name in ("title", "forces")
        else:
            got.take(name, [b])
    return (got.title, got.forces, got.body) if named else None


@dataclass
class _Fields:
    """A box's fields as label cells name them (see ``practice_text.field_label``)."""

    title: str = ""
    forces: list[str] = field(default_factory=list)
    body: list[Block] = field(default_factory=list)

    def take(self, name: str | None, values: list[Block]) -> None:
        """The blocks of one value, under the field its label names: the first title and
        the first force line are fields, a kind is dropped, anything else is the text."""
        text = " ".join(b.text for b in values)
        if name == "title" and not self.title:
            self.title = text
        elif name == "forces" and not self.forces:
            self.forces = _force_line(text) or find_forces(text)
        elif name != "kind":
            self.body += values


_BULLET_MARK = re.compile(r"^(?:[•●▪■◦‣·○►➢✓*]|[-–—](?=\s))\s*")


def _body(items: list[tuple[str, bool]]) -> str:
    """Paragraphs separated by a blank line; list items as '- text' lines, as from a PDF."""
    out = ""
    prev_bullet = False
    for k, (text, is_item) in enumerate(items):
        bullet = is_item or bool(_BULLET_MARK.match(text) and len(text) > 2)
        text = f"- {_BULLET_MARK.sub('', text)}" if bullet else text
        if k:
            out += "\n" if bullet and prev_bullet else "\n\n"
        out += text
        prev_bullet = bullet
    return out


def _section(blocks: list[Block], index: int) -> str | None:
    """The nearest heading above of the page's section rank (the highest rank below h1)."""
    levels = [b.level for b in blocks if b.level > 1 and _label(0, b) is None]
    if not levels:
        return None
    rank = min(levels)
    for b in reversed(blocks[:index]):
        if b.level and b.level <= rank and _label(0, b) is None:
            return b.text if b.level > 1 else None
    return None

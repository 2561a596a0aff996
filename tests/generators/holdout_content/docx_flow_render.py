"""Render a fifth-set REPORT (style ``older``) to a Word document (python-docx) for LibreOffice
to convert: a 2017-style report with "Notable practice" boxes whose body is in italics.

Boxes are tables of one column with a 0.75pt border and a light fill: one row for the kind
heading, title and force line and one for the body (``w:cantSplit`` on both rows, so that a
row is moved whole to the next page). Variant ``orphan``: the same table, placed so that the
heading row is the last thing on a page and the body row (which does not fit below it) goes
to the top of the next page; the frame is then open at the page break (no bottom rule under
the heading row, no top rule over the body row; LibreOffice draws the row borders per page).
Helpers (fonts, cell properties, paragraphs, cover, PAGE field) come from docx_render.py.
"""

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

from .docx_render import _cell_props, _cover, _page_field, _para, _set_styles
from .model import PRACTICE_KINDS

STYLES = {
    "older": {"font": "URW Bookman", "size": 10, "accent": "3B3B6D", "fill": "F0F0F6",
              "decoy_fill": "F6F2EA", "page": (21.0, 29.7)},
}


def _cant_split(row):
    trpr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:cantSplit")
    trpr.append(el)


def _body(cell, body, italic):
    for item in body:
        if isinstance(item, str):
            _para(cell, item, italic=italic, after=5)
        else:
            for bullet in item:
                _para(cell, bullet, style="List Bullet", italic=italic)


def _box(doc, box, st):
    practice = box["kind"] in PRACTICE_KINDS
    fill = st["fill"] if practice else st["decoy_fill"]
    table = doc.add_table(rows=2, cols=1)
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    head, body = table.cell(0, 0), table.cell(1, 0)
    for row in table.rows:
        _cant_split(row)
    _cell_props(head, fill=fill, borders=(6, st["accent"]), margin_twips=140)
    _cell_props(body, fill=fill, borders=(6, st["accent"]), margin_twips=140)
    # no rule between the two rows: the pair reads as one box
    for cell, side in ((head, "bottom"), (body, "top")):
        el = cell._tc.tcPr.find(qn("w:tcBorders")).find(qn(f"w:{side}"))
        el.set(qn("w:val"), "nil")
    _para(head, box["label"], bold=True, color=st["accent"], size=11, after=2)
    if box.get("title"):
        _para(head, box["title"], bold=True, after=2)
    if box.get("force_line"):
        _para(head, box["force_line"], color="444444", after=0)
    _body(body, box["body"], italic=practice)
    for cell in (head, body):
        first = cell.paragraphs[0]
        if not first.text:
            first._p.getparent().remove(first._p)
    doc.add_paragraph().paragraph_format.space_after = Pt(2)


def build_docx(report):
    st = STYLES[report["style"]]
    doc = Document()
    _set_styles(doc, st)
    doc.core_properties.title = report.get("meta_title", "")
    doc.core_properties.author = "HMICFRS"
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(st["page"][0]), Cm(st["page"][1])
    sec.left_margin = sec.right_margin = Cm(2.5)
    sec.top_margin = sec.bottom_margin = Cm(2.4)
    _cover(doc, report, st)
    body_sec = doc.add_section(WD_SECTION.NEW_PAGE)
    body_sec.footer.is_linked_to_previous = False
    body_sec.header.is_linked_to_previous = False
    fp = body_sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _page_field(fp)
    if report.get("header"):
        hp = body_sec.header.paragraphs[0]
        run = hp.add_run(report["header"])
        run.italic = True
        run.font.size = Pt(8.5)
        run.font.color.rgb = RGBColor.from_string("555555")
    for block in report["blocks"]:
        kind = block[0]
        if kind == "h1":
            doc.add_heading(block[1], 1)
        elif kind == "h2":
            doc.add_heading(block[1], 2)
        elif kind == "p":
            _para(doc, block[1])
        elif kind == "ul":
            for b in block[1]:
                _para(doc, b, style="List Bullet")
        elif kind == "space":
            p = doc.add_paragraph()
            p.paragraph_format.space_after = Pt(block[1])
        elif kind == "box":
            _box(doc, block[1], st)
        else:
            raise ValueError(kind)
    return doc


def write_pdf(report, target, work):
    from pathlib import Path

    from build_holdout import docx_to_pdf
    return docx_to_pdf(build_docx(report), target, work, Path(report["file"]).stem)

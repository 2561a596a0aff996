"""Render a sixth-set REPORT (style ``vols``) to a Word document (python-docx) for LibreOffice
to convert. Boxes are single-cell tables with cell shading and a thick left rule in the accent
colour (no other borders); decoys use another fill and rule colour.

* block ``("twocol", left_blocks, right_blocks)``: a **borderless two-column table** the
  width of the text area (two equal fixed-width cells, no borders, no shading) used as a
  two-column layout; each cell holds ``p`` / ``h2`` / ``box`` blocks. A box in a cell is a
  **nested table** (the same shaded single-cell table, inside the cell).
* box key ``cases``: a list of case names checked by tests/generators/build_holdout6.py (``nested``,
  ``longtitle``, ``short``); the renderer ignores it.
Helpers (fonts, cell properties, paragraphs, cover, PAGE field) come from docx_render.py.
"""

from pathlib import Path

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
    "vols": {"font": "P052", "size": 10.5, "accent": "6B2D5C", "fill": "F3E9F0",
             "rule": "6B2D5C", "decoy_fill": "ECEFF1", "decoy_rule": "455A64",
             "page": (21.0, 29.7), "margin": 2.3},
}


def _fixed_widths(table, widths_cm):
    """Fixed layout, explicit grid and cell widths (LibreOffice follows w:gridCol)."""
    tblpr = table._tbl.tblPr
    layout = OxmlElement("w:tblLayout")
    layout.set(qn("w:type"), "fixed")
    tblpr.append(layout)
    tblw = tblpr.find(qn("w:tblW"))
    if tblw is None:
        tblw = OxmlElement("w:tblW")
        tblpr.append(tblw)
    tblw.set(qn("w:w"), str(int(sum(widths_cm) * 567)))
    tblw.set(qn("w:type"), "dxa")
    grid = table._tbl.tblGrid
    for col, w in zip(grid.findall(qn("w:gridCol")), widths_cm, strict=False):
        col.set(qn("w:w"), str(int(w * 567)))
    for row in table.rows:
        for cell, w in zip(row.cells, widths_cm, strict=False):
            cell.width = Cm(w)


def _left_rule(cell, size, color):
    tcb = cell._tc.tcPr.find(qn("w:tcBorders"))
    left = tcb.find(qn("w:left"))
    left.set(qn("w:val"), "single")
    left.set(qn("w:sz"), str(size))
    left.set(qn("w:color"), color)


def _drop_first_empty(cell):
    first = cell.paragraphs[0]
    if not first.text:
        first._p.getparent().remove(first._p)


def _box(container, box, st, width_cm):
    practice = box["kind"] in PRACTICE_KINDS
    fill = st["fill"] if practice else st["decoy_fill"]
    rule = st["rule"] if practice else st["decoy_rule"]
    table = container.add_table(rows=1, cols=1)
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    _fixed_widths(table, [width_cm])
    cell = table.cell(0, 0)
    _cell_props(cell, fill=fill, borders=None, margin_twips=150)
    _left_rule(cell, 24, rule)
    _para(cell, box["label"], bold=True, color=rule, size=11.5, after=2)
    if box.get("title"):
        _para(cell, box["title"], bold=True, after=2)
    if box.get("force_line"):
        _para(cell, box["force_line"], italic=True, color="444444", after=4)
    for item in box["body"]:
        if isinstance(item, str):
            _para(cell, item, after=5)
        else:
            for bullet in item:
                _para(cell, bullet, style="List Bullet")
    _drop_first_empty(cell)
    last = cell.paragraphs[-1]
    last.paragraph_format.space_after = Pt(0)
    return table


def _two_col(doc, left, right, st, text_cm):
    half = text_cm / 2
    table = doc.add_table(rows=1, cols=2)
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    _fixed_widths(table, [half, half])
    for cell, blocks, pad in ((table.cell(0, 0), left, (0, 230)),
                              (table.cell(0, 1), right, (230, 0))):
        _cell_props(cell, borders=None, margin_twips=0)
        mar = cell._tc.tcPr.find(qn("w:tcMar"))
        mar.find(qn("w:left")).set(qn("w:w"), str(pad[0]))
        mar.find(qn("w:right")).set(qn("w:w"), str(pad[1]))
        for block in blocks:
            if block[0] == "p":
                _para(cell, block[1])
            elif block[0] == "h2":
                _para(cell, block[1], bold=True, color=st["accent"], size=12, after=4)
            elif block[0] == "box":
                _box(cell, block[1], st, half - 0.45)
                _para(cell, "", after=0)
            else:
                raise ValueError(block[0])
        _drop_first_empty(cell)
    doc.add_paragraph().paragraph_format.space_after = Pt(2)


def build_docx(report):
    st = STYLES[report["style"]]
    doc = Document()
    _set_styles(doc, st)
    doc.core_properties.title = report.get("meta_title", "")
    doc.core_properties.author = "HMICFRS"
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(st["page"][0]), Cm(st["page"][1])
    sec.left_margin = sec.right_margin = Cm(st["margin"])
    sec.top_margin = sec.bottom_margin = Cm(2.2)
    text_cm = st["page"][0] - 2 * st["margin"]
    _cover(doc, report, st)
    body_sec = doc.add_section(WD_SECTION.NEW_PAGE)
    body_sec.footer.is_linked_to_previous = False
    body_sec.header.is_linked_to_previous = False
    fp = body_sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    _page_field(fp, "Page ")
    if report.get("header"):
        hp = body_sec.header.paragraphs[0]
        run = hp.add_run(report["header"])
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
        elif kind == "box":
            _box(doc, block[1], st, text_cm)
            doc.add_paragraph().paragraph_format.space_after = Pt(2)
        elif kind == "twocol":
            _two_col(doc, block[1], block[2], st, text_cm)
        elif kind == "break":
            doc.add_page_break()
        else:
            raise ValueError(kind)
    return doc


def write_pdf(report, target, work):
    from build_holdout import docx_to_pdf
    return docx_to_pdf(build_docx(report), target, work, Path(report["file"]).stem)

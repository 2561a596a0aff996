"""Render a held-out REPORT to a Word document (python-docx) for LibreOffice to convert.

Boxes are single-cell tables (as in many Word-made reports): "shaded" = cell shading, no
borders; "bordered" = 1pt single border, no fill; "headrow" = a shaded first row holding the
kind heading above a bordered body row. Headings use Word's Heading 1/2 styles and bullets
the "List Bullet" style; the footer holds a PAGE field.
"""

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

from .html_render import contents_entries

STYLES = {
    "shaded": {"font": "Liberation Sans", "size": 10.5, "accent": "1F4E79", "fill": "DCE9F5",
               "page": (21.0, 29.7)},
    "bordered": {"font": "Liberation Serif", "size": 11.5, "accent": "7B2C2C", "fill": "EDE3D8",
                 "page": (21.59, 27.94)},
}


def _font(run_or_style, name):
    run_or_style.font.name = name
    rpr = run_or_style.element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.append(fonts)
    for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:cstheme", "w:eastAsiaTheme"):
        fonts.attrib.pop(qn(attr), None)  # theme fonts would win over the named font
    for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(attr), name)


def _set_styles(doc, st):
    normal = doc.styles["Normal"]
    _font(normal, st["font"])
    normal.font.size = Pt(st["size"])
    normal.paragraph_format.space_after = Pt(6)
    normal.paragraph_format.line_spacing = 1.15
    for name, size in (("Heading 1", 16), ("Heading 2", 12.5), ("Title", 26)):
        style = doc.styles[name]
        _font(style, st["font"])
        style.font.size = Pt(size)
        style.font.bold = True
        style.font.color.rgb = RGBColor.from_string(st["accent"])
        style.paragraph_format.space_before = Pt(14 if name != "Heading 2" else 8)
        style.paragraph_format.space_after = Pt(6)
    doc.styles["List Bullet"].paragraph_format.space_after = Pt(3)


def _cell_props(cell, fill=None, borders=None, margin_twips=150):
    tcpr = cell._tc.get_or_add_tcPr()
    if fill:
        shd = OxmlElement("w:shd")
        shd.set(qn("w:val"), "clear")
        shd.set(qn("w:color"), "auto")
        shd.set(qn("w:fill"), fill)
        tcpr.append(shd)
    tcb = OxmlElement("w:tcBorders")
    for side in ("top", "left", "bottom", "right"):
        el = OxmlElement(f"w:{side}")
        if borders:
            el.set(qn("w:val"), "single")
            el.set(qn("w:sz"), str(borders[0]))
            el.set(qn("w:color"), borders[1])
        else:
            el.set(qn("w:val"), "nil")
        tcb.append(el)
    tcpr.append(tcb)
    mar = OxmlElement("w:tcMar")
    for side in ("top", "left", "bottom", "right"):
        el = OxmlElement(f"w:{side}")
        el.set(qn("w:w"), str(margin_twips))
        el.set(qn("w:type"), "dxa")
        mar.append(el)
    tcpr.append(mar)


def _para(container, text="", style=None, bold=False, italic=False, color=None, size=None,
          after=None):
    p = container.add_paragraph(style=style)
    if text:
        run = p.add_run(text)
        run.bold = bold
        run.italic = italic
        if color:
            run.font.color.rgb = RGBColor.from_string(color)
        if size:
            run.font.size = Pt(size)
    if after is not None:
        p.paragraph_format.space_after = Pt(after)
    return p


def _body(container, body):
    for item in body:
        if isinstance(item, str):
            _para(container, item)
        else:
            for bullet in item:
                _para(container, bullet, style="List Bullet")


def _box(doc, box, style, st):
    accent = st["accent"]
    variant = box.get("variant", "")
    headrow = "headrow" in variant
    table = doc.add_table(rows=2 if headrow else 1, cols=1)
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    cell = table.cell(len(table.rows) - 1, 0)
    if headrow:
        head = table.cell(0, 0)
        _cell_props(head, fill=accent, borders=(8, accent), margin_twips=110)
        _para(head, box["label"], bold=True, color="FFFFFF", after=0)
        head.paragraphs[0]._p.getparent().remove(head.paragraphs[0]._p)
        _cell_props(cell, borders=(8, accent))
    elif style == "shaded":
        _cell_props(cell, fill=st["fill"])
    else:
        _cell_props(cell, borders=(8, "000000"))
    if not headrow:
        if box.get("label_style") == "large":
            _para(cell, box["label"], color=accent, size=14, after=2)
        else:
            _para(cell, box["label"], bold=True, color=accent, after=2)
    title = box.get("title", "")
    force = box.get("force_line")
    meta = []
    if title:
        meta.append(("title", title))
    if force:
        meta.insert(0 if box.get("force_pos") == "above" else len(meta), ("force", force))
    for what, text in meta:
        if what == "title":
            _para(cell, text, bold=True, after=2)
        else:
            _para(cell, text, italic=True, color="444444", after=4)
    _body(cell, box["body"])
    first = cell.paragraphs[0]
    if not first.text:  # drop the empty paragraph python-docx puts in every new cell
        first._p.getparent().remove(first._p)
    doc.add_paragraph().paragraph_format.space_after = Pt(2)


def _page_field(paragraph, prefix=""):
    if prefix:
        paragraph.add_run(prefix)
    run = paragraph.add_run()
    for tag, attrs, text in (("w:fldChar", {"w:fldCharType": "begin"}, None),
                             ("w:instrText", {"xml:space": "preserve"}, " PAGE "),
                             ("w:fldChar", {"w:fldCharType": "separate"}, None),
                             ("w:t", {}, "1"),
                             ("w:fldChar", {"w:fldCharType": "end"}, None)):
        el = OxmlElement(tag)
        for k, v in attrs.items():
            el.set(qn(k), v)
        if text:
            el.text = text
        run._r.append(el)


def _cover(doc, report, st):
    c = report["cover"]
    if c.get("kicker"):
        _para(doc, c["kicker"], color=st["accent"], size=13, after=30)
    for _ in range(4):
        _para(doc, "")
    for i, line in enumerate(c["lines"]):
        if i == 0:
            doc.add_paragraph(line, style="Title")
        else:
            _para(doc, line, size=15, after=6)
    for _ in range(6):
        _para(doc, "")
    for line in (c.get("date"), c.get("fieldwork")):
        if line:
            _para(doc, line, size=11, after=4)


def build_docx(report, page_map=None):
    style = report["style"]
    st = STYLES[style]
    doc = Document()
    _set_styles(doc, st)
    doc.core_properties.title = report.get("meta_title", "")
    doc.core_properties.author = "HMICFRS"
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(st["page"][0]), Cm(st["page"][1])
    sec.left_margin = sec.right_margin = Cm(2.3)
    sec.top_margin = sec.bottom_margin = Cm(2.2)
    _cover(doc, report, st)
    # the body goes in a new section so that the cover has no header or footer
    body_sec = doc.add_section(WD_SECTION.NEW_PAGE)
    body_sec.footer.is_linked_to_previous = False
    body_sec.header.is_linked_to_previous = False
    sec.different_first_page_header_footer = False
    fp = body_sec.footer.paragraphs[0]
    if report.get("footer_style") == "centre":
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        _page_field(fp)
    else:
        fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        _page_field(fp, prefix="Page ")
    if report.get("header"):
        hp = body_sec.header.paragraphs[0]
        hp.alignment = WD_ALIGN_PARAGRAPH.LEFT
        run = hp.add_run(report["header"])
        run.font.size = Pt(8.5)
        run.font.color.rgb = RGBColor.from_string("555555")
    if report.get("contents"):
        doc.add_heading("Contents", 1)
        width = st["page"][0] - 4.6
        for key, text, level in contents_entries(report):
            p = doc.add_paragraph()
            p.paragraph_format.tab_stops.add_tab_stop(Cm(width), WD_TAB_ALIGNMENT.RIGHT,
                                                      WD_TAB_LEADER.DOTS)
            p.paragraph_format.space_after = Pt(3)
            if level:
                p.paragraph_format.left_indent = Cm(0.8)
            p.add_run(f"{text}\t{(page_map or {}).get(key, '')}")
        doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    for block in report["blocks"]:
        kind = block[0]
        if kind == "h1":
            doc.add_heading(block[1], 1)
        elif kind == "h2":
            doc.add_heading(block[1], 2)
        elif kind == "p":
            _para(doc, block[1])
        elif kind == "ul":
            _body(doc, [block[1]])
        elif kind == "break":
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif kind == "box":
            _box(doc, block[1], style, st)
    return doc


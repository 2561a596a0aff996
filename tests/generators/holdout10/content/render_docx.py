"""python-docx document for LibreOffice to convert (report r3, set 10). Boxes are one-column
tables with a cell fill and a border; a grid box is a two-column table (heading row
merged across both, label cells shaded); "cols" starts a new two-column section."""

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.text import WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

GREEN = RGBColor(0x1f, 0x4e, 0x6b)
BROWN = GREEN
FILL = {"practice": "E4EEF4", "decoy": "E4EEF4"}  # decoys in the same style
EDGE = {"practice": "1F4E6B", "decoy": "1F4E6B"}


def _shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def _borders(table, color, size=6):
    tblPr = table._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement(f"w:{edge}")
        inside = edge.startswith("inside")
        e.set(qn("w:val"), "nil" if inside and table._grid1 else "single")
        e.set(qn("w:sz"), str(size)); e.set(qn("w:space"), "0"); e.set(qn("w:color"), color)
        b.append(e)
    tblPr.append(b)


def _widths(table, widths):
    """Fixed layout with the given column widths (LibreOffice reads tblGrid/gridCol)."""
    tblPr = table._tbl.tblPr
    w = OxmlElement("w:tblW"); w.set(qn("w:w"), str(int(sum(widths) / 635))); w.set(qn("w:type"), "dxa")
    for old in tblPr.findall(qn("w:tblW")):
        tblPr.remove(old)
    tblPr.append(w)
    lay = OxmlElement("w:tblLayout"); lay.set(qn("w:type"), "fixed"); tblPr.append(lay)
    for col, width in zip(table._tbl.tblGrid.findall(qn("w:gridCol")), widths):
        col.set(qn("w:w"), str(int(width / 635)))
    for row in table.rows:
        for cell, width in zip(row._tr.tc_lst, widths):
            pass
    for row in table.rows:
        cells = row.cells
        if len(set(id(c._tc) for c in cells)) == len(widths):
            for c, width in zip(cells, widths):
                c.width = width


def _cant_split(row):
    trPr = row._tr.get_or_add_trPr()
    c = OxmlElement("w:cantSplit")
    trPr.append(c)


def _cell_para(cell, text, bold=False, italic=False, size=10, color=None, first=False,
               after=4):
    p = cell.paragraphs[0] if first else cell.add_paragraph()
    r = p.add_run(text)
    r.bold, r.italic = bold, italic
    r.font.size = Pt(size)
    if color is not None:
        r.font.color.rgb = color
    p.paragraph_format.space_after = Pt(after)
    return p


def _page_field(paragraph):
    run = paragraph.add_run()
    for tag, text in (("begin", None), (None, "PAGE"), ("end", None)):
        if tag:
            f = OxmlElement("w:fldChar"); f.set(qn("w:fldCharType"), tag); run._r.append(f)
        else:
            t = OxmlElement("w:instrText"); t.set(qn("xml:space"), "preserve")
            t.text = text; run._r.append(t)


def _set_cols(section, num):
    sectPr = section._sectPr
    for old in sectPr.findall(qn("w:cols")):
        sectPr.remove(old)
    cols = OxmlElement("w:cols")
    cols.set(qn("w:num"), str(num)); cols.set(qn("w:space"), "454")
    sectPr.append(cols)


def _setup_section(section, header, first):
    section.page_width, section.page_height = Cm(21.0), Cm(29.7)
    section.left_margin = section.right_margin = Cm(2.2)
    section.top_margin, section.bottom_margin = Cm(2.4), Cm(2.2)
    section.header_distance = section.footer_distance = Cm(1.1)
    section.different_first_page_header_footer = first
    if first:
        hp = section.header.paragraphs[0]
        hp.text = header
        hp.runs[0].font.size = Pt(8)
        hp.runs[0].font.color.rgb = RGBColor(0x55, 0x55, 0x55)
        fp = section.footer.paragraphs[0]
        fp.alignment = 2
        r = fp.add_run("Page ")
        r.font.size = Pt(8)
        _page_field(fp)


def box_table(doc, box, width):
    side = "decoy" if box["kind"] in ("afi", "rec", "coc", "case") else "practice"
    colour = BROWN if side == "decoy" else GREEN
    if "grid" in box:
        t = doc.add_table(rows=1 + len(box["grid"]), cols=2)
        t._grid1 = False
        t.autofit = False
        head = t.rows[0].cells[0].merge(t.rows[0].cells[1])
        _cell_para(head, box["label"], bold=True, size=12, color=RGBColor(255, 255, 255),
                   first=True, after=2)
        _shade(head, EDGE[side])
        lw = Cm(3.8)
        for i, (label, value) in enumerate(box["grid"], start=1):
            lc, vc = t.rows[i].cells
            lc.width, vc.width = lw, width - lw
            _cell_para(lc, label, bold=True, first=True)
            _shade(lc, "C5D9E6")
            _shade(vc, FILL[side])
            values = [value] if isinstance(value, str) else value
            for j, v in enumerate(values):
                _cell_para(vc, v, first=(j == 0))
        for row in t.rows:
            _cant_split(row)
        _widths(t, [lw, width - lw])
        _borders(t, EDGE[side])
        return t
    t = doc.add_table(rows=1, cols=1)
    t._grid1 = True
    cell = t.rows[0].cells[0]
    cell.width = width
    _cell_para(cell, box["label"], bold=True, size=12, color=colour, first=True, after=3)
    if box.get("title"):
        _cell_para(cell, box["title"], bold=True, after=3)
    if box.get("force_line"):
        _cell_para(cell, box["force_line"], italic=True)
    for item in box["body"]:
        if isinstance(item, str):
            _cell_para(cell, item, after=5)
        else:
            for b in item:
                p = _cell_para(cell, "\u2022\t" + b, after=2)
                p.paragraph_format.left_indent = Cm(0.6)
                p.paragraph_format.first_line_indent = Cm(-0.4)
    _shade(cell, FILL[side])
    _cant_split(t.rows[0])
    _widths(t, [width])
    _borders(t, EDGE[side])
    return t


def build_docx(report):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Liberation Sans"
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "Liberation Sans")
    st.font.size = Pt(10)
    st.paragraph_format.space_after = Pt(6)
    for name, size in (("Heading 1", 16), ("Heading 2", 12.5)):
        h = doc.styles[name]
        h.font.name = "Liberation Serif"
        h.font.size = Pt(size)
        h.font.bold = True
        h.font.color.rgb = GREEN
        h.paragraph_format.space_before = Pt(12)
        h.paragraph_format.space_after = Pt(5)
    section = doc.sections[0]
    _setup_section(section, report["header"], True)
    core = doc.core_properties
    core.title = report.get("meta_title", "")
    core.author = "HMICFRS"

    c = report["cover"]
    band = doc.add_table(rows=1, cols=1)
    cell = band.rows[0].cells[0]
    _shade(cell, "1F4E6B")
    white = RGBColor(255, 255, 255)
    _cell_para(cell, c["kicker"], size=10, color=white, first=True, after=30)
    for i, line in enumerate(c["lines"]):
        _cell_para(cell, line, bold=(i != 1), size=(28 if i == 0 else 15), color=white,
                   after=8)
    doc.paragraphs[0] if doc.paragraphs else None
    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(30)
    p.add_run(c["date"]).font.size = Pt(11)
    p.add_run().add_break(WD_BREAK.PAGE)

    width = Cm(21.0 - 4.4)
    for block in report["blocks"]:
        kind = block[0]
        if kind == "h1":
            doc.add_heading(block[1], level=1)
        elif kind == "h2":
            doc.add_heading(block[1], level=2)
        elif kind == "p":
            doc.add_paragraph(block[1])
        elif kind == "break":
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif kind == "cols":
            sec = doc.add_section(WD_SECTION.NEW_PAGE)
            sec.different_first_page_header_footer = False
            _set_cols(sec, 2 if block[1] else 1)
            width = Cm((21.0 - 4.4 - 0.8) / 2) if block[1] else Cm(21.0 - 4.4)
        elif kind == "box":
            box_table(doc, block[1], width)
            doc.add_paragraph().paragraph_format.space_after = Pt(2)
        elif kind == "numlist":
            doc.add_heading(block[1], level=1)
            for num, text in block[2]:
                p = doc.add_paragraph(f"{num}\t{text}")
                p.paragraph_format.left_indent = Cm(1.0)
                p.paragraph_format.first_line_indent = Cm(-1.0)
                p.paragraph_format.space_after = Pt(3)
        else:
            raise ValueError(kind)
    return doc

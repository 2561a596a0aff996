"""Render a seventh-set REPORT (style ``peel2325``) to a Word document (python-docx) for
LibreOffice to convert, made to look like a published PEEL 2023–25 report.

Word-like named styles: Normal (Arial, which LibreOffice replaces by the metric-compatible
Liberation Sans), Heading 1/2/3, "Judgment" (the bold judgment line opening each area),
"TOC 1"/"TOC 2" (contents, dot leaders), and a "Box" family: "Box", "Box Heading",
"Box Title", "Box Bullet". A box is **not a table**: it is a run of consecutive paragraphs in
the Box styles, which share the same paragraph borders, shading and indents, so that Word and
LibreOffice draw them as one bordered, shaded frame; a box therefore flows over a page break
like text. Bullets inside a box use a tab after a bullet character with the same indents as
the other box paragraphs (different indents would break the frame into pieces).

Extras: real Word **footnotes** (a footnotes.xml part added to the package; ``^[note]`` in a
running paragraph), **hyperlinks** (``[text](url)``; URLs in footnotes are linked too) in
blue underlined text, a **graded judgments table** (block ``("judgments",)``, rows from
``REPORT["judgments"]``), a cover without footer, a footer "<footer text> <tab> <PAGE>" on
the other pages and a back matter page (``REPORT["back"]``).
"""

import re

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_BREAK, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

from .docx_render import _cell_props, _font, _page_field
from .html_render import contents_entries

STYLES = {
    "peel2325": {"font": "Arial", "size": 11, "accent": "1D2E5B", "box_fill": "E8EEF7",
                 "box_rule": "1D2E5B", "decoy_fill": "F2F2F2", "decoy_rule": "7F7F7F",
                 "link": "0563C1", "mark": "1D2E5B", "page": (21.0, 29.7)},
}
GRADES = ["Outstanding", "Good", "Adequate", "Requires improvement", "Inadequate"]
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
FOOTNOTES_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"
INLINE = re.compile(r"\[([^\]]+)\]\(([^)]+)\)|\^\[([^\]]+)\]")
URL = re.compile(r"https?://\S+")


def _xml_escape(text):
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class Footnotes:
    """Collects footnotes and writes word/footnotes.xml at the end."""

    def __init__(self, doc, st):
        self.doc, self.st, self.notes = doc, st, []

    def add(self, text):
        self.notes.append(text)
        return len(self.notes)

    def _runs(self, text):
        out, pos = [], 0
        for m in URL.finditer(text):
            out.append(("t", text[pos:m.start()]))
            out.append(("u", m.group(0)))
            pos = m.end()
        out.append(("t", text[pos:]))
        return out

    def write(self):
        if not self.notes:
            return
        part_rels = []
        body = [f'<w:footnotes xmlns:w="{W_NS}" xmlns:r="http://schemas.openxmlformats.org/'
                'officeDocument/2006/relationships">',
                '<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0"/>'
                '</w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>',
                '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing '
                'w:after="0"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>']
        rpr = ('<w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:cs="Arial"/>'
               '<w:sz w:val="17"/></w:rPr>')
        for i, text in enumerate(self.notes, 1):
            runs = [f'<w:r><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial"/>'
                    f'<w:vertAlign w:val="superscript"/><w:sz w:val="17"/></w:rPr>'
                    f'<w:footnoteRef/></w:r><w:r>{rpr}<w:t xml:space="preserve"> </w:t></w:r>']
            for what, piece in self._runs(text):
                if not piece:
                    continue
                if what == "t":
                    runs.append(f'<w:r>{rpr}<w:t xml:space="preserve">{_xml_escape(piece)}'
                                f'</w:t></w:r>')
                else:
                    part_rels.append(piece)
                    runs.append(f'<w:hyperlink r:id="__R{len(part_rels) - 1}__"><w:r><w:rPr>'
                                f'<w:rFonts w:ascii="Arial" w:hAnsi="Arial"/><w:color w:val='
                                f'"{self.st["link"]}"/><w:sz w:val="17"/><w:u w:val="single"/>'
                                f'</w:rPr><w:t>{_xml_escape(piece)}</w:t></w:r></w:hyperlink>')
            body.append(f'<w:footnote w:id="{i}"><w:p><w:pPr><w:spacing w:after="40" '
                        f'w:line="220" w:lineRule="auto"/></w:pPr>{"".join(runs)}</w:p>'
                        '</w:footnote>')
        body.append("</w:footnotes>")
        xml = "".join(body)
        part = Part(PackURI("/word/footnotes.xml"), FOOTNOTES_CT, b"", self.doc.part.package)
        for n, url in enumerate(part_rels):
            rid = part.relate_to(url, RT.HYPERLINK, is_external=True)
            xml = xml.replace(f"__R{n}__", rid)
        part._blob = xml.encode("utf-8")
        self.doc.part.relate_to(part, RT.FOOTNOTES)


def _hyperlink(paragraph, text, url, st, size=None):
    rid = paragraph.part.relate_to(url, RT.HYPERLINK, is_external=True)
    link = OxmlElement("w:hyperlink")
    link.set(qn("r:id"), rid)
    run = OxmlElement("w:r")
    rpr = OxmlElement("w:rPr")
    color = OxmlElement("w:color")
    color.set(qn("w:val"), st["link"])
    under = OxmlElement("w:u")
    under.set(qn("w:val"), "single")
    rpr.extend([color, under])
    if size:
        sz = OxmlElement("w:sz")
        sz.set(qn("w:val"), str(int(size * 2)))
        rpr.append(sz)
    run.append(rpr)
    t = OxmlElement("w:t")
    t.text = text
    t.set(qn("xml:space"), "preserve")
    run.append(t)
    link.append(run)
    paragraph._p.append(link)


def _footnote_ref(paragraph, number):
    run = paragraph.add_run()
    rpr = run._r.get_or_add_rPr()
    va = OxmlElement("w:vertAlign")
    va.set(qn("w:val"), "superscript")
    rpr.append(va)
    ref = OxmlElement("w:footnoteReference")
    ref.set(qn("w:id"), str(number))
    run._r.append(ref)


def _rich_para(doc, text, st, notes, style=None):
    p = doc.add_paragraph(style=style)
    pos = 0
    for m in INLINE.finditer(text):
        if m.start() > pos:
            p.add_run(text[pos:m.start()])
        if m.group(1):
            _hyperlink(p, m.group(1), m.group(2), st)
        else:
            _footnote_ref(p, notes.add(m.group(3)))
        pos = m.end()
    if pos < len(text):
        p.add_run(text[pos:])
    return p


def _ppr_el(style, tag):
    ppr = style.element.get_or_add_pPr()
    el = ppr.find(qn(tag))
    if el is None:
        el = OxmlElement(tag)
        ppr.append(el)
    return el


def _box_frame(style, fill, rule):
    """Paragraph borders and shading shared by all Box styles of one colour."""
    bdr = _ppr_el(style, "w:pBdr")
    for side in ("top", "left", "bottom", "right"):
        el = OxmlElement(f"w:{side}")
        el.set(qn("w:val"), "single")
        el.set(qn("w:sz"), "8")
        el.set(qn("w:space"), "6")
        el.set(qn("w:color"), rule)
        bdr.append(el)
    shd = _ppr_el(style, "w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    ind = _ppr_el(style, "w:ind")
    ind.set(qn("w:left"), "142")
    ind.set(qn("w:right"), "142")


def _add_style(doc, name, base, st, size=None, bold=False, color=None, before=0, after=6):
    style = doc.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
    style.base_style = doc.styles[base]
    if size:
        style.font.size = Pt(size)
    style.font.bold = bold
    if color:
        style.font.color.rgb = RGBColor.from_string(color)
    style.paragraph_format.space_before = Pt(before)
    style.paragraph_format.space_after = Pt(after)
    return style


def _set_styles(doc, st):
    normal = doc.styles["Normal"]
    _font(normal, st["font"])
    normal.font.size = Pt(st["size"])
    normal.paragraph_format.space_after = Pt(8)
    normal.paragraph_format.line_spacing = 1.1
    for name, size, before in (("Heading 1", 18, 18), ("Heading 2", 14, 12),
                               ("Heading 3", 12, 10), ("Title", 28, 0)):
        style = doc.styles[name]
        _font(style, st["font"])
        style.font.size = Pt(size)
        style.font.bold = True
        style.font.italic = False
        style.font.color.rgb = RGBColor.from_string(st["accent"])
        style.paragraph_format.space_before = Pt(before)
        style.paragraph_format.space_after = Pt(8)
        style.paragraph_format.keep_with_next = True
    _add_style(doc, "Judgment", "Normal", st, size=12, bold=True, color=st["accent"], after=10)
    for kind, fill, rule in (("Box", st["box_fill"], st["box_rule"]),
                             ("Decoy Box", st["decoy_fill"], st["decoy_rule"])):
        base = _add_style(doc, kind, "Normal", st, after=6)
        _box_frame(base, fill, rule)
        head = _add_style(doc, f"{kind} Heading", kind, st, size=12, bold=True,
                          color=rule if kind == "Box" else "404040", after=4)
        head.paragraph_format.keep_with_next = True
        title = _add_style(doc, f"{kind} Title", kind, st, bold=True, after=6)
        title.paragraph_format.keep_with_next = True
        bullet = _add_style(doc, f"{kind} Bullet", kind, st, after=3)
        bullet.paragraph_format.tab_stops.add_tab_stop(Cm(0.75))
    for name, indent in (("TOC 1", 0), ("TOC 2", 0.6)):
        style = _add_style(doc, name, "Normal", st, bold=not indent, after=4)
        style.paragraph_format.left_indent = Cm(indent)


def _box(doc, box, st):
    from tests.model import PRACTICE_KINDS
    kind = "Box" if box["kind"] in PRACTICE_KINDS else "Decoy Box"
    doc.add_paragraph(box["label"], style=f"{kind} Heading")
    if box.get("title"):
        doc.add_paragraph(box["title"], style=f"{kind} Title")
    if box.get("force_line"):
        doc.add_paragraph(box["force_line"], style=kind)
    for item in box["body"]:
        if isinstance(item, str):
            p = doc.add_paragraph(style=kind)
            p.add_run(item).bold = item == "Recommendations"
        else:
            for bullet in item:
                doc.add_paragraph(f"•\t{bullet}", style=f"{kind} Bullet")
    # a plain empty paragraph ends the frame
    doc.add_paragraph().paragraph_format.space_after = Pt(0)


def _judgments(doc, report, st):
    rows = report["judgments"]
    table = doc.add_table(rows=len(rows) + 1, cols=len(GRADES) + 1)
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths = [Cm(5.2)] + [Cm(2.3)] * len(GRADES)
    for r, row in enumerate(table.rows):
        for c, cell in enumerate(row.cells):
            cell.width = widths[c]
            header = r == 0
            fill = st["accent"] if header else None
            text = ""
            if header and c:
                text = GRADES[c - 1]
            elif not header and c == 0:
                text = rows[r - 1][0]
            elif not header and GRADES[c - 1] == rows[r - 1][1]:
                fill, text = "C9D6EA", "\u2713"
            _cell_props(cell, fill=fill, borders=(4, "A6A6A6"), margin_twips=70)
            p = cell.paragraphs[0]
            p.paragraph_format.space_after = Pt(0)
            if text:
                run = p.add_run(text)
                run.font.size = Pt(9 if c else 9.5)
                run.bold = header or text == "\u2713"
                if header:
                    run.font.color.rgb = RGBColor.from_string("FFFFFF")
            if c:
                p.alignment = 1
    doc.add_paragraph().paragraph_format.space_after = Pt(2)


def _cover(doc, report, st):
    c = report["cover"]
    p = doc.add_paragraph()
    run = p.add_run(c["org"])
    run.bold = True
    run.font.size = Pt(11)
    run.font.color.rgb = RGBColor.from_string(st["accent"])
    for _ in range(7):
        doc.add_paragraph()
    for i, line in enumerate(c["lines"]):
        if i == 0:
            doc.add_paragraph(line, style="Title")
        else:
            p = doc.add_paragraph()
            run = p.add_run(line)
            run.font.size = Pt(20 if i == len(c["lines"]) - 1 else 16)
            run.bold = i == len(c["lines"]) - 1
            run.font.color.rgb = RGBColor.from_string(st["accent"])
    for _ in range(9):
        doc.add_paragraph()
    p = doc.add_paragraph()
    p.add_run(c["date"]).font.size = Pt(12)


def build_docx(report, page_map=None):
    st = STYLES[report["style"]]
    doc = Document()
    _set_styles(doc, st)
    notes = Footnotes(doc, st)
    doc.core_properties.title = report.get("meta_title", "")
    doc.core_properties.author = "HMICFRS"
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(st["page"][0]), Cm(st["page"][1])
    sec.left_margin = sec.right_margin = Cm(2.2)
    sec.top_margin, sec.bottom_margin = Cm(2.0), Cm(2.0)
    _cover(doc, report, st)
    body_sec = doc.add_section(WD_SECTION.NEW_PAGE)
    body_sec.footer.is_linked_to_previous = False
    fp = body_sec.footer.paragraphs[0]
    fp.add_run(report["footer"] + "\t\t").font.size = Pt(9)  # Footer style: centre, right tabs
    _page_field(fp)
    if report.get("contents"):
        doc.add_heading("Contents", 1)
        for key, text, level in contents_entries(report):
            p = doc.add_paragraph(style="TOC 2" if level else "TOC 1")
            p.paragraph_format.tab_stops.add_tab_stop(Cm(16.6), WD_TAB_ALIGNMENT.RIGHT,
                                                      WD_TAB_LEADER.DOTS)
            p.add_run(f"{text}\t{(page_map or {}).get(key, '')}")
        doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    for block in report["blocks"]:
        kind = block[0]
        if kind in ("h1", "h2", "h3"):
            doc.add_heading(block[1], int(kind[1]))
        elif kind == "p":
            _rich_para(doc, block[1], st, notes)
        elif kind == "pb":
            doc.add_paragraph(block[1], style="Judgment")
        elif kind == "ul":
            for b in block[1]:
                doc.add_paragraph(b, style="List Bullet")
        elif kind == "judgments":
            _judgments(doc, report, st)
        elif kind == "break":
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif kind == "box":
            _box(doc, block[1], st)
        else:
            raise ValueError(kind)
    if report.get("back"):
        doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        for _ in range(28):
            doc.add_paragraph().paragraph_format.space_after = Pt(0)
        for line in report["back"]:
            p = doc.add_paragraph()
            if line.startswith("www."):
                _hyperlink(p, line, "https://" + line, st)
            else:
                p.add_run(line)
    notes.write()
    return doc


def contents_pages(report, pdf_path):
    """Page of each contents entry: the first page (after the contents page, and not before
    the previous entry's page) with a text line that is exactly the heading / box title; the
    area names also appear in the judgments table and the summary, so a plain text search
    would find those first."""
    import pdfplumber
    from build_holdout import norm
    with pdfplumber.open(pdf_path) as pdf:
        lines = [{norm(ln["text"]) for ln in page.extract_text_lines()} for page in pdf.pages]
    result, last = {}, 3
    for key, _text, _level in contents_entries(report):
        found = [i + 1 for i, page in enumerate(lines) if i + 1 >= last and norm(key[1]) in page]
        if found:
            result[key] = last = found[0]
    return result


def write_pdf(report, target, work):
    """Two passes when there is a contents page, so that its page numbers are real."""
    from pathlib import Path

    from build_holdout import docx_to_pdf
    page_map = None
    for _ in range(2 if report.get("contents") else 1):
        docx_to_pdf(build_docx(report, page_map), target, work, Path(report["file"]).stem)
        page_map = contents_pages(report, target)
    return target

"""Render a fourth-set REPORT to a Word document whose boxes are floating text boxes.

Each box is a DrawingML text box, ``wps:wsp`` with ``wps:txbx``/``w:txbxContent``, inside a
``wp:anchor`` (wrap top and bottom, anchored to an empty paragraph, positioned at the left
edge of the column) in a ``w:drawing`` run, written as raw OOXML through python-docx's element
API (no VML fallback, no ``mc:AlternateContent``). ``a:spAutoFit`` asks the application to grow
the shape to its text, so the extent written is only an estimate. LibreOffice converts it.

Box variants (``variant``):
  (none)   a tinted text box with a thin border: kind heading, title, force line, body
  ``band`` the kind heading is white bold text in a dark shaded paragraph that runs across
           the top of the text box (no inner margins), above the body on a light tint
  ``panel`` consecutive ``panel`` boxes share one text box (one frame, several headings)
  ``runin`` no box: one paragraph of running text that starts with the bold kind heading
           ("Innovative practice:") followed by the body; a non-empty ``title`` is printed as
           a bold paragraph of its own just above it
"""

from xml.sax.saxutils import escape

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.shared import Cm, Pt, RGBColor

from .docx_render import _font, _page_field

NS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
      'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
      'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
      'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"')
EMU_CM = 360000

STYLES = {
    "wps": {"font": "Nimbus Roman", "head_font": "Nimbus Sans", "size": 11,
            "accent": "2B5134", "tint": "EAF2E6", "line": "7FA386",
            "band": "1E3A28", "band_tint": "E4EDE0", "page": (21.0, 29.7), "margin": 2.2},
}


class _Ids:
    def __init__(self):
        self.n = 0

    def next(self):
        self.n += 1
        return self.n


def _rpr(st, bold=False, italic=False, color=None, size=None, head=False):
    font = st["head_font"] if head else st["font"]
    out = f'<w:rFonts w:ascii="{font}" w:hAnsi="{font}" w:cs="{font}" w:eastAsia="{font}"/>'
    if bold:
        out += "<w:b/><w:bCs/>"
    if italic:
        out += "<w:i/><w:iCs/>"
    if color:
        out += f'<w:color w:val="{color}"/>'
    if size:
        out += f'<w:sz w:val="{int(size * 2)}"/><w:szCs w:val="{int(size * 2)}"/>'
    return f"<w:rPr>{out}</w:rPr>"


def _run(text, rpr):
    return f'<w:r>{rpr}<w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def _p(runs, after=6, shade=None, ind=None, style=None, keep=False, exact=None):
    ppr = ""
    if style:
        ppr += f'<w:pStyle w:val="{style}"/>'
    if keep:
        ppr += "<w:keepNext/>"
    if shade:
        ppr += f'<w:shd w:val="clear" w:color="auto" w:fill="{shade}"/>'
    line = (f'w:line="{exact}" w:lineRule="exact"' if exact else 'w:line="264" w:lineRule="auto"')
    ppr += f'<w:spacing w:before="0" w:after="{int(after * 20)}" {line}/>'
    if ind is not None:
        left, right, *first = ind
        extra = ""
        if first and first[0] > 0:
            extra = f' w:firstLine="{first[0]}"'
        elif first and first[0] < 0:
            extra = f' w:hanging="{-first[0]}"'
        ppr += f'<w:ind w:left="{left}" w:right="{right}"{extra}/>'
    return f"<w:p><w:pPr>{ppr}</w:pPr>{runs}</w:p>"


def _box_paras(box, st, ind=None, band=False, first=True):
    """The paragraphs of one box (heading, title, force line, body) as OOXML strings."""
    paras = []
    if band:
        # the shading covers the paragraph between its indents, so the band runs across
        # the whole text box (no inner margins) and the text is moved in by a first-line
        # indent; an exact line height makes the band taller than the text
        paras.append(_p(_run(box["label"], _rpr(st, bold=True, color="FFFFFF", size=11.5,
                                                 head=True)),
                        after=7, shade=st["band"], ind=(0, 0, 170), exact=440))
    else:
        paras.append(_p(_run(box["label"], _rpr(st, bold=True, color=st["accent"], size=11.5,
                                                 head=True)),
                        after=3, ind=ind, keep=True))
        if not first:
            paras[-1] = paras[-1].replace("<w:spacing w:before=\"0\"",
                                          "<w:spacing w:before=\"160\"")
    if box.get("title"):
        paras.append(_p(_run(box["title"], _rpr(st, bold=True, head=True)), after=3, ind=ind,
                        keep=True))
    if box.get("force_line"):
        paras.append(_p(_run(box["force_line"], _rpr(st, italic=True, color="444444")),
                        after=5, ind=ind, keep=True))
    for item in box["body"]:
        if isinstance(item, str):
            paras.append(_p(_run(item, _rpr(st)), after=6, ind=ind))
        else:
            # the list level's tab (360 twips) decides where the text starts after the
            # bullet, so the left indent is kept there and the bullet moved in line with
            # the body text by the hanging indent
            left, right = ind or (0, 0)
            for bullet in item:
                paras.append(_p(_run(bullet, _rpr(st)), after=3, style="ListBullet",
                                ind=(360, right, left - 360)))
    return paras


def _estimate_height(boxes, width_cm, st):
    """A rough height (EMU) for the extent; LibreOffice grows the shape to its text."""
    chars_per_line = width_cm * 5.2 * 11 / st["size"]
    lines = 0
    for box in boxes:
        lines += 3
        for item in box["body"]:
            for piece in [item] if isinstance(item, str) else item:
                lines += int(len(piece) / chars_per_line) + 1.5
    return int(lines * 0.52 * EMU_CM)


def _textbox_run(paras, ids, width_cm, height, fill, line=None, insets=(0.3, 0.25, 0.25)):
    n = ids.next()
    cx = int(width_cm * EMU_CM)
    ln = (f'<a:ln w="9525"><a:solidFill><a:srgbClr val="{line}"/></a:solidFill></a:ln>'
          if line else "<a:ln><a:noFill/></a:ln>")
    lr, top, bottom = (int(v * EMU_CM) for v in insets)
    # distT stays 0: LibreOffice 7.4 draws the shape empty and lays its text out over the
    # following paragraphs when distT is larger than the space after the paragraph before
    return parse_xml(
        f'<w:r {NS}><w:drawing>'
        f'<wp:anchor distT="0" distB="114300" distL="0" distR="0" simplePos="0" '
        f'relativeHeight="{251658240 + n}" behindDoc="0" locked="0" layoutInCell="1" '
        f'allowOverlap="0">'
        f'<wp:simplePos x="0" y="0"/>'
        f'<wp:positionH relativeFrom="column"><wp:posOffset>0</wp:posOffset></wp:positionH>'
        f'<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>'
        f'<wp:extent cx="{cx}" cy="{height}"/><wp:effectExtent l="0" t="0" r="0" b="0"/>'
        f'<wp:wrapTopAndBottom/><wp:docPr id="{n}" name="Text Box {n}"/>'
        f'<wp:cNvGraphicFramePr/>'
        f'<a:graphic><a:graphicData '
        f'uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        f'<wps:wsp><wps:cNvSpPr txBox="1"/>'
        f'<wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{height}"/></a:xfrm>'
        f'<a:prstGeom prst="rect"><a:avLst/></a:prstGeom>'
        f'<a:solidFill><a:srgbClr val="{fill}"/></a:solidFill>{ln}</wps:spPr>'
        f'<wps:txbx><w:txbxContent>{"".join(paras)}</w:txbxContent></wps:txbx>'
        f'<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="{lr}" tIns="{top}" rIns="{lr}" '
        f'bIns="{bottom}" anchor="t" anchorCtr="0"><a:spAutoFit/></wps:bodyPr>'
        f'</wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></w:r>')


def _add_textbox(doc, boxes, st, ids):
    width = st["page"][0] - 2 * st["margin"]
    variant = boxes[0].get("variant", "").split()
    if "band" in variant:
        paras = _box_paras(boxes[0], st, ind=(170, 170), band=True)
        run = _textbox_run(paras, ids, width, _estimate_height(boxes, width, st),
                           st["band_tint"], insets=(0, 0, 0.2))
    else:
        paras = []
        for i, box in enumerate(boxes):
            paras += _box_paras(box, st, first=i == 0)
        run = _textbox_run(paras, ids, width, _estimate_height(boxes, width, st), st["tint"],
                           line=st["line"])
    anchor = doc.add_paragraph()
    anchor.paragraph_format.space_after = Pt(0)
    anchor._p.append(run)


def _add_runin(doc, box, st):
    if box.get("title"):
        p = doc.add_paragraph()
        r = p.add_run(box["title"])
        r.bold = True
        _font(r, st["head_font"])
        p.paragraph_format.keep_with_next = True
        p.paragraph_format.space_after = Pt(2)
    (text,) = box["body"]
    p = doc.add_paragraph()
    r = p.add_run(box["label"])
    r.bold = True
    p.add_run(" " + text)


def _styles(doc, st):
    normal = doc.styles["Normal"]
    _font(normal, st["font"])
    normal.font.size = Pt(st["size"])
    normal.paragraph_format.space_after = Pt(7)
    normal.paragraph_format.line_spacing = 1.1
    for name, size in (("Heading 1", 16), ("Heading 2", 12.5), ("Title", 28)):
        style = doc.styles[name]
        _font(style, st["head_font"])
        style.font.size = Pt(size)
        style.font.bold = True
        style.font.color.rgb = RGBColor.from_string(st["accent"])
        style.paragraph_format.space_before = Pt(16 if name == "Heading 1" else 8)
        style.paragraph_format.space_after = Pt(6)
    bullet = doc.styles["List Bullet"]
    bullet.paragraph_format.space_after = Pt(3)


def _cover(doc, report, st):
    c = report["cover"]
    for _ in range(3):
        doc.add_paragraph()
    p = doc.add_paragraph()
    r = p.add_run(c["kicker"])
    r.font.size = Pt(14)
    r.font.color.rgb = RGBColor.from_string(st["accent"])
    _font(r, st["head_font"])
    for _ in range(2):
        doc.add_paragraph()
    doc.add_paragraph(c["lines"][0], style="Title")
    for line in c["lines"][1:]:
        p = doc.add_paragraph()
        r = p.add_run(line)
        r.font.size = Pt(15)
    for _ in range(8):
        doc.add_paragraph()
    p = doc.add_paragraph()
    p.add_run(c["date"]).font.size = Pt(12)


def build_docx(report):
    st = STYLES[report["style"]]
    doc = Document()
    _styles(doc, st)
    doc.core_properties.title = report.get("meta_title", "")
    doc.core_properties.author = "HMICFRS"
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(st["page"][0]), Cm(st["page"][1])
    sec.left_margin = sec.right_margin = Cm(st["margin"])
    sec.top_margin = sec.bottom_margin = Cm(st["margin"])
    _cover(doc, report, st)
    body_sec = doc.add_section(WD_SECTION.NEW_PAGE)
    body_sec.header.is_linked_to_previous = False
    body_sec.footer.is_linked_to_previous = False
    fp = body_sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    _page_field(fp, prefix="Page ")
    hp = body_sec.header.paragraphs[0]
    run = hp.add_run(report["header"])
    run.font.size = Pt(8.5)
    run.font.color.rgb = RGBColor.from_string("555555")
    _font(run, st["head_font"])
    ids = _Ids()
    blocks = report["blocks"]
    i = 0
    new_page = False  # ("break",): the next paragraph starts a new page
    while i < len(blocks):
        block = blocks[i]
        kind = block[0]
        first = len(doc.paragraphs)
        if kind == "break":
            new_page = True
            i += 1
            continue
        if kind == "h1":
            doc.add_heading(block[1], 1)
        elif kind == "h2":
            doc.add_heading(block[1], 2)
        elif kind == "p":
            doc.add_paragraph(block[1])
        elif kind == "ul":
            for item in block[1]:
                doc.add_paragraph(item, style="List Bullet")
        elif kind == "box":
            box = block[1]
            variant = box.get("variant", "").split()
            if "runin" in variant:
                _add_runin(doc, box, st)
            elif "panel" in variant:
                group = [box]
                while i + 1 < len(blocks) and blocks[i + 1][0] == "box" and \
                        "panel" in blocks[i + 1][1].get("variant", "").split():
                    i += 1
                    group.append(blocks[i][1])
                _add_textbox(doc, group, st, ids)
            else:
                _add_textbox(doc, [box], st, ids)
        else:
            raise ValueError(kind)
        if new_page:
            doc.paragraphs[first].paragraph_format.page_break_before = True
            new_page = False
        i += 1
    return doc


def write_pdf(report, target, work):
    """Write the .docx to ``work`` and convert it with LibreOffice to ``target``."""
    from build_holdout import docx_to_pdf
    return docx_to_pdf(build_docx(report), target, work, target.stem)

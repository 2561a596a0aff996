"""reportlab platypus renderer (report r1, set 10). Boxes are Tables with one row per kind
heading, title and body paragraph (bullets: one row per bullet), a fill and a border, so
they split between rows at a page break (repeatRows=0: no heading on the continuation)."""

from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (
    BaseDocTemplate,
    Frame,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

LIB = "/usr/share/fonts/truetype/dejavu/"
for name, f in (("LSans", "DejaVuSans.ttf"), ("LSans-Bold", "DejaVuSans-Bold.ttf"),
                ("LSans-Italic", "DejaVuSans-Oblique.ttf")):
    pdfmetrics.registerFont(TTFont(name, LIB + f))
pdfmetrics.registerFontFamily("LSans", normal="LSans", bold="LSans-Bold", italic="LSans-Italic",
                              boldItalic="LSans-Bold")

W, H = A4
ML, MR, MT, MB = 22 * mm, 22 * mm, 24 * mm, 22 * mm
NAVY = colors.HexColor("#5a1846")  # plum
FILL = {"practice": colors.HexColor("#f3ebf1"), "decoy": colors.HexColor("#f3ebf1")}
EDGE = {"practice": NAVY, "decoy": NAVY}  # decoys in the same style

BODY = ParagraphStyle("body", fontName="LSans", fontSize=9.5, leading=13.5, spaceAfter=7,
                      alignment=TA_LEFT)
H1 = ParagraphStyle("h1", fontName="LSans-Bold", fontSize=15, leading=19, textColor=NAVY,
                    spaceBefore=10, spaceAfter=8, keepWithNext=1)
H2 = ParagraphStyle("h2", fontName="LSans-Bold", fontSize=12, leading=15, textColor=NAVY,
                    spaceBefore=6, spaceAfter=5, keepWithNext=1)
BOX_LABEL = ParagraphStyle("bl", fontName="LSans-Bold", fontSize=12, leading=15,
                           textColor=NAVY)
BOX_TITLE = ParagraphStyle("bt", fontName="LSans-Bold", fontSize=10.5, leading=14)
BOX_BODY = ParagraphStyle("bb", fontName="LSans", fontSize=9.5, leading=13.5)
BOX_BULLET = ParagraphStyle("bu", parent=BOX_BODY, leftIndent=14, bulletIndent=3,
                            bulletFontName="LSans")
TOC = ParagraphStyle("toc", fontName="LSans", fontSize=10.5, leading=15)
TOC_SUB = ParagraphStyle("tocs", parent=TOC, leftIndent=14, fontSize=9.5)


def _para(text, style, **kw):
    return Paragraph(escape(text), style, **kw)


def box_table(box, width):
    side = "practice" if box["kind"] not in ("afi", "rec", "coc", "case") else "decoy"
    label_style = ParagraphStyle("l2", parent=BOX_LABEL, textColor=EDGE[side])
    rows = [[_para(box["label"], label_style)]]
    if box.get("title"):
        rows.append([_para(box["title"], BOX_TITLE)])
    if box.get("force_line"):
        rows.append([_para(box["force_line"], BOX_BODY)])
    for item in box["body"]:
        if isinstance(item, str):
            rows.append([_para(item, BOX_BODY)])
        else:
            for b in item:
                rows.append([Paragraph(escape(b), BOX_BULLET, bulletText="\u2022")])
    t = Table(rows, colWidths=[width], repeatRows=0, splitByRow=1, hAlign="LEFT")
    style = [("BACKGROUND", (0, 0), (-1, -1), FILL[side]),
             ("LINEBEFORE", (0, 0), (0, -1), 3, EDGE[side]),
             ("BOX", (0, 0), (-1, -1), 0.5, EDGE[side]),
             ("LEFTPADDING", (0, 0), (-1, -1), 10), ("RIGHTPADDING", (0, 0), (-1, -1), 10),
             ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
             ("TOPPADDING", (0, 0), (0, 0), 8), ("BOTTOMPADDING", (0, -1), (-1, -1), 9),
             ("VALIGN", (0, 0), (-1, -1), "TOP")]
    t.setStyle(TableStyle(style))
    return t


def render(report, path):
    header = report["header"]
    cover = report["cover"]

    def on_cover(c, doc):
        c.saveState()
        c.setFillColor(NAVY)
        c.rect(0, H - 120 * mm, W, 80 * mm, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont("LSans", 10)
        c.drawString(ML, H - 52 * mm, cover["kicker"])
        y = H - 70 * mm
        for i, line in enumerate(cover["lines"]):
            size = 26 if i == 0 else 15
            c.setFont("LSans-Bold" if i != 1 else "LSans", size)
            c.drawString(ML, y, line)
            y -= size + 9
        c.setFillColor(colors.black)
        c.setFont("LSans", 11)
        c.drawString(ML, H - 135 * mm, cover["date"])
        c.restoreState()

    def on_body(c, doc):
        c.saveState()
        c.setFont("LSans", 8)
        c.setFillColor(colors.HexColor("#444444"))
        c.drawString(ML, H - 14 * mm, header)
        c.setStrokeColor(colors.HexColor("#999999"))
        c.setLineWidth(0.4)
        c.line(ML, H - 15.5 * mm, W - MR, H - 15.5 * mm)
        c.drawCentredString(W / 2, 12 * mm, f"Page {doc.page}")
        c.restoreState()

    fw = W - ML - MR
    gap = 8 * mm
    cw = (fw - gap) / 2
    fh = H - MT - MB
    doc = BaseDocTemplate(str(path), pagesize=A4, title=report.get("meta_title", ""),
                          author="HMICFRS", leftMargin=ML, rightMargin=MR, topMargin=MT,
                          bottomMargin=MB)
    doc.addPageTemplates([
        PageTemplate("cover", [Frame(ML, MB, fw, fh, id="c")], onPage=on_cover),
        PageTemplate("body", [Frame(ML, MB, fw, fh, id="b", leftPadding=0, rightPadding=0)],
                     onPage=on_body),
        PageTemplate("twocol", [Frame(ML, MB, cw, fh, id="l", leftPadding=0, rightPadding=0),
                                Frame(ML + cw + gap, MB, cw, fh, id="r", leftPadding=0,
                                      rightPadding=0)], onPage=on_body),
    ])
    story = [Spacer(1, 10), NextPageTemplate("body"), PageBreak()]
    width = fw
    for block in report["blocks"]:
        kind = block[0]
        if kind == "contents":
            story.append(_para("Contents", H1))
            for text, page in block[1]:
                style = TOC_SUB if ":" in text else TOC
                row = Table([[_para(text, style), _para(str(page), TOC)]],
                            colWidths=[fw - 30, 30], hAlign="LEFT")
                row.setStyle(TableStyle([("ALIGN", (1, 0), (1, 0), "RIGHT"),
                                         ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                         ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
                story.append(row)
            story.append(PageBreak())
        elif kind == "h1":
            story.append(_para(block[1], H1))
        elif kind == "h2":
            story.append(_para(block[1], H2))
        elif kind == "p":
            story.append(_para(block[1], BODY))
        elif kind == "ul":
            for b in block[1]:
                story.append(Paragraph(escape(b), BOX_BULLET, bulletText="\u2022"))
        elif kind == "space":
            story.append(Spacer(1, block[1]))
        elif kind == "break":
            story.append(PageBreak())
        elif kind == "cols":
            if block[1]:
                story += [NextPageTemplate("twocol"), PageBreak()]
                width = cw
            else:
                width = fw
        elif kind == "box":
            table = box_table(block[1], width)
            if block[1].get("variant") not in ("split", "colsplit"):
                table = KeepTogether([table])
            story += [Spacer(1, 3), table, Spacer(1, 10)]
        else:
            raise ValueError(kind)
    doc.build(story)
    return path

"""reportlab platypus renderer (report r1, set 11).

Liberation Serif body text, Liberation Sans headings. A box is a Table: a dark band row
holding the kind heading, then a row for the title, the force line and each paragraph or
bullet, on a pale fill with a rule down the right-hand side. ``split`` boxes may break
between rows (repeatRows=0, so the continuation has no heading); the others are kept
together. ("cols", True) moves to a page template with two frames.
"""

from xml.sax.saxutils import escape

from reportlab import platypus as pl
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

_FONTS = "/usr/share/fonts/truetype/liberation/"
for _name, _file in (("Serif", "LiberationSerif-Regular.ttf"),
                     ("Serif-Bold", "LiberationSerif-Bold.ttf"),
                     ("Serif-Italic", "LiberationSerif-Italic.ttf"),
                     ("Sans", "LiberationSans-Regular.ttf"),
                     ("Sans-Bold", "LiberationSans-Bold.ttf")):
    pdfmetrics.registerFont(TTFont(_name, _FONTS + _file))

PAGE_W, PAGE_H = A4
LEFT, RIGHT, TOP, BOTTOM = 20 * mm, 20 * mm, 25 * mm, 20 * mm
INK = colors.HexColor("#23395d")       # dark blue
PALE = colors.HexColor("#eaf0f7")
DECOYS = ("afi", "rec", "coc", "case")

TEXT = ParagraphStyle("text", fontName="Serif", fontSize=10.5, leading=14, spaceAfter=7)
HEAD1 = ParagraphStyle("head1", fontName="Sans-Bold", fontSize=14, leading=18, textColor=INK,
                       spaceBefore=12, spaceAfter=7, keepWithNext=1)
HEAD2 = ParagraphStyle("head2", fontName="Sans-Bold", fontSize=11.5, leading=15,
                       textColor=INK, spaceBefore=6, spaceAfter=4, keepWithNext=1)
BAND = ParagraphStyle("band", fontName="Sans-Bold", fontSize=11, leading=14,
                      textColor=colors.white)
TITLE = ParagraphStyle("title", fontName="Sans-Bold", fontSize=10.5, leading=14)
INBOX = ParagraphStyle("inbox", fontName="Serif", fontSize=10.5, leading=14)
FORCE = ParagraphStyle("force", parent=INBOX, fontName="Serif-Italic")
BULLET = ParagraphStyle("bullet", parent=INBOX, leftIndent=13, bulletIndent=2)
ENTRY = ParagraphStyle("entry", fontName="Sans", fontSize=10.5, leading=16)


def _p(text, style, **kw):
    return pl.Paragraph(escape(text), style, **kw)


def _box(box, width):
    rows = [[_p(box["label"], BAND)]]
    if box.get("title"):
        rows.append([_p(box["title"], TITLE)])
    if box.get("force_line"):
        rows.append([_p(box["force_line"], FORCE)])
    for item in box["body"]:
        if isinstance(item, str):
            rows.append([_p(item, INBOX)])
        else:
            rows.extend([pl.Paragraph(escape(b), BULLET, bulletText="\u2013")] for b in item)
    table = pl.Table(rows, colWidths=[width], repeatRows=0, splitByRow=1, hAlign="LEFT")
    table.setStyle(pl.TableStyle([
        ("BACKGROUND", (0, 0), (-1, -1), PALE),
        ("BACKGROUND", (0, 0), (0, 0), INK),
        ("LINEAFTER", (0, 0), (-1, -1), 2.5, INK),
        ("LINEBELOW", (0, -1), (-1, -1), 0.6, INK),
        ("LEFTPADDING", (0, 0), (-1, -1), 9), ("RIGHTPADDING", (0, 0), (-1, -1), 11),
        ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (0, 0), 5), ("BOTTOMPADDING", (0, 0), (0, 0), 5),
        ("TOPPADDING", (0, 1), (0, 1), 7), ("BOTTOMPADDING", (0, -1), (-1, -1), 8),
    ]))
    if box.get("variant") in ("split", "colsplit"):
        return [pl.Spacer(1, 4), table, pl.Spacer(1, 9)]
    return [pl.Spacer(1, 4), pl.KeepTogether([table]), pl.Spacer(1, 9)]


def _contents(entries, width):
    out = [_p("Contents", HEAD1)]
    for text, page in entries:
        indent = 12 if ":" in text else 0
        row = pl.Table([[_p(text, ParagraphStyle("e", parent=ENTRY, leftIndent=indent)),
                      _p(str(page), ENTRY)]], colWidths=[width - 24, 24], hAlign="LEFT")
        row.setStyle(pl.TableStyle([("ALIGN", (1, 0), (1, 0), "RIGHT"),
                                 ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                 ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                                 ("LINEBELOW", (0, 0), (-1, 0), 0.3, colors.lightgrey)]))
        out.append(row)
    return out + [pl.PageBreak()]


def _cover_painter(cover):
    def paint(canvas, _doc):
        canvas.saveState()
        canvas.setFillColor(INK)
        canvas.rect(LEFT, PAGE_H - 150 * mm, 6, 95 * mm, stroke=0, fill=1)
        canvas.setFont("Sans", 10)
        canvas.drawString(LEFT + 14, PAGE_H - 62 * mm, cover["kicker"])
        y = PAGE_H - 82 * mm
        for i, line in enumerate(cover["lines"]):
            size = 24 if i == 0 else 14
            canvas.setFont("Sans-Bold" if i == 0 else "Sans", size)
            canvas.drawString(LEFT + 14, y, line)
            y -= size + 10
        canvas.setFont("Serif", 11)
        canvas.setFillColor(colors.black)
        canvas.drawString(LEFT + 14, PAGE_H - 145 * mm, cover["date"])
        canvas.restoreState()
    return paint


def _body_painter(header):
    def paint(canvas, doc):
        canvas.saveState()
        canvas.setFont("Sans", 8)
        canvas.setFillColor(colors.HexColor("#555555"))
        canvas.drawRightString(PAGE_W - RIGHT, PAGE_H - 15 * mm, header)
        canvas.setStrokeColor(INK)
        canvas.setLineWidth(0.5)
        canvas.line(LEFT, PAGE_H - 16.5 * mm, PAGE_W - RIGHT, PAGE_H - 16.5 * mm)
        canvas.drawString(LEFT, 11 * mm, str(doc.page))
        canvas.restoreState()
    return paint


def render(report, path):
    full = PAGE_W - LEFT - RIGHT
    gutter = 7 * mm
    half = (full - gutter) / 2
    high = PAGE_H - TOP - BOTTOM
    body = _body_painter(report["header"])

    def frame(x, w, ident):
        return pl.Frame(x, BOTTOM, w, high, id=ident, leftPadding=0, rightPadding=0)

    doc = pl.BaseDocTemplate(str(path), pagesize=A4, title=report.get("meta_title", ""),
                          author="HMICFRS")
    doc.addPageTemplates([
        pl.PageTemplate("cover", [frame(LEFT, full, "cover")],
                     onPage=_cover_painter(report["cover"])),
        pl.PageTemplate("body", [frame(LEFT, full, "one")], onPage=body),
        pl.PageTemplate("twocol", [frame(LEFT, half, "left"),
                                frame(LEFT + half + gutter, half, "right")], onPage=body),
    ])
    story = [pl.Spacer(1, 1), pl.NextPageTemplate("body"), pl.PageBreak()]
    width = full
    for block in report["blocks"]:
        tag = block[0]
        if tag == "contents":
            story += _contents(block[1], full)
        elif tag in ("h1", "h2", "p"):
            story.append(_p(block[1], {"h1": HEAD1, "h2": HEAD2, "p": TEXT}[tag]))
        elif tag == "ul":
            story += [pl.Paragraph(escape(b), BULLET, bulletText="\u2013") for b in block[1]]
        elif tag == "space":
            story.append(pl.Spacer(1, block[1]))
        elif tag == "break":
            story.append(pl.PageBreak())
        elif tag == "cols":
            width = half if block[1] else full
            story += [pl.NextPageTemplate("twocol" if block[1] else "body"), pl.PageBreak()]
        elif tag == "box":
            story += _box(block[1], width)
        else:
            raise ValueError(tag)
    doc.build(story)
    return path

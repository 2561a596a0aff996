"""A small reportlab-canvas page engine for set 13: columns, headings, paragraphs, boxes.

Every practice box records where it was drawn (page, bbox) so the builder can check the
key's pages against the PDF's own text.
"""

from reportlab.lib.colors import HexColor, black, white
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

_LIB = "/usr/share/fonts/truetype/liberation/"
_DJV = "/usr/share/fonts/truetype/dejavu/"
FONTS = {
    "Sans": _LIB + "LiberationSans-Regular.ttf", "Sans-Bold": _LIB + "LiberationSans-Bold.ttf",
    "Sans-Italic": _LIB + "LiberationSans-Italic.ttf",
    "Serif": _DJV + "DejaVuSerif.ttf", "Serif-Bold": _DJV + "DejaVuSerif-Bold.ttf",
    "Serif-Italic": _DJV + "DejaVuSerif-Italic.ttf",
}
for _name, _path in FONTS.items():
    pdfmetrics.registerFont(TTFont(_name, _path))

KIND_WORD = {"innovative": "Innovative practice", "promising": "Promising practice",
             "notable": "Notable practice", "good": "Good practice"}


def practice(kind, title, forces, section, areas, body, expect):
    """A practice as the key gives it, plus the pages (first, last) the layout means it to have."""
    return {"kind": kind, "title": title, "forces": forces, "section": section,
            "primary_area": areas[0], "areas": areas, "body": body, "expect": expect}


def items(p, heading, force_prefix=None):
    """A box's lines: kind heading, title, force line (unless force_prefix is None), paragraphs."""
    head = [("kind", heading), ("title", p["title"])]
    if force_prefix is not None:
        head.append(("force", force_prefix + p["forces"][0]))
    return head + [("p", t) for t in p["body"]]


class Doc:
    def __init__(self, path, header, family="Sans", size=10, land=False, margin=56):
        from reportlab.pdfgen.canvas import Canvas
        self.size_page = landscape(A4) if land else A4
        self.c = Canvas(path, pagesize=self.size_page)
        self.header, self.family, self.size, self.margin = header, family, size, margin
        self.page = 1
        self.records = []          # (practice, page, bbox in pdfplumber top-left coords)
        self.set_columns(1)
        self.y = self.size_page[1] - margin

    # ---- pages and columns -------------------------------------------------------
    def set_columns(self, n, gap=24):
        w = self.size_page[0] - 2 * self.margin
        cw = (w - gap * (n - 1)) / n
        self.cols = [(self.margin + i * (cw + gap), cw) for i in range(n)]
        self.ci = 0
        self.top = getattr(self, "y", self.size_page[1] - self.margin)

    @property
    def x(self):
        return self.cols[self.ci][0]

    @property
    def w(self):
        return self.cols[self.ci][1]

    def _furniture(self):
        if self.page > 1:
            c = self.c
            c.setFont(self.family, 8)
            c.setFillColor(HexColor("#555555"))
            c.drawString(self.margin, self.size_page[1] - 30, self.header)
            c.drawRightString(self.size_page[0] - self.margin, 24, str(self.page))
            c.setFillColor(black)

    def new_page(self, columns=None, land=None):
        self._furniture()
        self.c.showPage()
        self.page += 1
        if land is not None:
            self.size_page = landscape(A4) if land else A4
            self.c.setPageSize(self.size_page)
        self.y = self.size_page[1] - self.margin
        self.set_columns(columns or len(self.cols))
        self.top = self.y

    def next_column(self):
        if self.ci + 1 < len(self.cols):
            self.ci += 1
            self.y = self.top
        else:
            self.new_page()

    def need(self, h):
        if self.y - h < self.margin:
            self.next_column()

    def finish(self):
        self._furniture()
        self.c.save()

    # ---- running text ------------------------------------------------------------
    def text(self, s, font=None, size=None, lead=None, after=6, colour=black, space=0):
        font = font or self.family
        size = size or self.size
        lead = lead or size * 1.35
        for line in simpleSplit(s, font, size, self.w):
            self.need(lead)
            self.y -= lead
            self.c.setFillColor(colour)
            t = self.c.beginText(self.x, self.y + lead * 0.25)
            t.setFont(font, size)
            t.setCharSpace(space)
            t.textLine(line)
            self.c.drawText(t)
        self.y -= after
        self.c.setFillColor(black)

    def h1(self, s):
        self.need(60)
        self.y -= 8
        self.text(s, self.family + "-Bold", self.size + 7, after=8, colour=HexColor("#1d3557"))

    def h2(self, s):
        self.need(40)
        self.text(s, self.family + "-Bold", self.size + 2, after=4)

    def para(self, s):
        self.text(s)

    def space(self, h):
        self.y -= h

    # ---- boxes --------------------------------------------------------------------
    def _lines(self, items, width):
        """items: (role, text) -> [(font, size, line, lead, gap_after, role)]."""
        f, s = self.family, self.size
        spec = {"kind": (f + "-Bold", s + 1.5, 6), "title": (f + "-Bold", s, 5),
                "force": (f + "-Italic", s, 5), "p": (f, s, 5), "fn": (f, s - 2.5, 2)}
        out = []
        for role, txt in items:
            font, size, gap = spec[role]
            lines = simpleSplit(txt, font, size, width)
            for i, line in enumerate(lines):
                out.append((font, size, line, size * 1.32, gap if i == len(lines) - 1 else 0, role))
        return out

    def _height(self, lines):
        return sum(lead + gap for _f, _s, _l, lead, gap, _r in lines)

    def _draw_lines(self, lines, x, y, colour=black, kind_style=None, skip_kind=False):
        for font, size, line, lead, gap, role in lines:
            y -= lead
            if role == "kind" and skip_kind:
                y -= gap
                continue
            t = self.c.beginText(x, y + lead * 0.25)
            if role == "kind" and kind_style == "smallcaps":
                _small_caps(t, line, font, size, colour)
            else:
                self.c.setFillColor(colour)
                t.setFont(font, size)
                t.setCharSpace(1.6 if role == "kind" and kind_style == "spaced" else 0)
                if role == "p" and "^" in line:
                    _with_marker(t, line, font, size)
                else:
                    t.textOut(line)
            self.c.drawText(t)
            y -= gap
        self.c.setFillColor(black)
        return y

    def box(self, groups, style="round", pad=10, width=None, x=None, place=True):
        """groups: list of (practice-or-None, items); several groups share one frame."""
        width = width or self.w
        inner = width - 2 * pad
        laid = [(p, self._lines(items, inner)) for p, items in groups]
        sep = 14
        h = sum(self._height(ls) for _p, ls in laid) + 2 * pad + sep * (len(laid) - 1)
        if style == "legend":
            h -= 6
        if place:
            self.need(h + 12)
        x = self.x if x is None else x
        top = self.y
        _frame(self.c, style, x, top - h, width, h, laid[0][1][0][2] if style == "legend" else None,
               self.family + "-Bold", self.size + 1.5)
        y = top - pad + (6 if style == "legend" else 0)
        colour = white if style == "dark" else black
        for i, (p, ls) in enumerate(laid):
            y0 = y
            y = self._draw_lines(ls, x + pad, y, colour, kind_style=_KSTYLE.get(style),
                                 skip_kind=(style == "legend" and i == 0))
            if p is not None:
                H = self.size_page[1]
                self.records.append((p, self.page, (x, H - y0, x + width, H - y)))
            if i + 1 < len(laid):
                self.c.setLineWidth(0.4)
                self.c.setStrokeColor(HexColor("#777777"))
                self.c.line(x + pad, y - sep / 2, x + width - pad, y - sep / 2)
                y -= sep
        self.y = top - h - 12
        return h

    def chart(self, title, bars, h=150):
        self.need(h + 20)
        c, x, w = self.c, self.x, self.w
        self.text(title, self.family + "-Bold", self.size - 1, after=4)
        base = self.y - h + 16
        bw = w / (len(bars) * 1.6)
        top = max(v for _l, v in bars)
        for i, (label, v) in enumerate(bars):
            bx = x + 10 + i * bw * 1.6
            c.setFillColor(HexColor("#457b9d"))
            c.rect(bx, base, bw, (h - 40) * v / top, stroke=0, fill=1)
            c.setFillColor(black)
            c.setFont(self.family, 7)
            c.drawString(bx, base - 10, label)
        c.setStrokeColor(black)
        c.line(x, base, x + w, base)
        self.y -= h


_KSTYLE = {"smallcaps": "smallcaps", "spaced": "spaced"}


def _small_caps(t, line, font, size, colour):
    t.setFillColor(colour)
    for word_i, word in enumerate(line.split(" ")):
        if word_i:
            t.setFont(font, size)
            t.textOut(" ")
        t.setFont(font, size)
        t.textOut(word[0].upper())
        t.setFont(font, size * 0.78)
        t.textOut(word[1:].upper())


def _with_marker(t, line, font, size):
    """'^1' in a body line is a raised footnote number."""
    head, _, tail = line.partition("^")
    t.setFont(font, size)
    t.textOut(head)
    t.setFont(font, size * 0.6)
    t.setRise(size * 0.35)
    t.textOut(tail[0])
    t.setRise(0)
    t.setFont(font, size)
    t.textOut(tail[1:])


def _frame(c, style, x, y, w, h, legend, font, size):
    c.saveState()
    c.setLineWidth(1)
    c.setStrokeColor(HexColor("#2a6f97"))
    if style in ("round", "spaced"):
        c.roundRect(x, y, w, h, 12, stroke=1, fill=0)          # corners drawn as curves
    elif style == "dark":
        c.setFillColor(HexColor("#1b263b"))
        c.rect(x, y, w, h, stroke=0, fill=1)
    elif style == "legend":
        lw = pdfmetrics.stringWidth(legend, font, size)
        top = y + h
        c.line(x, top, x + 12, top)
        c.line(x + 20 + lw, top, x + w, top)
        c.line(x, y, x + w, y)
        c.line(x, y, x, top)
        c.line(x + w, y, x + w, top)
        c.setFont(font, size)
        c.setFillColor(HexColor("#2a6f97"))
        c.drawString(x + 16, top - size * 0.35, legend)
    elif style == "corners":
        k = 14
        c.setLineWidth(2)
        for cx, cy, dx, dy in ((x, y, 1, 1), (x + w, y, -1, 1), (x, y + h, 1, -1), (x + w, y + h, -1, -1)):
            c.line(cx, cy, cx + dx * k, cy)
            c.line(cx, cy, cx, cy + dy * k)
    elif style == "double":
        c.rect(x, y, w, h, stroke=1, fill=0)
        c.setLineWidth(0.5)
        c.rect(x + 3, y + 3, w - 6, h - 6, stroke=1, fill=0)
    elif style == "smallcaps":
        c.setFillColor(HexColor("#eef3e2"))
        c.rect(x, y, w, h, stroke=0, fill=1)
        c.setLineWidth(0.6)
        c.line(x, y + h, x + w, y + h)
        c.line(x, y, x + w, y)
    elif style == "plain":
        c.rect(x, y, w, h, stroke=1, fill=0)
    c.restoreState()

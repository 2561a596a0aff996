"""Layout engine for tools/build_corpus.py: page templates, boxes that split over pages,
contents lines, footnotes and text styles (reportlab platypus)."""

from __future__ import annotations

import re

from reportlab import rl_config

rl_config.invariant = 1

from reportlab.pdfbase.rl_codecs import RL_Codecs  # noqa: E402

# reportlab encodes U+2022 as byte 0x7F, which text extractors cannot map back; use the
# standard WinAnsi code 0x95 so bullets come out as a real "\u2022" in the text layer.
RL_Codecs._RL_Codecs__rl_codecs_data["winansi"].rexceptions[0x2022] = 0x95

from reportlab.lib import colors  # noqa: E402
from reportlab.lib.enums import TA_JUSTIFY, TA_LEFT  # noqa: E402
from reportlab.lib.pagesizes import A4, LETTER  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.platypus import (  # noqa: E402
    BaseDocTemplate,
    Flowable,
    Frame,
    PageTemplate,
    Paragraph,
)

FAMILIES = {
    "Helvetica": ("Helvetica", "Helvetica-Bold", "Helvetica-Oblique"),
    "Times-Roman": ("Times-Roman", "Times-Bold", "Times-Italic"),
    "Courier": ("Courier", "Courier-Bold", "Courier-Oblique"),
}
KIND_HEADINGS = {"innovative": "Innovative practice", "promising": "Promising practice",
                 "notable": "Notable practice", "good": "Good practice"}
# Words that may be hyphenated at a line end inside practice bodies (soft hyphens).
SOFT = ["safe-guarding", "neigh-bour-hood", "in-vesti-gation", "in-vesti-gations",
        "vul-ner-a-bility", "partner-ships", "partner-ship", "intelli-gence", "perform-ance",
        "organ-ised", "exploit-ation", "informa-tion", "communi-cation", "communi-ties",
        "officers", "assess-ments", "assess-ment", "manage-ment", "oper-ational", "offend-ers",
        "domestic", "evalu-ation", "respons-ible", "identi-fied", "proportion-ate", "tech-nology",
        "coordin-ators", "independ-ent", "special-ist", "approx-imately", "pro-active"]
SOFT_RE = {w.replace("-", ""): w.replace("-", "\xad") for w in SOFT if "-" in w}
DEFAULT = dict(page="A4", font="Helvetica", size=10, margins=(62, 62, 70, 66), cols=1, gutter=20,
               box="fill", box_fill="#E6EEF6", box_stroke="#1F4E79", accent="#1F4E79",
               strip_text="#FFFFFF", header="", header_align="left", footer="Page {n}",
               footer_align="center", hyphenate=False, contents=True, contents_practices=False,
               justify=False, cover="band", cover_color="#1F4E79", h1_break=False,
               force_line="italic", meta_title=True, pad=9, bar_w=5, box_lw=0.9,
               org="His Majesty's Inspectorate of Constabulary and Fire & Rescue Services",
               contents_title="Contents", footnote_size=7)


def esc(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def auto_soft(w: str) -> str:
    """Soft-hyphen a long word at each VC|CV boundary that leaves 3+ letters either side."""
    v = "aeiouy"
    low = w.lower()
    cuts = [i for i in range(3, len(w) - 2)
            if low[i - 2] in v and low[i - 1] not in v and low[i] not in v and low[i + 1] in v
            and low[i - 1:i + 1] not in ("ch", "sh", "th", "ph", "ck", "gh", "wh")]
    for i in reversed(cuts):
        w = w[:i] + "\xad" + w[i:]
    return w


def soften(s: str) -> str:
    def rep(m):
        w = m.group(0)
        soft = SOFT_RE.get(w.lower())
        if soft:
            return w[0] + soft[1:] if w[0].isupper() else soft
        if len(w) >= 7 and w[1:].islower():
            return auto_soft(w)
        return w
    return re.sub(r"[A-Za-z]+", rep, s)


class Registry:
    """Where things landed, filled in while the canvas draws."""

    def __init__(self):
        self.parts = []  # (tag, page, x0, y0, x1, y1)
        self.marks = {}  # label -> first page
        self.fn_pages = {}  # page -> [footnote numbers]

    def mark(self, canv, kind, label):
        self.marks.setdefault(label, canv.getPageNumber())

    def fn(self, canv, kind, label):
        self.fn_pages.setdefault(canv.getPageNumber(), []).append(int(label))


class PushDown(Flowable):
    """Consume space so that only `leave` points remain in the frame (forces a box split)."""

    def __init__(self, leave):
        super().__init__()
        self.leave = leave

    def wrap(self, aw, ah):
        self.height = max(0.0, ah - self.leave)
        return aw, self.height

    def draw(self):
        pass


class ContentsLine(Flowable):
    def __init__(self, text, page, font, size, indent=0):
        super().__init__()
        self.text, self.page, self.font, self.size, self.indent = text, page, font, size, indent

    def wrap(self, aw, ah):
        self.width, self.height = aw, self.size * 1.9
        return self.width, self.height

    def draw(self):
        c, f, s = self.canv, self.font, self.size
        c.setFont(f, s)
        c.drawString(self.indent, 4, self.text)
        num = str(self.page)
        c.drawRightString(self.width, 4, num)
        x0 = self.indent + c.stringWidth(self.text, f, s) + 6
        x1 = self.width - c.stringWidth(num, f, s) - 6
        dot = c.stringWidth(" .", f, s)
        if x1 > x0:
            c.drawString(x0, 4, " ." * int((x1 - x0) / dot))


class Box(Flowable):
    """A practice / decoy box that can split over pages, drawing its frame on each part."""

    def __init__(self, items, st, reg, tag=None, nhead=1, first=True, last=True):
        super().__init__()
        self.items, self.st, self.reg, self.tag = items, st, reg, tag
        self.nhead, self.first, self.last = nhead, first, last
        p = st["pad"]
        left = p + (st["bar_w"] + 4 if st["box"] == "bar" else 0)
        if st["box"] == "rules":
            left, p = 0, 6
        self.pl, self.pr, self.pt, self.pb = left, (0 if st["box"] == "rules" else p), p + 1, p

    def _iw(self, aw):
        return aw - self.pl - self.pr

    def wrap(self, aw, ah):
        iw, h, self._sizes = self._iw(aw), 0.0, []
        for i, f in enumerate(self.items):
            _, fh = f.wrap(iw, 1e6)
            gap = f.getSpaceAfter() if i < len(self.items) - 1 else 0
            self._sizes.append((fh, gap))
            h += fh + gap
        self.width, self.height = aw, h + self.pt + self.pb
        return self.width, self.height

    def split(self, aw, ah):
        iw, avail, used, taken = self._iw(aw), ah - self.pt - self.pb, 0.0, []
        rest = []
        for i, f in enumerate(self.items):
            _, fh = f.wrap(iw, max(avail - used, 1))
            if used + fh <= avail:
                taken.append(f)
                used += fh + f.getSpaceAfter()
                continue
            parts = f.split(iw, avail - used) if avail - used > 0 else []
            if len(parts) >= 2:
                taken.append(parts[0])
                rest = list(parts[1:]) + self.items[i + 1:]
            else:
                rest = self.items[i:]
            break
        if not rest:
            return [self]
        if len(taken) <= (self.nhead if self.first else 0):
            return []
        a = Box(taken, self.st, self.reg, self.tag, self.nhead, self.first, False)
        b = Box(rest, self.st, self.reg, self.tag, 0, False, self.last)
        return [a, b]

    def drawOn(self, canvas, x, y, _sW=0):
        self._abs = (x, y)
        super().drawOn(canvas, x, y, _sW)

    def draw(self):
        c, st, w, h = self.canv, self.st, self.width, self.height
        if self.tag:
            x, y = self._abs
            self.reg.parts.append((self.tag, c.getPageNumber(), x, y, x + w, y + h))
        kind = st["box"]
        fill, stroke = colors.HexColor(st["box_fill"]), colors.HexColor(st["box_stroke"])
        c.saveState()
        c.setLineWidth(st["box_lw"])
        c.setStrokeColor(stroke)
        if kind == "fill":
            c.setFillColor(fill)
            c.rect(0, 0, w, h, stroke=0, fill=1)
        elif kind == "roundfill":
            c.setFillColor(fill)
            c.roundRect(0, 0, w, h, 6, stroke=0, fill=1)
        elif kind == "border":
            c.rect(0, 0, w, h, stroke=1, fill=0)
        elif kind == "bar":
            c.setFillColor(stroke)
            c.rect(0, 0, st["bar_w"], h, stroke=0, fill=1)
        elif kind == "strip":
            c.rect(0, 0, w, h, stroke=1, fill=0)
            if self.first:
                sh = self.pt + self._sizes[0][0] + self._sizes[0][1] / 2
                c.setFillColor(stroke)
                c.rect(0, h - sh, w, sh, stroke=1, fill=1)
        elif kind == "rules":
            c.setLineWidth(1.6)
            if self.first:
                c.line(0, h, w, h)
            if self.last:
                c.line(0, 0, w, 0)
        c.restoreState()
        yy = h - self.pt
        for f, (fh, gap) in zip(self.items, self._sizes, strict=True):
            yy -= fh
            f.drawOn(c, self.pl, yy)
            yy -= gap


class Doc(BaseDocTemplate):
    def __init__(self, target, rep, st, reg, fn_texts):
        self.rep, self.st, self.reg, self.fn_texts = rep, st, reg, fn_texts
        ps = LETTER if st["page"] == "letter" else A4
        lm, rm, tm, bm = st["margins"]
        meta = dict(title=rep["title"] if st["meta_title"] else "",
                    author="HMICFRS sample corpus (practicedb)", creator="practicedb build_corpus")
        super().__init__(target, pagesize=ps, leftMargin=lm, rightMargin=rm, topMargin=tm,
                         bottomMargin=bm, invariant=1, **meta)
        W, H = ps
        cover = Frame(lm, bm, W - lm - rm, H - 150 - bm, id="cover")
        n, g = st["cols"], st["gutter"]
        cw = (W - lm - rm - (n - 1) * g) / n
        frames = [Frame(lm + i * (cw + g), bm, cw, H - tm - bm, id=f"c{i}") for i in range(n)]
        one = [Frame(lm, bm, W - lm - rm, H - tm - bm, id="one")]
        self.addPageTemplates([
            PageTemplate("cover", [cover], onPage=self._begin, onPageEnd=self._cover_end),
            PageTemplate("front", one, onPage=self._begin, onPageEnd=self._end),
            PageTemplate("body", frames, onPage=self._begin, onPageEnd=self._end),
        ])

    def _begin(self, canv, doc):
        canv.setNamedCB("_mark", self.reg.mark)
        canv.setNamedCB("_fn", self.reg.fn)

    def _cover_end(self, canv, doc):
        st, (W, H) = self.st, self.pagesize
        col = colors.HexColor(st["cover_color"])
        canv.saveState()
        canv.setFillColor(col)
        if st["cover"] == "band":
            canv.rect(0, H - 120, W, 120, stroke=0, fill=1)
            canv.setFillColor(colors.white)
            canv.setFont(FAMILIES[st["font"]][1], 22)
            canv.drawString(st["margins"][0], H - 70, "HMICFRS")
        elif st["cover"] == "side":
            canv.rect(0, 0, 28, H, stroke=0, fill=1)
        else:  # plain: a rule under the organisation name
            canv.setStrokeColor(col)
            canv.setLineWidth(2)
            canv.line(st["margins"][0], H - 90, W - st["margins"][1], H - 90)
        canv.restoreState()

    def _end(self, canv, doc):
        st, (W, H) = self.st, self.pagesize
        lm, rm, tm, bm = st["margins"]
        n = canv.getPageNumber()
        reg, fam = FAMILIES[st["font"]], st["font"]
        canv.saveState()
        canv.setFillColor(colors.HexColor("#555555"))
        if st["header"]:
            canv.setFont(st.get("hf_font") or FAMILIES[fam][0], 8)
            if st["header_align"] == "right":
                canv.drawRightString(W - rm, H - tm + 26, st["header"])
            else:
                canv.drawString(lm, H - tm + 26, st["header"])
            canv.setStrokeColor(colors.HexColor("#999999"))
            canv.setLineWidth(0.4)
            canv.line(lm, H - tm + 20, W - rm, H - tm + 20)
        canv.setFont(st.get("hf_font") or reg[0], 9)
        foot = st["footer"].format(n=n)
        if st["footer_align"] == "right":
            canv.drawRightString(W - rm, 28, foot)
        else:
            canv.drawCentredString(W / 2, 28, foot)
        nums = self.reg.fn_pages.get(n, [])
        if nums:
            fs = st["footnote_size"]
            fst = ParagraphStyle("fn", fontName=reg[0], fontSize=fs, leading=fs + 1.6)
            y = bm - 10
            canv.setStrokeColor(colors.black)
            canv.setLineWidth(0.5)
            canv.line(lm, y + 4, lm + 120, y + 4)
            for k in sorted(set(nums)):
                p = Paragraph(f"<super>{k}</super> {esc(self.fn_texts[k])}", fst)
                _, ph = p.wrap(W - lm - rm, 100)
                y -= ph
                p.drawOn(canv, lm, y)
                y -= 1
        canv.restoreState()


def styles(st):
    reg, bold, ital = FAMILIES[st["font"]]
    s, acc = st["size"], colors.HexColor(st["accent"])
    al = TA_JUSTIFY if st["justify"] else TA_LEFT
    head_col = colors.HexColor(st["strip_text"]) if st["box"] == "strip" else acc
    return {
        "p": ParagraphStyle("p", fontName=reg, fontSize=s, leading=s * 1.35, spaceAfter=s * 0.8,
                            alignment=al),
        "bp": ParagraphStyle("bp", fontName=reg, fontSize=s - 0.5, leading=(s - 0.5) * 1.35,
                             spaceAfter=s * 0.6, alignment=al, embeddedHyphenation=2,
                             uriWasteReduce=0),
        "bul": ParagraphStyle("bul", fontName=reg, fontSize=s - 0.5, leading=(s - 0.5) * 1.35,
                              spaceAfter=s * 0.35, leftIndent=14, bulletIndent=3,
                              embeddedHyphenation=2, uriWasteReduce=0),
        "pbul": ParagraphStyle("pbul", fontName=reg, fontSize=s, leading=s * 1.35,
                               spaceAfter=s * 0.35, leftIndent=14, bulletIndent=3),
        "bh": ParagraphStyle("bh", fontName=bold, fontSize=s + 1.5, leading=(s + 1.5) * 1.3,
                             spaceAfter=s * 0.55, textColor=head_col),
        "bt": ParagraphStyle("bt", fontName=bold, fontSize=s, leading=s * 1.3, spaceAfter=s * 0.5),
        "bf": ParagraphStyle("bf", fontName=ital if st["force_line"] == "italic" else bold,
                             fontSize=s - 0.5, leading=s * 1.3, spaceAfter=s * 0.5,
                             textColor=acc if st["force_line"] == "colour" else colors.black),
        "h1": ParagraphStyle("h1", fontName=bold, fontSize=s + 7, leading=(s + 7) * 1.25,
                             spaceBefore=s * 1.2, spaceAfter=s * 0.9, textColor=acc,
                             keepWithNext=1),
        "h2": ParagraphStyle("h2", fontName=bold, fontSize=s + 2, leading=(s + 2) * 1.3,
                             spaceBefore=s * 0.6, spaceAfter=s * 0.5, keepWithNext=1),
        "ct": ParagraphStyle("ct", fontName=bold, fontSize=26, leading=32, spaceAfter=18,
                             textColor=acc),
        "cl": ParagraphStyle("cl", fontName=reg, fontSize=13, leading=18, spaceAfter=8),
        "org": ParagraphStyle("org", fontName=reg, fontSize=11, leading=14, spaceAfter=40),
        "cell": ParagraphStyle("cell", fontName=reg, fontSize=s - 0.5, leading=(s - 0.5) * 1.3),
    }

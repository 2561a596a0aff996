"""Render a held-out REPORT with fpdf2 (pure-Python PDF writer, no layout engine beyond its
own ``multi_cell`` line breaking and automatic page break).

Boxes are stacks of ``multi_cell`` calls with a fill and side borders: the heading cell has
borders left, top and right, the body cells left and right, and a last empty cell closes the
frame with a bottom border. Each kind heading is led by a small drawn icon: a filled circle
for innovative practice, a filled square otherwise. Box variants (``variant``):

  pair-left / pair-right  two consecutive boxes drawn side by side in one row, each half the
                          text width, the shorter padded to the height of the taller
  dash-title              the title on the heading line: "<label> – <title>"
  split                   the box is not kept together: fpdf2's automatic page break may split
                          it (other boxes move to a new page when they do not fit)

Extra block: ``("practice_list", intro)`` prints ``intro`` and a bulleted list naming every
practice with its page, "Innovative practice: <title> (page n)"; the page numbers come from a
first render (``write_pdf`` renders twice).
"""

import datetime
from pathlib import Path

from fpdf import FPDF

from .model import PRACTICE_KINDS

FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
MARGIN = 20.0
PAGE_W = 210.0
TEXT_W = PAGE_W - 2 * MARGIN
GAP = 6.0
HALF_W = (TEXT_W - GAP) / 2
LH = 5.0            # body line height (mm)
ACCENT = (0, 98, 105)
FILL = (229, 242, 242)
DECOY_ICON = (90, 90, 90)
PAD = (2.2, 4.0, 0.6, 4.0)      # top, right, bottom, left (mm) of a box cell


def _label_for_list(box):
    label = box["label"].rstrip(":").strip()
    return label[0].upper() + label[1:].lower()


class _Report(FPDF):
    def __init__(self, report):
        super().__init__(orientation="P", unit="mm", format="A4")
        self.report = report
        self.set_margins(MARGIN, 22, MARGIN)
        self.set_auto_page_break(True, margin=20)
        for style, suffix in (("", ""), ("B", "-Bold"), ("I", "-Oblique")):
            self.add_font("DejaVuCond", style, str(FONT_DIR / f"DejaVuSansCondensed{suffix}.ttf"))
        self.practice_pages = {}

    # ------------------------------------------------------------ page furniture
    def header(self):
        if self.page_no() == 1:
            return
        self.set_font("DejaVuCond", "", 8)
        self.set_text_color(90, 90, 90)
        self.set_xy(MARGIN, 10)
        self.cell(TEXT_W, 4, self.report.get("header", ""), align="L")
        self.set_draw_color(*ACCENT)
        self.set_line_width(0.3)
        self.line(MARGIN, 15, PAGE_W - MARGIN, 15)
        self.set_text_color(0, 0, 0)
        self.set_xy(MARGIN, 22)

    def footer(self):
        if self.page_no() == 1:
            return
        self.set_y(-13)
        self.set_font("DejaVuCond", "", 8.5)
        self.set_text_color(90, 90, 90)
        self.cell(TEXT_W, 4, f"Page {self.page_no()} of {{nb}}", align="R")
        self.set_text_color(0, 0, 0)

    # ------------------------------------------------------------ running text
    def cover(self):
        c = self.report["cover"]
        self.add_page()
        self.set_fill_color(*ACCENT)
        self.rect(0, 0, PAGE_W, 62, style="F")
        self.set_text_color(255, 255, 255)
        self.set_font("DejaVuCond", "", 11)
        self.set_xy(MARGIN, 24)
        self.multi_cell(TEXT_W, 5.5, c["kicker"], align="L")
        self.set_text_color(*ACCENT)
        self.set_xy(MARGIN, 95)
        self.set_font("DejaVuCond", "B", 34)
        self.multi_cell(TEXT_W, 14, c["lines"][0], align="L")
        self.set_text_color(30, 30, 30)
        self.set_font("DejaVuCond", "", 16)
        for line in c["lines"][1:]:
            self.ln(2)
            self.multi_cell(TEXT_W, 8, line, align="L")
        self.ln(18)
        self.set_font("DejaVuCond", "", 12)
        self.multi_cell(TEXT_W, 6, c["date"], align="L")
        self.set_text_color(0, 0, 0)

    def h1(self, text):
        if self.get_y() > self.page_break_trigger - 30:
            self.add_page()
        self.ln(3)
        self.set_font("DejaVuCond", "B", 15)
        self.set_text_color(*ACCENT)
        self.multi_cell(TEXT_W, 8, text, align="L", new_x="LMARGIN", new_y="NEXT")
        self.set_text_color(0, 0, 0)
        self.ln(1.5)

    def para(self, text):
        self.set_font("DejaVuCond", "", 10)
        self.multi_cell(TEXT_W, LH, text, align="J", new_x="LMARGIN", new_y="NEXT")
        self.ln(2.4)

    # ------------------------------------------------------------ boxes
    def _parts(self, box):
        variants = box.get("variant", "").split()
        head = box["label"]
        if "dash-title" in variants:
            head = f"{box['label']} – {box['title']}"
        parts = [("head", head)]
        if box.get("title") and "dash-title" not in variants:
            parts.append(("title", box["title"]))
        if box.get("force_line"):
            parts.append(("force", box["force_line"]))
        for item in box["body"]:
            if isinstance(item, str):
                parts.append(("para", item))
            else:
                parts += [("bullet", b) for b in item]
        return parts

    def _part_cell(self, kind, text, x, w, first, dry):
        font = {"head": ("B", 11), "title": ("B", 10), "force": ("I", 9.5)}.get(kind, ("", 9.5))
        self.set_font("DejaVuCond", *font)
        top, right, bottom, left = PAD
        if kind == "head":
            left += 5.0
        elif kind in ("title", "force"):
            top = 0.6
        elif kind == "para":
            top = 1.6
        elif kind == "bullet":
            left += 5.0
            top = 0.8
        pad = (top, right, bottom, left)
        align = "L" if kind in ("head", "title", "force", "bullet") else "J"
        if kind == "head":
            self.set_text_color(*ACCENT)
        if dry:
            h = self.multi_cell(w, LH, text, align=align, padding=pad, dry_run=True,
                                output="HEIGHT")
            self.set_text_color(0, 0, 0)
            return h
        self.set_x(x)
        y = self.get_y()
        page = self.page_no()
        self.multi_cell(w, LH, text, border="LTR" if first else "LR", fill=True, align=align,
                        padding=pad, new_x="LEFT", new_y="NEXT")
        self.set_text_color(0, 0, 0)
        if self.page_no() != page:     # the cell was split: first line was on the old page
            return None
        if kind == "bullet":
            self.set_font("DejaVuCond", "", 9.5)
            self.text(x + PAD[3] + 1.0, y + top + LH * 0.72, "•")
        return y

    def _icon(self, box, x, y):
        colour = ACCENT if box["kind"] in PRACTICE_KINDS else DECOY_ICON
        self.set_fill_color(*colour)
        cx, cy = x + PAD[3] + 1.6, y + PAD[0] + LH / 2
        if box["kind"] == "innovative":
            self.circle(cx - 1.6, cy - 1.6, 1.6, style="F")
        else:
            self.rect(cx - 1.4, cy - 1.4, 2.8, 2.8, style="F")
        self.set_fill_color(*FILL)

    def box_height(self, box, w):
        return sum(self._part_cell(k, t, 0, w, False, True) for k, t in self._parts(box)) + 2.5

    def draw_box(self, box, x, w, height=None):
        """Draw the box from the current y; ``height``: pad the frame to this height."""
        self.set_draw_color(*ACCENT)
        self.set_line_width(0.35)
        self.set_fill_color(*FILL)
        y0, p0 = self.get_y(), self.page_no()
        if box["kind"] in PRACTICE_KINDS:
            self.practice_pages[box.get("title") or box["body"][0][:40]] = p0
        for i, (kind, text) in enumerate(self._parts(box)):
            y = self._part_cell(kind, text, x, w, i == 0, False)
            if kind == "head":
                self._icon(box, x, y)
        pad = 2.5
        if height is not None and self.page_no() == p0:
            pad = max(pad, y0 + height - self.get_y())
        self.set_x(x)
        self.set_fill_color(*FILL)
        self.cell(w, pad, "", border="LRB", fill=True, new_x="LEFT", new_y="NEXT")

    def full_box(self, box):
        variants = box.get("variant", "").split()
        need = self.box_height(box, TEXT_W)
        if "split" not in variants and self.get_y() + need > self.page_break_trigger:
            self.add_page()
        elif "split" in variants and self.get_y() + 30 > self.page_break_trigger:
            self.add_page()
        self.ln(1.5)
        self.draw_box(box, MARGIN, TEXT_W)
        self.ln(4)

    def pair(self, left, right):
        h = max(self.box_height(left, HALF_W), self.box_height(right, HALF_W))
        if self.get_y() + h + 2 > self.page_break_trigger:
            self.add_page()
        self.ln(1.5)
        y0 = self.get_y()
        self.draw_box(left, MARGIN, HALF_W, h)
        self.set_y(y0)
        self.draw_box(right, MARGIN + HALF_W + GAP, HALF_W, h)
        self.set_xy(MARGIN, y0 + h)
        self.ln(4)

    def practice_list(self, intro, page_map):
        self.para(intro)
        self.set_font("DejaVuCond", "", 10)
        for block in self.report["blocks"]:
            if block[0] != "box" or block[1]["kind"] not in PRACTICE_KINDS:
                continue
            box = block[1]
            key = box.get("title") or box["body"][0][:40]
            page = (page_map or {}).get(key, 0)
            text = f"{_label_for_list(box)}: {box['title']} (page {page})"
            y = self.get_y()
            self.set_x(MARGIN + 6)
            self.multi_cell(TEXT_W - 6, LH, text, align="L", new_x="LMARGIN", new_y="NEXT")
            after = self.get_y()
            self.text(MARGIN + 1.5, y + LH * 0.72, "•")
            self.set_y(after + 1)
        self.ln(2)

    # ------------------------------------------------------------ whole report
    def build(self, page_map):
        self.cover()
        self.add_page()
        blocks = self.report["blocks"]
        i = 0
        while i < len(blocks):
            block = blocks[i]
            tag = block[0]
            if tag == "h1":
                self.h1(block[1])
            elif tag == "p":
                self.para(block[1])
            elif tag == "ul":
                for item in block[1]:
                    self.set_font("DejaVuCond", "", 10)
                    y = self.get_y()
                    self.set_x(MARGIN + 6)
                    self.multi_cell(TEXT_W - 6, LH, item, align="L", new_x="LMARGIN",
                                    new_y="NEXT")
                    after = self.get_y()
                    self.text(MARGIN + 1.5, y + LH * 0.72, "•")
                    self.set_y(after + 1)
            elif tag == "practice_list":
                self.practice_list(block[1], page_map)
            elif tag == "break":
                self.add_page()
            elif tag == "box":
                box = block[1]
                if "pair-left" in box.get("variant", "").split():
                    nxt = blocks[i + 1][1]
                    assert "pair-right" in nxt.get("variant", ""), "pair-left without a pair"
                    self.pair(box, nxt)
                    i += 1
                else:
                    self.full_box(box)
            i += 1


def render(report, page_map=None, stamp=None):
    pdf = _Report(report)
    if report.get("meta_title"):
        pdf.set_title(report["meta_title"])
    pdf.set_author("HMICFRS")
    pdf.set_creator("fpdf2")
    pdf.set_creation_date(stamp or datetime.datetime(2026, 1, 30, 9, 0, 0,
                                                     tzinfo=datetime.UTC))
    pdf.build(page_map)
    return pdf


def write_pdf(report, pdf_path):
    """Render twice (the practice list needs the pages of the first render); returns the
    path and the page of each practice heading as fpdf2 laid it out."""
    first = render(report)
    second = render(report, first.practice_pages)
    if second.practice_pages != first.practice_pages:
        second = render(report, second.practice_pages)
    second.output(str(pdf_path))
    return Path(pdf_path), second.practice_pages

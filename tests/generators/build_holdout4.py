#!/usr/bin/env python3
"""Build the fourth held-out set in tests/holdout4/ and its answer key.

Two producers already used, with layouts no earlier set has:
  * headless Chromium printing HTML + CSS (tests/generators/holdout_content/chrome4_render.py): reports
    h12_*.py (a 2x2 grid of cards, a dark heading band over a tinted body, a box whose body is
    set in two columns, a summary table of the practices, tracked body text) and h14_*.py
    (two-column pages with a box running from the foot of the right-hand column onto the next
    page, a landscape page holding a box with a table and bullets)
  * LibreOffice converting a .docx whose boxes are floating Word text boxes (wps:txbx in
    w:drawing anchors; tests/generators/holdout_content/docx_shapes_render.py): report h13_*.py (two
    practices in one text box, a text box with a dark heading band, run-in "Innovative
    practice:" paragraphs with and without a bold title line above)

Needs ``chromium`` and ``soffice``/``libreoffice`` on PATH, the URW base35 fonts (Nimbus Sans,
Nimbus Roman, P052), and python-docx, pdfplumber and pypdfium2 in the venv.

Page numbers in the key are not guessed: after rendering, every practice's first body words,
title and last words are looked up with pdfplumber (whole page and each half-page), using
tests/generators/build_holdout.py. The builder then checks, from the PDF's text positions and drawn
shapes, that each deliberate layout really came out (see ``check_layout``).

    python tests/generators/build_holdout4.py            # build, verify, write answers.json
    python tests/generators/build_holdout4.py --check    # only verify the committed PDFs against the key
    python tests/generators/build_holdout4.py --only h13_peel_wiltshire   # one report, no key
"""

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "tests" / "holdout4"
sys.path.insert(0, str(Path(__file__).resolve().parent))

from build_holdout import answer_entry as base_answer_entry  # noqa: E402
from build_holdout import build, find_pages, norm, page_texts  # noqa: E402
from holdout_content.model import DECOY_KINDS, body_text, body_words  # noqa: E402

MODULES = [
    "h12_thematic_ai",
    "h13_peel_wiltshire",
    "h14_thematic_youth_diversion",
]
# "Case study" cards are drawn like the practice cards but are not practices.
BOX_DECOY_KINDS = DECOY_KINDS + ("case",)


# ---------------------------------------------------------------- rendering

def render(report, work):
    target = work / report["file"]
    if report["producer"] == "chromium":
        from holdout_content.chrome4_render import write_pdf
    elif report["producer"] == "libreoffice":
        from holdout_content.docx_shapes_render import write_pdf
    else:
        raise ValueError(report["producer"])
    return write_pdf(report, target, work)


# ---------------------------------------------------------------- answer key

def table_lines(table):
    """A box table as the key writes it: one line a row, cells separated by spaces."""
    return "\n".join(" ".join(c for c in row if c) for row in [table["head"], *table["rows"]])


def key_body(box):
    """body_text of the box, with its table (if any) as a paragraph after item ``after``."""
    table = box.get("table")
    if not table:
        return body_text(box["body"])
    parts = []
    for i, item in enumerate(box["body"]):
        parts.append(body_text([item]))
        if i == table["after"]:
            parts.append(table_lines(table))
    return "\n\n".join(parts)


def answer_entry(report, pdf_path, problems):
    """As build_holdout.answer_entry (with "Case study" decoys and box tables in the body),
    plus checks that the deliberate layouts came out."""
    import pdfplumber
    pages = page_texts(pdf_path)
    located = []  # (box, entry, flags)
    landscape = False
    box_flags = {}
    for block in report["blocks"]:
        if block[0] == "landscape":
            landscape = block[1]
        elif block[0] == "box":
            box_flags[id(block[1])] = {"landscape": landscape}

    def on_practice(box, entry, _pages):
        entry["body"] = key_body(box)
        located.append((box, entry, box_flags[id(box)]))

    entry = base_answer_entry(report, pdf_path, problems, pages, BOX_DECOY_KINDS, on_practice)
    with pdfplumber.open(pdf_path) as pdf:
        check_layout(report, pdf, pages, located, problems)
        check_summary(report, pdf, entry["practices"], problems)
    return entry


# ---------------------------------------------------------------- layout checks

def _lum(colour):
    if not colour:
        return 1.0
    if len(colour) == 1:
        return float(colour[0])
    if len(colour) == 3:
        return 0.3 * colour[0] + 0.59 * colour[1] + 0.11 * colour[2]
    c, m, y, k = colour
    return 1 - min(1, 0.3 * c + 0.59 * m + 0.11 * y + k)


def _fills(page):
    """Filled rects and curves of the page (bbox, luminance, object type)."""
    out = []
    for obj in page.rects + page.curves:
        if obj.get("fill"):
            out.append(((obj["x0"], obj["top"], obj["x1"], obj["bottom"]),
                        _lum(obj.get("non_stroking_color")), obj["object_type"]))
    return out


def _inside(inner, outer, tol=1.0):
    return (inner[0] >= outer[0] - tol and inner[1] >= outer[1] - tol
            and inner[2] <= outer[2] + tol and inner[3] <= outer[3] + tol)


def _find(page, words):
    """Bounding box of the first match of ``words`` (a few words on one line) on the page."""
    hits = page.search(" ".join(words), regex=False)
    if not hits:
        return None
    h = hits[0]
    return (h["x0"], h["top"], h["x1"], h["bottom"])


def _half(pages, page_no, phrase):
    """Which half-page crop(s) of the page hold the phrase: a subset of {"left", "right"}."""
    key = norm(phrase)
    variants = pages[page_no - 1]
    return {side for side, text in zip(("left", "right"), variants[1:3], strict=True)
            if key in text}


def check_layout(report, pdf, pages, located, problems):
    name = report["file"]
    card_pages = set()
    panel_frames = []
    for box, entry, flags in located:
        variant = box.get("variant", "").split()
        words = body_words(box["body"])
        first, last = " ".join(words[:8]), " ".join(words[-8:])
        start, end = entry["page_start"], entry["page_end"]
        label = entry["title"] or entry["body"][:40]
        page = pdf.pages[start - 1]
        if "split" not in variant and start != end:
            problems.append(f"{name}: {label!r} unexpectedly split ({start}-{end})")
        if "card" in variant:
            card_pages.add(start)
            if not _half(pages, start, first):
                problems.append(f"{name}: card {label!r} not within one half of page {start}")
        if "incols" in variant:
            if "left" not in _half(pages, start, first) or \
                    "right" not in _half(pages, start, last):
                problems.append(f"{name}: {label!r}: body not set in two columns in the box")
        if "split" in variant:
            if end != start + 1:
                problems.append(f"{name}: {label!r} should run onto the next page "
                                f"({start}-{end})")
            elif "right" not in _half(pages, start, first) or \
                    "left" not in _half(pages, end, last):
                problems.append(f"{name}: {label!r} should start in the right-hand column "
                                f"of page {start} and end in the left-hand one of page {end}")
        if flags["landscape"] and not page.width > page.height:
            problems.append(f"{name}: {label!r}: page {start} is not landscape")
        if not flags["landscape"] and page.width > page.height:
            problems.append(f"{name}: {label!r}: page {start} is landscape")
        if box.get("table"):
            table = box["table"]
            for row in (table["head"], table["rows"][-1]):
                if not [p for p in find_pages(pages, " ".join(row)) if start <= p <= end]:
                    problems.append(f"{name}: {label!r}: table row {row} not on its pages")
        fills = _fills(page)
        at = _find(page, words[:3])
        if at is None:
            problems.append(f"{name}: {label!r}: first words not found by position")
            continue
        frames = [f for f in fills if _inside(at, f[0]) and f[1] > 0.8]
        if "band" in variant:
            check_band(report, page, box, fills, label, problems)
        if report["producer"] == "libreoffice":
            if "runin" in variant:
                if frames:
                    problems.append(f"{name}: {label!r}: run-in practice drawn in a frame")
                key = norm(box["label"] + " " + " ".join(words[:6]))
                if key not in pages[start - 1][0]:
                    problems.append(f"{name}: {label!r}: heading not run into the paragraph")
            else:
                curves = [f for f in frames if f[2] == "curve"]
                if not curves:
                    problems.append(f"{name}: {label!r}: not inside a text box shape")
                elif "panel" in variant:
                    panel_frames.append((start, curves[0][0]))
    if len(card_pages) > 1:
        problems.append(f"{name}: the cards are on pages {sorted(card_pages)}")
    cards = [b[1] for b in report["blocks"]
             if b[0] == "box" and "card" in b[1].get("variant", "").split()]
    if cards and card_pages:
        (card_page,) = card_pages
        for box in cards:
            if card_page not in find_pages(pages, " ".join(body_words(box["body"])[:10])):
                problems.append(f"{name}: card {box['label']!r} not on page {card_page}")
    if panel_frames and len(set(panel_frames)) != 1:
        problems.append(f"{name}: the panel practices are not in one text box: {panel_frames}")


def check_band(report, page, box, fills, label, problems):
    """The kind heading is white text on a dark fill that touches a light fill below it."""
    name = report["file"]
    at = _find(page, box["label"].split())
    if at is None:
        problems.append(f"{name}: {label!r}: band heading not found by position")
        return
    dark = [f for f in fills if _inside(at, f[0]) and f[1] < 0.35]
    chars = [c for c in page.chars if at[0] - 1 <= c["x0"] <= at[2] + 1
             and at[1] - 1 <= c["top"] <= at[3] + 1 and c["text"].strip()]
    if not dark or not chars or min(_lum(c.get("non_stroking_color")) for c in chars) < 0.9:
        problems.append(f"{name}: {label!r}: heading is not white text on a dark band")
        return
    band = dark[0][0]
    touching = [f for f in fills if f[1] > 0.8 and abs(f[0][0] - band[0]) < 2
                and abs(f[0][2] - band[2]) < 2
                and (abs(f[0][1] - band[3]) < 2 or _inside(band, f[0], 1.5))]
    if not touching:
        problems.append(f"{name}: {label!r}: no light body fill touching the band")


def check_summary(report, pdf, practices, problems):
    """Every practice title is listed in the summary table, under its own kind's column."""
    blocks = [b for b in report["blocks"] if b[0] == "summary"]
    if not blocks:
        return
    _k, _caption, head, rows = blocks[0]
    listed = {}
    for row in rows:
        for col, cell in enumerate(row[1:], 1):
            if cell:
                listed[cell] = head[col].split()[0].lower()
    for p in practices:
        if listed.get(p["title"]) != p["kind"]:
            problems.append(f"{report['file']}: summary table lists {p['title']!r} under "
                            f"{listed.get(p['title'])!r}")
    text = norm(pdf.pages[1].extract_text() or "")
    for cell in [*head, *listed]:
        if norm(cell) not in text:
            problems.append(f"{report['file']}: summary table entry {cell!r} not on page 2")


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="verify committed PDFs only")
    ap.add_argument("--only", help="build one module (no answers.json written)")
    args = ap.parse_args()
    return build(args, MODULES, OUT, render, answer_entry)


if __name__ == "__main__":
    sys.exit(main())

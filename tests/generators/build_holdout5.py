#!/usr/bin/env python3
"""Build the fifth held-out set in tests/holdout5/ and its answer key.

Page-flow and placement cases no earlier set has:
  * headless Chromium printing HTML + CSS (tests/generators/holdout_content/flow5_render.py): report
    h15_*.py (a box over three pages, an orphaned heading, a box at the top of a page, a
    practice box touching an Area for improvement box, "Innovative practice: Kent Police"
    with the force on the heading line, numbered "Promising practice 1/2/3" headings)
  * WeasyPrint, the same renderer: report h16_*.py (sidebars in a wide left margin, footnote
    markers in a box title and body with the notes at the page foot, a running header
    "Innovative practice in neighbourhood policing", an annex listing the practices, a
    two-force box, an untitled box)
  * LibreOffice converting a python-docx .docx (tests/generators/holdout_content/docx_flow_render.py):
    report h17_*.py (2017 style, "Notable practice", body in italics; a box table whose
    heading row ends one page and whose body row is on the next)

Page numbers in the key are measured from the PDFs with tests/generators/build_holdout.py; then
``check_layout`` checks from text positions that each case came out.

    python tests/generators/build_holdout5.py            # build, verify, write answers.json
    python tests/generators/build_holdout5.py --check    # only verify the committed PDFs against the key
    python tests/generators/build_holdout5.py --only h15_peel_kent   # one report, no key
"""

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "tests" / "holdout5"
sys.path.insert(0, str(Path(__file__).resolve().parent))

from build_holdout import answer_entry as base_answer_entry  # noqa: E402
from build_holdout import build, find_pages, norm, page_texts  # noqa: E402
from holdout_content.model import DECOY_KINDS, body_words  # noqa: E402

MODULES = [
    "h15_peel_kent",
    "h16_thematic_neighbourhood",
    "h17_thematic_children_custody",
]


def render(report, work):
    target = work / report["file"]
    if report["producer"] in ("chromium", "weasyprint"):
        from holdout_content.flow5_render import write_pdf
    elif report["producer"] == "libreoffice":
        from holdout_content.docx_flow_render import write_pdf
    else:
        raise ValueError(report["producer"])
    return write_pdf(report, target, work)


def sidebar_texts(pdf_path, pages, split):
    """Add to each page's texts those of the crops left and right of x = ``split`` (the
    margin sidebars and the main text column), so that a sidebar's text is found whole."""
    import pdfplumber
    with pdfplumber.open(pdf_path) as pdf:
        for page, variants in zip(pdf.pages, pages, strict=True):
            for box in ((0, 0, split, page.height), (split, 0, page.width, page.height)):
                variants.append(norm(page.crop(box).extract_text() or ""))
    return pages


def answer_entry(report, pdf_path, problems):
    import pdfplumber
    pages = page_texts(pdf_path)
    if report.get("sidebar_split"):
        pages = sidebar_texts(pdf_path, pages, report["sidebar_split"])
    located = []

    def on_practice(box, entry, _pages):
        located.append((box, entry))

    entry = base_answer_entry(report, pdf_path, problems, pages, DECOY_KINDS, on_practice)
    with pdfplumber.open(pdf_path) as pdf:
        check_layout(report, pdf, pages, located, problems)
    return entry


# ---------------------------------------------------------------- layout checks

def _lines(page):
    """Text lines of the page: (top, bottom, x0, x1, normalised text), top to bottom."""
    out = []
    for line in page.extract_text_lines(strip=True):
        out.append((line["top"], line["bottom"], line["x0"], line["x1"], norm(line["text"])))
    return out


def _line_of(page, phrase):
    key = norm(phrase)
    for line in _lines(page):
        if key in line[4]:
            return line
    return None


def check_layout(report, pdf, pages, located, problems):
    name = report["file"]
    header = report.get("header_text")
    boxes = [b[1] for b in report["blocks"] if b[0] == "box"]
    for box, entry in located:
        variant = box.get("variant", "").split()
        words = body_words(box["body"])
        first, last = " ".join(words[:6]), " ".join(words[-6:])
        start, end = entry["page_start"], entry["page_end"]
        label = entry["title"] or entry["body"][:40]
        p_start, p_end = pdf.pages[start - 1], pdf.pages[end - 1]
        h = p_start.height
        if "long" in variant:
            middle = " ".join(words[len(words) // 2:len(words) // 2 + 6])
            if end != start + 2 or find_pages(pages, middle, 1) != [start + 1]:
                problems.append(f"{name}: {label!r} should run over three pages "
                                f"({start}-{end})")
            else:
                for pg in range(start, end + 1):
                    page = pdf.pages[pg - 1]
                    if not [r for r in page.rects if r.get("fill")
                            and r["x1"] - r["x0"] > page.width * 0.5]:
                        problems.append(f"{name}: {label!r}: no box fill on page {pg}")
        elif start != end and "orphan" not in variant:
            problems.append(f"{name}: {label!r} unexpectedly split ({start}-{end})")
        head = _line_of(p_start, box["label"])
        if head is None:
            problems.append(f"{name}: {label!r}: heading line not found on page {start}")
            continue
        if box.get("force_pos") == "inline":
            if norm(box["label"] + box["force_line"]) not in head[4]:
                problems.append(f"{name}: {label!r}: force not on the heading line")
        if "orphan" in variant:
            title = _line_of(p_start, box["title"])
            body = _line_of(p_end, first)
            if end != start + 1 or not title or title[1] < h * 0.82 or not body \
                    or body[0] > h * 0.2 or find_pages(pages, first, 1) != [end]:
                problems.append(f"{name}: {label!r}: heading and title not at the foot of "
                                f"page {start} with the body on page {end}")
        if "top" in variant:
            above = [ln for ln in _lines(p_start) if ln[0] < head[0] - 1]
            prev = _lines(pdf.pages[start - 2])
            body_lines = [ln for ln in prev if 0.1 * h < ln[0] < 0.9 * h]
            if len(above) > 2 or head[0] > h * 0.16:
                problems.append(f"{name}: {label!r}: not at the top of page {start}")
            elif not body_lines or body_lines[-1][1] < h * 0.6:
                problems.append(f"{name}: {label!r}: page {start - 1} does not end with "
                                "running text low on the page")
        if "sidebar" in variant:
            split = report["sidebar_split"]
            left = p_start.crop((0, 0, split, h))
            line = _line_of(left, " ".join(words[:3]))
            fills = [r for r in p_start.rects if r.get("fill") and line
                     and r["x0"] - 1 <= line[2] and r["x1"] + 1 >= line[3]
                     and r["top"] - 1 <= line[0] and r["bottom"] + 1 >= line[1]]
            if line is None or not _line_of(left, box["label"]) or not fills \
                    or max(r["x1"] for r in fills) > split \
                    or min(r["x1"] - r["x0"] for r in fills) > 46 * 72 / 25.4:
                problems.append(f"{name}: {label!r}: not a narrow sidebar left of the text "
                                f"column (x < {split})")
        if "touch" in variant:
            nxt = boxes[boxes.index(box) + 1]
            nline = _line_of(p_end, nxt["label"])
            last_line = _line_of(p_end, last)
            if not nline or not last_line or not 0 < nline[0] - last_line[1] < 40:
                problems.append(f"{name}: {label!r}: next box not directly below it")
            else:
                between = [ln for ln in _lines(p_end) if last_line[1] < ln[0] < nline[0] - 1]
                if between:
                    problems.append(f"{name}: {label!r}: text between it and the next box")
        for where, after, note in box.get("notes", ()):
            npages = find_pages(pages, note, 1)
            if npages not in ([start], [end]):
                problems.append(f"{name}: {label!r}: footnote {note[:30]!r} on {npages}")
                continue
            page = pdf.pages[npages[0] - 1]
            nline = _line_of(page, note[:30])
            lline = _line_of(page, last) or _line_of(page, first)
            if not nline or nline[0] < page.height * 0.7 or (lline and nline[0] < lline[1]):
                problems.append(f"{name}: {label!r}: footnote {note[:30]!r} not at the page "
                                "foot below the box")
            text = (box["title"] if where == "title" else " ".join(words))
            if norm(after) not in norm(text):
                problems.append(f"{name}: note anchor {after!r} not in the {where}")
    if header:
        for i, variants in enumerate(pages[1:], 2):
            if norm(header) not in variants[0]:
                problems.append(f"{name}: running header missing on page {i}")


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="verify committed PDFs only")
    ap.add_argument("--only", help="build one module (no answers.json written)")
    args = ap.parse_args()
    return build(args, MODULES, OUT, render, answer_entry)


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Build the second held-out set in tests/holdout2/ and its answer key.

The three reports are rendered by WeasyPrint (HTML + CSS -> PDF with its own layout engine
and PDF writer) from tests/generators/holdout_content/h6_*.py, h7_*.py, h8_*.py through
tests/generators/holdout_content/weasy_render.py. Needs weasyprint, pdfplumber and pypdfium2 in the venv.

Page numbers in the key are not guessed: after rendering, every practice's first body words,
title and last words are looked up in the PDF text (whole page, each half-page column, and for
the "grid" style the part of the page right of the boxes' label column), using the functions
of tests/generators/build_holdout.py. The contents page numbers (WeasyPrint ``target-counter``) are
checked against the measured pages.

    python tests/generators/build_holdout2.py            # build, verify, write answers.json
    python tests/generators/build_holdout2.py --check    # only verify the committed PDFs against the key
    python tests/generators/build_holdout2.py --only h7_thematic_wellbeing   # one report, no key
"""

import argparse
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "tests" / "holdout2"
sys.path.insert(0, str(Path(__file__).resolve().parent))

from build_holdout import answer_entry as base_answer_entry  # noqa: E402
from build_holdout import build, find_pages, norm  # noqa: E402
from holdout_content.html_render import contents_entries  # noqa: E402
from holdout_content.model import DECOY_KINDS  # noqa: E402

MODULES = [
    "h6_peel_suffolk",
    "h7_thematic_wellbeing",
    "h8_thematic_firearms_licensing",
]
# "Case study" boxes are drawn like practice boxes but are not practices.
BOX_DECOY_KINDS = DECOY_KINDS + ("case",)
MM = 72 / 25.4
# Extra crops (page read left and right of x) for styles whose boxes have a label column
# beside the body: the left page margin (20mm) plus the label cell (27mm + 2 x 10pt padding).
# Without it pdfplumber interleaves the label's lines with the body's lines.
EXTRA_CROPS = {"grid": [20 * MM + 27 * MM + 20]}


def page_texts(pdf_path, crops=()):
    """Per page: normalised text of the whole page, its left and right halves, and of the
    parts left and right of each x in ``crops``."""
    import pdfplumber
    pages = []
    with pdfplumber.open(pdf_path) as pdf:
        for page in pdf.pages:
            mid = page.width / 2
            variants = [page.extract_text() or ""]
            boxes = [(0, 0, mid, page.height), (mid, 0, page.width, page.height)]
            for x in crops:
                boxes += [(0, 0, x, page.height), (x, 0, page.width, page.height)]
            for box in boxes:
                variants.append(page.crop(box).extract_text() or "")
            pages.append([norm(v) for v in variants])
    return pages


def render(report, work):
    from holdout_content.weasy_render import write_pdf
    assert report["producer"] == "weasyprint", report["producer"]
    return write_pdf(report, work / report["file"])


def answer_entry(report, pdf_path, problems):
    """As build_holdout.answer_entry, plus "Case study" decoy boxes and checks of the hand-
    split continued boxes and the contents page numbers."""
    import pdfplumber
    with pdfplumber.open(pdf_path) as pdf:
        contents_text = pdf.pages[1].extract_text() if report.get("contents") else ""
    skip = 2 if report.get("contents") else 1
    name = report["file"]

    def continued(box, entry, pages):
        if any(v.startswith("continued-") for v in box.get("variant", "").split()):
            cont = f'{box["label"]} (continued)'
            if entry["page_end"] != entry["page_start"] + 1 or \
                    entry["page_end"] not in find_pages(pages, cont, skip):
                problems.append(f"{name}: {box['title']!r}: {cont!r} not heading the "
                                f"second page ({entry['page_start']}-{entry['page_end']})")

    pages = page_texts(pdf_path, EXTRA_CROPS.get(report["style"], ()))
    entry = base_answer_entry(report, pdf_path, problems, pages, BOX_DECOY_KINDS, continued)
    if report.get("contents"):
        check_contents(report, contents_text, entry["practices"], problems)
    return entry


def check_contents(report, text, practices, problems):
    """Each practice entry on the contents page must carry its measured page_start."""
    printed = {}
    for line in text.splitlines():
        m = re.match(r"^(.*?)[.\s]*(\d+)$", line.strip())
        if m:
            printed[norm(m.group(1))] = int(m.group(2))
    starts = {p["title"]: p["page_start"] for p in practices}
    for key, entry_text, _level in contents_entries(report):
        if key[0] != "box":
            continue
        page = printed.get(norm(entry_text))
        if page != starts.get(key[1]):
            problems.append(f"{report['file']}: contents gives {page} for {key[1]!r}, "
                            f"measured {starts.get(key[1])}")


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="verify committed PDFs only")
    ap.add_argument("--only", help="build one module (no answers.json written)")
    args = ap.parse_args()
    return build(args, MODULES, OUT, render, answer_entry)


if __name__ == "__main__":
    sys.exit(main())

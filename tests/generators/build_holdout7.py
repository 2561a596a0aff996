#!/usr/bin/env python3
"""Build the seventh held-out set in tests/holdout7/ and its answer key.

Two reports made to look as much as possible like real HMICFRS PEEL reports:
  * LibreOffice converting a python-docx .docx (tests/generators/holdout_content/peel7_docx_render.py):
    report h21_*.py, "PEEL 2023–25" for Humberside Police: Word-style named paragraph styles,
    boxes made of bordered and shaded "Box" paragraphs (not tables), a graded judgments
    table, numbered "Area for improvement 1/2" boxes, a "Cause of concern" box with a
    "Recommendations" list, "Innovative practice" boxes with no force line, real footnotes
    with long URLs, hyperlinks, a contents page naming the practices, a back matter page
  * headless Chromium (tests/generators/holdout_content/peel7_html_render.py): report h22_*.py,
    "PEEL: Police effectiveness 2018/19" for Derbyshire Constabulary: question headings,
    "Notable practice" boxes (one untitled), an "Areas for improvement" box of bullets, a
    "Cause of concern" box, @page margin-box footers with page numbers, an annex table

Page numbers in the key are measured from the PDFs with tests/generators/build_holdout.py; then
``check_layout`` checks from the PDF that the intended features came out.

    python tests/generators/build_holdout7.py            # build, verify, write answers.json
    python tests/generators/build_holdout7.py --check    # only verify the committed PDFs against the key
    python tests/generators/build_holdout7.py --only h21_peel_humberside   # one report, no key
"""

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "tests" / "holdout7"
sys.path.insert(0, str(Path(__file__).resolve().parent))

from build_holdout import answer_entry as base_answer_entry  # noqa: E402
from build_holdout import build, norm, page_texts  # noqa: E402
from holdout_content.model import DECOY_KINDS  # noqa: E402

MODULES = [
    "h21_peel_humberside",
    "h22_peel_derbyshire",
]
MAX_BYTES = 1_500_000


def render(report, work):
    target = work / report["file"]
    if report["producer"] == "chromium":
        from holdout_content.peel7_html_render import write_pdf
    elif report["producer"] == "libreoffice":
        from holdout_content.peel7_docx_render import write_pdf
    else:
        raise ValueError(report["producer"])
    return write_pdf(report, target, work)


def answer_entry(report, pdf_path, problems):
    import pdfplumber
    pages = page_texts(pdf_path)
    located = []

    def on_practice(box, entry, _pages):
        located.append((box, entry))

    entry = base_answer_entry(report, pdf_path, problems, pages, DECOY_KINDS, on_practice)
    with pdfplumber.open(pdf_path) as pdf:
        check_layout(report, pdf, pages, located, problems)
    if pdf_path.stat().st_size > MAX_BYTES:
        problems.append(f"{report['file']}: {pdf_path.stat().st_size} bytes")
    return entry


def check_layout(report, pdf, pages, located, problems):
    name = report["file"]
    whole = [v[0] for v in pages]
    if report["producer"] == "libreoffice":
        if not any(e["page_start"] != e["page_end"] for _box, e in located):
            problems.append(f"{name}: no practice split over a page break")
        # contents page: every entry has the page number its heading or title is on
        contents = pdf.pages[1].extract_text_lines()
        for box, entry in located:
            if not box.get("title"):
                continue
            line = [ln["text"] for ln in contents if norm(box["title"]) in norm(ln["text"])]
            if not line or not line[0].rstrip().endswith(f".{entry['page_start']}"):
                problems.append(f"{name}: contents entry for {box['title']!r}: {line}")
        # hyperlinks: LibreOffice 7.4 writes no URI link annotations here (only the GoTo
        # links of the footnote anchors), so check that the link text is blue
        blue = [c for p in pdf.pages for c in p.chars if c["text"] == "w"
                and c["non_stroking_color"] and c["non_stroking_color"][2] > 0.7
                and c["non_stroking_color"][0] < 0.1]
        if not blue:
            problems.append(f"{name}: no blue hyperlink text")
        if not any(norm("https://hmicfrs.justiceinspectorates.gov.uk/publication-html/") in t
                   for t in whole):
            problems.append(f"{name}: footnote URL not found")
        if not any(norm("© HMICFRS 2024") in t for t in whole[-1:]):
            problems.append(f"{name}: no back matter on the last page")
        grades = norm("Outstanding Good Adequate Requires improvement Inadequate")
        if not any(grades[:20] in t for t in whole[2:3]):
            problems.append(f"{name}: no judgments table on page 3")
    else:
        footer = norm(report["footer"])
        for i, text in enumerate(whole[1:], 2):
            if footer + str(i) not in text and not text.endswith(footer + str(i)):
                if footer not in text or str(i) not in text[-4:]:
                    problems.append(f"{name}: page {i} footer or page number missing")
        if footer in whole[0]:
            problems.append(f"{name}: footer on the cover")
        if norm("Annex A – About the data") not in whole[-1]:
            problems.append(f"{name}: annex not on the last page")


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="verify committed PDFs only")
    ap.add_argument("--only", help="build one module (no answers.json written)")
    args = ap.parse_args()
    return build(args, MODULES, OUT, render, answer_entry)


if __name__ == "__main__":
    sys.exit(main())

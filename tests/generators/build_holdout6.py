#!/usr/bin/env python3
"""Build the sixth held-out set in tests/holdout6/ and its answer key.

Column, heading and box-content cases no earlier set has:
  * WeasyPrint (tests/generators/holdout_content/flow6_render.py, style ``gwent``): report h18_*.py,
    Gwent Police (a Welsh force): a bilingual heading "Innovative practice / Arfer arloesol"
    on one line, "Promising practice" with "Arfer addawol" on the line below, a box with a
    raster photo floated beside its text, a frameless practice whose heading differs from
    the body only by colour and font family, a one-sentence box, a "Practice note" box
  * headless Chromium (same renderer, style ``sas``): report h19_*.py, stop and search
    scrutiny: three-column pages (a box in the middle column; a box spanning all three
    columns), a box running from the foot of a right-hand column into the left-hand column
    of the next page, a two-force box, an untitled box with the force only in the text,
    a "Good practice guidance" box (national guidance, not a practice example)
  * LibreOffice converting a python-docx .docx (tests/generators/holdout_content/docx_cols6_render.py):
    report h20_*.py, police volunteers: a borderless two-column table with a practice box (a
    shaded nested table) in the right-hand cell, a box whose title wraps over three lines,
    an "Innovation" box

Page numbers in the key are measured from the PDFs with tests/generators/build_holdout.py (each page is
also searched in thirds of its text area, for the three-column pages); then ``check_layout``
checks from text positions, fonts, images and fills that each case came out.

    python tests/generators/build_holdout6.py            # build, verify, write answers.json
    python tests/generators/build_holdout6.py --check    # only verify the committed PDFs against the key
    python tests/generators/build_holdout6.py --only h18_peel_gwent   # one report, no key
"""

import argparse
import itertools
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "tests" / "holdout6"
sys.path.insert(0, str(Path(__file__).resolve().parent))

from build_holdout import answer_entry as base_answer_entry  # noqa: E402
from build_holdout import build, norm, page_texts  # noqa: E402
from holdout_content.model import DECOY_KINDS, body_words  # noqa: E402

MODULES = [
    "h18_peel_gwent",
    "h19_thematic_stop_search",
    "h20_thematic_volunteers",
]
# boxes that look like practice boxes but are not practice examples
BOX_DECOY_KINDS = DECOY_KINDS + ("note", "innovation", "guidance")


def render(report, work):
    target = work / report["file"]
    if report["producer"] in ("chromium", "weasyprint"):
        from holdout_content.flow6_render import write_pdf
    elif report["producer"] == "libreoffice":
        from holdout_content.docx_cols6_render import write_pdf
    else:
        raise ValueError(report["producer"])
    return write_pdf(report, target, work)


def column_texts(pdf_path, pages, splits):
    """Add to each page's texts those of vertical strips between the x positions
    ``splits`` (e.g. the gutters of a three-column page)."""
    import pdfplumber
    with pdfplumber.open(pdf_path) as pdf:
        for page, variants in zip(pdf.pages, pages, strict=True):
            edges = [0, *splits, page.width]
            for x0, x1 in itertools.pairwise(edges):
                variants.append(norm(page.crop((x0, 0, x1, page.height)).extract_text() or ""))
    return pages


def flat_blocks(blocks):
    """The blocks in reading order, a ``twocol`` block's left cell before its right cell."""
    out = []
    for block in blocks:
        if block[0] == "twocol":
            out.extend(block[1])
            out.extend(block[2])
        else:
            out.append(block)
    return out


def answer_entry(report, pdf_path, problems):
    import pdfplumber
    report = {**report, "blocks": flat_blocks(report["blocks"])}
    pages = page_texts(pdf_path)
    if report.get("column_splits"):
        pages = column_texts(pdf_path, pages, report["column_splits"])
    located = []

    def on_practice(box, entry, _pages):
        located.append((box, entry))

    entry = base_answer_entry(report, pdf_path, problems, pages, BOX_DECOY_KINDS,
                              on_practice)
    with pdfplumber.open(pdf_path) as pdf:
        check_layout(report, pdf, pages, located, problems)
    return entry


# ---------------------------------------------------------------- layout checks

def _lines(page):
    """Text lines of the page: dicts with top, bottom, x0, x1, text (normalised), chars."""
    out = []
    for line in page.extract_text_lines(strip=True, return_chars=True):
        out.append({**line, "norm": norm(line["text"])})
    return out


def _line_of(page, phrase, region=None):
    """The first line containing ``phrase``; ``region`` = (x0, x1) crops the page first."""
    key = norm(phrase)
    if region:
        page = page.crop((region[0], 0, region[1], page.height))
    for line in _lines(page):
        if key in line["norm"]:
            return line
    return None


def _thirds(page, splits):
    edges = [0, *splits, page.width]
    return list(itertools.pairwise(edges))


def check_layout(report, pdf, pages, located, problems):
    name = report["file"]
    for box, entry in located:
        variant = box.get("variant", "").split()
        cases = box.get("cases", [])
        words = body_words(box["body"])
        first, last = " ".join(words[:3]), " ".join(words[-3:])
        start, end = entry["page_start"], entry["page_end"]
        label = entry["title"] or entry["body"][:40]
        p_start, p_end = pdf.pages[start - 1], pdf.pages[end - 1]
        w = p_start.width
        if start != end and "split" not in variant:
            problems.append(f"{name}: {label!r} unexpectedly split ({start}-{end})")
        if "split" in variant:
            a = _line_of(p_start, first, (w / 2, w))
            b = _line_of(p_end, last, (0, w / 2))
            if end != start + 1 or not a or not b or a["top"] < p_start.height * 0.5 \
                    or b["top"] > p_end.height * 0.5:
                problems.append(f"{name}: {label!r}: does not run from the foot of the right "
                                f"column of p{start} to the left column of p{end}")
            elif not _line_of(p_end, "", (w / 2, w)):
                problems.append(f"{name}: {label!r}: page {end} has no right column")
        if "mid3" in cases or "span3" in cases:
            cols = _thirds(p_start, report["column_splits"])
            line = _line_of(p_start, first, cols[1] if "mid3" in cases else None)
            other = [_line_of(p_start, "", c) for c in (cols[0], cols[2])]
            if line is None or not all(other):
                problems.append(f"{name}: {label!r}: not on a three-column page")
            elif "mid3" in cases and not (cols[1][0] <= line["x0"] and line["x1"] <= cols[1][1]):
                problems.append(f"{name}: {label!r}: not inside the middle column")
            elif "span3" in cases and line["x1"] - line["x0"] < w * 0.6:
                problems.append(f"{name}: {label!r}: does not span the three columns")
        if "frameless" in variant:
            lines = _lines(p_start)
            at = [i for i, ln in enumerate(lines) if norm(box["title"]) in ln["norm"]]
            head = lines[at[0] - 1] if at and at[0] else None
            body = _line_of(p_start, first)
            if not head or head["norm"] != norm(box["label"]) or not body:
                problems.append(f"{name}: {label!r}: heading or body line not found")
            else:
                hc, bc = head["chars"][0], body["chars"][0]
                fills = [r for r in p_start.rects if r["top"] <= head["top"] <= r["bottom"]]
                if "Bold" in hc["fontname"] or hc["size"] > bc["size"] + 0.1 \
                        or hc["fontname"].split("+")[-1] == bc["fontname"].split("+")[-1] \
                        or hc["non_stroking_color"] == bc["non_stroking_color"] or fills:
                    problems.append(f"{name}: {label!r}: frameless heading not set apart by "
                                    f"colour and family only ({hc['fontname']} {hc['size']:.1f}"
                                    f" vs {bc['fontname']} {bc['size']:.1f})")
        if box.get("label2"):
            lines = _lines(p_start)
            at = [i for i, ln in enumerate(lines) if ln["norm"] == norm(box["label2"])]
            l1, l2 = (lines[at[0] - 1], lines[at[0]]) if at and at[0] else (None, None)
            if not l1 or l1["norm"] != norm(box["label"]) or not 0 < l2["top"] - l1["bottom"] < 8 \
                    or norm(box["label2"]) in l1["norm"]:
                problems.append(f"{name}: {label!r}: {box['label2']!r} not on the line below")
        elif "/" in box["label"]:
            if not _line_of(p_start, box["label"]):
                problems.append(f"{name}: {label!r}: bilingual heading not on one line")
        if box.get("image"):
            line = _line_of(p_start, first)
            imgs = [i for i in p_start.images if line and i["x0"] > line["x1"]
                    and i["top"] < line["bottom"] + 30]
            if not imgs:
                problems.append(f"{name}: {label!r}: no image beside the first body line")
        if "longtitle" in cases:
            t_words = box["title"].split()
            lines = _lines(p_start)
            start = norm(" ".join(t_words[:3]))
            at = [i for i, ln in enumerate(lines) if ln["norm"].startswith(start)]
            l1 = lines[at[0]] if at else None
            last = norm(t_words[-1])
            after = [ln for ln in lines[at[0] + 1:] if last in ln["norm"]] if at else []
            l3 = after[0] if after else None
            if not l1 or not l3 or not 20 < l3["top"] - l1["top"] < 40:
                problems.append(f"{name}: {label!r}: title not on three lines")
        if "short" in cases and len([s for s in box["body"] if isinstance(s, str)]) != 1:
            problems.append(f"{name}: {label!r}: body not one sentence")
        if "nested" in cases:
            line = _line_of(p_start, first, (w / 2, w))
            left = _line_of(p_start, "", (0, w / 2 - 10))
            fills = [r for r in p_start.rects if r.get("fill") and line
                     and r["x0"] - 1 <= line["x0"] and r["x1"] >= line["x1"] - 1
                     and r["top"] <= line["top"] <= r["bottom"]]
            if not line or not left or not fills or min(r["x0"] for r in fills) < w / 2 - 10:
                problems.append(f"{name}: {label!r}: not a shaded box in the right-hand cell "
                                "beside running text")


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="verify committed PDFs only")
    ap.add_argument("--only", help="build one module (no answers.json written)")
    args = ap.parse_args()
    return build(args, MODULES, OUT, render, answer_entry)


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Build the third held-out set in tests/holdout3/ and its answer key.

Three PDF producers not used by the earlier sets:
  * GNU groff with the ms macros, ``groff -ms -Tpdf`` (gropdf): tests/generators/holdout_content/
    groff_render.py, report h9_*.py
  * LibreOffice Writer converting a flat ODT (.fodt) with floating frames:
    tests/generators/holdout_content/odt_render.py, report h10_*.py
  * fpdf2 (Python PDF writer): tests/generators/holdout_content/fpdf_render.py, report h11_*.py

Needs groff (Debian package ``groff``, not just groff-base), LibreOffice (``soffice``), the
URW base35 and DejaVu fonts, and fpdf2, pdfplumber and pypdfium2 in the venv (fpdf2 is a
build-only dependency).

Page numbers in the key are not guessed: after rendering, every practice's first body words,
title and last words are looked up with pdfplumber (whole page, each half-page, and the page
either side of the half-width frames of the ODT report), using tests/generators/build_holdout.py. groff
hyphenates, so each page is also read with line-end hyphens removed, and the words broken
inside a practice box are listed in its ``whole_words``. The contents page (ODT report) and the
practice list (fpdf2 report) are checked against the measured pages.

    python tests/generators/build_holdout3.py            # build, verify, write answers.json
    python tests/generators/build_holdout3.py --check    # only verify the committed PDFs against the key
    python tests/generators/build_holdout3.py --only h9_thematic_missing_adults   # one report, no key
"""

import argparse
import re
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "tests" / "holdout3"
sys.path.insert(0, str(Path(__file__).resolve().parent))

from build_holdout import answer_entry as base_answer_entry  # noqa: E402
from build_holdout import build, contents_page_map, norm  # noqa: E402
from build_holdout2 import check_contents  # noqa: E402
from holdout_content.model import DECOY_KINDS, body_words  # noqa: E402

MODULES = [
    "h9_thematic_missing_adults",
    "h10_peel_lincolnshire",
    "h11_thematic_cuckooing",
]
BULLETS = "•\uf0b7\u2022\u25aa\u2013"
# a hyphen at the end of a line between two letters: groff's hyphenation
LINE_END_HYPHEN = re.compile(r"(?<=[A-Za-z])-\n(?=[a-z])")


def crops_for(report):
    if report["producer"] == "odt":
        from holdout_content.odt_render import CROPS
        return CROPS
    return []


def raw_texts(pdf_path, crops=()):
    """Per page: extract_text() of the whole page, its two halves and the parts left and
    right of each x in ``crops``."""
    import pdfplumber
    pages = []
    with pdfplumber.open(pdf_path) as pdf:
        for page in pdf.pages:
            mid = page.width / 2
            boxes = [(0, 0, mid, page.height), (mid, 0, page.width, page.height)]
            for x in crops:
                boxes += [(0, 0, x, page.height), (x, 0, page.width, page.height)]
            pages.append([page.extract_text() or ""]
                         + [page.crop(b).extract_text() or "" for b in boxes])
    return pages


def page_texts(raw):
    """build_holdout.page_texts' format from raw_texts: each variant normalised twice, as
    printed and with hyphens at line ends removed (so hyphenated words read whole)."""
    pages = []
    for variants in raw:
        out = []
        for text in variants:
            out += [norm(text), norm(LINE_END_HYPHEN.sub("", text))]
        pages.append(out)
    return pages


def _nows(text):
    return "".join(unicodedata.normalize("NFKC", text).split())


def hyphenated_words(box, raw, start, end):
    """Words of the box body that the PDF breaks across two lines with a hyphen: a pair of
    consecutive lines whose text, joined without the hyphen, occurs in the body with the
    break inside one word. A real hyphen (multi-agency) never matches, since the body keeps
    it."""
    words = body_words(box["body"])
    joined, owner = "", []
    for i, w in enumerate(words):
        joined += w
        owner += [i] * len(w)
    found = set()
    for page in range(start, end + 1):
        for text in raw[page - 1]:
            lines = [_nows(line).lstrip(BULLETS) for line in text.splitlines()]
            for a, b in zip(lines, lines[1:], strict=False):
                if len(a) < 3 or not a.endswith("-") or not a[-2].isalpha() \
                        or not b[:1].isalpha():
                    continue
                pos = joined.find(a[:-1] + b)
                if pos < 0:
                    continue
                cut = pos + len(a) - 1
                if owner[cut - 1] == owner[cut]:
                    found.add(words[owner[cut]].strip(".,;:!?()\"'"))
    return sorted(found)


# ---------------------------------------------------------------- rendering

def render(report, work):
    target = work / report["file"]
    producer = report["producer"]
    if producer == "groff":
        from holdout_content.groff_render import write_pdf
        return write_pdf(report, target, work)
    if producer == "odt":
        from holdout_content.odt_render import write_pdf
        page_map = None
        for _ in range(2 if report.get("contents") else 1):
            write_pdf(report, target, work, page_map)
            page_map = contents_page_map(
                report, page_texts(raw_texts(target, crops_for(report))))
        return target
    if producer == "fpdf2":
        from holdout_content.fpdf_render import write_pdf
        return write_pdf(report, target)[0]
    raise ValueError(producer)


# ---------------------------------------------------------------- answer key

def answer_entry(report, pdf_path, problems):
    """As build_holdout.answer_entry, measured on hyphen-aware page texts, plus whole_words
    and checks that the deliberate layouts (split box, side-by-side pair, two columns,
    contents and practice-list page numbers) really came out."""
    import pdfplumber
    name = report["file"]
    raw = raw_texts(pdf_path, crops_for(report))
    pages = page_texts(raw)
    pair_pages = []

    def on_practice(box, entry, _pages):
        entry["whole_words"] = hyphenated_words(box, raw, entry["page_start"],
                                                entry["page_end"])
        variants = box.get("variant", "").split()
        label = entry["title"] or entry["body"][:40]
        if "split" in variants and entry["page_end"] != entry["page_start"] + 1:
            problems.append(f"{name}: {label!r} should run over a page break "
                            f"({entry['page_start']}-{entry['page_end']})")
        if "split" not in variants and entry["page_end"] != entry["page_start"]:
            problems.append(f"{name}: {label!r} unexpectedly split "
                            f"({entry['page_start']}-{entry['page_end']})")
        if "pair-left" in variants or "pair-right" in variants:
            pair_pages.append(entry["page_start"])

    entry = base_answer_entry(report, pdf_path, problems, pages, DECOY_KINDS, on_practice)
    if pair_pages and len(set(pair_pages)) != 1:
        problems.append(f"{name}: side-by-side boxes on different pages {pair_pages}")
    with pdfplumber.open(pdf_path) as pdf:
        second = pdf.pages[1].extract_text() or ""
    if report.get("contents"):
        check_contents(report, second, entry["practices"], problems)
    if any(b[0] == "practice_list" for b in report["blocks"]):
        check_practice_list(report, second, entry["practices"], problems)
    if report["producer"] == "groff":
        if not any(p["whole_words"] for p in entry["practices"]):
            problems.append(f"{name}: no practice box has a hyphenated line break")
        twocol = [b[1] for b in report["blocks"] if b[0] == "h1" and b[2:] == ("twocol",)]
        inside = [p for p in entry["practices"] if p["section"] in twocol]
        if twocol and not inside:
            problems.append(f"{name}: no practice in the two-column section")
        for p in inside:
            # the first 16 body words run over the middle of a full-width line, so they are
            # contiguous in a half-page crop only when the box is set in a column
            phrase = norm(" ".join(p["body"].split()[:16]))
            if not any(phrase in v for v in pages[p["page_start"] - 1][2:6]):
                problems.append(f"{name}: {p['title'] or p['body'][:30]!r} is not set in a "
                                f"column on page {p['page_start']}")
    return entry


def check_practice_list(report, text, practices, problems):
    """Each "<Kind> practice: <title> (page n)" line must give the measured page_start."""
    printed = {}
    for m in re.finditer(r"practice: (.+?) \(page (\d+)\)", text.replace("\n", " ")):
        printed[norm(m.group(1).lstrip(BULLETS))] = int(m.group(2))
    for p in practices:
        if printed.get(norm(p["title"])) != p["page_start"]:
            problems.append(f"{report['file']}: practice list gives "
                            f"{printed.get(norm(p['title']))} for {p['title']!r}, "
                            f"measured {p['page_start']}")
    if len(printed) != len(practices):
        problems.append(f"{report['file']}: practice list has {len(printed)} entries")


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="verify committed PDFs only")
    ap.add_argument("--only", help="build one module (no answers.json written)")
    args = ap.parse_args()
    return build(args, MODULES, OUT, render, answer_entry)


if __name__ == "__main__":
    sys.exit(main())

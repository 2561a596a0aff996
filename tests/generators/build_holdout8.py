#!/usr/bin/env python3
"""Build the eighth held-out set in tests/holdout8/ and its answer key.

Two reports about what happens inside and around boxes (tests/generators/holdout_content/box8_render.py):
  * WeasyPrint: report h23_*.py, PEEL 2025 for Hertfordshire Constabulary: a kind heading in
    a filled tab on the box's top-left corner, a box drawn only with a thick top border
    (straight after a page heading, with bold sub-headings inside its body), two frameless
    practices in a row, an untitled box as the last thing before the back page
  * headless Chromium: report h24_*.py, a thematic on modern slavery referrals: hyphenated
    justified box text, an "INNOVATIVE PRACTICE" tab, a victim's quotation in italics in a
    box beside a large pull-quote outside it, a centred box naming two forces, a "Case
    study" box

Page numbers in the key are measured from the PDFs with tests/generators/build_holdout.py (on
hyphen-aware page texts, as tests/generators/build_holdout3.py); then ``check_layout`` checks from the
PDF that each case came out.

    python tests/generators/build_holdout8.py            # build, verify, write answers.json
    python tests/generators/build_holdout8.py --check    # only verify the committed PDFs against the key
    python tests/generators/build_holdout8.py --only h23_peel_hertfordshire   # one report, no key
"""

import argparse
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "tests" / "holdout8"
sys.path.insert(0, str(Path(__file__).resolve().parent))

from build_holdout import answer_entry as base_answer_entry  # noqa: E402
from build_holdout import build, norm  # noqa: E402
from build_holdout3 import hyphenated_words, raw_texts  # noqa: E402
from build_holdout3 import page_texts as hyphen_page_texts  # noqa: E402
from holdout_content.model import DECOY_KINDS  # noqa: E402

MODULES = [
    "h23_peel_hertfordshire",
    "h24_thematic_modern_slavery",
]
BOX_DECOY_KINDS = DECOY_KINDS + ("case",)
MAX_BYTES = 1_000_000
# x (pt) between the box with a pull-quote (right edge 380pt: 62% of the column plus
# padding and border) and the pull-quote (from about 400pt)
PULL_CROP = 390


def render(report, work):
    from holdout_content.box8_render import write_pdf
    return write_pdf(report, work / report["file"], work)


def raw_for(pdf_path):
    """raw_texts with Chromium's break hyphen (a zero-width space glyph + U+2010 at the line
    end) read as a plain line-end hyphen, so build_holdout3's hyphen handling applies."""
    raw = raw_texts(pdf_path, (PULL_CROP,))
    return [[t.replace(" \u2010\n", "-\n").replace("\u2010\n", "-\n") for t in v] for v in raw]


def answer_entry(report, pdf_path, problems):
    import pdfplumber
    raw = raw_for(pdf_path)
    pages = hyphen_page_texts(raw)
    located = []

    def on_practice(box, entry, _pages):
        entry["whole_words"] = hyphenated_words(box, raw, entry["page_start"],
                                                entry["page_end"])
        located.append((box, entry))
        if entry["page_start"] != entry["page_end"]:
            problems.append(f"{report['file']}: {entry['title'] or entry['body'][:30]!r} "
                            f"split {entry['page_start']}-{entry['page_end']}")

    entry = base_answer_entry(report, pdf_path, problems, pages, BOX_DECOY_KINDS, on_practice)
    with pdfplumber.open(pdf_path) as pdf:
        check_layout(report, pdf, located, entry, problems)
    if pdf_path.stat().st_size > MAX_BYTES:
        problems.append(f"{report['file']}: {pdf_path.stat().st_size} bytes")
    return entry


# ---------------------------------------------------------------- layout checks

def _line_chars(page, text, below=0, whole=False, last=False):
    """Chars matching the start of ``text`` (spaces removed) in the first text line below
    ``below`` that contains it (``last``: the last such line); ``whole``: all the chars of
    that line. Spaces and line-end hyphens (U+2010) are left out."""
    key = norm(text)
    lines = {}
    for c in page.chars:
        if c["top"] > below:
            lines.setdefault(round(c["top"], 1), []).append(c)
    for top in sorted(lines, reverse=last):
        chars = sorted(lines[top], key=lambda c: c["x0"])
        # one entry per character of the NFKC text (the ligature "ﬀ" counts as "ff")
        got, joined = [], ""
        for c in chars:
            if c["text"].strip() and c["text"] != "\u2010":
                for ch in unicodedata.normalize("NFKC", c["text"]):
                    got.append(c)
                    joined += ch
        pos = joined.find(key[:40])
        if pos >= 0:
            return got if whole else got[pos:pos + len(key[:40])]
    return []


def _shapes(page):
    return [o for o in page.rects + page.curves + page.lines]


def check_layout(report, pdf, located, entry, problems):
    name = report["file"]
    n = len(pdf.pages)
    for box, e in located:
        page = pdf.pages[e["page_start"] - 1]
        label = _line_chars(page, box["label"])
        what = f"{name}: {e['title'] or e['body'][:30]!r}"
        if not label:
            problems.append(f"{what}: kind heading line not found")
            continue
        lx0, ltop = label[0]["x0"], label[0]["top"]
        lx1, lbot = label[-1]["x1"], label[-1]["bottom"]
        variant = box.get("variant", "plain")
        first = _line_chars(page, box["body"][0][:30], ltop)
        if not first:
            problems.append(f"{what}: first body line not found")
            continue
        if variant == "tab":
            # a filled shape round the label (the tab) and a wider box edge at its foot
            tabs = [o for o in _shapes(page) if o.get("fill") and o["x0"] <= lx0
                    and o["x1"] >= lx1 and o["top"] <= ltop and o["bottom"] >= lbot
                    and o["bottom"] - o["top"] < 30]
            if not tabs:
                problems.append(f"{what}: no tab shape round the kind heading")
                continue
            tab = min(tabs, key=lambda o: o["x1"] - o["x0"])
            edge = [o for o in _shapes(page) if abs(o["top"] - tab["bottom"]) < 2
                    and o["x1"] - o["x0"] > 2.5 * (tab["x1"] - tab["x0"])
                    and abs(o["x0"] - tab["x0"]) < 3]
            if not edge:
                problems.append(f"{what}: the tab does not stand on a box edge")
        elif variant == "topline":
            # WeasyPrint paints a one-sided border as a pair of filled rects (even-odd):
            # the same x and bottom, the outer one 4pt taller; no side or bottom band
            pairs = [(a, b) for a in page.rects for b in page.rects
                     if abs(a["x0"] - b["x0"]) < 0.1 and abs(a["x1"] - b["x1"]) < 0.1
                     and abs(a["bottom"] - b["bottom"]) < 0.1
                     and 2.5 < b["top"] - a["top"] < 6 and 0 < ltop - b["top"] < 20
                     and a["x1"] - a["x0"] > 300]
            around = [o for o in _shapes(page) if o["top"] < ltop < o["bottom"]]
            if not pairs or len(around) != 2:
                problems.append(f"{what}: not a top-rule-only box ({len(pairs)} rule pairs, "
                                f"{len(around)} shapes round the heading)")
        elif variant == "frameless":
            if [o for o in _shapes(page) if o["top"] <= ltop <= o["bottom"]]:
                problems.append(f"{what}: frameless box has a shape beside its heading")
        elif variant == "centred":
            mid = page.width / 2
            for text in (box["label"], box["title"], box["body"][0][:30]):
                chars = _line_chars(page, text, ltop - 1, whole=True)
                centre = (chars[0]["x0"] + chars[-1]["x1"]) / 2 if chars else 0
                if abs(centre - mid) > 4:
                    problems.append(f"{what}: line not centred ({centre:.1f} vs {mid:.1f})")
        for sub in box.get("subheads", ()):
            chars = _line_chars(page, sub, ltop)
            if not chars or not all("Bold" in c["fontname"] for c in chars):
                problems.append(f"{what}: sub-heading {sub!r} not bold inside the box")
        for quote in box.get("quotes", ()):
            chars = _line_chars(page, quote[:30], ltop)
            if not chars or chars[0]["text"] != "“" or not all(
                    "Italic" in c["fontname"] or "Oblique" in c["fontname"] for c in chars):
                problems.append(f"{what}: quotation not in italics with quotation marks")
        if box.get("pullquote"):
            pull = _line_chars(page, box["pullquote"][0][:12])
            box_right = max(c["x1"] for c in first)
            if not pull or pull[0]["size"] < 14 or pull[0]["x0"] < box_right + 10 \
                    or pull[0]["x0"] < PULL_CROP:
                problems.append(f"{what}: pull-quote not in large type beside the box")
        if box.get("after_heading") or variant == "topline":
            section = _line_chars(page, e["section"])
            between = [c for c in page.chars if section and c["text"].strip()
                       and section[0]["bottom"] + 1 < c["top"] < ltop - 1]
            if not section or between:
                problems.append(f"{what}: box does not follow its heading directly")
    # frameless practices: two on one page, then the next section heading below them
    frameless = [e for box, e in located if box.get("variant") == "frameless"]
    if len(frameless) == 2:
        p = frameless[0]["page_start"]
        if frameless[1]["page_start"] != p:
            problems.append(f"{name}: frameless practices on different pages")
        blocks = report["blocks"]
        idx = max(i for i, b in enumerate(blocks) if b[0] == "box"
                  and b[1].get("variant") == "frameless" and b[1]["kind"] != "afi")
        nxt = next(b[1] for b in blocks[idx + 1:] if b[0] == "h1")
        page = pdf.pages[p - 1]
        head = _line_chars(page, nxt)
        last = _line_chars(page, " ".join(frameless[1]["body"].split()[-6:]))
        if not head or not last or head[0]["top"] < last[0]["top"]:
            problems.append(f"{name}: {nxt!r} does not follow the frameless pair on p{p}")
    # last box before the back page
    if any(b[0] == "back" for b in report["blocks"]):
        last_box = located[-1][1]
        if last_box["page_end"] != n - 1:
            problems.append(f"{name}: last practice on p{last_box['page_end']}, not p{n - 1}")
        page = pdf.pages[last_box["page_end"] - 1]
        tail = _line_chars(page, last_box["body"].split()[-1], last=True)
        below = [c for c in page.chars if tail and c["top"] > tail[0]["bottom"] + 1
                 and c["top"] < page.height - 60]
        if not tail or below:
            problems.append(f"{name}: text after the last box on p{last_box['page_end']}")
        back = pdf.pages[-1].extract_text() or ""
        if "ISBN" not in back:
            problems.append(f"{name}: no back page")
    if report.get("hyphenate"):
        from holdout_content.box8_render import soft_hyphen_marks
        stray = [w for w, used in soft_hyphen_marks(pdf.stream.name) if not used]
        if stray:
            problems.append(f"{name}: soft hyphens not at a line end in {stray}")
    if report.get("hyphenate") and not any(e["whole_words"] for e in entry["practices"]):
        problems.append(f"{name}: no practice box has a hyphenated line break")


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="verify committed PDFs only")
    ap.add_argument("--only", help="build one module (no answers.json written)")
    args = ap.parse_args()
    return build(args, MODULES, OUT, render, answer_entry)


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Build held-out set 11 (tests/holdout11/) and its answer key (answers.json).

Written blind: without reading or running the extractor or the classifier. Three producers:
  * reportlab platypus (holdout11/render_rl.py): r1_peel_northumbria
  * headless Chromium, HTML+CSS (holdout11/render_html.py): r2_thematic_custody and
    r3_thematic_fraud, one page of which is replaced by a scanned image of itself
  * WeasyPrint (the same HTML renderer, its own theme): r4_thematic_roads

The reports use the block format of set 10 (holdout10/content/model.py), and the key is
measured and every case checked with that set's code (build_holdout10.py): pages from the
first and last eight body words, title and kind heading found with pdfplumber (for the
scanned page in tesseract's OCR text, fuzzily). Here the OCR page image comes from
pypdfium2, as pdftoppm is not installed. The builder fails when a box is not on the pages
it was meant to have (``expect``) or a case did not come out.

    .venv/bin/python tests/generators/build_holdout11.py           # render, verify, write key
    .venv/bin/python tests/generators/build_holdout11.py --check   # verify PDFs against key
    .venv/bin/python tests/generators/build_holdout11.py --only r1_peel_northumbria
"""

import argparse
import importlib
import json
import random
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

GENERATORS = Path(__file__).resolve().parent
sys.path.insert(0, str(GENERATORS))

import build_holdout10 as shared  # noqa: E402  (reading and checking code of set 10)

OUT = GENERATORS.parent / "holdout11"
MODULES = ["r1_peel_northumbria", "r2_thematic_custody", "r3_thematic_fraud",
           "r4_thematic_roads"]
MAX_BYTES = 300_000
SCAN_DPI = 170


def _ocr(pdf_path, page_no):
    """tesseract's text of one page, rendered at 300 dpi by pypdfium2."""
    import pypdfium2
    doc = pypdfium2.PdfDocument(str(pdf_path))
    try:
        image = doc[page_no - 1].render(scale=300 / 72, grayscale=True).to_pil()
    finally:
        doc.close()
    with tempfile.TemporaryDirectory() as tmp:
        png = Path(tmp) / "page.png"
        image.save(png)
        return subprocess.run(["tesseract", str(png), "-", "--psm", "4"], check=True,
                              capture_output=True, text=True).stdout


shared.ocr = _ocr  # page_texts() calls it for pages without a text layer


def _degrade(image):
    """A photocopy look: a slight skew, blur, grey paper, faint noise and specks."""
    from PIL import Image, ImageFilter
    rnd = random.Random(11)
    image = image.rotate(-0.45, resample=Image.BICUBIC, fillcolor=255)
    image = image.filter(ImageFilter.GaussianBlur(0.55))
    image = image.point(lambda v: int(v * 0.88 + 16))
    px = image.load()
    for y in range(0, image.height, 2):
        for x in range(0, image.width, 3):
            px[x, y] = max(0, min(255, px[x, y] + int(rnd.gauss(0, 5))))
    for _ in range(300):
        px[rnd.randrange(image.width), rnd.randrange(image.height)] = rnd.randrange(50, 150)
    return image


def scan_page(pdf_path, page_no, work):
    """Replace page ``page_no`` (1-based) by a degraded greyscale JPEG image of itself."""
    import pypdfium2
    from reportlab.pdfgen import canvas
    doc = pypdfium2.PdfDocument(str(pdf_path))
    width, height = doc[page_no - 1].get_size()
    image = doc[page_no - 1].render(scale=SCAN_DPI / 72, grayscale=True).to_pil()
    jpg = work / f"{pdf_path.stem}-scan.jpg"
    _degrade(image.convert("L")).save(jpg, quality=55, optimize=True)
    one = work / f"{pdf_path.stem}-scan.pdf"
    c = canvas.Canvas(str(one), pagesize=(width, height))
    c.drawImage(str(jpg), 0, 0, width=width, height=height)
    c.showPage()
    c.save()
    scanned = pypdfium2.PdfDocument(str(one))
    doc.del_page(page_no - 1)                       # the text page goes ...
    doc.import_pages(scanned, [0], index=page_no - 1)  # ... and its image takes its place
    merged = work / f"{pdf_path.stem}-merged.pdf"
    doc.save(str(merged))
    scanned.close()
    doc.close()
    shutil.move(merged, pdf_path)


def render(report, work):
    from holdout11.render_html import render_html
    target = work / report["file"]
    if report["producer"] == "reportlab":
        from holdout11.render_rl import render as render_rl
        render_rl(report, target)
    elif report["producer"] == "chromium":
        shared.run_chromium(render_html(report), target, work)
    elif report["producer"] == "weasyprint":
        import weasyprint
        weasyprint.HTML(string=render_html(report), base_url=str(work)).write_pdf(target)
    else:
        raise ValueError(report["producer"])
    for block in report["blocks"]:
        if block[0] == "box" and block[1].get("variant") == "scan":
            scan_page(target, block[1]["expect"][0], work)
    return target


def _broken_at_hyphens(pdf_path):
    """Per page, the hyphenated words that a line ends inside ("out-of-" + "hours")."""
    import pdfplumber
    out = []
    with pdfplumber.open(pdf_path) as pdf:
        for page in pdf.pages:
            found = []
            lines = shared._lines(page)  # the whole page, then each half
            for this, nxt in zip(lines, lines[1:]):
                head, tail = this.split()[-1:], nxt.split()[:1]
                if head and tail and head[0].endswith("-") and len(head[0]) > 1:
                    found.append((head[0] + tail[0]).strip(".,;:()'\""))
            out.append(found)
    return out


def _whole_words(practice, broken):
    """The key's ``whole_words``: hyphenated words of the body that a line break splits
    in the PDF, which a reader must give whole (with their hyphen)."""
    words = {w.strip(".,;:()'\"") for w in practice["body"].split()}
    pages = range(practice["page_start"], practice["page_end"] + 1)
    seen = [w for p in pages for w in broken[p - 1] if w in words and "-" in w[1:-1]]
    return sorted(set(seen), key=seen.index)


def measure(report, pdf_path, problems):
    """The report's key entry, with every case checked from the PDF."""
    entry = shared.answer_entry(report, pdf_path, problems)
    shared.check_cases(report, pdf_path, entry, problems)
    shared.open_checks(pdf_path, entry["page_count"], problems)
    broken = _broken_at_hyphens(pdf_path)
    for practice in entry["practices"]:
        practice["whole_words"] = _whole_words(practice, broken)
    size = pdf_path.stat().st_size
    if size > MAX_BYTES:
        problems.append(f"{pdf_path.name}: {size} bytes, more than {MAX_BYTES}")
    return entry


def _summary(entries):
    practices = [p for e in entries for p in e["practices"]]
    lines = [f"{len(entries)} reports, {len(practices)} practices, "
             f"{sum(len(e['decoys']) for e in entries)} decoys, "
             f"{sum(e['page_count'] for e in entries)} pages"]
    for e in entries:
        spans = ", ".join(f"{p['page_start']}-{p['page_end']}" for p in e["practices"])
        lines.append(f"  {e['file']}: {e['page_count']} pages; practices on {spans}")
    primaries = {p["primary_area"] for p in practices}
    missing = sorted(shared.AREAS - primaries)
    lines.append(f"  primary areas: {len(primaries)} of {len(shared.AREAS)}"
                 + (f"; none for {missing}" if missing else ""))
    return lines


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="verify the committed PDFs only")
    ap.add_argument("--only", help="render one module and print its key (answers.json not written)")
    args = ap.parse_args()
    names = [args.only] if args.only else MODULES
    reports = [importlib.import_module(f"holdout11.{n}").REPORT for n in names]
    problems = []
    with tempfile.TemporaryDirectory(prefix="holdout11-") as tmp:
        for report in reports:
            pdf_path = OUT / report["file"]
            if not args.check:
                print(f"rendering {report['file']} with {report['producer']} ...", flush=True)
                shutil.copyfile(render(report, Path(tmp)), pdf_path)
        entries = [measure(r, OUT / r["file"], problems) for r in reports]
    key = {"reports": entries}
    key_path = OUT / "answers.json"
    if args.only:
        print(json.dumps(key, indent=1, ensure_ascii=False)[:6000])
    elif args.check:
        if json.loads(key_path.read_text(encoding="utf-8")) != key:
            problems.append("answers.json differs from what the PDFs give")
    else:
        key_path.write_text(json.dumps(key, indent=1, ensure_ascii=False) + "\n",
                            encoding="utf-8")
    print("\n".join(_summary(entries)))
    for p in problems:
        print("PROBLEM:", p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())

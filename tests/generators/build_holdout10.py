#!/usr/bin/env python3
"""Build held-out set 10 in this folder and its answer key (answers.json).

Written blind: without reading or running the extractor. Three producers:
  * reportlab platypus (content/render_rl.py): r1_peel_dorset
  * headless Chromium, HTML+CSS (content/render_html.py): r2_thematic_roads_policing,
    one page of which is replaced by a scanned image of itself (no text layer)
  * LibreOffice Writer converting a python-docx .docx (content/render_docx.py):
    r3_peel_warwickshire

Page numbers in the key are measured from the PDFs (first and last eight body words,
title and kind heading looked up with pdfplumber in the whole page and each half page;
for the scanned page in tesseract's OCR text, fuzzily); then every case is checked from the
PDF (``check_cases``) and the builder fails if one did not come out.

    .venv/bin/python build_holdout10.py            # render, verify, write answers.json
    .venv/bin/python build_holdout10.py --check    # verify the PDFs against answers.json
    .venv/bin/python build_holdout10.py --only r1_peel_gwent    # one report, print its key
"""

import argparse
import importlib
import json
import shutil
import subprocess
import sys
import tempfile
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parents[1] / "holdout10"  # the PDFs and their key
sys.path.insert(0, str(Path(__file__).resolve().parent / "holdout10"))  # content/

from content.model import (  # noqa: E402
    DECOY_KINDS,
    PRACTICE_KINDS,
    body_text,
    body_words,
    box_body,
    first_words,
    pieces,
)

MODULES = ["r1_peel_gwent", "r2_thematic_partnership", "r3_peel_lincolnshire",
           "r4_thematic_investigation"]
AREAS = {
    "Contact management", "Response policing", "Neighbourhood policing", "Investigations",
    "Victim care", "Child protection and exploitation",
    "Domestic abuse, VAWG and sexual offences", "Vulnerability and mental health",
    "Offender management", "Serious and organised crime", "Serious violence",
    "Custody and criminal justice", "Fairness and legitimacy",
    "Professional standards and vetting", "Workforce and wellbeing",
    "Strategy, performance and resources", "Digital, data and technology",
    "Roads and operational support", "Fraud and cyber crime",
}
CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                  "--no-first-run", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync", "--no-pdf-header-footer"]


def norm(text):
    text = unicodedata.normalize("NFKC", text).replace("\u00ad", "")
    text = text.replace("\u2019", "'").replace("\u2018", "'")
    return "".join(text.split())


# ---------------------------------------------------------------- rendering

def run_chromium(html, pdf_path, work):
    src = work / (pdf_path.stem + ".html")
    src.write_text(html, encoding="utf-8")
    profile = tempfile.mkdtemp(prefix="chromium-profile-")
    try:
        subprocess.run(["chromium", *CHROMIUM_FLAGS, f"--user-data-dir={profile}",
                        f"--print-to-pdf={pdf_path}", src.as_uri()],
                       check=True, capture_output=True, timeout=180)
    finally:
        shutil.rmtree(profile, ignore_errors=True)
    return pdf_path


def run_libreoffice(src, work):
    profile = Path(tempfile.mkdtemp(prefix="lo-profile-"))
    try:
        subprocess.run(["soffice", f"-env:UserInstallation={profile.as_uri()}",
                        "--headless", "--convert-to", "pdf", "--outdir", str(work),
                        str(src)], check=True, capture_output=True, timeout=300)
    finally:
        shutil.rmtree(profile, ignore_errors=True)
    return work / (src.stem + ".pdf")


def scan_page(pdf_path, page_no, work, dpi=200):
    """Replace page ``page_no`` (1-based) of ``pdf_path`` by a greyish, slightly noisy and
    slightly skewed 200 dpi image of itself, with no text layer."""
    import random

    import pypdfium2
    from PIL import Image, ImageFilter
    from reportlab.pdfgen import canvas

    doc = pypdfium2.PdfDocument(str(pdf_path))
    page = doc[page_no - 1]
    w, h = page.get_size()
    img = page.render(scale=dpi / 72, grayscale=True).to_pil().convert("L")
    rnd = random.Random(9)
    img = img.rotate(0.35, resample=Image.BICUBIC, fillcolor=255, expand=False)
    img = img.filter(ImageFilter.GaussianBlur(0.6))
    px = img.load()
    for y in range(img.height):
        for x in range(0, img.width, 1):
            v = px[x, y]
            v = int(v * 0.9 + 12 + rnd.gauss(0, 7))       # greyish paper, sensor noise
            px[x, y] = max(0, min(255, v))
    for _ in range(400):                                   # specks
        x, y = rnd.randrange(img.width), rnd.randrange(img.height)
        px[x, y] = rnd.randrange(40, 140)
    png = work / f"{pdf_path.stem}-scan.png"
    img.save(png, optimize=True)
    jpg = work / f"{pdf_path.stem}-scan.jpg"
    img.save(jpg, quality=70)
    one = work / f"{pdf_path.stem}-scan.pdf"
    c = canvas.Canvas(str(one), pagesize=(w, h))
    c.drawImage(str(jpg), 0, 0, width=w, height=h)
    c.showPage()
    c.save()
    scanned = pypdfium2.PdfDocument(str(one))
    out = pypdfium2.PdfDocument.new()
    n = len(doc)
    out.import_pages(doc, list(range(0, page_no - 1)))
    out.import_pages(scanned, [0])
    out.import_pages(doc, list(range(page_no, n)))
    target = work / f"{pdf_path.stem}-merged.pdf"
    out.save(str(target))
    out.close(); scanned.close(); doc.close()
    shutil.move(target, pdf_path)
    return pdf_path


def render(report, work):
    target = work / report["file"]
    producer = report["producer"]
    if producer == "reportlab":
        from content.render_rl import render as rl
        rl(report, target)
    elif producer == "chromium":
        from content.render_html import render_html
        run_chromium(render_html(report), target, work)
    elif producer == "weasyprint":
        import weasyprint
        from content.render_html import render_html
        weasyprint.HTML(string=render_html(report), base_url=str(work)).write_pdf(target)
    elif producer == "libreoffice":
        from content.render_docx import build_docx
        src = work / (Path(report["file"]).stem + ".docx")
        build_docx(report).save(src)
        produced = run_libreoffice(src, work)
        if produced != target:
            produced.replace(target)
    else:
        raise ValueError(producer)
    scans = [b[1] for b in report["blocks"] if b[0] == "box" and b[1].get("variant") == "scan"]
    for box in scans:
        scan_page(target, box["expect"][0], work)
    return target


# ---------------------------------------------------------------- reading the PDFs

def ocr(pdf_path, page_no):
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(["pdftoppm", "-r", "300", "-gray", "-png", "-f", str(page_no), "-l",
                        str(page_no), str(pdf_path), f"{tmp}/p"], check=True)
        png = next(Path(tmp).glob("p*.png"))
        return subprocess.run(["tesseract", str(png), "-", "--psm", "4"], check=True,
                              capture_output=True, text=True).stdout


def page_texts(pdf_path):
    """Per page: normalised text of the whole page and of its halves, and whether the page
    is image-only (then the texts are tesseract's)."""
    import pdfplumber
    pages, scanned = [], set()
    with pdfplumber.open(pdf_path) as pdf:
        for i, page in enumerate(pdf.pages):
            if not page.chars:
                scanned.add(i + 1)
                pages.append([norm(ocr(pdf_path, i + 1))])
                continue
            mid = page.width / 2
            variants = [page.extract_text() or ""]
            for box in ((0, 0, mid, page.height), (mid, 0, page.width, page.height)):
                variants.append(page.crop(box).extract_text() or "")
            pages.append([norm(v) for v in variants])
    return pages, scanned


def find_pages(pages, phrase, skip=1, fuzzy=()):
    from rapidfuzz import fuzz
    key = norm(phrase)
    out = []
    for i, variants in enumerate(pages):
        if i + 1 <= skip:
            continue
        if i + 1 in fuzzy:
            if any(fuzz.partial_ratio(key, v) >= 90 for v in variants):
                out.append(i + 1)
        elif any(key in v for v in variants):
            out.append(i + 1)
    return out


# ---------------------------------------------------------------- answer key

def box_fields(box):
    """title, forces and body paragraphs as the key gives them."""
    if "grid" in box:
        cells = dict((k, v) for k, v in box["grid"])
        return cells["Practice"], box["forces"], box_body(box)
    return box.get("title", ""), box.get("forces", []), box["body"]


def answer_entry(report, pdf_path, problems):
    import pdfplumber
    pages, scanned = page_texts(pdf_path)
    with pdfplumber.open(pdf_path) as pdf:
        page_count = len(pdf.pages)
    name = report["file"]
    practices, decoys = [], []
    section = ""
    for block in report["blocks"]:
        kind = block[0]
        if kind == "h1":
            section = block[1]
        elif kind == "p" and len(block) > 2 and block[2] == "decoy":
            decoys.append(first_words(block[1]))
            if not find_pages(pages, decoys[-1]):
                problems.append(f"{name}: decoy sentence not found: {decoys[-1]!r}")
        elif kind == "contents":
            for text, _page in block[1]:
                if "practice" in text.lower():
                    decoys.append(text)
                    if 2 not in find_pages(pages, text, skip=0):
                        problems.append(f"{name}: contents entry not on p2: {text!r}")
        elif kind == "numlist":
            num, text = block[2][0]
            decoys.append(f"{num} {first_words(text, 8)}")
            if not find_pages(pages, decoys[-1]):
                problems.append(f"{name}: numbered summary not found: {decoys[-1]!r}")
        elif kind == "box":
            box = block[1]
            title, forces, body = box_fields(box)
            words = body_words(body)
            if box["kind"] in DECOY_KINDS:
                decoys.append(" ".join(words[:10]))
                if not find_pages(pages, decoys[-1]):
                    problems.append(f"{name}: decoy box not found: {decoys[-1]!r}")
                continue
            assert box["kind"] in PRACTICE_KINDS, box["kind"]
            practices.append(locate(box, title, forces, body, section, pages, scanned,
                                    name, problems))
    return {
        "file": name, "title": report["title"], "type": report["type"],
        "forces": report["forces"], "published": report["published"],
        "page_count": page_count, "practices": practices, "decoys": decoys,
    }


def locate(box, title, forces, body, section, pages, scanned, name, problems):
    words = body_words(body)
    label = title or " ".join(words[:8])
    fz = scanned if box.get("variant") == "scan" else ()
    starts = find_pages(pages, " ".join(words[:8]), fuzzy=fz)
    ends = find_pages(pages, " ".join(words[-8:]), fuzzy=fz)
    if len(starts) != 1 or len(ends) != 1:
        problems.append(f"{name}: {label!r}: first words on {starts}, last words on {ends}")
    start = starts[0] if starts else 0
    end = ends[0] if ends else 0
    if title:
        titled = [p for p in find_pages(pages, title, fuzzy=fz) if p <= start]
        if not titled or titled[-1] != start:
            problems.append(f"{name}: {label!r}: title not on page {start}")
    if start not in find_pages(pages, box["label"], fuzzy=fz):
        problems.append(f"{name}: {label!r}: kind heading not on page {start}")
    for piece in pieces(body):
        pw = piece.split()
        for phrase in (" ".join(pw[:6]), " ".join(pw[-6:])):
            if not [p for p in find_pages(pages, phrase, fuzzy=fz) if start <= p <= end]:
                problems.append(f"{name}: {label!r}: {phrase!r} not on pages {start}-{end}")
    if tuple(box["expect"]) != (start, end):
        problems.append(f"{name}: {label!r}: on pages {start}-{end}, meant {box['expect']}")
    if not set(box["areas"]) <= AREAS:
        problems.append(f"{name}: {label!r}: unknown area in {box['areas']}")
    return {
        "kind": box["kind"], "title": title, "forces": forces,
        "page_start": start, "page_end": end, "section": section,
        "primary_area": box["areas"][0], "areas": box["areas"], "body": body_text(body),
        "whole_words": [],
    }


# ---------------------------------------------------------------- case checks

def _lines(page):
    """Text lines of a page, also of each half (for two columns)."""
    mid = page.width / 2
    out = []
    for crop in (page, page.crop((0, 0, mid, page.height)),
                 page.crop((mid, 0, page.width, page.height))):
        out.extend((crop.extract_text() or "").splitlines())
    return out


def _fills(page, min_width=150):
    return [r for r in page.rects if r.get("non_stroking_color") not in (None, (1,), [1])
            and r.get("fill") and r["x1"] - r["x0"] >= min_width]


def check_cases(report, pdf_path, entry, problems):
    import pdfplumber
    name = report["file"]
    boxes = [b[1] for b in report["blocks"] if b[0] == "box"
             and b[1]["kind"] in PRACTICE_KINDS]
    with pdfplumber.open(pdf_path) as pdf:
        for box, e in zip(boxes, entry["practices"]):
            label = e["title"] or e["body"][:30]
            s, t = e["page_start"], e["page_end"]
            variant = box.get("variant", "")
            if variant != "split" and s != t:
                problems.append(f"{name}: {label!r} split {s}-{t} but not meant to")
            if variant == "split":
                if s == t:
                    problems.append(f"{name}: {label!r} not split")
                for p in range(s + 1, min(t, len(pdf.pages)) + 1):
                    page = pdf.pages[p - 1]
                    top = min((r["top"] for r in _fills(page)), default=999)
                    first = min((c["top"] for c in page.chars if c["top"] > 60), default=0)
                    # continuation: a fill at the top of the text area, under the header
                    if not (60 < top < 110) or first < top:
                        problems.append(f"{name}: {label!r}: p{p} does not open with the "
                                        f"box fill (fill top {top:.0f}, text {first:.0f})")
                    if norm(box["label"]) in norm(page.extract_text() or "")[:200]:
                        problems.append(f"{name}: {label!r}: heading repeated on p{p}")
                first_page = pdf.pages[s - 1]
                bottom = max((r["bottom"] for r in _fills(first_page)), default=0)
                if bottom < first_page.height * 0.8:
                    problems.append(f"{name}: {label!r}: p{s} fill ends at {bottom:.0f}")
            if variant == "colsplit" and 0 < s <= len(pdf.pages):
                _check_colsplit(pdf.pages[s - 1], box, e, name, label, problems)
            if variant == "numline":
                page = pdf.pages[s - 1]
                want = box["numline"]
                hits = [ln for ln in _lines(page) if ln.startswith(want + " ")]
                if not hits:
                    problems.append(f"{name}: {label!r}: no line starts with {want!r}")
            if variant == "scan":
                page = pdf.pages[s - 1]
                if page.chars or len(page.images) != 1:
                    problems.append(f"{name}: p{s} is not a single image without text")
            if "grid" in box:
                page = pdf.pages[s - 1]
                text = page.extract_text() or ""
                for lab, value in box["grid"]:
                    first = value if isinstance(value, str) else value[0]
                    row = [ln for ln in text.splitlines()
                           if ln.startswith(lab) and norm(first)[:12] in norm(ln)]
                    if not row:
                        problems.append(f"{name}: grid row {lab!r} not label-then-value")
        if report.get("twocol") and report["twocol"] <= len(pdf.pages):
            p = report["twocol"]
            page = pdf.pages[p - 1]
            mid = page.width / 2
            left = [c for c in page.chars if c["x1"] < mid - 5 and c["top"] > 70]
            right = [c for c in page.chars if c["x0"] > mid + 5 and c["top"] > 70]
            across = [c for c in page.chars if c["x0"] < mid < c["x1"] and 70 < c["top"]
                      < page.height - 50]
            if len(left) < 500 or len(right) < 500 or across:
                problems.append(f"{name}: p{p} is not a two-column page")


def _check_colsplit(page, box, entry, name, label, problems):
    """The box starts in the left column (heading, title, first words) and its last words
    are in the right column, with a fill in each column."""
    mid = page.width / 2
    left = norm(page.crop((0, 0, mid, page.height)).extract_text() or "")
    right = norm(page.crop((mid, 0, page.width, page.height)).extract_text() or "")
    words = body_words(box_body(box))
    if norm(box["label"] + box["title"]) not in left or norm(" ".join(words[:8])) not in left:
        problems.append(f"{name}: {label!r}: does not start in the left column")
    if norm(" ".join(words[-8:])) not in right or norm(" ".join(words[-8:])) in left:
        problems.append(f"{name}: {label!r}: does not end in the right column")
    fills = _fills(page, min_width=100)
    if not any(r["x1"] < mid for r in fills) or not any(r["x0"] > mid for r in fills):
        problems.append(f"{name}: {label!r}: no fill in each column")


def open_checks(pdf_path, expected_pages, problems):
    import pypdfium2
    doc = pypdfium2.PdfDocument(str(pdf_path))
    try:
        if len(doc) != expected_pages:
            problems.append(f"{pdf_path.name}: page counts differ")
        for i in range(len(doc)):
            doc[i].get_textpage().get_text_range()
    finally:
        doc.close()


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="verify the PDFs only")
    ap.add_argument("--only", help="build one module (no answers.json written)")
    args = ap.parse_args()
    mods = [args.only] if args.only else MODULES
    reports = [importlib.import_module(f"content.{m}").REPORT for m in mods]
    problems, entries = [], []
    with tempfile.TemporaryDirectory(prefix="holdout10-") as tmp:
        work = Path(tmp)
        for report in reports:
            pdf_path = HERE / report["file"]
            if not args.check:
                print(f"rendering {report['file']} with {report['producer']} ...", flush=True)
                shutil.copyfile(render(report, work), pdf_path)
            entry = answer_entry(report, pdf_path, problems)
            check_cases(report, pdf_path, entry, problems)
            open_checks(pdf_path, entry["page_count"], problems)
            entries.append(entry)
    key = {"reports": entries}
    key_path = HERE / "answers.json"
    if args.only:
        print(json.dumps(key, indent=1, ensure_ascii=False)[:4000])
    elif args.check:
        old = json.loads(key_path.read_text(encoding="utf-8"))
        if old != key:
            problems.append("answers.json differs from what the PDFs give")
    else:
        key_path.write_text(json.dumps(key, indent=1, ensure_ascii=False) + "\n",
                            encoding="utf-8")
    n_pr = sum(len(e["practices"]) for e in entries)
    n_de = sum(len(e["decoys"]) for e in entries)
    print(f"{len(entries)} reports, {n_pr} practices, {n_de} decoys, "
          f"{sum(e['page_count'] for e in entries)} pages")
    for e in entries:
        spans = ", ".join(f"{p['page_start']}-{p['page_end']}" for p in e["practices"])
        print(f"  {e['file']}: {e['page_count']} pages; practices on {spans}")
    for p in problems:
        print("PROBLEM:", p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())

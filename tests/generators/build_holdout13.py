#!/usr/bin/env python3
"""Build blind held-out set 13 (tests/holdout13/, PDFs) and web set 3 (tests/web_holdout3/).

Written blind (see tests/holdout13/README.md). Each PDF is drawn with the reportlab canvas
(holdout13/canvas_doc.py); every practice box records the page and bbox it was drawn in, and
the key's pages are *measured*: the box's title and its first and last eight body words must
be found with pdfplumber inside the recorded boxes, on the pages the content module expects.

    python tests/generators/build_holdout13.py          # render PDFs and pages, check, write keys
    python tests/generators/build_holdout13.py --check  # check the committed files against the keys
"""

import argparse
import importlib
import json
import re
import sys
import tempfile
from pathlib import Path

import pdfplumber

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
ROOT = HERE.parent
PDF_DIR = ROOT / "holdout13"
WEB_DIR = ROOT / "web_holdout3"
MODULES = ["r1_peel_lincolnshire", "r2_thematic_night", "r3_thematic_acquisitive"]
MAX_BYTES = 300_000


def norm(text):
    return re.sub(r"\s+", " ", text).strip()


def key_body(paragraphs):
    """Body as the key gives it: paragraphs joined by a blank line, footnote markers dropped."""
    return "\n\n".join(re.sub(r"\^\d", "", t) for t in paragraphs)


def _crop_text(pdf, page_no, bbox):
    page = pdf.pages[page_no - 1]
    x0, top, x1, bottom = bbox
    crop = page.crop((max(0, x0 - 1), max(0, top - 2), min(page.width, x1 + 1), min(page.height, bottom + 2)))
    return norm(crop.extract_text() or "")


def measure(mod, pdf_path, records, problems):
    name = pdf_path.name
    by_practice = {}
    for p, page, bbox in records:
        by_practice.setdefault(id(p), []).append((page, bbox))
    with pdfplumber.open(pdf_path) as pdf:
        page_count = len(pdf.pages)
        whole = norm(" ".join(pg.extract_text() or "" for pg in pdf.pages))
        out = []
        for p in mod.PRACTICES:
            frags = by_practice.get(id(p), [])
            if not frags:
                problems.append(f"{name}: {p['title']!r} not drawn")
                continue
            texts = [(pg, _crop_text(pdf, pg, bb)) for pg, bb in frags]
            words = norm(key_body(p["body"])).split()
            first, last = " ".join(words[:8]), " ".join(words[-8:])
            start = next((pg for pg, t in texts if first in t), None)
            end = next((pg for pg, t in reversed(texts) if last in t), None)
            if p["title"] and not any(norm(p["title"]) in t for _pg, t in texts):
                problems.append(f"{name}: title {p['title']!r} not found in its box")
            if (start, end) != tuple(p["expect"]):
                problems.append(f"{name}: {p['title']!r} pages {(start, end)} != expected {p['expect']}")
            for para in p["body"]:
                if norm(re.sub(r"\^\d", "", para)).split()[-1] not in whole:
                    problems.append(f"{name}: paragraph end missing: {para[-30:]!r}")
            entry = {k: p[k] for k in ("kind", "title", "forces")}
            entry.update(page_start=start, page_end=end, section=p["section"],
                         primary_area=p["primary_area"], areas=p["areas"],
                         body=key_body(p["body"]), whole_words=[])
            out.append(entry)
        for decoy in mod.DECOYS:
            if norm(decoy) not in whole:
                problems.append(f"{name}: decoy not on the pages: {decoy!r}")
    report = dict(mod.REPORT)
    report.update(page_count=page_count, practices=out, decoys=list(mod.DECOYS))
    return report


def build_pdfs(out_dir, problems):
    reports = []
    for m in MODULES:
        mod = importlib.import_module("holdout13." + m)
        path = out_dir / mod.REPORT["file"]
        doc = mod.build(str(path))
        if path.stat().st_size > MAX_BYTES:
            problems.append(f"{path.name}: {path.stat().st_size} bytes, over {MAX_BYTES}")
        reports.append(measure(mod, path, doc.records, problems))
    return reports


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--check", action="store_true")
    args = ap.parse_args()
    problems = []
    web = importlib.import_module("holdout13.web_pages")
    if args.check:
        with tempfile.TemporaryDirectory() as tmp:
            reports = build_pdfs(Path(tmp), problems)
        old = json.loads((PDF_DIR / "answers.json").read_text())
        if old != {"reports": reports}:
            problems.append("holdout13/answers.json differs from a fresh build")
        problems += web.check(WEB_DIR)
    else:
        reports = build_pdfs(PDF_DIR, problems)
        (PDF_DIR / "answers.json").write_text(json.dumps({"reports": reports}, indent=1, ensure_ascii=False) + "\n")
        web.write(WEB_DIR)
        problems += web.check(WEB_DIR)
    for line in problems:
        print("PROBLEM:", line)
    n = sum(len(r["practices"]) for r in reports)
    print(f"{len(reports)} PDF reports, {n} practices; {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Build the held-out test reports in tests/holdout/ and their answer key.

Unlike corpus/ (reportlab), these PDFs come from other producers:
  * headless Chromium printing HTML + CSS (tests/generators/holdout_content/html_render.py)
  * LibreOffice converting a python-docx .docx (tests/generators/holdout_content/docx_render.py)

Needs ``chromium`` and ``libreoffice`` on PATH, plus python-docx, pdfplumber and pypdfium2.
Page numbers in the key are not guessed: after rendering, every practice's first body words,
title and last words are looked up in the PDF text (whole page and each half-page column).
Reports with a contents page are rendered twice so that the contents page numbers are real.

    python tests/generators/build_holdout.py            # build, verify, write answers.json
    python tests/generators/build_holdout.py --check    # only verify the committed PDFs against the key
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

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "tests" / "holdout"
sys.path.insert(0, str(Path(__file__).resolve().parent))

from holdout_content.model import DECOY_KINDS, PRACTICE_KINDS, body_text, body_words, first_words  # noqa: E402

MODULES = [
    "h1_peel_lancashire",
    "h2_thematic_missing_children",
    "h3_thematic_hate_crime",
    "h4_peel_staffordshire",
    "h5_joint_electronic_monitoring",
]
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
    return "".join(text.split())


def page_texts(pdf_path):
    """Per page: normalised text of the whole page and of its left and right halves."""
    import pdfplumber
    pages = []
    with pdfplumber.open(pdf_path) as pdf:
        for page in pdf.pages:
            mid = page.width / 2
            variants = [page.extract_text() or ""]
            for box in ((0, 0, mid, page.height), (mid, 0, page.width, page.height)):
                variants.append(page.crop(box).extract_text() or "")
            pages.append([norm(v) for v in variants])
    return pages


def find_pages(pages, phrase, skip=0):
    key = norm(phrase)
    return [i + 1 for i, variants in enumerate(pages)
            if i + 1 > skip and any(key in v for v in variants)]


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


def run_libreoffice(docx_path, work):
    profile = Path(tempfile.mkdtemp(prefix="lo-profile-"))
    try:
        subprocess.run(["libreoffice", f"-env:UserInstallation={profile.as_uri()}",
                        "--headless", "--convert-to", "pdf", "--outdir", str(work),
                        str(docx_path)], check=True, capture_output=True, timeout=300)
    finally:
        shutil.rmtree(profile, ignore_errors=True)
    return work / (docx_path.stem + ".pdf")


def docx_to_pdf(doc, target, work, stem):
    """Save a python-docx document as work/<stem>.docx and convert it to ``target``."""
    docx_path = work / f"{stem}.docx"
    doc.save(docx_path)
    produced = run_libreoffice(docx_path, work)
    if produced != target:
        produced.replace(target)
    return target


def print_html(html, producer, target, work):
    """Print HTML to ``target`` with headless Chromium or WeasyPrint."""
    if producer == "chromium":
        run_chromium(html, target, work)
    elif producer == "weasyprint":
        from weasyprint import HTML
        (work / (target.stem + ".html")).write_text(html, encoding="utf-8")
        HTML(string=html).write_pdf(str(target))
    else:
        raise ValueError(producer)
    return target


def contents_page_map(report, pages):
    """Where each contents entry landed (searching after the contents page)."""
    from holdout_content.html_render import contents_entries
    result = {}
    for key, _text, _level in contents_entries(report):
        found = find_pages(pages, key[1], skip=2)
        if found:
            result[key] = found[0]
    return result


def render(report, work):
    """Render one report to work/<file>; two passes when it has a contents page."""
    target = work / report["file"]
    page_map = None
    for _ in range(2 if report.get("contents") else 1):
        if report["producer"] == "chromium":
            from holdout_content.html_render import render_html
            run_chromium(render_html(report, page_map), target, work)
        else:
            from holdout_content.docx_render import build_docx
            docx_path = work / (Path(report["file"]).stem + ".docx")
            build_docx(report, page_map).save(docx_path)
            produced = run_libreoffice(docx_path, work)
            if produced != target:
                produced.replace(target)
        page_map = contents_page_map(report, page_texts(target))
    return target


# ---------------------------------------------------------------- answer key

def answer_entry(report, pdf_path, problems, pages=None, decoy_kinds=DECOY_KINDS,
                 on_practice=lambda box, entry, pages: None):
    """The report's answer-key entry, measured from the PDF (``pages``: its page_texts);
    ``on_practice`` may check each practice further."""
    import pdfplumber
    pages = pages or page_texts(pdf_path)
    with pdfplumber.open(pdf_path) as pdf:
        page_count = len(pdf.pages)
    skip = 2 if report.get("contents") else 1  # cover (and contents) never hold a box
    practices, decoys = [], []
    section = ""
    name = report["file"]
    for block in report["blocks"]:
        if block[0] == "h1":
            section = block[1]
        elif block[0] == "p" and len(block) > 2 and block[2] == "decoy":
            decoys.append(first_words(block[1]))
            if not find_pages(pages, decoys[-1], skip):
                problems.append(f"{name}: decoy sentence not found: {decoys[-1]!r}")
        elif block[0] == "box":
            box = block[1]
            words = body_words(box["body"])
            if box["kind"] in decoy_kinds:
                decoys.append(" ".join(words[:10]))
                if not find_pages(pages, decoys[-1], skip):
                    problems.append(f"{name}: decoy box not found: {decoys[-1]!r}")
                continue
            assert box["kind"] in PRACTICE_KINDS, box["kind"]
            practices.append(locate_practice(box, section, words, pages, skip, name, problems))
            on_practice(box, practices[-1], pages)
    return {
        "file": name, "title": report["title"], "type": report["type"],
        "forces": report["forces"], "published": report["published"],
        "page_count": page_count, "practices": practices, "decoys": decoys,
    }


def locate_practice(box, section, words, pages, skip, name, problems):
    label = box.get("title") or " ".join(words[:8])
    starts = find_pages(pages, " ".join(words[:8]), skip)
    ends = find_pages(pages, " ".join(words[-8:]), skip)
    if len(starts) != 1 or len(ends) != 1:
        problems.append(f"{name}: {label!r}: first words on {starts}, last words on {ends}")
    start = starts[0] if starts else 0
    end = ends[0] if ends else 0
    if box.get("title"):
        titled = [p for p in find_pages(pages, box["title"], skip) if p <= start]
        if not titled or titled[-1] < start - 1:
            problems.append(f"{name}: {label!r}: title not on/just before page {start}")
        else:
            start = titled[-1]
    if start not in find_pages(pages, box["label"], skip):
        problems.append(f"{name}: {label!r}: kind heading not on page {start}")
    # every paragraph / bullet must start and end inside the page range
    pieces = [p for item in box["body"] for p in ([item] if isinstance(item, str) else item)]
    for piece in pieces:
        pw = piece.split()
        for phrase in (" ".join(pw[:6]), " ".join(pw[-6:])):
            if not [p for p in find_pages(pages, phrase, skip) if start <= p <= end]:
                problems.append(f"{name}: {label!r}: {phrase!r} not on pages {start}-{end}")
    areas = box["areas"]
    if not set(areas) <= AREAS:
        problems.append(f"{name}: {label!r}: unknown area in {areas}")
    return {
        "kind": box["kind"], "title": box.get("title", ""), "forces": box["forces"],
        "page_start": start, "page_end": end, "section": section,
        "primary_area": areas[0], "areas": areas, "body": body_text(box["body"]),
        "whole_words": [],
    }


def open_checks(pdf_path, expected_pages, problems):
    import pdfplumber
    import pypdfium2
    with pdfplumber.open(pdf_path) as pdf:
        n = len(pdf.pages)
    doc = pypdfium2.PdfDocument(str(pdf_path))
    try:
        if len(doc) != n or n != expected_pages:
            problems.append(f"{pdf_path.name}: page counts differ ({n}, {len(doc)})")
        for i in range(len(doc)):
            doc[i].get_textpage().get_text_range()
    finally:
        doc.close()
    if not 3 <= n <= 8:
        problems.append(f"{pdf_path.name}: {n} pages (want 3-8)")


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="verify committed PDFs only")
    ap.add_argument("--only", help="build one module (no answers.json written)")
    args = ap.parse_args()
    return build(args, MODULES, OUT, render, answer_entry)


def build(args, modules, out, render_one, entry_for):
    """Render (unless --check) each module's report into ``out``, measure the answer key
    from the PDFs and write it (--check: compare it); 1 when there were problems."""
    mods = [args.only] if args.only else modules
    reports = [importlib.import_module(f"holdout_content.{m}").REPORT for m in mods]
    problems, entries = [], []
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="holdout-") as tmp:
        work = Path(tmp)
        for report in reports:
            pdf_path = out / report["file"]
            if not args.check:
                print(f"rendering {report['file']} with {report['producer']} ...", flush=True)
                shutil.copyfile(render_one(report, work), pdf_path)
            entry = entry_for(report, pdf_path, problems)
            open_checks(pdf_path, entry["page_count"], problems)
            entries.append(entry)
    key = {"reports": entries}
    key_path = out / "answers.json"
    if args.only:
        print(json.dumps(key, indent=1, ensure_ascii=False)[:3000])
    elif args.check:
        old = json.loads(key_path.read_text(encoding="utf-8"))
        if old != key:
            problems.append("answers.json differs from what the committed PDFs give")
    else:
        key_path.write_text(json.dumps(key, indent=1, ensure_ascii=False) + "\n",
                            encoding="utf-8")
    n_pr = sum(len(e["practices"]) for e in entries)
    n_de = sum(len(e["decoys"]) for e in entries)
    size = sum(p.stat().st_size for p in out.glob("*.pdf"))
    print(f"{len(entries)} reports, {n_pr} practices, {n_de} decoys, "
          f"{sum(e['page_count'] for e in entries)} pages, {size / 1024:.0f} KiB of PDF")
    for e in entries:
        spans = ", ".join(f"{p['page_start']}-{p['page_end']}" for p in e["practices"])
        print(f"  {e['file']}: {e['page_count']} pages; practices on {spans}")
    for p in problems:
        print("PROBLEM:", p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())

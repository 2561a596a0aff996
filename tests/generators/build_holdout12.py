#!/usr/bin/env python3
"""Build held-out set 12: tests/holdout12/ (PDFs) and tests/web_holdout2/ (web pages),
with their answer keys (answers.json).

Written blind: without reading or running practicedb. PDFs are printed from HTML
(holdout12/render.py) by headless Chromium or WeasyPrint; the key's pages are measured
with set 10's reading code (pdfplumber text of each page and of each half page): first
and last eight body words, title and kind heading; every piece of the body must lie on
the practice's pages, and the pages must equal what each box was meant to have
(``expect``). The web pages (tests/web_holdout2/*.html) are written by hand and their keys
by hand in holdout12/web_*.py; each body line, title and decoy is checked against the
page's text, and each section against the last level-2 heading above the body.

    .venv/bin/python tests/generators/build_holdout12.py           # render, verify, write keys
    .venv/bin/python tests/generators/build_holdout12.py --check   # verify files against keys
"""

import argparse
import importlib
import json
import re
import shutil
import sys
import tempfile
from html import unescape
from pathlib import Path

GENERATORS = Path(__file__).resolve().parent
sys.path.insert(0, str(GENERATORS))

import build_holdout10 as shared  # noqa: E402  (set 10's reading code)

OUT = GENERATORS.parent / "holdout12"
WEB_OUT = GENERATORS.parent / "web_holdout2"
MODULES = ["p1_peel_staffordshire", "p2_thematic_neighbourhoods", "p3_thematic_missing"]
WEB_MODULES = ["web_peel_norfolk", "web_thematic_digital"]
PRACTICE_KINDS = ("innovative", "promising", "notable", "good")
MAX_BYTES = 300_000


def _pieces(body):
    """Runs of text that print together: paragraphs, bullets, list items, table rows."""
    for item in body:
        if isinstance(item, str):
            yield item
        elif isinstance(item, list):
            yield from item
        elif item[0] == "ol":
            yield from item[1]
        else:
            yield from (" ".join(row) for row in item[1])


def body_text(body):
    """The key's body: blocks split by a blank line; bullets "- " lines, numbered items
    "1. " lines, a table one line per row with its cells split by a space."""
    parts = []
    for item in body:
        if isinstance(item, str):
            parts.append(item)
        elif isinstance(item, list):
            parts.append("\n".join("- " + b for b in item))
        elif item[0] == "ol":
            parts.append("\n".join(f"- {t}" for t in item[1]))  # list items as "- ", numbered too
        else:
            parts.append("\n".join(" ".join(row) for row in item[1]))
    return "\n\n".join(parts)


def _first(text, n=10):
    return " ".join(text.split()[:n])


def _boxes(block):
    if block[0] == "box":
        return [block[1]]
    if block[0] == "pair":
        return [block[1], block[2]]
    if block[0] == "sidebar":
        return [block[1]]
    return []


def _locate(box, section, pages, name, problems):
    words = [w for p in _pieces(box["body"]) for w in p.split()]
    title = box.get("title", "")
    label = title or " ".join(words[:8])
    starts = shared.find_pages(pages, " ".join(words[:8]))
    ends = shared.find_pages(pages, " ".join(words[-8:]))
    if len(starts) != 1 or len(ends) != 1:
        problems.append(f"{name}: {label!r}: first words on {starts}, last words on {ends}")
    start, end = (starts or [0])[0], (ends or [0])[0]
    if title and start not in shared.find_pages(pages, title):
        problems.append(f"{name}: {label!r}: title not on page {start}")
    if start not in shared.find_pages(pages, box["label"]):
        problems.append(f"{name}: {label!r}: kind heading not on page {start}")
    for piece in _pieces(box["body"]):
        pw = piece.split()
        for phrase in (" ".join(pw[:6]), " ".join(pw[-6:])):
            if not [p for p in shared.find_pages(pages, phrase) if start <= p <= end]:
                problems.append(f"{name}: {label!r}: {phrase!r} not on pages {start}-{end}")
    if tuple(box["expect"]) != (start, end):
        problems.append(f"{name}: {label!r}: on pages {start}-{end}, meant {box['expect']}")
    if (box.get("variant") == "split") != (start != end):
        problems.append(f"{name}: {label!r}: split is {start != end}, meant otherwise")
    if box.get("run") == "right-to-left" and start and end:
        # starts in the right column of its first page, ends in the left of the next
        head, tail = (shared.norm(" ".join(ws)) for ws in (words[:8], words[-8:]))
        if head not in pages[start - 1][2] or tail not in pages[end - 1][1]:
            problems.append(f"{name}: {label!r}: not a right-column to left-column run")
        if shared.norm(box["label"]) in pages[end - 1][1][:200]:
            problems.append(f"{name}: {label!r}: heading repeated at the top of p{end}")
    if not set(box["areas"]) <= shared.AREAS:
        problems.append(f"{name}: {label!r}: unknown area in {box['areas']}")
    return {
        "kind": box["kind"], "title": title, "forces": box["forces"],
        "page_start": start, "page_end": end, "section": section,
        "primary_area": box["areas"][0], "areas": box["areas"],
        "body": body_text(box["body"]), "whole_words": [],
    }


def page_texts(pdf_path, cuts=()):
    """Per page: normalised text of the whole page, of each half, and of each side of
    every extra vertical cut (a label column's or a sidebar's edge, in points)."""
    import pdfplumber
    pages = []
    with pdfplumber.open(pdf_path) as pdf:
        for page in pdf.pages:
            variants = [page.extract_text() or ""]
            for x in (page.width / 2, *cuts):
                for box in ((0, 0, x, page.height), (x, 0, page.width, page.height)):
                    variants.append(page.crop(box).extract_text() or "")
            pages.append([shared.norm(v) for v in variants])
    return pages


def measure(report, pdf_path, problems):
    import pdfplumber
    pages = page_texts(pdf_path, report.get("cuts", ()))
    with pdfplumber.open(pdf_path) as pdf:
        page_count = len(pdf.pages)
    name = report["file"]
    practices, decoys, section = [], [], ""

    def found(text, what):
        decoys.append(text)
        if not shared.find_pages(pages, text, skip=0):
            problems.append(f"{name}: {what} not found: {text!r}")

    for block in report["blocks"]:
        tag = block[0]
        if tag == "h1":
            section = block[1]
        elif tag == "p" and len(block) > 2 and block[2] == "decoy":
            mention = next(t for t in re.split(r"(?<=\.) ", block[1]) if "practice" in t)
            found(_first(mention), "decoy sentence")
        elif tag == "contents":
            for text, _page in block[1]:
                if "practice" in text.lower():
                    found(text, "contents entry")
        elif tag == "glossary":
            for term, definition in block[2]:
                if "practice" in term.lower():
                    found(_first(definition), "glossary entry")
        elif tag == "numlist":
            num, text = block[2][0]
            found(f"{num} {_first(text, 8)}", "numbered summary")
        for box in _boxes(block):
            if box["kind"] in PRACTICE_KINDS:
                practices.append(_locate(box, section, pages, name, problems))
            else:
                words = [w for p in _pieces(box["body"]) for w in p.split()]
                found(" ".join(words[:10]), "decoy box")
    shared.open_checks(pdf_path, page_count, problems)
    if pdf_path.stat().st_size > MAX_BYTES:
        problems.append(f"{name}: {pdf_path.stat().st_size} bytes")
    return {
        "file": name, "title": report["title"], "type": report["type"],
        "forces": report["forces"], "published": report["published"],
        "page_count": page_count, "practices": practices, "decoys": decoys,
    }


def render(report, work):
    from holdout12.render import render_html
    target = work / report["file"]
    html = render_html(report)
    if report["producer"] == "chromium":
        shared.run_chromium(html, target, work)
    elif report["producer"] == "weasyprint":
        import weasyprint
        weasyprint.HTML(string=html, base_url=str(work)).write_pdf(target)
    else:
        raise ValueError(report["producer"])
    return target


def _page_text(html):
    """A web page's visible text, tags dropped, whitespace folded (<head> and <sup> gone)."""
    html = re.sub(r"(?is)<(head|script|style|sup)\b.*?</\1>", " ", html)
    return " ".join(unescape(re.sub(r"<[^>]+>", " ", html)).split())


_H2 = re.compile(r'<h2[^>]*>(.*?)</h2>|<div role="heading" aria-level="2"[^>]*>(.*?)</div>')


def _section_above(html, body):
    """The last level-2 heading (<h2> or an aria-level 2 div) before the body's start."""
    flat = " ".join(unescape(html).split())
    at = flat.find(body[:40])
    heads = [m.group(1) or m.group(2) for m in _H2.finditer(flat, 0, max(at, 0))]
    return heads[-1] if at >= 0 and heads else None


def check_web(module, problems):
    html = (WEB_OUT / module.KEY["file"]).read_text(encoding="utf-8")
    text = _page_text(html)
    entry = module.KEY
    name = entry["file"]
    if entry["title"] not in text:
        problems.append(f"{name}: title not on the page")
    for practice in entry["practices"]:
        if practice["title"] and practice["title"] not in text:
            problems.append(f"{name}: title {practice['title']!r} not on the page")
        for line in practice["body"].replace("\n\n", "\n").split("\n"):
            line = re.sub(r"^(- |\d+\. )", "", line)
            if line not in text:
                problems.append(f"{name}: body line not on the page: {line[:60]!r}")
        if not set(practice["areas"]) <= shared.AREAS or \
                practice["primary_area"] != practice["areas"][0]:
            problems.append(f"{name}: bad areas {practice['areas']}")
        above = _section_above(html, practice["body"])
        if above != practice["section"]:
            problems.append(f"{name}: section {practice['section']!r}, above is {above!r}")
    for decoy in entry["decoys"]:
        if decoy not in text:
            problems.append(f"{name}: decoy not on the page: {decoy!r}")
    return entry


def _summary(entries):
    practices = [p for e in entries for p in e["practices"]]
    kinds = {}
    for p in practices:
        kinds[p["kind"]] = kinds.get(p["kind"], 0) + 1
    lines = [f"{len(entries)} reports, {len(practices)} practices {kinds}, "
             f"{sum(len(e['decoys']) for e in entries)} decoys"]
    for e in entries:
        spans = ", ".join(f"{p['page_start']}-{p['page_end']}" for p in e["practices"])
        lines.append(f"  {e['file']}: {e['page_count']} pages; practices on {spans}")
    return lines


def _write_or_check(path, key, check, problems):
    if check:
        if json.loads(path.read_text(encoding="utf-8")) != key:
            problems.append(f"{path}: differs from what the files give")
    else:
        path.write_text(json.dumps(key, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="verify the committed files only")
    ap.add_argument("--only", help="render one PDF module (keys not written)")
    args = ap.parse_args()
    names = [args.only] if args.only else MODULES
    reports = [importlib.import_module(f"holdout12.{n}").REPORT for n in names]
    problems = []
    OUT.mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="holdout12-") as tmp:
        for report in reports:
            if not args.check:
                print(f"rendering {report['file']} with {report['producer']} ...", flush=True)
                shutil.copyfile(render(report, Path(tmp)), OUT / report["file"])
        entries = [measure(r, OUT / r["file"], problems) for r in reports]
    print("\n".join(_summary(entries)))
    if args.only:
        print(json.dumps(entries, indent=1, ensure_ascii=False)[:3000])
    else:
        _write_or_check(OUT / "answers.json", {"reports": entries}, args.check, problems)
        WEB_OUT.mkdir(exist_ok=True)
        web = []
        for n in WEB_MODULES:
            web.append(check_web(importlib.import_module(f"holdout12.{n}"), problems))
        _write_or_check(WEB_OUT / "answers.json", {"reports": web}, args.check, problems)
        print("\n".join(_summary(web)))
    for p in problems:
        print("PROBLEM:", p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())

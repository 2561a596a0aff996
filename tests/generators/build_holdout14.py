"""Build blind set 14 (tests/holdout14, PDFs) and web set 4 (tests/web_holdout4).

    python tests/generators/build_holdout14.py          # render, measure, write keys
    python tests/generators/build_holdout14.py --check  # re-measure against the keys

Pages are measured with pdfplumber: a practice starts on the page holding the first eight
words of its body and ends on the page holding the last eight (whitespace, hyphens and
soft hyphens ignored, so justified text hyphenated at line ends still matches). Each
phrase must be found on exactly one page. The annex's page numbers come from a first
render; the report is rendered again with them and must measure the same.
"""

import json
import re
import shutil
import subprocess
import sys
import tempfile
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(Path(__file__).resolve().parent))

from holdout14 import pdf_content, render, web_content  # noqa: E402

PDF_DIR, WEB_DIR = ROOT / "tests" / "holdout14", ROOT / "tests" / "web_holdout4"
MAX_BYTES = 300_000
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
         "--disable-background-networking", "--disable-component-update",
         "--disable-sync", "--no-pdf-header-footer"]


def norm(text):
    text = unicodedata.normalize("NFKC", text)
    text = text.replace("\u2019", "'").replace("\u2018", "'")
    return re.sub(r"[\s\-\u00ad\u2010\u2011]", "", text)


def produce(report, html, out):
    if report["producer"] == "weasyprint":
        import weasyprint
        weasyprint.HTML(string=html, base_url=str(ROOT)).write_pdf(out)
        return
    work = Path(tempfile.mkdtemp(prefix="h14-"))
    try:
        src = work / "r.html"
        src.write_text(html, encoding="utf-8")
        subprocess.run(["chromium", *FLAGS, f"--user-data-dir={work / 'p'}",
                        f"--print-to-pdf={out}", src.as_uri()],
                       check=True, capture_output=True, timeout=180)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def items(report):
    """(item, section) for every practice and decoy, in reading order."""
    section = ""
    for b in report["blocks"]:
        if b[0] == "h1":
            section = b[1]
        elif b[0] == "box":
            yield b[1], section
        elif b[0] == "grid2":
            for col in b[1:]:
                yield from items({"blocks": [("h1", section), *col]})
        elif b[0] in ("ol", "table"):
            for e in b[1] if b[0] == "ol" else b[2]:
                if isinstance(e, dict):
                    yield e, section


def mentions(report):
    out = []
    for b in report["blocks"]:
        if b[0] == "p":
            for s in re.split(r"(?<=\.) ", b[1]):
                if re.match(r"We found (innovative|promising|notable|good) practice", s):
                    out.append(" ".join(s.split()[:10]).rstrip(","))
        elif b[0] == "contents":
            out += [x for x in b[1] if "practice:" in x]
    return out


def page_texts(pdf):
    """Per page: its text, then each table cell's and each half page's (table rows and
    two-column pages interleave in the page text)."""
    import pdfplumber
    out = []
    with pdfplumber.open(pdf) as doc:
        for page in doc.pages:
            cells = [c or "" for t in page.extract_tables() for row in t for c in row]
            mid = page.width / 2
            halves = [page.crop(b).extract_text() or "" for b in
                      ((0, 0, mid, page.height), (mid, 0, page.width, page.height))]
            out.append("\n".join([page.extract_text() or "", *cells, *halves]))
    return out


def find(texts, phrase):
    key = norm(phrase)
    hits = [i + 1 for i, t in enumerate(texts) if key in norm(t)]
    if len(hits) != 1:
        raise SystemExit(f"{phrase!r} found on pages {hits}")
    return hits[0]


def whole_words(texts, first, last, body):
    """Hyphenated words of the body split at their own hyphen by a line break."""
    out = []
    for t in texts[first - 1:last]:
        lines = t.split("\n")
        for a, b in zip(lines, lines[1:]):
            if a.endswith("-") and b.split():
                word = a.split()[-1] + b.split()[0]
                word = word.strip(".,;:")
                if word in body.split() or word in re.findall(r"[\w'-]+", body):
                    out.append(word)
    return out


def measure(report, pdf):
    texts = page_texts(pdf)
    practices, decoys = [], []
    for item, section in items(report):
        words = " ".join(item["body"]).split()
        if item.get("decoy"):
            decoys.append(" ".join(words[:10]))
            continue
        first = find(texts, " ".join(words[:8]))
        last = find(texts, " ".join(words[-8:]))
        body = "\n\n".join(item["body"])
        if item.get("expect") and item["expect"] != (first, last):
            raise SystemExit(f"{item['title']!r} on {first}-{last}, not {item['expect']}")
        practices.append({
            "kind": item["kind"], "title": item["title"], "forces": item["forces"],
            "page_start": first, "page_end": last, "section": section,
            "primary_area": item["area"], "areas": item["areas"], "body": body,
            "whole_words": whole_words(texts, first, last, body)})
    return texts, practices, mentions(report) + decoys


def annex_rows(report, practices):
    rows = []
    for p in practices:
        label = render.KIND_LABEL[p["kind"]]
        rows.append((f"{label}: {p['title']}" if p["title"] else
                     f"{label} ({', '.join(p['forces'])})", p["section"], p["page_start"]))
    return rows


def build_pdf(report):
    out = PDF_DIR / report["file"]
    has_annex = any(b[0] == "annex" for b in report["blocks"])
    produce(report, render.html(report, [("", "", 0)] * 9), out)
    texts, practices, decoys = measure(report, out)
    if has_annex:
        rows = annex_rows(report, practices)
        produce(report, render.html(report, rows), out)
        texts, again, decoys = measure(report, out)
        if again != practices:
            raise SystemExit(f"{report['file']}: annex moved the boxes")
        decoys.append(f"{rows[0][0]} {rows[0][1]} {rows[0][2]}")
    if out.stat().st_size > MAX_BYTES:
        raise SystemExit(f"{out.name} is {out.stat().st_size} bytes")
    forces = report.get("forces") or list(dict.fromkeys(
        f for p in practices for f in p["forces"]))
    return {"file": report["file"], "title": report["title"], "type": report["type"],
            "forces": forces, "published": report["published"],
            "page_count": len(texts), "practices": practices, "decoys": decoys}


def main():
    check = "--check" in sys.argv
    PDF_DIR.mkdir(parents=True, exist_ok=True)
    WEB_DIR.mkdir(parents=True, exist_ok=True)
    pdf_key = {"reports": [build_pdf(r) for r in pdf_content.REPORTS]}
    web_key = {"reports": [web_content.build(r, WEB_DIR) for r in web_content.REPORTS]}
    for key, path in ((pdf_key, PDF_DIR / "answers.json"),
                      (web_key, WEB_DIR / "answers.json")):
        text = json.dumps(key, indent=1, ensure_ascii=False) + "\n"
        if check:
            if path.read_text(encoding="utf-8") != text:
                raise SystemExit(f"{path} differs from the measured key")
        else:
            path.write_text(text, encoding="utf-8")
    n = sum(len(r["practices"]) for r in pdf_key["reports"])
    w = sum(len(r["practices"]) for r in web_key["reports"])
    sys.stdout.write(f"PDF practices {n}, web practices {w}\n")


if __name__ == "__main__":
    main()

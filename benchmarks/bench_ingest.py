"""Ingest speed and memory: prints figures (not a test).

    python benchmarks/bench_ingest.py                  # every answer key's PDFs + a 300-page report
    python benchmarks/bench_ingest.py --pages 300 --every 1   # every page holds a practice box

Runs in one go, on the same files, each in a fresh subprocess (so its peak memory, max
RSS, is its own): practicedb's extract_report with the PDFium layout and with the
pdfplumber layout; the naive pass (pdfplumber words with font name and size, plus rects,
on every page); and raw pypdfium2 text extraction of every page. The box-dense set is the
PDFs of every answer key (corpus/, tests/holdout*/) except those with a page read by OCR
(none of the other passes reads pictures, so a report with a scanned page is left out).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

_EXTRACT = """
import json, resource, sys, time
from pathlib import Path
import pdfplumber  # noqa: F401 - imported before the clock, as the naive pass does
import practicedb.extraction.boxes  # noqa: F401 - likewise its own modules
from practicedb.extraction import extract_report
engine, files = sys.argv[1], sys.argv[2:]
t, cpu = time.perf_counter(), time.process_time()
pages = practices = 0
for f in files:
    r = extract_report(Path(f), engine=engine)
    pages += r.page_count
    practices += len(r.practices)
print(json.dumps({"seconds": time.perf_counter() - t, "cpu": time.process_time() - cpu,
                  "pages": pages, "practices": practices,
                  "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""

_NAIVE = """
import json, resource, sys, time
import pdfplumber
t, cpu = time.perf_counter(), time.process_time()
n = 0
for f in sys.argv[2:]:
    with pdfplumber.open(f) as pdf:
        for page in pdf.pages:
            page.extract_words(extra_attrs=["fontname", "size"])
            page.rects
            page.close()
            n += 1
print(json.dumps({"seconds": time.perf_counter() - t, "cpu": time.process_time() - cpu,
                  "pages": n,
                  "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""

_RAW = """
import json, resource, sys, time
import pypdfium2 as pdfium
t, cpu = time.perf_counter(), time.process_time()
n = 0
for f in sys.argv[2:]:
    doc = pdfium.PdfDocument(f)
    for i in range(len(doc)):
        page = doc[i]
        tp = page.get_textpage()
        tp.get_text_range()
        tp.close()
        page.close()
        n += 1
    doc.close()
print(json.dumps({"seconds": time.perf_counter() - t, "cpu": time.process_time() - cpu,
                  "pages": n,
                  "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def stitch(pages: int, every: int, out: Path) -> Path:
    """A long report from corpus pages: ordinary text pages, with a page holding a
    practice box every `every` pages (about the density of a real PEEL report)."""
    import re

    import pypdfium2 as pdfium

    sources = [pdfium.PdfDocument(str(p)) for p in sorted((ROOT / "corpus").glob("*.pdf"))]
    if not sources:
        sys.exit("corpus/ has no PDFs: run 'make corpus' first")
    kinds = re.compile(r"(innovative|promising|notable|good) practice", re.I)
    plain, boxed = [], []
    for doc in sources:
        for i in range(1, len(doc)):  # skip covers
            text = doc[i].get_textpage().get_text_range()
            (boxed if kinds.search(text) else plain).append((doc, i))
    out_doc = pdfium.PdfDocument.new()
    for n in range(pages):
        pool = boxed if n % every == every - 1 else plain
        doc, i = pool[n % len(pool)]
        out_doc.import_pages(doc, [i])
    out_doc.save(str(out))
    return out


def _run(script: str, files: list[Path], engine: str = "") -> dict:
    done = subprocess.run([sys.executable, "-c", script, engine or "-", *map(str, files)],
                          capture_output=True, text=True, check=True, cwd=ROOT)
    return json.loads(done.stdout.strip().splitlines()[-1])


def _key_files() -> list[Path]:
    files = []
    keys = sorted((ROOT / "tests").glob("holdout*/answers.json"))
    for key in [ROOT / "corpus" / "answers.json", *keys]:
        if key.exists():
            for r in json.loads(key.read_text("utf-8"))["reports"]:
                if not _has_scanned_page(key.parent / r["file"]):
                    files.append(key.parent / r["file"])
    return files


def _has_scanned_page(path: Path) -> bool:
    """A page that is a picture with no text layer (practicedb reads it by OCR, which none
    of the other passes does, so such a file is left out of the comparison)."""
    import pypdfium2 as pdfium
    import pypdfium2.raw as pdfium_c

    doc = pdfium.PdfDocument(str(path))
    try:
        for i in range(len(doc)):
            page = doc[i]
            textpage = page.get_textpage()
            text = textpage.get_text_range().strip()
            textpage.close()
            picture = len(text) < 20 and any(obj.type == pdfium_c.FPDF_PAGEOBJ_IMAGE
                                             for obj in page.get_objects())
            page.close()
            if picture:
                return True
        return False
    finally:
        doc.close()


def compare(label: str, files: list[Path]) -> None:
    """The four passes side by side on the same files: wall-clock pages/s, CPU seconds and
    pages per CPU-second (which a shared machine disturbs less), and the 1-minute load
    average before and after, so figures from a busy machine can be read for what they are."""
    load_before = os.getloadavg()[0]
    runs = {
        "practicedb (PDFium layout)": _run(_EXTRACT, files, "pdfium"),
        "practicedb (pdfplumber layout)": _run(_EXTRACT, files, "pdfplumber"),
        "naive pdfplumber (words+rects, every page)": _run(_NAIVE, files),
        "raw pypdfium2 text, every page": _run(_RAW, files),
    }
    load_after = os.getloadavg()[0]
    rate = {k: v["pages"] / v["seconds"] for k, v in runs.items()}
    cpu_rate = {k: v["pages"] / max(v["cpu"], 1e-9) for k, v in runs.items()}
    naive_key, raw_key = ("naive pdfplumber (words+rects, every page)",
                          "raw pypdfium2 text, every page")
    naive, raw = rate[naive_key], rate[raw_key]
    pages = runs[raw_key]["pages"]
    print(f"\n{label}: {len(files)} files, {pages} pages; 1-min load average "
          f"{load_before:.2f} before, {load_after:.2f} after ({os.cpu_count()} cores)")
    for k, v in runs.items():
        extra = f", {v['practices']} practices" if "practices" in v else ""
        print(f"  {k:44s} {rate[k]:7.1f} pages/s  {rate[k] / naive:5.2f}x naive  "
              f"{rate[k] / raw:5.3f} of raw  peak {v['rss_mb']:.0f} MB{extra}")
        print(f"  {'':44s} {v['cpu']:7.2f} CPU s  {cpu_rate[k]:7.1f} pages/CPU-s  "
              f"{cpu_rate[k] / cpu_rate[naive_key]:5.2f}x naive  "
              f"{cpu_rate[k] / cpu_rate[raw_key]:5.3f} of raw (CPU)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=300)
    parser.add_argument("--every", type=int, default=1,
                        help="one page with a practice box every N pages")
    parser.add_argument("--batch", action="store_true",
                        help="also time 'practicedb ingest corpus/' end to end")
    args = parser.parse_args()
    compare("Every answer key's PDFs (box-dense)", _key_files())
    with tempfile.TemporaryDirectory() as tmp:
        pdf = stitch(args.pages, args.every, Path(tmp) / "long-report.pdf")
        compare(f"A {args.pages}-page report stitched from corpus pages, a practice page "
                f"every {args.every}", [pdf])
        if args.batch:
            started = time.perf_counter()
            subprocess.run([sys.executable, "-m", "practicedb.cli", "--db", f"{tmp}/b.db",
                            "--index", f"{tmp}/idx", "ingest", str(ROOT / "corpus")],
                           check=True, cwd=ROOT, capture_output=True)
            print(f"practicedb ingest corpus/ (command, end to end, index included): "
                  f"{time.perf_counter() - started:.1f} s")


if __name__ == "__main__":
    main()

"""Ingest speed and memory: prints figures (not a test).

    python benchmarks/bench_ingest.py                 # a 300-page report stitched from corpus pages
    python benchmarks/bench_ingest.py --compare --every 1   # every page holds a practice box

Each measurement runs in a fresh subprocess so its peak memory (max RSS) is its own.
`--compare` also times plain pdfplumber text extraction of every page, the naive
approach the fast PDFium pass avoids.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

_EXTRACT = """
import json, resource, sys, time
from pathlib import Path
from practicedb.extraction import extract_report
t = time.perf_counter()
r = extract_report(Path(sys.argv[1]))
print(json.dumps({"seconds": time.perf_counter() - t, "pages": r.page_count,
                  "practices": len(r.practices),
                  "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""

_NAIVE = """
import json, resource, sys, time
import pdfplumber
t = time.perf_counter()
with pdfplumber.open(sys.argv[1]) as pdf:
    for page in pdf.pages:
        page.extract_text()
        page.close()
    n = len(pdf.pages)
print(json.dumps({"seconds": time.perf_counter() - t, "pages": n,
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


def _run(script: str, pdf: Path) -> dict:
    done = subprocess.run([sys.executable, "-c", script, str(pdf)], capture_output=True,
                          text=True, check=True, cwd=ROOT)
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=300)
    parser.add_argument("--every", type=int, default=20,
                        help="one page with a practice box every N pages")
    parser.add_argument("--compare", action="store_true", help="also time plain pdfplumber")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        pdf = stitch(args.pages, args.every, Path(tmp) / "long-report.pdf")
        size = pdf.stat().st_size / 1e6
        print(f"Stitched report: {args.pages} pages, a practice page every {args.every}, "
              f"{size:.1f} MB")
        ours = _run(_EXTRACT, pdf)
        print(f"practicedb extract_report: {ours['seconds']:.1f} s, "
              f"{ours['pages'] / ours['seconds']:.0f} pages/s, {ours['practices']} practices, "
              f"peak memory {ours['rss_mb']:.0f} MB")
        if args.compare:
            naive = _run(_NAIVE, pdf)
            print(f"plain pdfplumber, every page: {naive['seconds']:.1f} s, "
                  f"{naive['pages'] / naive['seconds']:.1f} pages/s, "
                  f"peak memory {naive['rss_mb']:.0f} MB")
        folder = Path(tmp) / "batch"
        folder.mkdir()
        for src in (ROOT / "corpus").glob("*.pdf"):
            (folder / src.name).write_bytes(src.read_bytes())
        started = time.perf_counter()
        subprocess.run([sys.executable, "-m", "practicedb.cli", "--db", f"{tmp}/b.db",
                        "--index", f"{tmp}/idx", "ingest", str(folder)], check=True,
                       cwd=ROOT, capture_output=True)
        print(f"practicedb ingest corpus/ (command, end to end, index included): "
              f"{time.perf_counter() - started:.1f} s")


if __name__ == "__main__":
    main()

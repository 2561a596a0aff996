"""Figures for reports that arrive on their own, on this machine:

    python benchmarks/bench_pickup.py [--runs 5]

1. follow: a first and a second `follow --once` against a local site (the test site in
   tests/pickup_server.py: an RSS feed of five entries, web pages, PDFs, a landing page):
   what each fetched and how many requests it made.
2. watch: seconds from a report PDF landing in a watched folder (written in one go) to its
   practices being found by a search, over several runs (median and range).
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # the repo root, for tests/

from practicedb import storage  # noqa: E402
from practicedb.classification import load_taxonomy  # noqa: E402
from practicedb.pickup import Fetcher, Target, follow_once, watch_folder  # noqa: E402
from practicedb.pipeline import classifier  # noqa: E402
from practicedb.search import IndexMissingError  # noqa: E402
from practicedb.search.finder import search  # noqa: E402
from tests.pickup_server import CORPUS, Site  # noqa: E402


def bench_follow(work: Path) -> None:
    site = Site()
    target = Target(storage.open_db(work / "f.db"), work / "f-idx",
                    classifier(load_taxonomy(None)), work / "reports")
    try:
        for run in ("first", "second"):
            started = time.monotonic()
            with Fetcher() as fetcher:
                r = follow_once(f"{site.base}/feed.xml", target, fetcher, wait=0)
            print(f"follow --once, {run} run: {r.source}, {r.entries} entries, {r.fetched} "
                  f"fetched, {sum(o.status == 'ingested' for o in r.outcomes)} read in, "
                  f"{len(r.added)} new practices, {r.requests} requests, "
                  f"{time.monotonic() - started:.1f} s")
    finally:
        site.close()


def bench_watch(work: Path, runs: int) -> None:
    folder, db_path, index = work / "inbox", work / "w.db", work / "w-idx"
    folder.mkdir()
    stop = threading.Event()
    ready = threading.Event()

    def run() -> None:
        target = Target(storage.open_db(db_path), index, classifier(load_taxonomy(None)),
                        work / "unused")
        ready.set()
        watch_folder(folder, target, lambda s: None, stop=stop)

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    ready.wait()
    time.sleep(1.0)  # let the watcher start
    pdfs = sorted(CORPUS.glob("*.pdf"))[:runs]
    seconds = []
    try:
        for pdf in pdfs:
            probe = storage.open_db(db_path)
            words = _probe_words(pdf)
            started = time.monotonic()
            shutil.copy(pdf, folder / pdf.name)
            while not _found(index, words):
                if time.monotonic() - started > 120:
                    raise SystemExit(f"{pdf.name}: not searchable after 120 s")
                time.sleep(0.05)
            seconds.append(time.monotonic() - started)
            probe.close()
    finally:
        stop.set()
        thread.join(10)
    print(f"watch: file landing -> its practices searchable, {len(seconds)} reports: median "
          f"{statistics.median(seconds):.1f} s, range {min(seconds):.1f}–{max(seconds):.1f} s "
          f"(settle time {1.0:g} s included)")


def _probe_words(pdf: Path) -> str:
    import json

    key = json.loads((CORPUS / "answers.json").read_text("utf-8"))
    report = next(r for r in key["reports"] if r["file"] == pdf.name)
    return f'title:"{report["practices"][0]["title"]}"'


def _found(index: Path, query: str) -> bool:
    try:
        return bool(search(index, query, limit=1))
    except IndexMissingError:
        return False


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        bench_follow(Path(tmp))
        bench_watch(Path(tmp), args.runs)


if __name__ == "__main__":
    main()

"""Search speed on a synthetic database of 50,000 practices (prints figures; not a test).

    .venv/bin/python benchmarks/bench_search.py              # builds once, cached under /tmp
    .venv/bin/python benchmarks/bench_search.py --rebuild    # force a fresh build

The practices are made from the vocabulary of the bundled corpus (its sentences, shuffled
and recombined) and the taxonomy's terms, with varied forces, areas, kinds and dates, so
term statistics look like real practice text. Prints: the index build time, in-process
latency of `index.find` (p50/p95 over 200 varied queries, a third with filters), the same
for `similarity.benchmark` and `similar`, and the wall time of the `practicedb search`
command end to end (a fresh process each time, as a user runs it).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import platform
import random
import re
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
CACHE = Path("/tmp/practicedb-bench")
N = 50_000
PER_REPORT = 10
SEED = 20250101


def _vocabulary() -> tuple[list[str], list[str], list[str]]:
    """(corpus sentences, corpus titles, taxonomy terms)."""
    from practicedb.classification import load_taxonomy

    answers = json.loads((REPO / "corpus" / "answers.json").read_text(encoding="utf-8"))
    sentences, titles = [], []
    for report in answers["reports"]:
        for p in report["practices"]:
            sentences += [s.strip() for s in re.split(r"(?<=[.;:])\s+", p["body"]) if s.strip()]
            if p["title"]:
                titles.append(p["title"])
    taxonomy = load_taxonomy()
    terms = [t for area in taxonomy.areas for t in area.terms]
    return sentences, titles, terms


def build(root: Path, n: int = N) -> tuple[Path, Path, float, float]:
    """Synthetic db + index under ``root``; returns (db, index dir, db secs, index secs)."""
    from practicedb import storage
    from practicedb.classification import load_taxonomy
    from practicedb.forces import all_forces
    from practicedb.models import KINDS, Practice, Report
    from practicedb.search import index

    rng = random.Random(SEED)
    sentences, titles, terms = _vocabulary()
    areas, forces = load_taxonomy().names, all_forces()
    root.mkdir(parents=True, exist_ok=True)
    db_path, index_dir = root / "bench.db", root / "index" / "practices"
    started = time.monotonic()
    db = storage.open_db(db_path)
    for r in range(n // PER_REPORT):
        force = rng.choice(forces)
        year = rng.randint(2014, 2025)
        practices = []
        for _ in range(PER_REPORT):
            words = rng.choice(titles).split()
            rng.shuffle(words)
            title = f"{rng.choice(terms).capitalize()} {' '.join(words[:4])}"
            body = " ".join(rng.sample(sentences, rng.randint(4, 8)))
            body += f" The work focuses on {rng.choice(terms)} and {rng.choice(terms)}."
            practices.append(Practice(
                rng.choice(KINDS), title, body, [force], rng.randint(1, 90), 0, None,
                rng.sample(areas, rng.randint(1, 3))))
        report = Report(f"Synthetic inspection {r} of {force}", "peel", [force],
                        f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}", 90,
                        f"synthetic-{r}.pdf", hashlib.sha256(str(r).encode()).hexdigest(),
                        practices)
        storage.store_report(db, report)
    db_secs = time.monotonic() - started
    started = time.monotonic()
    index.rebuild(index_dir, storage.iter_practices(db), source=storage.index_signature(db))
    db.close()
    return db_path, index_dir, db_secs, time.monotonic() - started


def queries(rng: random.Random) -> list[tuple[str, dict]]:
    """200 varied queries: words, acronyms, phrases, operators, fields, typos, long text;
    a third with filters."""
    sys.path.insert(0, str(REPO))
    from practicedb.classification import load_taxonomy
    from practicedb.forces import all_forces
    from tests.evaluation import search as eval_search

    _, judged = eval_search.load_queries()
    _, _, terms = _vocabulary()
    base = [q["text"] for q in judged] + [
        '"domestic abuse" AND custody', "title:drone OR \"body-worn video\"", "force:Kent victims",
        "area:\"victim care\" hub", "knife NOT county", "(stalking OR harassment) AND clinic",
        "safegaurding vulnrable adults", "investigaton standards", "mental helth triage",
        "burglary", "ASB", "IOM cohort", "MAPPA", "DVPN", "VAWG", "CSE", "RCRP", "THRIVE",
    ]
    areas, forces = load_taxonomy().names, all_forces()
    out = []
    for i in range(200):
        text = base[i] if i < len(base) else " ".join(rng.sample(terms, rng.randint(1, 4)))
        filters: dict = {}
        if i % 3 == 0:
            filters = rng.choice([{"areas": [rng.choice(areas)]}, {"forces": [rng.choice(forces)]},
                                  {"kinds": ["innovative"], "since": "2020-01-01"},
                                  {"since": "2022-01-01", "until": "2023-12-31"}])
        out.append((text, filters))
    return out


def _pct(values: list[float], p: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(round(p / 100 * (len(values) - 1))))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rebuild", action="store_true", help="ignore the cached build")
    parser.add_argument("-n", type=int, default=N, help="practices to generate")
    args = parser.parse_args()

    from practicedb import search, storage
    from practicedb.classification import load_taxonomy
    from practicedb.search import index, similarity
    from practicedb.search.query import load_glossary

    root = CACHE / f"n{args.n}"
    db_path, index_dir = root / "bench.db", root / "index" / "practices"
    if args.rebuild or not index.is_healthy(index_dir) or not db_path.exists():
        shutil.rmtree(root, ignore_errors=True)
        print(f"Building {args.n:,} synthetic practices in {root} ...", flush=True)
        db_path, index_dir, db_secs, ix_secs = build(root, args.n)
        print(f"database: {db_secs:.1f} s; search index build: {ix_secs:.1f} s")
    else:
        print(f"Using the cached build in {root} (--rebuild to time a fresh one)")
    size = sum(f.stat().st_size for f in index_dir.iterdir()) / 1e6
    print(f"index: {index.doc_count(index_dir):,} practices, {size:.0f} MB on disk")
    print(f"machine: {platform.processor() or platform.machine()}, {os.cpu_count()} cores, "
          f"Python {platform.python_version()}")

    glossary, taxonomy = load_glossary(None), load_taxonomy()
    db = storage.open_db(db_path)
    from practicedb.search import writing

    if writing.source_of(index_dir) != storage.index_signature(db):  # a build made before
        writing.mark_source(index_dir, storage.index_signature(db))  # indexes knew their db
    rng = random.Random(SEED)
    qs = queries(rng)
    search.find(index_dir, "warm up", glossary=glossary)  # first open reads the segment files

    def timed(fn) -> list[float]:  # type: ignore[no-untyped-def]
        out = []
        for text, filters in qs:
            started = time.perf_counter()
            fn(text, filters)
            out.append((time.perf_counter() - started) * 1000)
        return out

    def find(text: str, filters: dict) -> None:
        try:
            search.find(index_dir, text, glossary=glossary, limit=10, **filters)
        except index.QueryError:
            pass

    def bench(text: str, filters: dict) -> None:
        similarity.benchmark(db, index_dir, text, glossary=glossary, taxonomy=taxonomy,
                             limit=10, **filters)

    ids = [r[0] for r in db.execute("select id from practices order by random() limit 50")]

    def like(text: str, filters: dict) -> None:
        similarity.similar(db, index_dir, ids[len(text) % len(ids)], glossary=glossary,
                           limit=10, **filters)

    print(f"\nin-process latency over {len(qs)} queries (ms):")
    print(f"{'':<28}{'p50':>8}{'p95':>8}{'max':>8}")
    for name, fn in (("search (index.find)", find), ("benchmark --text", bench),
                     ("similar", like)):
        ms = timed(fn)
        print(f"{name:<28}{_pct(ms, 50):>8.1f}{_pct(ms, 95):>8.1f}{max(ms):>8.1f}")

    exe = Path(sys.executable).with_name("practicedb")
    walls = []
    for text, _ in qs[:15]:
        started = time.perf_counter()
        subprocess.run([str(exe), "--db", str(db_path), "--index", str(index_dir.parent),
                        "search", text, "--limit", "10"], check=False,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        walls.append(time.perf_counter() - started)
    print(f"\n`practicedb search` end to end (fresh process, {len(walls)} runs): "
          f"median {statistics.median(walls):.2f} s, max {max(walls):.2f} s")
    db.close()


if __name__ == "__main__":
    main()

"""kill -9 at random points while practicedb writes, then run again and compare (not a test).

    python benchmarks/kill_trials.py              # 50 trials
    python benchmarks/kill_trials.py --trials 10 --seed 7
    python benchmarks/kill_trials.py --focus assess   # kill only among the assessments

The corpus PDFs are read once (extraction writes nothing); each trial then starts a child
process that does the writing half of `ingest` (classify, store each report with its
reviews and log line: pipeline.store_file) for three copies of each corpus report, stores
a revised version of every report, records 60 assessments (reviews.assess) and
reclassifies. The parent kills the child with SIGKILL at a random moment, checks the
database as the kill left it (pages sound, history chain intact, no report without its
practices or a practice without its review, each review's status the same as its last
history row), runs the child again to completion and compares the practices, reviews
and history with an uninterrupted run.
"""

from __future__ import annotations

import argparse
import copy
import hashlib
import pickle
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ASSESSMENTS = 60
COPIES = 3
STATUSES = ("under review", "will adopt", "adopted", "not applicable")


def _revised(report):
    revised = copy.deepcopy(report)
    revised.sha256 = hashlib.sha256(f"revised {report.sha256}".encode()).hexdigest()
    if revised.practices:
        revised.practices[0].body += " (revised)"
    if len(revised.practices) > 1:
        revised.practices.pop()
    return revised


def _copies(reports: list) -> list:
    """COPIES distinct reports from each corpus report (titles, files and hashes differ)."""
    out = []
    for k in range(COPIES):
        for report in reports:
            other = copy.deepcopy(report)
            other.title = f"{report.title} (copy {k})"
            other.file_name = f"{k}-{report.file_name}"
            other.sha256 = hashlib.sha256(f"{k} {report.sha256}".encode()).hexdigest()
            out.append(other)
    return out


def child(db_path: str, cache: str) -> None:
    """The work that gets killed; run again, it carries on (as a person re-running would:
    unchanged files are skipped, an assessment already in the history is not repeated)."""
    from practicedb import pipeline, reviews, storage
    from practicedb.classification import load_taxonomy

    reports = _copies(pickle.loads(Path(cache).read_bytes()))
    db = storage.open_db(db_path)
    taxonomy = load_taxonomy(None)
    classify = pipeline.classifier(taxonomy)
    print("ready", flush=True)  # start-up done: the parent's clock starts now
    for version in (reports, [_revised(r) for r in reports]):
        for report in version:
            if not storage.is_known(db, report.sha256):
                classify(report)
                pipeline.store_file(db, report, Path("/corpus") / report.file_name)
    ids = [row[0] for row in db.execute(
        "select practice_id from reviews order by practice_id limit 10")]
    print("assessing", flush=True)
    for step in range(ASSESSMENTS):
        note = f"step {step}"
        if db.execute("select 1 from review_history where note = ?", [note]).fetchone():
            continue
        reviews.assess(db, ids[step % len(ids)], by="trial", status=STATUSES[step % 4],
                       note=note, due=f"2027-01-{step + 1:02d}")
    pipeline.reclassify_areas(db, taxonomy)


def _state(path: Path) -> dict:
    conn = sqlite3.connect(path)
    q = conn.execute
    state = {
        "reports": q("select id, sha256 from reports order by id").fetchall(),
        "practices": q("select id, report_id, seq, title, body, areas, withdrawn_at is null "
                       "from practices order by id").fetchall(),
        "reviews": q("select practice_id, area, status, due, note from reviews "
                     "order by practice_id, area").fetchall(),
        "history": q("select id, practice_id, area, by, from_status, to_status, from_due, "
                     "to_due, note from review_history order by id").fetchall(),
    }
    conn.close()
    return state


def _problems(path: Path, expected: dict[str, int]) -> list[str]:
    """What is wrong with the database as a kill left it ([] if nothing)."""
    from practicedb import storage
    from practicedb.storage import history, maintenance

    db = storage.open_db(path)
    out = [f"pages: {p}" for p in maintenance.quick_check(db.conn)]
    check = history.verify(db)
    if not check.intact:
        out.append(f"history broken at row {check.broken_at}")
    for sha, rid in db.execute("select sha256, id from reports").fetchall():
        if sha is None:
            out.append(f"report {rid} stored without its fingerprint")
            continue
        n = db.execute("select count(*) from practices where report_id = ? and "
                       "withdrawn_at is null", [rid]).fetchone()[0]
        if n != expected[sha]:
            out.append(f"report {rid}: {n} practices, expected {expected[sha]}")
    orphans = db.execute("select count(*) from practices p where withdrawn_at is null and "
                         "primary_area is not null and not exists (select 1 from reviews r "
                         "where r.practice_id = p.id)").fetchone()[0]
    if orphans:
        out.append(f"{orphans} practices without a review")
    for pid, area, status, due in db.execute(
            "select practice_id, area, status, due from reviews").fetchall():
        last = db.execute("select to_status, to_due from review_history where practice_id = ?"
                          " and area = ? order by id desc limit 1", [pid, area]).fetchone()
        if last != (status, due):
            out.append(f"review {pid} ({area}) says {status!r}, its history {last}")
    logged = db.execute("select count(*) from ingest_log where status = 'ingested'"
                        ).fetchone()[0]
    if logged != db.execute("select count(distinct sha256) from ingest_log where "
                            "status = 'ingested'").fetchone()[0]:
        out.append("a file was logged as ingested twice")
    db.close()
    return out


def _phase(path: Path) -> str:
    """Where the child was when it died, judged from what it had committed."""
    try:
        state = _state(path)
    except sqlite3.Error:
        return "start-up"
    assessed = sum(1 for r in state["history"] if r[3] == "trial")
    if assessed:
        return "assess" if assessed < ASSESSMENTS else "reclassify"
    if any(not r[6] for r in state["practices"]):  # the revisions withdraw practices
        return "revision"
    return "ingest"


def _run_child(db: Path, cache: Path) -> subprocess.Popen:
    proc = subprocess.Popen([sys.executable, __file__, "--child", str(db), str(cache)],
                            start_new_session=True, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    assert proc.stdout is not None
    proc.stdout.readline()  # "ready" (or "" if it failed to start)
    return proc


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--trials", type=int, default=50)
    parser.add_argument("--seed", type=int, default=8)
    parser.add_argument("--focus", choices=["all", "assess"], default="all",
                        help="kill anywhere (default), or only once the assessments began")
    parser.add_argument("--child", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(*args.child)
        return

    sys.path.insert(0, str(ROOT))
    from practicedb.extraction import extract_report

    work = Path(tempfile.mkdtemp(prefix="kill-trials-"))
    try:
        pdfs = sorted((ROOT / "corpus").glob("*.pdf"))
        from practicedb._util import sha256_file

        reports = [extract_report(p, sha256_file(p)) for p in pdfs]
        cache = work / "reports.pickle"
        cache.write_bytes(pickle.dumps(reports))
        copies = _copies(reports)
        expected = {r.sha256: len(r.practices) for r in copies}
        expected.update({_revised(r).sha256: len(_revised(r).practices) for r in copies})

        reference = work / "reference.db"
        proc = _run_child(reference, cache)
        started = time.monotonic()
        assert proc.stdout is not None
        proc.stdout.readline()  # "assessing"
        assess_from = time.monotonic() - started
        _, err = proc.communicate()
        if proc.returncode:
            raise SystemExit(f"the uninterrupted run failed:\n{err}")
        full = time.monotonic() - started
        want = _state(reference)
        print(f"{len(copies)} reports ({sum(expected[r.sha256] for r in copies)} practices), "
              f"then each revised, {ASSESSMENTS} assessments, reclassify: {full:.2f} s of "
              f"writing uninterrupted (after start-up; assessments from {assess_from:.2f} s)")

        rng = random.Random(args.seed)
        phases: dict[str, int] = {}
        broken, differ = [], []
        for trial in range(args.trials):
            db = work / f"t{trial}.db"
            proc = _run_child(db, cache)
            if args.focus == "assess":
                assert proc.stdout is not None
                proc.stdout.readline()  # "assessing": kill among the assessments
                delay = rng.uniform(0.0, full - assess_from)
            else:
                delay = rng.uniform(0.0, full)
            time.sleep(delay)
            finished = proc.poll() is not None
            if not finished:
                proc.send_signal(signal.SIGKILL)
            proc.wait()
            phase = "after the end" if finished else _phase(db)
            phases[phase] = phases.get(phase, 0) + 1
            if db.exists():
                found = _problems(db, expected)
                if found:
                    broken.append((trial, delay, phase, found))
            rerun = _run_child(db, cache)
            _, err = rerun.communicate()
            if rerun.returncode or _state(db) != want:
                differ.append((trial, delay, phase, err.strip().splitlines()[-1:]))
            for leftover in work.glob(f"t{trial}.db*"):
                leftover.unlink()
        print(f"{args.trials} trials, killed at {', '.join(f'{n} {p}' for p, n in phases.items())}")
        print(f"  left inconsistent by the kill: {len(broken)}")
        for trial, delay, phase, found in broken:
            print(f"    trial {trial} ({delay:.2f} s, {phase}): {'; '.join(found[:3])}")
        print(f"  different from the uninterrupted run after re-running: {len(differ)}")
        for trial, delay, phase, err in differ:
            print(f"    trial {trial} ({delay:.2f} s, {phase}): {err}")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()

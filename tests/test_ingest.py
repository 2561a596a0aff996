"""The ingest pipeline end to end: real PDFs, worker processes, time limits, bad files."""

from __future__ import annotations

import csv
import json
import shutil

import pytest
from click.testing import CliRunner

from practicedb import pipeline, storage
from practicedb.cli import cli
from practicedb.pipeline import ingest_paths
from tests.conftest import CORPUS, ROBUSTNESS, load_answers, make_reports


def _no_classify(report) -> None:
    for practice in report.practices:
        practice.areas = ["Victim care"]


def _corpus_files(n: int | None = None) -> list:
    answers = load_answers()
    files = [CORPUS / r["file"] for r in answers["reports"]]
    return files[:n] if n else files


def test_corpus_ingest_is_idempotent_with_stable_ids(tmp_path):
    answers = load_answers()
    db = storage.open_db(tmp_path / "p.db")
    first = ingest_paths([CORPUS], db, tmp_path / "idx", _no_classify)
    assert first.count("failed") == 0, [o.message for o in first.outcomes]
    expected = sum(len(r["practices"]) for r in answers["reports"])
    # corpus/web/ holds web editions of three of the reports: read, but the same reports.
    web = json.loads((CORPUS / "web" / "answers.json").read_text("utf-8"))["reports"]
    assert first.practices == expected + sum(len(r["practices"]) for r in web)
    assert db["practices"].count == expected and db["reports"].count == len(answers["reports"])
    ids = {r["id"]: r["first_seen"] for r in db.query("select id, first_seen from practices")}

    again = ingest_paths([CORPUS], db, tmp_path / "idx", _no_classify)
    assert again.count("unchanged") == len(answers["reports"]) + len(web)
    assert again.practices == 0

    # A revised copy (different bytes, same report) replaces in place: same ids, same first_seen.
    revised = tmp_path / "revised.pdf"
    revised.write_bytes(_corpus_files(1)[0].read_bytes() + b"\n% revised\n")
    third = ingest_paths([revised], db, tmp_path / "idx", _no_classify)
    assert third.count("ingested") == 1
    after = {r["id"]: r["first_seen"] for r in db.query("select id, first_seen from practices")}
    assert after == ids


def _manifest() -> list[dict]:
    if not ROBUSTNESS.exists():
        pytest.skip(f"robustness PDFs not found at {ROBUSTNESS} (the shared/ folder is absent)")
    with open(ROBUSTNESS / "MANIFEST.tsv", encoding="utf-8") as fh:
        return list(csv.DictReader(fh, delimiter="\t"))


def test_robustness_folder_never_stops_the_batch(tmp_path):
    manifest = _manifest()
    db = storage.open_db(tmp_path / "p.db")
    kept = make_reports()[0]
    pipeline.store(db, kept)
    before = db["practices"].count

    summary = ingest_paths([ROBUSTNESS], db, None, _no_classify, timeout=60)
    outcomes = {o.path.name: o for o in summary.outcomes}
    assert set(outcomes) == {row["file"] for row in manifest}
    problems = []
    for row in manifest:
        outcome = outcomes[row["file"]]
        expected = row["expected_behaviour"]
        if outcome.status == "failed":
            message = outcome.message
            if not message or "Traceback" in message or "Exception" in message:
                problems.append(f"{row['file']}: unclear message {message!r}")
        if expected == "extract" and outcome.status != "ingested":
            problems.append(f"{row['file']}: expected text, got {outcome.message!r}")
        if expected == "clear-error" and outcome.status != "failed":
            problems.append(f"{row['file']}: expected a clear error, got {outcome.status}")
        if expected == "no-text-warning" and not (
            (outcome.status == "failed" and "text" in outcome.message) or outcome.warnings
        ):
            problems.append(f"{row['file']}: expected a no-text warning, got {outcome}")
    assert not problems, "\n".join(problems)
    # every failure is logged, and nothing stored before was lost
    logged = {r["file_name"] for r in db.query("select file_name from ingest_log "
                                                "where status = 'failed'")}
    assert logged == {n for n, o in outcomes.items() if o.status == "failed"}
    assert db["practices"].count == before + sum(o.practices for o in summary.outcomes)


def test_time_limit_stops_a_slow_file_and_the_batch_goes_on(tmp_path):
    slow = ROBUSTNESS / "pdfjs__bug1978317.pdf"  # 65,000 objects: ~8 s on either engine
    if not slow.exists():
        pytest.skip(f"{slow} not found (the shared/ folder is absent)")
    good = _corpus_files(1)[0]
    db = storage.open_db(tmp_path / "p.db")
    # 3 s: far below the slow file's time, far above the good file's (~0.2 s once the
    # worker has started; library imports happen before the clock starts).
    summary = ingest_paths([slow, good], db, None, _no_classify, timeout=3, workers=1)
    outcomes = {o.path.name: o for o in summary.outcomes}
    assert outcomes[slow.name].status == "failed"
    assert "limit" in outcomes[slow.name].message
    assert outcomes[good.name].status == "ingested"


def test_cli_ingest_reports_bad_files_and_exits_1(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(_corpus_files(1)[0], folder / "good.pdf")
    (folder / "download.pdf").write_text("<html><body>403 Forbidden</body></html>")
    (folder / "empty.pdf").write_bytes(b"")
    result = CliRunner().invoke(
        cli, ["--db", str(tmp_path / "p.db"), "--index", str(tmp_path / "idx"), "ingest",
              str(folder)], catch_exceptions=False)
    assert result.exit_code == 1
    assert "download.pdf" in result.output and "empty.pdf" in result.output
    assert "1 file ingested" in result.output and "2 failed" in result.output
    assert "Traceback" not in result.output
    status = CliRunner().invoke(cli, ["--db", str(tmp_path / "p.db"), "status"])
    assert "download.pdf" in status.output


def test_ctrl_c_stops_at_once_and_keeps_finished_files(tmp_path):
    """A terminal's Ctrl-C (SIGINT to the whole process group) during a slow file."""
    import os
    import signal
    import sqlite3
    import subprocess
    import sys
    import time

    slow = ROBUSTNESS / "pdfjs__bug1978317.pdf"  # ~8 s on either engine
    if not slow.exists():
        pytest.skip(f"{slow} not found (the shared/ folder is absent)")
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(slow, folder / "a-slow.pdf")
    shutil.copy(_corpus_files(1)[0], folder / "b-good.pdf")
    db = tmp_path / "p.db"
    proc = subprocess.Popen(
        [sys.executable, "-m", "practicedb.cli", "--db", str(db), "--index", str(tmp_path / "i"),
         "ingest", "--workers", "2", str(folder)],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, start_new_session=True)
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:  # wait until the good file is stored
            try:
                with sqlite3.connect(db) as conn:
                    if conn.execute("select count(*) from reports").fetchone()[0]:
                        break
            except sqlite3.Error:
                pass
            time.sleep(0.2)
        os.killpg(proc.pid, signal.SIGINT)
        output, _ = proc.communicate(timeout=60)
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
    assert proc.returncode == 130, output
    assert "Stopped" in output and "Traceback" not in output
    with sqlite3.connect(db) as conn:
        assert conn.execute("select file_name from reports").fetchall() == [("b-good.pdf",)]

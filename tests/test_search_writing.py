"""Search while writing (issue 8): a search during an ingest or reindex answers from the
last complete index and never rebuilds it itself; interrupted rebuilds are cleaned up at
the next start; a full disk under the index is a plain message, not a traceback."""

from __future__ import annotations

import errno
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from practicedb import pipeline, storage
from practicedb.cli import cli
from practicedb.search import finder, writing
from practicedb.search import index as ix
from tests.conftest import REPO, make_reports
from tests.test_search_answers import _p, _report, make_db


@pytest.fixture
def db(tmp_path: Path):  # type: ignore[no-untyped-def]
    database = storage.open_db(make_db(tmp_path / "p.db"))
    pipeline.reindex(database, tmp_path / "ix")
    yield database
    database.close()


def test_searches_during_a_reindex_loop_in_another_process_never_fail(
        db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    code = ("import sys; from practicedb import pipeline, storage\n"
            "db = storage.open_db(sys.argv[1])\n"
            "while True: pipeline.reindex(db, sys.argv[2])\n")
    writer = subprocess.Popen([sys.executable, "-c", code, str(tmp_path / "p.db"),
                               str(tmp_path / "ix")], cwd=REPO)
    try:
        time.sleep(1.0)  # the writer is at work
        states, errors = set(), []
        deadline = time.monotonic() + 4
        while time.monotonic() < deadline:
            try:
                states.add(pipeline.ensure_index(db, tmp_path / "ix"))
                hits = finder.find(tmp_path / "ix", "drones missing").hits
                assert hits and hits[0].strength
            except Exception as exc:  # noqa: BLE001 - collected, then shown
                errors.append(f"{type(exc).__name__}: {exc}")
        assert errors == []
        assert "rebuilt" not in states  # never rebuilt by a search
        assert writer.poll() is None
    finally:
        writer.kill()
        writer.wait()


def test_a_search_during_an_ingest_answers_from_the_last_index(
        db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    index_dir = tmp_path / "ix"
    stored, release = threading.Event(), threading.Event()

    def ingest() -> None:  # what ingest_paths does: the lock over store + index sync
        own = storage.open_db(tmp_path / "p.db")
        with writing.writing(index_dir):
            stored_report = pipeline.store(own, _report(7, "Kent Police", [_p(
                "notable", "Kent drones", "Drones in Kent.", "Kent Police", "Victim care")]))
            stored.set()
            release.wait(10)
            pipeline.sync_index(own, index_dir, set(stored_report.added), set())
        own.close()

    thread = threading.Thread(target=ingest)
    thread.start()
    try:
        assert stored.wait(10)
        assert not pipeline.index_fresh(db, index_dir)
        assert pipeline.ensure_index(db, index_dir) == "updating"
        titles = [h.id for h in finder.find(index_dir, "drones").hits]
        assert titles and len(titles) == 2  # the last complete index: no Kent practice yet
    finally:
        release.set()
        thread.join()
    assert pipeline.ensure_index(db, index_dir) == "fresh"
    assert len(finder.find(index_dir, "drones").hits) == 3


def test_cli_search_during_a_writer_says_so(db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    root = tmp_path / "root"
    pipeline.reindex(db, root / "practices")
    storage.set_areas(db, next(storage.iter_practices(db))["id"], ["Investigations"])
    with writing.writing(root / "practices"):  # a writer at work: the index is now stale
        out = subprocess.run([sys.executable, "-m", "practicedb.cli", "--db",
                              str(tmp_path / "p.db"), "--index", str(root), "search", "drones"],
                             capture_output=True, text=True, cwd=REPO, timeout=60)
    assert out.returncode == 0, out.stderr
    assert "last complete index" in out.stderr and "Building" not in out.stderr
    assert "moors" in out.stdout  # answered, from the index as it was


def test_an_interrupted_rebuild_is_cleaned_up_at_the_next_start(
        db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    index_dir = tmp_path / "ix"
    code = ("import sys, time; from practicedb.search import index\n"
            "def slow():\n"
            "    for n in range(10**6):\n"
            "        yield {'id': str(n), 'title': 'x', 'body': 'drone ' * 50}\n"
            "        time.sleep(0.001)\n"
            "index.rebuild(sys.argv[1], slow())\n")
    child = subprocess.Popen([sys.executable, "-c", code, str(index_dir)], cwd=REPO)
    deadline = time.monotonic() + 20
    while not list(tmp_path.glob(".ix.tmp-*")) and time.monotonic() < deadline:
        time.sleep(0.1)
    time.sleep(0.5)
    os.kill(child.pid, signal.SIGKILL)
    child.wait()
    assert list(tmp_path.glob(".ix.tmp-*")), "the killed rebuild left its folder"
    pipeline.reindex(db, index_dir)
    assert list(tmp_path.glob(".ix.tmp-*")) == []
    assert pipeline.index_fresh(db, index_dir)


def _full_disk(*args: object, **kw: object) -> None:
    raise OSError(errno.ENOSPC, "No space left on device")


def test_a_full_disk_under_the_index_is_a_plain_message(
        db, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(ix.tempfile, "mkdtemp", _full_disk)
    with pytest.raises(ix.IndexDiskError, match="is full"):
        pipeline.reindex(db, tmp_path / "ix")
    base = ["--db", str(tmp_path / "p.db"), "--index", str(tmp_path / "cli-index")]
    for args in (["reindex"], ["search", "drones"]):
        result = CliRunner().invoke(cli, base + args)
        assert result.exit_code == 1, result.output
        assert "is full" in result.output and "Traceback" not in result.output


def test_a_full_disk_during_ingest_still_stores_and_says_why(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from practicedb.classification import load_taxonomy

    pdfs = sorted((REPO / "corpus").glob("*.pdf"))[:1]
    if not pdfs:
        pytest.skip("the bundled corpus is absent")
    monkeypatch.setattr(ix.tempfile, "mkdtemp", _full_disk)
    db = storage.open_db(tmp_path / "p.db")
    summary = pipeline.ingest_paths(pdfs, db, tmp_path / "ix" / "practices",
                                    pipeline.classifier(load_taxonomy()), workers=1)
    assert summary.count("ingested") == 1 and storage.practice_count(db) > 0
    assert "is full" in summary.index_message
    db.close()


def test_store_bumps_the_generation(tmp_path: Path) -> None:
    db = storage.open_db(tmp_path / "g.db")
    before = storage.index_signature(db)
    pipeline.store(db, make_reports()[0])
    after = storage.index_signature(db)
    assert before.split(":")[0] == after.split(":")[0] and before != after
    storage.bump_index_generation(db)
    assert storage.index_signature(db) != after
    other = storage.open_db(tmp_path / "h.db")
    assert storage.index_signature(other).split(":")[0] != after.split(":")[0]

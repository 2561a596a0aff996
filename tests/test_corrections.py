"""Corrections that stick: edits and hand-added practices survive re-ingest, also of a
revised file; who and when are kept; show lists them; the search index follows."""

from __future__ import annotations

import copy
import json

import pytest
from click.testing import CliRunner

from practicedb import pipeline, reviews, storage
from practicedb.classification import load_taxonomy
from practicedb.cli import cli
from tests.conftest import make_reports


@pytest.fixture
def db(tmp_path):
    db = storage.open_db(tmp_path / "p.db")
    storage.set_setting(db, "reviews-from", "2000-01-01", by="t")
    pipeline.store(db, make_reports()[0])
    return db


def _by_title(db, title_start: str) -> dict:
    return next(p for p in storage.iter_practices(db, include_withdrawn=True)
                if p["title"].startswith(title_start))


def test_edits_and_added_practices_survive_reingest_of_a_revised_file(db, tmp_path):
    harbour = _by_title(db, "Operation Harbour")["id"]
    changed = pipeline.correct(db, None, harbour, by="DI Khan",
                               title="Operation Harbour: safeguarding repeat victims of abuse",
                               areas=["Victim care"], kind="promising")
    assert changed == ["title", "areas", "kind"]
    # the untouched review followed the new primary area
    assert [r["area"] for r in reviews.practice_reviews(db, harbour)] == ["Victim care"]
    rid = db.execute("select id from reports").fetchone()[0]
    added = pipeline.add_practice(db, None, load_taxonomy(), rid, by="Insp Shah",
                                  title="Drones find missing people faster",
                                  body="The force flies drones to search for missing people.",
                                  page=14)
    assert _by_title(db, "Drones")["forces"] == ["Cumbria Constabulary"]
    assert reviews.practice_reviews(db, added)  # within reviews-from: a review is opened

    revised = copy.deepcopy(make_reports()[0])
    revised.sha256 = "9" * 64
    revised.practices[1].body += " Revised wording."
    stored = pipeline.store(db, revised)
    assert added not in stored.removed and added in stored.updated
    harbour_now = storage.get_practice(db, harbour)
    assert harbour_now["title"].endswith("repeat victims of abuse")
    assert harbour_now["areas"] == ["Victim care"] and harbour_now["kind"] == "promising"
    drones = storage.get_practice(db, added)
    assert drones and drones["withdrawn_at"] is None and drones["page_start"] == 14
    assert "Revised wording." in _by_title(db, "Burglary")["body"]
    fixes = storage.corrections_for(db, harbour)
    assert [(f["field"], f["by"]) for f in fixes] == [
        ("title", "DI Khan"), ("areas", "DI Khan"), ("kind", "DI Khan")]
    assert all(f["at"] for f in fixes)


def test_bad_corrections_are_refused_plainly(db):
    pid = _by_title(db, "Burglary")["id"]
    with pytest.raises(storage.CorrectionError, match="not a kind"):
        pipeline.correct(db, None, pid, by="x", kind="brilliant")
    with pytest.raises(storage.CorrectionError, match="No practice has the id"):
        pipeline.correct(db, None, "p-nope", by="x", title="New")
    assert pipeline.correct(db, None, pid, by="x", kind=_by_title(db, "Burglary")["kind"]) == []
    with pytest.raises(storage.CorrectionError, match="No stored report matches"):
        storage.find_report(db, "nothing like it")


def test_cli_edit_add_show_and_search(db, tmp_path):
    runner = CliRunner()
    base = ["--db", str(tmp_path / "p.db"), "--index", str(tmp_path / "idx")]
    pid = _by_title(db, "Burglary")["id"]
    done = runner.invoke(cli, base + ["edit", pid, "--title", "Burglary victims get a visit",
                                      "--area", "Victim care", "--by", "DI Khan"])
    assert done.exit_code == 0, done.output
    added = runner.invoke(cli, base + ["add", "--report", "peel-cumbria.pdf", "--title",
                                       "Drones find missing people", "--body",
                                       "Drones search for missing people at night.",
                                       "--page", "14", "--by", "Insp Shah"])
    assert added.exit_code == 0, added.output
    shown = runner.invoke(cli, base + ["show", pid])
    assert "title corrected to Burglary victims get a visit" in " ".join(shown.output.split())
    assert "by DI Khan" in shown.output
    data = json.loads(runner.invoke(cli, base + ["show", pid, "--json"]).output)
    assert [c["field"] for c in data["corrections"]] == ["title", "areas"]
    found = runner.invoke(cli, base + ["search", "drones", "--json"])
    assert found.exit_code == 0 and "Drones find missing people" in found.output
    bad = runner.invoke(cli, base + ["edit", pid, "--area", "Nonsense area"])
    assert bad.exit_code != 0 and "Traceback" not in bad.output

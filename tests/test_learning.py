"""Learning from the force: a practice like one a lead re-filed follows the correction, on
the next ingest and on reclassify; an unrelated one does not. Also: classification and
search share one stemmer (practicedb/text.py), the search index's stems unchanged."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from practicedb import pipeline, reviews, storage
from practicedb.classification import Corrections, decide, load_taxonomy
from practicedb.cli import cli
from practicedb.models import Practice
from tests.evaluation.classification import answer_keys
from tests.fixtures_pdf import Writer, _b, _r

ROOT = Path(__file__).parent.parent
VULNERABILITY = "Vulnerability and mental health"
ROADS_AND_OPS = "Roads and operational support"
RESPONSE = "Response policing"

DRONES_KENT = ("Protecting vulnerable people", "Drones search for missing people", [
    "The force flies drones with thermal cameras to search for missing people who may",
    "be at risk, such as people living with dementia who wander from home at night.",
    "Drone pilots join the search within an hour of the report being made."])
DRONES_ESSEX = ("Responding to the public", "Night-time drone searches for missing people", [
    "Drone pilots with thermal cameras now join the search for missing people at risk,",
    "such as people with dementia who wander from home, within an hour of a report.",
    "Officers say the drones find people faster than a search on foot at night."])
BURGLARY_ESSEX = ("Investigating crime", "Burglary investigators visit within a day", [
    "A team of detectives visits every victim of burglary within 24 hours, gathers",
    "forensic evidence and CCTV, and follows lines of enquiry to identify suspects."])


def _report(path: Path, force: str, practices: list[tuple[str, str, list[str]]]) -> Path:
    w = Writer(path, header=f"PEEL 2025 {force}")
    w.text("His Majesty's Inspectorate of Constabulary and Fire & Rescue Services", 10)
    w.gap(40)
    w.text("PEEL 2025: An inspection of", 26, True, lead=34)
    w.text(force, 26, True, lead=40)
    w.text("Published on: 14 June 2025", 13)
    for section, title, lines in practices:
        w.new_page()
        w.text(section, 16, True, lead=26)
        w.para(["We found promising practice in this area, described below."])
        w.box([_b("Promising practice", 12), _b(title)] + [_r(line) for line in lines])
    w.save()
    return path


def _areas(db, title: str) -> list[str]:
    return next(p["areas"] for p in storage.iter_practices(db) if p["title"] == title)


def _pid(db, title: str) -> str:
    return next(p["id"] for p in storage.iter_practices(db) if p["title"] == title)


@pytest.fixture
def setup(tmp_path):
    db = storage.open_db(tmp_path / "p.db")
    storage.set_setting(db, "reviews-from", "2000-01-01", by="t")
    taxonomy = load_taxonomy()
    kent = _report(tmp_path / "kent.pdf", "Kent Police", [DRONES_KENT])
    essex = _report(tmp_path / "essex.pdf", "Essex Police", [DRONES_ESSEX, BURGLARY_ESSEX])
    return db, taxonomy, kent, essex


def test_a_similar_practice_follows_an_edit_and_an_unrelated_one_does_not(setup, tmp_path):
    db, taxonomy, kent, essex = setup
    summary = pipeline.ingest_paths([kent], db, None, pipeline.classifier(taxonomy))
    assert summary.count("ingested") == 1
    drones = _pid(db, DRONES_KENT[1])
    assert _areas(db, DRONES_KENT[1])[0] == ROADS_AND_OPS  # drones: operational support

    # The lead re-files it, as `practicedb edit ID --area ...` does.
    pipeline.correct(db, None, drones, by="DI Khan", areas=[VULNERABILITY])
    # Before the force taught it, the Essex practice would go where Kent's went.
    before = Practice("promising", DRONES_ESSEX[1], " ".join(DRONES_ESSEX[2]),
                      section=DRONES_ESSEX[0])
    assert decide(before, taxonomy).areas[0] == ROADS_AND_OPS

    pipeline.ingest_paths([essex], db, None, pipeline.classifier(taxonomy))
    assert _areas(db, DRONES_ESSEX[1]) == [VULNERABILITY]  # followed the correction
    assert _areas(db, BURGLARY_ESSEX[1])[0] == "Investigations"  # unrelated: its own words
    essex_drones = _pid(db, DRONES_ESSEX[1])
    assert [r["area"] for r in reviews.practice_reviews(db, essex_drones)] == [VULNERABILITY]

    # Reclassify keeps the corrected practice as corrected, and the follower following.
    storage.set_areas(db, essex_drones, [ROADS_AND_OPS])
    pipeline.reclassify_areas(db, taxonomy)
    assert _areas(db, DRONES_KENT[1]) == [VULNERABILITY]
    assert _areas(db, DRONES_ESSEX[1]) == [VULNERABILITY]
    assert _areas(db, BURGLARY_ESSEX[1])[0] == "Investigations"

    # show says why (the reason is worked out again from the database).
    out = CliRunner().invoke(cli, ["--db", str(tmp_path / "p.db"), "show", essex_drones])
    assert out.exit_code == 0, out.output
    assert f"followed a correction of {drones}" in " ".join(out.output.split())


def test_without_a_correction_nothing_is_followed(setup):
    db, taxonomy, kent, essex = setup
    pipeline.ingest_paths([kent, essex], db, None, pipeline.classifier(taxonomy))
    assert _areas(db, DRONES_ESSEX[1])[0] == ROADS_AND_OPS
    assert pipeline.reclassify_areas(db, taxonomy) == 0


def test_an_area_taken_up_with_assess_is_learnt_as_a_further_area(setup):
    db, taxonomy, kent, essex = setup
    pipeline.ingest_paths([kent], db, None, pipeline.classifier(taxonomy))
    drones = _pid(db, DRONES_KENT[1])
    own = _areas(db, DRONES_KENT[1])
    assert RESPONSE not in own
    # `practicedb assess ID --area "Response policing" --status "under review"`
    reviews.assess(db, drones, by="DI Khan", area=RESPONSE, status="under review")
    pipeline.ingest_paths([essex], db, None, pipeline.classifier(taxonomy))
    assert _areas(db, DRONES_ESSEX[1]) == [own[0], RESPONSE]
    assert RESPONSE not in _areas(db, BURGLARY_ESSEX[1])
    assert _areas(db, DRONES_KENT[1]) == own  # the practice itself is not changed


# --- the nearest-correction classifier on its own ------------------------------------


def test_corrections_follow_only_close_neighbours():
    taxonomy = load_taxonomy()
    kent_text = f"{DRONES_KENT[1]}\n{' '.join(DRONES_KENT[2])}"
    corrections = Corrections([(kent_text, [VULNERABILITY, "No such area"], "p-kent")],
                              background=[kent_text, " ".join(BURGLARY_ESSEX[2])])
    near = Practice("promising", DRONES_ESSEX[1], " ".join(DRONES_ESSEX[2]))
    far = Practice("promising", BURGLARY_ESSEX[1], " ".join(BURGLARY_ESSEX[2]))
    d = decide(near, taxonomy, corrections=corrections)
    assert d.areas == [VULNERABILITY]  # an area no longer in the taxonomy is dropped
    assert d.followed is not None and d.followed.label == "p-kent"
    assert d.reason.startswith("followed a correction of p-kent")
    assert decide(far, taxonomy, corrections=corrections).followed is None
    assert Corrections([]).nearest("anything") is None
    sims = corrections.similarities(near.title + " " + near.body)
    assert corrections.threshold <= sims[0].similarity < 1


# --- one stemmer for search and classification --------------------------------------


def test_search_and_classification_share_whoosh_porter_stems():
    from whoosh.analysis import StemmingAnalyzer
    from whoosh.lang.porter import stem as whoosh_stem

    from practicedb.search.index import _schema
    from practicedb.text import stem

    words = set()
    for key in answer_keys():
        words |= set(re.findall(r"[a-z]+", key.read_text("utf-8").lower()))
    assert len(words) > 1000
    assert [w for w in sorted(words) if stem(w) != whoosh_stem(w)] == []
    text = " ".join(json.loads((ROOT / "corpus" / "answers.json").read_text("utf-8"))
                    ["reports"][0]["practices"][0]["body"] for _ in range(1))
    ours = [t.text for t in _schema()["body"].analyzer(text + " s.136 e-mail OCGs")]
    theirs = [t.text for t in StemmingAnalyzer()(text + " s.136 e-mail OCGs")]
    assert ours == theirs

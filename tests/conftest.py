"""Shared fixtures: synthetic reports (no PDF needed) and paths to bundled/shared material."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from practicedb import pipeline, storage
from practicedb.models import Practice, Report

REPO = Path(__file__).resolve().parent.parent
CORPUS = REPO / "corpus"
ANSWERS = CORPUS / "answers.json"
ROBUSTNESS = REPO.parent / "shared" / "pdfs" / "robustness"


def load_answers() -> dict:
    if not ANSWERS.exists():
        pytest.skip(f"the bundled corpus answer key {ANSWERS} is missing (run 'make corpus')")
    return json.loads(ANSWERS.read_text(encoding="utf-8"))


def make_reports() -> list[Report]:
    """Three small reports covering the filters: areas, forces, kinds and dates."""
    peel = Report(
        title="PEEL 2023-25: An inspection of Cumbria Constabulary",
        type="peel", forces=["Cumbria Constabulary"], published="2024-06-14", page_count=20,
        file_name="peel-cumbria.pdf", sha256="a" * 64,
        practices=[
            Practice("innovative", "Operation Harbour: safeguarding repeat victims",
                     "The force contacts every repeat victim of domestic abuse within a day.",
                     ["Cumbria Constabulary"], 5, 6, "Protecting vulnerable people",
                     ["Domestic abuse, VAWG and sexual offences", "Victim care"]),
            Practice("promising", "Burglary victims get a prevention visit",
                     "Officers visit burglary victims within two days to advise on security.",
                     ["Cumbria Constabulary"], 9, 9, "Preventing crime",
                     ["Neighbourhood policing"]),
        ],
    )
    thematic = Report(
        title="A thematic inspection of the police response to fraud",
        type="thematic", forces=[], published="2023-03", page_count=30,
        file_name="fraud-thematic.pdf", sha256="b" * 64,
        practices=[
            Practice("good", "[bold]Fraud[/bold] triage <script>alert(1)</script>",
                     "Merseyside Police triages every fraud report with a vulnerability score.\n\n"
                     "- Victims over 80 get a visit\n- Others get a call",
                     ["Merseyside Police"], 12, 13, "Supporting victims",
                     ["Fraud and cyber crime", "Victim care"]),
        ],
    )
    undated = Report(
        title="Custody suites: a joint inspection", type="joint", forces=["Kent Police"],
        published=None, page_count=8, file_name="custody.pdf", sha256="d" * 64,
        practices=[
            Practice("notable", "Undated practice", "Body text about custody.",
                     ["Kent Police"], 3, 3, None, ["Custody and criminal justice"]),
        ],
    )
    return [peel, thematic, undated]


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    """A database holding make_reports(); the second has a month-only date, the third none."""
    path = tmp_path / "practices.db"
    db = storage.open_db(path)
    # Reviews for every report (the default starts them the day the database is first used).
    storage.set_setting(db, "reviews-from", "2000-01-01", by="tests")
    for report in make_reports():
        pipeline.store(db, report)
    db.close()
    return path

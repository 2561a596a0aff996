"""Changes after ingest that follow the same rules: corrections made by hand, practices
added by hand, and sorting every practice again after the taxonomy changed."""

from __future__ import annotations

from pathlib import Path

import sqlite_utils

from practicedb import reviews, storage
from practicedb.classification import Taxonomy, classify
from practicedb.pipeline.indexing import reindex, sync_index
from practicedb.pipeline.learning import corrections_from, edited_ids
from practicedb.storage.database import write_transaction


def correct(db: sqlite_utils.Database, index_dir: Path | None, practice_id: str, *, by: str,
            title: str | None = None, areas: list[str] | None = None,
            forces: list[str] | None = None, kind: str | None = None) -> list[str]:
    """Correct a practice by hand (kept over every re-ingest): an untouched review follows a
    new primary area; the search index is updated. Returns the fields changed."""
    with db.atomic():
        changed = storage.record_correction(db, practice_id, by=by, title=title, areas=areas,
                                            forces=forces, kind=kind)
        if "areas" in changed and areas:
            reviews.follow_primary(db, practice_id, areas[0])
    if changed and index_dir is not None:
        sync_index(db, index_dir, {practice_id}, set())
    return changed


def add_practice(db: sqlite_utils.Database, index_dir: Path | None, taxonomy: Taxonomy,
                 report_id: str, *, by: str, title: str, body: str, kind: str = "notable",
                 page: int | None = None) -> str:
    """Add a practice the extractor missed (kept over every re-ingest), sorted into
    business areas like any other, with a review if its report is within reviews-from."""
    from practicedb.models import Practice

    practice = Practice(kind=kind, title=title, body=body)
    report_title, report_type = storage.report_heading(db, report_id)
    areas = classify(practice, taxonomy, report_title=report_title, report_type=report_type,
                     corrections=corrections_from(db))
    with db.atomic():
        pid = storage.add_practice(db, report_id, by=by, title=title, body=body, kind=kind,
                                   page=page, areas=areas)
        reviews.open_new_reviews(db, report_id)
    if index_dir is not None:
        sync_index(db, index_dir, {pid}, set())
    return pid


def reclassify(db: sqlite_utils.Database, taxonomy: Taxonomy, index_dir: Path) -> int:
    """Sort every stored practice into business areas again (after the taxonomy changed);
    untouched reviews follow a practice to its new primary area. Returns how many practices
    changed areas. The areas are saved even if the index then fails (SearchIndexError)."""
    from practicedb.search import writing

    with writing.writing(index_dir):  # searches meanwhile answer from the last index
        changed = reclassify_areas(db, taxonomy)  # set_areas bumps the index generation
        reindex(db, index_dir)
    return changed


def reclassify_areas(db: sqlite_utils.Database, taxonomy: Taxonomy) -> int:
    """The database half of ``reclassify``: new areas for every practice, with the reviews
    that follow them, in one transaction. Returns how many practices changed areas. A
    practice whose areas a person corrected keeps them, and practices like it follow the
    correction (``pipeline.learning``)."""
    from practicedb.models import Practice

    changed = 0
    with write_transaction(db):  # every practice re-sorted, with its reviews, or none
        corrections, kept = corrections_from(db), edited_ids(db)
        for p in storage.iter_practices(db):
            if p["id"] in kept:
                continue
            practice = Practice(kind=p["kind"], title=p["title"], body=p["body"],
                                forces=p["forces"], section=p["section"])
            new = classify(practice, taxonomy, report_title=p["report_title"] or "",
                           report_type=p["report_type"] or "", corrections=corrections)
            if new != p["areas"]:
                storage.set_areas(db, p["id"], new)
                if new:
                    reviews.follow_primary(db, p["id"], new[0])
                changed += 1
    return changed

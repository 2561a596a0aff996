"""What the classifier learns from the force: the areas people set by hand, read from the
database and handed to classification as plain data (classification knows nothing of
storage).

Two kinds of teaching count: ``practicedb edit ID --area ...`` (a correction of the areas,
primary first: the practice's areas are exactly those) and ``practicedb assess ID --area X``
for an area other than the practice's primary one (a lead took it up for X: X comes
after its primary area). A new practice close enough to a taught one follows it
(``classification.Corrections``).
"""

from __future__ import annotations

import sqlite_utils

from practicedb.classification import Corrections, Taxonomy
from practicedb.classification.areas import MAX_AREAS
from practicedb.reviews.records import areas_taken_up
from practicedb.storage.corrections import area_corrections
from practicedb.storage.practices import get_practice, iter_practices


def taught(db: sqlite_utils.Database) -> list[tuple[str, list[str], str]]:
    """(title and body, areas primary first, practice id) for every practice people set
    the areas of, edits first."""
    out = [(f"{c['title']}\n{c['body']}", c["areas"], c["id"]) for c in area_corrections(db)]
    edited = {pid for _, _, pid in out}
    for pid, extra in areas_taken_up(db).items():
        if pid in edited:
            continue
        p = get_practice(db, pid)
        if p is None or p["withdrawn_at"]:
            continue
        areas = list(dict.fromkeys(p["areas"][:1] + extra))[:MAX_AREAS]
        out.append((f"{p['title'] or ''}\n{p['body'] or ''}", areas, pid))
    return out


def corrections_from(db: sqlite_utils.Database) -> Corrections | None:
    """The force's corrections ready to classify with, or None when there are none. Words
    are weighed by how rare they are among all the practices stored."""
    examples = taught(db)
    if not examples:
        return None
    background = [f"{p['title'] or ''}\n{p['body'] or ''}" for p in iter_practices(db)]
    return Corrections(examples, background=background)


def edited_ids(db: sqlite_utils.Database) -> set[str]:
    """Practices whose areas a person corrected (``edit --area``): reclassify keeps them."""
    return {c["id"] for c in area_corrections(db)}


def area_reason(db: sqlite_utils.Database, taxonomy: Taxonomy, practice_id: str) -> str:
    """One plain line on why a stored practice has its primary area ("" if it is not
    stored), worked out again from its words, its report and the corrections."""
    from practicedb.classification import decide
    from practicedb.models import Practice

    p = get_practice(db, practice_id)
    if p is None:
        return ""
    if practice_id in edited_ids(db):
        return "set by hand (see the correction above)"
    practice = Practice(kind=p["kind"], title=p["title"], body=p["body"], section=p["section"])
    decision = decide(practice, taxonomy, report_title=p["report_title"] or "",
                      report_type=p["report_type"] or "", corrections=corrections_from(db))
    if decision.followed is not None and decision.followed.label == practice_id:
        reason = "a lead took it up for " + "; ".join(decision.areas[1:])
    else:
        reason = decision.reason
    if p["areas"] and decision.areas[0] != p["areas"][0]:
        reason += (f" (with the taxonomy as it is now it would go to {decision.areas[0]}: "
                   "run 'practicedb reclassify')")
    return reason

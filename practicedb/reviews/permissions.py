"""Who may record a conclusion on a practice: the rule both front ends apply.

An admin may assess any practice in any area; a lead only for the business areas they
lead, and only practices that belong to one of those areas (primary or secondary); a
reader never.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Protocol


class Person(Protocol):
    @property
    def role(self) -> str: ...

    @property
    def areas(self) -> tuple[str, ...]: ...


def assessable_areas(person: Person | None, practice: dict,
                     review_areas: Iterable[str] = ()) -> list[str]:
    """The areas in which ``person`` may record a conclusion on ``practice`` (its own
    areas and those it already has reviews in), in the practice's order."""
    if person is None:
        return []
    candidates = list(dict.fromkeys([*(practice.get("areas") or []), *review_areas]))
    if person.role == "admin":
        return candidates
    if person.role == "lead":
        return [a for a in candidates if a in person.areas]
    return []


def may_assess(person: Person | None, practice: dict, area: str | None,
               review_areas: Iterable[str] = ()) -> bool:
    """True if ``person`` may record a conclusion on ``practice`` in ``area`` (None: the
    area ``assess`` would choose, which must then be one of theirs)."""
    allowed = assessable_areas(person, practice, review_areas)
    if person is not None and person.role == "admin":
        return True
    if area is None:
        return len(allowed) == 1
    return area in allowed

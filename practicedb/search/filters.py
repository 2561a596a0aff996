"""What people type to narrow a list or a search (an area, a force, a kind, dates), turned
into the exact names stored. Both front ends call ``resolve_filters``; a name that matches
nothing is refused with the valid ones listed.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from practicedb.classification import Taxonomy
from practicedb.errors import PracticedbError
from practicedb.forces import all_forces, canonical_force
from practicedb.models import KINDS


class FilterError(PracticedbError):
    """A filter value that names no area, force or kind (or more than one).

    ``field`` is the option it came from (area, force, kind); ``candidates`` the names it
    could have meant (every valid name when it matched none)."""

    def __init__(self, message: str, *, field: str, candidates: list[str]) -> None:
        super().__init__(message)
        self.field = field
        self.candidates = candidates


@dataclass
class Filters:
    """Resolved filters; values within one list are alternatives."""

    areas: list[str]
    forces: list[str]
    kinds: list[str]
    since: str | None = None  # YYYY-MM-DD, inclusive
    until: str | None = None

    def as_kwargs(self) -> dict[str, object]:
        return {"areas": self.areas, "forces": self.forces, "kinds": self.kinds,
                "since": self.since, "until": self.until}


def resolve_filters(taxonomy: Taxonomy, *, areas: Iterable[str] = (),
                    forces: Iterable[str] = (), kinds: Iterable[str] = (),
                    since: str | None = None, until: str | None = None) -> Filters:
    """Check each value against the taxonomy, the force list and the kinds."""
    return Filters(
        areas=[resolve_area(taxonomy, a) for a in areas],
        forces=[resolve_force(f) for f in forces],
        kinds=[resolve_kind(k) for k in kinds],
        since=since,
        until=until,
    )


def resolve_area(taxonomy: Taxonomy, name: str) -> str:
    """An exact area name, or a part of exactly one."""
    names = taxonomy.names
    wanted = name.strip().lower()
    exact = [n for n in names if n.lower() == wanted]
    partial = [n for n in names if wanted and wanted in n.lower()]
    if exact or len(partial) == 1:
        return (exact or partial)[0]
    if partial:
        raise FilterError(f"'{name}' matches more than one business area: "
                          + "; ".join(partial) + ".", field="area", candidates=partial)
    listing = "\n  ".join(names)
    raise FilterError(f"'{name}' is not a business area. The business areas are:\n  {listing}",
                      field="area", candidates=list(names))


def resolve_force(name: str) -> str:
    found = canonical_force(name)
    if found:
        return found
    listing = "\n  ".join(all_forces())
    raise FilterError(f"'{name}' is not a force I know. The forces are:\n  {listing}",
                      field="force", candidates=list(all_forces()))


def resolve_kind(name: str) -> str:
    wanted = name.strip().lower()
    exact = [k for k in KINDS if k == wanted]
    partial = [k for k in KINDS if wanted and k.startswith(wanted)]
    if exact or len(partial) == 1:
        return (exact or partial)[0]
    raise FilterError(f"'{name}' is not a kind of practice. The kinds are: "
                      f"{', '.join(KINDS)}.", field="kind", candidates=list(KINDS))

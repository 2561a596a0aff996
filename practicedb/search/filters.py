"""What people type to narrow a list or a search (an area, a force, a kind, dates), turned
into the exact names stored. Both front ends call ``resolve_filters``; a name that matches
nothing is refused with the valid ones listed, and a name that matches more than one
("Yorkshire": North, South or West?) is a question, refused with the candidates listed,
never a guess. Exact names and unique short forms (GMP, the Met, BTP) resolve.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from rapidfuzz import fuzz, process

from practicedb.classification import Taxonomy
from practicedb.errors import PracticedbError
from practicedb.forces import all_forces, force_line
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


def area_candidates(taxonomy: Taxonomy, name: str) -> list[str]:
    """The area named exactly, else every area whose name holds ``name``."""
    wanted = " ".join(name.lower().split())
    exact = [n for n in taxonomy.names if n.lower() == wanted]
    return exact or [n for n in taxonomy.names if wanted and wanted in n.lower()]


def resolve_area(taxonomy: Taxonomy, name: str) -> str:
    """An exact area name, or a part of exactly one."""
    names = taxonomy.names
    partial = area_candidates(taxonomy, name)
    if len(partial) == 1:
        return partial[0]
    if partial:
        raise FilterError(f"'{name}' matches more than one business area: "
                          + "; ".join(partial) + ".", field="area", candidates=partial)
    listing = "\n  ".join(names)
    raise FilterError(f"'{name}' is not a business area. The business areas are:\n  {listing}",
                      field="area", candidates=list(names))


_FORCE_FILLER = frozenset({"police", "constabulary", "service", "force", "the", "and", "of"})
_TYPO_CUTOFF = 88  # rapidfuzz WRatio: "Surey Police" -> Surrey Police
_TIE = 3  # fuzzy scores this close are as good as each other: ambiguous


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9]+", text.lower().replace("&", " and "))


@cache
def _force_forms() -> dict[str, str]:
    """Every way a force is named (name, place, aliases, "<place> Police"), as plain
    lowercase words -> canonical name."""
    from practicedb.forces import _data

    forms: dict[str, str] = {}
    for f in _data():
        for form in (f["name"], f["place"], *f["aliases"], f"{f['place']} police"):
            forms[" ".join(_words(form))] = f["name"]
    return forms


def force_candidates(name: str, *, typos: bool = True) -> list[str]:
    """The forces ``name`` could mean: the one it names exactly or by a short form; else
    every force one of whose names holds each typed word as the start of a word
    ("Yorks" -> North, South and West Yorkshire); else the closest spellings (typos)."""
    exact = force_line(name)
    if exact:
        return [exact]
    typed = [w for w in _words(name) if w not in _FORCE_FILLER] or _words(name)
    if not typed:
        return []
    found: dict[str, None] = {}
    for form, force in _force_forms().items():
        words = form.split()
        if all(any(w.startswith(t) for w in words) for t in typed):
            found[force] = None
    if found or not typos:
        return list(found)
    scored: dict[str, float] = {}
    for form, score, _ in process.extract(" ".join(_words(name)), list(_force_forms()),
                                          scorer=fuzz.WRatio, score_cutoff=_TYPO_CUTOFF,
                                          limit=20):
        force = _force_forms()[form]
        scored[force] = max(scored.get(force, 0.0), score)
    best = max(scored.values(), default=0.0)
    return [f for f, score in scored.items() if score >= best - _TIE]


def resolve_force(name: str) -> str:
    """A force's canonical name from an exact name, a unique short form or part, or a
    typo of one; more than one match is a FilterError listing them."""
    found = force_candidates(name)
    if len(found) == 1:
        return found[0]
    if found:
        raise FilterError(f"'{name}' matches more than one force: " + "; ".join(found)
                          + ". Give the full name (or a short form such as GMP).",
                          field="force", candidates=found)
    listing = "\n  ".join(all_forces())
    raise FilterError(f"'{name}' is not a force I know. The forces are:\n  {listing}",
                      field="force", candidates=list(all_forces()))


def resolve_kind(name: str) -> str:
    wanted = name.strip().lower()
    exact = [k for k in KINDS if k == wanted]
    partial = [k for k in KINDS if wanted and k.startswith(wanted)]
    if exact or len(partial) == 1:
        return (exact or partial)[0]
    if partial:
        raise FilterError(f"'{name}' matches more than one kind of practice: "
                          f"{', '.join(partial)}.", field="kind", candidates=partial)
    raise FilterError(f"'{name}' is not a kind of practice. The kinds are: "
                      f"{', '.join(KINDS)}.", field="kind", candidates=list(KINDS))

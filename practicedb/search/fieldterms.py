"""Field terms typed in a search (``kind:innovative``, ``force:"West Yorkshire"``,
``area:vulnerability``, ``since:2023``, ``until:"June 2024"``) taken out of the text and
turned into filters, resolved by exactly the rules of the options (``filters``): an
ambiguous name is a FilterError listing the candidates, never a guess. ``title:`` and the
other text fields stay in the text and keep searching their field.

An unquoted force or area name may run over several words (``force:west yorkshire
drones``): the longest run of the following words that names something is taken.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from practicedb.classification import Taxonomy
from practicedb.search.filters import (
    FilterError,
    area_candidates,
    force_candidates,
    resolve_area,
    resolve_force,
    resolve_kind,
)

_NAMES = {"kind": "kinds", "kinds": "kinds", "force": "forces", "forces": "forces",
          "area": "areas", "areas": "areas", "since": "since", "from": "since",
          "after": "since", "until": "until", "before": "until"}
_TERM = re.compile(r'(?<![\w:"])(?P<name>[A-Za-z]+):(?:"(?P<quoted>[^"]*)"?|(?P<word>[^\s()"]+))')
_FOLLOWING = re.compile(r"(?:\s+(?!(?:AND|OR|NOT)\b)[A-Za-z&'-]+){0,4}")
_NEGATED = re.compile(r"(?:\bNOT|\bANDNOT|-)\s*$")


@dataclass
class FieldFilters:
    """What the field terms of a query asked for (values within a list are alternatives)."""

    kinds: list[str] = field(default_factory=list)
    forces: list[str] = field(default_factory=list)
    areas: list[str] = field(default_factory=list)
    since: str | None = None
    until: str | None = None

    def __bool__(self) -> bool:
        return bool(self.kinds or self.forces or self.areas or self.since or self.until)

    def as_kwargs(self) -> dict[str, object]:
        return {"areas": self.areas, "forces": self.forces, "kinds": self.kinds,
                "since": self.since, "until": self.until}


def split_field_terms(text: str, taxonomy: Taxonomy | None = None
                      ) -> tuple[str, FieldFilters]:
    """(the query without its filter terms, the filters they ask for). Raises FilterError
    for a name that matches nothing or more than one. ``taxonomy`` (default: the shipped
    one, read only if an area: term needs it) names the areas."""
    found = FieldFilters()
    if ":" not in text:
        return text, found
    out, pos = [], 0
    for m in _TERM.finditer(text):
        what = _NAMES.get(m["name"].lower())
        if what is None or m.start() < pos or _NEGATED.search(text[pos:m.start()]):
            continue  # title:, body:... stay; "NOT kind:x" is left to the query syntax
        value, end = m["quoted"] if m["quoted"] is not None else m["word"], m.end()
        if m["quoted"] is None and what in ("forces", "areas"):
            value, end = _longest_name(text, m, what, taxonomy)
        _add(found, what, value.strip(), taxonomy)
        out.append(text[pos:m.start()])
        pos = end
    out.append(text[pos:])
    return " ".join("".join(out).split()), found


def _areas(taxonomy: Taxonomy | None) -> Taxonomy:
    if taxonomy is not None:
        return taxonomy
    from practicedb.classification import load_taxonomy

    return load_taxonomy()


def _longest_name(text: str, m: re.Match, what: str, taxonomy: Taxonomy | None
                  ) -> tuple[str, int]:
    """The longest run of words from ``m``'s value on that names a force (or area)."""
    words = [m["word"], *_FOLLOWING.match(text, m.end())[0].split()]  # type: ignore[index]
    for n in range(len(words), 1, -1):
        name = " ".join(words[:n])
        hits = (force_candidates(name, typos=False) if what == "forces"
                else area_candidates(_areas(taxonomy), name))
        if hits:
            ends = [w.end() for w in re.finditer(r"\S+", text[m.start():])]
            return name, m.start() + ends[n - 1]
    return m["word"], m.end()


def _add(found: FieldFilters, what: str, value: str, taxonomy: Taxonomy | None) -> None:
    if not value:
        return  # "force:" alone asks for nothing
    if what == "kinds":
        found.kinds.append(resolve_kind(value))
    elif what == "forces":
        found.forces.append(resolve_force(value))
    elif what == "areas":
        found.areas.append(resolve_area(_areas(taxonomy), value))
    else:
        from practicedb.dates import parse_bound

        try:
            bound = parse_bound(value, end=what == "until")
        except ValueError as exc:
            raise FilterError(f"'{what}:{value}' is not a date ({exc}).", field=what,
                              candidates=[]) from exc
        setattr(found, what, bound)

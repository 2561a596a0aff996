"""The editable taxonomy: the force's business areas, their vocabulary and section hints.

The taxonomy is a TOML file (the packaged default is ``data/taxonomy.toml``) so a
police analyst can adapt areas and vocabulary without touching code; a file with a
mistake is refused with a plain message naming the file, the area and the problem.
"""

from __future__ import annotations

import math
import tomllib
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property
from importlib import resources
from pathlib import Path

from practicedb.classification.matching import Tok, tokens
from practicedb.errors import PracticedbError

DEFAULT_FALLBACK = "Strategy, performance and resources"

_AREA_KEYS = {"name", "description", "terms", "section_hints"}
_TOP_KEYS = {"area", "fallback"}


class TaxonomyError(PracticedbError):
    """A taxonomy file that cannot be used; the message names the file and the problem."""


@dataclass
class Area:
    """One business area: what it covers, the vocabulary that signals it, and section hints."""

    name: str
    description: str = ""
    terms: dict[str, float] = field(default_factory=dict)
    section_hints: dict[str, float] = field(default_factory=dict)

    @cached_property
    def matchers(self) -> list[tuple[str, tuple[Tok, ...], float]]:
        # Longest phrases first, so "domestic abuse" claims its words before "abuse" does.
        items = [(t, tuple(tokens(t)), w) for t, w in self.terms.items()]
        return sorted((i for i in items if i[1]), key=lambda i: -len(i[1]))

    @cached_property
    def hint_matchers(self) -> list[tuple[str, tuple[Tok, ...], float]]:
        return [(h, tuple(tokens(h)), w) for h, w in self.section_hints.items() if tokens(h)]


@dataclass
class Taxonomy:
    """The areas a force files practice under, in the order it wants them listed."""

    areas: list[Area]
    fallback: str = DEFAULT_FALLBACK

    @property
    def names(self) -> list[str]:
        return [a.name for a in self.areas]

    def fallback_area(self) -> str:
        """The area to use when nothing matches, tolerating a fallback not in the list."""
        if self.fallback in self.names or not self.areas:
            return self.fallback
        return self.names[0]


def _check_weights(
    where: str, kind: str, table: object, problem: Callable[[str], TaxonomyError]
) -> dict[str, float]:
    """Weights must be positive numbers: a typo here would silently skew every score."""
    if not isinstance(table, dict):
        raise problem(f"{where}: '{kind}' must be a table of \"term\" = weight lines")
    out: dict[str, float] = {}
    for term, weight in table.items():
        if isinstance(weight, bool) or not isinstance(weight, int | float):
            raise problem(f"{where}, {kind[:-1]} '{term}': weight must be a number, got {weight!r}")
        if not math.isfinite(weight) or weight <= 0:
            raise problem(f"{where}, {kind[:-1]} '{term}': weight must be above 0, got {weight}")
        if not tokens(term):
            raise problem(f"{where}: {kind[:-1]} {term!r} has no letters or digits to match")
        out[term] = float(weight)
    return out


def _parse(data: dict, source: str) -> Taxonomy:
    def problem(msg: str) -> TaxonomyError:
        return TaxonomyError(f"{source}: {msg}")

    unknown = set(data) - _TOP_KEYS
    if unknown:
        raise problem(f"unknown setting(s) {sorted(unknown)}; expected only {sorted(_TOP_KEYS)}")
    raw_areas = data.get("area")
    if not isinstance(raw_areas, list) or not raw_areas:
        raise problem("no areas defined; each area starts with a line [[area]]")
    areas: list[Area] = []
    seen: dict[str, int] = {}
    for number, raw in enumerate(raw_areas, start=1):
        where = f"area {number}"
        if not isinstance(raw, dict):
            raise problem(f"{where} is not a table")
        name = raw.get("name")
        if not isinstance(name, str) or not name.strip():
            raise problem(f'{where} has no name; add a line such as name = "Victim care"')
        name = name.strip()
        where = f"area {number} ('{name}')"
        if name.casefold() in seen:
            raise problem(f"duplicate area '{name}' (areas {seen[name.casefold()]} and {number})")
        seen[name.casefold()] = number
        unknown = set(raw) - _AREA_KEYS
        if unknown:
            allowed = sorted(_AREA_KEYS)
            raise problem(f"{where}: unknown key(s) {sorted(unknown)}; allowed {allowed}")
        description = raw.get("description", "")
        if not isinstance(description, str):
            raise problem(f"{where}: description must be text in quotes")
        terms = _check_weights(where, "terms", raw.get("terms", {}), problem)
        hints = _check_weights(where, "section_hints", raw.get("section_hints", {}), problem)
        if not terms and not hints:
            raise problem(f"{where} has no terms or section_hints, so nothing could match it")
        areas.append(Area(name, description, terms, hints))
    names = [a.name for a in areas]
    fallback = data.get("fallback", DEFAULT_FALLBACK if DEFAULT_FALLBACK in names else names[0])
    if fallback not in names:
        raise problem(f"fallback '{fallback}' is not the name of any area")
    return Taxonomy(areas, fallback)


def load_taxonomy(path: Path | None = None) -> Taxonomy:
    """Read and validate a taxonomy file; None means the packaged default.

    Problems are reported as TaxonomyError in plain words, because the person
    editing the file is usually an analyst, not a developer.
    """
    if path is None:
        source = "built-in taxonomy (practicedb/data/taxonomy.toml)"
        raw = (resources.files("practicedb") / "data" / "taxonomy.toml").read_bytes()
    else:
        source = str(path)
        try:
            raw = Path(path).read_bytes()
        except OSError as exc:
            raise TaxonomyError(f"{source}: cannot read the file ({exc.strerror})") from exc
    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except UnicodeDecodeError as exc:
        raise TaxonomyError(f"{source}: not UTF-8 text; save it as UTF-8") from exc
    except tomllib.TOMLDecodeError as exc:
        raise TaxonomyError(f"{source}: not valid TOML: {exc}") from exc
    return _parse(data, source)

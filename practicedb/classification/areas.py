"""Classify practices into a force's business areas using an editable keyword taxonomy.

The taxonomy is a TOML file (the packaged default is ``data/taxonomy.toml``) so a
police analyst can adapt areas and vocabulary without touching code. Scoring is
deliberately simple and explainable: weighted term matches, title counting more
than body, plus a bonus when the section heading matches an area's hint.
"""

from __future__ import annotations

import math
import re
import tomllib
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property
from importlib import resources
from pathlib import Path

from practicedb.errors import PracticedbError
from practicedb.models import Practice

TITLE_WEIGHT = 3.0  # a term in the title is worth this many body occurrences
SECONDARY_RATIO = 0.4  # secondary areas need this share of the primary's score...
SECONDARY_FLOOR = 4.0  # ...and at least this absolute score
MAX_AREAS = 3
DEFAULT_FALLBACK = "Strategy, performance and resources"

_AREA_KEYS = {"name", "description", "terms", "section_hints"}
_TOP_KEYS = {"area", "fallback"}
_APOSTROPHES = re.compile(r"['\u2018\u2019\u02bc`]")
_TOKEN = re.compile(r"[A-Za-z0-9]+")


class TaxonomyError(PracticedbError):
    """A taxonomy file that cannot be used; the message names the file and the problem."""


# A token of a term: (True, "DA") matches that exact upper-case word; (False, stem) any case.
_Tok = tuple[bool, str]


def _stem(word: str) -> str:
    """Reduce a lower-case word to a crude stem so plurals and -ed/-ing forms match.

    Applied identically to terms and text, so it only needs to be consistent,
    not linguistically right.
    """
    if len(word) > 4 and word.endswith("ies"):
        word = word[:-3] + "y"
    elif word.endswith("sses"):
        word = word[:-2]
    elif len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        word = word[:-1]
    for suffix in ("ing", "ed"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            word = word[: -len(suffix)]
            if word[-1] == word[-2] and word[-1] not in "lsz":
                word = word[:-1]  # stopping -> stop, vetting -> vet
            break
    if len(word) > 4 and word.endswith("e"):
        word = word[:-1]  # investigate / investigated / investigating agree
    return word


def _is_acronym(word: str) -> bool:
    return any(c.isupper() for c in word) and not any(c.islower() for c in word)


def _tokens(text: str) -> list[_Tok]:
    """Split text into match keys; all-capital words keep their case (acronyms)."""
    text = _APOSTROPHES.sub("", text)
    letters = [c for c in text if c.isalpha()]
    if letters and sum(c.isupper() for c in letters) > 0.7 * len(letters) and len(letters) > 12:
        text = text.lower()  # a shouted heading: capitals carry no acronym signal
    out: list[_Tok] = []
    for word in _TOKEN.findall(text):
        if len(word) > 2 and word.endswith("s") and _is_acronym(word[:-1]):
            word = word[:-1]  # OCGs -> OCG
        if _is_acronym(word):
            out.append((True, word))
        else:
            out.append((False, _stem(word.lower())))
    return out


class _Text:
    """A text's tokens indexed by match key, so each term is only tried where it could start."""

    def __init__(self, text: str) -> None:
        self.keys: list[tuple[str, str]] = []  # per token: (exact key or "", folded key)
        self.starts: dict[_Tok, list[int]] = {}
        for i, (exact, word) in enumerate(_tokens(text)):
            folded = _stem(word.lower()) if exact else word
            self.keys.append((word if exact else "", folded))
            if exact:
                self.starts.setdefault((True, word), []).append(i)
            self.starts.setdefault((False, folded), []).append(i)

    def count(self, term: tuple[_Tok, ...], taken: set[int]) -> int:
        """Count non-overlapping occurrences of a term, claiming the positions it uses."""
        n, hits, free_from = len(term), 0, 0
        for i in self.starts.get(term[0], ()):
            span = range(i, i + n)
            if i < free_from or i + n > len(self.keys) or taken.intersection(span):
                continue
            if all(
                self.keys[j][0 if exact else 1] == w
                for j, (exact, w) in zip(span, term, strict=True)
            ):
                hits += 1
                taken.update(span)
                free_from = i + n
        return hits


@dataclass
class Area:
    """One business area: what it covers, the vocabulary that signals it, and section hints."""

    name: str
    description: str = ""
    terms: dict[str, float] = field(default_factory=dict)
    section_hints: dict[str, float] = field(default_factory=dict)

    @cached_property
    def _compiled(self) -> list[tuple[str, tuple[_Tok, ...], float]]:
        # Longest phrases first, so "domestic abuse" claims its words before "abuse" does.
        items = [(t, tuple(_tokens(t)), w) for t, w in self.terms.items()]
        return sorted((i for i in items if i[1]), key=lambda i: -len(i[1]))

    @cached_property
    def _hints(self) -> list[tuple[str, tuple[_Tok, ...], float]]:
        return [(h, tuple(_tokens(h)), w) for h, w in self.section_hints.items() if _tokens(h)]


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
        if not _tokens(term):
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


def _damped(count: int) -> float:
    """Diminishing returns, so a term repeated through a long body doesn't swamp the title."""
    return 0.0 if count <= 0 else 1.0 + math.log(count)


def explain(practice: Practice, taxonomy: Taxonomy) -> list[tuple[str, float, list[str]]]:
    """Score every area for a practice, best first, with the terms that earned the score.

    Kept separate from classify() so users can see why a practice landed where it did.
    """
    title, body = _Text(practice.title or ""), _Text(practice.body or "")
    section = _Text(practice.section or "")
    results = []
    for area in taxonomy.areas:
        score, matched = 0.0, []
        taken_title: set[int] = set()
        taken_body: set[int] = set()
        for term, toks, weight in area._compiled:
            in_title = title.count(toks, taken_title)
            in_body = body.count(toks, taken_body)
            if in_title or in_body:
                score += weight * (TITLE_WEIGHT * _damped(in_title) + _damped(in_body))
                where = " (title)" if in_title else ""
                times = f" x{in_title + in_body}" if in_title + in_body > 1 else ""
                matched.append(f"{term}{where}{times}")
        best_hint = max(
            ((w, h) for h, toks, w in area._hints if section.count(toks, set())),
            default=None,
        )
        if best_hint:
            score += best_hint[0]
            matched.append(f"section: {best_hint[1]}")
        results.append((area.name, round(score, 3), matched))
    order = {name: i for i, name in enumerate(taxonomy.names)}
    return sorted(results, key=lambda r: (-r[1], order[r[0]]))


def classify(practice: Practice, taxonomy: Taxonomy) -> list[str]:
    """Return the practice's business areas, primary first; never empty.

    Close runners-up are kept as secondary areas because many practices
    genuinely span two areas (e.g. domestic abuse and victim care).
    """
    scored = explain(practice, taxonomy)
    if not scored or scored[0][1] <= 0:
        return [taxonomy.fallback_area()]
    top = scored[0][1]
    areas = [scored[0][0]]
    for name, score, _ in scored[1:MAX_AREAS]:
        if score >= SECONDARY_RATIO * top and score >= SECONDARY_FLOOR:
            areas.append(name)
    return areas

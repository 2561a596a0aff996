"""Police force names: canonical forms, aliases, and finding them in text.

Bare place names ("Kent", "Surrey") are ambiguous in prose ("Kentish", "Surrey
Street"), so running text only matches a full name, a "<place> Police /
Constabulary / force" form, or an unambiguous short form (GMP, BTP, the Met).
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib import resources

from rapidfuzz import fuzz, process

_SUFFIXES = ("Police", "Constabulary", "Police Service", "Police Force", "force")


@lru_cache(maxsize=1)
def _data() -> list[dict]:
    raw = resources.files("practicedb").joinpath("data/forces.json").read_text("utf-8")
    return json.loads(raw)["forces"]


def all_forces() -> list[str]:
    """Canonical names of every known force, in file order."""
    return [f["name"] for f in _data()]


def _key(text: str) -> str:
    text = text.lower().replace("&", " and ")
    return " ".join(re.sub(r"[^a-z0-9 ]", " ", text).split())


def _pattern(alias: str) -> str:
    """Regex for one alias: tolerant of '&'/'and', hyphen/space; short forms case-sensitive."""
    parts = []
    for tok in re.split(r"[\s-]+", alias):
        if tok.lower() in ("and", "&"):
            parts.append(r"(?:and|&)")
        elif tok.isupper() and len(tok) > 1 or tok in ("Met", "CoLP"):
            parts.append(f"(?-i:{re.escape(tok)})")
        else:
            parts.append(re.escape(tok))
    pat = r"[\s\-]+".join(parts)
    if alias.startswith("the Met"):
        pat += r"(?!\s+Office)"
    return rf"(?<![\w-]){pat}(?![\w-])"


@lru_cache(maxsize=1)
def _matcher() -> tuple[re.Pattern, list[str]]:
    names: list[str] = []
    pats: list[tuple[int, str]] = []
    for f in _data():
        forms = {f["name"], *f["aliases"], *(f"{f['place']} {s}" for s in _SUFFIXES)}
        for form in forms:
            pats.append((len(form), _pattern(form)))
            names.append(f["name"])
    order = sorted(range(len(pats)), key=lambda i: -pats[i][0])  # longest alias wins
    regex = "|".join(f"(?P<g{i}>{pats[i][1]})" for i in order)
    return re.compile(regex, re.IGNORECASE), names


@lru_cache(maxsize=1)
def _anchors() -> re.Pattern:
    """Every name form ends in one of these words; scanning for them first is ~50x faster."""
    last = set()
    for f in _data():
        for form in (f["name"], *f["aliases"], *(f"{f['place']} {s}" for s in _SUFFIXES)):
            last.add(re.split(r"[\s-]+", form)[-1].lower())
    return re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, sorted(last))) + r")(?![\w-])",
                      re.IGNORECASE)


def find_forces(text: str) -> list[str]:
    """Canonical names of forces mentioned in text, in order of first mention."""
    regex, names = _matcher()
    hits: dict[int, str] = {}
    for a in _anchors().finditer(text or ""):
        start = max(0, a.start() - 60)
        for m in regex.finditer(text, start, a.end()):
            if m.end() == a.end():
                hits.setdefault(m.start(), names[int(m.lastgroup[1:])])
                break
    found: list[str] = []
    for _, name in sorted(hits.items()):
        if name not in found:
            found.append(name)
    return found


@lru_cache(maxsize=1)
def _exact() -> dict[str, str]:
    table: dict[str, str] = {}
    for f in _data():
        for form in (f["name"], f["place"], *f["aliases"]):
            table[_key(form)] = f["name"]
        for s in _SUFFIXES:
            table[_key(f"{f['place']} {s}")] = f["name"]
    return table


def force_line(text: str) -> str | None:
    """The force a whole line names exactly (e.g. a 'Kent Police' line in a box), else None."""
    key = _key(text)
    if key.startswith("the "):
        key = key[4:]
    return _exact().get(key) or _exact().get("the " + key)


def canonical_force(name: str) -> str | None:
    """Best canonical name for user input, forgiving typos ('Surey Police' -> Surrey Police)."""
    if not name or not name.strip():
        return None
    exact = force_line(name)
    if exact:
        return exact
    found = find_forces(name)
    if len(found) == 1:
        return found[0]
    table = _exact()
    best = process.extractOne(_key(name), list(table), scorer=fuzz.WRatio, score_cutoff=88)
    return table[best[0]] if best else None

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


def _forms(f: dict) -> set[str]:
    return {f["name"], *f["aliases"], *(f"{f['place']} {s}" for s in _SUFFIXES)}


@lru_cache(maxsize=1)
def _index() -> tuple[re.Pattern, dict[str, list[tuple[re.Pattern, str]]]]:
    """Name forms grouped by their first word, longest first.

    Scanning the text once for any first word, then trying only that word's few forms
    at the hit, is far faster than one alternation of every form at every position.
    """
    by_first: dict[str, list[tuple[int, re.Pattern, str]]] = {}
    for f in _data():
        for form in _forms(f):
            first = re.split(r"[\s-]+", form)[0].lower()
            compiled = re.compile(_pattern(form), re.IGNORECASE)
            by_first.setdefault(first, []).append((len(form), compiled, f["name"]))
    index = {k: [(c, n) for _, c, n in sorted(v, key=lambda t: -t[0])]
             for k, v in by_first.items()}
    firsts = "|".join(map(re.escape, sorted(index, key=len, reverse=True)))
    return re.compile(rf"(?<![\w-])(?:{firsts})(?![\w])", re.IGNORECASE), index


def find_forces(text: str) -> list[str]:
    """Canonical names of forces mentioned in text, in order of first mention."""
    scan, index = _index()
    found: list[str] = []
    pos, text = 0, text or ""
    while (hit := scan.search(text, pos)) is not None:
        end = hit.end()
        for regex, name in index[hit.group(0).lower().replace("&", "and")]:
            m = regex.match(text, hit.start())
            if m:
                if name not in found:
                    found.append(name)
                end = m.end()
                break
        pos = max(end, hit.start() + 1)
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


def forces_line(text: str) -> list[str]:
    """The forces a whole line names exactly: one ('Kent Police') or several joined by
    commas, 'and' or '&' ('Suffolk Constabulary and Norfolk Constabulary'); else []."""
    names: list[str] = []
    for chunk in re.split(r"\s*,\s*(?:and\s+)?|\s*&\s*", text.strip()):
        found = _joined_names(re.split(r"\s+and\s+", chunk)) if chunk else None
        if not found:
            return []
        names += found
    return list(dict.fromkeys(names))


def _joined_names(pieces: list[str]) -> list[str] | None:
    """Pieces of text split at "and" read as force names, longest first, since a name
    can hold "and" itself (Devon and Cornwall Police); None if they cannot be."""
    if not pieces:
        return []
    for j in range(len(pieces), 0, -1):
        name = force_line(" and ".join(pieces[:j]))
        rest = _joined_names(pieces[j:]) if name else None
        if name and rest is not None:
            return [name, *rest]
    return None


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

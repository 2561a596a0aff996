"""How well each hit matches, in words, and where the list stops.

A hit's *strength* is the lower of two shares: its score against the best hit's, and
(for typed searches) the share of the typed words it has, a glossary alternative counting
for the word it stands for. 0.7 or more is a strong match, 0.4 a good one, less partial.
Hits scoring under CUTOFF of the best are not shown at all, so a list is never padded
with weak matches to reach its limit.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from functools import lru_cache

from practicedb.search.index import _schema

CUTOFF = 0.15
STRONG, GOOD = 0.7, 0.4


def word_groups(typed: Iterable[str], expansions: Sequence[tuple[str, list[str]]]
                ) -> list[frozenset[str]]:
    """One set of stems per typed word (stop words left out): the word's own stem plus
    the stems of the glossary alternatives it was expanded with."""
    analyzer = _schema()["body"].analyzer
    groups: list[frozenset[str]] = []
    for word in dict.fromkeys(w.lower() for w in typed):
        stems = {t.text for t in analyzer(word)}
        if not stems:
            continue
        for typed_words, alts in expansions:
            if word in typed_words.lower().split():
                stems |= {t.text for alt in alts for t in analyzer(alt)}
        groups.append(frozenset(stems))
    return groups


def coverage(stored: dict, groups: list[frozenset[str]]) -> float | None:
    """Share of ``groups`` the practice's stored title and body have (None: no groups)."""
    if not groups:
        return None
    stems = stems_of(f"{stored.get('title', '')} {stored.get('body', '')}")
    return sum(1 for g in groups if g & stems) / len(groups)


@lru_cache(maxsize=8192)
def stems_of(text: str) -> frozenset[str]:
    """The indexed stems of a practice's text (kept: the same practices match many
    searches, and analysing the text is most of grading a hit)."""
    analyzer = _schema()["body"].analyzer
    return frozenset(t.text for t in analyzer(text))


def label(relative: float, covered: float | None) -> str:
    level = relative if covered is None else min(relative, covered)
    return "strong" if level >= STRONG else "good" if level >= GOOD else "partial"


def kept(top: list[tuple[int, float]]) -> list[tuple[int, float]]:
    """The hits worth showing: those scoring at least CUTOFF of the best."""
    best = top[0][1] if top else 0.0
    return [(d, s) for d, s in top if best <= 0 or s >= CUTOFF * best]

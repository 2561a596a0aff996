"""Learning from the force: practices similar to one a lead corrected follow the correction.

The corrections come in as plain data, ``(text, areas)`` or ``(text, areas, label)`` with
the corrected practice's title and body as text, its areas primary first and its id as
label (the pipeline reads them from the database; this stage knows nothing of storage).
A new practice is compared with each corrected one by TF-IDF cosine over the search
index's stems, the words' rarity taken from a background of practices (all those stored,
when the pipeline calls it); when the nearest corrected practice is at least ``THRESHOLD``
alike, its areas are taken.

THRESHOLD was measured, not guessed (``benchmarks/eval_classification.py --neighbours``):
over the 180 answer-key practices, each compared with every practice of the other reports
as if those had been corrected to their key's areas, the nearest one at 0.40 or more had
the same primary area for 19 of 20 (0.35: 27 of 30; 0.30: 43 of 49), better than the
word scores' 85%. Labels written by different people disagree, though: if only the
practices the word scores get wrong had been corrected, following them at 0.40 would
have changed 2 right answers and fixed none. So the bar is kept high; a force's own
leads, correcting consistently, are what it is for.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from practicedb.classification.matching import stems

THRESHOLD = 0.40  # cosine at or above which a corrected neighbour's areas are followed

# Words too common in inspection prose to say anything about similarity (as stems).
_STOP = frozenset(stems(
    "a an and are as at be been by can could did do does for from had has have how if in "
    "into is it its may more most not of on or our so such than that the their them then "
    "there these they this those through to was we were what when where which who will "
    "with would also other its it's each any all one two three new use used using"))


def _bag(text: str) -> Counter[str]:
    return Counter(s for s in stems(text) if s not in _STOP and not s.isdigit() and len(s) > 1)


@dataclass(frozen=True)
class Match:
    """The corrected practice a new one is most like, and how alike (0-1)."""

    label: str
    areas: list[str]
    similarity: float


class Corrections:
    """The corrections a force has made, ready to compare new practices with."""

    def __init__(self, examples: Iterable[Sequence], background: Iterable[str] = (),
                 threshold: float = THRESHOLD) -> None:
        items = [(str(e[0]), list(e[1]), str(e[2]) if len(e) > 2 else f"example {i + 1}")
                 for i, e in enumerate(examples)]
        self.threshold = threshold
        bags = [_bag(text) for text, _, _ in items]
        df: Counter[str] = Counter()
        docs = 0
        for bag in [*bags, *(_bag(t) for t in background)]:
            df.update(bag.keys())
            docs += 1
        self._idf = {w: math.log((docs + 1) / (n + 1)) + 1.0 for w, n in df.items()}
        self._default_idf = math.log(docs + 1) + 1.0  # a word no practice has
        self._examples = [(self._vector(bag), areas, label)
                          for bag, (_, areas, label) in zip(bags, items, strict=True) if areas]

    def __len__(self) -> int:
        return len(self._examples)

    def _vector(self, bag: Counter[str]) -> dict[str, float]:
        vec = {w: (1.0 + math.log(n)) * self._idf.get(w, self._default_idf)
               for w, n in bag.items()}
        norm = math.sqrt(sum(v * v for v in vec.values())) or 1.0
        return {w: v / norm for w, v in vec.items()}

    def similarities(self, text: str) -> list[Match]:
        """Every corrected practice with its similarity to `text`, most alike first."""
        vec = self._vector(_bag(text))
        out = [Match(label, areas, round(sum(v * other.get(w, 0.0) for w, v in vec.items()), 4))
               for other, areas, label in self._examples]
        return sorted(out, key=lambda m: -m.similarity)

    def nearest(self, text: str) -> Match | None:
        """The most alike corrected practice, if it is at least `threshold` alike."""
        if not self._examples:
            return None
        best = self.similarities(text)[0]
        return best if best.similarity >= self.threshold else None

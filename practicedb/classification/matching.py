"""Words to match keys, and counting a taxonomy term's occurrences in a text.

Words are stemmed with the search index's own stemmer (practicedb/text.py), so a term
finds the same forms a search for it does ("investigate" finds "investigated",
"investigations"); a word written in capitals (an acronym: DA, ASB, THRIVE) also keeps an
exact key, which only an all-capitals term matches.
"""

from __future__ import annotations

import re

from practicedb.text import WORD, stem

_APOSTROPHES = re.compile(r"['\u2018\u2019\u02bc`]")

# A token of a term: (True, "DA") matches that exact upper-case word; (False, stem) any case.
Tok = tuple[bool, str]


def _is_acronym(word: str) -> bool:
    return any(c.isupper() for c in word) and not any(c.islower() for c in word)


def tokens(text: str) -> list[Tok]:
    """Split text into match keys; all-capital words keep their case (acronyms)."""
    text = _APOSTROPHES.sub("", text)
    letters = [c for c in text if c.isalpha()]
    if letters and sum(c.isupper() for c in letters) > 0.7 * len(letters) and len(letters) > 12:
        text = text.lower()  # a shouted heading: capitals carry no acronym signal
    out: list[Tok] = []
    for match in WORD.finditer(text):
        word = match.group(0).strip("_*")
        if not word:
            continue
        if len(word) > 2 and word.endswith("s") and _is_acronym(word[:-1]):
            word = word[:-1]  # OCGs -> OCG
        if _is_acronym(word):
            out.append((True, word))
        else:
            out.append((False, stem(word.lower())))
    return out


def stems(text: str) -> list[str]:
    """The text's words as stems, case folded (acronyms too): what similarity compares."""
    return [stem(w.lower()) if exact else w for exact, w in tokens(text)]


class Text:
    """A text's tokens indexed by match key, so each term is only tried where it could start."""

    def __init__(self, text: str) -> None:
        self.keys: list[tuple[str, str]] = []  # per token: (exact key or "", folded key)
        self.starts: dict[Tok, list[int]] = {}
        for i, (exact, word) in enumerate(tokens(text)):
            folded = stem(word.lower()) if exact else word
            self.keys.append((word if exact else "", folded))
            if exact:
                self.starts.setdefault((True, word), []).append(i)
            self.starts.setdefault((False, folded), []).append(i)

    def count(self, term: tuple[Tok, ...], taken: set[int]) -> int:
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

"""Word pairs for the search index's ``*_pairs`` fields.

Imported only when the index schema is built or opened (it needs whoosh). The schema
refers to ``PairFilter`` by this module's name, so keep it here: an index whose schema
cannot be loaded is rebuilt from SQLite.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from whoosh.analysis import Filter


class PairFilter(Filter):
    """Each two neighbouring tokens as one ("domest", "abus", "polic" -> "domest abus",
    "abus polic"), one position apart, so a phrase of n words is n - 1 pairs side by
    side. Unlike whoosh's BiWordFilter it accepts a text with no words at all and does
    not keep a lone word (a pair field holds pairs only)."""

    def __init__(self, sep: str = " ") -> None:
        self.sep = sep

    def __call__(self, tokens: Iterator[Any]) -> Iterator[Any]:  # type: ignore[override]
        previous = None
        for token in tokens:  # whoosh reuses one token object: copy the text first
            text = token.text
            if previous is not None:
                token.text = f"{previous}{self.sep}{text}"
                yield token
            previous = text

"""Listing without a query, and snippets: ~200 characters of a hit's stored text around
the matched words, marked with « and », for the hits shown only."""

from __future__ import annotations

import sys
from array import array
from functools import cache, lru_cache
from typing import Any

from practicedb.search.index import Hit, _schema

SNIPPET_CHARS = 200
MARK_START, MARK_END = "«", "»"
_HIGHLIGHT_FIELDS = frozenset({"title", "text", "body"})
_ANALYSED = 8192  # texts whose tokens are kept (a few KB each): a whole force's practices


# -- listing and snippets ------------------------------------------------------------------

def browse(searcher: Any, flt: Any, limit: int) -> list[Hit]:
    """Filtered practices newest first, undated ones after the dated (not before)."""
    from whoosh import query as Q

    dated = Q.DateRange("published", None, None)
    hits = list(
        searcher.search(
            Q.Every(),
            filter=Q.And([flt, dated]) if flt else dated,
            limit=limit,
            sortedby="published",
            reverse=True,
        )
    )
    if len(hits) < limit:
        hits += searcher.search(Q.Every(), filter=flt, mask=dated, limit=limit - len(hits))
    return [Hit(hit["id"], 0.0, snippet(hit.fields(), frozenset())) for hit in hits]


def highlight_words(q: Any, reader: Any) -> frozenset[str]:
    """The indexed words (stems) the query looks for in text fields, wildcards expanded."""
    words: set[str] = set()
    for leaf in [q] if q.is_leaf() else q.leaves():  # not existing_terms: it skips fields
        for field, text in leaf.expanded_terms(reader, phrases=True):
            if field in _HIGHLIGHT_FIELDS:
                words.add(text.decode("utf-8") if isinstance(text, bytes) else text)
    return frozenset(words)


def snippet(stored: dict, words: frozenset[str]) -> str:
    """~200 chars of body (or title) around the matched words, marked with « and »; only
    the hits shown are highlighted, from their stored text. The same fragment as whoosh's
    ``highlight.highlight`` picks, from tokens analysed once per text (the analysis is
    most of a snippet's cost, and the same practices come up search after search)."""
    from whoosh import highlight

    if words:
        for name in ("body", "title"):
            text = _clean(stored.get(name) or "")
            if not text:
                continue
            stems, chars = _analysed(text)
            tokens = (_Token(stem, chars[2 * i], chars[2 * i + 1], stem in words)
                      for i, stem in enumerate(stems))
            fragmenter = highlight.ContextFragmenter(maxchars=SNIPPET_CHARS, surround=70)
            fragments = highlight.top_fragments(
                fragmenter.fragment_tokens(text, tokens), 1, highlight.BasicFragmentScorer(),
                highlight.FIRST, 1)
            frag = _marks_formatter()(text, fragments)
            if frag:
                return _shorten(frag.strip())
    return _shorten(_clean(stored.get("body") or stored.get("title") or ""))


class _Token:
    """What whoosh's fragmenter, scorer and formatter read of a token."""

    __slots__ = ("text", "startchar", "endchar", "matched", "boost")

    def __init__(self, text: str, startchar: int, endchar: int, matched: bool) -> None:
        self.text, self.startchar, self.endchar = text, startchar, endchar
        self.matched, self.boost = matched, 1.0

    def copy(self) -> _Token:
        return _Token(self.text, self.startchar, self.endchar, self.matched)


@lru_cache(maxsize=_ANALYSED)
def _analysed(text: str) -> tuple[tuple[str, ...], array]:
    """The stems of ``text`` as highlighting analyses it, with their (start, end) chars."""
    analyzer = _schema()["body"].analyzer
    stems, chars = [], array("i")
    for t in analyzer(text, chars=True, mode="query", removestops=False):
        stems.append(sys.intern(t.text))
        chars.extend((t.startchar, t.endchar))
    return tuple(stems), chars


@cache
def _marks_formatter() -> Any:
    from whoosh import highlight

    class Marks(highlight.Formatter):
        between = " … "

        def format_token(self, text: str, token: Any, replace: bool = False) -> str:
            return MARK_START + highlight.get_text(text, token, replace) + MARK_END

    return Marks()


def _shorten(text: str) -> str:
    """Cut at a word boundary near SNIPPET_CHARS."""
    if len(text) <= SNIPPET_CHARS + 20:
        return text
    # Marks wrap single words, so cutting at a space never leaves one open.
    return text[:SNIPPET_CHARS].rsplit(" ", 1)[0] + " …"


def _clean(text: str) -> str:
    """Collapse whitespace and drop our marker characters so marks stay unambiguous."""
    return " ".join(text.replace(MARK_START, "").replace(MARK_END, "").split())

"""Listing without a query, and snippets: ~200 characters of a hit's stored text around
the matched words, marked with « and », for the hits shown only."""

from __future__ import annotations

from functools import cache
from typing import Any

from practicedb.search.index import Hit, _schema

SNIPPET_CHARS = 200
MARK_START, MARK_END = "«", "»"
_HIGHLIGHT_FIELDS = frozenset({"title", "text", "body"})


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
    the hits shown are highlighted, from their stored text."""
    from whoosh import highlight

    if words:
        analyzer = _schema()["body"].analyzer
        for name in ("body", "title"):
            text = _clean(stored.get(name) or "")
            if not text:
                continue
            fragmenter = highlight.ContextFragmenter(maxchars=SNIPPET_CHARS, surround=70)
            frag = highlight.highlight(text, words, analyzer, fragmenter, _marks_formatter(),
                                       top=1)
            if frag:
                return _shorten(frag.strip())
    return _shorten(_clean(stored.get("body") or stored.get("title") or ""))


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

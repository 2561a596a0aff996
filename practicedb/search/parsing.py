"""From what a user types to a whoosh query: parsing with our fields and weights, the
filters, and spelling corrections from the index's own words."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable
from typing import Any

from practicedb.search import query as qu
from practicedb.search.index import QueryError, _schema

MAX_EXPANDED_TERMS = 1000  # words wildcards may expand to
# The catch-all field holds every searchable word; title again on its own for weighting.
SEARCH_FIELDS = ("title", "text")
# Query-time weights (BM25F per field, then multiplied), so retuning needs no reindex.
FIELD_BOOSTS = {"title": 1.5}
WORDS = re.compile(r"[A-Za-z0-9]+")


# -- parsing and filters ---------------------------------------------------------------

def filters_query(
    areas: Iterable[str] | None,
    forces: Iterable[str] | None,
    kinds: Iterable[str] | None,
    since: str | None,
    until: str | None,
) -> Any:
    """AND of the given filters, OR within each; None when there are none."""
    from whoosh import query as Q

    parts = []
    for name, values in (("area_key", areas), ("force_key", forces), ("kind", kinds)):
        terms = [Q.Term(name, v.strip().lower()) for v in values or () if v and v.strip()]
        if terms:
            parts.append(Q.Or(terms))
    if since or until:
        try:
            start, end = qu.parse_date(since), qu.parse_date(until, end=True)
        except ValueError as exc:
            raise QueryError(
                f"'{exc.args[0]}' is not a date: use YYYY, YYYY-MM or YYYY-MM-DD."
            ) from exc
        if start and end and start > end:
            raise QueryError("The 'since' date is after the 'until' date.")
        parts.append(Q.DateRange("published", start, end))  # type: ignore[arg-type]
    return Q.And(parts) if parts else None


def parser(schema: Any, fields: Iterable[str] = SEARCH_FIELDS) -> Any:
    """Plain OR of the words: no coordination bonus (its matcher wrapper cost more than
    it was worth; title weighting and BM25 already favour documents with more words)."""
    from whoosh import qparser

    return qparser.MultifieldParser(list(fields), schema, fieldboosts=FIELD_BOOSTS,
                                    group=qparser.OrGroup)


def parse(text: str, schema: Any, reader: Any) -> Any:
    """Parse query syntax, capping how many index words wildcards and ranges may expand
    to so no query can take minutes."""
    from whoosh import query as Q

    if not text.strip():
        return Q.NullQuery
    q = _not_means_without(parser(schema).parse(text))
    expanded = 0
    for leaf in [q] if q.is_leaf() else q.leaves():
        if isinstance(leaf, Q.Every):
            continue
        expanded += sum(
            1 for _ in itertools.islice(leaf.expanded_terms(reader), MAX_EXPANDED_TERMS + 1)
        )
        if expanded > MAX_EXPANDED_TERMS:
            raise QueryError(
                "That search matches too many different words (wildcards like * or ? "
                "expand to every word they fit); make it more specific."
            )
    return q


def _not_means_without(q: Any) -> Any:
    """Make 'a b NOT c' mean (a OR b) without c: in an OR group whoosh would otherwise read
    NOT c as "or anything without c" and return almost everything."""
    from whoosh import query as Q

    if isinstance(q, Q.Or):
        subs = [_not_means_without(s) for s in q.subqueries]
        nots = [s.query for s in subs if isinstance(s, Q.Not)]
        keep = [s for s in subs if not isinstance(s, Q.Not)]
        kept = Q.Or(keep, boost=q.boost, scale=getattr(q, "scale", None))
        return Q.AndNot(kept if keep else Q.Every(), Q.Or(nots)) if nots else kept
    if isinstance(q, Q.BinaryQuery):  # ANDMAYBE, ANDNOT, Require: two operands, no list
        return q.__class__(_not_means_without(q.a), _not_means_without(q.b))
    if isinstance(q, Q.CompoundQuery):
        return q.__class__([_not_means_without(s) for s in q.subqueries], boost=q.boost)
    return q


# -- spelling ----------------------------------------------------------------------------

def surface_forms(text: str) -> dict[str, str]:
    """Each distinct word of ``text`` (as first written, stop words dropped) -> its stem."""
    analyzer = _schema()["body"].analyzer
    out: dict[str, str] = {}
    seen: set[str] = set()
    for word in WORDS.findall(text):
        toks = [t.text for t in analyzer(word)]
        if toks and toks[0] not in seen:
            seen.add(toks[0])
            out[word if word.isupper() else word.lower()] = toks[0]
    return out


def corrections(searcher: Any, words: Iterable[str], glossary: qu.Glossary | None) -> dict:
    """Misspelt words -> the index word they most likely meant. A word is misspelt only
    when no practice has it (in any form, in any field), the glossary does not know it and
    it is not a real English word (``words.is_english``: "spiking" is never "corrected");
    corrections keep the first letter and are at most 1 edit away (2 for 7+ letters)."""
    from rapidfuzz.distance import Levenshtein

    from practicedb.search.words import is_english

    reader = searcher.reader()
    analyzer = _schema()["text"].analyzer
    corrector = None
    fixes: dict[str, str] = {}
    for word in {w.lower() for w in words}:
        if len(word) < 5 or not word.isalpha() or (glossary and word in glossary.words):
            continue
        toks = [t.text for t in analyzer(word)]
        if not toks or reader.doc_frequency("text", toks[0]) or is_english(word):
            continue
        corrector = corrector or reader.corrector("text")
        maxdist = 2 if len(word) >= 7 else 1
        found = corrector.suggest(word, limit=10, maxdist=maxdist, prefix=1)
        if found:  # whoosh orders by frequency too; the nearest spelling should win
            fixes[word] = min(found, key=lambda w: Levenshtein.distance(word, w))
    return fixes


def apply_fixes(text: str, fixes: dict[str, str]) -> str:
    return re.sub(r"[A-Za-z]+", lambda m: fixes.get(m[0].lower(), m[0]), text)

"""Running searches on the Whoosh index: ``find``, ``like``, ``search``.

The modules here and ``practicedb.index`` (schema, build, health) are the only ones that
import whoosh. ``engine`` scores (term-at-a-time: about ten times faster than whoosh's own
matcher tree), ``parsing`` turns text into queries and fixes spelling, ``snippets`` marks
the matched words. The open searcher is kept per index folder and reopened only when the
folder's files change, so repeated searches in one process skip the ~60 ms open.
"""

from __future__ import annotations

import os
import threading
from collections import OrderedDict
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from practicedb.search import query as qu
from practicedb.search.engine import Engine
from practicedb.search.index import (
    Hit,
    IndexMissingError,
    QueryError,
    Results,
    SearchIndexError,
    _open,
    _schema,
    is_current,
    is_healthy,
)
from practicedb.search.parsing import (
    SEARCH_FIELDS,
    WORDS,
    apply_fixes,
    corrections,
    filters_query,
    parse,
    parser,
    surface_forms,
)
from practicedb.search.snippets import browse as browse_filtered
from practicedb.search.snippets import highlight_words, snippet

MAX_LIKE_CHARS = 200_000  # text read for key terms (a long procedure document)
KEY_TERMS = 15  # key terms of a text used to find practices like it (more: slower, no better)
MAX_ALTERNATIVES = 20  # glossary phrases added to a ``like`` query
# In a long description many words match some title; one of them should not dominate.
LIKE_BOOSTS = {"title": 1.0}
_CACHED_INDEXES = 4  # open searchers kept per thread (each holds a few file handles)
_local = threading.local()

Filters = dict[str, Any]  # areas, forces, kinds (lists), since, until (ISO dates)


def search(index_dir: Path, query: str, *, limit: int = 20, **filters: Any) -> list[Hit]:
    """Best matches first (BM25F, title weighted up), filtered by exact area/force/kind and
    an inclusive publication date range (``areas``, ``forces``, ``kinds``, ``since``,
    ``until``). An empty query (or "*") lists the filtered practices, newest first.
    Raises QueryError (bad input) or IndexMissingError, never whoosh's own errors; text the
    query syntax cannot handle is retried as plain words. See ``find`` for the glossary."""
    return find(index_dir, query, limit=limit, correct=False, **filters).hits


def find(
    index_dir: Path,
    query: str,
    *,
    glossary: qu.Glossary | None = None,
    correct: bool = True,
    limit: int = 20,
    **filters: Any,
) -> Results:
    """``search`` plus query understanding: glossary alternatives (weighted below the words
    typed) and, when ``correct``, misspelt words replaced by the nearest index word."""
    text = qu.clean(query)
    if not text.replace("*", "").strip():  # "" or "*": list, don't score everything
        return _run(index_dir, filters, limit, lambda s: iter(()), browse=True)
    out = Results([])

    def attempts(searcher: Any) -> Iterator[Any]:
        fixes = corrections(searcher, qu.rewrite(text).words, glossary) if correct else {}
        if fixes:
            out.suggestion = apply_fixes(text, fixes)
        for src in (text, qu.plain(text)):  # plain words when the syntax is too broken
            rewritten = qu.rewrite(src, glossary, fixes)
            out.expansions = rewritten.expansions
            yield lambda t=rewritten.text: (parse(t, searcher.schema, searcher.reader()), None)

    out.hits = _run(index_dir, filters, limit, attempts).hits
    return out


def like(
    index_dir: Path,
    text: str,
    *,
    exclude_id: str | None = None,
    glossary: qu.Glossary | None = None,
    correct: bool = True,
    boost_areas: Iterable[str] = (),
    limit: int = 10,
    **filters: Any,
) -> Results:
    """Practices most like ``text`` (a practice, or a user's account of their own): its
    KEY_TERMS most distinctive words (Bo1, against the whole collection) searched with their
    weights, plus glossary alternatives; each hit names the words it shares with ``text``.
    ``boost_areas`` nudges practices in those business areas up (ties, mostly)."""
    from whoosh import query as Q

    text = " ".join(text[:MAX_LIKE_CHARS].split())
    out = Results([])
    weights: dict[str, float] = {}  # key term -> weight, to name shared terms best first

    def attempts(searcher: Any) -> Iterator[Any]:
        fixes = {}
        if correct:
            fixes = corrections(searcher, WORDS.findall(text[:5000]), glossary)
            if fixes:  # a long text: name the words rather than repeat the text
                out.suggestion = ", ".join(f"{w} → {f}" for w, f in sorted(fixes.items()))
        fixed = apply_fixes(text, fixes) if fixes else text
        keys = searcher.key_terms_from_text("text", fixed, numterms=KEY_TERMS, normalize=True)
        weights.update(keys)
        parts = [Q.Term(f, t, boost=w * LIKE_BOOSTS.get(f, 1.0))
                 for t, w in keys for f in SEARCH_FIELDS]
        rewritten = qu.rewrite(qu.plain(fixed[: qu.MAX_QUERY_CHARS * 4]), glossary)
        out.expansions = rewritten.expansions
        alts = [f'"{" ".join(qu.words_key(a))}"' for _, group in out.expansions for a in group]
        if alts:
            boost = qu.EXPANSION_WEIGHT * max((w for _, w in keys), default=1.0)
            alt_parser = parser(searcher.schema)
            parts.append(Q.Or([alt_parser.parse(a) for a in alts[:MAX_ALTERNATIVES]],  # type: ignore[arg-type]
                              boost=boost))
        parts += [Q.Term("area_key", a.lower(), boost=0.1) for a in boost_areas]
        mask = Q.Term("id", exclude_id) if exclude_id else None
        yield lambda: ((Q.Or(parts) if parts else Q.NullQuery), mask)

    forms = surface_forms(text)
    analyzer = _schema()["body"].analyzer

    def shared(stored: dict) -> tuple[str, ...]:  # from the stored text: no term vectors
        stems = {t.text for t in analyzer(f"{stored.get('title', '')} {stored.get('body', '')}")}
        found = [w for w, st in forms.items() if st in stems and w.lower() not in qu.GENERIC]
        return tuple(sorted(found, key=lambda w: -weights.get(forms[w], 0.0)))

    out.hits = _run(index_dir, filters, limit, attempts, shared=shared).hits
    return out


def _run(
    index_dir: Path,
    filters: Filters,
    limit: int,
    attempts: Callable[[Any], Iterator[Callable[[], tuple[Any, Any]]]],
    *,
    browse: bool = False,
    shared: Callable[[dict], tuple[str, ...]] = lambda stored: (),
) -> Results:
    """Run the first query ``attempts`` makes that whoosh accepts; turn every failure into
    QueryError (the query's fault) or IndexMissingError (the index's)."""
    flt = filters_query(**{k: filters.get(k) for k in ("areas", "forces", "kinds", "since",
                                                       "until")})
    limit = max(1, int(limit))
    error: Exception | None = None
    try:
        engine = _engine(Path(index_dir))
        if browse:
            return Results(browse_filtered(engine.searcher, flt, limit))
        tries = attempts(engine.searcher)
        while True:
            try:
                q, mask = next(tries)()  # parsing here, so a failure is caught below
                top = engine.top(q, flt, mask, limit)
                words = highlight_words(q, engine.searcher.reader())
                hits = []
                for docnum, score in top:
                    stored = engine.searcher.stored_fields(docnum)
                    hits.append(Hit(stored["id"], score, snippet(stored, words), shared(stored)))
                return Results(hits)
            except (QueryError, StopIteration):
                raise
            except Exception as exc:  # noqa: BLE001 - contract: never a raw whoosh error
                error = exc
    except SearchIndexError:
        raise
    except StopIteration:
        pass
    except Exception as exc:  # noqa: BLE001 - opening the segments failed
        error = exc
    _forget(Path(index_dir))
    if not is_healthy(index_dir):  # the fault is the index's, not the query's
        raise IndexMissingError(
            f"The search index at {index_dir} is damaged; rebuild it."
        ) from error
    raise QueryError(
        f"That search could not be understood ({type(error).__name__}); "
        "try plain words without quotes or brackets."
    ) from error


# -- the open searcher, kept between calls -------------------------------------------------

def _signature(index_dir: Path) -> tuple:
    """What identifies one state of the folder: a rebuild swaps the folder (new inode), an
    update writes new files; either way the cached searcher is stale."""
    with os.scandir(index_dir) as entries:
        files = sorted((e.name, e.stat().st_size, e.stat().st_mtime_ns) for e in entries)
    return os.stat(index_dir).st_ino, tuple(files)


def _engine(index_dir: Path) -> Engine:
    """The cached engine for ``index_dir``, reopened when its files changed (per thread:
    whoosh searchers are not meant to be shared between threads)."""
    cache_: OrderedDict[str, tuple[tuple, Engine]] = _local.__dict__.setdefault(
        "engines", OrderedDict())
    key = os.path.abspath(index_dir)
    try:
        sig = _signature(index_dir)
    except OSError as exc:
        raise IndexMissingError(f"There is no search index at {index_dir}; rebuild it.") from exc
    cached = cache_.get(key)
    if cached and cached[0] == sig:
        cache_.move_to_end(key)
        return cached[1]
    _forget(index_dir)
    ix = _open(index_dir)
    if not is_current(index_dir, ix):
        raise IndexMissingError(
            f"The search index at {index_dir} was built by an older version; rebuild it.")
    engine = Engine(ix.searcher())
    cache_[key] = (sig, engine)
    while len(cache_) > _CACHED_INDEXES:
        cache_.popitem(last=False)[1][1].close()
    return engine


def release(index_dir: Path) -> None:
    """Close this thread's cached searcher of ``index_dir`` (before replacing the folder:
    Windows will not rename a folder with files open in it)."""
    _forget(Path(index_dir))


def _forget(index_dir: Path) -> None:
    cache_ = _local.__dict__.get("engines") or {}
    cached = cache_.pop(os.path.abspath(index_dir), None)
    if cached:
        cached[1].close()


def indexed_count(index_dir: Path) -> int | None:
    """Practices in a current-schema index (None: missing, old or unreadable), opening it
    through the cache so the search that follows in this process reuses it."""
    try:
        return _engine(Path(index_dir)).searcher.doc_count()
    except Exception:  # noqa: BLE001 - any failure means "no usable index"
        return None


def join_hits(db: Any, hits: Iterable[Hit], *, shared_terms: bool = False) -> list[dict]:
    """Hits joined to their practices in SQLite, as contract dicts with ``score`` and
    ``snippet`` (and ``shared_terms`` for similar/benchmark). An index entry with no
    database row is stale and skipped."""
    from practicedb import storage
    from practicedb.storage.export import contract

    out = []
    for hit in hits:
        practice = storage.get_practice(db, hit.id)
        if practice:
            extra = {"shared_terms": list(hit.shared_terms)} if shared_terms else {}
            out.append(dict(contract(practice, score=round(hit.score, 3), snippet=hit.snippet,
                                     **extra)))
    return out

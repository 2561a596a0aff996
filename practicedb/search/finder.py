"""Running searches on the Whoosh index: ``find``, ``like``, ``search``.

The modules here and ``practicedb.index`` (schema, build, health) are the only ones that
import whoosh. ``engine`` scores (term-at-a-time: about ten times faster than whoosh's own
matcher tree), ``parsing`` turns text into queries and fixes spelling, ``snippets`` marks
the matched words. The open searcher is kept per index folder and reopened only when the
folder's files change, so repeated searches in one process skip the ~60 ms open.
"""

from __future__ import annotations

import os
import re
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from practicedb.classification import Taxonomy
from practicedb.search import query as qu
from practicedb.search import scoring
from practicedb.search.engine import Engine
from practicedb.search.index import (
    Hit,
    IndexMissingError,
    QueryError,
    Results,
    SearchIndexError,
    _open,
    disk_error,
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
from practicedb.search.strength import coverage, kept, label, stems_of, word_groups
from practicedb.search.words import is_filler, is_stop_word

MAX_LIKE_CHARS = 200_000  # text read for key terms (a long procedure document)
KEY_TERMS = 15  # key terms of a text used to find practices like it (more: slower, no better)
MAX_ALTERNATIVES = 20  # glossary phrases added to a ``like`` query
# In a long description many words match some title; one of them should not dominate.
LIKE_BOOSTS = {"title": 1.0}
PROXIMITY_WEIGHT = 0.5  # a pair of neighbouring typed words found together, as a phrase
MAX_PROXIMITY_WORDS = 8  # longer texts are descriptions: their word order says little
PLAIN_QUERY = re.compile(r"[A-Za-z0-9\s'\u2019-]+")
_ATTEMPTS = 8  # tries of a search whose index changed under it (1.4 s of waits at most)
_CACHED_INDEXES = 4  # open searchers kept per thread (each holds a few file handles)
_local = threading.local()
FEW_HITS = 3  # fewer hits than this: "very little", worth a spelling suggestion

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
    taxonomy: Taxonomy | None = None,
    pool: int = 0,
    **filters: Any,
) -> Results:
    """``search`` plus query understanding: field terms (``kind:``, ``force:``, ``area:``,
    ``since:``, ``until:``) filter like the options (an ambiguous name raises FilterError);
    glossary alternatives are weighted below the words typed. The words are searched as
    typed; only when they find fewer than FEW_HITS strong matches and a word is known to
    neither the index, the glossary nor English is a spelling suggested (``suggestion``);
    its hits (``suggested``) follow the typed ones, or come first when the words as typed
    matched nothing strongly (then every hit lacks the unknown word). ``pool``: also the
    ids of the best ``pool`` matches, no snippet made past ``limit`` (``Results.pool``)."""
    from practicedb.search.fieldterms import split_field_terms
    from practicedb.search.parsing import filters_query

    text, typed_filters = split_field_terms(qu.clean(query), taxonomy)
    extra = filters_query(**typed_filters.as_kwargs()) if typed_filters else None  # type: ignore[arg-type]
    if not text.replace("*", "").strip():  # "" or "*": list, don't score everything
        return _run(index_dir, filters, limit, None, extra=extra)
    out = _find_text(index_dir, text, glossary, filters, limit, extra, pool)
    strong = sum(1 for h in out.hits if h.strength == "strong")
    if correct and strong < FEW_HITS:
        fixes = _fixes(index_dir, qu.rewrite(text).words, glossary)
        if fixes:
            out.suggestion = apply_fixes(text, fixes)
            fixed = _find_text(index_dir, out.suggestion, glossary, filters, limit, extra)
            _merge(out, fixed.hits, limit, first=not strong)
            out.pool = None
    return out


def _fixes(index_dir: Path, words: list[str], glossary: qu.Glossary | None) -> dict:
    """Spelling corrections, or none if the index cannot be read just now (a rebuild is
    swapping it): a suggestion is a courtesy, never a reason for a search to fail."""
    try:
        return corrections(_engine(Path(index_dir)).searcher, words, glossary)
    except Exception:  # noqa: BLE001 - see above
        return {}


def _merge(out: Results, more: list[Hit], limit: int, *, first: bool) -> None:
    """Add the suggestion's hits: after the typed ones, or before them (``first``)."""
    typed = out.hits
    ids = {h.id for h in (typed if not first else ())}
    more = [h for h in more if h.id not in ids]
    if not more:
        return
    if first:
        shown = {h.id for h in more}
        out.hits = (more + [h for h in typed if h.id not in shown])[:limit]
        out.suggested = (0, min(len(more), limit))
    else:
        out.hits = (typed + more)[:limit]
        if len(out.hits) > len(typed):
            out.suggested = (len(typed), len(out.hits))


def _find_text(index_dir: Path, text: str, glossary: qu.Glossary | None, filters: Filters,
               limit: int, extra: Any, pool: int = 0) -> Results:
    out = Results([])
    rewritten = qu.rewrite(text, glossary)
    out.expansions = rewritten.expansions

    def attempts(searcher: Any) -> Iterator[Any]:
        for src in (text, qu.plain(text)):  # plain words when the syntax is too broken
            t = qu.rewrite(src, glossary).text + _proximity(src)
            yield lambda t=t: (parse(t, searcher.schema, searcher.reader()), None)

    groups = word_groups(rewritten.words, rewritten.expansions)
    found = _run(index_dir, filters, limit, attempts, extra=extra, groups=groups, pool=pool)
    out.hits, out.pool = found.hits, found.pool
    return out


def _proximity(text: str) -> str:
    """For plain words, each pair of neighbouring words (stop words skipped, as the index
    skips them) also as a phrase at PROXIMITY_WEIGHT: practices that keep the words
    together ("shop theft", "parish councils") rank above those with them apart. Read
    from the word-pair fields, so nearly free."""
    if not PLAIN_QUERY.fullmatch(text):
        return ""
    words = [w for w in WORDS.findall(text) if not is_stop_word(w)]
    if not 2 <= len(words) <= MAX_PROXIMITY_WORDS:
        return ""
    return "".join(f' "{a} {b}"^{PROXIMITY_WEIGHT:g}' for a, b in zip(words, words[1:],
                                                                      strict=False))


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

    fixes: dict[str, str] = {}  # filled only when the text as written finds very little

    def attempts(searcher: Any) -> Iterator[Any]:
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

    def shared(stored: dict) -> tuple[str, ...]:  # from the stored text: no term vectors
        stems = stems_of(f"{stored.get('title', '')} {stored.get('body', '')}")
        found = [w for w, st in forms.items() if st in stems and not is_filler(w)]
        return tuple(sorted(found, key=lambda w: -weights.get(forms[w], 0.0)))

    out.hits = _run(index_dir, filters, limit, attempts, shared=shared).hits
    if correct and len(out.hits) < FEW_HITS:
        fixes.update(_fixes(index_dir, WORDS.findall(text[:5000]), glossary))
        if fixes:  # a long text: name the words rather than repeat the text
            out.suggestion = ", ".join(f"{w} → {f}" for w, f in sorted(fixes.items()))
            _merge(out, _run(index_dir, filters, limit, attempts, shared=shared).hits, limit,
                   first=False)
    return out


def _run(
    index_dir: Path,
    filters: Filters,
    limit: int,
    attempts: Callable[[Any], Iterator[Callable[[], tuple[Any, Any]]]] | None,
    *,
    shared: Callable[[dict], tuple[str, ...]] = lambda stored: (),
    extra: Any = None,
    groups: list[frozenset[str]] | None = None,
    pool: int = 0,
) -> Results:
    """Run the first query ``attempts`` makes that whoosh accepts (no ``attempts``: list
    the filtered practices); hits below the cut-off are dropped, the rest graded. Only
    QueryError blames the query; an internal failure is retried on a freshly opened index
    (a rebuild may have swapped the folder mid-search), then reported as the index's."""
    from whoosh import query as Q

    flt = filters_query(**{k: filters.get(k) for k in ("areas", "forces", "kinds", "since",
                                                       "until")})
    if extra is not None:
        flt = extra if flt is None else Q.And([flt, extra])
    limit = max(1, int(limit))
    error: Exception | None = None
    for attempt in range(_ATTEMPTS):
        if attempt:
            time.sleep(0.05 * attempt)  # a rebuild swapping the folder is done in moments
        try:
            engine = _engine(Path(index_dir))
            if attempts is None:
                return Results(browse_filtered(engine.searcher, flt, limit))
            q, mask = _first_parsed(attempts(engine.searcher))
            ranked = kept(scoring.top(engine, q, flt, mask, max(limit, pool)))
            top = ranked[:limit]  # the best ``limit`` of more are the best ``limit``
            words = highlight_words(q, engine.searcher.reader())
            best = top[0][1] if top else 0.0
            hits = []
            for docnum, score in top:
                stored = engine.searcher.stored_fields(docnum)
                grade = label(score / best if best > 0 else 0.0, coverage(stored, groups or []))
                hits.append(Hit(stored["id"], score, snippet(stored, words), shared(stored),
                                grade))
            more = [engine.searcher.stored_fields(d)["id"] for d, _ in ranked[limit:pool]]
            return Results(hits, pool=[h.id for h in hits] + more if pool else None)
        except IndexMissingError as exc:  # also the instant a rebuild swaps the folders
            error = exc
        except SearchIndexError:
            raise
        except OSError as exc:
            disk = disk_error(Path(index_dir), exc)
            if disk is not None:
                raise disk from exc
            error = exc
        except Exception as exc:  # noqa: BLE001 - contract: never a raw whoosh error
            error = exc
        _forget(Path(index_dir))
    if isinstance(error, IndexMissingError) and not Path(index_dir).exists():
        raise error
    if not is_healthy(index_dir):  # the fault is the index's, not the query's
        raise IndexMissingError(
            f"The search index at {index_dir} is damaged; rebuild it."
        ) from error
    raise SearchIndexError(
        f"The search index could not answer just now ({type(error).__name__}); try again, "
        "and if it keeps happening run 'practicedb reindex'."
    ) from error


def _first_parsed(tries: Iterator[Callable[[], tuple[Any, Any]]]) -> tuple[Any, Any]:
    """The first attempt that parses. Only a QueryError is the query's fault: the last
    attempt is plain words, which always parse, so any other failure is internal."""
    error: Exception | None = None
    for make in tries:
        try:
            return make()
        except QueryError:
            raise
        except Exception as exc:  # noqa: BLE001 - try the plainer form
            error = exc
    raise error or RuntimeError("no query to run")


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
    engine.fast_ok = _fast_trusted(index_dir, sig, engine)
    cache_[key] = (sig, engine)
    while len(cache_) > _CACHED_INDEXES:
        cache_.popitem(last=False)[1][1].close()
    return engine


_checked: dict[str, bool] = {}  # index folder -> the fast path agreed with whoosh


def _fast_trusted(index_dir: Path, sig: tuple, engine: Engine) -> bool:
    """Compare the fast scorer with whoosh's on this index, once per process."""
    key = os.path.abspath(index_dir)  # once per folder and process: the code is the same
    if key not in _checked:
        if len(_checked) > 16:
            _checked.clear()
        _checked[key] = scoring.agrees(engine)
    return _checked[key]


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
    """Hits joined to their practices in SQLite, as contract dicts with ``score``,
    ``strength`` (strong | good | partial) and ``snippet`` (and ``shared_terms`` for
    similar/benchmark). An index entry with no
    database row is stale and skipped."""
    from practicedb import storage
    from practicedb.storage.export import contract

    out = []
    for hit in hits:
        practice = storage.get_practice(db, hit.id)
        if practice:
            extra = {"shared_terms": list(hit.shared_terms)} if shared_terms else {}
            out.append(dict(contract(practice, score=round(hit.score, 3),
                                     strength=hit.strength, snippet=hit.snippet, **extra)))
    return out

"""Full-text search index over practices (Whoosh, via the ``whoosh3`` distribution).

The index is derived data: SQLite is the truth and the index can always be rebuilt from
it, so every failure here is answered the same way by the caller (``rebuild``). This is
the only module that imports whoosh, so the engine can be swapped without touching the
rest of the code; whoosh is imported inside functions because the CLI loads this module
lazily and commands that do not search should not pay for it.
"""

from __future__ import annotations

import itertools
import os
import re
import secrets
import shutil
import tempfile
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from . import query as qu

LOCK_TIMEOUT = 30.0  # seconds a writer waits for another writer to finish
MAX_EXPANDED_TERMS = 1000  # words wildcards may expand to (~2.5 ms each on 5k docs)
MAX_LIKE_CHARS = 200_000  # text read for key terms (a long procedure document)
KEY_TERMS = 30  # key terms of a text used to find practices like it
SNIPPET_CHARS = 200
MARK_START, MARK_END = "«", "»"

# Fields the query parser searches; forces/areas here are the word-searchable copies.
SEARCH_FIELDS = ("title", "body", "report_title", "section", "forces", "areas")
# Query-time weights (BM25F per field, then multiplied), so retuning needs no reindex.
FIELD_BOOSTS = {"title": 3.0}
# In a long description many words match some title; one of them should not dominate.
LIKE_BOOSTS = {"title": 1.5}
_WORDS = re.compile(r"[A-Za-z0-9]+")


class SearchIndexError(Exception):
    """Base of this module's errors; messages are plain words fit for the user."""


class IndexBusyError(SearchIndexError):
    """Another writer kept the index locked for longer than we were willing to wait."""


class QueryError(SearchIndexError):
    """The search text or a filter value could not be understood."""


class IndexMissingError(SearchIndexError):
    """There is no usable index at the path; the caller should ``rebuild`` from SQLite."""


@dataclass(frozen=True)
class Hit:
    """One search result: the practice id (look the rest up in SQLite), score and snippet."""

    id: str
    score: float
    snippet: str
    shared_terms: tuple[str, ...] = ()  # words of the query text the practice also has


@dataclass
class Results:
    """Hits plus what was understood: a spelling suggestion and the glossary additions."""

    hits: list[Hit]
    suggestion: str | None = None  # the query with misspelt words corrected
    expansions: list[tuple[str, list[str]]] = field(default_factory=list)


@cache
def _schema() -> Any:
    """The index schema (cached: building analysers is not free)."""
    from whoosh import fields
    from whoosh.analysis import StemmingAnalyzer

    def text(**kw: Any) -> Any:
        return fields.TEXT(analyzer=StemmingAnalyzer(), **kw)

    return fields.Schema(
        id=fields.ID(stored=True, unique=True),
        kind=fields.ID(stored=True),  # lowercase, exact filter
        title=text(stored=True, spelling=True),
        body=text(stored=True, spelling=True),
        report_title=text(),
        section=text(),
        # Word-searchable force/area names (so "thames" finds "Thames Valley") ...
        forces=fields.TEXT(),
        areas=fields.TEXT(),
        # ... and exact, lowercase, comma-separated copies for filters.
        force_key=fields.KEYWORD(commas=True, lowercase=True),
        area_key=fields.KEYWORD(commas=True, lowercase=True),
        published=fields.DATETIME(sortable=True),
    )


def _keys(values: Iterable[str] | None) -> str:
    return ",".join(v.strip().lower().replace(",", " ") for v in values or () if v.strip())


def _document(p: dict) -> dict:
    """Turn a practice dict into a whoosh document; absent/odd dates are just left out."""
    forces, areas = list(p.get("forces") or ()), list(p.get("areas") or ())
    doc = {
        "id": str(p["id"]),
        "kind": (p.get("kind") or "").lower(),
        "title": p.get("title") or "",
        "body": p.get("body") or "",
        "report_title": p.get("report_title") or "",
        "section": p.get("section") or "",
        "forces": "\n".join(forces),
        "areas": "\n".join(areas),
        "force_key": _keys(forces),
        "area_key": _keys(areas),
    }
    try:
        published = qu.parse_date(p.get("published"))
    except ValueError:
        published = None
    if published is not None:
        doc["published"] = published
    return doc


def _open(index_dir: Path) -> Any:
    """Open the index or raise IndexMissingError (missing or unreadable alike)."""
    from whoosh import index as windex

    if not Path(index_dir).is_dir() or not windex.exists_in(str(index_dir)):
        raise IndexMissingError(f"There is no search index at {index_dir}; rebuild it.")
    try:
        return windex.open_dir(str(index_dir))
    except Exception as exc:  # damaged files raise all sorts (EOFError, pickle, OSError...)
        raise IndexMissingError(
            f"The search index at {index_dir} cannot be read; rebuild it."
        ) from exc


def _busy(timeout: float) -> IndexBusyError:
    return IndexBusyError(
        f"The search index is busy (another update has held it for over {timeout:g} s); "
        "try again shortly."
    )


def _writer(ix: Any, timeout: float) -> Any:
    from whoosh.index import LockError

    try:
        return ix.writer(timeout=timeout, delay=0.1)
    except LockError as exc:
        raise _busy(timeout) from exc


def rebuild(
    index_dir: Path, practices: Iterable[dict], *, lock_timeout: float = LOCK_TIMEOUT
) -> int:
    """Build a complete new index beside ``index_dir`` and swap it in; return the doc count.

    Building aside means a crash or a bad record mid-build leaves the old index untouched;
    only the final renames touch ``index_dir``. The old index's write lock is held for
    the swap so an update in progress is not lost under our feet.
    """
    from whoosh import index as windex

    index_dir = Path(index_dir)
    index_dir.parent.mkdir(parents=True, exist_ok=True)
    _clean_leftovers(index_dir)
    tmp = Path(
        tempfile.mkdtemp(prefix=f".{index_dir.name}.tmp-{os.getpid()}-", dir=index_dir.parent)
    )
    try:
        ix = windex.create_in(str(tmp), _schema())
        writer = ix.writer(limitmb=128)
        try:
            for p in practices:
                writer.add_document(**_document(p))
        except BaseException:
            writer.cancel()
            raise
        writer.commit(optimize=True)
        count = ix.doc_count()
        ix.close()
        _swap_in(tmp, index_dir, lock_timeout)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return count


def _swap_in(new: Path, index_dir: Path, lock_timeout: float) -> None:
    old = index_dir.with_name(f".{index_dir.name}.old-{os.getpid()}-{secrets.token_hex(4)}")
    lock = None
    try:
        ix = _open(index_dir) if index_dir.exists() else None
    except IndexMissingError:
        ix = None  # damaged: nothing worth protecting
    if ix is not None:  # wait for a running update to finish, then keep others out
        lock = ix.lock("WRITELOCK")
        deadline = time.monotonic() + lock_timeout
        while not lock.acquire(blocking=False):
            if time.monotonic() > deadline:
                raise _busy(lock_timeout)
            time.sleep(0.1)
    try:
        if index_dir.exists():
            os.rename(index_dir, old)
        os.rename(new, index_dir)
    finally:
        if lock is not None:
            lock.release()  # the lock file now sits inside ``old``
        shutil.rmtree(old, ignore_errors=True)


def _clean_leftovers(index_dir: Path) -> None:
    """Remove temp/old folders left by rebuilds that died (untouched for an hour)."""
    for kind in ("tmp", "old"):
        for path in index_dir.parent.glob(f".{index_dir.name}.{kind}-*"):
            if path.is_dir() and time.time() - path.stat().st_mtime > 3600:
                shutil.rmtree(path, ignore_errors=True)


def update(
    index_dir: Path,
    upserts: Iterable[dict] = (),
    delete_ids: Iterable[str] = (),
    *,
    lock_timeout: float = LOCK_TIMEOUT,
) -> None:
    """Add or replace (by id) and delete practices in place.

    Waits up to ``lock_timeout`` seconds for another writer, then raises IndexBusyError;
    raises IndexMissingError when there is no index (rebuild instead).
    """
    ix = _open(Path(index_dir))
    with _damage_means_missing(index_dir):
        writer = _writer(ix, lock_timeout)
    try:
        for doc_id in delete_ids:
            with _damage_means_missing(index_dir):
                writer.delete_by_term("id", str(doc_id))
        for p in upserts:  # errors from the caller's iterable pass through unchanged
            doc = _document(p)
            with _damage_means_missing(index_dir):
                writer.update_document(**doc)
    except BaseException:
        writer.cancel()
        raise
    with _damage_means_missing(index_dir):
        writer.commit()


@contextmanager
def _damage_means_missing(index_dir: Path) -> Iterator[None]:
    """Report whoosh's low-level failures on a damaged index as IndexMissingError."""
    try:
        yield
    except SearchIndexError:
        raise
    except Exception as exc:  # noqa: BLE001 - damaged files raise many unrelated types
        raise IndexMissingError(f"The search index at {index_dir} is damaged; rebuild it.") from exc


def doc_count(index_dir: Path) -> int | None:
    """Number of practices indexed (from the index's table of contents, so cheap; it does
    not check the data files - use ``is_healthy``), or None when there is no index."""
    try:
        ix = _open(Path(index_dir))
        return ix.doc_count()
    except Exception:  # noqa: BLE001 - any failure means "no usable index"
        return None


def is_healthy(index_dir: Path, expected_ids: set[str] | None = None) -> bool:
    """True when the index opens, every stored record and term list reads back, its schema
    is the current one and (if given) it holds exactly ``expected_ids``. False means the
    caller should rebuild from SQLite."""
    try:
        ix = _open(Path(index_dir))
        if sorted(ix.schema.names()) != sorted(_schema().names()):
            return False  # built by an older version of this module
        with ix.searcher() as searcher:
            reader = searcher.reader()
            ids = [fields["id"] for fields in reader.all_stored_fields()]
            for name in ("id", "body", "force_key"):
                for _ in reader.lexicon(name):
                    pass
            if len(ids) != len(set(ids)) or len(ids) != ix.doc_count():
                return False
        return expected_ids is None or set(ids) == {str(i) for i in expected_ids}
    except Exception:  # noqa: BLE001 - damaged whoosh files raise many unrelated types
        return False


def _filters(
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
        parts.append(Q.DateRange("published", start, end))
    return Q.And(parts) if parts else None


def _parser(schema: Any, fields: Iterable[str] = SEARCH_FIELDS) -> Any:
    from whoosh import qparser

    return qparser.MultifieldParser(
        list(fields), schema, fieldboosts=FIELD_BOOSTS, group=qparser.OrGroup.factory(0.9)
    )


def _parse(text: str, schema: Any, reader: Any) -> Any:
    """Parse query syntax, capping how many index words wildcards and ranges may expand
    to so no query can take minutes."""
    from whoosh import query as Q

    if not text.strip():
        return Q.NullQuery
    q = _not_means_without(_parser(schema).parse(text))
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
    if isinstance(q, Q.CompoundQuery):
        return q.__class__([_not_means_without(s) for s in q.subqueries], boost=q.boost)
    return q


Filters = dict[str, Any]  # areas, forces, kinds (lists), since, until (ISO dates)


def search(index_dir: Path, query: str, *, limit: int = 20, **filters: Any) -> list[Hit]:
    """Best matches first (BM25F, title weighted 3x), filtered by exact area/force/kind and
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
        fixes = _corrections(searcher, qu.rewrite(text).words, glossary) if correct else {}
        if fixes:
            out.suggestion = _apply(text, fixes)
        for src in (text, qu.plain(text)):  # plain words when the syntax is too broken
            rewritten = qu.rewrite(src, glossary, fixes)
            out.expansions = rewritten.expansions
            yield lambda t=rewritten.text: (_parse(t, searcher.schema, searcher.reader()), None)

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
            fixes = _corrections(searcher, _WORDS.findall(text[:5000]), glossary)
            if fixes:  # a long text: name the words rather than repeat the text
                out.suggestion = ", ".join(f"{w} → {f}" for w, f in sorted(fixes.items()))
        fixed = _apply(text, fixes) if fixes else text
        keys = searcher.key_terms_from_text("body", fixed, numterms=KEY_TERMS, normalize=True)
        weights.update(keys)
        parts = [Q.Term(f, t, boost=w * LIKE_BOOSTS.get(f, 1.0))
                 for t, w in keys for f in ("title", "body")]
        rewritten = qu.rewrite(qu.plain(fixed[: qu.MAX_QUERY_CHARS * 4]), glossary)
        out.expansions = rewritten.expansions
        alts = [f'"{" ".join(qu.words_key(a))}"' for _, group in out.expansions for a in group]
        if alts:
            boost = qu.EXPANSION_WEIGHT * max((w for _, w in keys), default=1.0)
            parts.append(Q.Or([_parser(searcher.schema, ("title", "body")).parse(a)
                               for a in alts[:50]], boost=boost))
        parts += [Q.Term("area_key", a.lower(), boost=0.1) for a in boost_areas]
        mask = Q.Term("id", exclude_id) if exclude_id else None
        yield lambda: ((Q.Or(parts) if parts else Q.NullQuery), mask)

    forms = _surface_forms(text)

    analyzer = _schema()["body"].analyzer

    def shared(hit: Any) -> tuple[str, ...]:  # from the stored text: cheaper than terms=True
        stems = {t.text for t in analyzer(f"{hit.get('title', '')} {hit.get('body', '')}")}
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
    shared: Callable[[Any], tuple[str, ...]] = lambda hit: (),
) -> Results:
    """Run the first query ``attempts`` makes that whoosh accepts; turn every failure into
    QueryError (the query's fault) or IndexMissingError (the index's)."""
    ix = _open(Path(index_dir))
    flt = _filters(**{k: filters.get(k) for k in ("areas", "forces", "kinds", "since", "until")})
    limit = max(1, int(limit))
    error: Exception | None = None
    try:
        with ix.searcher() as searcher:
            if browse:
                return Results(_browse(searcher, flt, limit))
            tries = attempts(searcher)
            while True:
                try:
                    q, mask = next(tries)()  # parsing here, so a failure is caught below
                    found = searcher.search(q, filter=flt, mask=mask, limit=limit)
                    return Results([Hit(h["id"], float(h.score or 0.0), _snippet(h), shared(h))
                                    for h in found])
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
    if not is_healthy(index_dir):  # the fault is the index's, not the query's
        raise IndexMissingError(
            f"The search index at {index_dir} is damaged; rebuild it."
        ) from error
    raise QueryError(
        f"That search could not be understood ({type(error).__name__}); "
        "try plain words without quotes or brackets."
    ) from error


def _surface_forms(text: str) -> dict[str, str]:
    """Each distinct word of ``text`` (as first written, stop words dropped) -> its stem."""
    analyzer = _schema()["body"].analyzer
    out: dict[str, str] = {}
    seen: set[str] = set()
    for word in _WORDS.findall(text):
        toks = [t.text for t in analyzer(word)]
        if toks and toks[0] not in seen:
            seen.add(toks[0])
            out[word if word.isupper() else word.lower()] = toks[0]
    return out


def _corrections(searcher: Any, words: Iterable[str], glossary: qu.Glossary | None) -> dict:
    """Misspelt words -> the index word they most likely meant. A word is misspelt when no
    practice has it (in any form) and the glossary does not know it; corrections keep the
    first letter and are at most 1 edit away (2 for words of 7+ letters)."""
    from rapidfuzz.distance import Levenshtein

    reader = searcher.reader()
    analyzer = _schema()["body"].analyzer
    fixes: dict[str, str] = {}
    for word in {w.lower() for w in words}:
        if len(word) < 5 or not word.isalpha() or (glossary and word in glossary.words):
            continue
        toks = [t.text for t in analyzer(word)]
        if not toks or any(reader.doc_frequency(f, toks[0]) for f in ("body", "title")):
            continue
        if any(reader.doc_frequency(f, word) for f in ("forces", "areas", "report_title")):
            continue
        maxdist = 2 if len(word) >= 7 else 1
        found = [w for name in ("body", "title")
                 for w in reader.corrector(name).suggest(word, limit=5, maxdist=maxdist, prefix=1)]
        if found:  # whoosh orders by frequency too; the nearest spelling should win
            fixes[word] = min(found, key=lambda w: Levenshtein.distance(word, w))
    return fixes


def _apply(text: str, fixes: dict[str, str]) -> str:
    return re.sub(r"[A-Za-z]+", lambda m: fixes.get(m[0].lower(), m[0]), text)


def _browse(searcher: Any, flt: Any, limit: int) -> list[Hit]:
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
    return [Hit(hit["id"], 0.0, _snippet(hit)) for hit in hits]


def _snippet(hit: Any) -> str:
    """~200 chars of body (or title) around the matched words, marked with « and »."""
    from whoosh import highlight

    hit.results.fragmenter = highlight.ContextFragmenter(maxchars=SNIPPET_CHARS, surround=70)
    hit.results.formatter = _marks_formatter()
    for name in ("body", "title"):
        text = hit.get(name) or ""
        if text and (frag := hit.highlights(name, top=1, text=_clean(text))):
            return _shorten(frag.strip())
    return _shorten(_clean(hit.get("body") or hit.get("title") or ""))


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

"""Full-text search index over practices (Whoosh, via ``whoosh3``): schema, build, update,
health.

The index is derived data: SQLite is the truth and the index can always be rebuilt from
it, so every failure here is answered the same way by the caller (``rebuild``). Only this
module and ``searching`` (query execution) import whoosh, so the engine can be swapped
without touching the rest; whoosh is imported inside functions so commands that do not
search do not pay for it. ``find``, ``like`` and ``search`` live in ``searching`` and stay
importable from here.
"""

from __future__ import annotations

import os
import secrets
import shutil
import tempfile
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from practicedb.search import query as qu
from practicedb.search.errors import (  # re-exported: callers catch index.QueryError etc.
    IndexBusyError,
    IndexDiskError,
    IndexMissingError,
    QueryError,
    SearchIndexError,
    disk_error,
)

LOCK_TIMEOUT = 30.0  # seconds a writer waits for another writer to finish
# Bump when the schema or what goes into a field changes: older indexes then fail
# ``is_healthy``/``current_doc_count`` and are rebuilt from SQLite automatically.
SCHEMA_VERSION = 4
_VERSION_FILE = "practicedb-schema"
SOURCE_FILE = "practicedb-source"  # the database signature it was built from (``writing``)
# Plain-text fields copied into the catch-all ``text`` field (one posting list per word).
TEXT_PARTS = ("title", "section", "report_title", "forces", "areas", "body")
# Fields with a twin of word pairs, named with PAIRS after them (``body_pairs``).
PAIRED = ("title", "body", "report_title", "section", "forces", "areas")
PAIRS, PAIR_SEP = "_pairs", " "  # a pair is two stems: "domest abus"
# Fields the engine scores term-at-a-time.
SCORED_FIELDS = frozenset({"text", *PAIRED, *(f"{f}{PAIRS}" for f in PAIRED)})
__all__ = ["IndexBusyError", "IndexDiskError", "IndexMissingError", "QueryError",
           "SearchIndexError", "disk_error"]


@dataclass(frozen=True)
class Hit:
    """One search result: the practice id (look the rest up in SQLite), score and snippet."""

    id: str
    score: float
    snippet: str
    shared_terms: tuple[str, ...] = ()  # words of the query text the practice also has
    strength: str = ""  # strong | good | partial (``strength``); "" when not scored


@dataclass
class Results:
    """Hits plus what was understood: a spelling suggestion and the glossary additions."""

    hits: list[Hit]
    suggestion: str | None = None  # the query with misspelt words corrected
    # (start, end): the hits at those positions answer the suggestion, not the words as
    # typed (None: none do). Either after the typed ones, or first when the words as
    # typed matched no practice strongly.
    suggested: tuple[int, int] | None = None
    expansions: list[tuple[str, list[str]]] = field(default_factory=list)
    # ids of the best ``pool`` matches in the order of ``hits`` (``find(pool=...)``; None:
    # not asked for, or a spelling suggestion's hits were merged in)
    pool: list[str] | None = None


@cache
def _schema() -> Any:
    """The index schema (cached: building analysers is not free)."""
    from whoosh import fields
    from whoosh.analysis import StemmingAnalyzer

    from practicedb.search.analysis import PairFilter
    from practicedb.text import WORD, stem

    def analyzer() -> Any:  # the one stemmer the classifier uses too (practicedb/text.py)
        return StemmingAnalyzer(expression=WORD, stemfn=stem)

    def text(**kw: Any) -> Any:
        return fields.TEXT(analyzer=analyzer(), **kw)

    def pairs() -> Any:
        return fields.TEXT(analyzer=analyzer() | PairFilter(PAIR_SEP))

    return fields.Schema(
        id=fields.ID(stored=True, unique=True),
        kind=fields.ID(stored=True),  # lowercase, exact filter
        # Every searchable word once: a query word walks one big posting list, not six.
        # No positions (reading them cost more than the words): phrases are matched in
        # the fields below. Its unstemmed copy (spelling) is the source of corrections.
        text=text(spelling=True, phrase=False),
        title=text(stored=True),  # also on its own, for the title weighting
        body=text(stored=True),  # these also serve field syntax (body:, force:) and phrases
        # Each of those fields' neighbouring stems as single words ("domest abus"): a
        # phrase then reads a short list of pairs, not every word's positions (the
        # glossary adds many phrases to a query: checking positions was most of its time).
        **{f"{name}{PAIRS}": pairs() for name in PAIRED},
        report_title=text(),
        section=text(),
        # Word-searchable force/area names (so "thames" finds "Thames Valley") ...
        forces=text(),
        areas=text(),
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
    doc["text"] = "\n".join(doc[name] for name in TEXT_PARTS if doc[name])
    doc.update({f"{name}{PAIRS}": doc[name] for name in PAIRED})
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


def _disk_or(exc: BaseException, index_dir: Path) -> BaseException:
    """A full or read-only disk as IndexDiskError, anything else unchanged."""
    if isinstance(exc, OSError):
        return disk_error(index_dir, exc) or exc
    return exc


def _busy(timeout: float) -> IndexBusyError:
    return IndexBusyError(
        f"The search index is busy (another update has held it for over {timeout:g} s); "
        "try again shortly."
    )


def _writer(ix: Any, timeout: float) -> Any:
    from whoosh.index import LockError

    try:
        return ix.writer(timeout=timeout, delay=0.1, compound=False)
    except LockError as exc:
        raise _busy(timeout) from exc


def rebuild(
    index_dir: Path, practices: Iterable[dict], *, lock_timeout: float = LOCK_TIMEOUT,
    source: str | None = None,
) -> int:
    """Build a complete new index beside ``index_dir`` and swap it in; return the doc count.

    Building aside means a crash or a bad record mid-build leaves the old index untouched;
    only the final renames touch ``index_dir``. The old index's write lock is held for
    the swap so an update in progress is not lost under our feet. ``source`` (the
    database signature) is recorded in the new index. A full disk is an IndexDiskError.
    """
    index_dir = Path(index_dir)
    try:
        return _rebuild(index_dir, practices, lock_timeout, source)
    except OSError as exc:
        raise _disk_or(exc, index_dir) from exc


def _rebuild(index_dir: Path, practices: Iterable[dict], lock_timeout: float,
             source: str | None) -> int:
    from whoosh import index as windex

    index_dir.parent.mkdir(parents=True, exist_ok=True)
    clean_leftovers(index_dir)
    tmp = Path(
        tempfile.mkdtemp(prefix=f".{index_dir.name}.tmp-{os.getpid()}-", dir=index_dir.parent)
    )
    try:
        ix = windex.create_in(str(tmp), _schema())
        # Separate files, not one compound file: whoosh copies a compound file's parts
        # into memory on every open (~50 ms at 50,000 practices; a CLI search opens once).
        writer = ix.writer(limitmb=128, compound=False)
        try:
            for p in practices:
                writer.add_document(**_document(p))
        except BaseException:
            writer.cancel()
            raise
        writer.commit(optimize=True)
        count = ix.doc_count()
        ix.close()
        (tmp / _VERSION_FILE).write_text(str(SCHEMA_VERSION), encoding="ascii")
        if source is not None:
            (tmp / SOURCE_FILE).write_text(source, encoding="ascii")
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


def clean_leftovers(index_dir: Path) -> int:
    """Remove the temp/old folders of rebuilds that died (their process is gone, or they
    sat untouched for an hour); returns how many were removed."""
    removed = 0
    index_dir = Path(index_dir)
    for kind in ("tmp", "old"):
        for path in index_dir.parent.glob(f".{index_dir.name}.{kind}-*"):
            try:
                pid = int(path.name.split("-")[1])
                stale = not _alive(pid) or time.time() - path.stat().st_mtime > 3600
            except (ValueError, IndexError, OSError):
                continue
            if path.is_dir() and stale:
                shutil.rmtree(path, ignore_errors=True)
                removed += 1
    return removed


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # exists, but not ours
        return True
    return True


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
    except OSError as exc:
        disk = disk_error(index_dir, exc)
        if disk is not None:
            raise disk from exc
        raise IndexMissingError(f"The search index at {index_dir} is damaged; rebuild it.") from exc
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


def is_current(index_dir: Path, ix: Any = None) -> bool:
    """True when the index was built with this module's schema (cheap: a marker file and
    the field names), so a search will not silently miss fields an older build lacks."""
    try:
        marker = (Path(index_dir) / _VERSION_FILE).read_text(encoding="ascii").strip()
        ix = ix if ix is not None else _open(Path(index_dir))
    except (OSError, UnicodeDecodeError, SearchIndexError):
        return False
    return marker == str(SCHEMA_VERSION) and sorted(ix.schema.names()) == sorted(
        _schema().names())


def current_doc_count(index_dir: Path) -> int | None:
    """``doc_count`` for an index of the current schema, else None (rebuild it)."""
    try:
        ix = _open(Path(index_dir))
        return ix.doc_count() if is_current(index_dir, ix) else None
    except Exception:  # noqa: BLE001 - any failure means "no usable index"
        return None


def is_healthy(index_dir: Path, expected_ids: set[str] | None = None) -> bool:
    """True when the index opens, every stored record and term list reads back, its schema
    is the current one and (if given) it holds exactly ``expected_ids``. False means the
    caller should rebuild from SQLite."""
    try:
        ix = _open(Path(index_dir))
        if not is_current(index_dir, ix):
            return False  # built by an older version of this module
        with ix.searcher() as searcher:
            reader = searcher.reader()
            ids = [fields["id"] for fields in reader.all_stored_fields()]
            for name in ("id", "text", "force_key"):
                for _ in reader.lexicon(name):
                    pass
            if len(ids) != len(set(ids)) or len(ids) != ix.doc_count():
                return False
        return expected_ids is None or set(ids) == {str(i) for i in expected_ids}
    except Exception:  # noqa: BLE001 - damaged whoosh files raise many unrelated types
        return False

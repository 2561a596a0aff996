"""Term-at-a-time scoring: the same BM25F scores and order as whoosh, about ten times
faster.

Whoosh scores document-at-a-time through a tree of matchers, paying several Python calls
per posting per tree level; a ten-word query over 50,000 practices took a second. Here a
parsed query is flattened into its OR-ed leaves and scored into one array: each word's
postings are decoded a block at a time and added with whoosh's BM25F formula; phrases
are checked for adjacency only where they could change the top results (``phrases``);
AND groups are scored term-at-a-time too (``groups``); other leaves (wildcards) by their
own whoosh matcher. This reads whoosh3's
block internals (the version is pinned exactly) and falls back to whoosh's matchers
whenever a posting list is not in that form.
"""

from __future__ import annotations

import heapq
import itertools
from collections.abc import Iterable
from functools import cache
from typing import Any

from practicedb.search import groups, phrases
from practicedb.search.index import SCORED_FIELDS

COMMON_SHARE = 0.3  # a word in more practices than this is left out of long queries
COMMON_MIN_DOCS = 2000  # ... once there are this many practices


class Engine:
    """An open searcher plus what term-at-a-time scoring caches per index state."""

    def __init__(self, searcher: Any) -> None:
        self.searcher = searcher
        self.size = searcher.doc_count_all()
        self.fast_ok = True  # cleared when it disagrees with whoosh (``scoring.agrees``)
        self.fast_failures = 0  # searches whoosh's own scoring answered instead
        self._norms: dict[tuple[int, str], list[float]] = {}
        self._docsets: dict[str, frozenset[int]] = {}
        self._posting_cache: dict[tuple, list | None] = {}  # both: this query's only
        self._decoded: dict[tuple, dict[int, tuple]] = {}

    def close(self) -> None:
        try:
            self.searcher.close()
        except Exception:  # noqa: BLE001 - closing a damaged index: nothing to save
            pass

    def docs(self, q: Any) -> frozenset[int]:
        """Documents a filter matches (cached: the same filters come back often). Date
        ranges are read from the sortable date column: whoosh would expand an open range
        such as "since 2020" into hundreds of index terms (~0.4 s on 50,000 practices)."""
        from whoosh import query as Q

        if isinstance(q, Q.And):
            parts = [self.docs(sub) for sub in q.subqueries]
            return frozenset.intersection(*parts) if parts else frozenset()
        key = repr(q)
        if key not in self._docsets:
            if len(self._docsets) > 64:
                self._docsets.clear()
            dates = self._dates(q) if isinstance(q, Q.DateRange) else None
            self._docsets[key] = frozenset(
                self.searcher.docs_for_query(q) if dates is None else dates)
        return self._docsets[key]

    def _dates(self, q: Any) -> list[int] | None:
        """Documents in an inclusive DateRange, from the column; None: not readable so."""
        if q.startexcl or q.endexcl or q.fieldname not in self.searcher.schema:
            return None
        field = self.searcher.schema[q.fieldname]
        low = field.to_column_value(q.startdate) if q.startdate else 0
        high = field.to_column_value(q.enddate) if q.enddate else 2**64 - 2
        out: list[int] = []
        for sub, offset in self.searcher.leaf_searchers():
            reader = sub.reader()
            if not reader.has_column(q.fieldname):
                return None
            col = reader.column_reader(q.fieldname, translate=False)
            missing = getattr(col, "_default", None)
            if missing is None:
                return None
            out += [offset + d for d, v in enumerate(_column_values(col))
                    if low <= v <= high and v != missing]
        return out

    def top(self, q: Any, flt: Any, mask: Any, limit: int) -> list[tuple[int, float]]:
        """(docnum, score) of the best ``limit`` matches, best first, ties by docnum as
        whoosh orders them."""
        from whoosh import query as Q

        q = phrases.to_pairs(q).normalize()
        excluded: set[int] = set(self.docs(mask)) if mask is not None else set()
        if isinstance(q, Q.AndNot):  # "a b NOT c": score a b, drop what c matches
            excluded |= self.docs(q.b)
            q = q.a
        self._posting_cache.clear()
        self._decoded.clear()
        acc = [0.0] * self.size
        extra: set[int] = set()  # matched by a leaf that may score 0
        specs: list[phrases.PhraseSpec] = []  # checked last, where they can matter
        leaves: list[tuple[Any, float]] = []
        _flatten(q, 1.0, leaves)
        leaves.sort(key=lambda lb: type(lb[0]) is not Q.Term)  # words first: phrases reuse them
        leaves = self._without_common(leaves)
        allowed = self.docs(flt) if flt is not None else None
        ctx = self.searcher.context(needs_current=True)
        for sub, offset in self.searcher.leaf_searchers():
            reader = sub.reader()
            for leaf, boost in leaves:
                if type(leaf) is Q.Term:
                    done = self._add_term(sub, offset, leaf, boost, acc)
                elif type(leaf) is Q.Phrase:
                    done = phrases.collect(self, sub, offset, leaf, boost, specs)
                elif type(leaf) in (Q.And, Q.AndMaybe):
                    only = None if allowed is None else {
                        d - offset for d in allowed if 0 <= d - offset < sub.doc_count_all()}
                    done = groups.add_group(self, sub, offset, leaf, boost, acc, extra, only)
                else:
                    done = False
                if not done:
                    _add_matcher(leaf.matcher(sub, ctx), offset, boost, acc, extra)
            if reader.has_deletions():
                excluded |= {offset + d for d in reader.deleted_docs_set}

        def keep(d: int) -> bool:
            return d not in excluded and (allowed is None or d in allowed)

        scored = _kept([d for d in itertools.compress(range(self.size), acc) if acc[d] > 0.0],
                       extra, excluded, allowed)

        def fallback(s: phrases.PhraseSpec) -> None:
            _add_matcher(s.phrase.matcher(s.sub, ctx), s.offset, s.boost, acc, extra)

        if specs:
            added = phrases.confirm(self, specs, acc, extra, scored, keep, limit, fallback)
            new = {d for d in itertools.chain(added, extra) if keep(d)}.difference(scored)
            scored = sorted(new.union(scored)) if new else scored  # scores only grew
        top = _best(acc, scored, limit)
        self._posting_cache.clear()
        self._decoded.clear()
        return [(d, acc[d]) for d in top]

    def term_scores(self, sub: Any, offset: int, term: Any) -> dict[int, float] | None:
        """Segment-local doc -> BM25F score of one word (as ``_add_term``, kept apart)."""
        acc: dict[int, float] = {}
        done = self._add_term(sub, offset, term, 1.0, acc, local=True)
        return acc if done else None

    def _without_common(self, leaves: list[tuple[Any, float]]) -> list[tuple[Any, float]]:
        """Drop the catch-all field's postings of words most practices have (over
        COMMON_SHARE) when the query has rarer words: their BM25 weight is small, yet they
        cost the most to read. Their short title postings are kept."""
        from whoosh import query as Q

        reader, size = self.searcher.reader(), self.searcher.doc_count()
        if size < COMMON_MIN_DOCS:  # in a small collection a share says little, costs nothing
            return leaves

        def common(leaf: Any) -> bool:
            return (type(leaf) is Q.Term and leaf.fieldname == "text"
                    and reader.doc_frequency("text", leaf.text) > COMMON_SHARE * size)

        flags = [common(leaf) for leaf, _ in leaves]
        rarer = any(not flag and not (type(leaf) is Q.Term and leaf.fieldname == "title")
                    for (leaf, _), flag in zip(leaves, flags, strict=True))
        if not rarer or not any(flags):
            return leaves
        return [lb for lb, drop in zip(leaves, flags, strict=True) if not drop]

    def _add_term(self, sub: Any, offset: int, term: Any, boost: float, acc: Any,
                  local: bool = False) -> bool:
        """Add one word's BM25F scores block by block (to a dict by segment-local docnum
        when ``local``); False when this posting list is not in the plain form read here
        (the caller then uses whoosh's matcher). A field without lengths (``area_key``,
        boosting a business area) scores its weight, as whoosh does."""
        field = term.fieldname
        weighted = field in sub.schema and not sub.schema[field].scorable
        if field not in SCORED_FIELDS and not weighted:
            return False
        btext = sub.schema[field].to_bytes(term.text)
        if (field, btext) not in sub.reader():
            return True  # nothing to add
        blocks = self._blocks(sub.reader(), field, btext)
        if blocks is None:
            return False
        if weighted:
            c = boost * term.boost
            for ids, weights, _ in blocks:
                if local:
                    acc.update((d, c * w) for d, w in zip(ids, weights, strict=False))
                    continue
                for d, w in zip(ids, weights, strict=False):
                    acc[offset + d] += c * w
            return True
        scorer = self.searcher.weighting.scorer(sub, field, btext)
        c = scorer.idf * (scorer.K1 + 1) * boost * term.boost
        norm = self.norm(sub, offset, field, scorer)
        if local:
            for ids, weights, _ in blocks:
                acc.update((d, c * tf / (tf + norm[d])) for d, tf in zip(ids, weights,
                                                                          strict=False))
            return True
        for ids, weights, _ in blocks:
            for d, tf in zip(ids, weights, strict=False):
                acc[offset + d] += c * tf / (tf + norm[d])
        return True

    def _blocks(self, reader: Any, field: str, btext: bytes) -> list | None:
        """``_read_blocks``, remembered for the current query (a word often comes back in
        its glossary phrases)."""
        key = (id(reader), field, btext)
        if key not in self._posting_cache:
            self._posting_cache[key] = _read_blocks(reader, field, btext)
        return self._posting_cache[key]

    def postings(self, reader: Any, field: str, btext: bytes,
                  only: set[int] | None) -> dict[int, tuple] | None:
        """doc -> (tf, encoded positions) of one word, for the documents ``only`` (all when
        None); blocks holding none of them are skipped undecoded, by their last id."""
        from whoosh.codec.whoosh3 import W3LeafMatcher

        if only is None or (id(reader), field, btext) in self._posting_cache:
            blocks = self._blocks(reader, field, btext)
            if blocks is None or any(values is None for _, _, values in blocks):
                return None
            post: dict[int, tuple] = {}
            for ids, weights, values in blocks:
                if only is None:
                    post.update(zip(ids, zip(weights, values, strict=False), strict=False))
                else:
                    post.update((d, (tf, v)) for d, tf, v in zip(ids, weights, values,
                                                                  strict=False) if d in only)
            return post
        m = reader.postings(field, btext)
        m = getattr(m, "child", m) if reader.has_deletions() else m
        if type(m) is not W3LeafMatcher or m._fixedsize not in (None, -1):
            return None
        # Blocks decoded for this query, by number: the word may come back in other
        # phrases (glossary alternatives), for other documents.
        decoded = self._decoded.setdefault((id(reader), field, btext), {})
        wanted, i, post, n = sorted(only), 0, {}, 0
        while m.is_active() and i < len(wanted):
            if wanted[i] <= m._maxid:  # a candidate in (previous block's last id, this one's]
                if n not in decoded:
                    m._read_data()
                    decoded[n] = m._data
                ids, weights, values = decoded[n]
                if not m._byteids:
                    ids = itertools.accumulate(ids)
                if weights is None or isinstance(weights, float):
                    weights = itertools.repeat(1.0 if weights is None else weights)
                for d, tf, v in zip(ids, weights, values, strict=False):
                    if d in only:
                        post[d] = (tf, v)
                while i < len(wanted) and wanted[i] <= m._maxid:
                    i += 1
            if m._lastblock:
                break
            m._next_block()
            n += 1
        return post

    def norm(self, sub: Any, offset: int, field: str, scorer: Any) -> list[float]:
        """K1 * (1 - B + B * length / average) per document of one segment, from the
        length bytes whoosh stores (one table lookup per document)."""
        key = (offset, field)
        if key not in self._norms:
            from whoosh.codec.whoosh3 import byte_to_length

            k1, b, avg = scorer.K1, scorer.B, scorer.avgfl
            table = [k1 * ((1 - b) + b * byte_to_length(n) / avg) for n in range(256)]
            reader, count = sub.reader(), sub.doc_count_all()
            try:
                col = reader._perdoc._cached_reader(f"_{field}_len", _lengths_column())
                raw = col._dbfile.get(col._basepos, min(col._count, count))
                norms = [table[n] for n in raw] + [table[0]] * (count - len(raw))
            except Exception:  # noqa: BLE001 - another codec: ask per document
                norms = [table[0]] * count
                for d in range(count):
                    length = reader.doc_field_length(d, field) or 0
                    norms[d] = k1 * ((1 - b) + b * length / avg)
            self._norms[key] = norms
        return self._norms[key]


def _read_blocks(reader: Any, field: str, btext: bytes) -> list | None:
    """(ids, weights, positions) per postings block, decoded in bulk rather than posting
    by posting; None when the list is not whoosh3's plain block form (inline, other codec)."""
    from whoosh.codec.whoosh3 import W3LeafMatcher

    m = reader.postings(field, btext)
    m = getattr(m, "child", m) if reader.has_deletions() else m  # deletions: excluded later
    if type(m) is not W3LeafMatcher:
        return None
    out = []
    while m.is_active():
        m._read_data()
        ids, weights = m._data[0], m._data[1]
        if not m._byteids:
            ids = list(itertools.accumulate(ids))
        if weights is None or isinstance(weights, float):
            weights = [1.0 if weights is None else weights] * len(ids)
        # Positions come with the block anyway; kept for phrases (None: no positions).
        out.append((ids, weights, m._data[2] if m._fixedsize in (None, -1) else None))
        if m._lastblock:
            break
        m._next_block()
    return out


def _kept(scored: list[int], extra: set[int], excluded: set[int],
          allowed: frozenset[int] | None) -> list[int]:
    """The documents scored (ascending) and ``extra``, less the excluded and those the
    filter does not allow."""
    if extra:
        scored = sorted(extra.union(scored))
    if excluded:
        scored = [d for d in scored if d not in excluded]
    if allowed is not None:
        scored = [d for d in scored if d in allowed]
    return scored


def _best(acc: list[float], docs: list[int], limit: int) -> list[int]:
    """The best ``limit`` of ``docs`` (ascending), ties by docnum, as ``heapq.nlargest``
    with a key gives them; the limit-th best score is found first comparing bare floats,
    so the keyed pass sees only the documents that reach it."""
    if len(docs) > 4 * limit:
        least = heapq.nlargest(limit, map(acc.__getitem__, docs))[-1]
        docs = [d for d in docs if acc[d] >= least]
    return heapq.nlargest(limit, docs, key=acc.__getitem__)


def _column_values(col: Any) -> Iterable[int]:
    """A numeric column's values, in bulk when it is whoosh's fixed-width big-endian form."""
    import array
    import sys

    try:
        values = array.array(col._typecode)
        if values.itemsize != col._fixedlen:
            return col
        values.frombytes(col._dbfile.get(col._basepos, col._count * col._fixedlen))
        if sys.byteorder == "little":
            values.byteswap()
        return values
    except Exception:  # noqa: BLE001 - another column form: read value by value
        return col


@cache
def _lengths_column() -> Any:
    from whoosh.codec.whoosh3 import LENGTHS_COLUMN

    return LENGTHS_COLUMN


def _flatten(q: Any, boost: float, out: list[tuple[Any, float]]) -> None:
    """An OR tree's leaves with their combined boosts (a union's score is the sum)."""
    from whoosh import query as Q

    if isinstance(q, Q.Or):
        for sub in q.subqueries:
            _flatten(sub, boost * q.boost, out)
    elif q is not Q.NullQuery:
        out.append((q, boost))


def _add_matcher(m: Any, offset: int, boost: float, acc: list, extra: set) -> None:
    while m.is_active():
        d = offset + m.id()
        acc[d] += m.score() * boost
        extra.add(d)
        m.next()

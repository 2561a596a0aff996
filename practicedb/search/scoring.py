"""The fast scorer, kept honest: it may never make a search fail or rank differently.

``engine.Engine.top`` scores term-at-a-time by reading whoosh3's private block structures
(``W3LeafMatcher._byteids`` and friends), about ten times faster than whoosh's own matcher
tree. A whoosh3 release that renames one of them must not break search, so every search
goes through ``top`` here: any failure of the fast path is answered by whoosh's own
scoring (``whoosh_top``) of the same query, with the same results. When an index is
opened, ``agrees`` compares both on a few probe queries of its own words; if they differ
the fast path is switched off for that index.
"""

from __future__ import annotations

import logging
import math
from typing import Any

from practicedb.search import phrases

log = logging.getLogger(__name__)
_PROBES = 3


def top(engine: Any, q: Any, flt: Any, mask: Any, limit: int) -> list[tuple[int, float]]:
    """(docnum, score) of the best ``limit`` matches: the fast path when it is trusted and
    works, else whoosh's own."""
    if engine.fast_ok:
        try:
            return list(engine.top(q, flt, mask, limit))
        except Exception as exc:  # noqa: BLE001 - any fault of the fast path: whoosh answers
            engine.fast_failures += 1
            engine.fast_ok = False  # for this open index; a reopened one is checked again
            log.warning("fast scorer failed (%s: %s); using whoosh's own scoring",
                        type(exc).__name__, exc)
    return whoosh_top(engine.searcher, q, flt, mask, limit)


def whoosh_top(searcher: Any, q: Any, flt: Any, mask: Any, limit: int) -> list[tuple[int, float]]:
    """The same search scored by whoosh's matchers (slower, no private internals)."""
    try:
        q = phrases.to_pairs(q).normalize()  # the pair fields the fast path scores
    except Exception:  # noqa: BLE001 - the plain query then: still correct, phrases slower
        pass
    results = searcher.search(q, filter=flt, mask=mask, limit=limit)
    return [(hit.docnum, hit.score) for hit in results]


def agrees(engine: Any) -> bool:
    """True when the fast path ranks a few probe queries (words of this index, alone and
    together) exactly as whoosh does, with the same scores."""
    from whoosh import query as Q

    try:
        words = _probe_words(engine.searcher.reader())
        if not words:
            return True
        probes: list[Any] = [Q.Term("text", w) for w in words]
        probes.append(Q.Or([Q.Term("title", w) for w in words] + probes))
        for probe in probes:
            fast = engine.top(probe, None, None, 10)
            slow = whoosh_top(engine.searcher, probe, None, None, 10)
            same = len(fast) == len(slow) and all(  # the same scores, best first ...
                math.isclose(a, b, rel_tol=1e-4)
                for (_, a), (_, b) in zip(fast, slow, strict=True)) and all(
                math.isclose(score, dict(slow)[d], rel_tol=1e-4)  # ... for the same practices
                for d, score in fast if d in dict(slow))  # (equal scores: either order)
            if not same:
                log.warning("fast scorer disagrees with whoosh on %r; using whoosh's", probe)
                return False
        return True
    except Exception as exc:  # noqa: BLE001 - a fast path that cannot even run
        log.warning("fast scorer unusable (%s: %s); using whoosh's own scoring",
                    type(exc).__name__, exc)
        return False


def _probe_words(reader: Any) -> list[str]:
    """A few words that several practices share (cheap to score either way)."""
    out: list[str] = []
    for n, (term, info) in enumerate(reader.iter_field("text")):
        if n > 5000 or len(out) >= _PROBES:
            break
        if 2 <= info.doc_frequency() <= 200:
            out.append(term.decode("utf-8") if isinstance(term, bytes) else term)
    return out

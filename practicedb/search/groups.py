"""AND and AND-MAYBE groups scored term-at-a-time, as whoosh scores them: a document
matching every part of an AND gets the sum of the parts' scores; an AND-MAYBE adds its
optional part where that matches too; an OR inside adds what matches. The cheaper parts
(no phrases) are read first, so phrases are checked only in documents the rest allows.
"""

from __future__ import annotations

from typing import Any

from practicedb.search import phrases


def add_group(engine: Any, sub: Any, offset: int, q: Any, boost: float, acc: list,
              extra: set, only: set[int] | None) -> bool:
    """Add an AND / AND-MAYBE group's scores (documents of ``only`` at least, segment-
    local; all when None); False when some part is not a form handled here."""
    scores = _scores(engine, sub, offset, q, only)
    if scores is None:
        return False
    for d, score in scores.items():
        acc[offset + d] += score * boost
        extra.add(offset + d)
    return True


def _has_phrase(q: Any) -> bool:
    from whoosh import query as Q

    return any(isinstance(leaf, Q.Phrase) for leaf in ([q] if q.is_leaf() else q.leaves()))


def _scores(engine: Any, sub: Any, offset: int, q: Any,
            only: set[int] | None) -> dict[int, float] | None:
    """Segment-local doc -> score of the documents ``q`` matches (within ``only``)."""
    from whoosh import query as Q

    kind = type(q)
    if kind is Q.Term:
        out = engine.term_scores(sub, offset, q)
        if out is None or only is None:
            return out
        return {d: s for d, s in out.items() if d in only}
    if kind is Q.Phrase:
        return phrases.exact(engine, sub, offset, q, only)
    if kind is Q.Or and not q.minmatch and not q.scale:
        out = {}
        for part in q.subqueries:
            got = _scores(engine, sub, offset, part, only)
            if got is None:
                return None
            for d, s in got.items():
                out[d] = out.get(d, 0.0) + s
        return _boosted(out, q.boost)
    if kind is Q.And and q.subqueries:
        out = None
        for part in sorted(q.subqueries, key=_has_phrase):  # stable: cheap parts first
            got = _scores(engine, sub, offset, part, only)
            if got is None:
                return None
            out = got if out is None else {d: s + got[d] for d, s in out.items() if d in got}
            only = set(out)
            if not out:
                break
        return _boosted(out or {}, q.boost)
    if kind is Q.AndMaybe:
        a = _scores(engine, sub, offset, q.a, only)
        b = None if a is None else _scores(engine, sub, offset, q.b, set(a))
        if a is None or b is None:
            return None
        return {d: s + b[d] if d in b else s for d, s in a.items()}
    return None


def _boosted(scores: dict[int, float], boost: float) -> dict[int, float]:
    return scores if boost == 1.0 else {d: s * boost for d, s in scores.items()}

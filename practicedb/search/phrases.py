"""Exact phrases, scored as whoosh scores them (the sum of their terms' BM25F) but with
positions read only where a phrase can change the top results.

A phrase is first asked of word pairs (``to_pairs``): each text field has a twin holding
its neighbouring stems as single words, so "domestic abuse" is one short posting list
and only phrases of three words or more need positions, those of their pairs.

A phrase in an OR query is first bounded: its rarest word's postings are read (they are
short), and every other word is assumed at its highest frequency in the field. A document
whose score without phrases plus every phrase bound stays below the limit-th best score
without phrases can never reach the top, so the other words' postings are read only for
the documents left (blocks holding none of them are skipped undecoded) and adjacency is
checked only where the exact sum can still matter. The result is exactly that of checking
every document.
"""

from __future__ import annotations

import heapq
import itertools
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from practicedb.search.index import PAIR_SEP, PAIRED, PAIRS, SCORED_FIELDS

_SLACK = 1e-9  # relative: a bound's float rounding must never drop a document
# The fields the catch-all ``text`` is made of, but the title (searched on its own).
PHRASE_FIELDS = ("body", "report_title", "section", "forces", "areas")


def to_pairs(q: Any) -> Any:
    """Phrases asked of word pairs instead of positions: "a b" is one word of a field's
    pairs twin, "a b c" the pairs "a b" and "b c" side by side. Few practices have a given
    pair, so this reads far less than the positions of every practice with the words. A
    phrase in the catch-all field (which has neither) is asked of each field it is made
    of; the title is already searched on its own. A phrase with slop ("a b"~3) keeps to
    the words' positions."""
    from whoosh import query as Q

    def swap(leaf: Any) -> Any:
        if not isinstance(leaf, Q.Phrase):
            return leaf
        words, slop, boost = leaf.words, leaf.slop, leaf.boost
        if leaf.fieldname == "text":
            return Q.Or([swap(Q.Phrase(f, words, slop=slop)) for f in PHRASE_FIELDS],
                        boost=boost)
        if slop != 1 or len(words) < 2 or leaf.fieldname not in PAIRED:
            return leaf
        pairs = [f"{a}{PAIR_SEP}{b}" for a, b in itertools.pairwise(words)]
        field = f"{leaf.fieldname}{PAIRS}"
        if len(pairs) == 1:
            return Q.Term(field, pairs[0], boost=boost)
        return Q.Phrase(field, pairs, boost=boost)  # exact: the pairs follow each other

    return swap(q) if q.is_leaf() else q.accept(swap)


@dataclass
class PhraseSpec:
    """One exact phrase in one field of one segment, before any posting is read."""

    phrase: Any
    sub: Any  # the segment's searcher
    offset: int
    field: str
    btexts: list[bytes]  # the words, in phrase order
    consts: list[float]  # per word: idf * (K1 + 1)
    maxw: list[float]  # per word: its highest frequency in a document's field
    norm: list[float]
    scale: float  # the phrase's boosts
    boost: float  # that of the query around the phrase
    decode: Callable[[bytes], list[int]]


def collect(engine: Any, sub: Any, offset: int, phrase: Any, boost: float,
            out: list[PhraseSpec]) -> bool:
    """Note a phrase for ``confirm`` (None appended when no document can have it);
    False when it is not a form handled here (the caller then uses whoosh's matcher)."""
    spec = _spec(engine, sub, offset, phrase, boost)
    if spec is False:
        return False
    if spec is not None:
        out.append(spec)
    return True


def _spec(engine: Any, sub: Any, offset: int, phrase: Any, boost: float) -> Any:
    """The spec, None (a word no document has in the field) or False (not handled)."""
    field, words = phrase.fieldname, phrase.words
    if phrase.slop != 1 or field not in SCORED_FIELDS or len(words) < 2:
        return False
    fieldobj, reader = sub.schema[field], sub.reader()
    if not fieldobj.format or not fieldobj.format.supports("positions"):
        return False
    btexts = [fieldobj.to_bytes(w) for w in words]
    if any((field, b) not in reader for b in btexts):
        return None
    consts, maxw = [], []
    for b in btexts:
        scorer = engine.searcher.weighting.scorer(sub, field, b)
        consts.append(scorer.idf * (scorer.K1 + 1))
        maxw.append(reader.term_info(field, b).max_weight())
    norm = engine.norm(sub, offset, field, scorer)
    return PhraseSpec(phrase, sub, offset, field, btexts, consts, maxw, norm,
                      boost * phrase.boost, boost, fieldobj.format.decode_positions)


def confirm(engine: Any, specs: list[PhraseSpec], acc: list, extra: set,
            scored: Iterable[int], keep: Callable[[int], bool], limit: int,
            fallback: Callable[[PhraseSpec], None]) -> set[int]:
    """Add to ``acc`` the phrases of ``specs`` whose words are adjacent, wherever that can
    change the best ``limit`` of the documents ``keep`` allows (``scored``: those already
    scored). ``fallback`` scores a spec whose postings are not in the form read here.
    Returns the documents a phrase was added to."""
    best = heapq.nlargest(limit, map(acc.__getitem__, scored))
    threshold = best[-1] if len(best) == limit else float("-inf")
    threshold -= abs(threshold) * _SLACK
    rare: list[tuple[PhraseSpec, int, dict]] = []
    bound: dict[int, float] = {}
    most_all = (1 + _SLACK) * sum(s.scale * sum(s.consts) for s in specs)  # parts < 1
    for s in specs:  # the rarest word's postings, exact; every other word at its most
        reader = s.sub.reader()
        r = min(range(len(s.btexts)), key=lambda i: reader.doc_frequency(s.field, s.btexts[i]))
        post = engine.postings(reader, s.field, s.btexts[r], None)
        if post is None:
            fallback(s)
            continue
        rare.append((s, r, post))
        cr, norm, off = s.consts[r], s.norm, s.offset
        others = [(c, w) for i, (c, w) in enumerate(zip(s.consts, s.maxw, strict=True))
                  if i != r]
        scale = s.scale * (1 + _SLACK)
        for d, (tf, _) in post.items():
            g = off + d
            if acc[g] + most_all < threshold or not keep(g):  # cheap: cannot reach the top
                continue
            n = norm[d]
            most = cr * tf / (tf + n)
            for c, w in others:
                most += c * w / (w + n)
            bound[g] = bound.get(g, 0.0) + scale * most
    left = {g for g, b in bound.items() if acc[g] + b >= threshold}
    found: list[tuple[Any, list, dict[int, float]]] = []
    bonus: dict[int, float] = {}
    read: dict[tuple, list | None] = {}  # a phrase asked twice (glossary) is read once
    for s, r, post in rare:
        key = (s.offset, s.field, tuple(s.btexts))
        docs = {g - s.offset for g in left if g - s.offset in post}
        if key not in read:
            read[key] = _words(engine, s, r, post, docs)
        words = read[key]
        if words is None:
            fallback(s)
            continue
        docs = set.intersection(docs, *(w.keys() for w in words))
        got = {d: _score(s, words, d) for d in docs}
        found.append((s, words, got))
        for d, score in got.items():
            bonus[s.offset + d] = bonus.get(s.offset + d, 0.0) + score
    added: set[int] = set()
    checked: dict[tuple, bool] = {}
    for s, words, got in found:
        for d in sorted(got):
            g = s.offset + d
            if acc[g] + bonus[g] < threshold:
                continue
            at = (s.offset, s.field, tuple(s.btexts), d)
            if at not in checked:
                checked[at] = adjacent([w[d][1] for w in words], s.decode)
            if checked[at]:
                acc[g] += got[d]
                added.add(g)
    extra |= added
    return added


def exact(engine: Any, sub: Any, offset: int, phrase: Any, only: set[int] | None,
          ) -> dict[int, float] | None:
    """Segment-local doc -> score of every document (of ``only``, when given) having the
    phrase; None when it is not a form handled here."""
    s = _spec(engine, sub, offset, phrase, 1.0)
    if s is False:
        return None
    if s is None:
        return {}
    reader = sub.reader()
    r = min(range(len(s.btexts)), key=lambda i: reader.doc_frequency(s.field, s.btexts[i]))
    post = engine.postings(reader, s.field, s.btexts[r], only)
    if post is None:
        return None
    docs = set(post)
    words = _words(engine, s, r, post, docs)
    if words is None:
        return None
    docs = set.intersection(docs, *(w.keys() for w in words))
    return {d: _score(s, words, d) for d in sorted(docs)
            if adjacent([w[d][1] for w in words], s.decode)}


def _words(engine: Any, s: PhraseSpec, r: int, post: dict, docs: set[int]) -> list | None:
    """Per word of the phrase, doc -> (tf, encoded positions) for (at most) ``docs``,
    rarer words first so the later ones are read for fewer documents."""
    reader = s.sub.reader()
    words: list[dict] = [{}] * len(s.btexts)
    words[r] = post
    order = sorted((i for i in range(len(s.btexts)) if i != r),
                   key=lambda i: reader.doc_frequency(s.field, s.btexts[i]))
    for i in order:
        if not docs:
            return words
        got = engine.postings(reader, s.field, s.btexts[i], docs)
        if got is None:
            return None
        words[i] = got
        docs = docs & got.keys()
    return words


def _score(s: PhraseSpec, words: list[dict], d: int) -> float:
    n = s.norm[d]
    return s.scale * sum(c * w[d][0] / (w[d][0] + n)
                         for c, w in zip(s.consts, words, strict=True))


def adjacent(values: list[bytes], decode: Callable[[bytes], list[int]]) -> bool:
    """Whether the words (their encoded positions, in phrase order) stand side by side."""
    starts = set(decode(values[0]))
    for k, value in enumerate(values[1:], 1):
        starts &= {p - k for p in decode(value)}
        if not starts:
            return False
    return True

"""Where a two-column page's gutter is: a vertical strip that no text crosses over most
of the page, with the right column's lines starting at one shared left edge."""

from __future__ import annotations

import math
from collections import Counter

from practicedb.extraction.pdftext import BAND


def find_gutter(words: list[dict], width: float, height: float) -> float | None:
    """x of a vertical strip with no text across most of the page that splits two columns."""
    body = [w for w in words if height * BAND < w["top"] < height * (1 - BAND)]
    if len(body) < 30:
        return None
    start, stop = int(width * 0.3), int(width * 0.7)
    xs = range(start, stop, 2)
    n = len(xs)
    floor, ceil = math.floor, math.ceil
    # each word once: the indexes k of the positions start + 2k strictly inside it
    slices: dict[int, list[tuple[int, int, float, float]]] = {}
    for w in body:
        x0, x1 = w["x0"], w["x1"]
        item = (max(0, floor((x0 - start) / 2) + 1), min(n - 1, ceil((x1 - start) / 2) - 1),
                x0, x1)
        for s in range(int(w["top"] // 10), int(w["bottom"] // 10) + 1):
            slices.setdefault(s, []).append(item)
    # per slice: the x positions its words cover (crosses) and those clear of words but
    # between its leftmost word end and rightmost word start (boths), as index ranges
    # added up in difference arrays: one sweep a slice, not every x against every word
    d_cross, d_both = [0] * (n + 1), [0] * (n + 1)
    for items in slices.values():
        items.sort()
        merged: list[list[int]] = []
        for lo, hi, _, _ in items:
            if lo > hi:
                continue
            if merged and lo <= merged[-1][1] + 1:
                if hi > merged[-1][1]:
                    merged[-1][1] = hi
            else:
                merged.append([lo, hi])
        for lo, hi in merged:
            d_cross[lo] += 1
            d_cross[hi + 1] -= 1
        a, b = _inside(min(t[3] for t in items), max(t[2] for t in items), start, n)
        if a > b:
            continue
        d_both[a] += 1
        d_both[b + 1] -= 1
        for lo, hi in merged:
            lo, hi = max(lo, a), min(hi, b)
            if lo <= hi:
                d_both[lo] -= 1
                d_both[hi + 1] += 1
    best: tuple[int, float] | None = None
    cross = both = 0
    least_both, most_cross = max(3, 0.1 * len(slices)), 0.15 * len(slices)
    for k, x in enumerate(xs):
        cross += d_cross[k]
        both += d_both[k]
        if both >= least_both and cross <= most_cross:
            if best is None or (cross, -both) < (best[0], -best[1]):
                best = (cross, x)
    if best is None or not _column_edge(body, best[1]):
        return None
    lo_x, hi_x = int(best[1]) - 40, int(best[1]) + 41
    spans = [(w["x0"], w["x1"]) for w in body if w["x1"] > lo_x and w["x0"] < hi_x]
    near = [x for x in range(lo_x, hi_x, 2) if not any(a < x < b for a, b in spans)
            and abs(x - best[1]) <= 40]
    return (min(near) + max(near)) / 2 if near else float(best[1])


def _inside(x0: float, x1: float, start: int, n: int) -> tuple[int, int]:
    """Indexes k (0..n-1) of the positions start + 2k strictly between x0 and x1."""
    return max(0, math.floor((x0 - start) / 2) + 1), min(n - 1, math.ceil((x1 - start) / 2) - 1)


def _column_edge(words: list[dict], x: float) -> bool:
    """A real right column: most rows' first word right of x starts at one shared left edge."""
    firsts: dict[int, float] = {}
    for w in words:
        if w["x0"] >= x:
            row = round(w["top"])
            firsts[row] = min(firsts.get(row, w["x0"]), w["x0"])
    if len(firsts) < 3:
        return False
    edges = Counter(round(v / 3) for v in firsts.values())
    shared = sorted(e for e, n in edges.items() if n >= 3)
    return bool(shared) and shared[0] * 3 - x < 60 and sum(
        edges[e] for e in shared) >= 0.5 * len(firsts)

"""Score business-area classification against the answer keys: primary area right, and the
true primary among the areas given.

    python benchmarks/eval_classification.py              # every answer key, one line each
    python benchmarks/eval_classification.py -v           # ... with each miss
    python benchmarks/eval_classification.py tests/holdout9/answers.json -v
    python benchmarks/eval_classification.py --neighbours  # how THRESHOLD was chosen
    python benchmarks/eval_classification.py --leave-one-out  # the weights' honest figure

Each practice is classified from its answer-key title, body and section with its report's
title and type (what ingest passes in), so the figure measures the classifier alone, not
the extractor. The keys are the ones under corpus/ and tests/ (PDF and web sets).
"""

from __future__ import annotations

import argparse
import json
import math
from dataclasses import asdict, dataclass, field, fields
from itertools import product
from pathlib import Path

from practicedb.classification import Corrections, Taxonomy, areas, classify, load_taxonomy
from practicedb.models import Practice

REPO = Path(__file__).resolve().parents[2]


def answer_keys() -> list[Path]:
    """Every answer key present: the corpus, then tests/holdout, holdout2, ..., web sets."""
    keys = [REPO / "corpus" / "answers.json"]
    found = list(REPO.glob("tests/*/answers.json"))

    def order(p: Path) -> tuple:
        name = p.parent.name
        digits = "".join(c for c in name if c.isdigit())
        return (not name.startswith("holdout"), int(digits or 1), name)

    return [k for k in keys + sorted(found, key=order) if k.exists()]


def cases(key: Path) -> list[dict]:
    """The key's practices, each with its report's title and type added."""
    out = []
    for report in json.loads(key.read_text("utf-8"))["reports"]:
        for p in report["practices"]:
            out.append({**p, "report_title": report.get("title") or "",
                        "report_type": report.get("type") or ""})
    return out


def practice_of(case: dict) -> Practice:
    return Practice(kind=case.get("kind") or "notable", title=case.get("title") or "",
                    body=case.get("body") or "", section=case.get("section"))


@dataclass
class Score:
    name: str
    n: int = 0
    primary: int = 0
    within: int = 0
    misses: list[str] = field(default_factory=list)

    @property
    def primary_rate(self) -> float:
        return self.primary / self.n if self.n else 0.0

    @property
    def within_rate(self) -> float:
        return self.within / self.n if self.n else 0.0


def score_cases(name: str, items: list[dict], taxonomy: Taxonomy, **kw) -> Score:
    s = Score(name)
    for case in items:
        got = classify(practice_of(case), taxonomy, report_title=case.get("report_title", ""),
                       report_type=case.get("report_type", ""), **kw)
        s.n += 1
        s.primary += got[0] == case["primary_area"]
        s.within += case["primary_area"] in got
        if got[0] != case["primary_area"]:
            label = (case.get("title") or case.get("body", "")[:50])[:60]
            s.misses.append(f"  {label!r} [{case.get('section')}]: expected "
                            f"{case['primary_area']}, got {got}")
    return s


def score_key(key: Path, taxonomy: Taxonomy, **kw) -> Score:
    name = key.parent.name if key.parent.name != "corpus" else "corpus"
    return score_cases(name, cases(key), taxonomy, **kw)


def neighbours(keys: list[Path], taxonomy: Taxonomy) -> None:
    """How far a practice's nearest labelled neighbour can be trusted, by similarity.

    Every practice of the keys is compared (``classification.Corrections``, the words'
    rarity taken from all of them) with every practice of the other reports, as if those
    had all been corrected to their key's areas: for each similarity floor, how many
    practices have a neighbour that close and how often it has the same primary area.
    Then the hard case: only the practices the classifier gets wrong are corrected (what
    a lead would re-file), and following them fixes or breaks how many.
    """
    items = [(f"{k}|{c['report_title']}", c) for k in keys for c in cases(k)]
    texts = [f"{c.get('title') or ''}\n{c.get('body') or ''}" for _, c in items]
    got = [classify(practice_of(c), taxonomy, report_title=c["report_title"],
                    report_type=c["report_type"])[0] for _, c in items]
    wrong = {i for i, (_, c) in enumerate(items) if got[i] != c["primary_area"]}
    floors = [0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5]
    near, fixed, broke = [], dict.fromkeys(floors, 0), dict.fromkeys(floors, 0)
    for i, (report, case) in enumerate(items):
        others = [j for j, (r, _) in enumerate(items) if r != report]
        every = Corrections([(texts[j], [items[j][1]["primary_area"]], str(j)) for j in others],
                            background=texts, threshold=0)
        best = every.similarities(texts[i])[0]
        near.append((best.similarity, best.areas[0] == case["primary_area"]))
        taught = Corrections([(texts[j], [items[j][1]["primary_area"]], str(j))
                              for j in others if j in wrong], background=texts, threshold=0)
        top = taught.similarities(texts[i])[:1]
        for floor in floors:
            if top and top[0].similarity >= floor:
                right_before, right_after = i not in wrong, top[0].areas[0] == case["primary_area"]
                fixed[floor] += right_after and not right_before
                broke[floor] += right_before and not right_after
    print(f"{len(items)} practices; classifier right for {len(items) - len(wrong)}")
    for floor in floors:
        close = [same for sim, same in near if sim >= floor]
        print(f"similarity >= {floor:.2f}: {len(close):3} have a neighbour that close, same "
              f"primary {sum(close)}/{len(close)}; following only the wrong ones' "
              f"corrections fixes {fixed[floor]}, breaks {broke[floor]}")


# The values each weight may take when it is re-chosen (the ones in use are among them).
GRID: dict[str, tuple[float, ...]] = {
    "title": (1.0, 1.5, 2.0, 3.0),
    "section": (0.5, 0.75, 1.0, 1.5, 2.0),
    "report": (0.25, 0.5, 1.0),
    "report_cap": (2.0, 3.0, 5.0),
    "term_decay": (0.7, 0.8, 0.9, 1.0),
}


def _grid() -> list[areas.Weights]:
    """Every combination of GRID's values, the others kept at the ones in use."""
    keys = [k for k in GRID if k in {f.name for f in fields(areas.Weights)}]
    base = asdict(areas.WEIGHTS)
    return [areas.Weights(**{**base, **dict(zip(keys, vals, strict=True))})
            for vals in product(*(GRID[k] for k in keys))]


def _distance(w: areas.Weights) -> float:
    """How far a choice of weights is from the ones in use (ties go to the nearest)."""
    now = asdict(areas.WEIGHTS)
    return sum(abs(math.log((v + 0.05) / (now[k] + 0.05))) for k, v in asdict(w).items())


def leave_one_out(keys: list[Path], taxonomy: Taxonomy) -> tuple[int, int]:
    """For each answer key: the weights that get most primaries right on all the other
    keys, then scored on that one. Prints a line a key; returns (right, practices)."""
    sets = []
    for key in keys:
        sets.append((key.parent.name if key.parent.name != "corpus" else "corpus",
                     [(areas._evidence(practice_of(c), taxonomy, c["report_title"],
                                       c["report_type"]), c["primary_area"])
                      for c in cases(key)]))
    grid = _grid()
    right = [[sum(areas._choose(areas._scores(ev, taxonomy, w), taxonomy).areas[0] == truth
                  for ev, truth in items) for _, items in sets] for w in grid]
    total = n = 0
    for i, (name, items) in enumerate(sets):
        best = max(range(len(grid)), key=lambda c: (sum(right[c]) - right[c][i],
                                                    -_distance(grid[c])))
        chosen = {k: v for k, v in asdict(grid[best]).items() if v != asdict(areas.WEIGHTS)[k]}
        total, n = total + right[best][i], n + len(items)
        print(f"{name:12} {len(items):4} practices  primary {right[best][i] / len(items):6.1%}"
              f"  (weights chosen on the others: {chosen or 'those in use'})")
    print(f"{'all':12} {n:4} practices  primary {total / n:6.1%}  leave-one-set-out "
          f"({total} of {n})")
    return total, n


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("keys", nargs="*", type=Path, help="answer keys (default: all)")
    parser.add_argument("-v", "--verbose", action="store_true", help="list each miss")
    parser.add_argument("--neighbours", action="store_true",
                        help="how often a similar labelled practice has the same primary area")
    parser.add_argument("--leave-one-out", action="store_true",
                        help="re-choose the weights on all keys but one, score that one")
    args = parser.parse_args()
    taxonomy = load_taxonomy()
    if args.leave_one_out:
        leave_one_out(args.keys or answer_keys(), taxonomy)
        return
    if args.neighbours:
        neighbours(args.keys or answer_keys(), taxonomy)
        return
    total = Score("all")
    for key in args.keys or answer_keys():
        s = score_key(key, taxonomy)
        total.n, total.primary, total.within = (total.n + s.n, total.primary + s.primary,
                                                total.within + s.within)
        print(f"{s.name:12} {s.n:4} practices  primary {s.primary_rate:6.1%}  "
              f"listed {s.within_rate:6.1%}")
        if args.verbose:
            print("\n".join(s.misses))
    print(f"{'all':12} {total.n:4} practices  primary {total.primary_rate:6.1%}  "
          f"listed {total.within_rate:6.1%}")


if __name__ == "__main__":
    main()

"""Sort a practice into the force's business areas, and say why.

Three kinds of evidence are added up for every area of the taxonomy, each explainable:

- the practice's own words: weighted term matches, a term in the title counting more
  than one in the body, repeats (and each further term) with diminishing returns;
- where it sat: the section heading the box was under matched against the area's
  section hints (PEEL question headings map well to areas), and the report's title (a
  thematic inspection of custody, vetting or fraud says a lot). These are a prior of a
  fixed size, so a body that plainly belongs elsewhere still wins;
- what the force taught it: a correction a lead made to a similar practice
  (``learning.Corrections``) is followed when the two are close enough.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from practicedb.classification.learning import Corrections, Match
from practicedb.classification.matching import Text
from practicedb.classification.taxonomy import Area, Taxonomy
from practicedb.models import Practice


@dataclass(frozen=True)
class Weights:
    """How much each kind of evidence counts. The defaults are the ones in use; the
    evaluation (tests/evaluation/classification.py --leave-one-out) re-chooses them on
    all answer keys but one and scores that one, so their worth is measured on sets they
    were not chosen on."""

    title: float = 2.0  # a term in the title is worth this many body occurrences
    section: float = 1.0  # times the best matching section hint's weight
    report: float = 0.5  # times the area's term score on a thematic/joint report's title
    report_cap: float = 3.0  # ... at most this many points
    term_decay: float = 0.9  # an area's terms, strongest first: each this much of the last


WEIGHTS = Weights()
SECONDARY_RATIO = 0.4  # secondary areas need this share of the primary's score...
SECONDARY_FLOOR = 4.0  # ...and at least this absolute score
MAX_AREAS = 3


def _damped(count: int) -> float:
    """Diminishing returns, so a term repeated through a long body doesn't swamp the title."""
    return 0.0 if count <= 0 else 1.0 + math.log(count)


@dataclass
class Decision:
    """The areas chosen for a practice (primary first) and, if a correction decided them,
    which one."""

    areas: list[str]
    scores: list[tuple[str, float, list[str]]] = field(default_factory=list)
    followed: Match | None = None

    @property
    def reason(self) -> str:
        """One plain line on why the primary area was chosen."""
        if self.followed is not None:
            return (f"followed a correction of {self.followed.label} "
                    f"(similarity {self.followed.similarity:.2f})")
        if not self.scores or self.scores[0][1] <= 0:
            return "nothing matched any area: the taxonomy's fallback area"
        _, score, why = self.scores[0]
        return f"{score:.1f} points from " + ", ".join(why[:6])


# One matched term: (its weight, times in the title, times in the body, its label).
_Hit = tuple[float, int, int, str]


@dataclass
class _AreaEvidence:
    """What a practice offers one area, before any weight is applied."""

    terms: list[_Hit]
    hint: tuple[float, str] | None
    report: list[_Hit]


def _hits(text: Text, title: Text | None, area: Area) -> list[_Hit]:
    out = []
    taken_title: set[int] = set()
    taken_body: set[int] = set()
    for term, toks, weight in area.matchers:
        in_title = title.count(toks, taken_title) if title is not None else 0
        in_body = text.count(toks, taken_body)
        if in_title or in_body:
            out.append((weight, in_title, in_body, term))
    return out


def _term_score(hits: list[_Hit], w: Weights) -> tuple[float, list[str]]:
    parts, matched = [], []
    for weight, in_title, in_body, term in hits:
        parts.append(weight * (w.title * _damped(in_title) + _damped(in_body)))
        where = " (title)" if in_title else ""
        times = f" x{in_title + in_body}" if in_title + in_body > 1 else ""
        matched.append(f"{term}{where}{times}")
    # Diminishing returns across terms too: an area with a large vocabulary does not
    # win on many weak hits over an area with a few strong ones.
    parts.sort(reverse=True)
    return sum(p * w.term_decay ** i for i, p in enumerate(parts)), matched


def _evidence(practice: Practice, taxonomy: Taxonomy, report_title: str, report_type: str
              ) -> dict[str, _AreaEvidence]:
    body, title = Text(practice.body or ""), Text(practice.title or "")
    section = Text(practice.section or "")
    use_report = bool(report_title) and report_type != "peel"  # PEEL's names only the force
    report = Text(report_title) if use_report else None
    out = {}
    for area in taxonomy.areas:
        best_hint = max(
            ((w, h) for h, toks, w in area.hint_matchers if section.count(toks, set())),
            default=None,
        )
        out[area.name] = _AreaEvidence(
            _hits(body, title, area), best_hint,
            _hits(report, None, area) if report is not None else [])
    return out


def _scores(evidence: dict[str, _AreaEvidence], taxonomy: Taxonomy, w: Weights
            ) -> list[tuple[str, float, list[str]]]:
    results = []
    for area in taxonomy.areas:
        ev = evidence[area.name]
        score, matched = _term_score(ev.terms, w)
        if ev.hint:
            score += w.section * ev.hint[0]
            matched.append(f"section: {ev.hint[1]}")
        in_report, terms = _term_score(ev.report, w)
        if in_report > 0:
            score += min(w.report_cap, w.report * in_report)
            matched.append("report: " + ", ".join(terms[:3]))
        results.append((area.name, round(score, 3), matched))
    order = {name: i for i, name in enumerate(taxonomy.names)}
    return sorted(results, key=lambda r: (-r[1], order[r[0]]))


def explain(practice: Practice, taxonomy: Taxonomy, *, report_title: str = "",
            report_type: str = "") -> list[tuple[str, float, list[str]]]:
    """Score every area for a practice, best first, with what earned the score: terms of
    its title and body, its section's hint and its report's title.

    Kept separate from classify() so users can see why a practice landed where it did.
    """
    return _scores(_evidence(practice, taxonomy, report_title, report_type), taxonomy,
                   WEIGHTS)


def decide(practice: Practice, taxonomy: Taxonomy, *, report_title: str = "",
           report_type: str = "", corrections: Corrections | None = None) -> Decision:
    """The practice's business areas (primary first; never empty) and why.

    Close runners-up are kept as secondary areas because many practices genuinely span
    two areas (e.g. domestic abuse and victim care). A practice close to one a lead
    corrected takes that correction's areas (those still in the taxonomy).
    """
    if corrections is not None:
        match = corrections.nearest(f"{practice.title}\n{practice.body}")
        if match is not None:
            areas = [a for a in match.areas if a in taxonomy.names][:MAX_AREAS]
            if areas:
                return Decision(areas, [], match)
    scored = explain(practice, taxonomy, report_title=report_title, report_type=report_type)
    return _choose(scored, taxonomy)


def _choose(scored: list[tuple[str, float, list[str]]], taxonomy: Taxonomy) -> Decision:
    """The primary area and close runners-up from the areas' scores, best first."""
    if not scored or scored[0][1] <= 0:
        return Decision([taxonomy.fallback_area()], scored)
    top = scored[0][1]
    areas = [scored[0][0]]
    for name, score, _ in scored[1:MAX_AREAS]:
        if score >= SECONDARY_RATIO * top and score >= SECONDARY_FLOOR:
            areas.append(name)
    return Decision(areas, scored)


def classify(practice: Practice, taxonomy: Taxonomy, *, report_title: str = "",
             report_type: str = "", corrections: Corrections | None = None) -> list[str]:
    """Return the practice's business areas, primary first; never empty (see ``decide``)."""
    return decide(practice, taxonomy, report_title=report_title, report_type=report_type,
                  corrections=corrections).areas

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
from practicedb.classification.taxonomy import Taxonomy
from practicedb.models import Practice

TITLE_WEIGHT = 2.0  # a term in the title is worth this many body occurrences
SECTION_WEIGHT = 1.0  # times the best matching section hint's weight
REPORT_WEIGHT = 0.5  # times the area's term score on a thematic/joint report's title
REPORT_CAP = 3.0  # ... at most this many points
TERM_DECAY = 0.9  # an area's terms, strongest first: each counts this much of the one before
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


def _term_scores(text: Text, title: Text | None, taxonomy: Taxonomy
                 ) -> dict[str, tuple[float, list[str]]]:
    out = {}
    for area in taxonomy.areas:
        parts, matched = [], []
        taken_title: set[int] = set()
        taken_body: set[int] = set()
        for term, toks, weight in area.matchers:
            in_title = title.count(toks, taken_title) if title is not None else 0
            in_body = text.count(toks, taken_body)
            if in_title or in_body:
                parts.append(weight * (TITLE_WEIGHT * _damped(in_title) + _damped(in_body)))
                where = " (title)" if in_title else ""
                times = f" x{in_title + in_body}" if in_title + in_body > 1 else ""
                matched.append(f"{term}{where}{times}")
        # Diminishing returns across terms too: an area with a large vocabulary does not
        # win on many weak hits over an area with a few strong ones.
        parts.sort(reverse=True)
        out[area.name] = (sum(p * TERM_DECAY ** i for i, p in enumerate(parts)), matched)
    return out


def explain(practice: Practice, taxonomy: Taxonomy, *, report_title: str = "",
            report_type: str = "") -> list[tuple[str, float, list[str]]]:
    """Score every area for a practice, best first, with what earned the score: terms of
    its title and body, its section's hint and its report's title.

    Kept separate from classify() so users can see why a practice landed where it did.
    """
    words = _term_scores(Text(practice.body or ""), Text(practice.title or ""), taxonomy)
    section = Text(practice.section or "")
    report: dict[str, tuple[float, list[str]]] = {}
    if report_title and report_type != "peel":  # a PEEL title names only the force
        report = _term_scores(Text(report_title), None, taxonomy)
    results = []
    for area in taxonomy.areas:
        score, matched = words[area.name]
        matched = list(matched)
        best_hint = max(
            ((w, h) for h, toks, w in area.hint_matchers if section.count(toks, set())),
            default=None,
        )
        if best_hint:
            score += SECTION_WEIGHT * best_hint[0]
            matched.append(f"section: {best_hint[1]}")
        in_report, terms = report.get(area.name, (0.0, []))
        if in_report > 0:
            score += min(REPORT_CAP, REPORT_WEIGHT * in_report)
            matched.append("report: " + ", ".join(terms[:3]))
        results.append((area.name, round(score, 3), matched))
    order = {name: i for i, name in enumerate(taxonomy.names)}
    return sorted(results, key=lambda r: (-r[1], order[r[0]]))


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

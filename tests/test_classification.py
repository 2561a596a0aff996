"""Tests for business-area classification and the editable taxonomy file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from practicedb.classification import (
    Area,
    Taxonomy,
    TaxonomyError,
    classify,
    explain,
    load_taxonomy,
)
from practicedb.models import Practice
from tests.evaluation.classification import cases as key_cases
from tests.evaluation.classification import score_cases

ROOT = Path(__file__).parent.parent
ANSWERS = ROOT / "corpus" / "answers.json"
CASES = Path(__file__).parent / "data" / "classification_cases.json"

EXPECTED_AREAS = [
    "Contact management",
    "Response policing",
    "Neighbourhood policing",
    "Investigations",
    "Victim care",
    "Child protection and exploitation",
    "Domestic abuse, VAWG and sexual offences",
    "Vulnerability and mental health",
    "Offender management",
    "Serious and organised crime",
    "Serious violence",
    "Custody and criminal justice",
    "Fairness and legitimacy",
    "Professional standards and vetting",
    "Workforce and wellbeing",
    "Strategy, performance and resources",
    "Digital, data and technology",
    "Roads and operational support",
    "Fraud and cyber crime",
]


@pytest.fixture(scope="module")
def taxonomy() -> Taxonomy:
    return load_taxonomy()


def practice(title: str, body: str = "", section: str | None = None) -> Practice:
    return Practice(kind="promising", title=title, body=body, section=section)


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "areas.toml"
    path.write_text(text, encoding="utf-8")
    return path


# --- loading -----------------------------------------------------------------


def test_default_taxonomy_has_the_19_areas_in_order(taxonomy):
    assert taxonomy.names == EXPECTED_AREAS
    assert taxonomy.fallback == "Strategy, performance and resources"
    for area in taxonomy.areas:
        assert area.description and area.terms, area.name


def test_custom_taxonomy_renamed_and_added_area_is_used(tmp_path):
    path = write(
        tmp_path,
        """
fallback = "Everything else"

[[area]]
name = "Public protection"   # renamed
[area.terms]
"domestic abuse" = 5
"DA" = 4

[[area]]
name = "Wildlife and rural"  # added
[area.terms]
"badger" = 5
"rural" = 2

[[area]]
name = "Everything else"
[area.section_hints]
"Leadership" = 1
""",
    )
    tax = load_taxonomy(path)
    assert tax.names == ["Public protection", "Wildlife and rural", "Everything else"]
    assert classify(practice("Badger persecution patrols on rural estates"), tax) == [
        "Wildlife and rural"
    ]
    assert classify(practice("A DA champions network"), tax)[0] == "Public protection"
    assert classify(practice("Nothing relevant here"), tax) == ["Everything else"]


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ('[[area]]\ndescription = "no name"\n[area.terms]\n"x" = 1\n', "has no name"),
        (
            '[[area]]\nname = "A"\n[area.terms]\n"x" = 1\n'
            '[[area]]\nname = "a"\n[area.terms]\n"y" = 1\n',
            "duplicate area 'a'",
        ),
        ('[[area]]\nname = "A"\n[area.terms]\n"x" = "three"\n', "weight must be a number"),
        ('[[area]]\nname = "A"\n[area.terms]\n"x" = -2\n', "weight must be above 0"),
        ('[[area]]\nname = "A"\n[area.terms]\n"x" = true\n', "weight must be a number"),
        ('[[area]]\nname = "A"\n[area.terms]\n"x" 1\n', "line 4"),
        ('[[area]]\nname = "A"\nterm = {"x" = 1}\n', "unknown key"),
        ('fallback = "Nope"\n[[area]]\nname = "A"\n[area.terms]\n"x" = 1\n', "fallback 'Nope'"),
        ('title = "areas"\n', "unknown setting"),
        ("# nothing but a comment\n", "no areas defined"),
        ('[[area]]\nname = "A"\n[area.terms]\n"---" = 1\n', "no letters or digits"),
    ],
)
def test_bad_taxonomy_files_raise_plain_errors(tmp_path, text, fragment):
    path = write(tmp_path, text)
    with pytest.raises(TaxonomyError) as info:
        load_taxonomy(path)
    message = str(info.value)
    assert str(path) in message
    assert fragment in message


def test_missing_taxonomy_file(tmp_path):
    with pytest.raises(TaxonomyError, match="cannot read"):
        load_taxonomy(tmp_path / "missing.toml")


# --- matching and scoring ------------------------------------------------------


def test_acronyms_match_whole_upper_case_tokens_only(taxonomy):
    da = "Domestic abuse, VAWG and sexual offences"
    hit = explain(practice("Supporting DA victims"), taxonomy)
    assert any(name == da and "DA" in " ".join(terms) for name, _, terms in hit)
    for title in ("Better data for Canada", "Sharing DATA with partners", "a da b"):
        scores = {name: score for name, score, _ in explain(practice(title), taxonomy)}
        assert scores[da] == 0, title
    scores = {n: s for n, s, _ in explain(practice("Helping staff thrive"), taxonomy)}
    assert scores["Contact management"] == 0  # THRIVE is the acronym, not the verb


def test_normalisation_of_plurals_hyphens_and_apostrophes(taxonomy):
    assert classify(practice("Meeting the Victims’ Code"), taxonomy)[0] == "Victim care"
    assert classify(practice("Tackling antisocial behaviour"), taxonomy)[0] == (
        "Neighbourhood policing"
    )
    assert classify(practice("Tackling anti-social behaviour"), taxonomy)[0] == (
        "Neighbourhood policing"
    )
    assert classify(practice("Disrupting OCGs"), taxonomy)[0] == "Serious and organised crime"


def test_title_outweighs_body(taxonomy):
    p = practice(
        "Improving custody for detainees",
        "Officers in the neighbourhood team and PCSOs help with community engagement.",
    )
    assert classify(p, taxonomy)[0] == "Custody and criminal justice"


def test_repeated_body_terms_have_diminishing_returns(taxonomy):
    body = " ".join(["The team tackled anti-social behaviour."] * 30)
    scores = {n: s for n, s, _ in explain(practice("A scheme", body), taxonomy)}
    once = {n: s for n, s, _ in explain(practice("A scheme", body[:40]), taxonomy)}
    assert scores["Neighbourhood policing"] < 6 * once["Neighbourhood policing"]


def test_section_hint_breaks_a_tie():
    tax = Taxonomy(
        [
            Area("Alpha", terms={"team": 1}, section_hints={"First section": 2}),
            Area("Beta", terms={"team": 1}, section_hints={"Second section": 2}),
        ],
        fallback="Alpha",
    )
    assert classify(practice("A new team", section="Second section"), tax)[0] == "Beta"
    assert classify(practice("A new team", section="First section"), tax)[0] == "Alpha"


def test_section_hint_with_the_default_taxonomy(taxonomy):
    section = "Managing offenders and suspects"
    p = practice("A new approach", "The force works with partners.", section)
    assert classify(p, taxonomy) == ["Offender management"]


def test_a_thematic_reports_title_is_a_prior_the_body_can_overturn(taxonomy):
    vague = practice("A new approach", "The force works with partners.")
    title = "Safe hands: an inspection of how the police manage firearms licensing"
    assert classify(vague, taxonomy, report_title=title, report_type="thematic")[0] == (
        "Roads and operational support")
    # a PEEL report's title names only the force, so it is not used
    assert classify(vague, taxonomy, report_title="PEEL 2025: Firearms Police",
                    report_type="peel") == ["Strategy, performance and resources"]
    plain = practice("Checks on detainees", "Custody sergeants review every detainee's "
                     "medication with a pharmacist before a rest period in the cell.")
    assert classify(plain, taxonomy, report_title=title, report_type="thematic")[0] == (
        "Custody and criminal justice")
    reasons = dict((n, why) for n, _, why in explain(vague, taxonomy, report_title=title,
                                                      report_type="thematic"))
    assert any(w.startswith("report: firearms") for w in reasons["Roads and operational support"])


def test_never_empty_and_falls_back(taxonomy):
    assert classify(practice("", ""), taxonomy) == ["Strategy, performance and resources"]
    assert classify(practice("Xyzzy", "Lorem ipsum"), taxonomy) == [
        "Strategy, performance and resources"
    ]


def test_secondary_areas_are_limited_and_ordered(taxonomy):
    p = practice(
        "Domestic abuse victims in custody",
        "Victim care for domestic abuse victims; custody staff and detainees; CPS charging.",
    )
    areas = classify(p, taxonomy)
    assert 1 < len(areas) <= 3
    assert len(set(areas)) == len(areas)
    scores = {n: s for n, s, _ in explain(p, taxonomy)}
    assert [scores[a] for a in areas] == sorted((scores[a] for a in areas), reverse=True)


# --- accuracy ---------------------------------------------------------------------
# Scored as ingest classifies: each practice with its answer-key title, body and section
# and its report's title and type (tests/evaluation/classification.py; the same figures
# as `python benchmarks/eval_classification.py -v`).


def _accuracy(cases: list[dict], taxonomy: Taxonomy, label: str) -> tuple[float, float]:
    score = score_cases(label, cases, taxonomy)
    print(f"\n{label}: {score.n} practices, primary accuracy {score.primary_rate:.2%}, "
          f"true primary within predicted {score.within_rate:.2%}")
    print("\n".join(score.misses))
    return score.primary_rate, score.within_rate


def test_accuracy_on_hand_written_cases(taxonomy):
    cases = json.loads(CASES.read_text(encoding="utf-8"))["cases"]
    assert {c["primary_area"] for c in cases} == set(EXPECTED_AREAS)
    primary, within = _accuracy(cases, taxonomy, "hand-written cases")
    assert primary >= 0.85
    assert within >= 0.95


def test_accuracy_on_corpus_answer_key(taxonomy):
    if not ANSWERS.exists():
        pytest.skip(f"corpus answer key {ANSWERS} not present yet")
    cases = key_cases(ANSWERS)
    if not cases:
        pytest.skip("corpus answer key has no practices yet")
    unknown = {c["primary_area"] for c in cases} - set(EXPECTED_AREAS)
    assert not unknown, f"answer key uses areas not in the taxonomy: {unknown}"
    primary, within = _accuracy(cases, taxonomy, "corpus answer key")
    assert primary >= 0.89  # 91% (89% before issue 14)
    assert within >= 0.95


# (folder, least primary, least listed): regression guards a little under the figures
# measured with the current classifier (README, "Business areas"); the sets were never
# used to choose taxonomy terms (only the four weights, see the README's leave-one-set-out
# figure). When they were added: holdout 74% primary, 84% listed; holdout2
# (WeasyPrint) 62%, 92%; holdout3 (groff, LibreOffice frames, fpdf2) 83%, 92%; holdout4
# (Chromium grids, Word text boxes) 83%, 92%; holdout5 (page flow) 80%, 100%; holdout6
# (three columns, Welsh headings) 82%, 100%; holdout7 (PEEL-like) 88%, 100%; holdout8
# (box internals) 67%, 67%; holdout9 (blind) 77%, 92%; web_holdout 76%, 88%.
FLOORS = [  # after: primary, listed (README's table)
    ("holdout", 0.72, 0.77),  # 74%, 79%
    ("holdout2", 0.75, 0.90),  # 77%, 92%
    ("holdout3", 0.80, 0.90),  # 83%, 92%
    ("holdout4", 0.90, 0.90),  # 92%, 92%
    ("holdout5", 0.95, 0.95),  # 100%, 100%
    ("holdout6", 0.80, 0.95),  # 82%, 100%
    ("holdout7", 0.85, 0.95),  # 88%, 100%
    ("holdout8", 0.65, 0.75),  # 67%, 78%
    ("holdout9", 0.82, 0.90),  # 85%, 92%
    ("web_holdout", 0.85, 0.85),  # 88%, 88%
    ("holdout10", 0.75, 0.92),  # blind, never tuned on: 77%, 96% (the classifier before: 81%)
    ("holdout11", 0.55, 0.78),  # blind, never tuned on: 58%, 81% (thematic themes win)
    ("holdout12", 0.68, 0.80),  # blind, never tuned on: 71%, 82%
    ("web_holdout2", 0.75, 0.85),  # blind, never tuned on: 78%, 89%
    ("holdout13", 0.80, 0.90),  # blind, never tuned on: 81%, 94%
    ("web_holdout3", 0.75, 0.85),  # blind, never tuned on: 75%, 88%
    ("holdout14", 0.70, 0.85),  # blind, never tuned on: 72%, 89%
    ("web_holdout4", 0.70, 0.88),  # blind, never tuned on: 73%, 91%
]


@pytest.mark.parametrize(("folder", "least_primary", "least_within"), FLOORS)
def test_accuracy_on_held_out_sets(taxonomy, folder, least_primary, least_within):
    key = ROOT / "tests" / folder / "answers.json"
    if not key.exists():
        pytest.skip(f"held-out answer key {key} is absent")
    primary, within = _accuracy(key_cases(key), taxonomy, f"{folder} answer key")
    assert primary >= least_primary
    assert within >= least_within


def test_leave_one_set_out_with_only_the_weights_in_use_is_the_plain_score(
        taxonomy, monkeypatch, capsys):
    from practicedb.classification import areas
    from tests.evaluation import classification as evaluation

    keys = [k for k in evaluation.answer_keys() if k.parent.name in {"holdout7", "holdout8"}]
    if len(keys) < 2:
        pytest.skip("holdout7 and holdout8 answer keys absent")
    monkeypatch.setattr(evaluation, "GRID", {k: (v,) for k, v in
                                             vars(areas.WEIGHTS).items()})
    right, n = evaluation.leave_one_out(keys, taxonomy)
    plain = [evaluation.score_key(k, taxonomy) for k in keys]
    assert (right, n) == (sum(s.primary for s in plain), sum(s.n for s in plain))
    # with a choice of weights, each set's are chosen on the other one (printed per set)
    monkeypatch.setattr(evaluation, "GRID", {"section": (0.5, 1.0, 2.0)})
    assert evaluation.leave_one_out(keys, taxonomy)[1] == n
    assert "weights chosen on the others" in capsys.readouterr().out

"""Force names and report metadata: the pure-text helpers."""

from __future__ import annotations

from pathlib import Path

import pytest

from practicedb.extraction import metadata
from practicedb.forces import all_forces, canonical_force, find_forces, force_line, forces_line
from practicedb.models import Practice


def test_forty_four_forces():
    names = all_forces()
    assert len(names) == len(set(names)) == 44
    assert "British Transport Police" in names and "Metropolitan Police Service" in names


def test_find_forces_order_aliases_and_ambiguity():
    text = ("Officers from Kent Police and the Met worked with GMP and Avon & Somerset "
            "Constabulary. A Kentish pub on Surrey Street near the Met Office.")
    assert find_forces(text) == ["Kent Police", "Metropolitan Police Service",
                                 "Greater Manchester Police", "Avon and Somerset Constabulary"]
    assert find_forces("Thames Valley\nPolice and Dyfed Powys Police") == [
        "Thames Valley Police", "Dyfed-Powys Police"]
    assert find_forces("the gmp figures were met") == []  # short forms are case-sensitive


@pytest.mark.parametrize("raw, name", [
    ("Surey Police", "Surrey Police"), ("kent", "Kent Police"), ("BTP", "British Transport Police"),
    ("Hampshire Constabulary", "Hampshire and Isle of Wight Constabulary"),
    ("Devon & Cornwall", "Devon and Cornwall Police"), ("Fire and rescue", None), ("", None),
])
def test_canonical_force(raw, name):
    assert canonical_force(raw) == name


def test_force_line_needs_whole_line():
    assert force_line("Lancashire Constabulary") == "Lancashire Constabulary"
    assert force_line("Lancashire Constabulary has a plan") is None


@pytest.mark.parametrize("pages, date", [
    (["PEEL 2023–25\nPublished on: 14 June 2024\nInspection fieldwork: 12–16 February 2024"],
     "2024-06-14"),
    (["Inspection fieldwork: 12–16 February 2024\nPublished on: 14 June 2024"], "2024-06-14"),
    (["Fieldwork took place between 3 March 2023 and 5 May 2023\n3 March 2023"], "2023-03-03"),
    (["A national thematic inspection\nJune 2024"], "2024-06"),
    (["Date of publication: 22/11/2022"], "2022-11-22"),
    (["Inspection visit: 4 April 2022", "Publication\n5 July 2022"], "2022-07-05"),
    (["No date here"], None),
])
def test_published_date(pages, date):
    assert metadata.extract_published(pages) == date


def test_title_type_and_forces():
    cover = [("HMICFRS", 11.0), ("Safe at home? An inspection of the", 26.0),
             ("police response to domestic abuse", 26.0), ("June 2024", 13.0)]
    title = metadata.extract_title(cover, None, Path("x.pdf"))
    assert title == "Safe at home? An inspection of the police response to domestic abuse"
    assert metadata.extract_title([], "PEEL 2023–25: An inspection of Kent Police",
                                  Path("x.pdf")) == "PEEL 2023–25: An inspection of Kent Police"
    assert metadata.extract_title([], "Microsoft Word - draft.docx", Path("my-report.pdf")) == \
        "my report"
    assert metadata.extract_type("PEEL 2023–25", "", ["Kent Police"]) == "peel"
    assert metadata.extract_type("Diverted?", "A joint inspection by HMICFRS and HM Inspectorate "
                                 "of Probation", []) == "joint"
    assert metadata.extract_type("Roads", "", [], ["Kent Police", "Essex Police"]) == "thematic"
    assert metadata.extract_type("An inspection of Kent Police's custody", "", ["Kent Police"]) \
        == "other"
    assert metadata.extract_forces(["An inspection of Cumbria Constabulary"]) == [
        "Cumbria Constabulary"]


def test_cover_title_adds_subtitle_and_skips_publisher_lines():
    cover = [("His Majesty's Inspectorate of Constabulary and Fire & Rescue Services and", 13, 60),
             ("His Majesty's Inspectorate of Prisons", 13, 78),
             ("Locked in", 26, 220),
             ("A joint inspection of police custody in", 15, 260),
             ("Wales", 15, 279),
             ("Published: 1 May 2022", 11, 410)]
    title = metadata.extract_title(cover, None, Path("x.pdf"), body_size=11)
    assert title == "Locked in: A joint inspection of police custody in Wales"
    cover_text = "\n".join(t for t, _, _ in cover)
    assert metadata.extract_type(title, cover_text, []) == "joint"  # two inspectorates
    assert metadata.extract_type("Locked in", cover_text.replace(" and", ""), []) == "joint"


@pytest.mark.parametrize("below, body, want", [
    ([("An inspection of the police response to stalking", 14)], 10,
     "Out of sight: An inspection of the police response to stalking"),
    ([("An inspection of the police response to stalking", 11)], 10, "Out of sight"),  # ~body
    ([("March 2025", 14)], 10, "Out of sight"),  # a date is not a subtitle
    ([("Jane Smith", 14)], 10, "Out of sight"),  # nor an author's name
    ([("Inspection fieldwork: May to July 2024", 14)], 10, "Out of sight"),
    ([("Published: 3 March 2025", 14), ("A study of stalking", 14)], 10, "Out of sight"),
])
def test_subtitle_rules(below, body, want):
    cover = [("Out of sight", 26, 200)] + [(t, s, 240 + 20 * k) for k, (t, s) in enumerate(below)]
    assert metadata.extract_title(cover, None, Path("x.pdf"), body_size=body) == want


def test_series_name_set_largest_is_not_the_title():
    """A cover whose biggest line is the series name ("PEEL 2023–25") has its title below."""
    cover = [("PEEL 2023–25", 26, 154),
             ("Police effectiveness, efficiency and legitimacy", 14, 192),
             ("An inspection of Lincolnshire Police", 21, 242),
             ("Published: 22 May 2024", 12, 333)]
    assert metadata.extract_title(cover, None, Path("x.pdf"), body_size=10.5) == (
        "PEEL 2023–25: Police effectiveness, efficiency and legitimacy: "
        "An inspection of Lincolnshire Police")  # the series' description joins it


def test_series_description_between_series_and_title_joins_it():
    cover = [("PEEL 2025", 30, 190), ("Police effectiveness, efficiency and legitimacy", 14, 236),
             ("An inspection of Hertfordshire Constabulary", 18, 268),
             ("Published: 18 September 2025", 11, 412)]
    title = metadata.extract_title(cover, None, Path("x.pdf"), body_size=11)
    assert title == ("PEEL 2025: Police effectiveness, efficiency and legitimacy: "
                     "An inspection of Hertfordshire Constabulary")


def test_force_named_small_under_a_series_title_joins_it():
    """A PEEL cover with the series and its description large and "An inspection of Gwent
    Police" small: the title must still name the force."""
    cover = [("PEEL 2025", 28, 174), ("Police effectiveness, efficiency and legitimacy", 14, 213),
             ("An inspection of Gwent Police", 10, 230), ("Published: 27 November 2025", 11, 359)]
    title = metadata.extract_title(cover, None, Path("x.pdf"), body_size=11)
    assert title.startswith("PEEL 2025: Police effectiveness, efficiency and legitimacy")
    assert title.endswith("An inspection of Gwent Police")


def test_thematic_report_forces_include_those_it_says_it_inspected():
    pages = ["Stop and search: a thematic inspection",
             "We visited Merseyside Police, Thames Valley Police and Northumbria Police between "
             "June and October. Officers in Kent Police were not interviewed."]
    assert metadata.report_forces("thematic", pages, []) == [
        "Merseyside Police", "Thames Valley Police", "Northumbria Police"]  # not Kent


def test_inspected_sentences_are_found_from_their_words_once_each():
    text = ("Kent Police was not visited. The forces we inspected were Gwent Police and Dyfed-"
            "Powys Police; we visited both twice. We inspected no other force")  # no full stop
    assert metadata._inspected_sentences(text) == [
        " The forces we inspected were Gwent Police and Dyfed-Powys Police; we visited both "
        "twice."]
    # a long page without full stops (a table of figures, say) is read in one sweep
    assert metadata._inspected_sentences("we visited " * 5000) == []


def test_series_name_at_the_start_of_a_long_kicker_line():
    """A series line in body-size type with more after the name ("PEEL 2025–27 Police
    effectiveness, efficiency and legitimacy") still gives the title its series name."""
    cover = [("PEEL 2025–27 Police effectiveness, efficiency and legitimacy", 12, 162),
             ("An inspection of Suffolk", 26, 190), ("Constabulary", 26, 221)]
    assert metadata.extract_title(cover, None, Path("x.pdf"), body_size=11) == (
        "PEEL 2025–27: An inspection of Suffolk Constabulary")



def test_no_subtitle_when_the_title_already_says_what_it_is():
    cover = [("PEEL 2023–25: An inspection of", 26, 200), ("Kent Police", 26, 232),
             ("Police effectiveness, efficiency and legitimacy", 13, 280)]
    assert metadata.extract_title(cover, None, Path("x.pdf"), body_size=10) == \
        "PEEL 2023–25: An inspection of Kent Police"
    cover = [("Safe streets: an inspection of", 26, 200), ("Kent Police", 26, 232),
             ("Kent Police", 13, 280)]  # and a subtitle that only repeats the title is dropped
    assert metadata.extract_title(cover, None, Path("x.pdf"), body_size=10) == \
        "Safe streets: an inspection of Kent Police"


def test_kicker_and_pdf_title_hint():
    cover = [("HMICFRS", 22, 50), ("PEEL 2025–27", 15, 110),
             ("Police effectiveness, efficiency and legitimacy", 12.5, 136),
             ("An inspection of Norfolk", 24, 166), ("Constabulary", 24, 200),
             ("Published: 2 April 2026", 10.5, 300)]
    want = "PEEL 2025–27: An inspection of Norfolk Constabulary"
    assert metadata.extract_title(cover, "PEEL 2025–27 Norfolk Constabulary", Path("x.pdf"),
                                  body_size=10.5) == want  # /Title lacks the cover's words
    bare = [("An inspection of Norfolk Constabulary", 24, 166)]
    assert metadata.extract_title(bare, want, Path("x.pdf"), 10.5) == want  # longer, complete
    assert metadata.extract_title(  # a shorter /Title loses to the cover
        [("Out of sight", 26, 200), ("An inspection of the police response to stalking", 14, 240)],
        "Out of sight: the police response to stalking", Path("x.pdf"), 10) == \
        "Out of sight: An inspection of the police response to stalking"


@pytest.mark.parametrize("title, want", [
    ("Out of sight: An inspection of the police response to stalking", "thematic"),
    ("Hidden harm: an inspection of exploitation in England and Wales", "thematic"),
    ("Custody: how forces keep detainees safe", "thematic"),
    ("An inspection of the Metropolitan Police Service's custody", "other"),
])
def test_type_from_title_wording(title, want):
    assert metadata.extract_type(title, "", find_forces(title)) == want


def test_type_from_box_forces_and_report_forces_rule():
    boxes = [Practice("good", "A", "x", ["Kent Police"]),
             Practice("good", "B", "y", ["Essex Police", "Kent Police"]),
             Practice("good", "C", "z", [])]
    assert metadata.extract_type("Custody", "", [], [], ["Kent Police", "Essex Police"]) == \
        "thematic"
    assert metadata.extract_type("Custody", "", [], [], ["Kent Police"]) == "other"
    pages = ["Custody\nWith Surrey Police", "Lincolnshire Police is mentioned in passing"]
    assert metadata.report_forces("thematic", pages, boxes) == [
        "Surrey Police", "Kent Police", "Essex Police"]  # cover, then boxes; not passing ones
    assert metadata.report_forces("joint", ["Cover"], []) == []
    assert metadata.report_forces("peel", ["An inspection of Kent Police"], boxes) == [
        "Kent Police"]
    metadata.fill_practice_forces(boxes, "thematic", ["Kent Police"])
    assert boxes[2].forces == []  # a thematic box naming no force stays unknown
    metadata.fill_practice_forces(boxes, "joint", ["Kent Police"])
    assert boxes[2].forces == ["Kent Police"]
    metadata.fill_practice_forces(boxes, "peel", ["Kent Police"])
    assert all(b.forces == ["Kent Police"] for b in boxes)


def test_joint_team_force_line_keeps_both_forces_in_a_peel_report() -> None:
    """In a one-force PEEL report every box is that force's, unless its own force line
    names that force and another (a joint team); forces found in the text don't count."""
    joint = Practice("innovative", "A joint team", "...",
                     forces=forces_line("Suffolk Constabulary and Norfolk Constabulary"))
    partner = Practice("promising", "A scheme", "...", forces=["Norfolk Constabulary"])
    metadata.fill_practice_forces([joint, partner], "peel", ["Suffolk Constabulary"],
                                  {id(joint), id(partner)})
    assert joint.forces == ["Suffolk Constabulary", "Norfolk Constabulary"]
    assert partner.forces == ["Suffolk Constabulary"]


@pytest.mark.parametrize(("line", "expected"), [
    ("Kent Police", ["Kent Police"]),
    ("Devon and Cornwall Police", ["Devon and Cornwall Police"]),  # "and" inside a name
    ("Devon and Cornwall Police and Dorset Police", ["Devon and Cornwall Police",
                                                     "Dorset Police"]),
    ("Kent Police, Essex Police and Sussex Police", ["Kent Police", "Essex Police",
                                                     "Sussex Police"]),
    ("Kent Police & Essex Police", ["Kent Police", "Essex Police"]),
    ("Kent Police and partners", []),  # not only force names: not a force line
    ("The force and Kent Police", []),
])
def test_force_lines_name_one_or_several_forces(line: str, expected: list[str]) -> None:
    assert forces_line(line) == expected

"""Force names and report metadata: the pure-text helpers."""

from __future__ import annotations

from pathlib import Path

import pytest

from practicedb import metadata
from practicedb.forces import all_forces, canonical_force, find_forces, force_line


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

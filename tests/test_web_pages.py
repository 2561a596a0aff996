"""Every page of the web app with a signed-in person, and the JSON API's contract."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from practicedb.cli import cli
from tests.web_helpers import HARBOUR, build_database, client, csrf, practice_id, sign_in


@pytest.fixture(scope="module")
def config(tmp_path_factory):
    return build_database(tmp_path_factory.mktemp("web-pages"))


@pytest.fixture(scope="module")
def lead(config):
    c = client(config)
    sign_in(c, "lead")
    return c


def test_home_shows_new_practices_open_reviews_and_area_counts(lead) -> None:
    html = lead.get("/").text
    assert "Your open reviews" in html and HARBOUR.split(":")[0] in html
    assert "Practices by business area" in html
    assert '<a href="/areas/Victim%20care">Victim care</a>' in html
    assert "Recently added" in html  # first visit: no "since" yet


def test_search_ranks_highlights_and_counts_facets(lead) -> None:
    r = lead.get("/search?q=burglary")
    assert r.status_code == 200
    assert "<mark>" in r.text and "Burglary victims get a prevention visit" in r.text
    assert "Narrow the results" in r.text and "Cumbria Constabulary" in r.text
    assert "Neighbourhood policing</a> <span class=\"count\">(1)</span>" in r.text


def test_search_filters_spelling_and_glossary(lead) -> None:
    only = lead.get("/search?q=victims&area=victim").text  # a part of one area's name
    assert "Operation Harbour" in only and "Burglary victims" not in only
    bad = lead.get("/search?q=victims&area=nowhere")
    assert bad.status_code == 400 and "is not a business area" in bad.text
    bad_date = lead.get("/search?q=victims&since=someday")
    assert bad_date.status_code == 400
    spelt = lead.get("/search?q=burglery").text
    assert "Did you mean" in spelt and "burglary" in spelt
    assert "also finds" in lead.get("/search?q=DA").text
    listing = lead.get("/search?kind=good").text  # filters alone list practices
    assert "Fraud" in listing and "Operation Harbour" not in listing


def test_text_from_reports_is_escaped(lead, config) -> None:
    r = lead.get("/search?q=fraud")
    assert "<script>alert(1)</script>" not in r.text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in r.text
    pid = practice_id(config, "[bold]Fraud[/bold] triage <script>alert(1)</script>")
    page = lead.get(f"/practices/{pid}").text
    assert "<script>" not in page and "<li>Victims over 80 get a visit</li>" in page


def test_practice_page_has_everything(lead, config) -> None:
    pid = practice_id(config, HARBOUR)
    html = lead.get(f"/practices/{pid}").text
    for text in (HARBOUR, "PEEL 2023-25: An inspection of Cumbria Constabulary",
                 "peel-cumbria.pdf, pages 5–6", "Protecting vulnerable people",
                 "Domestic abuse, VAWG and sexual offences", "within a day", "History",
                 "opened as new", "Similar practices", "Record a conclusion"):
        assert text in html, text


def test_similar_practices_are_worked_out_when_asked_for_then_shown_inline(lead, config) -> None:
    """A practice page never waits ~100 ms for its similar practices: until someone asks
    for them it links to them; once worked out they are on the practice page too."""
    import re

    pid = practice_id(config, "Burglary victims get a prevention visit")
    link = f'href="/practices/{pid}/similar"'
    assert link in lead.get(f"/practices/{pid}").text
    page = lead.get(f"/practices/{pid}/similar")
    assert page.status_code == 200 and "Practices most like" in page.text
    titles = re.findall(r'<h3 class="result-title"><a href="/practices/[^"]+">([^<]+)</a>',
                        page.text)
    assert titles, "the corpus has practices sharing words with a burglary practice"
    again = lead.get(f"/practices/{pid}").text
    assert link not in again and all(t in again for t in titles)
    assert lead.get("/practices/no-such-id/similar").status_code == 404


def test_areas_reports_and_reviews_pages(lead) -> None:
    assert "Victim care" in lead.get("/areas").text
    area = lead.get("/areas/Victim%20care")
    assert area.status_code == 200 and "Reviews by status" in area.text
    assert "Operation Harbour" in area.text  # secondary area counts
    assert lead.get("/areas/Nowhere%20at%20all").status_code == 404
    reports = lead.get("/reports").text
    assert "A thematic inspection of the police response to fraud" in reports
    reviews = lead.get("/reviews").text
    assert "4 reviews" in reviews
    mine = lead.get("/reviews?mine=1").text
    assert "0 reviews" in mine  # the lead's area is secondary on its practices
    assert "1 review" in lead.get("/reviews?area=custody").text
    assert lead.get("/reviews?area=nowhere").status_code == 400
    assert "0 reviews" in lead.get("/reviews?status=adopted").text


def test_pages_paginate(lead) -> None:
    first = lead.get("/search?kind=promising&kind=innovative&kind=good&kind=notable").text
    assert "Next page" not in first  # four practices fit on one page
    assert lead.get("/search?q=victims&page=2").status_code == 200
    assert lead.get("/areas/Victim%20care?page=abc").status_code == 200


def test_benchmark_from_text_and_from_a_file(lead) -> None:
    page = lead.get("/benchmark")
    token = csrf(page.text)
    r = lead.post("/benchmark", data={"text": "we visit burglary victims to give security "
                                              "advice", "csrf_token": token})
    assert r.status_code == 200 and "Burglary victims get a prevention visit" in r.text
    assert "Shared words" in r.text
    r = lead.post("/benchmark", data={"csrf_token": token},
                  files={"file": ("ours.txt", b"repeat victims of domestic abuse contacted")})
    assert r.status_code == 200 and "Operation Harbour" in r.text
    r = lead.post("/benchmark", data={"csrf_token": token},
                  files={"file": ("ours.exe", b"MZ")})
    assert r.status_code == 400 and "use a .txt, .md, .docx or .pdf file" in r.text
    r = lead.post("/benchmark", data={"csrf_token": token},
                  files={"file": ("broken.docx", b"not a zip")})
    assert r.status_code == 400 and "broken.docx" in r.text
    assert lead.post("/benchmark", data={"text": "x"}).status_code == 403
    assert lead.post("/benchmark", data={"text": " ", "csrf_token": token}).status_code == 400


def _cli_json(config, *args: str):
    result = CliRunner().invoke(cli, ["--db", str(config.db_path), "--index",
                                      str(config.index_dir), *args])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_the_api_has_the_clis_json_contract(lead, config) -> None:
    api = lead.get("/api/search?q=victims&area=victim%20care&limit=5").json()
    cli_out = _cli_json(config, "search", "victims", "--area", "victim care", "--limit", "5",
                        "--json")
    assert api == cli_out
    pid = practice_id(config, HARBOUR)
    assert lead.get(f"/api/practices/{pid}").json() == _cli_json(config, "show", pid, "--json")
    assert lead.get("/api/practices/p-none").status_code == 404
    bad = lead.get("/api/search?q=x&force=Atlantis")
    assert bad.status_code == 400 and "not a force" in bad.json()["error"]


@pytest.mark.parametrize("q", ["victims", "burglery", "DA", '"repeat victims"', "fraud NOT x"])
def test_facet_ids_rank_as_find_does(lead, config, q) -> None:
    from practicedb.search import finder, load_glossary
    from practicedb.search.facets import match_ids

    glossary = load_glossary()
    expected = [h.id for h in finder.find(config.index_path, q, glossary=glossary,
                                          limit=50).hits]
    assert expected
    assert match_ids(config.index_path, q, glossary=glossary, limit=50) == expected
    assert match_ids(config.index_path, "", glossary=glossary) is None

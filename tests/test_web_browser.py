"""Real-browser tests: Playwright driving Debian's chromium against a real uvicorn server.
Sign in, search, open a practice, record a conclusion as the area's lead and see it in the
history, be refused as a reader, download the pack; no page loads anything from elsewhere
or trips the Content-Security-Policy."""

from __future__ import annotations

import pytest

from practicedb.web import create_app
from tests.web_helpers import HARBOUR, PASSWORDS, build_database, practice_id
from tests.web_server import CHROMIUM, browser, running

pytestmark = pytest.mark.skipif(
    not CHROMIUM.exists(),
    reason="the browser tests need Debian's chromium at /usr/bin/chromium "
           "(apt-get install chromium; .ci/run installs it)")


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    config = build_database(tmp_path_factory.mktemp("web-browser"))
    with running(create_app(config)) as base, browser() as chromium:
        yield base, chromium, config


def _page(site, problems: list[str]):
    base, chromium, _ = site
    context = chromium.new_context(base_url=base, accept_downloads=True)
    page = context.new_page()
    page.on("request", lambda r: None if r.url.startswith(base) or r.url.startswith("data:")
            else problems.append(f"request to {r.url}"))
    page.on("console", lambda m: problems.append(m.text)  # a CSP refusal, a script error
            if m.type == "error" and "Failed to load resource" not in m.text else None)
    page.on("pageerror", lambda e: problems.append(str(e)))
    return page


def _sign_in(page, name: str) -> None:
    page.goto("/")
    assert "/login" in page.url  # nobody reads before signing in
    page.get_by_label("User name").fill(name)
    page.get_by_label("Password").fill(PASSWORDS[name])
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url("**/")


def test_a_lead_searches_opens_a_practice_and_records_a_conclusion(site) -> None:
    problems: list[str] = []
    page = _page(site, problems)
    _sign_in(page, "lead")
    assert page.get_by_role("heading", name="Your open reviews").is_visible()
    page.get_by_label("Search the practices").fill("repeat victims")
    page.get_by_role("button", name="Search").click()
    page.wait_for_url("**/search?q=repeat+victims")
    assert page.locator("mark").count() > 0
    page.get_by_role("link", name=HARBOUR).click()
    assert page.get_by_role("heading", level=1).inner_text() == HARBOUR
    page.get_by_label("Status").select_option("under review")
    page.get_by_label("Note").fill("Comparing with our own repeat-victim process")
    page.get_by_label("Next step due").fill("2027-01-31")
    page.get_by_role("button", name="Record conclusion").click()
    assert page.get_by_text("Your conclusion is recorded").is_visible()
    history = page.locator("ol.history").inner_text()
    assert "lead (Victim care)" in history and "new → under review" in history
    assert "Comparing with our own repeat-victim process" in history
    page.goto("/")
    page.keyboard.press("Tab")  # the skip link comes first
    assert page.evaluate("document.activeElement.textContent") == "Skip to main content"
    page.context.close()
    assert problems == []


def test_a_reader_is_refused(site) -> None:
    problems: list[str] = []
    page = _page(site, problems)
    _sign_in(page, "reader")
    pid = practice_id(site[2], HARBOUR)
    page.goto(f"/practices/{pid}")
    assert page.get_by_role("button", name="Record conclusion").count() == 0
    token = page.locator("input[name=csrf_token]").first.get_attribute("value")
    r = page.request.post(f"/practices/{pid}/assess", form={
        "status": "adopted", "area": "Victim care", "csrf_token": token})
    assert r.status == 403 and "may not record" in r.text()
    response = page.goto("/pack")
    assert response.status == 403
    assert page.get_by_role("heading", name="You cannot do that").is_visible()
    page.context.close()
    assert problems == []


def test_an_admin_downloads_the_board_pack(site, tmp_path) -> None:
    problems: list[str] = []
    page = _page(site, problems)
    _sign_in(page, "admin")
    page.get_by_role("link", name="Board pack").click()
    page.get_by_label("First day of the period").fill("2020-01-01")
    with page.expect_download() as info:
        page.get_by_role("button", name="Download the pack").click()
    saved = tmp_path / info.value.suggested_filename
    info.value.save_as(saved)
    assert saved.name.startswith("board-pack-2020-01-01") and saved.suffix == ".html"
    assert "Inspection and Audit Board" in saved.read_text("utf-8")
    page.context.close()
    assert problems == []

"""The web app's sign-in and guards: redirects, 401s, CSRF, cookies, rate limit, headers,
trusted header, public read, plain error pages."""

from __future__ import annotations

import pytest

from practicedb import storage
from practicedb.storage import users
from practicedb.web import security
from tests.web_helpers import build_database, client, csrf, sign_in


@pytest.fixture(scope="module")
def config(tmp_path_factory):
    return build_database(tmp_path_factory.mktemp("web-auth"))


def test_unsigned_pages_redirect_to_login_and_the_api_says_401(config) -> None:
    c = client(config)
    for path in ("/", "/search?q=fraud", "/areas", "/reports", "/reviews", "/pack",
                 "/admin/users", "/practices/p-anything"):
        r = c.get(path)
        assert r.status_code == 303, path
        assert r.headers["location"].startswith("/login?next=")
    r = c.get("/api/search?q=fraud")
    assert r.status_code == 401 and r.json() == {"error": "Sign in first."}
    assert c.get("/api/practices/p-1").status_code == 401


def test_login_form_has_the_fields_other_tools_drive(config) -> None:
    html = client(config).get("/login").text
    for field in ('name="username"', 'name="password"', 'type="hidden" name="csrf_token"'):
        assert field in html
    assert '<label class="label" for="username">' in html


def test_sign_in_sets_a_safe_session_cookie(config) -> None:
    c = client(config)
    r = sign_in(c, "reader")
    assert r.status_code == 303 and r.headers["location"] == "/"
    cookie = r.headers["set-cookie"].lower()
    assert "httponly" in cookie and "samesite=lax" in cookie and "secure" not in cookie
    assert c.get("/").status_code == 200
    https = client(config, base_url="https://testserver")
    cookie = sign_in(https, "reader").headers["set-cookie"].lower()
    assert "; secure" in cookie and "httponly" in cookie


def test_login_refusals(config) -> None:
    c = client(config)
    page = c.get("/login")
    no_token = c.post("/login", data={"username": "reader", "password": "reader-password-1"})
    assert no_token.status_code == 403
    wrong = c.post("/login", data={"username": "reader", "password": "nope",
                                   "csrf_token": csrf(page.text)})
    assert wrong.status_code == 400 and "not right" in wrong.text
    assert c.get("/").status_code == 303


def test_next_is_followed_only_on_this_site(config) -> None:
    c = client(config)
    page = c.get("/login?next=/areas")
    assert 'value="/areas"' in page.text
    for target, expected in (("/reviews?overdue=1", "/reviews?overdue=1"),
                             ("//evil.example/x", "/"), ("https://evil.example/", "/")):
        c = client(config)
        page = c.get("/login")
        r = c.post("/login", data={"username": "reader", "password": "reader-password-1",
                                   "csrf_token": csrf(page.text), "next": target})
        assert r.headers["location"] == expected


def _forget_failures(config) -> None:
    db = storage.open_db(config.db_path)  # failures are kept in the database
    with db.conn:
        db.execute("delete from web_login_failures")
    db.close()


def test_login_attempts_are_rate_limited(config) -> None:
    _forget_failures(config)
    c = client(config)
    try:
        for _ in range(security.MAX_FAILURES):
            assert sign_in(c, "lead", "wrong password").status_code == 400
        blocked = sign_in(c, "lead")  # even the right password waits now
        assert blocked.status_code == 429 and "Too many failed attempts" in blocked.text
        assert sign_in(c, "admin").status_code == 429  # the same address is blocked too
        # a restarted server (a new app over the same database) still remembers
        assert sign_in(client(config), "admin").status_code == 429
    finally:
        _forget_failures(config)  # the other tests sign in from the same address


def test_logout_needs_the_token_and_ends_the_session(config) -> None:
    c = client(config)
    sign_in(c, "reader")
    assert c.post("/logout").status_code == 403
    home = c.get("/")
    assert c.post("/logout", data={"csrf_token": csrf(home.text)}).status_code == 303
    assert c.get("/").status_code == 303


def test_a_password_change_or_removal_ends_sessions(config) -> None:
    db = storage.open_db(config.db_path)
    users.add_user(db, "temp", "reader", password="temporary-pass-1")
    c = client(config)
    sign_in(c, "temp", "temporary-pass-1")
    assert c.get("/").status_code == 200
    users.set_password(db, "temp", "temporary-pass-2")
    assert c.get("/").status_code == 303
    sign_in(c, "temp", "temporary-pass-2")
    assert c.get("/").status_code == 200
    users.remove_user(db, "temp")
    assert c.get("/").status_code == 303


def test_security_headers_on_every_response(config) -> None:
    c = client(config)
    for r in (c.get("/login"), c.get("/static/app.css"), c.get("/nowhere")):
        csp = r.headers["content-security-policy"]
        assert "frame-ancestors 'none'" in csp and "script-src 'self'" in csp
        assert "unsafe-inline" not in csp
        assert r.headers["x-frame-options"] == "DENY"
    html = c.get("/login").text
    assert "<script" not in html and "style=" not in html and "http://" not in html.replace(
        "http://www.w3.org", "")


def test_error_pages_are_plain(config, monkeypatch) -> None:
    c = client(config)
    sign_in(c, "reader")
    missing = c.get("/no/such/page")
    assert missing.status_code == 404 and "Page not found" in missing.text
    assert c.get("/practices/p-nothere").status_code == 404

    def broken(*args, **kwargs):
        raise RuntimeError("secret internals")

    monkeypatch.setattr("practicedb.storage.listing.area_counts", broken)
    r = c.get("/")
    assert r.status_code == 500 and "Something went wrong" in r.text
    assert "Traceback" not in r.text and "secret internals" not in r.text


def test_public_read_lets_people_read_but_not_write(config) -> None:
    c = client(config, public_read=True)
    assert c.get("/").status_code == 200
    assert c.get("/search?q=burglary").status_code == 200
    assert c.get("/api/search?q=burglary").status_code == 200
    assert c.get("/pack").status_code == 303  # admin pages still need signing in
    page = c.get("/benchmark")
    r = c.post("/practices/p-x/assess", data={"status": "adopted",
                                              "csrf_token": csrf(page.text)})
    assert r.status_code == 303 and r.headers["location"].startswith("/login")


def test_trusted_header_signs_people_in_who_have_an_account(config) -> None:
    c = client(config, trusted_header="X-Remote-User")
    assert c.get("/", headers={"X-Remote-User": "lead"}).status_code == 200
    assert "Signed in as <strong>lead</strong>" in c.get(
        "/", headers={"X-Remote-User": "lead"}).text
    stranger = c.get("/", headers={"X-Remote-User": "stranger"})
    assert stranger.status_code == 403 and "no practicedb account" in stranger.text
    assert c.get("/").status_code == 303  # no header: sign in as usual

"""Web users in the library (accounts, Argon2 hashes, who may assess) and the users CLI."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from practicedb import storage
from practicedb.cli import cli
from practicedb.reviews.permissions import assessable_areas, may_assess
from practicedb.storage import users


@pytest.fixture
def db(tmp_path):
    return storage.open_db(tmp_path / "practices.db")


def test_a_user_signs_in_with_their_password_only(db) -> None:
    users.add_user(db, "j.smith", "lead", areas=["Victim care"], password="correct horse 1")
    user = users.authenticate(db, "j.smith", "correct horse 1")
    assert user is not None and user.role == "lead" and user.areas == ("Victim care",)
    assert users.authenticate(db, "j.smith", "wrong password") is None
    assert users.authenticate(db, "nobody", "correct horse 1") is None
    stored = db.execute("select password from users").fetchone()[0]
    assert "correct horse" not in stored and stored.startswith("$argon2id$")


def test_refusals_are_plain_words(db) -> None:
    with pytest.raises(users.UserError, match="too short"):
        users.add_user(db, "a", "reader", password="short")
    with pytest.raises(users.UserError, match="needs at least one business area"):
        users.add_user(db, "b", "lead", password="long enough 123")
    with pytest.raises(users.UserError, match="not a role"):
        users.add_user(db, "c", "boss", password="long enough 123")
    with pytest.raises(users.UserError, match="cannot be a user name"):
        users.add_user(db, "a b/c", "reader", password="long enough 123")
    users.add_user(db, "d", "reader", password="long enough 123")
    with pytest.raises(users.UserError, match="already a user"):
        users.add_user(db, "d", "reader", password="long enough 123")
    with pytest.raises(users.UserError, match="no user called"):
        users.remove_user(db, "zz")


def test_a_new_password_replaces_the_old(db) -> None:
    before = users.add_user(db, "e", "reader", password="first password 1")
    users.set_password(db, "e", "second password 2")
    assert users.authenticate(db, "e", "first password 1") is None
    after = users.authenticate(db, "e", "second password 2")
    assert after is not None and after.changed_at >= before.changed_at


def test_session_secret_is_made_once(db) -> None:
    assert users.session_secret(db) == users.session_secret(db)
    assert len(users.session_secret(db)) >= 40


PRACTICE = {"id": "p-1", "areas": ["Domestic abuse", "Victim care"]}


@pytest.mark.parametrize("role, areas, area, allowed", [
    ("lead", ("Victim care",), "Victim care", True),
    ("lead", ("Victim care",), "Domestic abuse", False),
    ("lead", ("Victim care",), None, True),  # the one area they may use
    ("lead", ("Custody",), "Custody", False),  # their area, but not the practice's
    ("reader", (), "Victim care", False),
    ("admin", (), "Custody", True),
])
def test_who_may_assess(role, areas, area, allowed) -> None:
    person = users.User("x", role, areas)
    assert may_assess(person, PRACTICE, area) is allowed


def test_assessable_areas_include_existing_reviews() -> None:
    lead = users.User("x", "lead", ("Custody",))
    assert assessable_areas(lead, PRACTICE) == []
    assert assessable_areas(lead, PRACTICE, ["Custody"]) == ["Custody"]
    assert assessable_areas(None, PRACTICE) == []


def test_users_commands(tmp_path) -> None:
    runner = CliRunner()
    base = ["--db", str(tmp_path / "p.db")]
    result = runner.invoke(cli, [*base, "users", "add", "k.lead", "--role", "lead", "--area",
                                 "victim care", "--password-stdin"], input="a long password\n")
    assert result.exit_code == 0, result.output
    assert "Victim care" in result.output
    result = runner.invoke(cli, [*base, "users", "add", "x", "--role", "lead", "--area",
                                 "nonsense", "--password-stdin"], input="a long password\n")
    assert result.exit_code == 2 and "not a business area" in result.output
    listing = runner.invoke(cli, [*base, "users", "list"])
    assert "k.lead" in listing.output and "lead" in listing.output
    result = runner.invoke(cli, [*base, "users", "passwd", "k.lead", "--password-stdin"],
                           input="another long one\n")
    assert result.exit_code == 0, result.output
    db = storage.open_db(tmp_path / "p.db")
    assert users.authenticate(db, "k.lead", "another long one") is not None
    result = runner.invoke(cli, [*base, "users", "passwd", "k.lead", "--password-stdin"],
                           input="short\n")
    assert result.exit_code == 1 and "too short" in result.output
    assert runner.invoke(cli, [*base, "users", "remove", "k.lead"]).exit_code == 0
    assert users.get_user(db, "k.lead") is None
    result = runner.invoke(cli, [*base, "users", "remove", "k.lead"])
    assert result.exit_code == 1 and "no user called" in result.output


def test_the_cli_lists_the_web_commands_without_loading_the_web_stack() -> None:
    import subprocess
    import sys

    result = CliRunner().invoke(cli, ["--help"])
    assert "serve" in result.output and "users" in result.output
    check = subprocess.run(
        [sys.executable, "-c", "import sys, practicedb.cli; "
         "print(sorted(m for m in ('starlette', 'uvicorn', 'argon2') if m in sys.modules))"],
        capture_output=True, text=True, check=True)
    assert check.stdout.strip() == "[]"
    serve_help = CliRunner().invoke(cli, ["serve", "--help"])
    for option in ("--host", "--port", "--public-read", "--trusted-header"):
        assert option in serve_help.output

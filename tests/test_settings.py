"""Settings kept in the database: validation, defaults, and the CLI."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from practicedb import storage
from practicedb.cli import cli


def test_defaults_then_a_stored_value(tmp_path):
    db = storage.open_db(tmp_path / "s.db")
    assert storage.get_setting(db, "new-after-days") == "60"
    assert storage.get_setting(db, "reviews-from") is None
    assert storage.set_setting(db, "New_After_Days", "30", by="t") == "30"
    assert storage.get_setting(db, "new-after-days") == "30"
    storage.set_setting(db, "new-after-days", None, by="t")
    assert storage.get_setting(db, "new-after-days") == "60"


@pytest.mark.parametrize("key, value, why", [
    ("reviews-from", "2025-13-01", "YYYY-MM-DD"),
    ("new-after-days", "0", "whole number from 1"),
    ("new-after-days", "ten", "whole number"),
    ("marking", "SECRET", "OFFICIAL-SENSITIVE"),
    ("smtp-sender", "not an address", "e-mail address"),
    ("feed-url", "ftp://x", "http://"),
    ("smtp-starttls", "maybe", "yes or no"),
])
def test_bad_values_are_refused_with_what_is_wanted(tmp_path, key, value, why):
    db = storage.open_db(tmp_path / "s.db")
    with pytest.raises(storage.SettingsError, match=why):
        storage.set_setting(db, key, value, by="t")
    assert storage.get_setting(db, key) == storage.SETTINGS[key].default


def test_marking_is_normalised(tmp_path):
    db = storage.open_db(tmp_path / "s.db")
    assert storage.set_setting(db, "marking", "official sensitive", by="t") == "OFFICIAL-SENSITIVE"


def test_cli_set_works_on_a_new_database_and_lists_valid_keys(tmp_path):
    db = tmp_path / "new.db"
    result = CliRunner().invoke(cli, ["--db", str(db), "settings", "set", "reviews-from",
                                      "2025-04-01", "--by", "DI Khan"])
    assert result.exit_code == 0, result.output
    assert db.exists()
    shown = CliRunner().invoke(cli, ["--db", str(db), "settings", "--json"])
    assert '"reviews-from": "2025-04-01"' in shown.output
    bad = CliRunner().invoke(cli, ["--db", str(db), "settings", "set", "colour", "red"])
    assert bad.exit_code == 1
    assert "'colour' is not a setting" in bad.output and "reviews-from" in bad.output
    assert "Traceback" not in bad.output


def test_author_key_and_the_reviews_from_default_is_shown(tmp_path):
    from click.testing import CliRunner

    from practicedb.cli import cli

    db_path = tmp_path / "new.db"
    runner = CliRunner()
    shown = runner.invoke(cli, ["--db", str(db_path), "settings"])
    import re

    flat = re.sub(r"[│┃\s]+", " ", shown.output)
    assert "the day this" in flat and "first used" in flat
    done = runner.invoke(cli, ["--db", str(db_path), "settings", "set", "author",
                               "Head of Inspection"])
    assert done.exit_code == 0
    db = storage.open_db(db_path)
    assert storage.get_setting(db, "author") == "Head of Inspection"
    storage.set_setting(db, "reviews-from", "2025-04-01", by="t")
    assert storage.reviews_from(db) == "2025-04-01"

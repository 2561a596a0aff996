"""A force's settings, kept in its database so they travel with its data.

Each setting has a name people type (``reviews-from``), a plain description, a default
and a rule its value must meet; ``set_setting`` refuses anything else with a message that
says what is wanted. Secrets (the SMTP password) are never stored here: ``Config`` reads
them from the environment.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

import sqlite_utils

from practicedb.dates import now_iso
from practicedb.errors import PracticedbError

DEFAULT_FEED = "https://hmicfrs.justiceinspectorates.gov.uk/feed/"
MARKINGS = ("OFFICIAL", "OFFICIAL-SENSITIVE", "NOT PROTECTIVELY MARKED")


class SettingsError(PracticedbError):
    """A setting name or value that cannot be used."""


def _text(value: str) -> str:
    value = " ".join(value.split())
    if not value:
        raise ValueError("it cannot be empty")
    if len(value) > 200:
        raise ValueError("it must be 200 characters or fewer")
    return value


def _date(value: str) -> str:
    try:
        return date.fromisoformat(value.strip()).isoformat()
    except ValueError:
        raise ValueError("it must be a date written YYYY-MM-DD, e.g. 2025-04-01") from None


def _whole(low: int, high: int) -> Callable[[str], str]:
    def check(value: str) -> str:
        if not re.fullmatch(r"\d+", value.strip()) or not low <= int(value) <= high:
            raise ValueError(f"it must be a whole number from {low} to {high}")
        return str(int(value))

    return check


def _marking(value: str) -> str:
    wanted = " ".join(value.upper().replace("_", " ").split()).replace("OFFICIAL SENSITIVE",
                                                                     "OFFICIAL-SENSITIVE")
    if wanted not in MARKINGS:
        raise ValueError(f"it must be one of {', '.join(MARKINGS)}")
    return wanted


def _url(value: str) -> str:
    value = value.strip()
    if not re.fullmatch(r"https?://[^\s/]+(/\S*)?", value):
        raise ValueError("it must be a web address starting http:// or https://")
    return value


def _email(value: str) -> str:
    value = value.strip()
    if not re.fullmatch(r"[^@\s]+@[^@\s]+\.[^@\s]+", value):
        raise ValueError("it must be an e-mail address such as practicedb@force.police.uk")
    return value


def _yes_no(value: str) -> str:
    wanted = value.strip().lower()
    if wanted in ("yes", "true", "on", "1"):
        return "yes"
    if wanted in ("no", "false", "off", "0"):
        return "no"
    raise ValueError("it must be yes or no")


@dataclass(frozen=True)
class Setting:
    key: str
    description: str
    default: str | None
    check: Callable[[str], str]


SETTINGS = {s.key: s for s in (
    Setting("reviews-from", "Open benchmarking reviews only for practices in reports "
            "published on or after this date (YYYY-MM-DD); older ones are the searchable "
            "catalogue.", None, _date),
    Setting("new-after-days", "A review still 'new' after this many days is overdue.", "60",
            _whole(1, 3650)),
    Setting("force", "Your force's name, printed on the board pack.", None, _text),
    Setting("board-name", "The board the pack is for.", "Inspection and Audit Board", _text),
    Setting("chair", "Who chairs the board.", "Deputy Chief Constable", _text),
    Setting("author", "Who the board pack is from, printed on its cover (default: the "
            "user who produces it).", None, _text),
    Setting("marking", "Protective marking printed at the top and bottom of every page of "
            "the pack.", "OFFICIAL", _marking),
    Setting("feed-url", "The publications feed 'practicedb follow' reads.", DEFAULT_FEED, _url),
    Setting("smtp-host", "Mail server for notices and reminders (the password comes from "
            "$PRACTICEDB_SMTP_PASSWORD, never the database).", None, _text),
    Setting("smtp-port", "Mail server port.", "587", _whole(1, 65535)),
    Setting("smtp-sender", "The From address of practicedb's e-mails.", None, _email),
    Setting("smtp-user", "User name for the mail server, if it needs one.", None, _text),
    Setting("smtp-starttls", "Use STARTTLS with the mail server (yes or no).", "yes", _yes_no),
)}


FIRST_USED = "first-used"  # kept beside the settings, not one people set: see m051


def _setting(key: str) -> Setting:
    wanted = key.strip().lower().replace("_", "-")
    if wanted not in SETTINGS:
        raise SettingsError(f"'{key}' is not a setting. The settings are: "
                            f"{', '.join(SETTINGS)}.")
    return SETTINGS[wanted]


def get_settings(db: sqlite_utils.Database) -> dict[str, str | None]:
    """Every setting's value in force (stored, else the default), in the documented order."""
    stored = {row["key"]: row["value"] for row in db.query("select key, value from settings")}
    return {key: stored.get(key, s.default) for key, s in SETTINGS.items()}


def get_setting(db: sqlite_utils.Database, key: str) -> str | None:
    return get_settings(db)[_setting(key).key]


def set_setting(db: sqlite_utils.Database, key: str, value: str | None, *, by: str) -> str | None:
    """Store one setting (None: back to its default); returns the value stored.

    Raises SettingsError naming the setting and what it needs."""
    setting = _setting(key)
    if value is None:
        with db.atomic():
            db.execute("delete from settings where key = ?", [setting.key])
        return setting.default
    try:
        checked = setting.check(value)
    except ValueError as exc:
        raise SettingsError(f"'{value}' cannot be used for {setting.key}: {exc}.") from None
    with db.atomic():
        db.table("settings").upsert(
            {"key": setting.key, "value": checked, "updated_at": now_iso(), "updated_by": by},
            pk="key",
        )
    return checked


def _stored(db: sqlite_utils.Database, key: str) -> str | None:
    row = db.execute("select value from settings where key = ?", [key]).fetchone()
    return row[0] if row else None


def reviews_from(db: sqlite_utils.Database) -> str:
    """The day reviews start (YYYY-MM-DD): the reviews-from setting, else the day this
    database was first used, so a back catalogue loaded on a first install is catalogue
    and only reports published from then on get a review."""
    return (_stored(db, "reviews-from") or (_stored(db, FIRST_USED) or "")[:10]
            or date.today().isoformat())


def new_after_days(db: sqlite_utils.Database, fallback: int) -> int:
    """Days a review may stay `new`: the new-after-days setting if one is stored, else
    `fallback` (the leads file's new_after_days, which defaults to 60 like the setting)."""
    stored = _stored(db, "new-after-days")
    return int(stored) if stored else fallback

"""Who may use the web app: local accounts with a role, a lead's business areas and an
Argon2id password hash (argon2-cffi). Passwords are never stored or logged in clear.

Roles: a ``reader`` searches, browses and exports; a ``lead`` also records conclusions for
practices in their own areas; an ``admin`` does everything (see ``reviews.permissions``).
"""

from __future__ import annotations

import json
import secrets
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import sqlite_utils

from practicedb.dates import now_iso
from practicedb.errors import PracticedbError

if TYPE_CHECKING:
    from argon2 import PasswordHasher

ROLES = ("reader", "lead", "admin")
MIN_PASSWORD = 10
_NAME_CHARS = set("abcdefghijklmnopqrstuvwxyz0123456789._-@")


class UserError(PracticedbError):
    """A user that cannot be added, changed or found; plain words for the person."""


@dataclass(frozen=True)
class User:
    name: str
    role: str
    areas: tuple[str, ...] = field(default_factory=tuple)
    changed_at: str = ""  # when the password or role last changed (ends older sessions)
    last_seen: str | None = None

    @property
    def is_admin(self) -> bool:
        return self.role == "admin"


def _hasher() -> PasswordHasher:
    from argon2 import PasswordHasher

    return PasswordHasher()


def _check_name(name: str) -> str:
    name = name.strip()
    if not name or len(name) > 64 or not set(name.lower()) <= _NAME_CHARS:
        raise UserError(f"'{name}' cannot be a user name: use 1 to 64 letters, digits, "
                        "dots, dashes, underscores or @ (for example j.smith).")
    return name


def _check_role(role: str) -> str:
    role = role.strip().lower()
    if role not in ROLES:
        raise UserError(f"'{role}' is not a role. The roles are: {', '.join(ROLES)}.")
    return role


def check_password(password: str) -> None:
    if len(password) < MIN_PASSWORD:
        raise UserError(f"The password is too short: use at least {MIN_PASSWORD} characters.")


def _hash(password: str) -> str:
    check_password(password)
    return str(_hasher().hash(password))


def _stamp() -> str:
    """When a password changed, to the microsecond (an older session's stamp differs)."""
    from datetime import UTC, datetime

    return datetime.now(UTC).isoformat(timespec="microseconds")


def _row_to_user(row: dict) -> User:
    return User(row["name"], row["role"], tuple(json.loads(row["areas"] or "[]")),
                row["changed_at"] or "", row["last_seen"])


def add_user(db: sqlite_utils.Database, name: str, role: str, *, areas: list[str] | tuple = (),
             password: str | None = None) -> User:
    """Add an account. A lead needs at least one area; ``password`` None means the person
    signs in only through a trusted single sign-on header."""
    name, role = _check_name(name), _check_role(role)
    if role == "lead" and not areas:
        raise UserError(f"A lead needs at least one business area: give --area for {name}.")
    if get_user(db, name) is not None:
        raise UserError(f"There is already a user called {name}.")
    now = now_iso()
    db.table("users").insert({
        "name": name, "role": role, "areas": json.dumps(list(areas)),
        "password": _hash(password) if password is not None else None,
        "created_at": now, "changed_at": _stamp(), "last_seen": None,
    })
    user = get_user(db, name)
    assert user is not None
    return user


def get_user(db: sqlite_utils.Database, name: str) -> User | None:
    rows = list(db.query("select * from users where name = ?", [name.strip()]))
    return _row_to_user(rows[0]) if rows else None


def list_users(db: sqlite_utils.Database) -> list[User]:
    return [_row_to_user(r) for r in db.query("select * from users order by name")]


def remove_user(db: sqlite_utils.Database, name: str) -> None:
    if not db.execute("delete from users where name = ?", [name.strip()]).rowcount:
        raise UserError(f"There is no user called {name}.")
    db.conn.commit()


def set_password(db: sqlite_utils.Database, name: str, password: str) -> None:
    """A new password; sessions signed in with the old one end."""
    hashed = _hash(password)
    with db.conn:
        cursor = db.execute("update users set password = ?, changed_at = ? where name = ?",
                            [hashed, _stamp(), name.strip()])
    if not cursor.rowcount:
        raise UserError(f"There is no user called {name}.")


def authenticate(db: sqlite_utils.Database, name: str, password: str) -> User | None:
    """The user if the password is theirs, else None (same answer for an unknown name)."""
    from argon2.exceptions import Argon2Error, InvalidHashError

    rows = list(db.query("select * from users where name = ?", [name.strip()]))
    hasher = _hasher()
    if not rows or not rows[0]["password"]:
        try:  # the same work as a real check, so timing does not tell which names exist
            hasher.verify(_DUMMY[0] or _dummy(), password)
        except (Argon2Error, InvalidHashError):
            pass
        return None
    try:
        hasher.verify(rows[0]["password"], password)
    except (Argon2Error, InvalidHashError):
        return None
    return _row_to_user(rows[0])


_DUMMY: list[str] = [""]


def _dummy() -> str:
    _DUMMY[0] = str(_hasher().hash(secrets.token_hex(8)))
    return _DUMMY[0]


def mark_seen(db: sqlite_utils.Database, name: str, at: str | None = None) -> None:
    """Remember when someone last visited (the home page shows what is new since)."""
    with db.conn:
        db.execute("update users set last_seen = ? where name = ?", [at or now_iso(), name])


def session_secret(db: sqlite_utils.Database) -> str:
    """The key that signs web sessions: made once per database, kept in it."""
    row = db.execute("select secret from web_secret where id = 1").fetchone()
    if row:
        return str(row[0])
    with db.conn:
        db.execute("insert or ignore into web_secret (id, secret) values (1, ?)",
                   [secrets.token_urlsafe(48)])
    return str(db.execute("select secret from web_secret where id = 1").fetchone()[0])

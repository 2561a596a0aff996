"""Who leads each business area: the TOML file a force edits (the shipped example is
``data/leads.toml``), its force name, and when a `new` review becomes overdue."""

from __future__ import annotations

import tomllib
from collections.abc import Iterable
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from practicedb.errors import PracticedbError

DEFAULT_NEW_AFTER_DAYS = 60
LEADS_FILE_NAME = "leads.toml"


class LeadsError(PracticedbError):
    """A leads file that cannot be used; the message names the file and the problem."""


@dataclass
class Lead:
    area: str
    name: str = ""
    role: str = ""
    email: str = ""

    @property
    def label(self) -> str:
        """'Name (role)', or whichever of them is given."""
        if self.name and self.role:
            return f"{self.name} ({self.role})"
        return self.name or self.role or self.email

    def matches(self, text: str) -> bool:
        wanted = text.strip().lower()
        return any(wanted in v.lower() for v in (self.name, self.role, self.email) if v)


@dataclass
class Leads:
    """The leads file: who leads each area, the force's name, when `new` becomes overdue."""

    by_area: dict[str, Lead] = field(default_factory=dict)
    force: str = ""
    new_after_days: int = DEFAULT_NEW_AFTER_DAYS
    path: Path | None = None  # None: the shipped example

    @property
    def source(self) -> str:
        return str(self.path) if self.path else "the shipped example (practicedb/data/leads.toml)"

    def label(self, area: str | None) -> str:
        lead = self.by_area.get(area or "")
        return lead.label if lead else ""

    def missing(self, areas: Iterable[str]) -> list[str]:
        """Areas of the taxonomy that have no lead."""
        return [a for a in areas if a not in self.by_area]

    def unknown(self, areas: Iterable[str]) -> list[str]:
        """Areas in the leads file that the taxonomy does not have (probably misspelt)."""
        known = set(areas)
        return [a for a in self.by_area if a not in known]


def find_leads_file(explicit: Path | None = None, cwd: Path | None = None) -> Path | None:
    """--leads FILE (or PRACTICEDB_LEADS), else ./leads.toml, else None for the shipped one."""
    if explicit is not None:
        return explicit
    local = (cwd or Path.cwd()) / LEADS_FILE_NAME
    return local if local.is_file() else None


def shipped_leads_text() -> str:
    return resources.files("practicedb").joinpath("data", LEADS_FILE_NAME).read_text("utf-8")


def load_leads(path: Path | None = None) -> Leads:
    """Read and check a leads file (None: the shipped example). Raises LeadsError."""
    where = str(path) if path else "the shipped leads file"
    try:
        text = path.read_text(encoding="utf-8") if path else shipped_leads_text()
        data = tomllib.loads(text)
    except OSError as exc:
        raise LeadsError(f"Cannot read the leads file {where}: {exc.strerror or exc}.") from exc
    except UnicodeDecodeError as exc:
        raise LeadsError(f"The leads file {where} is not UTF-8 text.") from exc
    except tomllib.TOMLDecodeError as exc:
        raise LeadsError(f"The leads file {where} is not valid TOML: {exc}.") from exc
    unknown_keys = set(data) - {"force", "new_after_days", "leads"}
    if unknown_keys:
        raise LeadsError(f"The leads file {where} has settings I don't know: "
                         f"{', '.join(sorted(unknown_keys))} (expected force, new_after_days "
                         "and a [leads] table).")
    days = data.get("new_after_days", DEFAULT_NEW_AFTER_DAYS)
    if not isinstance(days, int) or isinstance(days, bool) or days < 1:
        raise LeadsError(f"In the leads file {where}, new_after_days must be a whole number of "
                         f"days, 1 or more (it is {days!r}).")
    if not isinstance(data.get("force", ""), str):
        raise LeadsError(f"In the leads file {where}, force must be text in quotes.")
    table = data.get("leads", {})
    if not isinstance(table, dict):
        raise LeadsError(f"In the leads file {where}, leads must be a table: a line [leads] "
                         "followed by one line per business area.")
    leads = Leads(force=data.get("force", "").strip(), new_after_days=days, path=path)
    for area, value in table.items():
        leads.by_area[area] = _lead(where, area, value)
    return leads


def _lead(where: str, area: str, value: object) -> Lead:
    if isinstance(value, str):
        value = {"name": value}
    if not isinstance(value, dict):
        raise LeadsError(f"In the leads file {where}, the lead for '{area}' must be a name in "
                         'quotes or { name = "...", role = "...", email = "..." }.')
    extra = set(value) - {"name", "role", "email"}
    if extra:
        raise LeadsError(f"In the leads file {where}, the lead for '{area}' has "
                         f"{', '.join(sorted(extra))}; only name, role and email are used.")
    if not all(isinstance(v, str) for v in value.values()):
        raise LeadsError(f"In the leads file {where}, the lead for '{area}': name, role and "
                         "email must be text in quotes.")
    lead = Lead(area, *(value.get(k, "").strip() for k in ("name", "role", "email")))
    if not (lead.name or lead.role):
        raise LeadsError(f"In the leads file {where}, the lead for '{area}' needs a name or a "
                         "role.")
    return lead



"""Where practicedb keeps things and which files it reads: the one reader of the
``PRACTICEDB_*`` environment variables.

Both front ends make one ``Config`` (the CLI from its global options, the web app when
it starts) and ask it for the database, the taxonomy, the leads and the glossary, each
opened once on first use.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from practicedb.errors import PracticedbError

if TYPE_CHECKING:
    import sqlite_utils

    from practicedb.classification import Taxonomy
    from practicedb.reviews import Leads
    from practicedb.search import Glossary

DEFAULT_DB = Path("practices.db")
DEFAULT_INDEX = None  # beside the database, named after it: see Config.index_root
ENV = {  # setting -> environment variable
    "db_path": "PRACTICEDB_DB",
    "index_dir": "PRACTICEDB_INDEX",
    "taxonomy_path": "PRACTICEDB_TAXONOMY",
    "leads_path": "PRACTICEDB_LEADS",
    "glossary_path": "PRACTICEDB_GLOSSARY",
}


class NoDatabaseError(PracticedbError):
    """There is no database yet where one was expected."""


@dataclass
class Config:
    """The files practicedb uses; resources open lazily and are cached."""

    db_path: Path = DEFAULT_DB
    index_dir: Path | None = DEFAULT_INDEX  # None: derived from db_path
    taxonomy_path: Path | None = None
    leads_path: Path | None = None
    glossary_path: Path | None = None
    _cache: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)

    @classmethod
    def load(cls, environ: Mapping[str, str] | None = None, **given: Path | None) -> Config:
        """Settings given explicitly (None: not given), else from the environment, else the
        defaults."""
        env = os.environ if environ is None else environ
        values: dict[str, Any] = {}
        for name, var in ENV.items():
            value = given.get(name)
            if value is None and env.get(var):
                value = Path(env[var])
            if value is not None:
                values[name] = Path(value)
        return cls(**values)

    @property
    def index_root(self) -> Path:
        """The index folder: --index / $PRACTICEDB_INDEX when given, else one that belongs
        to the database, beside it and named after it (practices.db -> practices.db.index),
        so two databases in one folder never share an index by accident."""
        if self.index_dir is not None:
            return self.index_dir
        return self.db_path.with_name(f"{self.db_path.name}.index")

    @property
    def index_path(self) -> Path:
        """The index lives in a subfolder, so a rebuild (which swaps folders) never touches
        anything else kept in the index folder."""
        return self.index_root / "practices"

    def db(self, *, must_exist: bool = True) -> sqlite_utils.Database:
        """The database, opened (and its schema brought up to date) on first use."""
        if "db" not in self._cache:
            if must_exist and not self.db_path.exists():
                raise NoDatabaseError(
                    f"There is no practice database at {self.db_path} yet. Run "
                    "'practicedb ingest FOLDER' first (for example: practicedb ingest corpus/)."
                )
            from practicedb.storage import open_db

            self._cache["db"] = open_db(self.db_path)
        db: sqlite_utils.Database = self._cache["db"]
        return db

    def taxonomy(self) -> Taxonomy:
        if "taxonomy" not in self._cache:
            from practicedb.classification import load_taxonomy

            self._cache["taxonomy"] = load_taxonomy(self.taxonomy_path)
        taxonomy: Taxonomy = self._cache["taxonomy"]
        return taxonomy

    def leads(self) -> Leads:
        """The leads file in force: the one given, else ./leads.toml, else the shipped one."""
        if "leads" not in self._cache:
            from practicedb.reviews import find_leads_file, load_leads

            self._cache["leads"] = load_leads(find_leads_file(self.leads_path))
        leads: Leads = self._cache["leads"]
        return leads

    @property
    def smtp_password(self) -> str | None:
        """The mail server's password: from $PRACTICEDB_SMTP_PASSWORD only, never stored."""
        return os.environ.get("PRACTICEDB_SMTP_PASSWORD") or None

    def glossary(self) -> Glossary:
        if "glossary" not in self._cache:
            from practicedb.search import load_glossary

            self._cache["glossary"] = load_glossary(self.glossary_path)
        glossary: Glossary = self._cache["glossary"]
        return glossary

"""The SQLite practice database (sqlite-utils): the truth everything else derives from.

``database`` opens it and keeps its schema (``migrations``); ``practices`` stores reports
and practices under stable ids (``identity``) and reads them back; ``settings`` keeps a force's
choices; ``export`` writes practices as CSV or JSON Lines; ``history`` keeps the review
history's hash chain; ``maintenance`` makes backups and checks.

Front ends wrap database work in ``guard(path)`` (or let the CLI's handler do it): every
sqlite3 failure then comes out as a ``DatabaseError`` (busy, read-only, full, corrupt).
"""

from practicedb.storage.database import (
    DatabaseBusyError,
    DatabaseCorruptError,
    DatabaseError,
    DatabaseFullError,
    DatabaseReadOnlyError,
    DatabaseUnavailableError,
    guard,
    open_db,
    write_transaction,
)
from practicedb.storage.practices import (
    StoreResult,
    find_practices,
    get_practice,
    is_known,
    iter_practices,
    log_ingest,
    practice_count,
    set_areas,
    store_report,
    summary,
)
from practicedb.storage.settings import (
    SETTINGS,
    SettingsError,
    get_setting,
    get_settings,
    set_setting,
)

__all__ = [
    "DatabaseBusyError", "DatabaseCorruptError", "DatabaseError", "DatabaseFullError",
    "DatabaseReadOnlyError", "DatabaseUnavailableError", "guard", "write_transaction",
    "SETTINGS", "SettingsError", "StoreResult", "find_practices", "get_setting", "get_settings",
    "set_setting", "get_practice", "is_known", "iter_practices", "log_ingest",
    "open_db", "practice_count", "set_areas", "store_report", "summary",
]

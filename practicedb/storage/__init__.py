"""The SQLite practice database (sqlite-utils): the truth everything else derives from.

``database`` opens it and keeps its schema (``migrations``); ``practices`` stores reports
and practices under stable ids (``identity``) and reads them back; ``settings`` keeps a force's
choices; ``export`` writes practices as CSV or JSON Lines; ``history`` keeps the review
history's hash chain; ``maintenance`` makes backups and checks.

Front ends wrap database work in ``guard(path)`` (or let the CLI's handler do it): every
sqlite3 failure then comes out as a ``DatabaseError`` (busy, read-only, full, corrupt).
"""

from practicedb.storage.corrections import (
    CorrectionError,
    add_practice,
    apply_corrections,
    corrections_for,
    find_report,
    record_correction,
)
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
from practicedb.storage.generation import bump_index_generation, index_signature
from practicedb.storage.listing import (
    find_practices,
    live_practice_ids,
    report_heading,
)
from practicedb.storage.practices import (
    StoreResult,
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
    new_after_days,
    reviews_from,
    set_setting,
)

__all__ = [
    "CorrectionError", "SETTINGS", "SettingsError", "StoreResult", "add_practice",
    "apply_corrections", "bump_index_generation", "corrections_for", "find_practices",
    "find_report", "live_practice_ids", "report_heading",
    "get_practice", "get_setting", "get_settings", "index_signature", "is_known",
    "iter_practices", "log_ingest", "new_after_days", "record_correction", "reviews_from",
    "set_setting",
    "DatabaseBusyError", "DatabaseCorruptError", "DatabaseError", "DatabaseFullError",
    "DatabaseReadOnlyError", "DatabaseUnavailableError", "guard", "write_transaction",
    "open_db", "practice_count", "set_areas", "store_report", "summary",
]

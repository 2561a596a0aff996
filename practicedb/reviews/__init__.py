"""Benchmarking records: leads, reviews with their append-only history, the register."""

from practicedb.reviews.imports import ImportResult, RegisterImportError, import_register
from practicedb.reviews.leads import (
    DEFAULT_NEW_AFTER_DAYS,
    LEADS_FILE_NAME,
    Lead,
    Leads,
    LeadsError,
    find_leads_file,
    load_leads,
    shipped_leads_text,
)
from practicedb.reviews.records import (
    OPEN_STATUSES,
    STATUSES,
    UNSET,
    ReviewError,
    assess,
    follow_primary,
    history,
    list_reviews,
    open_new_reviews,
    open_review,
    overdue_reason,
    parse_status,
    practice_record,
    practice_reviews,
)
from practicedb.reviews.register import (
    REGISTER_COLUMNS,
    lead_rows,
    write_register_csv,
    write_register_xlsx,
)
from practicedb.reviews.reminders import Reminders, reminder_mails

__all__ = [
    "ImportResult", "RegisterImportError", "import_register", "Reminders", "reminder_mails",
    "DEFAULT_NEW_AFTER_DAYS", "LEADS_FILE_NAME", "OPEN_STATUSES", "REGISTER_COLUMNS", "STATUSES",
    "UNSET", "Lead", "Leads", "LeadsError", "ReviewError", "assess", "find_leads_file",
    "follow_primary", "history", "lead_rows", "list_reviews", "load_leads", "open_new_reviews",
    "open_review", "overdue_reason", "parse_status", "practice_record", "practice_reviews",
    "shipped_leads_text",
    "write_register_csv", "write_register_xlsx",
]

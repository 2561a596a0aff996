"""practicedb: HMICFRS innovative and promising practice, from report PDFs to a database."""

__version__ = "0.1.0"

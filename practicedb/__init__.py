"""practicedb: HMICFRS innovative and promising practice, from reports to a practice database.

The library, in the order data flows (each name is importable from ``practicedb``)::

    from practicedb import Config, ingest_paths, classifier, find, join_hits

    config = Config.load(db_path="practices.db")
    db = config.db(must_exist=False)
    summary = ingest_paths(["corpus/"], db, config.index_path, classifier(config.taxonomy()))
    hits = find(config.index_path, "domestic abuse", glossary=config.glossary()).hits
    for practice in join_hits(db, hits):          # PracticeRecord dicts, the JSON contract
        print(practice["title"], practice["areas"])

Names load on first use, so importing practicedb (and starting the command line) stays fast.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

# public name -> the module that defines it
_API = {
    "PracticedbError": "practicedb.errors",
    "Practice": "practicedb.models",
    "Report": "practicedb.models",
    "PracticeRecord": "practicedb.models",
    "KINDS": "practicedb.models",
    "Config": "practicedb.config",
    "extract_report": "practicedb.extraction",
    "classify": "practicedb.classification",
    "load_taxonomy": "practicedb.classification",
    "open_db": "practicedb.storage",
    "find_practices": "practicedb.storage",
    "get_practice": "practicedb.storage",
    "iter_practices": "practicedb.storage",
    "find": "practicedb.search",
    "join_hits": "practicedb.search.finder",
    "benchmark": "practicedb.search",
    "similar": "practicedb.search",
    "resolve_filters": "practicedb.search.filters",
    "assess": "practicedb.reviews",
    "list_reviews": "practicedb.reviews",
    "ingest_paths": "practicedb.pipeline",
    "classifier": "practicedb.pipeline",
    "store": "practicedb.pipeline",
    "reclassify": "practicedb.pipeline",
    "reindex": "practicedb.pipeline",
}

__all__ = [  # in the order of the flow
    "__version__",
    "PracticedbError",
    "Practice",
    "Report",
    "PracticeRecord",
    "KINDS",
    "Config",
    "extract_report",
    "classify",
    "load_taxonomy",
    "open_db",
    "find_practices",
    "get_practice",
    "iter_practices",
    "find",
    "join_hits",
    "benchmark",
    "similar",
    "resolve_filters",
    "assess",
    "list_reviews",
    "ingest_paths",
    "classifier",
    "store",
    "reclassify",
    "reindex",
]

if TYPE_CHECKING:  # for type checkers and editors; at run time names load lazily below
    from practicedb.classification import classify, load_taxonomy
    from practicedb.config import Config
    from practicedb.errors import PracticedbError
    from practicedb.extraction import extract_report
    from practicedb.models import KINDS, Practice, PracticeRecord, Report
    from practicedb.pipeline import classifier, ingest_paths, reclassify, reindex, store
    from practicedb.reviews import assess, list_reviews
    from practicedb.search import benchmark, find, similar
    from practicedb.search.filters import resolve_filters
    from practicedb.search.finder import join_hits
    from practicedb.storage import find_practices, get_practice, iter_practices, open_db


def __getattr__(name: str) -> Any:
    if name in _API:
        return getattr(importlib.import_module(_API[name]), name)
    raise AttributeError(f"module 'practicedb' has no attribute {name!r}")

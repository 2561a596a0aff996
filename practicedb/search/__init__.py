"""Search: the Whoosh index and everything that reads it. Nothing outside this package
imports whoosh.

``index`` is the index's schema, build and health (``errors`` its errors); ``writing``
the writer lock and the database signature an index was built from; ``analysis`` its
word-pair filter; ``filters`` and ``fieldterms`` resolve the names people type (options
and ``kind:``/``force:``/``area:`` terms; ambiguity is an error, never a guess);
``query`` understands what people type (glossary, dates, field names); ``parsing`` turns
it into Whoosh queries and suggests spellings (``words``: what is real English, what is
filler); ``engine``, ``phrases`` and ``groups`` score term-at-a-time, ``scoring`` falls
back to Whoosh's own scoring if they fail; ``strength`` grades hits and cuts weak ones;
``snippets`` marks matched words; ``finder`` runs searches; ``similarity`` finds
practices like a practice or a person's own text.
"""

from practicedb.search.finder import find, indexed_count, like, release
from practicedb.search.index import (
    Hit,
    IndexBusyError,
    IndexDiskError,
    IndexMissingError,
    QueryError,
    Results,
    SearchIndexError,
    current_doc_count,
    doc_count,
    is_healthy,
    rebuild,
    update,
)
from practicedb.search.query import Glossary, GlossaryError, load_glossary
from practicedb.search.similarity import (
    DocumentError,
    PracticeNotFound,
    benchmark,
    group_by_area,
    read_document,
    similar,
)

__all__ = [
    "DocumentError", "Glossary", "GlossaryError", "Hit", "IndexBusyError", "IndexDiskError",
    "IndexMissingError",
    "PracticeNotFound", "QueryError", "Results", "SearchIndexError", "benchmark",
    "current_doc_count", "doc_count", "find", "group_by_area", "indexed_count", "is_healthy",
    "like", "load_glossary", "read_document", "rebuild", "release", "similar", "update",
]

"""The search package's errors: plain words fit for the user, all SearchIndexError."""

from __future__ import annotations

import errno
from pathlib import Path

from practicedb.errors import PracticedbError


class SearchIndexError(PracticedbError):
    """Base of this module's errors; messages are plain words fit for the user."""


class IndexBusyError(SearchIndexError):
    """Another writer kept the index locked for longer than we were willing to wait."""


class IndexDiskError(SearchIndexError):
    """The disk under the index is full (or will not take writes): plain words, no
    traceback, from ingest, search and reindex alike."""


def disk_error(index_dir: Path, exc: OSError) -> IndexDiskError | None:
    """A plain IndexDiskError for a full or read-only disk, else None."""
    if exc.errno == errno.ENOSPC or exc.errno == errno.EDQUOT:
        return IndexDiskError(
            f"The disk holding the search index ({Path(index_dir).parent}) is full. Free some "
            "space there and run 'practicedb reindex'; the database itself is unaffected.")
    if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return IndexDiskError(
            f"The search index folder {Path(index_dir).parent} cannot be written "
            f"({exc.strerror}). Check its permissions, then run 'practicedb reindex'.")
    return None


class QueryError(SearchIndexError):
    """The search text or a filter value could not be understood."""


class IndexMissingError(SearchIndexError):
    """There is no usable index at the path; the caller should ``rebuild`` from SQLite."""

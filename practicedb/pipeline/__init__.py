"""The one-way flow, and the upkeep that follows the same rules; both front ends call these.

``ingest`` runs the batch (report files -> extract in ``workers`` -> classify -> store with
the practices' reviews, in one transaction -> index); ``indexing`` keeps the search index
in step with the database; ``upkeep`` makes corrections by hand and re-sorts practices
after the taxonomy changed.
"""

from practicedb.pipeline.indexing import (
    WRITER_WAIT,
    ensure_index,
    index_fresh,
    index_state,
    reindex,
    sync_index,
)
from practicedb.pipeline.ingest import (
    FileOutcome,
    IngestSummary,
    classifier,
    find_pdfs,
    find_reports,
    ingest_paths,
    store,
    store_file,
)
from practicedb.pipeline.learning import area_reason, corrections_from
from practicedb.pipeline.upkeep import (
    add_practice,
    correct,
    reclassify,
    reclassify_areas,
)
from practicedb.pipeline.workers import (
    DEFAULT_TIMEOUT,
    MEMORY_BUDGET_BYTES,
    MIN_WORKER_MEMORY,
    worker_plan,
)

__all__ = [
    "DEFAULT_TIMEOUT", "MEMORY_BUDGET_BYTES", "MIN_WORKER_MEMORY", "WRITER_WAIT", "FileOutcome",
    "IngestSummary", "add_practice", "area_reason", "classifier", "correct", "corrections_from",
    "ensure_index", "find_pdfs",
    "find_reports", "index_fresh", "index_state", "ingest_paths",
    "reclassify", "reclassify_areas", "reindex", "store", "store_file", "sync_index",
    "worker_plan",
]

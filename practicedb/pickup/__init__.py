"""Reports that arrive on their own: fetch a report from its address, follow the
inspectorate's publications feed, watch a folder. Each is a new way into the same
``pipeline.ingest_paths``; ``reviews.notices`` tells the leads what came in.

``http`` downloads politely and safely; ``fetch`` downloads and ingests; ``follow`` reads
a feed or listing page and remembers what it saw; ``watch`` ingests files as they land.
"""

from practicedb.pickup.fetch import FetchOutcome, Target, default_store, fetch_urls
from practicedb.pickup.follow import DEFAULT_WAIT, FollowResult, follow_once
from practicedb.pickup.http import USER_AGENT, Fetcher, FetchError, Limits
from practicedb.pickup.watch import watch_folder

__all__ = [
    "DEFAULT_WAIT", "USER_AGENT", "FetchError", "FetchOutcome", "Fetcher", "FollowResult",
    "Limits", "Target", "default_store", "fetch_urls", "follow_once", "watch_folder",
]

"""Link checking: every URL of a bibliography checked over HTTP, politely and safely.

``check_urls`` is the library entry point; the ``refharvest check`` command
is a thin layer over it and uses the defaults exported here.
"""

from __future__ import annotations

from .checker import CheckRun, check_run, check_urls, merge_targets
from .results import (
    DEFAULT_CONCURRENCY,
    DEFAULT_MAX_AGE,
    DEFAULT_PER_HOST,
    DEFAULT_TOTAL_TIMEOUT,
    REASON_VERDICTS,
    CheckOptions,
    Hop,
    LinkResult,
    LinkTarget,
    NetworkStatus,
    PageMetadata,
    Verdict,
)

__all__ = [
    "DEFAULT_CONCURRENCY",
    "DEFAULT_MAX_AGE",
    "DEFAULT_PER_HOST",
    "DEFAULT_TOTAL_TIMEOUT",
    "REASON_VERDICTS",
    "CheckOptions",
    "CheckRun",
    "Hop",
    "LinkResult",
    "LinkTarget",
    "NetworkStatus",
    "PageMetadata",
    "Verdict",
    "check_run",
    "check_urls",
    "merge_targets",
]

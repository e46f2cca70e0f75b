"""What a link check takes and gives: targets, options, verdicts and results.

The defaults live here, exported, so that the command line and a Python user
get the same behaviour (as lychee-lib does for lychee).
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from ..model import PartialDate

Verdict = Literal["alive", "dead", "unknown"]

#: Every reason a check can give, with the verdict it implies.
REASON_VERDICTS: dict[str, Verdict] = {
    "ok": "alive",
    "redirected-permanent": "alive",
    "redirected-temporary": "alive",
    "not-found": "dead",
    "soft-404": "dead",
    "server-error": "dead",
    "client-error": "dead",
    "dns-failure": "dead",
    "connection-refused": "dead",
    "too-many-redirects": "dead",
    "redirect-loop": "dead",
    "access-denied": "unknown",
    "rate-limited": "unknown",
    "timeout": "unknown",
    "connection-reset": "unknown",
    "connection-error": "unknown",
    "dns-temporary-failure": "unknown",
    "tls-error": "unknown",
    "blocked-private-address": "unknown",
    "blocked-scheme": "unknown",
    "invalid-url": "unknown",
    "network-unreachable": "unknown",
}

VERDICTS: tuple[Verdict, ...] = ("dead", "unknown", "alive")

DEFAULT_CONCURRENCY = 32
DEFAULT_PER_HOST = 4
DEFAULT_CONNECT_TIMEOUT = 5.0
DEFAULT_READ_TIMEOUT = 8.0
#: Wall-clock limit for one URL, all redirect hops included (retry waits excluded).
DEFAULT_TOTAL_TIMEOUT = 10.0
DEFAULT_MAX_REDIRECTS = 10
#: Bytes of a page read at most: enough for <head> metadata and soft-404 comparison.
DEFAULT_MAX_BYTES = 512 * 1024
DEFAULT_MAX_RETRIES = 3
#: Longest a rate-limited URL may wait in total before it is given up as ``rate-limited``.
DEFAULT_MAX_RETRY_WAIT = 60.0
DEFAULT_ARCHIVE_ENDPOINT = "https://archive.org/wayback/available"
#: Seconds a cached result stays fresh, per verdict: dead and unknown links are
#: re-checked sooner than live ones.
DEFAULT_MAX_AGE: dict[Verdict, float] = {
    "alive": 7 * 86400.0,
    "dead": 86400.0,
    "unknown": 3600.0,
}


@functools.cache
def user_agent() -> str:
    """A User-Agent naming the tool, its version and where to read about it.

    Cached: reading the installed version costs milliseconds, and every
    ``CheckOptions()`` asks for it."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        ver = version("refharvest")
    except PackageNotFoundError:  # pragma: no cover - running from a bare checkout
        ver = "0"
    return f"refharvest-linkcheck/{ver} (+https://pypi.org/project/refharvest/)"


@dataclass(frozen=True, slots=True)
class NetworkStatus:
    reachable: bool
    detail: str = ""


@dataclass(slots=True)
class CheckOptions:
    """Everything a check run can be told; every field has the library default."""

    concurrency: int = DEFAULT_CONCURRENCY
    per_host: int = DEFAULT_PER_HOST
    connect_timeout: float = DEFAULT_CONNECT_TIMEOUT
    read_timeout: float = DEFAULT_READ_TIMEOUT
    total_timeout: float = DEFAULT_TOTAL_TIMEOUT
    max_redirects: int = DEFAULT_MAX_REDIRECTS
    max_bytes: int = DEFAULT_MAX_BYTES
    max_retries: int = DEFAULT_MAX_RETRIES
    max_retry_wait: float = DEFAULT_MAX_RETRY_WAIT
    #: First backoff step (seconds) for a 429/503 without ``Retry-After``; doubles each time.
    backoff_base: float = 1.0
    allow_private: bool = False
    verify_tls: bool = True
    user_agent: str = field(default_factory=user_agent)
    #: ``auto``: HEAD for URLs that name a non-HTML file (.pdf, .zip ...), GET
    #: otherwise, since a page's body is needed for soft-404 and metadata anyway.
    head_first: Literal["auto", "always", "never"] = "auto"
    soft_404: bool = True
    #: Parse every HTML page's metadata, not only where it is used (title check, enrich).
    collect_metadata: bool = False
    archive: bool = True
    archive_endpoint: str = DEFAULT_ARCHIVE_ENDPOINT
    archive_timeout: float = 10.0
    #: SQLite result cache; ``None`` checks everything afresh and keeps no history.
    cache_path: Path | None = None
    #: Freshness per verdict; a single number (``--max-age``) applies to all.
    max_age: dict[Verdict, float] = field(default_factory=lambda: dict(DEFAULT_MAX_AGE))
    #: Tells "no network at all" from "this host fails"; see ``netcheck``.
    network_probe: Callable[[], NetworkStatus] | None = None


@dataclass(frozen=True, slots=True)
class LinkTarget:
    """One URL to check and the entries citing it."""

    url: str
    entries: tuple[str, ...] = ()
    #: The entry's title, compared with the page's title.
    title: str = ""
    #: The entry's access date (``urldate``): the archive snapshot nearest it is proposed.
    accessed: PartialDate | None = None


@dataclass(frozen=True, slots=True)
class Hop:
    """One redirect answered on the way: the URL asked and its status."""

    url: str
    status: int

    @property
    def permanent(self) -> bool:
        return self.status in (301, 308)


@dataclass(slots=True)
class PageMetadata:
    """What a page says about itself (meta tags, OpenGraph, JSON-LD)."""

    title: str = ""
    authors: list[str] = field(default_factory=list)
    published: str = ""
    site_name: str = ""
    #: Raw ``citation_*``, ``og:*`` and ``article:*`` values, first of each name.
    tags: dict[str, str] = field(default_factory=dict)


@dataclass(slots=True)
class LinkResult:
    """The outcome for one URL; JSON output is this record (see ``report``)."""

    url: str
    verdict: Verdict
    reason: str
    detail: str = ""
    http_status: int | None = None
    final_url: str = ""
    redirects: list[Hop] = field(default_factory=list)
    archived_url: str = ""
    archived_timestamp: str = ""
    elapsed_ms: int = 0
    entries: list[str] = field(default_factory=list)
    #: "dead since 2026-11-02 (3 checks)", "flaky", or "" (from the cache).
    history: str = ""
    checks: int = 1
    cached: bool = False
    checked_at: str = ""
    page_title: str = ""
    metadata: PageMetadata | None = None
    #: Set when the page's title does not match the title of the entry citing it.
    title_mismatch: str = ""

    @property
    def permanent_redirect(self) -> bool:
        """True when every hop was permanent: the final URL may replace the cited one."""
        return bool(self.redirects) and all(hop.permanent for hop in self.redirects)

    @property
    def warning(self) -> bool:
        """Anything a careful author should look at, short of a dead link."""
        return (
            self.verdict == "unknown"
            or bool(self.redirects)
            or bool(self.title_mismatch)
            or self.history == "flaky"
        )


def result_to_dict(result: LinkResult) -> dict[str, Any]:
    """The JSON form of a result (the README documents these keys)."""
    data: dict[str, Any] = {
        "url": result.url,
        "verdict": result.verdict,
        "reason": result.reason,
        "detail": result.detail,
        "http_status": result.http_status,
        "final_url": result.final_url,
        "redirects": [{"url": hop.url, "status": hop.status} for hop in result.redirects],
        "archived_url": result.archived_url or None,
        "archived_timestamp": result.archived_timestamp or None,
        "elapsed_ms": result.elapsed_ms,
        "entries": list(result.entries),
        "history": result.history,
        "checks": result.checks,
        "cached": result.cached,
        "checked_at": result.checked_at,
        "page_title": result.page_title,
        "title_mismatch": result.title_mismatch,
        "metadata": None,
    }
    if result.metadata is not None:
        meta = result.metadata
        data["metadata"] = {
            "title": meta.title,
            "authors": list(meta.authors),
            "published": meta.published,
            "site_name": meta.site_name,
            "tags": dict(meta.tags),
        }
    return data


def result_from_dict(data: dict[str, Any]) -> LinkResult:
    """Inverse of ``result_to_dict`` (used by the cache)."""
    meta = data.get("metadata")
    verdict = data["verdict"]
    if verdict not in VERDICTS:
        raise ValueError(f"unknown verdict {verdict!r}")
    return LinkResult(
        url=str(data["url"]),
        verdict=verdict,
        reason=str(data["reason"]),
        detail=str(data.get("detail", "")),
        http_status=data.get("http_status"),
        final_url=str(data.get("final_url", "")),
        redirects=[Hop(str(h["url"]), int(h["status"])) for h in data.get("redirects", [])],
        archived_url=str(data.get("archived_url") or ""),
        archived_timestamp=str(data.get("archived_timestamp") or ""),
        elapsed_ms=int(data.get("elapsed_ms", 0)),
        entries=[str(e) for e in data.get("entries", [])],
        history=str(data.get("history", "")),
        checks=int(data.get("checks", 1)),
        cached=bool(data.get("cached", False)),
        checked_at=str(data.get("checked_at", "")),
        page_title=str(data.get("page_title", "")),
        title_mismatch=str(data.get("title_mismatch", "")),
        metadata=PageMetadata(
            title=str(meta.get("title", "")),
            authors=[str(a) for a in meta.get("authors", [])],
            published=str(meta.get("published", "")),
            site_name=str(meta.get("site_name", "")),
            tags={str(k): str(v) for k, v in meta.get("tags", {}).items()},
        )
        if isinstance(meta, dict)
        else None,
    )

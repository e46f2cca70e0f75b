"""Retry-After parsing and the HEAD-or-GET choice."""

from __future__ import annotations

from datetime import UTC, datetime
from email.utils import format_datetime

import pytest

from refharvest.linkcheck.fetch import parse_retry_after, wants_head


def test_retry_after_seconds_and_date() -> None:
    now = datetime(2026, 11, 23, 9, 0, 0, tzinfo=UTC)
    later = format_datetime(datetime(2026, 11, 23, 9, 0, 30, tzinfo=UTC), usegmt=True)
    assert parse_retry_after("120") == 120.0
    assert parse_retry_after(later, now=now.timestamp()) == 30.0
    assert parse_retry_after("Mon, 23 Nov 2026 08:00:00 GMT", now=now.timestamp()) == 0.0
    assert parse_retry_after("soon") is None
    assert parse_retry_after(None) is None


@pytest.mark.parametrize(
    ("url", "mode", "head"),
    [
        ("https://a.example/report.PDF", "auto", True),
        ("https://a.example/news/article", "auto", False),
        ("https://a.example/news/article", "always", True),
        ("https://a.example/report.pdf", "never", False),
    ],
)
def test_head_only_where_the_body_is_of_no_use(url: str, mode: str, head: bool) -> None:
    assert wants_head(url, mode) is head

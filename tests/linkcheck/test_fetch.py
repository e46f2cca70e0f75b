"""Retry-After parsing, the HEAD-or-GET choice and what a fetch connects to."""

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


def test_connected_address_is_checked_again(make_site) -> None:  # type: ignore[no-untyped-def]
    """DNS rebinding: the name resolved public when checked, the socket reached loopback."""
    from refharvest.linkcheck import CheckOptions
    from refharvest.linkcheck.fetch import Fetcher

    from .servers import page

    site = make_site()
    site.routes["/ok"] = page()
    fetcher = Fetcher(CheckOptions(allow_private=False))
    fetcher._resolver = lambda host, port: ["93.184.215.14"]  # a public address (a lie)
    try:
        fetched = fetcher.fetch(site.url("/ok"))
    finally:
        fetcher.close()
    assert fetched.reason == "blocked-private-address"
    assert "127.0.0.1" in fetched.detail
    assert site.requests == []


def test_cookies_set_on_one_hop_are_sent_on_the_next(make_site) -> None:  # type: ignore[no-untyped-def]
    """A site that sets a cookie and redirects to check it must not look like a loop."""
    from refharvest.linkcheck import CheckOptions, LinkTarget, check_urls

    from .servers import Handler, page

    article = page()

    def set_cookie(req: Handler) -> None:
        req.send_body(302, b"", Location="/check", Set_Cookie="consent=yes; Path=/")

    def check(req: Handler) -> None:
        if "consent=yes" in (req.headers.get("Cookie") or ""):
            article(req)
        else:
            req.send_body(302, b"", Location="/start")

    site = make_site()
    site.routes.update({"/start": set_cookie, "/check": check})
    options = CheckOptions(allow_private=True, archive=False, soft_404=False)
    [result] = check_urls([LinkTarget(site.url("/start"))], options)
    assert (result.verdict, result.reason) == ("alive", "redirected-temporary")
    # Cookies do not leak into the next check: without one, /check sends us to /start.
    [fresh] = check_urls([LinkTarget(site.url("/check"))], options)
    assert [hop.status for hop in fresh.redirects] == [302, 302]


def test_a_proxy_from_the_environment_is_never_used(make_site, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The policy checks the address connected, so a proxy must not stand in between.

    The proxy named here listens nowhere: a fetch through it would fail; a
    direct fetch reaches the site and the site sees the request.
    """
    from refharvest.linkcheck import CheckOptions
    from refharvest.linkcheck.fetch import Fetcher

    from .servers import page

    site = make_site()
    site.routes["/ok"] = page()
    for name in ("HTTP_PROXY", "http_proxy", "ALL_PROXY", "all_proxy"):
        monkeypatch.setenv(name, "http://127.0.0.1:9")
    monkeypatch.delenv("NO_PROXY", raising=False)
    monkeypatch.delenv("no_proxy", raising=False)
    fetcher = Fetcher(CheckOptions(allow_private=True))
    try:
        fetched = fetcher.fetch(site.url("/ok"))
    finally:
        fetcher.close()
    assert (fetched.status, fetched.reason) == (200, "")
    assert site.hits("/ok") == 1

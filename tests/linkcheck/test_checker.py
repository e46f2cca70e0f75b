"""Verdicts for every behaviour of the issue, against real servers on loopback.

Expected verdicts and reasons are read off the server definitions below (what
each path is made to do) and the issue's table of reasons; nothing is taken
from the checker's own output. One run checks every behaviour at once (the
slow ones wait out their limit in parallel), and each test reads its row.
"""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator

import pytest

from refharvest.linkcheck import CheckOptions, LinkResult, LinkTarget, NetworkStatus, check_run
from refharvest.linkcheck.checker import check_urls

from .servers import (
    Handler,
    SiteServer,
    head_refused,
    home_redirect,
    huge,
    page,
    pdf,
    redirect,
    reset,
    sequence,
    soft_missing,
    status,
    trickle,
)

KUBERNETES = page(
    "Error 404 in Kubernetes",
    "When an ingress answers 404 the service selector or the path rule is usually wrong. "
    "Check the pods, the endpoints and the ingress class before blaming the controller.",
)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class Sites:
    def __init__(self) -> None:
        # A: an honest site (404 for missing pages); B: answers 200 "Sayfa bulunamadı"
        # for any missing page; C: sends every missing page to its home page.
        self.a = SiteServer("127.0.0.1", latency=0.01).start()
        self.b = SiteServer("127.0.0.2", latency=0.01).start()
        self.c = SiteServer("127.0.0.3").start()
        a, b, c = self.a, self.b, self.c
        a.routes.update(
            {
                "/ok": page(),
                "/chain1": redirect(301, "/chain2"),
                "/chain2": redirect(302, b.url("/chain3")),
                "/perm1": redirect(301, "/perm2"),
                "/perm2": redirect(308, "/ok"),
                "/loop1": redirect(301, "/loop2"),
                "/loop2": redirect(302, "/loop1"),
                "/many": redirect(
                    302, lambda req: f"/many/{int(req.path_only.split('/')[-1] or 0) + 1}"
                ),
                "/gone": status(410),
                "/broken": status(500),
                "/busy": sequence(status(503), page()),
                "/limited": sequence(status(429, Retry_After="1"), page()),
                "/always429": status(429, Retry_After="0"),
                "/come-back-tomorrow": status(429, Retry_After="86400"),
                "/head404.pdf": sequence(status(404), pdf),
                "/to-ftp": redirect(301, "ftp://files.example/x"),
                "/to-unspecified": redirect(302, "http://0.0.0.0:9/"),
                "/report.pdf": head_refused(pdf),
                "/trickle": trickle(0.05, chunks=1000),
                "/trickle-headers": trickle(0.05, headers_too=True),
                "/reset": reset,
                "/huge": huge(200_000_000),
                "/k8s": KUBERNETES,
            }
        )
        b.fallback = soft_missing
        b.routes.update(
            {
                "/chain3": redirect(307, "/chain4"),
                "/chain4": redirect(308, a.url("/ok")),
                "/ok": page("Another real article"),
                "/k8s": KUBERNETES,
            }
        )
        c.fallback = home_redirect
        c.routes.update(
            {"/": page("Home", "Welcome to the home page of this site."), "/ok": page()}
        )
        self.refused = f"http://127.0.0.1:{_free_port()}/nothing-listens"

    def stop(self) -> None:
        for server in (self.a, self.b, self.c):
            server.stop()


@pytest.fixture(scope="module")
def sites() -> Iterator[Sites]:
    started = Sites()
    yield started
    started.stop()


def options(**overrides: object) -> CheckOptions:
    values: dict[str, object] = {
        "allow_private": True,
        "connect_timeout": 1.0,
        "read_timeout": 1.0,
        "total_timeout": 1.0,
        "backoff_base": 0.05,
        "max_retries": 2,
        "max_retry_wait": 3.0,
        "max_redirects": 5,
        "archive": False,
    }
    values.update(overrides)
    return CheckOptions(**values)  # type: ignore[arg-type]


#: id -> (site, path, verdict, reason, final HTTP status)
CASES = {
    "ok": ("a", "/ok", "alive", "ok", 200),
    "mixed-chain": ("a", "/chain1", "alive", "redirected-temporary", 200),
    "permanent-chain": ("a", "/perm1", "alive", "redirected-permanent", 200),
    "loop": ("a", "/loop1", "dead", "redirect-loop", 302),
    "too-many": ("a", "/many/0", "dead", "too-many-redirects", 302),
    "404": ("a", "/no-such-page", "dead", "not-found", 404),
    "410": ("a", "/gone", "dead", "not-found", 410),
    "500": ("a", "/broken", "dead", "server-error", 500),
    "503-then-200": ("a", "/busy", "alive", "ok", 200),
    "429-then-200": ("a", "/limited", "alive", "ok", 200),
    "always-429": ("a", "/always429", "unknown", "rate-limited", 429),
    "head-405": ("a", "/report.pdf", "alive", "ok", 200),
    # Retry-After beyond max_retry_wait: given up at once, not waited for.
    "retry-after-too-long": ("a", "/come-back-tomorrow", "unknown", "rate-limited", 429),
    # HEAD says 404 (first answer of the sequence), GET says 200: GET is believed.
    "head-404-get-200": ("a", "/head404.pdf", "alive", "ok", 200),
    # Every hop is judged by the policy: scheme, and address even with allow_private.
    "hop-to-ftp": ("a", "/to-ftp", "unknown", "blocked-scheme", 301),
    "hop-to-unspecified": ("a", "/to-unspecified", "unknown", "blocked-private-address", 302),
    "trickle-body": ("a", "/trickle", "unknown", "timeout", 200),
    # The status line arrives before the trickle starts, so the status is known.
    "trickle-headers": ("a", "/trickle-headers", "unknown", "timeout", 200),
    "reset": ("a", "/reset", "unknown", "connection-reset", None),
    "huge": ("a", "/huge", "alive", "ok", 200),
    "k8s-honest-host": ("a", "/k8s", "alive", "ok", 200),
    "soft-404": ("b", "/2019/05/old-article", "dead", "soft-404", 200),
    "k8s-soft-host": ("b", "/k8s", "alive", "ok", 200),
    "real-page-soft-host": ("b", "/ok", "alive", "ok", 200),
    "home-redirect": ("c", "/2019/old-article", "dead", "soft-404", 200),
    "real-page-home-host": ("c", "/ok", "alive", "ok", 200),
}


@pytest.fixture(scope="module")
def results(sites: Sites) -> dict[str, LinkResult]:
    servers = {"a": sites.a, "b": sites.b, "c": sites.c}
    targets = [LinkTarget(servers[s].url(p), (case,)) for case, (s, p, *_) in CASES.items()]
    targets.append(LinkTarget(sites.refused, ("refused",)))
    found = check_urls(targets, options())
    return {r.entries[0]: r for r in found}


@pytest.mark.parametrize("case", list(CASES))
def test_verdict_and_reason(results: dict[str, LinkResult], case: str) -> None:
    _, _, verdict, reason, http_status = CASES[case]
    result = results[case]
    assert (result.verdict, result.reason, result.http_status) == (verdict, reason, http_status)


def test_connection_refused(results: dict[str, LinkResult]) -> None:
    assert (results["refused"].verdict, results["refused"].reason) == ("dead", "connection-refused")


def test_redirect_chain_is_recorded_hop_by_hop(
    results: dict[str, LinkResult], sites: Sites
) -> None:
    chain = results["mixed-chain"]
    assert [hop.status for hop in chain.redirects] == [301, 302, 307, 308]
    assert chain.redirects[0].url == sites.a.url("/chain1")
    assert chain.final_url == sites.a.url("/ok")
    assert not chain.permanent_redirect
    assert results["permanent-chain"].permanent_redirect


def test_retries_ask_again_and_stop(results: dict[str, LinkResult], sites: Sites) -> None:
    assert sites.a.hits("/busy") == 2
    assert sites.a.hits("/limited") == 2
    assert sites.a.hits("/always429") == 3  # the first try and max_retries=2 more
    assert sites.a.hits("/come-back-tomorrow") == 1


def test_head_refused_falls_back_to_get(results: dict[str, LinkResult], sites: Sites) -> None:
    asked = [method for method, path in sites.a.requests if path == "/report.pdf"]
    assert asked == ["HEAD", "GET"]


def test_soft_404_reasons_say_why(results: dict[str, LinkResult]) -> None:
    assert "cannot exist" in results["soft-404"].detail
    assert "every missing path" in results["home-redirect"].detail


def test_loopback_is_refused_without_allow_private(make_site) -> None:  # type: ignore[no-untyped-def]
    site = make_site()
    site.routes["/ok"] = page()
    [result] = check_urls([LinkTarget(site.url("/ok"))], options(allow_private=False))
    assert (result.verdict, result.reason) == ("unknown", "blocked-private-address")
    assert site.requests == []  # nothing was sent


def test_scheme_other_than_http_is_refused() -> None:
    found = check_urls([LinkTarget("ftp://example.org/x"), LinkTarget("mailto:a@b.c")], options())
    assert [(r.verdict, r.reason) for r in found] == [("unknown", "blocked-scheme")] * 2


def test_dns_failure_when_the_network_works() -> None:
    # RFC 6761: names under .invalid never resolve.
    up = options(network_probe=lambda: NetworkStatus(True))
    [result] = check_urls([LinkTarget("http://no-such-host.invalid/page")], up)
    assert (result.verdict, result.reason) == ("dead", "dns-failure")


def test_no_network_makes_public_links_unknown_and_says_it_once(make_site) -> None:  # type: ignore[no-untyped-def]
    site = make_site()
    site.routes["/ok"] = page()
    down = options(network_probe=lambda: NetworkStatus(False, "no route"))
    targets = [
        LinkTarget("https://example.org/a"),
        LinkTarget("https://example.net/b"),
        LinkTarget(site.url("/ok")),
    ]
    run = check_run(targets, down)
    assert [(r.verdict, r.reason) for r in run.results] == [
        ("unknown", "network-unreachable"),
        ("unknown", "network-unreachable"),
        ("alive", "ok"),  # loopback needs no network
    ]
    assert not run.network.reachable and run.network.detail == "no route"


def test_per_host_and_global_limits_hold(make_site) -> None:  # type: ignore[no-untyped-def]
    from .servers import Gauge

    gauge = Gauge()
    hosts = [SiteServer(f"127.0.0.{i}", latency=0.05, gauge=gauge).start() for i in (4, 5, 6)]
    try:
        for host in hosts:
            host.routes["/p"] = page()
        targets = [LinkTarget(h.url(f"/p/{n}")) for h in hosts for n in range(12)]
        found = check_urls(targets, options(per_host=2, concurrency=5, soft_404=False))
        assert all(r.verdict == "alive" for r in found)
        assert max(gauge.peak.values()) <= 2
        assert gauge.total_peak <= 5
        # Connections are reused: far fewer than the 12 URLs of each host.
        assert all(len(h.connections) <= 3 for h in hosts)
    finally:
        for host in hosts:
            host.stop()


def test_same_url_spelled_twice_is_checked_once(make_site) -> None:  # type: ignore[no-untyped-def]
    site = make_site()
    site.routes["/ok"] = page()
    targets = [LinkTarget(site.url("/ok"), ("one",)), LinkTarget(site.url("/ok#part"), ("two",))]
    [result] = check_urls(targets, options(soft_404=False))
    assert result.entries == ["one", "two"]
    assert site.hits("/ok") == 1


def test_title_mismatch_is_reported(make_site) -> None:  # type: ignore[no-untyped-def]
    site = make_site()
    site.routes["/a"] = page("Turkey's economy grows 5 percent | Daily News")
    site.routes["/b"] = page("Turkey's economy grows 5 percent | Daily News")
    targets = [
        LinkTarget(site.url("/a"), ("same",), title="Turkey's economy grows 5 percent"),
        LinkTarget(site.url("/b"), ("other",), title="Parliament passes the new budget law"),
    ]
    found = {r.entries[0]: r for r in check_urls(targets, options())}
    assert found["same"].title_mismatch == ""
    assert "Turkey's economy" in found["other"].title_mismatch
    assert found["other"].metadata is not None


def test_pages_answered_before_their_probe_give_their_slot_back(make_site) -> None:  # type: ignore[no-untyped-def]
    """The host has two slots and its soft-404 probe holds one until every page has been
    asked: that happens only if a page waiting for the probe's answer frees its slot.
    Expected verdicts come from what each path serves (article, or the "not found" page)."""
    site = make_site()
    pages = ["/p/1", "/p/2", "/p/3", "/2019/old"]
    asked: list[str] = []
    lock = threading.Lock()
    all_asked = threading.Event()
    probe_saw_all: list[bool] = []

    def count(path: str) -> None:
        with lock:
            asked.append(path)
            if len(asked) == len(pages):
                all_asked.set()

    def article(req: Handler) -> None:
        count(req.path_only)
        page()(req)

    def missing(req: Handler) -> None:
        if req.path_only.startswith("/refharvest-"):  # the probe
            probe_saw_all.append(all_asked.wait(timeout=0.9))
        else:
            count(req.path_only)
        soft_missing(req)

    site.routes["/p"] = article
    site.fallback = missing
    targets = [LinkTarget(site.url(path), (path,)) for path in pages]
    found = {r.entries[0]: r for r in check_urls(targets, options(per_host=2, concurrency=2))}
    assert probe_saw_all == [True]
    assert {path: (r.verdict, r.reason) for path, r in found.items()} == {
        "/p/1": ("alive", "ok"),
        "/p/2": ("alive", "ok"),
        "/p/3": ("alive", "ok"),
        "/2019/old": ("dead", "soft-404"),
    }


def _policy_fillers(count: int) -> list[LinkTarget]:
    """URLs answered without any network (ftp is refused by policy): a long list to merge."""
    return [LinkTarget(f"ftp://files.example.org/report-{i}.pdf", (f"f{i}",)) for i in range(count)]


def test_a_later_spelling_reaches_a_url_already_checked(make_site) -> None:  # type: ignore[no-untyped-def]
    """The first spelling is fetched while the long list behind it is still being
    merged; its result must still carry what the last spelling adds: its entry, and
    the title that the page's title is compared with (they differ, as served here)."""
    site = make_site()
    site.routes["/news"] = page("Turkey's economy grows 5 percent | Daily News")
    targets = [
        LinkTarget(site.url("/news"), ("first",)),
        *_policy_fillers(3000),
        LinkTarget(site.url("/news?utm_source=x"), ("last",), title="Parliament passes a law"),
    ]
    found = {r.url: r for r in check_urls(targets, options())}
    result = found[site.url("/news")]
    assert result.entries == ["first", "last"]
    assert "Turkey's economy" in result.title_mismatch
    assert site.hits("/news") == 1
    assert len(found) == 3001


def test_progress_counts_every_distinct_url_once(make_site) -> None:  # type: ignore[no-untyped-def]
    site = make_site()
    site.routes["/ok"] = page()
    targets = [
        LinkTarget(site.url("/ok/1")),
        *_policy_fillers(3),
        LinkTarget(site.url("/ok/1#again")),
        LinkTarget(site.url("/ok/2")),
    ]
    seen: list[tuple[int, int]] = []
    found = check_urls(
        targets, options(), progress=lambda done, total, _: seen.append((done, total))
    )
    assert len(found) == 5
    assert seen == [(n, 5) for n in range(1, 6)]

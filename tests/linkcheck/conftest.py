"""Loopback web sites for the link checker's tests (127.0.0.1, 127.0.0.2, ...)."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest

from .servers import SiteServer


@pytest.fixture
def make_site() -> Iterator[Callable[..., SiteServer]]:
    """Start a site on 127.0.0.N (port chosen by the system); all stopped after the test."""
    started: list[SiteServer] = []

    def make(host_index: int = 1, latency: float = 0.0) -> SiteServer:
        server = SiteServer(f"127.0.0.{host_index}", latency=latency).start()
        started.append(server)
        return server

    yield make
    for server in started:
        server.stop()

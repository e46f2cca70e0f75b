"""Loopback web sites for the link checker's tests (127.0.0.1, 127.0.0.2, ...)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest

from refharvest.linkcheck import CheckOptions

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


@pytest.fixture
def fast_options() -> Callable[..., CheckOptions]:
    """Options with short limits so that the suite stays fast; loopback allowed."""

    def make(**overrides: Any) -> CheckOptions:
        values: dict[str, Any] = {
            "allow_private": True,
            "connect_timeout": 1.0,
            "read_timeout": 1.0,
            "total_timeout": 1.0,
            "backoff_base": 0.05,
            "max_retry_wait": 2.0,
            "archive": False,
        }
        values.update(overrides)
        return CheckOptions(**values)

    return make

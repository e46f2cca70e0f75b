"""What the checker may fetch: web schemes only, public addresses only.

Addresses are judged after DNS resolution, on every redirect hop, and once
more on the socket actually connected (see ``fetch``), so a name that
resolves to a public address first and a private one later is still refused.
``allow_private`` lifts the private/loopback/link-local rule (for intranets and
tests); multicast and unspecified addresses are never fetched.
"""

from __future__ import annotations

import functools
import ipaddress
import socket
import threading
import time
from collections.abc import Callable
from urllib.parse import urlsplit

ALLOWED_SCHEMES = frozenset({"http", "https"})


class PolicyBlock(Exception):
    """A URL the policy refuses; ``reason`` is the result reason."""

    def __init__(self, reason: str, detail: str) -> None:
        super().__init__(detail)
        self.reason = reason
        self.detail = detail


class ResolveError(Exception):
    """A host name that does not resolve; ``permanent`` for NXDOMAIN-like answers."""

    def __init__(self, host: str, error: socket.gaierror) -> None:
        super().__init__(f"{host}: {error.strerror}")
        self.host = host
        self.permanent = error.errno in _PERMANENT_GAI_ERRORS


_PERMANENT_GAI_ERRORS = {
    getattr(socket, name) for name in ("EAI_NONAME", "EAI_NODATA") if hasattr(socket, name)
}


@functools.lru_cache(maxsize=4096)
def address_allowed(address: str, *, allow_private: bool) -> bool:
    """True when ``address`` (an IP literal) is one a link check may connect to."""
    try:
        ip = ipaddress.ip_address(address.split("%", 1)[0])
    except ValueError:
        return False
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    if ip.is_multicast or ip.is_unspecified:
        return False
    return allow_private or ip.is_global


def split_host(url: str) -> tuple[str, str, int]:
    """Scheme, host and port of ``url``; raises ``PolicyBlock`` for what is not fetchable."""
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError as exc:
        raise PolicyBlock("invalid-url", f"not a valid URL: {exc}") from exc
    scheme = parts.scheme.lower()
    if scheme not in ALLOWED_SCHEMES:
        shown = scheme or "no scheme"
        raise PolicyBlock("blocked-scheme", f"{shown}: only http and https are checked")
    host = (parts.hostname or "").rstrip(".")
    if not host:
        raise PolicyBlock("invalid-url", "the URL has no host")
    return scheme, host, port or (443 if scheme == "https" else 80)


def resolve(host: str, port: int) -> list[str]:
    """Every address ``host`` resolves to; raises ``ResolveError``."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except socket.gaierror as exc:
        raise ResolveError(host, exc) from exc
    except UnicodeError as exc:
        raise PolicyBlock("invalid-url", f"{host}: not a valid host name") from exc
    return list(dict.fromkeys(str(info[4][0]) for info in infos))


class CachingResolver:
    """``resolve`` with answers (and failures) kept ``ttl`` seconds, shared by threads.

    Many cited URLs share a host; asking the resolver once per host and run
    keeps DNS out of the per-URL cost. The address actually connected is
    still checked on the socket, so a stale answer cannot widen the policy.
    """

    def __init__(self, ttl: float = 60.0) -> None:
        self.ttl = ttl
        self._answers: dict[tuple[str, int], tuple[float, list[str] | Exception]] = {}
        self._lock = threading.Lock()

    def __call__(self, host: str, port: int) -> list[str]:
        key = (host.lower(), port)
        now = time.monotonic()
        with self._lock:
            found = self._answers.get(key)
        if found is None or now - found[0] > self.ttl:
            answer: list[str] | Exception
            try:
                answer = resolve(host, port)
            except (ResolveError, PolicyBlock) as exc:
                answer = exc
            found = (now, answer)
            with self._lock:
                self._answers[key] = found
        if isinstance(found[1], Exception):
            raise found[1]
        return found[1]


def check_url(
    url: str, *, allow_private: bool, resolver: Callable[[str, int], list[str]] = resolve
) -> list[str]:
    """Resolve ``url``'s host and refuse it if any address is not allowed."""
    _scheme, host, port = split_host(url)
    addresses = resolver(host, port)
    for address in addresses:
        if not address_allowed(address, allow_private=allow_private):
            raise PolicyBlock(
                "blocked-private-address",
                f"{host} resolves to {address}, a non-public address"
                + ("" if allow_private else " (use --allow-private to check it)"),
            )
    return addresses


def is_local_literal(host: str) -> bool:
    """True for ``localhost`` and non-public IP literals: reachable without a network."""
    if host.lower() in ("localhost", "localhost.localdomain") or host.lower().endswith(
        ".localhost"
    ):
        return True
    try:
        ip = ipaddress.ip_address(host.strip("[]"))
    except ValueError:
        return False
    return not ip.is_global

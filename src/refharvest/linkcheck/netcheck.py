"""Telling "there is no network" from "this host is down".

Rule: before checking public URLs the checker probes the network once. The
network counts as unreachable when there is no route to a public address
(a UDP ``connect`` — which sends nothing — fails with ENETUNREACH), or when the
resolver answers for none of a few well-known names. A host whose own name
does not resolve while those names do is that host's DNS failure (dead); when
the probe fails, every public URL is ``unknown: network-unreachable`` and
nothing is fetched. URLs to local addresses are still checked.
"""

from __future__ import annotations

import socket
from collections.abc import Sequence

from .results import NetworkStatus

#: Names that resolve wherever there is working DNS.
PROBE_NAMES: tuple[str, ...] = ("example.com", "wikipedia.org", "iana.org")
#: Public addresses a route must exist to (nothing is sent to them).
PROBE_ROUTES: tuple[str, ...] = ("1.1.1.1", "9.9.9.9")


def probe_network(
    names: Sequence[str] = PROBE_NAMES, routes: Sequence[str] = PROBE_ROUTES
) -> NetworkStatus:
    """Whether public URLs can be checked at all, and if not, why (one line)."""
    if routes and not any(_has_route(address) for address in routes):
        return NetworkStatus(False, f"no route to the internet (tried {', '.join(routes)})")
    if names and not any(_resolves(name) for name in names):
        return NetworkStatus(False, f"DNS resolves none of {', '.join(names)}")
    return NetworkStatus(True)


def _has_route(address: str) -> bool:
    family = socket.AF_INET6 if ":" in address else socket.AF_INET
    try:
        with socket.socket(family, socket.SOCK_DGRAM) as sock:
            sock.connect((address, 53))
    except OSError:
        return False
    return True


def _resolves(name: str) -> bool:
    try:
        socket.getaddrinfo(name, 443, type=socket.SOCK_STREAM)
    except (OSError, UnicodeError):
        return False
    return True

"""The network probe, pointed at names and routes whose answer is known."""

from __future__ import annotations

from refharvest.linkcheck.netcheck import probe_network


def test_unresolvable_probe_names_mean_no_network() -> None:
    # RFC 6761: .invalid names never resolve, whatever the network.
    status = probe_network(names=("a.invalid", "b.invalid"), routes=())
    assert not status.reachable
    assert "a.invalid" in status.detail


def test_no_route_means_no_network() -> None:
    # Without SO_BROADCAST the kernel refuses to connect a datagram socket to the
    # broadcast address: the same failure path as ENETUNREACH on a machine without a route.
    status = probe_network(names=(), routes=("255.255.255.255",))
    assert not status.reachable and "no route" in status.detail


def test_local_probe_targets_mean_network() -> None:
    assert probe_network(names=("localhost",), routes=("127.0.0.1",)).reachable

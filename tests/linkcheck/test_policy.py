"""Address and scheme policy; expected classes are those of RFC 1918/4193/6890."""

from __future__ import annotations

import pytest

from refharvest.linkcheck.policy import (
    PolicyBlock,
    address_allowed,
    check_url,
    is_local_literal,
    split_host,
)


@pytest.mark.parametrize(
    ("address", "public_only", "with_private"),
    [
        pytest.param("93.184.215.14", True, True, id="public-v4"),
        pytest.param("2606:4700::1111", True, True, id="public-v6"),
        pytest.param("10.1.2.3", False, True, id="rfc1918"),
        pytest.param("192.168.0.1", False, True, id="rfc1918-192"),
        pytest.param("127.0.0.2", False, True, id="loopback"),
        pytest.param("::1", False, True, id="loopback-v6"),
        pytest.param("169.254.169.254", False, True, id="link-local-metadata"),
        pytest.param("fe80::1", False, True, id="link-local-v6"),
        pytest.param("fd00::1", False, True, id="ula"),
        pytest.param("::ffff:127.0.0.1", False, True, id="v4-mapped-loopback"),
        pytest.param("224.0.0.1", False, False, id="multicast"),
        pytest.param("ff02::1", False, False, id="multicast-v6"),
        pytest.param("0.0.0.0", False, False, id="unspecified"),
        pytest.param("240.0.0.1", False, True, id="reserved"),
        pytest.param("not-an-ip", False, False, id="garbage"),
    ],
)
def test_address_allowed(address: str, public_only: bool, with_private: bool) -> None:
    assert address_allowed(address, allow_private=False) is public_only
    assert address_allowed(address, allow_private=True) is with_private


@pytest.mark.parametrize(
    ("url", "reason"),
    [
        ("ftp://example.org/file", "blocked-scheme"),
        ("javascript:alert(1)", "blocked-scheme"),
        ("example.org/page", "blocked-scheme"),
        ("http:///path-only", "invalid-url"),
        ("http://example.org:99999/", "invalid-url"),
    ],
)
def test_unfetchable_urls(url: str, reason: str) -> None:
    with pytest.raises(PolicyBlock) as caught:
        split_host(url)
    assert caught.value.reason == reason


def test_name_resolving_to_loopback_is_refused_after_resolution() -> None:
    with pytest.raises(PolicyBlock) as caught:
        check_url("http://localhost:8080/", allow_private=False)
    assert caught.value.reason == "blocked-private-address"
    assert "--allow-private" in caught.value.detail
    assert check_url("http://localhost:8080/", allow_private=True)


def test_local_literals() -> None:
    assert is_local_literal("127.0.0.5") and is_local_literal("localhost")
    assert not is_local_literal("example.org") and not is_local_literal("8.8.8.8")

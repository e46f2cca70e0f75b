"""The SQLite result cache: freshness, history phrases, sharing and corruption.

Expected phrases are built from the verdict sequences given to each test.
"""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest

from refharvest.linkcheck import CheckOptions, LinkResult, LinkTarget, check_run
from refharvest.linkcheck.cache import ResultCache, summarise_history

from .servers import page, sequence, status

DAY = 86400.0
T0 = datetime(2026, 11, 2, 12, tzinfo=UTC).timestamp()


@pytest.mark.parametrize(
    ("verdicts", "expected"),
    [
        pytest.param(["alive", "alive"], "", id="alive"),
        pytest.param(
            ["alive", "dead", "dead", "dead"], "dead since 2026-11-03 (3 checks)", id="dead"
        ),
        pytest.param(["dead"], "dead since 2026-11-02 (1 check)", id="dead-once"),
        pytest.param(["alive", "dead", "alive"], "flaky", id="flaky"),
        pytest.param(["dead", "unknown", "dead"], "dead since 2026-11-02 (2 checks)", id="unknown"),
        pytest.param(["dead", "alive"], "", id="recovered"),
    ],
)
def test_history_phrase(verdicts: list[str], expected: str) -> None:
    rows = [(T0 + i * DAY, verdict) for i, verdict in enumerate(verdicts)]
    assert summarise_history(rows) == expected


def _result(verdict: str = "dead", reason: str = "not-found") -> LinkResult:
    return LinkResult(url="https://example.org/a", verdict=verdict, reason=reason, http_status=404)  # type: ignore[arg-type]


def test_fresh_result_depends_on_its_verdict_age(tmp_path: Path) -> None:
    cache = ResultCache(tmp_path / "c.sqlite")
    cache.record("k", _result(), now=T0)
    max_age = {"alive": 10 * DAY, "dead": DAY, "unknown": 0.0}
    hit = cache.fresh("k", max_age, now=T0 + DAY / 2)  # type: ignore[arg-type]
    assert hit is not None and hit.cached and hit.reason == "not-found"
    assert cache.fresh("k", max_age, now=T0 + 2 * DAY) is None  # type: ignore[arg-type]
    cache.close()


def test_network_unreachable_is_not_history(tmp_path: Path) -> None:
    cache = ResultCache(tmp_path / "c.sqlite")
    cache.record("k", _result("unknown", "network-unreachable"), now=T0)
    assert cache.history("k") == []
    cache.close()


def test_two_caches_share_one_file(tmp_path: Path) -> None:
    first, second = ResultCache(tmp_path / "c.sqlite"), ResultCache(tmp_path / "c.sqlite")
    first.record("k", _result(), now=T0)
    second.record("k", _result(), now=T0 + 1)
    assert [v for _, v in first.history("k")] == ["dead", "dead"]
    first.close()
    second.close()


def test_corrupt_file_is_moved_aside_with_a_warning(tmp_path: Path) -> None:
    path = tmp_path / "c.sqlite"
    path.write_bytes(b"this is not a database" * 100)
    cache = ResultCache(path)
    assert cache.warnings and "unreadable" in cache.warnings[0]
    cache.record("k", _result(), now=T0)
    assert len(cache.history("k")) == 1
    assert list(tmp_path.glob("c.sqlite.corrupt-*"))
    cache.close()
    with sqlite3.connect(path) as db:  # the new file is a real database
        assert db.execute("SELECT count(*) FROM checks").fetchone() == (1,)


def test_runs_build_history_and_reuse_fresh_results(make_site, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    site = make_site()
    site.routes["/dead"] = status(404)
    site.routes["/flap"] = sequence(page(), status(404), page())
    targets = [LinkTarget(site.url("/dead")), LinkTarget(site.url("/flap"))]
    cache = tmp_path / "links.sqlite"
    always = CheckOptions(allow_private=True, cache_path=cache, archive=False)
    always.max_age = {"alive": 0.0, "dead": 0.0, "unknown": 0.0}
    for _ in range(3):
        dead, flap = check_run(targets, always).results
    today = datetime.now(UTC).date().isoformat()
    assert dead.history == f"dead since {today} (3 checks)" and dead.checks == 3
    assert flap.history == "flaky"
    asked = len(site.requests)
    reuse = CheckOptions(allow_private=True, cache_path=cache, archive=False)
    again, _ = check_run(targets, reuse).results
    assert again.cached and again.verdict == "dead" and again.history == dead.history
    assert len(site.requests) == asked  # fresh results: not even a soft-404 probe is sent

"""Report formats, from results written by hand."""

from __future__ import annotations

import csv
import io
import json
import re
from xml.etree import ElementTree as ET

from refharvest.linkcheck.report import FORMATS, ReportContext, format_table, summary_line
from refharvest.linkcheck.results import Hop, LinkResult, NetworkStatus

RESULTS = [
    LinkResult(
        url="https://a.example/ok", verdict="alive", reason="ok", http_status=200,
        final_url="https://a.example/ok", elapsed_ms=40, entries=["smith2020"],
    ),
    LinkResult(
        url="http://b.example/moved", verdict="alive", reason="redirected-permanent",
        http_status=200, final_url="https://b.example/new",
        redirects=[Hop("http://b.example/moved", 301)], elapsed_ms=80, entries=["doe2019"],
    ),
    LinkResult(
        url="https://a.example/gone", verdict="dead", reason="not-found", http_status=404,
        final_url="https://a.example/gone", elapsed_ms=30, entries=["roe2018", "roe2018tr"],
        archived_url="http://web.archive.org/web/20180101000000/https://a.example/gone",
        archived_timestamp="20180101000000", history="dead since 2026-11-02 (3 checks)",
    ),
    LinkResult(
        url="https://c.example/x", verdict="unknown", reason="network-unreachable", checks=0,
    ),
]  # fmt: skip
DOWN = ReportContext(network=NetworkStatus(False, "DNS resolves none of example.com"))


def test_summary_line_counts() -> None:
    assert summary_line(RESULTS) == (
        "4 links: 2 alive, 1 dead, 1 unknown (1 redirected, 1 with an archived copy)"
    )


def test_table_groups_dead_first_and_says_network_once() -> None:
    table = format_table(RESULTS, DOWN)
    headings = re.findall(r"^(DEAD|UNKNOWN|ALIVE) \((\d+)\)$", table, re.M)
    assert headings == [("DEAD", "1"), ("UNKNOWN", "1"), ("ALIVE", "2")]
    assert table.count("DNS resolves none of example.com") == 1
    assert "dead since 2026-11-02 (3 checks)" in table
    assert "→ https://b.example/new" in table


def test_json_has_the_documented_keys() -> None:
    document = json.loads(FORMATS["json"](RESULTS, DOWN))
    assert document["summary"]["dead"] == 1 and document["network"]["reachable"] is False
    keys = {"url", "verdict", "reason", "http_status", "final_url", "redirects",
            "archived_url", "elapsed_ms", "entries"}  # fmt: skip
    assert all(keys <= set(item) for item in document["results"])
    moved = document["results"][1]
    assert moved["redirects"] == [{"url": "http://b.example/moved", "status": 301}]
    assert document["results"][2]["entries"] == ["roe2018", "roe2018tr"]


def test_csv_one_row_per_url() -> None:
    rows = list(csv.DictReader(io.StringIO(FORMATS["csv"](RESULTS, None))))
    assert [r["verdict"] for r in rows] == ["alive", "alive", "dead", "unknown"]
    assert rows[1]["redirects"] == "301:http://b.example/moved"
    assert rows[2]["entries"] == "roe2018;roe2018tr"


def test_html_is_self_contained() -> None:
    page = FORMATS["html"](RESULTS, DOWN)
    assert not re.search(r"<(link|img|iframe)\b|<script\b[^>]*\bsrc=|@import|url\(", page)
    for domain in ("a.example", "b.example", "c.example"):
        assert f"<h2>{domain} (" in page
    assert 'href="http://web.archive.org/web/20180101000000/https://a.example/gone"' in page
    assert page.count('class="bar"') == 3


def test_junit_fails_dead_and_skips_unknown() -> None:
    root = ET.fromstring(FORMATS["junit"](RESULTS, None))
    suite = root.find("testsuite")
    assert suite is not None
    assert (suite.get("tests"), suite.get("failures"), suite.get("skipped")) == ("4", "1", "1")
    failed = [c.get("name") for c in suite.iter("testcase") if c.find("failure") is not None]
    assert failed == ["https://a.example/gone"]


def test_markdown_has_a_table_per_verdict() -> None:
    text = FORMATS["md"](RESULTS, DOWN)
    assert "## Dead (1)" in text and "## Alive (2)" in text
    assert "| not-found 404 | <https://a.example/gone> |" in text

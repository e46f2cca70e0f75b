"""Sites versus titles and the choice of item type.

Expected values are read off the seed footnotes (refs/000-002) and the URLs
written in them; the type rule is the one documented in parse/sites.py.
"""

from __future__ import annotations

import pytest

from refharvest.parse.sites import (
    is_news,
    is_pdf_url,
    name_matches_host,
    names_publisher,
    split_site_suffix,
    web_type,
)


@pytest.mark.parametrize(
    ("name", "host", "matches"),
    [
        pytest.param("Jamestown", "jamestown.org", True, id="same-word"),
        pytest.param("Japan Forward", "japan-forward.com", True, id="hyphenated-host"),
        pytest.param("Anadolu Ajansı", "aa.com.tr", True, id="known-outlet-or-initials"),
        pytest.param("Times of Central Asia", "timesca.com", True, id="known-outlet"),
        pytest.param("Xinhua", "english.news.cn", True, id="outlet-subdomain"),
        pytest.param("States", "jamestown.org", False, id="title-word"),
        pytest.param("Jamestown", "", False, id="no-host"),
    ],
)
def test_name_matches_host(name: str, host: str, matches: bool) -> None:
    assert name_matches_host(name, host) is matches


def test_split_site_suffix_uses_host() -> None:
    # refs/000 footnote 2: "…Central Asian States Jamestown, 26 Ocak 2026, https://jamestown.org/…"
    assert split_site_suffix(
        "Japan Deepens Cooperation with Central Asian States Jamestown", "jamestown.org", []
    ) == ("Japan Deepens Cooperation with Central Asian States", "Jamestown")


def test_split_site_suffix_uses_italics() -> None:
    assert split_site_suffix("Some Title Here Example Site", "", ["Example Site"]) == (
        "Some Title Here",
        "Example Site",
    )


def test_split_site_suffix_needs_evidence() -> None:
    assert split_site_suffix("Japan Deepens Cooperation with Central Asian States", "", []) is None


@pytest.mark.parametrize(
    ("title", "container", "url", "kind"),
    [
        pytest.param(
            "T", "Anadolu Ajansı", "https://www.aa.com.tr/tr/x", "article-newspaper", id="agency"
        ),
        pytest.param("T", "Tass", "", "article-newspaper", id="agency-without-url"),
        pytest.param("T", "News Central Asia", "", "article-newspaper", id="news-word"),
        pytest.param("T", "Jamestown", "https://jamestown.org/x/", "webpage", id="think-tank"),
        pytest.param(
            "T",
            "Ministry of Foreign Affairs of Japan",
            "https://www.mofa.go.jp/erp/x.html",
            "webpage",
            id="ministry-page",
        ),
        pytest.param(
            "T",
            "Council of the European Union",
            "https://data.consilium.europa.eu/doc/document/ST-14587-2023-INIT/en/pdf",
            "report",
            id="pdf-path-segment",
        ),
        pytest.param(
            "T",
            "U.S. Department of State",
            "https://x.gov/a/strategy-1.pdf",
            "report",
            id="pdf-extension",
        ),
        pytest.param("Annual Report 2024", "Some Body", "", "report", id="report-in-title"),
        pytest.param("T", "Tesla Blog", "https://www.tesla.com/blog/x", "post-weblog", id="blog"),
        pytest.param(
            "T", "Anything", "https://someone.wordpress.com/x", "post-weblog", id="blog-host"
        ),
    ],
)
def test_web_type(title: str, container: str, url: str, kind: str) -> None:
    assert web_type(title, container, url) == kind


@pytest.mark.parametrize(
    ("url", "pdf"),
    [
        pytest.param("https://a.org/x.pdf", True, id="extension"),
        pytest.param("https://a.org/x.PDF?download=1", True, id="upper-with-query"),
        pytest.param("https://a.org/doc/en/pdf", True, id="segment"),
        pytest.param("https://a.org/pdfs/index.html", False, id="html"),
    ],
)
def test_is_pdf_url(url: str, pdf: bool) -> None:
    assert is_pdf_url(url) is pdf


def test_is_news_by_host_only() -> None:
    assert is_news("", "tass.ru")
    assert not is_news("", "jamestown.org")


@pytest.mark.parametrize(
    ("text", "publisher"),
    [
        pytest.param("Imperial College Press", True, id="press"),
        pytest.param("Wiley", True, id="house"),
        pytest.param("Nobel Yayınları", True, id="tr-yayinlari"),
        pytest.param("Journal of Applied Physics", False, id="journal"),
    ],
)
def test_names_publisher(text: str, publisher: bool) -> None:
    assert names_publisher(text) is publisher

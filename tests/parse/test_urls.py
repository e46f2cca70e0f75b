"""Finding and cleaning URLs and DOIs. Expected URLs are read off the strings."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from refharvest.parse import urls
from refharvest.parse.urls import clean_url, find_links, url_host


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        pytest.param("<https://jamestown.org/x/>", "https://jamestown.org/x/", id="angle-brackets"),
        pytest.param("https://www.state.gov/msp;", "https://www.state.gov/msp", id="semicolon"),
        pytest.param("http://java.sun.com.", "http://java.sun.com", id="period"),
        pytest.param("http://a.org/b)", "http://a.org/b", id="unbalanced-paren"),
        pytest.param(
            "https://en.wikipedia.org/wiki/Foo_(bar)",
            "https://en.wikipedia.org/wiki/Foo_(bar)",
            id="balanced-paren-kept",
        ),
        pytest.param("https://a.org/x*", "https://a.org/x", id="markdown-star"),
        pytest.param("https://a.org/p?q=1&r=2", "https://a.org/p?q=1&r=2", id="query-kept"),
    ],
)
def test_clean_url(raw: str, expected: str) -> None:
    assert clean_url(raw) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "*Jamestown*, January 26, 2026, <https://jamestown.org/japan-deepens/>",
            [("url", "https://jamestown.org/japan-deepens/")],
            id="seed-markdown",
        ),
        pytest.param(
            "U.S. Department of State, https://www.state.gov/minerals-security-partnership ;",
            [("url", "https://www.state.gov/minerals-security-partnership")],
            id="seed-trailing-semicolon",
        ),
        pytest.param(  # anystyle-web:3
            "Boston Globe, http://www. boston.com/business/globe/articles/2007/08/15/x.",
            [("url", "http://www.boston.com/business/globe/articles/2007/08/15/x")],
            id="space-after-www-dot",
        ),
        pytest.param(  # anystyle-web:22
            "Available at https://www.cia.gov/ library/publications/the-world-factbook/index.html",
            [("url", "https://www.cia.gov/library/publications/the-world-factbook/index.html")],
            id="space-after-slash",
        ),
        pytest.param(
            "http://x.org/page. Accessed 2010",
            [("url", "http://x.org/page")],
            id="sentence-after-url-not-joined",
        ),
        pytest.param(
            "Current Biology, 26. www.cell.com, doi:10.1016/j.cub.2016.05.047.",
            [("url", "www.cell.com"), ("doi", "10.1016/j.cub.2016.05.047")],
            id="doi-prefix",
        ),
        pytest.param(  # anystyle-web:38
            "1967. classiques.uqac.ca/classiques/Durkheim/division.pdf (accessed June 7, 2015).",
            [("url", "classiques.uqac.ca/classiques/Durkheim/division.pdf")],
            id="bare-domain-with-path",
        ),
        pytest.param(  # anystyle-gold:1634 (shortened): a piece that starts with "-"
            "Retrieved from http://www.spencer.org/content.cfm/data-use-and "
            "-educational-improvement-details",
            [
                (
                    "url",
                    "http://www.spencer.org/content.cfm/data-use-and-educational-improvement-details",
                )
            ],
            id="space-before-hyphen-piece",
        ),
        pytest.param(  # anystyle-web:156: "%20" at a break, then the file name
            "Systems, http://eprints.rclis.org/16034/ 1/Repanovici%26Cristea%20RFID%20 chapter.pdf",
            [("url", "http://eprints.rclis.org/16034/1/Repanovici%26Cristea%20RFID%20chapter.pdf")],
            id="encoded-space-at-break",
        ),
        pytest.param(  # anystyle-web:41: a piece that can only be more path
            "Retrieved from www.stlouisfed.org/community development/assets/pdf/"
            "CommunityColleges.pdf",
            [("url", "www.stlouisfed.org/communitydevelopment/assets/pdf/CommunityColleges.pdf")],
            id="path-piece-after-space",
        ),
        pytest.param(
            "See http://x.org/report and/or the annex, 2019.",
            [("url", "http://x.org/report")],
            id="one-slash-word-not-joined",
        ),
        pytest.param("No link here, 2019.", [], id="none"),
    ],
)
def test_find_links(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(link.kind, link.value) for link in find_links(text)] == expected


def test_find_links_span_covers_brackets() -> None:
    text = "Site, <https://a.org/b>."
    (link,) = find_links(text)
    assert text[link.start : link.end] == "<https://a.org/b>"


@pytest.mark.parametrize(
    ("url", "host"),
    [
        pytest.param("https://www.aa.com.tr/tr/x", "aa.com.tr", id="www-stripped"),
        pytest.param("jamestown.org/x", "jamestown.org", id="no-scheme"),
        pytest.param("http://www.chass.utoronto.ca:8080/~ian/", "chass.utoronto.ca", id="port"),
    ],
)
def test_url_host(url: str, host: str) -> None:
    assert url_host(url) == host


_LINKISH = st.lists(
    st.sampled_from(
        [
            "http://",
            "HTTPS://",
            "ftp://",
            "www.",
            "WWW.",
            "<",
            ">",
            "a.org/",
            "x_y",
            " ",
            "/",
            "İ",
            "ſ",
            "Hmm",
            "text",
            "10.1000/xyz",
            "doi:",
            ".",
            ",",
        ]
    ),
    max_size=10,
).map("".join)


@settings(max_examples=300, deadline=None)
@given(_LINKISH)
def test_url_scan_may_start_at_the_first_scheme(text: str) -> None:
    """Starting the URL pattern one character before the first scheme finds
    every match a scan from the start finds (the reference)."""
    lowered = text.lower()
    first = urls._first_scheme(lowered) if len(lowered) == len(text) else 0
    full = [m.span() for m in urls._URL.finditer(text)]
    assert full == (
        [] if first < 0 else [m.span() for m in urls._URL.finditer(text, max(0, first - 1))]
    )

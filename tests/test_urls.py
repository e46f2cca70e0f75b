"""URL normalisation.

Expected keys are written by hand from RFC 3986 (sections 6.2.2-6.2.3) and
from the URLs as the seed articles print them (refs/000: PDF text with URLs
broken across lines; refs/001: markdown with the same URLs whole).
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from refharvest.urls import clean_url, normalize_url, unwrap_redirect, url_host, url_key

#: refs/000 footnote 2, as printed whole in refs/001
AA_PATH = "/tr/dunya/orta-asya-japonya-diyalogu-liderler-zirvesiyle-yeni-bir-doneme-giriyor/3775429"
AA = "https://aa.com.tr" + AA_PATH


@pytest.mark.parametrize(
    "variant",
    [
        f"https://www.aa.com.tr{AA_PATH}",
        f"http://www.aa.com.tr{AA_PATH}",
        f"https://WWW.AA.COM.TR{AA_PATH}/",
        f"<https://www.aa.com.tr{AA_PATH}>",
        # as the PDF text of refs/000 breaks it, with the line break still in
        "https://www.aa.com.tr/tr/dunya/orta-asya-japonya-\n"
        "diyalogu-liderler-zirvesiyle-yeni-bir-doneme-giriyor/3775429",
        f"https://www.aa.com.tr:443{AA_PATH}",
        f"https://www.aa.com.tr{AA_PATH}?utm_source=twitter&utm_medium=social",
        f"https://www.aa.com.tr{AA_PATH}?fbclid=IwAR0abc",
        f"https://www.aa.com.tr{AA_PATH}#comments",
        f"www.aa.com.tr{AA_PATH}",
        f"  https://www.aa.com.tr/tr/dunya/./{AA_PATH[10:]}  ",
        f"https://www.aa.com.tr.{AA_PATH}",
    ],
)
def test_variants_of_one_page_share_a_key(variant: str) -> None:
    assert normalize_url(variant) == AA


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("https://example.com/a%7e/b", "https://example.com/a~/b"),  # unreserved decoded
        ("https://example.com/%c3%bc", "https://example.com/%C3%BC"),  # hex case
        ("https://example.com/ü", "https://example.com/%C3%BC"),  # IRI path → UTF-8 escapes
        ("https://example.com/a b", "https://example.com/a%20b"),
        ("https://example.com/p?b=2&a=1", "https://example.com/p?a=1&b=2"),  # order
        ("https://example.com/p?", "https://example.com/p"),
        ("https://example.com/a/b/../c", "https://example.com/a/c"),
        ("http://example.com:80/", "https://example.com"),
        ("https://bücher.de/x", "https://xn--bcher-kva.de/x"),  # IDNA host
        ("https://example.com/p?gclid=1&id=7&_ga=2", "https://example.com/p?id=7"),
        ("//example.com/x", "https://example.com/x"),
    ],
)
def test_equivalent_spellings(first: str, second: str) -> None:
    assert normalize_url(first) == normalize_url(second)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # path case is the server's business: /Analiz and /analiz may differ
        ("https://avim.org.tr/en/Analiz/X", "https://avim.org.tr/en/analiz/X"),
        # query parameters that are not trackers select content
        ("https://example.com/article.php?id=1", "https://example.com/article.php?id=2"),
        ("https://example.com/list?page=2", "https://example.com/list"),
        # two Anadolu Agency articles: same host, same section, different number
        ("https://www.aa.com.tr/tr/dunya/x/3775429", "https://www.aa.com.tr/tr/dunya/x/3775430"),
        # an encoded slash is not a path separator
        ("https://example.com/a%2Fb", "https://example.com/a/b"),
        # a sub-domain is another site
        ("https://en.people.cn/n3/a.html", "https://people.cn/n3/a.html"),
        # another port is another server
        ("https://example.com:8443/a", "https://example.com/a"),
        # single-page routes are pages
        ("https://example.com/#!/one", "https://example.com/#!/two"),
        # repeated keys: their order can matter
        ("https://example.com/p?x=1&x=2", "https://example.com/p?x=2&x=1"),
    ],
)
def test_different_pages_stay_different(first: str, second: str) -> None:
    assert normalize_url(first) != normalize_url(second)


def test_normalize_is_idempotent_on_the_seed_urls() -> None:
    seed_urls = [
        "https://www.mofa.go.jp/erp/ca_c/pageite_000001_01438.html",
        "https://data.consilium.europa.eu/doc/document/ST-14587-2023-INIT/en/pdf",
        "http://avim.org.tr",
        "https://www.facebook.com/avrasyaincelemelerimerkezi",
    ]
    for url in seed_urls:
        once = normalize_url(url)
        assert normalize_url(once) == once


def test_clean_url_keeps_what_a_browser_needs() -> None:
    url = "HTTP://WWW.Example.com:80/a/?utm_campaign=x&id=3#top"
    assert clean_url(url) == "http://www.example.com/a/?id=3#top"


@pytest.mark.parametrize(
    ("url", "host"),
    [
        ("https://www.aa.com.tr/tr/x", "aa.com.tr"),
        ("HTTPS://EN.People.CN/n3", "en.people.cn"),
        ("www.state.gov/minerals-security-partnership", "state.gov"),
        ("not a url", ""),
        ("mailto:someone@example.com", ""),
        ("", ""),
    ],
)
def test_url_host(url: str, host: str) -> None:
    assert url_host(url) == host


@pytest.mark.parametrize(
    "garbage",
    [
        pytest.param("", id="empty"),
        pytest.param("   ", id="blank"),
        pytest.param("not a url at all", id="words"),
        pytest.param("https://", id="no-host"),
        pytest.param("https://example.com:99999/x", id="port-out-of-range"),
        pytest.param("https://example.com:abc/x", id="port-not-number"),
        pytest.param("javascript:alert(1)", id="javascript"),
        pytest.param("https://exa\x00mple.com/", id="nul"),
        pytest.param("http://[::1", id="unclosed-ipv6"),
        pytest.param("https://exa mple .com/", id="spaces-in-host"),
    ],
)
def test_garbage_comes_back_stripped(garbage: str) -> None:
    assert normalize_url(f"  {garbage} ") == garbage.strip()
    assert clean_url(garbage) == garbage.strip()


@given(st.text())
def test_never_raises_on_any_text(text: str) -> None:
    result = normalize_url(text)
    assert isinstance(result, str)
    assert isinstance(url_host(text), str)
    assert normalize_url(result) == result or result == text.strip()


@given(
    st.sampled_from(["http", "https", "HTTP"]),
    st.sampled_from(["", "www.", "WWW."]),
    st.from_regex(r"[a-z]{1,8}\.(com|org|tr)", fullmatch=True),
    st.lists(st.from_regex(r"[A-Za-z0-9._~-]{1,6}", fullmatch=True), max_size=4),
)
def test_scheme_www_and_host_case_never_matter(
    scheme: str, www: str, host: str, segments: list[str]
) -> None:
    path = "/" + "/".join(segments)
    plain = normalize_url(f"https://{host}{path}")
    assert normalize_url(f"{scheme}://{www}{host.upper()}{path}") == plain


@pytest.mark.parametrize(
    "url",
    ["https://www.aa.com.tr/tr/x/?utm_source=a#b", "HTTP://Example.COM", "nonsense", "", "a b"],
)
def test_url_key_is_normalize_and_host_together(url: str) -> None:
    key, host = url_key(url)
    if url_host(url):
        assert (key, host) == (normalize_url(url), url_host(url))
    else:
        assert (key, host) == ("", "")


@pytest.mark.parametrize(
    ("wrapped", "target"),
    [
        (  # Google Docs' HTML export
            "https://www.google.com/url?q=https://www.aa.com.tr/tr/dunya/x/3775429"
            "&sa=D&source=editors&ust=1766000000000&usg=AOvVaw1",
            "https://www.aa.com.tr/tr/dunya/x/3775429",
        ),
        (  # the query target percent-encoded, on a country domain
            "https://www.google.com.tr/url?url=https%3A%2F%2Fjamestown.org%2Fjapan%3Fp%3D1&sa=t",
            "https://jamestown.org/japan?p=1",
        ),
        (  # Outlook safe links
            "https://eur01.safelinks.protection.outlook.com/?url=https%3A%2F%2Favim.org.tr%2Fen"
            "&data=05%7C01&reserved=0",
            "https://avim.org.tr/en",
        ),
        (
            "https://l.facebook.com/l.php?u=https%3A%2F%2Ftimesca.com%2Fa%2F&h=AT0",
            "https://timesca.com/a/",
        ),
    ],
)
def test_click_tracking_wrappers_give_their_target(wrapped: str, target: str) -> None:
    assert unwrap_redirect(wrapped) == target


@pytest.mark.parametrize(
    "url",
    [
        "https://www.google.com/search?q=https://example.org/",  # a search, not a redirect
        "https://www.google.com/url?q=javascript:alert(1)",  # no web address inside
        "https://timesca.com/azerbaijan-joins/?q=https://x.org/",
        "https://timesca.com/azerbaijan-joins/",
        "http://[not-an-address?q=https://x.org/",  # urlsplit refuses it: no traceback
    ],
)
def test_other_urls_are_left_alone(url: str) -> None:
    assert unwrap_redirect(url) == url


def test_www_stays_before_a_bare_top_level_domain() -> None:
    # found by the property test above: "www.com" is a name of its own, and
    # "www.www.com" is it with "www." in front (written for this test)
    assert normalize_url("https://www.com/") == "https://www.com/"
    assert normalize_url("http://WWW.www.com/") == "https://www.com/"
    assert url_host("https://www.example.com/a") == "example.com"

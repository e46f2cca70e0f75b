"""Which site or organisation a web reference names, and what kind of item it is.

The type rule for web references (documented here, applied by ``web_type``):

- a PDF (URL path ending ``.pdf`` or a ``/pdf`` segment) or a title naming a
  report → ``report``; the issuing body goes to ``publisher``;
- a blog host or a container with "blog" in it → ``post-weblog``;
- a known news outlet or agency (``data/parse_sites.json``), or a container
  with a news word ("News", "Times", "Daily", "Ajansı", "Zeitung") →
  ``article-newspaper``;
- anything else, ministry pages included → ``webpage``.

Every type but ``report`` keeps the site in ``container_title``: that is the
field CSL styles print as the site or newspaper name. A report's issuer is its
publisher, which is where BibTeX ``@report``'s ``institution`` comes from.
"""

from __future__ import annotations

import json
import re
from functools import cache, lru_cache
from importlib import resources
from typing import Any

from anyascii import anyascii

from refharvest.model import ItemType
from refharvest.parse.dates import fold
from refharvest.parse.urls import url_host

__all__ = [
    "LONGEST_SITE_NAME",
    "host_initials",
    "is_government_host",
    "is_known_outlet",
    "is_news",
    "is_pdf_url",
    "is_region_code",
    "name_matches_host",
    "names_issuing_body",
    "names_periodical",
    "names_publisher",
    "split_site_suffix",
    "web_type",
]


@cache
def _data() -> dict[str, Any]:
    text = resources.files("refharvest.data").joinpath("parse_sites.json").read_text("utf-8")
    data: dict[str, Any] = json.loads(text)
    data["periodical_full_words"] = [w for w in data["periodical_words"] if not w.endswith(".")]
    return data


def _squash(text: str) -> str:
    """Letters and digits only, ASCII, lower case: "Japan Forward" -> "japanforward"."""
    return re.sub(r"[^a-z0-9]", "", anyascii(fold(text)).lower())


@cache
def _outlets() -> dict[str, frozenset[str]]:
    outlets: dict[str, list[str]] = _data()["news_outlets"]
    table: dict[str, frozenset[str]] = {}
    for name, hosts in outlets.items():
        key = _squash(re.sub(r"(?i)^the\s+", "", name))
        table[key] = frozenset(hosts)
    return table


@cache
def _outlet_hosts() -> frozenset[str]:
    return frozenset(host for hosts in _outlets().values() for host in hosts)


def _host_in(host: str, suffixes: frozenset[str]) -> bool:
    """True when the host is one of ``suffixes`` or a subdomain of one."""
    parts = host.split(".")
    return any(".".join(parts[i:]) in suffixes for i in range(len(parts)))


@cache
def _host_set(key: str) -> frozenset[str]:
    """A host list of the data file as a set, leading dots dropped."""
    hosts: list[str] = _data()[key]
    return frozenset(host.lstrip(".") for host in hosts)


def _labels(host: str) -> list[str]:
    """Candidate site names in a host: "japan-forward.com" -> ["japanforward"]."""
    parts = host.split(".")
    if len(parts) >= 3 and len(parts[-2]) <= 3 and len(parts[-1]) == 2:
        core = parts[:-2]  # aa.com.tr, bbc.co.uk
    else:
        core = parts[:-1]
    return [re.sub(r"[^a-z0-9]", "", label) for label in core if label not in ("www", "en", "m")]


_DOMAIN_NAME = re.compile(r"(?:[a-z0-9-]+\.)+[a-z]{2,}")


@lru_cache(maxsize=16384)
def name_matches_host(name: str, host: str) -> bool:
    """True when a site name is the URL host's name: "Jamestown" ↔ jamestown.org,
    "Japan Forward" ↔ japan-forward.com, a known outlet ↔ one of its hosts."""
    if not name or not host:
        return False
    squashed = _squash(re.sub(r"(?i)^the\s+", "", name))
    if not squashed:
        return False
    domain = name.strip().lower()
    if _DOMAIN_NAME.fullmatch(domain) and (host == domain or host.endswith("." + domain)):
        return True  # "Kremlin.ru" ↔ en.kremlin.ru, "mid.ru" ↔ www.mid.ru
    known = _outlets().get(squashed)
    if known and _host_in(host, known):
        return True
    for label in _labels(host):
        if len(label) >= 3 and (label == squashed or squashed == label.removesuffix("news")):
            return True
    first = name.split(None, 1)[0]
    if len(first) >= 2 and first.isupper() and fold(first) in _labels(host):
        return True  # "BBC Türkçe" ↔ bbc.com, "DW Türkçe" ↔ dw.com: the acronym is the host's
    initials = "".join(word[0] for word in re.findall(r"[^\W\d_]+", anyascii(fold(name))))
    return len(initials) >= 2 and initials in _labels(host)


@lru_cache(maxsize=4096)
def host_initials(host: str) -> frozenset[str]:
    """The first letters of a host's name labels ("jamestown.org" → {"j"}), and of the
    host itself: a site name that matches the host starts with one of them."""
    return frozenset(label[:1] for label in [*_labels(host), host] if label)


@lru_cache(maxsize=4096)
def is_known_outlet(name: str) -> bool:
    """True for a news outlet or agency the data file names ("Reuters", "Süddeutsche Zeitung")."""
    if len(name) > LONGEST_SITE_NAME:
        return False  # a title or a sentence: no need to transliterate it
    return _squash(re.sub(r"(?i)^the\s+", "", name)) in _outlets()


#: No site's or outlet's name is longer (characters): a longer segment is a title.
LONGEST_SITE_NAME = 60


def split_site_suffix(
    text: str, host: str, italics: list[str] | tuple[str, ...]
) -> tuple[str, str] | None:
    """Split a site name glued to the end of a title ("... States Jamestown").

    Evidence is required: the last words equal the URL host's name or an italic
    span of the source text. Returns (title, site) or None.
    """
    words = text.split()
    for count in range(1, min(5, len(words))):
        tail = " ".join(words[-count:])
        if name_matches_host(tail, host) or any(
            fold(tail) == fold(span.strip()) for span in italics
        ):
            return " ".join(words[:-count]), tail
    return None


def is_news(container: str, host: str) -> bool:
    if host and _host_in(host, _outlet_hosts()):
        return True
    if not container:
        return False
    if _squash(re.sub(r"(?i)^the\s+", "", container)) in _outlets():
        return True
    words = set(re.findall(r"[^\W\d_]+", fold(container)))
    folded = fold(container)
    return any((w in words) if " " not in w else (w in folded) for w in _news_words())


@cache
def _news_words() -> frozenset[str]:
    return frozenset(fold(word) for word in _data()["news_words"])


@cache
def _word_pattern(key: str) -> re.Pattern[str]:
    """Any word or phrase of the data file's list ``key``, whole, in folded text."""
    words = sorted((fold(w) for w in _data()[key]), key=len, reverse=True)
    return re.compile(r"(?<![\w])(?:" + "|".join(map(re.escape, words)) + r")(?![\w])")


#: "Press" that names a kind of document, not a publisher.
_PRESS_DOCUMENT = re.compile(r"\bpress\s+(?:release|statement|conference|briefing|kit)s?\b")


def names_publisher(text: str) -> bool:
    """True when a segment names a publishing house ("Imperial College Press", "Wiley"),
    not a "Press release"."""
    if not text:
        return False
    folded = fold(text)
    if "press" in folded:
        folded = _PRESS_DOCUMENT.sub(" ", folded)
    return bool(_word_pattern("publisher_words").search(folded))


def names_periodical(text: str, *, abbreviations: bool = True) -> bool:
    """True when a segment names a journal or proceedings ("J. Appl. Phys.", "Revue …").

    ``abbreviations=False`` leaves out "J.", "Rev.", "Proc." …, which places and
    editions carry too ("Princeton, N.J.", "Rev. ed.").
    """
    if not text:
        return False
    key = "periodical_words" if abbreviations else "periodical_full_words"
    return bool(_word_pattern(key).search(fold(text)))


def names_issuing_body(text: str) -> bool:
    """True when a segment names a body that publishes ("… Research Institute", "Garland Pub.")."""
    return bool(text) and bool(_word_pattern("issuing_body_words").search(fold(text)))


@cache
def _region_codes() -> frozenset[str]:
    return frozenset(_data()["region_codes"])


def is_region_code(text: str) -> bool:
    """A US state's or Canadian province's code: "MI", "DC", "QC" (not "IV")."""
    return text in _region_codes()


def is_blog(container: str, host: str) -> bool:
    if host and _host_in(host, _host_set("blog_hosts")):
        return True
    words = set(re.findall(r"[^\W\d_]+", fold(container)))
    return bool(words & set(_data()["blog_words"]))


def is_government_host(host: str) -> bool:
    return bool(host) and _host_in(host, _host_set("government_host_suffixes"))


def is_pdf_url(url: str) -> bool:
    path = url.lower()
    if "\n" in path:  # "." stops at a line break: keep the regex's reading there
        return _is_pdf_path(re.sub(r"[?#].*$", "", path))
    return _is_pdf_path(path.split("?", 1)[0].split("#", 1)[0])


def _is_pdf_path(path: str) -> bool:
    return path.endswith(".pdf") or path.endswith("/pdf")


@lru_cache(maxsize=16384)
def names_report(text: str) -> bool:
    """True when a title or container names a report ("Report", "Rapor", "Bericht")."""
    return bool(_word_pattern("report_words").search(fold(text)))


def names_report_series(text: str) -> bool:
    """True when a numbered series is one of reports ("DGAP Analyse", "SWP-Aktuell",
    "Policy Memo"), not a journal ("Das Argument")."""
    return bool(_word_pattern("report_series_words").search(fold(text)))


def web_type(title: str, container: str, url: str) -> ItemType:
    """The CSL type of a web reference; see the module docstring for the rule."""
    host = url_host(url) if url else ""
    if (url and is_pdf_url(url)) or names_report(title):
        return "report"
    return _site_type(container, host)


@lru_cache(maxsize=16384)
def _site_type(container: str, host: str) -> ItemType:
    """Cached per site: the same sites come back in every article."""
    if is_blog(container, host):
        return "post-weblog"
    if is_news(container, host):
        return "article-newspaper"
    return "webpage"

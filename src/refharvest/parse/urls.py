"""URLs and DOIs inside one reference string.

A URL in a citation is raw, fuzzy text: it may sit in ``<angle brackets>``,
carry the sentence's closing ``.``/``;``/``)``, or be wrapped in markdown
italics. ``clean_url`` keeps only what belongs to the address; balanced
parentheses (Wikipedia style ``Foo_(bar)``) stay.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

__all__ = ["FoundLink", "clean_url", "doi_from_url", "find_links", "url_host"]

_URL = re.compile(
    r"<(?P<angled>(?:https?|ftp)://[^\s<>]+|www\.[^\s<>]+)>"
    r"|(?P<bare>\b(?:(?:https?|ftp)://\s?|www\.)[^\s<>\"“”‘’]+(?:[‘’](?=\w)[^\s<>\"“”‘’]+)*)",
    re.IGNORECASE,
)
# "classiques.uqac.ca/classiques/…": a host with a path but no scheme; tried
# only when no ordinary URL was found (it is the slow pattern).
_SCHEMELESS = re.compile(
    r"(?<![@\w.])(?P<bare>[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|org|net|edu|gov|int|info|io|eu|[a-z]{2})"
    r"/[^\s<>\"“”‘’]*)",
    re.IGNORECASE,
)
# A URL broken by a space (PDF text): the next token goes on the URL when the URL
# cannot end there ("…/", "…doi.", "…&") or the token starts with "/" — and the
# token itself looks like a piece of a URL, never a plain word.
# "%20" too: an encoded space says the name goes on ("…RFID%20 chapter.pdf").
_OPEN_END = re.compile(r"(?:[/\-_=?&%~:]|%[0-9a-f]{2}|\.[a-z]{0,4}|://)$", re.IGNORECASE)
#: A piece that can only go on a name: one "-", "_" or "%" and a letter or digit.
_GLUED_PIECE = re.compile(r"[-_%]\w")
#: A piece that can only be more of a path: two slashes, or a file name ending it.
_PATH_PIECE = re.compile(
    r"/[^/\s]*/|\.(?:pdf|html?|aspx?|php|cfm|jsp|docx?|xlsx?|pptx?)$", re.IGNORECASE
)
_PIECE = re.compile(r"[\w%~.?=&#:+/$()!*,;@\\-]+")
_URLISH = re.compile(r"[/?=&%#_]|\w\.\w|\d")
_DOI = re.compile(
    r"(?:\bdoi\s*:?\s*|\bhttps?://(?:dx\.)?doi\.org/)?\b(?P<doi>10\.\d{4,9}/[^\s\"<>“”]+)",
    re.IGNORECASE,
)
_TRAILING = ".,;:!?'\"”’»*_"
_PAIRS = {")": "(", "]": "[", "}": "{"}


def clean_url(raw: str) -> str:
    """The address without angle brackets, markup and sentence punctuation."""
    url = raw.strip().strip("<>").strip()
    while url:
        last = url[-1]
        if last in _TRAILING or (last in _PAIRS and url.count(last) > url.count(_PAIRS[last])):
            url = url[:-1]
        elif url.endswith("&gt;") or url.endswith("&lt;"):
            url = url[:-4]
        else:
            break
    return url


_HOST = re.compile(r"(?:[a-z][a-z0-9+.-]*://)?([^/?#:\s]+)", re.IGNORECASE)
_SPACED_SCHEME = re.compile(r"^((?:https?|ftp)://)\s")
_GAP = re.compile(r"[ ]{1,2}")
_YEAR_PIECE = re.compile(r"(?:1[5-9]|20)\d\d")


@lru_cache(maxsize=16384)
def url_host(url: str) -> str:
    """Host without ``www.``, lower-cased: ``jamestown.org`` for any jamestown URL."""
    match = _HOST.match(url.strip())
    if not match:
        return ""
    host = match.group(1).lower()
    return host[4:] if host.startswith("www.") else host


@lru_cache(maxsize=16384)
def doi_from_url(url: str) -> str:
    match = re.match(r"https?://(?:dx\.)?doi\.org/(10\.\d{4,9}/\S+)", url, re.IGNORECASE)
    return clean_url(match.group(1)) if match else ""


@dataclass(frozen=True, slots=True)
class FoundLink:
    """One URL or DOI and the span of text it took (brackets and prefix included)."""

    kind: str  # "url" or "doi"
    value: str
    start: int
    end: int


def _extend(text: str, raw: str, end: int) -> tuple[str, int]:
    """Rejoin the pieces of a URL that a line break turned into spaces.

    Works on the raw text (trailing "." kept: "http://www. boston.com/…").
    """
    while True:
        gap = _GAP.match(text, end)
        if not gap:
            return raw, end
        piece_match = _PIECE.match(text, gap.end())
        if not piece_match:
            return raw, end
        piece = piece_match.group(0)
        core = clean_url(piece)
        glued = _GLUED_PIECE.match(piece) is not None  # "data-use-and -educational-…"
        if not core or not (glued or _URLISH.search(core)):
            return raw, end
        if not (
            _OPEN_END.search(raw[-8:])
            or glued
            or piece.startswith("/")
            or _PATH_PIECE.search(core)  # "community development/assets/pdf/x.pdf"
        ):
            return raw, end
        if core[:1].isupper() and not raw.endswith("/"):
            return raw, end
        if _YEAR_PIECE.fullmatch(core):
            return raw, end  # "http://x.org/a. 2007": the year, not the URL
        raw += piece
        end = piece_match.end()


def _first_scheme(lowered: str) -> int:
    """Where the first "http", "ftp" or "www." starts (-1 for none): every match of
    ``_URL`` starts there or one character before (its "<")."""
    first = lowered.find("http")
    end = first if first >= 0 else len(lowered)
    for scheme in ("ftp", "www."):  # only an earlier one counts
        at = lowered.find(scheme, 0, end)
        if at >= 0:
            first = end = at
    return first


def find_links(text: str) -> list[FoundLink]:
    """Every URL, then every DOI not already inside a URL, in text order."""
    links: list[FoundLink] = []
    lowered = text.lower()
    if "/" not in text and "www." not in lowered:
        matches: list[re.Match[str]] = []
    else:
        # The URL pattern cannot match before the first scheme ("İ" lowers to two
        # characters: then positions in ``lowered`` are not positions in ``text``).
        first = _first_scheme(lowered) if len(lowered) == len(text) else 0
        matches = [] if first < 0 else list(_URL.finditer(text, max(0, first - 1)))
        matches = matches or list(_SCHEMELESS.finditer(text))
    for match in matches:
        if links and match.start() < links[-1].end:
            continue  # a piece already joined to the previous URL
        raw = match.groupdict().get("angled") or match.group("bare") or ""
        value = clean_url(_SPACED_SCHEME.sub(r"\1", raw) if ":// " in raw else raw)
        if not value:
            continue
        if match.groupdict().get("angled"):
            end = match.end()
        else:
            joined, raw_end = _extend(text, raw, match.end())
            value = clean_url(_SPACED_SCHEME.sub(r"\1", joined) if ":// " in joined else joined)
            end = raw_end - (len(joined) - len(clean_url(joined)))
            end = max(end, match.start() + 1)
        links.append(FoundLink("url", value, match.start(), end))
    taken = [(link.start, link.end) for link in links]
    if "10." not in text:
        return links
    for match in _DOI.finditer(text):
        if any(start <= match.start("doi") < end for start, end in taken):
            continue
        value = clean_url(match.group("doi"))
        links.append(FoundLink("doi", value, match.start(), match.start("doi") + len(value)))
    links.sort(key=lambda link: link.start)
    return links

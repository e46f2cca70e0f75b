"""Page metadata, read from the sources in a fixed order like trafilatura does.

Title: ``citation_title``, ``og:title``, JSON-LD ``headline``, then ``<title>``.
Date: ``citation_publication_date``/``citation_date``, ``article:published_time``,
JSON-LD ``datePublished``. Authors: ``citation_author`` (all of them), JSON-LD
``author``, ``article:author``/``author`` meta. Site: ``og:site_name``,
``citation_journal_title``, JSON-LD ``publisher.name``.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any

from bs4 import BeautifulSoup

from .results import PageMetadata

_SPACE = re.compile(r"\s+")
_TEXT_LIMIT = 20000


@dataclass(slots=True)
class ParsedPage:
    """A page read once: its metadata and its visible text (for soft-404 comparison)."""

    metadata: PageMetadata
    text: str
    heading: str


def parse_page(body: bytes, content_type: str = "") -> ParsedPage:
    """Metadata and visible text of an HTML page given as bytes."""
    encoding = _charset(content_type)
    soup = BeautifulSoup(body, "html.parser", from_encoding=encoding)
    tags = _meta_tags(soup)
    json_ld = _json_ld(soup)
    title_tag = soup.title.get_text(" ", strip=True) if soup.title else ""
    metadata = PageMetadata(
        title=_clean(
            tags.get("citation_title")
            or tags.get("og:title")
            or _ld_text(json_ld, "headline")
            or title_tag
        ),
        authors=_authors(soup, tags, json_ld),
        published=_clean(
            tags.get("citation_publication_date")
            or tags.get("citation_date")
            or tags.get("article:published_time")
            or _ld_text(json_ld, "datePublished")
        ),
        site_name=_clean(
            tags.get("og:site_name") or tags.get("citation_journal_title") or _ld_publisher(json_ld)
        ),
        tags=tags,
    )
    if title_tag and "html:title" not in tags:
        metadata.tags["html:title"] = _clean(title_tag)
    h1 = soup.find("h1")
    heading = _clean(h1.get_text(" ", strip=True)) if h1 else ""
    for node in soup(["script", "style", "noscript", "template"]):
        node.decompose()
    text = _clean(soup.get_text(" "))[:_TEXT_LIMIT]
    return ParsedPage(metadata=metadata, text=text, heading=heading)


def _charset(content_type: str) -> str | None:
    match = re.search(r"charset=[\"']?([\w.:-]+)", content_type, re.I)
    return match.group(1) if match else None


def _clean(value: str | None) -> str:
    return _SPACE.sub(" ", value or "").strip()


def _meta_tags(soup: BeautifulSoup) -> dict[str, str]:
    tags: dict[str, str] = {}
    for meta in soup.find_all("meta"):
        name = str(meta.get("name") or meta.get("property") or "").strip().lower()
        content = meta.get("content")
        if not name or content is None:
            continue
        if name.startswith(("citation_", "og:", "article:", "dc.")) or name in ("author",):
            if name == "citation_author" and name in tags:
                tags[name] += "; " + str(content).strip()
            else:
                tags.setdefault(name, str(content).strip())
    return tags


def _json_ld(soup: BeautifulSoup) -> list[dict[str, Any]]:
    """JSON-LD objects of the page, ``@graph`` members included; broken blocks skipped."""
    found: list[dict[str, Any]] = []
    for script in soup.find_all("script", attrs={"type": "application/ld+json"}):
        try:
            data = json.loads(script.string or "")
        except (json.JSONDecodeError, TypeError):
            continue
        stack = data if isinstance(data, list) else [data]
        for item in stack:
            if isinstance(item, dict):
                found.append(item)
                graph = item.get("@graph")
                if isinstance(graph, list):
                    found.extend(g for g in graph if isinstance(g, dict))
    return found


def _ld_text(objects: list[dict[str, Any]], key: str) -> str:
    for obj in objects:
        value = obj.get(key)
        if isinstance(value, str) and value.strip():
            return value
    return ""


def _ld_publisher(objects: list[dict[str, Any]]) -> str:
    for obj in objects:
        publisher = obj.get("publisher")
        if isinstance(publisher, dict) and isinstance(publisher.get("name"), str):
            return str(publisher["name"])
    return ""


def _ld_names(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        name = value.get("name")
        return [name] if isinstance(name, str) else []
    if isinstance(value, list):
        return [n for item in value for n in _ld_names(item)]
    return []


def _authors(soup: BeautifulSoup, tags: dict[str, str], json_ld: list[dict[str, Any]]) -> list[str]:
    if "citation_author" in tags:
        names = tags["citation_author"].split("; ")
    else:
        names = next((n for obj in json_ld if (n := _ld_names(obj.get("author")))), [])
        if not names:
            raw = tags.get("article:author") or tags.get("author") or ""
            names = [raw] if raw and not raw.startswith("http") else []
    return [c for n in names if (c := _clean(n))]


_WORD = re.compile(r"\w+")


def title_matches(entry_title: str, page_title: str) -> bool:
    """True when most words of the entry's title appear in the page's title.

    Sites add their name ("… | Reuters") and cut long titles, so containment
    of words is the test, not equality.
    """
    entry_words = [w for w in _WORD.findall(entry_title.casefold()) if len(w) > 2]
    if not entry_words or not page_title.strip():
        return True
    page_words = set(_WORD.findall(page_title.casefold()))
    shared = sum(1 for w in entry_words if w in page_words)
    return shared / len(entry_words) >= 0.5

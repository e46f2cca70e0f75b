"""citeproc-js HTML → plain text or Markdown.

The engine's HTML is the richest output (italics, small caps, superscripts);
Markdown keeps the emphasis, plain text keeps only the words. The markup the
engine emits is small and known: ``i``, ``b``, ``sup``, ``sub``, ``span`` with
a style, ``a``, and ``div`` blocks (``csl-entry``, ``csl-left-margin`` for
numbered styles, ``csl-right-inline``, ``csl-block``, ``csl-indent``).
"""

from __future__ import annotations

import re
from html.parser import HTMLParser
from typing import Literal

_SPACES = re.compile(r"[ \t\r\n]+")
_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>])")
_MD_LIST_START = re.compile(r"^(\d+)([.)])")

Flavour = Literal["text", "md"]


class _Converter(HTMLParser):
    def __init__(self, flavour: Flavour) -> None:
        super().__init__(convert_charrefs=True)
        self.flavour = flavour
        self.parts: list[str] = []
        self._closers: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = dict(attrs)
        opener, closer = "", ""
        if tag == "div":
            if self.parts and not self.parts[-1].endswith((" ", "\n")):
                opener = " "
            if "csl-left-margin" in (attributes.get("class") or ""):
                closer = " "
        elif self.flavour == "md":
            style = (attributes.get("style") or "").replace(" ", "")
            if tag in ("i", "em") or "font-style:italic" in style:
                opener = closer = "*"
            elif tag in ("b", "strong") or "font-weight:bold" in style:
                opener = closer = "**"
            elif tag in ("sup", "sub"):
                opener, closer = f"<{tag}>", f"</{tag}>"
            elif tag == "a" and attributes.get("href"):
                opener, closer = "[", f"]({attributes['href']})"
        self.parts.append(opener)
        self._closers.append(closer)

    def handle_endtag(self, tag: str) -> None:
        if self._closers:
            self.parts.append(self._closers.pop())

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "br":
            self.parts.append(" ")

    def handle_data(self, data: str) -> None:
        if self.flavour == "md":
            data = _MD_SPECIAL.sub(r"\\\1", data)
        self.parts.append(data)


def _convert(html: str, flavour: Flavour) -> str:
    converter = _Converter(flavour)
    converter.feed(html)
    converter.close()
    text = _SPACES.sub(" ", "".join(converter.parts)).strip()
    if flavour == "md":
        text = _MD_LIST_START.sub(r"\1\\\2", text)
    return text


def html_to_text(html: str) -> str:
    """One entry's or note's HTML as one line of plain text."""
    return _convert(html, "text")


def html_to_markdown(html: str) -> str:
    """One entry's or note's HTML as one line of Markdown, emphasis kept."""
    return _convert(html, "md")

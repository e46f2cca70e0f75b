"""Which reader fits a text: decided by content, the extension only breaks ties.

People save web articles as ``.txt`` whatever they hold, so a ``.txt`` full of
tags is HTML and a ``.txt`` with ``^[1]`` markers is Markdown.
"""

from __future__ import annotations

import re
from typing import Literal

from .pdftext import PageFurniture

DocumentKind = Literal["pdf-text", "markdown", "html", "text"]

_HTML_START = re.compile(
    r"\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html\b)", re.I | re.S
)
_HTML_STRUCTURE = re.compile(r"<(?:head|body|meta|title)\b", re.I)
_HTML_CLOSING = re.compile(r"</(?:p|div|li|ol|ul|span|a|sup|section|article|td|h[1-6])\s*>", re.I)
_MARKDOWN_STRONG = re.compile(
    r"\^\[\d+\]|\[\^\d+\]|<https?://[^>\s]+>|\]\((?:https?://|#)[^)\s]*\)", re.I
)
_MARKDOWN_WEAK = re.compile(r"^#{1,6}[ \t]+\S|\*\*\S[^*\n]*\*\*", re.M)
_MARKDOWN_EXTENSIONS = (".md", ".markdown", ".mdown")
_HTML_EXTENSIONS = (".html", ".htm", ".xhtml")


#: Occurrences of a pair's first character worth hopping between before a plain search.
_MAX_HOPS = 64


def contains_pair(text: str, pair: str) -> bool:
    """``pair in text`` for a two-character ``pair`` whose first character is rare.

    A one-character ``find`` is a plain memory scan, while a two-character
    ``in`` on non-Latin-1 text runs several times slower: hopping between the
    first character's occurrences answers most texts at the cost of the scan.
    """
    first, second = pair[0], pair[1]
    position = text.find(first)
    hops = 0
    while position != -1:
        if text.startswith(second, position + 1):
            return True
        hops += 1
        if hops == _MAX_HOPS:
            return pair in text[position:]
        position = text.find(first, position + 1)
    return False


def is_html(text: str, path: str = "") -> bool:
    """Markup, whatever the file is called: a doctype/html/head/body tag, or many closing tags."""
    head = text[:2048]
    if "<" in head and (_HTML_START.match(head) or _HTML_STRUCTURE.search(head)):
        return True
    if not contains_pair(text, "</"):
        return False
    closing_tags = len(_HTML_CLOSING.findall(text, 0, 200_000))
    return closing_tags >= 5 or (closing_tags > 0 and path.lower().endswith(_HTML_EXTENSIONS))


def detect_kind(
    text: str,
    path: str = "",
    furniture: PageFurniture | None = None,
    *,
    html_checked: bool = False,
) -> DocumentKind:
    """Guess the reader from the text; ``furniture`` is the PDF page noise already found.

    ``html_checked`` says the caller already ran :func:`is_html` and got False.
    """
    lowered_path = path.lower()
    if not html_checked and is_html(text, path):
        return "html"
    if furniture or "\f" in text:
        return "pdf-text"
    # Cheap substring tests first: a regex with no literal prefix walks every character.
    if (
        ("^" in text and ("^[" in text or "[^" in text))
        or ("<" in text and "<http" in text)
        or contains_pair(text, "](")
    ) and _MARKDOWN_STRONG.search(text):
        return "markdown"
    weak = 0
    if "#" in text or contains_pair(text, "**"):
        weak = len(_MARKDOWN_WEAK.findall(text, 0, 200_000))
    if weak >= 2 or (weak and lowered_path.endswith(_MARKDOWN_EXTENSIONS)):
        return "markdown"
    if lowered_path.endswith(_MARKDOWN_EXTENSIONS):
        return "markdown"
    return "text"

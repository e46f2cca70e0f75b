"""Lines of one note become one line; URLs broken by the line wrap are rejoined.

PDF extraction breaks URLs anywhere, often right after a hyphen that belongs
to the URL (``…an-`` / ``imperative/``), so "drop the hyphen" and "add a
space" are both wrong there. The document's own link lists, when it has them,
say which join is right; without them a conservative heuristic decides.
Only whitespace is ever added or removed: every other character survives.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Sequence

_TRAILING_URL = re.compile(r"(?:https?://|www\.)\S*$")
_URL_START = re.compile(r"(?:https?://|www\.)", re.I)
_URL_PUNCTUATION = ".,;:)>]}\"'”’"
#: Characters after which a URL obviously goes on.
_URL_OPEN_ENDS = ("-", "_", ".", "=", "?", "&", "%", "#", "~", "+", ":")
_URLISH = re.compile(r"[/\-_.=?&%#~]")
_NUMERIC_DATE = re.compile(r"\d{1,4}[./-]\d{1,2}[./-]\d{1,4}\b")


class LinkEvidence:
    """URLs the document lists elsewhere, for confirming or refusing a join."""

    __slots__ = ("_exact", "_sorted", "_urls")

    def __init__(self, urls: Iterable[str] = ()) -> None:
        self._urls = tuple(dict.fromkeys(filter(None, map(str.strip, urls))))
        self._exact = frozenset(self._urls)
        self._sorted: list[str] | None = None  # sorted on the first `continues`

    def __bool__(self) -> bool:
        return bool(self._urls)

    def knows(self, url: str) -> bool:
        return url in self._exact

    def continues(self, url: str) -> bool:
        """Some listed URL starts with ``url`` and is longer.

        In sorted order the URLs starting with ``url`` follow ``url`` itself
        without a gap: the first one after every copy of ``url`` decides.
        """
        if self._sorted is None:
            self._sorted = sorted(self._urls)
        after = bisect_right(self._sorted, url)
        return after < len(self._sorted) and self._sorted[after].startswith(url)


def unwrap_lines(lines: Sequence[str], evidence: LinkEvidence | None = None) -> str:
    """Join ``lines`` into one line with single spaces, rejoining broken URLs."""
    if len(lines) == 1:  # a web page's note: nothing to rejoin
        return " ".join(lines[0].split())
    parts: list[str] = []
    tail = ""  # the last word written so far: where a broken URL would end
    for line in lines:
        piece = line.strip()
        if not piece:
            continue
        if parts:
            glue = joiner(tail, piece, evidence)
            parts.append(glue)
            if glue or " " in piece:
                tail = piece[piece.rfind(" ") + 1 :]
            else:
                tail += piece
        else:
            tail = piece[piece.rfind(" ") + 1 :]
        parts.append(piece)
    return " ".join("".join(parts).split())


def joiner(before: str, after: str, evidence: LinkEvidence | None = None) -> str:
    """What goes between two wrapped lines: ``""`` or ``" "``.

    ``before`` is the text so far (its last word is enough), ``after`` the
    next line, stripped.
    """
    last_word = before[before.rfind(" ") + 1 :]
    if "://" in last_word or "www." in last_word:
        url_match = _TRAILING_URL.search(last_word)
        if url_match is not None:
            return _url_joiner(url_match.group(), after, evidence)
    if (
        last_word.endswith("-")
        and len(last_word) > 1
        and last_word[-2].isalnum()
        and after[:1].isalnum()
    ):
        # "Re-" + "Engagement": a real hyphen in PDF text far more often than a
        # soft one, and keeping it loses nothing.
        return ""
    return " "


def _url_joiner(url: str, after: str, evidence: LinkEvidence | None) -> str:
    if _URL_START.match(after):
        return " "
    first = after.split(" ", 1)[0]
    if evidence:
        joined = (url + first).rstrip(_URL_PUNCTUATION)
        if evidence.knows(joined):
            return ""
        bare = url.rstrip(_URL_PUNCTUATION)
        if evidence.knows(bare):
            return " "
        if evidence.continues(joined):
            return ""
    return "" if _looks_continued(url, first) else " "


def _looks_continued(url: str, first: str) -> bool:
    if url.endswith(_URL_OPEN_ENDS):
        return first[:1].isalnum() or first[:1] in "/_-%"
    head = first.rstrip(_URL_PUNCTUATION)
    if not head or _NUMERIC_DATE.match(head) or not (head[0].isalnum() or head[0] in "/_-%?#&="):
        return False
    if url.endswith("/"):
        return _URLISH.search(head) is not None
    # Broken inside a path segment: "…/c90000-2002" + "2316.html".
    return _URLISH.search(head) is not None and not head[0].isupper()

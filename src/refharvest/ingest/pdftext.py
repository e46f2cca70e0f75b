"""Page furniture of text extracted from a PDF: running footers and link lists.

``pdftotext``-like extractors interleave two kinds of noise with the prose:
the page footer (a line or two that repeats on every page with a changing page
number) and, after it, the URLs of the page's link annotations, one a line
(a link that wraps over two lines is listed twice). Both can fall inside a
footnote that runs over a page break. They are found by their shape, not by
their wording, so other publishers' footers are recognised too.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field

_URL_PREFIXES = ("http://", "https://", "www.")
#: Decoration around a page number: "- 4 -", "| 4", "4 •".
_NUMBER_DECORATION = " \t\f\u00a0-–—|•·"
_PAGE_WORDS = frozenset({"page", "p.", "sayfa", "s.", "seite", "стр.", "страница"})
_MAX_FOOTER_LINE = 120
#: Two footers of one key closer than this are not on different pages.
_MIN_PAGE_LINES = 10


@dataclass(slots=True)
class PageFurniture:
    """0-based line numbers of furniture, and the link-annotation URLs in order."""

    footer_lines: set[int] = field(default_factory=set)
    link_lines: set[int] = field(default_factory=set)
    link_urls: list[str] = field(default_factory=list)

    @property
    def lines(self) -> set[int]:
        return self.footer_lines | self.link_lines

    def __bool__(self) -> bool:
        return bool(self.footer_lines or self.link_lines)


@dataclass(slots=True)
class Layout:
    """A text's lines, the few lines worth a closer look, and its page furniture.

    ``candidates`` are the 0-based numbers of the lines that could be a page
    footer, a URL-only line, a note start or a heading, found in one cheap
    pass so that no later stage walks every line of a long text again.
    """

    lines: list[str]
    candidates: list[int]
    furniture: PageFurniture


#: First characters of lines that may be URL-only lines or note starts
#: (``[1]``, ``¹``).
_CANDIDATE_FIRST = frozenset("hwHW[ \t\u00a0^⁰¹²³⁴⁵⁶⁷⁸⁹")
#: Lines shorter than this may be footers or headings.
_SHORT_LINE = 70


def candidate_lines(lines: list[str]) -> list[int]:
    """Lines ending in a digit, short lines, and lines opening with h, w, [ or space."""
    first_chars = _CANDIDATE_FIRST
    short = _SHORT_LINE
    return [
        index
        for index, line in enumerate(lines)
        if line and (len(line) < short or line[0] in first_chars or line[-1].isdecimal())
    ]


def find_page_furniture(lines: list[str], candidates: list[int] | None = None) -> PageFurniture:
    """Locate running footers and the link-annotation URL lists after them."""
    if candidates is None:
        candidates = candidate_lines(lines)
    furniture = PageFurniture()
    furniture.footer_lines = _footer_lines(lines, candidates)
    _collect_link_lists(lines, candidates, furniture)
    return furniture


_last_layout: tuple[str, Layout] | None = None


def page_layout(text: str) -> Layout:
    """``text`` split into lines, with its candidate lines and its furniture.

    The reader needs this to choose the document kind and the footnote finder
    needs it again right after, on the very same string: the last result is
    kept (keyed by the string's identity, which cannot change under us).
    """
    global _last_layout
    last = _last_layout
    if last is not None and last[0] is text:
        return last[1]
    # pdftotext marks a new page with a form feed glued to its first line.
    lines = (text.replace("\f", "") if "\f" in text else text).split("\n")
    candidates = candidate_lines(lines)
    layout = Layout(lines, candidates, find_page_furniture(lines, candidates))
    _last_layout = (text, layout)
    return layout


def link_evidence(furniture: PageFurniture) -> list[str]:
    """The distinct link-list URLs, first occurrence first."""
    return list(dict.fromkeys(furniture.link_urls))


def is_url_only(line: str) -> bool:
    """A line holding one URL and nothing else (string tests: cheaper than a regex)."""
    if "://" not in line and "www." not in line:
        return False
    stripped = line.strip()
    return (
        stripped.startswith(_URL_PREFIXES)
        and stripped not in _URL_PREFIXES
        and len(stripped.split(None, 1)) == 1
    )


def _page_key(line: str) -> tuple[str, int] | None:
    """("Center for Eurasian Studies #", 4) for a line that could carry a page number."""
    stripped = line.strip().strip(_NUMBER_DECORATION)
    if not stripped or len(stripped) > _MAX_FOOTER_LINE or stripped.startswith("["):
        return None
    tail = stripped.rsplit(None, 1)
    if tail[-1].isdecimal() and len(tail[-1]) <= 4:
        before = tail[0] if len(tail) == 2 else ""
        number = tail[-1]
    else:
        head = stripped.split(None, 1)
        if not (head[0].isdecimal() and len(head[0]) <= 4 and len(head) == 2):
            return None
        number, before = head
    before = before.strip(_NUMBER_DECORATION)
    if before.casefold() in _PAGE_WORDS:
        before = ""
    return before + " #", int(number)


def _footer_lines(lines: list[str], candidates: list[int]) -> set[int]:
    # Anchors: lines equal up to a page number that grows through the document.
    keyed: dict[str, list[tuple[int, int]]] = {}
    for index in candidates:
        if not lines[index][-1].isdecimal():
            continue
        page = _page_key(lines[index])
        if page is not None:
            keyed.setdefault(page[0], []).append((index, page[1]))
    anchors: set[int] = set()
    for key, hits in keyed.items():
        if len(hits) < 2:
            continue
        numbers = [number for _, number in hits]
        if len(set(numbers)) != len(numbers) or numbers != sorted(numbers):
            continue
        if any(b - a < _MIN_PAGE_LINES for (a, _), (b, _) in itertools.pairwise(hits)):
            continue  # "Ibid., 12" / "Ibid., 15" in adjacent notes are not page footers
        if key == " #" and len(hits) < 3:
            continue  # bare numbers alone on a line are weak evidence: want three pages
        anchors.update(index for index, _ in hits)
    if not anchors:
        return set()
    # Companions: identical short lines that sit right next to an anchor on
    # every page ("AVİM Avrasya İncelemeleri Merkezi" above "Center … 4").
    total = len(lines)
    wanted = {
        lines[n]
        for index in anchors
        for n in (index - 1, index + 1)
        if 0 <= n < total and lines[n].strip() and len(lines[n]) < _SHORT_LINE
    }
    positions: dict[str, list[int]] = {}
    for index in candidates:
        if lines[index] in wanted:
            positions.setdefault(lines[index], []).append(index)
    footer = set(anchors)
    frontier = sorted(anchors)
    while frontier:
        grown: list[int] = []
        for index in frontier:
            for neighbour in (index - 1, index + 1):
                if neighbour in footer or not 0 <= neighbour < total:
                    continue
                occurrences = positions.get(lines[neighbour], [])
                if (
                    len(occurrences) >= 2
                    and not is_url_only(lines[neighbour])
                    and _always_beside(occurrences, footer)
                ):
                    footer.add(neighbour)
                    grown.append(neighbour)
        frontier = grown
    return footer


def _always_beside(occurrences: list[int], footer: set[int]) -> bool:
    """Every occurrence touches a footer line (else it is prose that happens to repeat)."""
    return all((index - 1) in footer or (index + 1) in footer for index in occurrences)


def _collect_link_lists(lines: list[str], candidates: list[int], furniture: PageFurniture) -> None:
    # A URL-only line opens with "h" or "w", maybe after blanks: test that before the rest.
    url_lines = [
        i
        for i in candidates
        if (lines[i][0] in "hw" or lines[i][0].isspace()) and is_url_only(lines[i])
    ]
    position = 0
    while position < len(url_lines):
        end = position + 1
        while end < len(url_lines) and url_lines[end] == url_lines[end - 1] + 1:
            end += 1
        first, last = url_lines[position], url_lines[end - 1]
        run = [lines[i].strip() for i in range(first, last + 1)]
        after_footer = _follows_footer(lines, first, furniture.footer_lines)
        repeated = any(a == b for a, b in itertools.pairwise(run))
        # Without a footer above, a list must stand apart: a run that goes
        # straight on from text is a note's own URLs, even when repeated.
        stands_apart = first == 0 or not lines[first - 1].strip()
        if after_footer or (len(run) >= 2 and repeated and stands_apart):
            furniture.link_lines.update(range(first, last + 1))
            furniture.link_urls.extend(run)
        position = end


def _follows_footer(lines: list[str], index: int, footer: set[int]) -> bool:
    previous = index - 1
    while previous >= 0 and not lines[previous].strip():
        previous -= 1
    return previous in footer

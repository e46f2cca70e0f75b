"""Find the notes section and reference lists of a text, line by line.

The notes are the longest run of note markers numbered 1, 2, 3… at line
starts (the latest such run when two tie), so a ``[3]`` that a PDF wrap put
at the start of a body line is not taken for a note. Everything between two
notes belongs to the first, minus page furniture; the last note runs to the
end of its paragraph, over a page break when it is visibly unfinished.

The scan keeps every line accounted for (:class:`NoteScan`), which is what
the "nothing lost" property test checks.
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_left
from dataclasses import dataclass, field
from typing import Literal, NamedTuple

from ..ingest.pdftext import is_url_only, page_layout
from ..model import Document
from .markers import (
    LIST_ITEM_START,
    NOTE_START,
    NOTES_HEADINGS,
    NUMBERED_START,
    REFERENCE_HEADINGS,
    SUPERSCRIPT_DIGITS,
    SUPERSCRIPT_START,
    heading_key,
    is_stop_line,
)

NoteKind = Literal["footnote", "list"]

_FINISHED_ENDS = (".", ";", ")", "]", ">", '"', "”", "»", "!", "?")
_TRAILING_URL = re.compile(r"(?:https?://|www\.)\S*$")
_PROSE_PARAGRAPH = 400
#: Longer than any wrapped line of a PDF note: a web paragraph.
_PROSE_LINE = 140
_YEAR_OR_URL = re.compile(r"https?://|www\.|\b(?:1[5-9]|20)\d\d\b")
#: What may stand before a superscript marker (as in ``SUPERSCRIPT_START``), and the markers.
_MARKER_INDENT = " \t\u00a0"
_SUPERSCRIPTS = frozenset("⁰¹²³⁴⁵⁶⁷⁸⁹")


@dataclass(slots=True)
class NoteSpan:
    """Where one note sits: its marker and its lines (page furniture left out)."""

    label: str | None
    kind: NoteKind
    marker: str
    start: int
    #: 0-based line numbers of the note, furniture excluded, blank lines included.
    line_numbers: list[int]
    #: The note's text lines, the marker cut from the first one.
    text_lines: list[str]


@dataclass(slots=True)
class NoteScan:
    """Notes found in a text, and the furniture lines dropped from inside them."""

    lines: list[str]
    notes: list[NoteSpan] = field(default_factory=list)
    #: 0-based line number → why it was dropped ("page-footer" / "link-list").
    removed: dict[int, str] = field(default_factory=dict)
    #: Inclusive (first, last) line ranges the notes cover.
    sections: list[tuple[int, int]] = field(default_factory=list)
    link_urls: list[str] = field(default_factory=list)
    #: Note labels a numbered run skips ("5" between notes 4 and 6).
    skipped_labels: list[str] = field(default_factory=list)


class _Candidate(NamedTuple):
    """A line opening with a note marker (a tuple: made by the dozen, cheaply)."""

    line: int
    label: int
    marker: str
    column: int


def scan_document(document: Document) -> NoteScan:
    """Locate notes and reference-list items in ``document.text``."""
    layout = page_layout(document.text)
    lines, furniture, candidates = layout.lines, layout.furniture, layout.candidates
    scan = NoteScan(lines=lines)
    furniture_reasons: dict[int, str] = {}
    if document.kind == "pdf-text":
        furniture_reasons = dict.fromkeys(furniture.footer_lines, "page-footer")
        furniture_reasons.update(dict.fromkeys(furniture.link_lines, "link-list"))
        scan.link_urls = furniture.link_urls
    noise = frozenset(furniture_reasons)

    headings = _headings(lines, candidates)
    chains = _chains(_bracket_candidates(lines, candidates), lines)
    chain = chains[0] if chains else []
    spans: list[NoteSpan] = []
    for previous, found in zip([None, *chains], chains, strict=False):
        spans.extend(_notes_from_chain(lines, found, noise, "footnote"))
        if previous is not None and found[0].label > previous[-1].label:
            gap = range(previous[-1].label + 1, found[0].label)  # a run going on after a gap
            scan.skipped_labels.extend(str(label) for label in gap)
        scan.skipped_labels.extend(str(label) for label in skipped_labels(found))
    for index, heading_kind in headings:
        if any(span.start <= index <= span.line_numbers[-1] for span in spans):
            continue
        if heading_kind == "notes" and not chain:
            numbered = _best_chain(_numbered_candidates(lines, index + 1))
            if numbered:
                spans.extend(_notes_from_chain(lines, numbered, noise, "footnote"))
                scan.skipped_labels.extend(str(label) for label in skipped_labels(numbered))
                continue
        if heading_kind == "references" or not chain:
            spans.extend(_list_items(lines, index + 1, noise, spans))
    spans.sort(key=lambda span: span.start)
    scan.notes = spans
    furniture_lines = sorted(furniture_reasons)
    for span in spans:
        first, last = span.start, span.line_numbers[-1]
        scan.sections.append((first, last))
        for number in furniture_lines[bisect_left(furniture_lines, first) :]:
            if number > last:
                break
            scan.removed[number] = furniture_reasons[number]
    return scan


def _headings(lines: list[str], candidates: list[int]) -> list[tuple[int, str]]:
    found: list[tuple[int, str]] = []
    for index in candidates:
        line = lines[index]
        # A heading is a few words without closing punctuation.
        if not 2 < len(line) < 70 or line.count(" ") > 8 or line.rstrip()[-1:] in ".,;)":
            continue
        key = heading_key(line)
        if key in REFERENCE_HEADINGS:
            found.append((index, "references"))
        elif key in NOTES_HEADINGS:
            found.append((index, "notes"))
    return found


def _bracket_candidates(lines: list[str], interesting: list[int]) -> list[_Candidate]:
    """Lines opening with a note marker: ``[1]``, ``[^1]:`` or a superscript ``¹``."""
    candidates: list[_Candidate] = []
    for index in interesting:
        line = lines[index]
        head = line[:8]
        if "[" in head:
            match = NOTE_START.match(line)
            if match is not None:
                label = int(match.group("label"))
                candidates.append(_Candidate(index, label, match.group("marker"), match.end()))
        elif not head.isascii() and line.lstrip(_MARKER_INDENT)[:1] in _SUPERSCRIPTS:
            match = SUPERSCRIPT_START.match(line)
            if match is not None:
                label = int(match.group("label").translate(SUPERSCRIPT_DIGITS))
                candidates.append(_Candidate(index, label, match.group("marker"), match.end()))
    return candidates


def _numbered_candidates(lines: list[str], start: int) -> list[_Candidate]:
    candidates: list[_Candidate] = []
    for index in range(start, len(lines)):
        line = lines[index]
        if is_stop_line(line):
            break
        match = NUMBERED_START.match(line)
        if match is not None:
            candidates.append(
                _Candidate(index, int(match.group("label")), match.group("marker"), match.end())
            )
    return candidates


#: Labels a chain may skip (notes lost in extraction, a page of them at most)
#: and still be one run.
_MAX_SKIPPED_LABELS = 10


def _chains(candidates: list[_Candidate], lines: list[str]) -> list[list[_Candidate]]:
    """The notes chain, plus other runs from 1 (a numbered list after the notes) and
    runs that go on numbering the notes after a gap longer than a chain may skip.

    The best chain splits the candidates into those before and after it, and
    each side is searched the same way; a run found there is kept when it
    starts from 1 on a fresh paragraph, or when it lies after every chain
    above it and numbers on from each. Worked with a stack, not recursion:
    a file of a thousand articles pasted together holds a thousand runs.
    """
    chains: list[list[_Candidate]] = []
    # (candidates, every chain above lies before them, highest last label above)
    stack: list[tuple[list[_Candidate], bool, int]] = [(candidates, True, 0)]
    top = True
    while stack:
        part, all_after, last_above = stack.pop()
        best = _best_chain(part)
        if not best:
            continue
        from_one = best[0].label == 1 and _opens_paragraph(lines, best[0].line)
        numbers_on = all_after and best[0].label > last_above
        if top or (len(best) >= 2 and (from_one or numbers_on)):
            chains.append(best)
        top = False
        before = [c for c in part if c.line < best[0].line]
        after = [c for c in part if c.line > best[-1].line]
        ceiling = max(last_above, best[-1].label)
        if before:
            stack.append((before, False, ceiling))
        if after:
            stack.append((after, all_after, ceiling))
    chains.sort(key=lambda chain: chain[0].line)
    return chains


def _opens_paragraph(lines: list[str], index: int) -> bool:
    """A PDF wrap can put a body "[1]" at a line start, but not after a blank line."""
    previous = lines[index - 1] if index else ""
    key = heading_key(previous)
    return not previous.strip() or key in NOTES_HEADINGS or key in REFERENCE_HEADINGS


def _best_chain(candidates: list[_Candidate]) -> list[_Candidate]:
    """The longest run labelled n, n+1, n+2…; the later one of equals; runs from 1 first.

    A run may skip up to ten labels when the next label appears nowhere
    later (notes the extraction lost), so missing notes do not split the
    notes in two and leave the second half to the last note of the first.
    """
    last_at = {candidate.label: index for index, candidate in enumerate(candidates)}
    # A chain started inside an earlier chain would follow it from there on:
    # shorter, so never the best, and not worth building.
    inside_a_chain = [False] * len(candidates)
    best: list[_Candidate] = []
    best_key: tuple[int, int, int] = (-1, -1, -1)
    for position, first in enumerate(candidates):
        if len(candidates) - position < len(best):
            break  # too few candidates left for a chain as long as the best
        if inside_a_chain[position]:
            continue
        chain = [first]
        for index in range(position + 1, len(candidates)):
            candidate = candidates[index]
            if candidate.label == 1:
                break  # numbering starts again: another list
            expected = chain[-1].label + 1
            if candidate.label == expected or (
                expected < candidate.label <= expected + _MAX_SKIPPED_LABELS
                and last_at.get(expected, -1) < index
            ):
                chain.append(candidate)
                inside_a_chain[index] = True
        key = (len(chain), int(first.label == 1), first.line)
        if key > best_key:
            best, best_key = chain, key
    return best


def skipped_labels(chain: list[_Candidate]) -> list[int]:
    """Labels missing inside a chain: 4, 6 → [5]."""
    return [
        label
        for previous, current in itertools.pairwise(chain)
        for label in range(previous.label + 1, current.label)
    ]


def _notes_from_chain(
    lines: list[str], chain: list[_Candidate], furniture: frozenset[int], kind: NoteKind
) -> list[NoteSpan]:
    spans: list[NoteSpan] = []
    for position, candidate in enumerate(chain):
        if position + 1 < len(chain):
            end = chain[position + 1].line  # exclusive
            numbers = (
                [n for n in range(candidate.line, end) if n not in furniture]
                if furniture
                else list(range(candidate.line, end))
            )
            while len(numbers) > 1 and not lines[numbers[-1]].strip():
                numbers.pop()
        else:
            numbers = _last_note_lines(lines, candidate, furniture)
        spans.append(_span(lines, candidate, numbers, kind))
    return spans


def _span(lines: list[str], candidate: _Candidate, numbers: list[int], kind: NoteKind) -> NoteSpan:
    text_lines = [lines[candidate.line][candidate.column :]]
    text_lines.extend(map(lines.__getitem__, numbers[1:]))
    return NoteSpan(
        label=str(candidate.label),
        kind=kind,
        marker=candidate.marker,
        start=candidate.line,
        line_numbers=numbers,
        text_lines=text_lines,
    )


def _last_note_lines(lines: list[str], note: _Candidate, noise: frozenset[int]) -> list[int]:
    """The last note: its paragraph, continued over a page break if unfinished,
    up to a line that opens a later note (one a numbering gap kept out of the chain)."""
    start = note.line
    numbers = [start]
    index = start + 1
    total = len(lines)
    while index < total:
        if index in noise:
            index += 1
            continue
        line = lines[index]
        if not line.strip():
            ahead = index
            crossed_furniture = False
            while ahead < total and (not lines[ahead].strip() or ahead in noise):
                crossed_furniture = crossed_furniture or ahead in noise
                ahead += 1
            if (
                crossed_furniture
                and ahead < total
                and _unfinished(lines[numbers[-1]])
                and not is_stop_line(lines[ahead])
                and NOTE_START.match(lines[ahead]) is None
            ):
                index = ahead
                continue
            break
        if is_stop_line(line) or (len(line) > _PROSE_LINE and not _unfinished(lines[numbers[-1]])):
            break  # a heading, or a paragraph of prose right after a finished note
        later = NOTE_START.match(line) if "[" in line[:8] else None
        if later is not None and int(later.group("label")) > note.label:
            break
        numbers.append(index)
        index += 1
    return numbers


def _unfinished(line: str) -> bool:
    text = line.rstrip()
    if not text or text.endswith(_FINISHED_ENDS):
        return False
    url = _TRAILING_URL.search(text)
    return url is None or text.endswith(("-", "/", "_"))


def _list_items(
    lines: list[str], start: int, noise: frozenset[int], taken: list[NoteSpan]
) -> list[NoteSpan]:
    """Items of a reference list: one per paragraph, or one per line when unwrapped."""
    taken_lines = {n for span in taken for n in span.line_numbers}
    body: list[int] = []
    index = start
    while index < len(lines):
        line = lines[index]
        if index in taken_lines or is_stop_line(line):
            break
        if index not in noise:
            body.append(index)
        index += 1
    paragraphs = _paragraphs(lines, body)
    # A long stretch of prose after the list is the article going on, not a reference.
    # A heading like "Literature" can also open a section of prose: a list
    # starts with something dated or linked.
    kept: list[list[int]] = []
    for paragraph in paragraphs:
        text = " ".join(lines[n].strip() for n in paragraph)
        if _YEAR_OR_URL.search(text) is None and (not kept or len(text) > _PROSE_PARAGRAPH):
            break
        kept.append(paragraph)
    # Blank lines between wrapped references mean one reference a paragraph;
    # then only an explicit bullet or number starts another inside one.
    by_paragraph = len(kept) >= 2 and any(len(p) > 1 for p in kept)
    items: list[list[int]] = []
    for paragraph in kept:
        items.extend(_items_of_paragraph(lines, paragraph, markers_only=by_paragraph))
    spans: list[NoteSpan] = []
    for numbers in items:
        first = lines[numbers[0]]
        marker_match = LIST_ITEM_START.match(first)
        column = marker_match.end() if marker_match else len(first) - len(first.lstrip())
        marker = first[:column].strip()
        spans.append(
            NoteSpan(
                label=None,
                kind="list",
                marker=marker,
                start=numbers[0],
                line_numbers=numbers,
                text_lines=[first[column:]] + [lines[n] for n in numbers[1:]],
            )
        )
    return spans


def _paragraphs(lines: list[str], numbers: list[int]) -> list[list[int]]:
    paragraphs: list[list[int]] = []
    current: list[int] = []
    for number in numbers:
        if lines[number].strip():
            current.append(number)
        elif current:
            paragraphs.append(current)
            current = []
    if current:
        paragraphs.append(current)
    return paragraphs


def _items_of_paragraph(
    lines: list[str], paragraph: list[int], *, markers_only: bool
) -> list[list[int]]:
    """Split a paragraph into items where a line plainly starts a new reference."""
    if len(paragraph) == 1:
        return [paragraph]
    base_indent = _indent(lines[paragraph[0]])
    items: list[list[int]] = [[paragraph[0]]]
    for number in paragraph[1:]:
        if markers_only:
            new_item = LIST_ITEM_START.match(lines[number]) is not None
        else:
            new_item = _starts_item(lines, items[-1], number, base_indent)
        if new_item:
            items.append([number])
        else:
            items[-1].append(number)
    return items


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip())


def _starts_item(lines: list[str], item: list[int], number: int, base_indent: int) -> bool:
    line = lines[number]
    if LIST_ITEM_START.match(line):
        return True
    if _indent(line) > base_indent:
        return False  # hanging indent: the item goes on
    if _indent(lines[item[-1]]) > base_indent:
        return True  # back at the margin after a hanging indent
    stripped = line.strip()
    previous = lines[item[-1]].rstrip()
    if is_url_only(stripped):
        item_text = " ".join(lines[n] for n in item)
        return "://" in item_text or "www." in item_text
    if not stripped[:1].isupper() and stripped[:1] not in "\"“«'":
        return False
    if previous.endswith(("-", ",", ":", "/", "&")):
        return False
    return previous.endswith(_FINISHED_ENDS) or _TRAILING_URL.search(previous) is not None

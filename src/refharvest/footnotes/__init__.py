"""Footnotes: find the notes of a document, unwrap them, split multi-reference notes.

``find_footnotes`` returns the notes in document order with their label, one
unwrapped line of text (URLs rejoined, page furniture gone) and the raw text
they came from. ``split_references`` cuts a note like ``A ; B`` into ``A``
and ``B``. Neither parses fields: that is :mod:`refharvest.parse`.
"""

from __future__ import annotations

from ..model import Diagnostic, Document, Footnote
from .definitions import named_definitions
from .markers import BODY_MARKER, BODY_SUPERSCRIPT, SUPERSCRIPT_DIGITS
from .sections import NoteScan, NoteSpan, scan_document
from .split import split_references, split_text
from .unwrap import LinkEvidence, unwrap_lines

_SUPERSCRIPTS = frozenset("⁰¹²³⁴⁵⁶⁷⁸⁹")

__all__ = [
    "LinkEvidence",
    "NoteScan",
    "NoteSpan",
    "find_footnotes",
    "footnotes_from_scan",
    "scan_document",
    "split_references",
    "split_text",
    "unwrap_lines",
]


def find_footnotes(doc: Document) -> tuple[list[Footnote], list[Diagnostic]]:
    """The notes and reference-list items of ``doc`` in document order, plus diagnostics."""
    given = doc.notes if doc.notes is not None else named_definitions(doc)
    if given is not None:  # the reader (HTML) or the definitions said where the notes are
        notes = list(given)
        diagnostics: list[Diagnostic] = []
    else:
        scan = scan_document(doc)
        notes = footnotes_from_scan(doc, scan)
        diagnostics = _scan_diagnostics(doc, scan)
    if not notes:
        diagnostics.append(
            Diagnostic(
                "info",
                "no-footnotes",
                "no footnotes or reference list found",
                article=doc.article,
            )
        )
    return notes, diagnostics


def footnotes_from_scan(doc: Document, scan: NoteScan) -> list[Footnote]:
    evidence = LinkEvidence(doc.link_evidence or scan.link_urls)
    footnotes: list[Footnote] = []
    for span in scan.notes:
        raw = "\n".join(map(scan.lines.__getitem__, span.line_numbers)).strip()
        footnotes.append(
            Footnote(
                article=doc.article,
                label=span.label,
                text=unwrap_lines(span.text_lines, evidence),
                raw=raw,
                line=span.start + 1,
                kind=span.kind,
            )
        )
    return footnotes


def _scan_diagnostics(doc: Document, scan: NoteScan) -> list[Diagnostic]:
    diagnostics: list[Diagnostic] = []
    if scan.removed:
        footers = sum(1 for reason in scan.removed.values() if reason == "page-footer")
        links = len(scan.removed) - footers
        first = min(scan.removed)
        diagnostics.append(
            Diagnostic(
                "info",
                "page-furniture-removed",
                f"left out {footers} page-footer line(s) and {links} link-list URL line(s) "
                "that interrupt the notes",
                article=doc.article,
                raw="\n".join(scan.lines[n] for n in sorted(scan.removed)),
                line=first + 1,
            )
        )
    if scan.skipped_labels:
        diagnostics.append(
            Diagnostic(
                "warning",
                "note-numbering-gap",
                "the notes skip number(s) "
                + ", ".join(scan.skipped_labels)
                + ": a note may have been lost when the text was extracted",
                article=doc.article,
            )
        )
    labels = {span.label for span in scan.notes if span.kind == "footnote"}
    if labels and scan.notes:
        body_end = scan.notes[0].start
        body = "\n".join(scan.lines[:body_end])
        if scan.notes[0].marker[:1] in _SUPERSCRIPTS:
            found = [m.translate(SUPERSCRIPT_DIGITS) for m in BODY_SUPERSCRIPT.findall(body)]
        else:
            found = BODY_MARKER.findall(body)
        cited = dict.fromkeys(str(int(label)) for label in found)
        missing = [label for label in cited if label not in labels]
        if missing:
            diagnostics.append(
                Diagnostic(
                    "warning",
                    "note-not-found",
                    "the text cites note(s) " + ", ".join(missing) + " but no such note was found",
                    article=doc.article,
                )
            )
    return diagnostics

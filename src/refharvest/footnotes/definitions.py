"""Markdown footnote definitions with names: ``[^nato]: text`` (Pandoc, GitHub, Obsidian).

The note finder follows runs of numbered notes (1, 2, 3 …), which is what
PDFs and web pages print. A Markdown file may name its notes instead
(``[^nato]``, ``[^cutler-2025]``); the definitions then say outright where
each note is, so they are read as they are written: a definition runs on
over the lines right after it, and over later paragraphs indented by four
spaces or a tab, as Pandoc reads them.
"""

from __future__ import annotations

import re

from ..ingest.pdftext import page_layout
from ..model import Document, Footnote
from .unwrap import LinkEvidence, unwrap_lines

__all__ = ["named_definitions"]

_DEFINITION = re.compile(r"^ {0,3}\[\^(?P<label>[^\]\s]{1,60})\]:[ \t]*")
_INDENTED = ("    ", "\t")


def named_definitions(doc: Document) -> list[Footnote] | None:
    """The notes of ``doc`` from its ``[^label]:`` definitions, when one is named.

    None when the text has no definitions or numbers them all: numbered notes
    are the note finder's, which also knows their page furniture.
    """
    layout = page_layout(doc.text)  # shared with the note finder: split once
    lines = layout.lines
    starts = [  # a definition opens with "[" or spaces: among the candidate lines
        (index, match)
        for index in layout.candidates
        if "[^" in lines[index][:6] and (match := _DEFINITION.match(lines[index]))
    ]
    if not starts or all(match.group("label").isdigit() for _, match in starts):
        return None
    evidence = LinkEvidence(doc.link_evidence)
    notes: list[Footnote] = []
    for index, match in starts:
        body = _definition_lines(lines, index, match.end())
        text = unwrap_lines([line for line in body if line.strip()], evidence)
        if not text:
            continue
        notes.append(
            Footnote(
                article=doc.article,
                label=match.group("label"),
                text=text,
                raw="\n".join(body).strip(),
                line=index + 1,
                kind="footnote",
            )
        )
    return notes


def _definition_lines(lines: list[str], start: int, column: int) -> list[str]:
    body = [lines[start][column:]]
    index = start + 1
    while index < len(lines):
        line = lines[index]
        if _DEFINITION.match(line):
            break
        if line.strip():
            body.append(line)  # a lazy continuation or an indented one
            index += 1
            continue
        ahead = index
        while ahead < len(lines) and not lines[ahead].strip():
            ahead += 1
        if ahead == len(lines) or not lines[ahead].startswith(_INDENTED):
            break  # a blank line, then text back at the margin: the note has ended
        body.extend(lines[index:ahead])
        index = ahead
    return body

"""One footnote holding several references separated by ``;`` becomes several strings.

``a ; b`` (space before the semicolon) always separates references. ``a; b``
does only when both sides look like whole references (fields split by commas,
with a URL or a year), because titles use "; " too ("The War of 2022; What
Comes Next"). A ``;`` with no space around it belongs to a URL or a title and
never splits.
"""

from __future__ import annotations

import re

from ..model import Footnote

_YEAR_OR_URL = re.compile(r"https?://|www\.|\b(?:1[5-9]|20)\d\d\b")


def split_references(note: Footnote) -> list[str]:
    """The references of one note, stripped, in order; ``[note.text]`` when there is one."""
    if ";" not in note.text:  # most notes: nothing to split
        return [note.text]
    return split_text(note.text) or [note.text]


def split_text(text: str) -> list[str]:
    pieces: list[str] = []
    start = 0
    length = len(text)
    position = text.find(";")
    while position != -1:
        space_before = position > 0 and text[position - 1].isspace()
        space_after = position + 1 >= length or text[position + 1].isspace()
        if space_before or (
            space_after
            and _looks_like_reference(text[start:position])
            and _looks_like_reference(text[position + 1 :])
        ):
            _add_piece(pieces, text[start:position])
            start = position + 1
        position = text.find(";", position + 1)
    _add_piece(pieces, text[start:])
    return pieces


def _add_piece(pieces: list[str], piece: str) -> None:
    piece = piece.strip()
    if not piece:
        return
    if pieces and not any(ch.isalnum() for ch in piece):
        pieces[-1] += " ;" + piece  # stray punctuation stays with its reference
        return
    pieces.append(piece)


def _looks_like_reference(text: str) -> bool:
    """Long enough, dated or linked, and in fields: "Author, Title, Site, 2020"."""
    return len(text.strip()) >= 15 and "," in text and _YEAR_OR_URL.search(text) is not None

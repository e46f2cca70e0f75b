"""Citation keys: readable, ASCII, stable, unique within a file.

``abdulkerimov2025orta``: first author's family name (or, with no personal
author, the site or organisation), the year, the first significant word of
the title, all transliterated to ASCII with ``anyascii`` so that Cyrillic
and Turkish letters give readable keys.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from anyascii import anyascii

from .model import Reference

_NON_ALNUM = re.compile(r"[^a-z0-9]+")
#: Dots inside abbreviations ("U.S.") so they fold to one word ("us").
_INNER_DOT = re.compile(r"(?<=\w)\.(?=\w)")

#: Words that make poor key words. Titles in our corpora are English,
#: Turkish, German and Russian; the list covers their articles and
#: the most common prepositions and conjunctions.
_STOP_WORDS = frozenset(
    """
    a an the of on in at to for and or with from by as is are be its bir ve ile da de ki
    icin gibi bu su o der die das den dem des ein eine einer und oder im am zum zur von
    mit fur auf le la les un une des du et au aux en i v na s k o po ot dlya iz
    """.split()  # noqa: SIM905
)


def ascii_fold(text: str) -> str:
    """Lower-case ASCII letters and digits only, words joined by nothing."""
    return _NON_ALNUM.sub("", anyascii(text).lower())


def _words(text: str) -> list[str]:
    return [w for w in _NON_ALNUM.split(anyascii(text).lower()) if w]


def key_base(ref: Reference) -> str:
    """The key before any disambiguating suffix."""
    who = ""
    for name in ref.authors:
        who = ascii_fold(name.family or name.literal)
        if who:
            break
    if not who:
        site = ref.container_title or ref.publisher
        words = [w for w in _words(_INNER_DOT.sub("", site)) if w not in _STOP_WORDS]
        who = "".join(words[:2]) if words else ""
    year = str(ref.issued.year) if ref.issued else ""
    title_words = [w for w in _words(ref.title) if w not in _STOP_WORDS and not w.isdigit()]
    first = title_words[0] if title_words else ""
    base = f"{who[:24]}{year}{first[:16]}"
    if not base or not base[0].isalpha():
        base = f"ref{base}"
    return base


def _suffix(index: int) -> str:
    """a…z, aa…zz, then numbers: the disambiguating suffix number ``index``."""
    letters = "abcdefghijklmnopqrstuvwxyz"
    if index < 26:
        return letters[index]
    index -= 26
    if index < 26 * 26:
        return letters[index // 26] + letters[index % 26]
    return str(index - 26 * 26 + 1)


def unique_keys(refs: Sequence[Reference], taken: Iterable[str] = ()) -> list[str]:
    """A key per reference, unique case-insensitively (as BibTeX and biber compare).

    Keys already set are kept (the first holder keeps a repeated one); the
    others get :func:`key_base` plus a suffix. ``taken`` holds keys used
    elsewhere in the same file. The references are not touched. Linear: each
    base remembers its next suffix, so thousands sharing one base stay cheap.
    """
    used = {key.lower() for key in taken}
    keys: list[str] = []
    for ref in refs:
        key = ref.key
        if key and key.lower() not in used:
            used.add(key.lower())
        else:
            key = ""
        keys.append(key)
    next_suffix: dict[str, int] = {}
    for index, ref in enumerate(refs):
        if keys[index]:
            continue
        base = key_base(ref)
        key = base
        if key.lower() in used:
            position = next_suffix.get(base, 0)
            while (base + _suffix(position)).lower() in used:
                position += 1
            key = base + _suffix(position)
            next_suffix[base] = position + 1
        used.add(key.lower())
        keys[index] = key
    return keys


def assign_keys(refs: Iterable[Reference], taken: Iterable[str] = ()) -> None:
    """Give every reference without a unique key one, in place (see :func:`unique_keys`).

    Keys already set are kept: that is what makes them stable across runs.
    """
    refs = list(refs)
    for ref, key in zip(refs, unique_keys(refs, taken), strict=True):
        ref.key = key

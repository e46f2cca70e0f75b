"""Folded forms that make spellings of one value compare equal.

Everything here is pure and cheap: it runs once per reference, so that the
matcher compares short strings and never re-normalises inside a loop.
"""

from __future__ import annotations

import functools
import re

from anyascii import anyascii

from ..model import PartialDate

_NON_ALNUM = re.compile(r"[^a-z0-9]+")
_DOI = re.compile(r"10\.\d{4,9}/\S+", re.I)
_TURKISH_LETTERS = frozenset("ğĞışŞİ")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_GERMAN_LETTERS = frozenset("ßäÄ")

#: Titles shorter than this (folded) are too generic ("Home", "News") to
#: prove anything by themselves.
MIN_TITLE_EVIDENCE = 16


def fold_words(text: str) -> list[str]:
    """ASCII lower-case words: ``"Çin'in Orta Asya"`` → ``["cinin", "orta", "asya"]``.

    Apostrophes join (``Japan's`` and ``Japans`` meet); other punctuation splits.
    """
    return [word for token in text.split() for word in _fold_token(token)]


@functools.lru_cache(maxsize=1 << 16)
def _fold_token(token: str) -> tuple[str, ...]:
    """Words repeat across titles: transliterating each once is most of the speed."""
    ascii_text = (token if token.isascii() else anyascii(token)).lower().replace("'", "")
    return tuple(w for w in _NON_ALNUM.split(ascii_text) if w)


def title_key(title: str) -> str:
    """Transliterated, case- and punctuation-folded title, words joined by one space."""
    return " ".join(fold_words(title))


def doi_key(doi: str) -> str:
    """A DOI without resolver prefix, lower-cased (DOIs are case-insensitive)."""
    match = _DOI.search(doi or "")
    return match.group(0).rstrip(".,;").lower() if match else ""


def guess_title_language(title: str) -> str:
    """A last-resort guess when the parser left ``language`` empty: tr, ru, de or ""."""
    if _CYRILLIC.search(title):
        return "ru"
    if any(char in _TURKISH_LETTERS for char in title):
        return "tr"
    if any(char in _GERMAN_LETTERS for char in title):
        return "de"
    return ""


def date_relation(first: PartialDate | None, second: PartialDate | None) -> str:
    """``same`` (equal to the day), ``compatible`` (agree as far as both go),
    ``unknown`` (one missing) or ``conflict``."""
    if first is None or second is None:
        return "unknown"
    if first == second and first.day is not None:
        return "same"
    for mine, theirs in zip(first.parts(), second.parts(), strict=False):
        if mine != theirs:
            return "conflict"
    return "compatible"

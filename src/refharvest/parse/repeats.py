"""Notes that cite an earlier note's work again: "Ibid.", "a.g.e., s. 5", "Cutler, op. cit.".

Such a note names no work of its own, so parsing it as a reference would put
an entry titled "Ibid" into the bibliography. It is recognised here and
resolved by the harvest against the references before it: "Ibid." (Turkish
"a.g.e."/"a.g.m.", German "Ebd.", Russian "Там же") means the work cited just
before; a surname with "op. cit." or "a.g.e." means that author's work cited
last. A bibliography's "———. Title" (same author as the entry above) is
told apart here too: its work is new, its author the one before.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from ..model import Reference
from .dates import fold

__all__ = ["Repeat", "find_repeat", "repeats_author", "resolve_repeat", "take_authors_above"]

# Matched against folded text (lower case, Turkish ı/İ as i): "Aynı eser" is "ayni eser".
_SAME_WORK = (
    r"(?:ibid(?:em)?|ibíd|ib(?=\.)|ebd|ebenda|a\.?\s?g\.?\s?[emy]|age|agm|agy"
    r"|ayni\s+(?:eser|makale|yer)|там\s+же|op\.?\s?cit|loc\.?\s?cit)"
)
#: What may follow: a page or volume locator and nothing else.
_LOCATOR = (
    r"(?P<locator>(?:(?:pp?|s|ss|sf|sayfa|page|pages|с|стр|vol|cilt|c|bd|t)\.?\s*)?"
    r"[\divxlc][\divxlc\s,\-–—]*?)?"
)
_TAIL = rf"\.?[\s,;:]*{_LOCATOR}[\s.]*$"
_IBID = re.compile(rf"^[\s\W]*(?P<word>{_SAME_WORK}){_TAIL}")
_SHORT_FORM = re.compile(
    rf"^\s*(?P<who>[^\W\d_][^,;:()\d]{{0,60}}?)\s*,?\s+(?P<word>{_SAME_WORK}){_TAIL}"
)
#: "———. Title", "–––––. “Title.”", "__________ . Title", after a list number.
_SAME_AUTHOR = re.compile(r"^\s*(?:\[\d{1,4}\]|\d{1,4}\.)?[\s·]*[-–—_]{2,}\s*[.,]?(?:\s|$)")
#: Without a name, these point at no note in particular ("op. cit." follows a name).
_NEEDS_A_NAME = ("op", "loc")


@dataclass(frozen=True, slots=True)
class Repeat:
    """A back-reference: ``who`` names the author of a short form ("" for "Ibid.")."""

    who: str
    locator: str


def find_repeat(text: str) -> Repeat | None:
    """The back-reference ``text`` is, or None for a reference in its own right."""
    if len(text) > 120:
        return None  # a back-reference is short; a long text cites something itself
    folded = fold(text)
    match = _IBID.match(folded)
    if match is not None:
        if match.group("word").startswith(_NEEDS_A_NAME):
            return None
        return Repeat("", _locator(text, match))
    match = _SHORT_FORM.match(folded)
    if match is not None:
        who = text[match.start("who") : match.end("who")].strip(" ,.")
        return Repeat(who, _locator(text, match))
    return None


def repeats_author(text: str) -> bool:
    """Whether ``text`` opens with the dashes that stand for the previous entry's author."""
    return _SAME_AUTHOR.match(text) is not None


def take_authors_above(reference: Reference, text: str, earlier: Sequence[Reference]) -> None:
    """ "———. Title": a reference with no authors of its own, written with the dashes,
    takes the authors of the work cited right before it."""
    if earlier and not reference.authors and repeats_author(text):
        reference.authors = list(earlier[-1].authors)


def resolve_repeat(repeat: Repeat, earlier: Sequence[Reference]) -> Reference | None:
    """The work ``repeat`` points at among ``earlier`` (in citation order), or None."""
    if not earlier:
        return None
    if not repeat.who:
        return earlier[-1]
    who = fold(repeat.who)
    for reference in reversed(earlier):
        if any(_names(who, fold(name.family or name.literal)) for name in reference.authors):
            return reference
        bodies = (reference.container_title, reference.publisher)
        if not reference.authors and any(body and fold(body) == who for body in bodies):
            return reference
    return None


def _names(who: str, family: str) -> bool:
    """ "cutler" names Cutler; so do "r. m. cutler" and "robert m. cutler"."""
    return bool(family) and (who == family or who.endswith(" " + family))


def _locator(text: str, match: re.Match[str]) -> str:
    # Folding keeps lengths, so the span in the folded text is the span in ``text``.
    start, end = match.span("locator")
    return text[start:end].strip(" ,.") if start >= 0 else ""

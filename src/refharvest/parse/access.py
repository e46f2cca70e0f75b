"""Access-date phrases ("Accessed", "Erişim tarihi", "Zugriff am", "дата обращения").

The phrases live in ``data/parse_access.json`` per language; this module turns
them into one matcher. An access date is the date a phrase introduces (or, in
Turkish "19.12.2025 tarihinde erişildi", the date it follows), never the
publication date: seed 002's "(Date of Accession: 17.12.2022)" has no issued date.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

from refharvest.model import PartialDate
from refharvest.parse.dates import find_date, fold

__all__ = ["AccessMatch", "find_access", "link_prefix_start"]


@dataclass(frozen=True, slots=True)
class AccessMatch:
    """An access date and the span of its whole phrase (brackets included)."""

    date: PartialDate | None
    start: int
    end: int


@cache
def _vocabulary() -> dict[str, dict[str, list[str]]]:
    text = resources.files("refharvest.data").joinpath("parse_access.json").read_text("utf-8")
    data: dict[str, dict[str, list[str]]] = {
        key: value for key, value in json.loads(text).items() if not key.startswith("_")
    }
    return data


def _alternation(group: str) -> str:
    phrases = {fold(p) for by_lang in [_vocabulary()[group]] for ps in by_lang.values() for p in ps}
    ordered = sorted(phrases, key=len, reverse=True)
    return "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in ordered)


_WORD = re.compile(r"[^\W\d_]+")


@cache
def _trigger_words() -> frozenset[str]:
    """First words of every phrase: a string with none of them has no access date.

    A first word of two letters takes the next one with it ("en ligne"): alone it
    would end half the words of a German or French text ("zwischen", "moyen").
    """
    vocabulary = _vocabulary()
    triggers: set[str] = set()
    for group in ("before", "after"):
        for phrases in vocabulary[group].values():
            for phrase in phrases:
                words = re.findall(r"[^\W\d_]+", fold(phrase))
                triggers.add(
                    " ".join(words[:2]) if len(words[0]) < 3 and len(words) > 1 else words[0]
                )
    return frozenset(triggers)


@cache
def _trigger() -> re.Pattern[str]:
    """A trigger word ending a run of letters in folded text; the caller checks that
    it starts the run too (a look-behind first would stop the engine skipping ahead)."""
    words = sorted(_trigger_words(), key=len, reverse=True)
    return re.compile(r"(?:" + "|".join(map(re.escape, words)) + r")(?![^\W\d_])")


def _is_letter(ch: str) -> bool:
    """``[^\\W\\d_]`` for one character."""
    return ch.isalnum() and not ch.isdecimal()


@cache
def _before() -> re.Pattern[str]:
    return re.compile(
        r"[(\[]?\s*(?<![\w])(?:" + _alternation("before") + r")(?![\w])"
        r"\s*(?:[:：.,]|\bon\b|\bam\b|\ble\b|\bel\b|\bem\b|\bil\b)?\s*[:(\[]?\s*"
    )


@cache
def _after() -> re.Pattern[str]:
    return re.compile(r"\s*(?:" + _alternation("after") + r")(?![\w])[\s)\].]*")


@cache
def _final_words() -> frozenset[str]:
    """Last words of the lead-in phrases ("at" of "Available at", "from" of "Retrieved from")."""
    return frozenset(
        _WORD.findall(fold(phrase))[-1]
        for phrases in _vocabulary()["web_prefixes"].values()
        for phrase in phrases
        if _WORD.findall(fold(phrase))
    )


@cache
def _prefix() -> re.Pattern[str]:
    return re.compile(r"(?<![\w])(?:" + _alternation("web_prefixes") + r")\s*[:.]?\s*[(\[<]?\s*$")


def _close(text: str, end: int, opened: bool) -> int:
    rest = text[end:]
    stripped = rest.lstrip(" ")
    if opened and stripped[:1] in (")", "]"):
        return end + len(rest) - len(stripped) + 1
    return end


def find_access(text: str, *, language_hint: str = "") -> AccessMatch | None:
    """The first access phrase with its date; a phrase with no date nearby is skipped."""
    folded = fold(text)
    starts = [
        word.start()
        for word in _trigger().finditer(folded)
        if not (word.start() and _is_letter(folded[word.start() - 1]))
    ]
    if not starts:
        return None
    before = _before()
    for word_start in starts:  # try the phrase pattern only where a phrase can begin
        lead = word_start
        while lead > 0 and word_start - lead < 3 and folded[lead - 1] in " ([":
            lead -= 1  # take in the bracket of "(Date of Accession: …)"
        while lead < word_start and folded[lead] == " ":
            lead += 1
        match = before.match(folded, lead)
        if match is None:
            continue
        window = text[match.end() : match.end() + 48]
        found = find_date(window, language_hint=language_hint)
        if found is None or found[1] > 2:
            continue
        date, _, date_end = found
        opened = (
            "(" in folded[match.start() : word_start] or "[" in folded[match.start() : word_start]
        )
        end = _close(text, match.end() + date_end, opened)
        return AccessMatch(date, match.start(), end)
    # Turkish puts the phrase after the date: "19.12.2025 tarihinde erişildi".
    after = _after()
    for match in after.finditer(folded):
        head = text[max(0, match.start() - 40) : match.start()]
        found = None
        offset = 0
        while True:  # the last date that ends right before the phrase
            candidate = find_date(head[offset:], language_hint=language_hint)
            if candidate is None:
                break
            found = (candidate[0], offset + candidate[1], offset + candidate[2])
            offset += candidate[2]
        if found is None or head[found[2] :].strip(" ,"):
            continue
        start = match.start() - len(head) + found[1]
        return AccessMatch(found[0], start, match.end())
    return None


# APA's "Retrieved from Healthy Place: <url>": a named source before the URL.
# "from DrugAbuse.com: URL": a dot inside a name (a domain) does not end it.
_FROM_SOURCE = re.compile(
    # French: "Consulté le 4 avril 2014, sur revues.org: URL"
    r"(?<![\w])(?:retrieved\s+)?(?:from|sur)\s+(?:[^,.;:]|\.(?=\S)){1,40}:\s*$",
    re.IGNORECASE,
)


def link_prefix_start(before: str) -> int:
    """Where a lead-in such as "Available at:" or "Retrieved from" starts, at the end
    of the text before a URL; ``len(before)`` when there is none."""
    offset = max(0, len(before) - 64)  # a lead-in is short: look at the end only
    tail = before[offset:]
    words = tail.rstrip(" ([<:.,").rsplit(None, 1)
    last = fold(words[-1]) if words else ""
    if last not in _final_words() and not tail.rstrip().endswith(":"):
        return len(before)  # cheap exit: no lead-in ends with this word
    match = _prefix().search(fold(tail)) or _FROM_SOURCE.search(tail)
    return offset + match.start() if match else len(before)

"""Dates in reference strings, in the languages the harvest meets.

Month and weekday names come from CLDR through ``babel`` (never typed here), so
Turkish "Aralık"/"ARALIK", Russian genitive "декабря" and nominative "декабрь",
German "20. Dezember" and the Romance forms all resolve through one table.
``dateparser`` is not used: it misreads Turkish (see issue 2) and is slow.

Partial dates stay partial: "2019" is year-only, "March 2020" has no day.
Impossible dates ("31.02.2022") are rejected rather than guessed.
"""

from __future__ import annotations

import calendar
import json
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from babel import Locale

from refharvest.model import PartialDate

__all__ = [
    "DATE_LANGUAGES",
    "NO_DATE",
    "find_date",
    "fold",
    "iter_dates",
    "lookup_month",
    "parse_date",
]

#: Languages whose CLDR month names are recognised, in tie-break order.
DATE_LANGUAGES: tuple[str, ...] = ("en", "tr", "de", "ru", "fr", "es", "pt", "it")

# Languages whose month names take case suffixes glued on ("Aralık'ta",
# "Aralıkta", Russian prepositional "декабре"): a short tail may be cut.
_SUFFIXING = frozenset({"tr", "ru"})


def fold(text: str) -> str:
    """Lower-case keeping length, with Turkish dotted/dotless I made equal.

    "ARALIK", "Aralık" and "ARALİK" all fold to "aralik"; the length is kept
    so that spans found in the folded text are spans of the original.
    """
    folded = text.replace("İ", "I").lower().replace("ı", "i")
    if len(folded) != len(text):  # a rare character whose lower case grows
        folded = "".join(ch if len(ch.lower()) != 1 else ch.lower() for ch in text)
        folded = folded.replace("İ", "i").replace("ı", "i")
    return folded


def _strip_accents(word: str) -> str:
    return "".join(
        ch for ch in unicodedata.normalize("NFKD", word) if not unicodedata.combining(ch)
    )


@dataclass(frozen=True, slots=True)
class _Tables:
    months: dict[str, dict[str, int]]  # folded form -> {language: month}
    weekdays: frozenset[str]
    fillers: frozenset[str]  # literal words of CLDR date patterns: "de", "г."


def _literals(pattern: str) -> list[str]:
    return [lit for lit in re.findall(r"'([^']+)'", pattern) if lit.strip()]


def _build_tables() -> _Tables:
    months: dict[str, dict[str, int]] = {}
    wide: dict[str, dict[str, int]] = {}
    weekdays: set[str] = set()
    fillers: set[str] = set()

    def add(table: dict[str, dict[str, int]], key: str, lang: str, month: int) -> None:
        for variant in {key, _strip_accents(key)}:
            table.setdefault(variant, {}).setdefault(lang, month)

    for lang in DATE_LANGUAGES:
        locale = Locale.parse(lang)
        for context in ("format", "stand-alone"):
            for width in ("wide", "abbreviated"):
                for month, name in locale.months[context][width].items():
                    key = fold(name).rstrip(".")
                    add(months, key, lang, month)
                    if width == "wide":
                        add(wide, key, lang, month)
            for width in ("wide", "abbreviated", "short"):
                for name in locale.days[context][width].values():
                    weekdays.add(fold(name).rstrip("."))
                    weekdays.add(_strip_accents(fold(name).rstrip(".")))
        for kind in ("full", "long", "medium"):
            for literal in _literals(locale.date_formats[kind].pattern):
                fillers.add(fold(literal.strip()))
    # Unambiguous prefixes of full names ("Sept", "Dez", "Okt", "Febr"):
    # a prefix is kept only when every name it starts means the same month.
    prefixes: dict[str, dict[str, int]] = {}
    conflicting: set[str] = set()
    for key, by_lang in wide.items():
        for end in range(3, len(key)):
            prefix = key[:end]
            seen = prefixes.setdefault(prefix, {})
            for lang, month in by_lang.items():
                seen.setdefault(lang, month)
            if len(set(seen.values())) > 1:
                conflicting.add(prefix)
    for prefix, by_lang in prefixes.items():
        if prefix not in conflicting and prefix not in months:
            months[prefix] = by_lang
    return _Tables(months, frozenset(weekdays), frozenset(fillers))


_TABLES = _build_tables()


def _no_date_pattern() -> str:
    """Alternation of the "no date" words of ``data/parse_nodate.json`` ("n.d.", "o.J.", "t.y.")."""
    text = resources.files("refharvest.data").joinpath("parse_nodate.json").read_text("utf-8")
    words = {
        word
        for key, values in json.loads(text).items()
        if not key.startswith("_")
        for word in values
    }
    parts = [
        r"\s?".join(re.escape(piece) for piece in re.split(r"\s+|(?<=\.)", word) if piece)
        # longest first, then by spelling: a set's order changes from run to run
        for word in sorted(words, key=lambda word: (-len(word), word))
    ]
    return "|".join(parts)


#: A regex alternation matching the "no date" words, for callers that read years.
NO_DATE = _no_date_pattern()


def _choose(by_lang: dict[str, int], language_hint: str) -> int:
    if language_hint in by_lang:
        return by_lang[language_hint]
    for lang in DATE_LANGUAGES:
        if lang in by_lang:
            return by_lang[lang]
    return next(iter(by_lang.values()))


def lookup_month(word: str, *, language_hint: str = "") -> int | None:
    """The month (1-12) a month word names in any supported language, else None."""
    return _lookup_month(word, language_hint)


@lru_cache(maxsize=8192)
def _lookup_month(word: str, language_hint: str) -> int | None:
    key = fold(word).strip().rstrip(".")
    key = re.split(r"['’]", key, maxsplit=1)[0]
    if len(key) < 3:
        return None
    for candidate in (key, _strip_accents(key)):
        by_lang = _TABLES.months.get(candidate)
        if by_lang:
            return _choose(by_lang, language_hint)
    # "Aralıkta", "Martta", "декабре": a full name with a short case ending.
    for cut in (1, 2, 3):
        stem = key[:-cut]
        if len(stem) < 4:
            break
        by_lang = _TABLES.months.get(stem) or _TABLES.months.get(_strip_accents(stem))
        if by_lang and _SUFFIXING.intersection(by_lang):
            suffixing = {k: v for k, v in by_lang.items() if k in _SUFFIXING}
            return _choose(suffixing, language_hint)
    return None


def _valid(year: int, month: int | None, day: int | None) -> PartialDate | None:
    if not 1000 <= year <= 2199:
        return None
    if month is None:
        return PartialDate(year) if day is None else None
    if not 1 <= month <= 12:
        return None
    if day is None:
        return PartialDate(year, month)
    if not 1 <= day <= calendar.monthrange(year, month)[1]:
        return None
    return PartialDate(year, month, day)


# Patterns run on folded text (same length as the original). MONTH is any
# word; lookup_month decides whether it is a month name.
_MONTH = r"(?P<mon>[^\W\d_]{3,}\.?(?:['’][^\W\d_]+)?)"
_YEAR = r"(?P<year>1\d{3}|2[01]\d{2})"
_YEAR_END = r"(?:['’]?[^\W\d_]{1,4})?(?![\w])"  # 2025'te, 2025te, 2010a
_DAY = r"(?P<day>\d{1,2})"
_ORD = r"(?:\.|st|nd|rd|th|er|e|º|°|-?(?:inci|ıncı|nci|ncı))?"
_FILL = r"(?:\s*(?:de|del|of|г\.?)\s+|[\s,/\-]+)"  # between parts, incl. CLDR "de"

_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (name, re.compile(pattern))
    for name, pattern in (
        (
            "iso",
            r"(?<![\d.\-/])"
            + _YEAR
            + r"(?P<sep>[-/.])(?P<mnum>\d{1,2})(?P=sep)"
            + _DAY
            + r"(?![\d])",
        ),
        (
            "dmy_num",
            r"(?<![\d.\-/])"
            + _DAY
            + r"(?P<sep>[./-])(?P<mnum>\d{1,2})(?P=sep)"
            + _YEAR
            + r"(?![\d])",
        ),
        ("dmy", r"(?<![\d.])" + _DAY + _ORD + _FILL + "?" + _MONTH + _FILL + _YEAR + _YEAR_END),
        (
            "mdy",
            r"(?<![\w])"
            + _MONTH
            + r"\s*"
            + _DAY
            + r"(?:st|nd|rd|th)?(?!\d)(?:\s*,\s*|\s+)"
            + _YEAR
            + _YEAR_END,
        ),
        ("ymd", r"(?<![\w.\-/])" + _YEAR + r",?\s+" + _MONTH + r"(?:\s+" + _DAY + r"(?!\d))?"),
        ("my", r"(?<![\w])" + _MONTH + _FILL + _YEAR + _YEAR_END),
        ("iso_ym", r"(?<![\d.\-/])" + _YEAR + r"-(?P<mnum>\d{2})(?![\d\-])"),
        ("year", r"(?<![\w.\-/])" + _YEAR + _YEAR_END),
    )
)


def _numeric_order(first: int, second: int, sep: str, language_hint: str) -> tuple[int, int]:
    """(day, month) from two numbers, by value when it can tell, else by custom."""
    if first > 12 >= second:
        return first, second
    if second > 12 >= first:
        return second, first
    if sep == "/" and language_hint == "en":
        return second, first  # US month/day/year
    return first, second


def _from_match(name: str, match: re.Match[str], language_hint: str) -> PartialDate | None:
    groups = match.groupdict()
    year = int(groups["year"])
    if name in ("iso", "iso_ym"):
        day = int(groups["day"]) if groups.get("day") else None
        return _valid(year, int(groups["mnum"]), day)
    if name == "dmy_num":
        day, month = _numeric_order(
            int(groups["day"]), int(groups["mnum"]), groups["sep"], language_hint
        )
        return _valid(year, month, day)
    if name == "year":
        return _valid(year, None, None)
    named = lookup_month(groups["mon"], language_hint=language_hint)
    if named is None:
        return None
    return _valid(year, named, int(groups["day"]) if groups.get("day") else None)


_ANY_YEAR = re.compile(r"(?:1\d|2[01])\d\d")


def iter_dates(text: str, *, language_hint: str = "") -> Iterator[tuple[PartialDate, int, int]]:
    """Every date inside ``text`` in order, with its span.

    Every form holds exactly one four-digit year, so the patterns only run in a
    window around each year in turn; at one year the fullest form wins.
    """
    years = list(_ANY_YEAR.finditer(text))
    if not years:
        return
    folded = fold(text)
    taken = 0
    for year in years:
        if year.start() < taken:
            continue  # inside the date found before
        low = max(taken, year.start() - _BEFORE_YEAR)
        high = min(len(folded), year.end() + _AFTER_YEAR)
        best: tuple[int, int, PartialDate] | None = None
        before = folded[max(0, year.start() - 6) : year.start()]
        after = folded[year.end() : year.end() + 3]
        for name, pattern in _applicable(before, after):
            for match in pattern.finditer(folded, low, high):
                if match.start() > year.start():
                    break
                if match.end() < year.end() or match.start("year") != year.start():
                    continue
                start, end = match.start(), match.end()
                if best is not None and (start > best[0] or (start == best[0] and end <= best[1])):
                    break  # cannot beat the form found, nor can a later match of this pattern
                date = _from_match(name, match, language_hint)
                if date is None:
                    continue
                best = (start, end, date)
                break
        if best is not None:
            if best[2].month is not None and best[2].day is None:
                best = _month_range(folded, best, language_hint)
            taken = best[1]
            yield best[2], best[0], best[1]


#: The first month of a range before the month found: "January-" in "January-March 2010".
_MONTH_RANGE_LEAD = re.compile(r"(?P<mon>[^\W\d_]{3,}\.?)\s*[-–/]\s*$")


def _month_range(
    folded: str, found: tuple[int, int, PartialDate], language_hint: str
) -> tuple[int, int, PartialDate]:
    """ "January-March 2010", "März/April 2012": a span of months dates the year only."""
    start, end, date = found
    lead = _MONTH_RANGE_LEAD.search(folded, max(0, start - 16), start)
    if lead is None or lookup_month(lead.group("mon"), language_hint=language_hint) is None:
        return found
    return lead.start(), end, PartialDate(date.year)


def _applicable(before: str, after: str) -> list[tuple[str, re.Pattern[str]]]:
    """The patterns that can end or start at a year, judged by the characters next to it.

    A cheap filter: most years in a reference are followed by "," and preceded by
    a month name or nothing, so most patterns need not run.
    """
    first_after = after[:1]
    iso = first_after in ("-", "/", ".") and first_after != ""
    dmy_num = before.endswith((".", "/", "-"))
    mdy = any(ch.isdigit() for ch in before)
    named = any(ch.isalpha() for ch in before)
    ymd = any(ch.isalpha() for ch in after)
    allowed = {
        "iso": iso,
        "iso_ym": iso,
        "dmy_num": dmy_num,
        "mdy": mdy,
        "dmy": named,
        "my": named,
        "ymd": ymd,
        "year": True,
    }
    return [(name, pattern) for name, pattern in _PATTERNS if allowed[name]]


def find_date(text: str, *, language_hint: str = "") -> tuple[PartialDate, int, int] | None:
    """The first date inside ``text``, with its span; the fullest form wins at a tie.

    Run it on text with URLs removed: digits in paths look like years.
    """
    return next(iter_dates(text, language_hint=language_hint), None)


# How far a date reaches around its year: "Friday, 19 de diciembre de 2025",
# "2010, septembre 15".
_BEFORE_YEAR = 40
_AFTER_YEAR = 24


_EDGE = re.compile(r"^[\s\[\](){}.,;:–—-]+|[\s\[\](){}.,;:–—-]+$")


def _is_residue(text: str) -> bool:
    """True when what is left beside a date is only punctuation, weekday or filler."""
    words = re.findall(r"[^\W\d_]+\.?", fold(text))
    for word in words:
        bare = word.rstrip(".")
        if bare in _TABLES.weekdays or _strip_accents(bare) in _TABLES.weekdays:
            continue
        if word in _TABLES.fillers or bare in _TABLES.fillers or bare in ("г", "гг", "de"):
            continue
        return False
    return not re.search(r"\d", text)


def parse_date(text: str, *, language_hint: str = "") -> PartialDate | None:
    """The date that ``text`` is, as a whole; None when it is not (only) a date."""
    return _parse_date(text or "", language_hint)


# A run of letters and what stands right before it (a digit or an apostrophe
# means the run may be an ordinal or case ending glued on: "19th", "2025'te").
_RUN = re.compile(r"(?<=([\d'’]))?[^\W\d_]+")


def _may_be_only_date(cleaned: str) -> bool:
    """A cheap necessary condition for ``cleaned`` being wholly a date.

    Inside a date every run of letters is a month name (a whole run: the
    patterns take the month greedily), a short filler, ordinal or case ending
    (at most four letters, or glued to a digit or apostrophe); beside it only
    weekdays and fillers may stand (``_is_residue``). One run that is none of
    these ("Anadolu" in "Anadolu Ajansı, 19 Aralık 2013") rules the text out
    before the date patterns run.
    """
    if _ANY_YEAR.search(cleaned) is None:
        return False  # every date form holds a year
    tables = _TABLES
    for run in _RUN.finditer(fold(cleaned)):
        word = run.group(0)
        if len(word) <= 4 or run.group(1) is not None:
            continue
        if word in tables.weekdays or word in tables.fillers or word + "." in tables.fillers:
            continue
        if lookup_month(word) is not None or _strip_accents(word) in tables.weekdays:
            continue
        return False
    return True


@lru_cache(maxsize=16384)
def _parse_date(text: str, language_hint: str) -> PartialDate | None:
    """Cached: the same date segments ("19 Aralık 2025") recur across references."""
    cleaned = _EDGE.sub("", text)
    if not cleaned or not _may_be_only_date(cleaned):
        return None
    found = find_date(cleaned, language_hint=language_hint)
    if found is None:
        return None
    date, start, end = found
    if not _is_residue(cleaned[:start] + " " + cleaned[end:]):
        return None
    return date

"""The article's own record: author, title, date, publisher, series, URL.

Sources, most trusted first (as trafilatura orders page metadata):

1. the "To cite this article:" / "Atıfta bulunmak için:" block, which
   think-tanks print in Chicago author-date form
   (``OSMANLI, Seyda Nur. 2026. "TITLE." Publisher, Analiz No.2026 / 5.
   Ocak 29. Erişim Ocak 31, 2026. URL``);
2. the page header (title line, author line, "Analysis No : 2026 / 11",
   a date line);
3. weaker cues for pages without either: a date glued to the title
   ("20. Dezember 2025Strategische …"), an "Editor's note: NAME is …",
   an author bio "Aidana BAKTYBEK KYZY, 1999 yılında …", "Text: NAME".

Nothing is invented: a field no source gives stays empty.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache
from itertools import repeat

from ..footnotes.unwrap import LinkEvidence, unwrap_lines
from ..model import Document, Name, PartialDate, Reference
from .casing import is_all_caps, recase_name, recase_title
from .dates import find_date, parse_date

__all__ = ["body_language", "parse_article_record"]


class _LinePattern:
    """A pattern that must open a line, in the two forms that find it fast.

    ``first_line`` is tried at the text's start; ``later_lines`` puts a literal
    ``\\n`` first, which lets the regex engine skip from line to line: far
    cheaper than a multi-line ``^`` tried at every character or a Python loop
    over the lines of a long text.
    """

    __slots__ = ("first_line", "later_lines")

    def __init__(self, body: str, flags: int = 0) -> None:
        self.first_line = re.compile(body, flags)
        self.later_lines = re.compile(r"\n" + body, flags)


_CITE_MARKER = re.compile(
    r"(?:To cite this (?:article|analysis|paper|publication)|Cite this (?:article|as)|"
    r"How to cite(?: this article)?|Atıfta bulunmak için|Atıf için|Kaynak gösterimi|"
    r"Zitiervorschlag|Zitierweise|Для цитирования|Ссылка для цитирования)\s*:\s*",
    re.IGNORECASE,
)
_BLANK_LINE = re.compile(r"\n[ \t\u00a0]*\n")
_URL = re.compile(r"<?((?:https?://|www\.)[^\s<>]+)>?")
_AUTHOR_YEAR = re.compile(r"^(?P<authors>.+?)\.?\s+\(?(?P<year>(?:1[89]|20)\d\d)\)?\.\s+")
_QUOTED_TITLE = re.compile(r"[\"“«„](?P<title>.+?)[\"”»“]")
_ACCESSED = re.compile(
    r"(?:Erişim(?: tarihi)?|Accessed(?: on)?|Retrieved(?: on)?|Zugriff(?: am)?|Abgerufen(?: am)?|"
    r"Дата обращения|дата обращения|Date of [Aa]ccess(?:ion)?)\s*:?\s*"
    r"(?P<date>[^.]*?\d{4})",
)
#: "No.2026 / 5", "Nr. 12", "Sayı: 3" after a series name ("Analiz", "Policy Brief").
_SERIES_NUMBER = re.compile(
    r"(?<!\w)(?:No|Nr|Sayı|Number|№)\s*[.:]?\s*(?P<number>\d{4}\s*/\s*\d{1,4}|\d{1,5})"
)
_HEADER_SERIES = re.compile(
    r"^\s*(?P<collection>[^\W\d_][\w ]*?)\s+(?:No|Nr|Sayı|Number|№)\s*[.:]?\s*"
    r"(?P<number>\d{4}\s*/\s*\d{1,4}|\d{1,5})\s*$",
    re.MULTILINE,
)
_SERIES_WORDS = ("No", "Nr", "Sayı", "Number", "№")
_SERIES_INITIALS = "".join(dict.fromkeys(word[0] for word in _SERIES_WORDS))
#: The end of a header series line: found at a series word, it rules the
#: header series in or out without running that pattern's lazy scan of every line.
_HEADER_SERIES_TAIL = re.compile(
    r"(?:No|Nr|Sayı|Number|№)\s*[.:]?\s*(?:\d{4}\s*/\s*\d{1,4}|\d{1,5})\s*$", re.MULTILINE
)
_AUTHOR_SPLIT = re.compile(r"\s*;\s*|\s+(?:and|ve|und|и|et|y)\s+|,\s+(?:and|ve|und)\s+")
#: An author bio opens a paragraph: "Aidana BAKTYBEK KYZY, 1999 yılında …".
_BIO_NAME = _LinePattern(
    r"(?P<given>(?:[A-ZÇĞİÖŞÜÂÎÛ][a-zçğıöşüâîû’'-]+\s+){1,3})"
    r"(?P<family>[A-ZÇĞİÖŞÜÂÎÛ’'-]{2,}(?:\s+[A-ZÇĞİÖŞÜÂÎÛ’'-]{2,}){0,2}),\s"
)
_EDITOR_NOTE = re.compile(
    r"Editor[’']s note:\s*"
    r"(?P<name>(?:[A-ZÇĞİÖŞÜ][\w’'-]+\s+){1,3}?[A-ZÇĞİÖŞÜ][\w’'-]+)\s+(?:is|was)\s"
)
_BYLINE = _LinePattern(
    r"(?:(?:Text|Autor(?:in)?|Yazar|Author|Автор)\s*:|By|Von)\s+(?P<name>[^\n;,:]{2,60}?)\s*$",
    re.MULTILINE,
)
_REFLECT_SITE = re.compile(
    r"(?:do not necessarily|does not necessarily) reflect (?:those|the views?)"
    r"(?: of)? (?P<site>[A-Z][\w.-]*(?:\s[A-Z][\w.-]*){0,3}?)\.?\s*$",
    re.MULTILINE,
)
_TRANSLATION_NOTE = re.compile(
    r"This is the English translation of an? \[?(?P<language>[A-Z][a-z]+)(?: language)? "
    r"(?:article|analysis|text)\]?(?:\([^)]*\))? that was originally published"
    r"(?: by (?P<publisher>[^.]+?))? on (?P<date>[^.\n]+?\d{4})\.",
)
_GLUED_YEAR = re.compile(r"(\d{4})(?=[^\W\d_])")
#: "Published: ", "Yayın tarihi: ", "Veröffentlicht am " before a header date.
_DATE_LABEL = re.compile(r"^[^\W\d][^:\d]{1,30}?(?::\s*|\s+am\s+|\s+on\s+)")
_MAX_DATE_LINE = 48
_YEAR = re.compile(r"(?<!\d)(?:1[89]|20)\d\d(?!\d)")
_TITLE_DECORATION = " \t#*_="

#: Very common short words per language: enough to tell the body's language
#: apart (titles go through refharvest.parse.language, which needs far less text).
_STOP_WORDS: dict[str, frozenset[str]] = {
    "tr": frozenset(
        [
            "ve",
            "bir",
            "bu",
            "ile",
            "için",
            "da",
            "de",
            "olarak",
            "olan",
            "gibi",
            "daha",
            "çok",
            "ise",
            "ancak",
            "göre",
            "kadar",
        ]
    ),
    "en": frozenset(
        [
            "the",
            "and",
            "of",
            "to",
            "in",
            "is",
            "that",
            "for",
            "with",
            "as",
            "are",
            "was",
            "by",
            "on",
            "this",
            "from",
        ]
    ),
    "de": frozenset(
        [
            "der",
            "die",
            "und",
            "das",
            "den",
            "mit",
            "von",
            "zu",
            "ist",
            "sich",
            "des",
            "im",
            "nicht",
            "auch",
            "eine",
            "für",
        ]
    ),
    "ru": frozenset(
        ["и", "в", "не", "на", "что", "с", "по", "как", "это", "для", "из", "к", "но", "о", "от"]
    ),
}
_LANGUAGE_SAMPLE = 1500
#: Cheap substrings that must be present before a cue's regex is worth running.
_CITE_HINTS = ("cite", "Cite", "Atıf", "Kaynak göster", "itier", "итир")
_HEAD_LINES = 12


def parse_article_record(doc: Document) -> Reference:
    """The record of the article ``doc`` itself, from whatever the text offers."""
    text = doc.text
    language = body_language(text)
    record = Reference(type="webpage", language=language)
    _fill_translation(record, text)
    # A translated article's author keeps the original language's spelling:
    # "OSMANLI" is "Osmanlı" in the English version too.
    name_language = record.extra.get("translation-of-language", language)
    cite = _cite_block(doc)
    if cite:
        _fill_from_cite_block(record, cite, language, name_language)
    _fill_from_header(record, text, language, name_language)
    if not record.authors:
        record.authors = _authors_from_cues(text, name_language)
    if not record.container_title and not record.publisher and "necessarily reflect" in text:
        site = _REFLECT_SITE.search(text)
        if site is not None:
            record.container_title = site.group("site").rstrip(".")
    if record.number or record.collection_title:
        record.type = "report"
    return record


def body_language(text: str) -> str:
    """The language the body is written in, by stop-word counts ("" if unsure)."""
    words = Counter(text[:_LANGUAGE_SAMPLE].lower().split())
    counts = {
        language: sum(map(words.get, stop_words, repeat(0)))
        for language, stop_words in _STOP_WORDS.items()
    }
    best = max(counts, key=lambda lang: counts[lang])
    return best if counts[best] >= 3 else ""


# -- the cite block ---------------------------------------------------------


def _cite_block(doc: Document) -> str:
    match = _find_cite_marker(doc.text)
    if match is None:
        return ""
    start = match.end()
    blank = _BLANK_LINE.search(doc.text, start)
    paragraph = doc.text[start : blank.start() if blank is not None else len(doc.text)]
    lines = paragraph.split("\n")
    # The link evidence only matters where lines are joined.
    return unwrap_lines(lines, LinkEvidence(doc.link_evidence) if len(lines) > 1 else None)


def _find_cite_marker(text: str) -> re.Match[str] | None:
    """The cite-block marker, looked for only around its key words (linear, cheap).

    Searched from the end: the block closes an article, and a body that
    mentions "cite" earlier then costs nothing.
    """
    for hint in _CITE_HINTS:
        position = text.rfind(hint)
        while position != -1:
            match = _CITE_MARKER.search(text, max(0, position - 20), position + 60)
            if match is not None:
                return match
            position = text.rfind(hint, 0, position)
    return None


def _fill_from_cite_block(record: Reference, cite: str, language: str, name_language: str) -> None:
    urls = _URL.findall(cite)
    if urls:
        record.url = urls[-1].rstrip(".,;")
    text = _URL.sub(" ", cite)
    head = _AUTHOR_YEAR.match(text)
    year: int | None = None
    rest = text
    if head is not None:
        record.authors = _parse_authors(head.group("authors"), name_language)
        year = int(head.group("year"))
        rest = text[head.end() :]
    quoted = _QUOTED_TITLE.search(rest)
    if quoted is not None:
        record.title = recase_title(quoted.group("title").strip().rstrip(".,").strip(), language)
        rest = rest[quoted.end() :]
    rest = rest.lstrip(" .,")
    accessed = _ACCESSED.search(rest)
    if accessed is not None:
        record.accessed = parse_date(accessed.group("date"), language_hint=language)
        rest_before_access = rest[: accessed.start()]
    else:
        rest_before_access = rest
    series = _SERIES_NUMBER.search(rest_before_access)
    if series is not None:
        # "Publisher (AVİM), Analiz No.2026 / 5": the series name is the last comma part.
        publisher, _, collection = rest_before_access[: series.start()].rpartition(",")
        record.collection_title = collection.strip(" .")
        record.number = series.group("number")
        record.publisher = publisher.strip(" ,.")
        after_series = rest_before_access[series.end() :]
    else:
        publisher, _, after_series = rest_before_access.partition(",")
        if not find_date(publisher):
            record.publisher = publisher.strip(" .")
        else:
            after_series = rest_before_access
    record.issued = _issued(after_series, year, language)


def _issued(text: str, year: int | None, language: str) -> PartialDate | None:
    """ "Ocak 29." plus the block's year 2026 → 2026-01-29; a full date as it is."""
    for piece in (p.strip(" ,") for p in text.split(".")):
        if not piece or not any(ch.isdigit() for ch in piece):
            continue
        if year is not None and _YEAR.search(piece) is None:
            dated = parse_date(f"{piece}, {year}", language_hint=language)
        else:
            dated = parse_date(piece, language_hint=language)
            if dated is not None and year is not None and dated.year != year:
                dated = None
        if dated is not None:
            return dated
    return PartialDate(year) if year is not None else None


def _parse_authors(text: str, language: str) -> list[Name]:
    names: list[Name] = []
    for part in _AUTHOR_SPLIT.split(text.strip(" .")):
        part = part.strip(" .,")
        if not part:
            continue
        if "," in part:
            family, _, given = part.partition(",")
            names.append(Name(family=recase_name(family.strip(), language), given=given.strip()))
        else:
            names.append(_name_in_reading_order(part, language))
    return names


def _name_in_reading_order(text: str, language: str) -> Name:
    """ "Seyda Nur OSMANLI" → family "Osmanlı": capitals mark the surname when given."""
    words = text.split()
    if len(words) == 1:
        return Name(family=recase_name(words[0], language))
    caps = [w for w in words if is_all_caps(w) or (w.isupper() and len(w) > 1)]
    if caps and len(caps) < len(words) and words[-len(caps) :] == caps:
        family = " ".join(caps)
        given = " ".join(words[: -len(caps)])
    else:
        family = words[-1]
        given = " ".join(words[:-1])
    return Name(family=recase_name(family, language), given=given)


# -- the header -------------------------------------------------------------


def _head(text: str) -> list[str]:
    head: list[str] = []
    for line in text.split("\n", 80)[:80]:
        stripped = line.strip()
        if stripped:
            head.append(stripped)
            if len(head) >= _HEAD_LINES:
                break
    return head


def _fill_from_header(record: Reference, text: str, language: str, name_language: str) -> None:
    head = _head(text)
    if not head:
        return
    if not record.title:
        record.title, glued_date = _header_title(head, language, _stands_alone(text))
        if record.issued is None and glued_date is not None:
            record.issued = glued_date
    if not record.number:
        series = _header_series("\n".join(head))
        if series is not None:
            record.collection_title = record.collection_title or series.group("collection").strip()
            record.number = series.group("number")
    if record.issued is None:
        record.issued = _header_date(head, language)
    if not record.authors and record.title:
        record.authors = _header_author(head, name_language)


def _header_series(head: str) -> re.Match[str] | None:
    """``_HEADER_SERIES.search(head)``, skipped when no series word ends a line with a number.

    The series words are found by their first letter: a one-character ``find``
    is a plain memory scan, several times cheaper than a search for a word.
    """
    for first in _SERIES_INITIALS:
        position = head.find(first)
        while position != -1:
            if (
                head.startswith(_SERIES_WORDS, position)
                and _HEADER_SERIES_TAIL.match(head, position) is not None
            ):
                return _HEADER_SERIES.search(head)
            position = head.find(first, position + 1)
    return None


def _header_date(head: list[str], language: str) -> PartialDate | None:
    """A header line that is a date ("25.03.2026", "Published: 20 December 2025")."""
    for line in head:
        if len(line) > _MAX_DATE_LINE or not any(ch.isdigit() for ch in line):
            continue
        label = _DATE_LABEL.match(line)
        candidate = line[label.end() :] if label is not None else line
        dated = parse_date(candidate, language_hint=language)
        if dated is not None:
            return dated
    return None


def _stands_alone(text: str) -> bool:
    """Whether the first non-blank line is a paragraph of its own, as a title is."""
    lines = text.lstrip().split("\n", 2)
    return len(lines) < 2 or not lines[1].strip()


def _header_title(
    head: list[str], language: str, first_stands_alone: bool
) -> tuple[str, PartialDate | None]:
    """A date glued to a title line wins; else the first line when it reads like a title."""
    for line in head[:5]:
        glued = _GLUED_YEAR.search(line, 0, 40)
        if glued is None:
            continue
        spaced = line[: glued.end()] + " " + line[glued.end() :]
        found = find_date(spaced[: glued.end()], language_hint=language)
        if found is not None and found[1] == 0:
            title = spaced[found[2] :].strip(" -–—|:")
            if title:
                return recase_title(title, language), found[0]
    first = head[0].strip(_TITLE_DECORATION)
    if (
        first_stands_alone
        and first
        and len(first) <= 200
        and not first.endswith((".", ":", ";", ","))
        and ": " not in first[:20]
    ):
        return recase_title(first, language), None
    return "", None


def _header_author(head: list[str], language: str) -> list[Name]:
    """The line after an ALL-CAPS title that reads "Given FAMILY"."""
    for line in head[1:4]:
        words = line.split(None, 5)  # six pieces: more than five words, no need to count on
        if (
            2 <= len(words) <= 5
            and any(w.isupper() and len(w) > 1 for w in words)
            and all(w[:1].isupper() for w in words)
            and not any(ch.isdigit() for ch in line)
        ):
            return [_name_in_reading_order(line, language)]
    return []


# -- weaker cues --------------------------------------------------------------


def _authors_from_cues(text: str, language: str) -> list[Name]:
    note = _EDITOR_NOTE.search(text) if "s note:" in text else None
    if note is not None:
        return [_name_in_reading_order(note.group("name"), language)]
    bio = _at_line_start(_BIO_NAME, text)
    if bio is not None:
        return [
            Name(
                family=recase_name(bio.group("family").strip(), language),
                given=bio.group("given").strip(),
            )
        ]
    byline = _at_line_start(_BYLINE, text)
    if byline is not None:
        name = byline.group("name").strip()
        words = name.split()
        if len(words) >= 2 and all(w[:1].isupper() for w in words):
            return [_name_in_reading_order(name, language)]
        return [Name(literal=name)]  # a handle or agency: not split into given/family
    return []


def _at_line_start(pattern: _LinePattern, text: str) -> re.Match[str] | None:
    """The first match of ``pattern`` at the start of a line of ``text``."""
    return pattern.first_line.match(text) or pattern.later_lines.search(text)


def _fill_translation(record: Reference, text: str) -> None:
    if "translation of" not in text:
        return
    match = _TRANSLATION_NOTE.search(text)
    if match is None:
        return
    record.extra["translation-note"] = match.group(0)
    code = _language_code(match.group("language"))
    if code:
        record.extra["translation-of-language"] = code
    date = parse_date(match.group("date"), language_hint="en")
    if date is not None:
        record.extra["translation-of-date"] = date.iso()


@cache
def _english_language_names() -> dict[str, str]:
    """ "turkish" → "tr", from CLDR through babel rather than a typed table."""
    from babel import Locale

    names: dict[str, str] = {}
    for code, name in Locale("en").languages.items():
        if "_" not in code and len(code) <= 3:
            names.setdefault(str(name).casefold(), str(code))
    return names


def _language_code(name: str) -> str:
    return _english_language_names().get(name.casefold(), "")

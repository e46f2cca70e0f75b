"""One reference string → one :class:`Reference`, never an exception.

The field normalizers run in a fixed order, each taking its part out of the
string so the next sees less: markdown italics (kept as site evidence) → URLs
and DOIs (with their "Available at:" lead-ins) → the access date and its
phrase → a leading note number. What is left is read in one of two shapes:

- **web footnote** (no sentence break: ``[Author,] Title, Site, Date``): comma
  segments; a quoted segment is the title; a leading personal name is the
  author; the last segment is the site, unless the site is glued to the
  title's end ("... States Jamestown"), which the URL host or italics reveal;
- **academic** (APA, Chicago, MLA, Vancouver, IEEE…): an author list read from
  the start, the year after it, then title, container, volume/issue/pages,
  "Place: Publisher".

The type and the container/publisher split for web references follow
``sites.web_type`` (see its module docstring). A reference missing what its
kind needs (no title, or nothing to find it by) is ``complete=False`` with the
raw text in ``note`` and a "partial-parse" warning.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass, field
from functools import cache, lru_cache
from importlib import resources

from anyascii import anyascii

from refharvest.model import Citation, Diagnostic, ItemType, Name, PartialDate, Reference
from refharvest.parse.access import find_access, link_prefix_start
from refharvest.parse.casing import is_small_word
from refharvest.parse.dates import (
    NO_DATE,
    find_date,
    fold,
    iter_dates,
    lookup_month,
    parse_date,
)
from refharvest.parse.gost import GostParts, read_gost
from refharvest.parse.language import detect_language
from refharvest.parse.names import (
    AuthorScan,
    is_organisation,
    looks_like_person,
    parse_person,
    scan_authors,
    starts_with_listed_name,
)
from refharvest.parse.sites import (
    LONGEST_SITE_NAME,
    host_initials,
    is_known_outlet,
    is_news,
    is_pdf_url,
    is_region_code,
    name_matches_host,
    names_issuing_body,
    names_periodical,
    names_publisher,
    names_report,
    names_report_series,
    split_site_suffix,
    web_type,
)
from refharvest.parse.urls import doi_from_url, find_links, url_host
from refharvest.urls import unwrap_redirect

__all__ = ["parse_reference"]

_HTML_ITALIC = re.compile(r"<(i|em|italic)>(.*?)</\1>", re.IGNORECASE)
_HTML_TAG = re.compile(r"</?(?:i|em|b|strong|italic|bold|sup|sub|span|u)\b[^>]*>", re.IGNORECASE)
# The mark comes first and its look-behind after it, so the engine can skip ahead
# to the next "*" or "_" ("(?<![\w*]\*)" after a "*" is "(?<![\w*])" before it).
_ITALIC = re.compile(
    r"\*(?<![\w*]\*)(?!\s)([^*\n]+?)(?<!\s)\*(?![\w*])|_(?<![\w_]_)(?!\s)([^_\n]+?)(?<!\s)_(?![\w_])"
)
_SPACE_BEFORE_MARK = re.compile(r"\s+([.,;:])")
# "———. Title", and "—. Title" with one em dash: the same author as the entry above
_SAME_AUTHOR = re.compile(r"^[\s·]*(?:[-–—_]{2,}|—(?=\s*[.,]))\s*[.,]?\s*")
#: List bullets, Word's and PDF fonts' private-use ones included ("\uf02d", "\uf0b7").
#: "n.d.", "s.d.", "o.J." written with their periods: no date.
_NO_DATE_MARK = r"(?:n\.\s?d|s\.\s?d|o\.\s?J)"
_BULLETS = frozenset("-•·*▪●‣⁃\uf02d\uf0b7\uf0a7")
#: "1986: Ulf Preuss-Lausitz: Title": a list of works by year puts the year first.
_YEAR_LEAD = re.compile(
    r"(?P<year>(?:1[5-9]|20)\d\d)[a-z]?(?:\s*:\s+(?=[^\W\d_])|\.\s+(?=[\"“„«]))"
)
# "[12]", "[48].", "(3)", "12.", "12 ", "24- Ronco C": a list's number before the reference
_ENUMERATOR = re.compile(
    r"^\s*(?:\[\d{1,4}\]\.?|\(\d{1,4}\)|\d{1,4}\.(?!\d)|\d{1,4}-\s+(?=[^\W\d_])|\d{1,4}\s+(?=\S))\s*"
)
_QUOTES = "\"“”„«»‘’‚'"
_OPEN_QUOTES = '"“„«‘‚'
_QUOTED = re.compile(
    r"[\"“„«]\s*(?P<q>[^\"“”„«»]{2,}?)\s*[\"”“»]"
    r"|(?<![\w])‘(?P<s>[^‘’]{3,}?(?:’\w[^‘’]*?)*)’(?![\w])"  # ‘…’, apostrophes (’s) inside
    r"|(?<![\w])'(?P<a>[^']{3,}?)'(?![\w])"
)
_SPACE = re.compile(r"\s+")
# A period ends a field unless it ends an initial, a number or a short
# abbreviation chain ("J. Appl. Phys."); "?" and "!" always do.
# The break itself is group "at" (after the mark); the mark is matched first so
# the regex engine can skip quickly to the next ".", "?" or "!".
_BREAK = re.compile(
    r"[.?!](?:(?<=[^\s.][.?!])|(?<=[^\s.]\.\.))(?P<at>[\"”’]?\s+(?:[–—]\s+)?)"
    r"(?=[\"“„«‘(\[]?\s?[^\W_a-z])"  # French quotes hold a space: "2013. « Le …"
)  # the dash: GOST's ". – М.: Наука, 2015"
_ACADEMIC_YEAR = re.compile(
    r"^\s*[.,:]?\s*[(\[]\s*(?P<pre>[^\W\d_]{3,}\.?\s+(?:\d{1,2},?\s+)?)?"
    # "(1995 [1992])": the first edition's year in brackets after the year cited
    r"(?P<y>(?:1[5-9]\d\d|20\d\d)[a-z]?|" + NO_DATE + r")(?:\s?\[\d{4}\])?"
    r"(?P<more>[^)\]]{0,40})[)\]]\s*[.,:]?\s*"
    r"|^\s*[.,]?\s*(?P<y2>(?:1[5-9]\d\d|20\d\d)[a-z]?(?:\s?\[\d{4}\])?)(?P<more2>,?\s+[^\W\d_]{3,}\.?(?:\s+\d{1,2})?)?"
    r"(?:\s*[.,:](?=\s|$)|(?=\s+[\"“«„‘A-ZÀ-ÖØ-ÞА-Я]))\s*",
    re.IGNORECASE,
)
_EDITORS = re.compile(
    r"\s*,?\s*(?:[(\[]\s*(?:eds?|editors?|edt|hrsg|hg|dir|coord|ред|éd|org)s?\.?\s*[)\]]"
    r"|(?:eds?|hrsg|hg)\.)"
    r"\s*[.,:]?\s*",
    re.IGNORECASE,
)
_IN_PREFIX = re.compile(r"^\s*(?:in|dans|en|im|w|в)\s*[:.]?\s+(?=\S)", re.IGNORECASE)
#: A Roman numeral of two letters or more, well formed ("XLII", not "ICCV").
_ROMAN = r"(?=[IVXLC]{2})C{0,3}(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})\b"
#: A year inside a conference's name: "Proceedings 2006 IEEE International Conference".
_YEAR_IN_NAME = r"(?:1[5-9]|20)\d\d\s+(?-i:[A-Z]{2,}\b|International\b)"
_IN_NAME = re.compile(_YEAR_IN_NAME)
_CONTAINER_END = re.compile(
    # "Nature 450, 1214", but not the year inside "Proceedings 2006 IEEE International …"
    r"\s*(?:[,;:]\s*(?=\d+\b)|\s(?=\d+\b)(?!" + _YEAR_IN_NAME + ")"
    r"|[,;.]\s*(?=(?:vol|volume|bd|band|jg|no|nr|pp?|pages?|s|v|issue|iss|h|heft|t|tome|n|n°|number"
    r"|nos?|sayı|cilt|т|вып|№)\.?\s*:?\s*(?:\d|(?-i:[IVXLC]+)\b))"
    r"|,\s*(?=(?-i:C)\.\s*\d)"  # Turkish "Bilig Dergisi, C. 12, S. 3": Cilt, the volume
    r"|\s*[(\[](?=\d|vol|suppl|pp?\.|s\.)|,\s*(?:ed|eds|edited by|hrsg|hg)\.?\s"
    # a volume in Roman numerals: "Management Science, XIII (February, 1967)"
    r"|,\s*(?=(?-i:" + _ROMAN + r")\s*[,(])"
    r"|\s*\((?:eds?|hrsg)\.?\)"
    # "The Review of Economic Studies pp. 169–190", "Das Argument Nr. 80", "AVİM Analiz No: 12"
    r"|\s(?=(?:vol|volume|pp?|pages?|nr|no|heft|jg)[.:]?\s*\d)"
    # "Title. Oxford: Blackwell", but not "Syst. Bot. 25: 479–494" (a volume before the colon)
    r"|,\s*(?=[^\W\d_]+\s*:\s)|\.\s+(?=[^\W\d_][^:\d]{0,40}:\s)|;|\.\s*$|\s\[)",
    re.IGNORECASE,
)
# Characters re.IGNORECASE equates with a letter while ``fold`` does not (long s,
# old Cyrillic letter forms): where one occurs, a keyed search cannot be skipped.
_CASE_TRAPS = re.compile("[\u017f\u1c80-\u1c88]")


@dataclass(frozen=True, slots=True)
class _Keyed:
    """A case-insensitive regex with the words every match holds (folded).

    Searching a long string with a case-insensitive alternation costs tens of
    µs; folding it and looking for the words costs a few, and most strings hold
    none of them, so the regex runs only where it can match.
    """

    pattern: re.Pattern[str]
    keys: tuple[str, ...]

    def search(self, text: str) -> re.Match[str] | None:
        if _CASE_TRAPS.search(text) is None:
            folded = fold(text)
            if not any(key in folded for key in self.keys):
                return None
        return self.pattern.search(text)


# Volume and issue. A "Vol." word before the number may be there or not: it
# changes no group, so the pattern starts at the digit, where the engine can
# skip ahead fast ("\d(?<![\d.]\d)" is a first digit not after a digit or ".").
_VOLUME_ISSUE = re.compile(
    r"(?P<vol>\d(?<![\d.\-–—]\d)\d{0,3}[A-Z]?)\s*"
    r"(?:\((?P<iss>[\w/–-]{1,12})\)|,?\s*(?:no|nr|issue|sayı|№|n°|n)\.?\s*(?P<iss2>\d{1,4}))",
    re.IGNORECASE,
)
_VOLUME = _Keyed(
    re.compile(r"(?:vol|volume|bd|jg|cilt|т)\.?\s*(?P<vol>\d{1,4})", re.IGNORECASE),
    ("vol", "bd", "jg", "cilt", "т"),
)
_ISSUE = _Keyed(
    re.compile(
        r"(?<![^\W\d_])(?:no|nr|n°|n|№|issue|iss|sayı|heft|h|вып)\.?\s*(?P<iss>\d{1,4})(?![\d/])",
        re.IGNORECASE,
    ),
    ("n", "№", "issue", "iss", "sayı", "h", "вып"),
)
# Pages: a range ("pp. 12-15", "S. 3–7") or one page after "p."/"pp."/"s.". As one
# regex, "(?:pp?|s|ss|pages|sayfa|с)\.?\s*)?(?<![\d/])(?P<pages>\d{1,6}\s*[-–—]\s*\d{1,6})
# (?![\d/])|(?:pp?|s|pages)\.\s*(?P<page>\d{1,6})(?![\d/])", case-insensitive, that
# regex tried every start of every word; ``_find_pages`` finds the same match from
# the digits and the dots, where the engine can skip ahead.
_PAGE_RANGE = re.compile(r"\d(?<![\d/]\d)\d{0,5}\s*[-–—]\s*\d{1,6}(?![\d/])")
_PAGE_RANGE_LEAD = re.compile(r"(?:pp?|s|ss|pages|sayfa|с)\.?\s*", re.IGNORECASE)
_ONE_PAGE = re.compile(r"\.(?<=[ps]\.)\s*(?P<page>\d{1,6})(?![\d/])", re.IGNORECASE)
_ONE_PAGE_LEAD = re.compile(r"pp?|s|pages", re.IGNORECASE)
_PUBLISHER = re.compile(
    r"(?:^|[.,]\s+|\s)(?P<place>[^\W\d_][^:;()\d]{1,40}?)\s*:\s*"
    # the publisher may open with initials: "Armonk, NY: M. E. Sharpe"
    r"(?P<pub>(?:[A-Z]\.\s?){0,3}[^\W\d_](?:[^,.;()\[\]:]|(?<=\s[A-Z])\.){1,80}?)"
    r"\s*(?=[,;(]|\.(?<!\s[A-Z]\.)|\d|$)"  # "A. Strahan and T. Cadell": no end at "T."
)
_ABBREVIATED = re.compile(r"(?:[A-Z][a-z]{0,6}\.\s*){1,4}(?:[A-Z][A-Za-z]{0,6}\.?)?")
_NOT_CONTAINER = re.compile(
    r"(?:edited\s+by|ed\.\s|eds\.\s|hrsg\.\s|technical\s+report|tech\.\s+rep|working\s+paper|"
    r"report\b|unpublished|to\s+appear|in\s+press|available\b|retrieved\b|translated\s+by|"
    r"übersetzt\s+von|çev\.\s|перевод|.{0,80}\((?:trans|tr|çev|übers)\.?\))",
    re.IGNORECASE,
)
_THESIS = _Keyed(
    re.compile(
        r"thesis|dissertation|doktorarbeit|tez[i]?\b|диссертац|thèse|tesis|tese", re.IGNORECASE
    ),
    ("thesis", "dissertation", "doktorarbeit", "tez", "диссертац", "thèse", "tesis", "tese"),
)
_CONFERENCE = _Keyed(
    re.compile(
        r"proceedings|proc\.|conference|symposium|workshop|congress|kongress|sempozyum|konferans"
        r"|tagung",
        re.IGNORECASE,
    ),
    (
        "proceedings",
        "proc.",
        "conference",
        "symposium",
        "workshop",
        "congress",
        "kongress",
        "sempozyum",
        "konferans",
        "tagung",
    ),
)


@dataclass(slots=True)
class _Work:
    """Fields found so far, before the item type is chosen."""

    body: str
    italics: list[str] = field(default_factory=list)
    url: str = ""
    doi: str = ""
    accessed: PartialDate | None = None
    authors: list[Name] = field(default_factory=list)
    editors: list[Name] = field(default_factory=list)
    title: str = ""
    container: str = ""
    publisher: str = ""
    place: str = ""
    issued: PartialDate | None = None
    volume: str = ""
    issue: str = ""
    pages: str = ""
    academic: bool = False
    in_container: bool = False
    quoted_title: bool = False  # an article's or chapter's title, never a book's
    same_author: bool = False  # "———. Title": the authors are the entry above's
    collection: str = ""  # a book series ("London Mathematical Society Lecture Note Series")
    number: str = ""  # the book's number in it
    title_addon: str = ""  # "trans. Rainer Heppenstall": said after the title, no part of it
    organisation: str = ""  # a corporate author; never an author in our model


def _tidy(text: str) -> str:
    """Trim spaces, stray separators and outer quotes from one field."""
    if "  " in text or "\n" in text or "\t" in text:
        text = _SPACE.sub(" ", text)
    text = text.strip(" ,;:/")
    for dash in "—–-":  # a dash closing a dashed aside ("—Relations … Era—") stays
        if text.endswith(dash) and text.count(dash) % 2:
            text = text[:-1]
        if text.startswith(dash) and text.count(dash) % 2:
            text = text[1:]
    text = text.strip(" .,;:")
    if len(text) >= 2 and text[0] in _OPEN_QUOTES and text[-1] in _QUOTES:
        inner = text[1:-1]
        if not any(q in inner for q in '"“”„«»'):
            text = inner.strip()
    elif text[:1] in '"“„«' and not any(q in text[1:] for q in '"“”„«»'):
        text = text[1:].strip()
    elif text[-1:] in '"”»' and not any(q in text[:-1] for q in '"“”„«»'):
        text = text[:-1].strip()
    if text.endswith("]") and "[" not in text:
        text = text[:-1].rstrip(" .,;:")  # "…municipal [en ligne (date) : URL]" once both went
    return text.rstrip(" .,;:([")  # "World Contraceptive Use 2011 (" once its URL went


def _cut(text: str, start: int, end: int) -> str:
    return text[:start] + " , " + text[end:]


# A footnote's signal before the reference: "See", "Cf.", Turkish "Bkz.", German
# "Vgl.", Russian "См.", alone or closing a clause ("For details, see …",
# "Ayrıntılı bilgi için bkz. …"). In mid-sentence only the lower-case prose
# forms count, the English ones after a comma: "Come and See Mexico" and
# "What you see Is What you get" are titles.
_SIGNAL_WORDS = (
    r"(?:see also|see|cf\.|compare|bkz\.?|bakınız|ayrıca bkz\.?|vgl\.|siehe auch|siehe"
    r"|см\. также|см\.|ср\.)"
)
_OPENING_SIGNAL = re.compile(
    rf"^\s*(?i:{_SIGNAL_WORDS})(?:,?\s*e\.\s?g\.)?\s*[:,]?\s+(?=[^\W\d_]|[\"“„«‘'])"
)
_CLAUSE_SIGNAL = re.compile(
    r"^[^.;:\"“„«()\d]{3,80}?(?:,\s*(?:see also|see|cf\.)|\s(?:bkz\.|bakınız|vgl\.|siehe|см\.))"
    r"\s*:?\s+(?=[A-ZÇĞİÖŞÜА-ЯЁ\"“„«‘'])"
)


def _take_signal(work: _Work) -> None:
    """A citation signal ("See", "Bkz.", "For details, see") is no part of the reference."""
    match = _OPENING_SIGNAL.match(work.body) or _CLAUSE_SIGNAL.match(work.body)
    if match is not None and match.end() < len(work.body):
        work.body = work.body[match.end() :]


def _take_markup(work: _Work) -> None:
    """Markdown and HTML italics out of the text; their contents are kept as site evidence."""

    def keep(match: re.Match[str]) -> str:
        inner = match.group(1) or match.group(2) or ""
        work.italics.append(inner)
        return inner

    def keep_html(match: re.Match[str]) -> str:
        work.italics.append(match.group(2).strip(" ,.;"))
        return match.group(2)

    if "<" in work.body:
        work.body = _HTML_TAG.sub("", _HTML_ITALIC.sub(keep_html, work.body))
    if work.body[:2] == "__":  # "______. A Biblical Miscellany": the same author, no italics
        work.body = "———" + work.body.lstrip("_")
    if "*" in work.body or "_" in work.body:
        work.body = _ITALIC.sub(keep, work.body)


_LINK_BRACKETS = {"<": ">", "(": ")", "[": "]"}
#: What Turkish APA puts after the URL where English puts "Retrieved from" before it.
_LINK_TRAIL = re.compile(
    r"\s*adresinden\s+(?:erişildi|erişilmiştir|ulaşıldı|ulaşılmıştır|alındı|alınmıştır)\b\.?",
    re.IGNORECASE,
)


def _take_links(work: _Work) -> None:
    """URL and DOI out of the text, with their "Available at:" lead-ins."""
    links = find_links(work.body)
    for link in reversed(links):  # cut from the end so spans stay valid
        prefix = link_prefix_start(work.body[: link.start])
        end = link.end
        if "adres" in work.body[end : end + 16] and (trail := _LINK_TRAIL.match(work.body, end)):
            end = trail.end()  # Turkish APA: "URL adresinden erişildi"
        # "< http://www.x.org/ >", "Available at: (URL)": the brackets go with the link
        inside = work.body[prefix : link.start].rstrip()[-1:]
        before = work.body[:prefix].rstrip()
        opening = inside if inside in _LINK_BRACKETS else before[-1:]
        after = work.body[end:].lstrip()
        if opening in _LINK_BRACKETS and after[:1] == _LINK_BRACKETS[opening]:
            if opening != inside:
                prefix = len(before) - 1
            end = len(work.body) - len(after) + 1
        work.body = _cut(work.body, prefix, end)
    urls = [unwrap_redirect(link.value) for link in links if link.kind == "url"]
    dois = [link.value for link in links if link.kind == "doi"]
    for url in urls:
        if not work.doi and doi_from_url(url):
            work.doi = doi_from_url(url)
    non_doi = [url for url in urls if not doi_from_url(url)]
    work.url = non_doi[0] if non_doi else (urls[0] if urls else "")
    if dois and not work.doi:
        work.doi = dois[0]


def _take_access(work: _Work, language_hint: str) -> None:
    found = find_access(work.body, language_hint=language_hint)
    if found is not None:
        work.accessed = found.date
        work.body = _cut(work.body, found.start, found.end)


def _letters_before(text: str, end: int, floor: int) -> int:
    """Start of the run of letters (``[^\\W\\d_]``) ending at ``end``, not before ``floor``.

    Walks back in Python: a regex anchored at the end ("[^\\W\\d_]+\\.?$")
    would try every start in the window, and this runs for every period.
    """
    start = end
    while start > floor and text[start - 1].isalnum() and not text[start - 1].isdecimal():
        start -= 1
    return start


@cache
def _abbreviations() -> frozenset[str]:
    """Words that end in a period without ending a field ("vol.", "Proc.", "Hrsg.")."""
    text = (
        resources.files("refharvest.data").joinpath("parse_abbreviations.json").read_text("utf-8")
    )
    words: list[str] = json.loads(text)["abbreviations"]
    return frozenset(words)


_ABBREVIATION_NEXT = re.compile(r"[A-Z][a-z]{0,6}\.")
_WORD_AFTER = re.compile(r"[^\W\d_]{3,}")


def _is_break(text: str, match: re.Match[str]) -> bool:
    """A sentence break, not the period of an initial or an abbreviation."""
    dot = match.start("at") - 1
    while dot >= 0 and text[dot] in '"”’':
        dot -= 1
    if text[dot] in "?!":
        return True
    offset = max(0, dot - 40)  # look back a little only: this runs for every period
    word_start = _letters_before(text, dot, offset)
    if word_start == dot:
        # After a number or a closing bracket; but German "29. September 2023"
        # is a day's period, no field's end.
        day = text[dot - 1 : dot].isdigit() and not text[dot - 3 : dot - 2].isdigit()
        month = _WORD_AFTER.match(text, match.end()) if day else None
        return month is None or lookup_month(month.group(0)) is None
    token = text[word_start:dot]
    glued = text[word_start - 1 : word_start] if word_start else ""
    if glued and (glued.isalnum() or glued in "'’"):
        return True  # "CTr5X.", "Parkinson’s.": the end of a word, not an initial
    if len(token) == 1 and token.isupper():
        return False  # an initial
    if token.lower() in _abbreviations():
        return False
    if text[match.end() : match.end() + 1].isdigit() and lookup_month(token) is not None:
        return False  # "Jan. 23 1973", "Dec. 5, 2019": a month abbreviation before its day
    if token[:1].isupper() and len(token) <= 4 and _ABBREVIATION_NEXT.match(text, match.end()):
        return False  # "Surv. Geophys.", "Appl. Numer. Math.": a journal abbreviation
    before = text[max(0, word_start - 3) : word_start].rstrip()
    if before.endswith(".") and _NAME_INITIALS_BEFORE.search(text, 0, word_start):
        return True  # "D. W. Caress. Title": a name written initials first ends here
    return not (before.endswith(".") and token[:1].isupper() and len(token) <= 7)


#: Initials that open the text: "D. W. " in "D. W. Caress. Title". Only there: after
#: a comma they may open a journal's abbreviation ("…, J. Approx. Theory 72").
_NAME_INITIALS_BEFORE = re.compile(r"^(?:[A-Z]\.\s?(?:-[A-Z]\.\s?)?)+$")


def _fields(text: str) -> list[tuple[int, int]]:
    """Spans of the sentence-like fields of ``text`` (quotes kept together)."""
    return list(_fields_cached(text))


@lru_cache(maxsize=4096)
def _fields_cached(text: str) -> tuple[tuple[int, int], ...]:
    quoted = (
        [(m.start(), m.end()) for m in _QUOTED.finditer(text)]
        if any(q in text for q in "\"“„«‘'")
        else []
    )
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _BREAK.finditer(text):
        if any(a < match.start("at") < b - 1 for a, b in quoted):
            continue
        if not _is_break(text, match):
            continue
        spans.append((start, match.start("at")))
        start = match.end()
    spans.append((start, len(text)))
    spans = [(a, b) for a, b in spans if text[a:b].strip(" .,;:")]
    # "What are …? A study of …." is one title: a "?" or "!" ends a field only
    # when what follows has the numbers of a bibliographic tail or ends the text.
    # A short capitalised name right before the numbers is a journal, though:
    # "… they see"? AIDS Care. 2014."
    merged: list[tuple[int, int]] = []
    for index, span in enumerate(spans):
        if merged:
            last = merged[-1]
            ender = text[last[0] : last[1]].rstrip('"”’ ')[-1:]
            if (
                ender in "?!"
                and not re.search(r"\d", text[span[0] : span[1]])
                # the last field is the container, unless it asks a question too:
                # "What is Organizational Culture? And why should we care?."
                and (span != spans[-1] or text[span[0] : span[1]].rstrip(" .")[-1:] == "?")
                and not (
                    index + 1 < len(spans)
                    and len(text[last[0] : last[1]].split()) >= 4  # a question, not "The Why?"
                    and _journal_before_numbers(text[span[0] : span[1]], text[spans[index + 1][0]])
                )
            ):
                merged[-1] = (last[0], span[1])
                continue
        merged.append(span)
    return tuple(merged)


def _journal_before_numbers(field: str, next_char: str) -> bool:
    """ "AIDS Care." before "2014;…": up to five capitalised words, no article first."""
    words = field.strip(" .").split()
    return (
        next_char.isdigit()
        and 0 < len(words) <= 5
        and words[0] not in ("A", "An", "The", "Der", "Die", "Das", "Le", "La", "Les", "El")
        and all(w[:1].isupper() or is_small_word(w) for w in words)
    )


def _has_break(text: str) -> bool:
    # Without a candidate break there is one field at most: skip reading quotes.
    return _BREAK.search(text) is not None and len(_fields_cached(text)) > 1


_COMMA_OR_QUOTE = re.compile(r'[,"“”„«»‘’]')


def _split_commas(text: str) -> list[str]:
    """Comma segments, keeping quoted stretches whole."""
    if not any(q in text for q in '"“”„«»‘'):
        return [s.strip() for s in text.split(",") if s.strip(" ,;.")]
    segments: list[str] = []
    depth_quote = False
    opener = ""  # the quote that opened the quoted stretch
    start = 0  # of the current segment
    for mark in _COMMA_OR_QUOTE.finditer(text):
        index = mark.start()
        ch = text[index]
        if ch == "‘" and not text[start:index].strip():
            depth_quote = True  # ‘Title, with comma,’ opening a segment
        elif ch == "’" and depth_quote and text[index + 1 : index + 2] in ("", " ", ",", "."):
            depth_quote = False
        elif ch == "“" and depth_quote and opener == "„":
            depth_quote = False  # German „Titel“ closes with the English opening quote
        elif ch in "“„«":
            depth_quote, opener = True, ch
        elif ch in "”»":
            depth_quote = False
        elif ch == '"':
            depth_quote = not depth_quote
        elif ch == "," and not depth_quote:
            segments.append(text[start:index])
            start = index + 1
    segments.append(text[start:])
    return [s.strip() for s in segments if s.strip(" ,;.")]


_COLON_OR_BRACKET = re.compile(r"[(:]")  # "(Toronto: University of Toronto Press": placed
#: A place of publication: one or two capitalised words ("İstanbul", "New York").
_PLACE = re.compile(r"[A-ZÇĞİÖŞÜÀ-ÞА-ЯЁ][^\W\d_]+(?:[ -][A-ZÇĞİÖŞÜÀ-ÞА-ЯЁ][^\W\d_]+)?")
#: A place in an imprint, up to three capitalised words: "New York City", "NY", "Vt.".
_PLACE_NAME = re.compile(
    r"[A-ZÇĞİÖŞÜÀ-ÞА-ЯЁ][^\W\d_]*\.?(?:[ -][A-ZÇĞİÖŞÜÀ-ÞА-ЯЁ][^\W\d_]*\.?){0,2}"
)


_DATE_LEAD_INITIALS = frozenset("lLuUpPmMyYgGvVaAоОoO ")
#: Words before a web page's date: Chicago's "last modified December 2025".
_DATE_LEAD = re.compile(
    r"^\s*(?:last\s+(?:modified|updated|revised)|updated|published|posted|modified"
    r"|yayın(?:lanma)?\s+tarihi|güncelleme(?:\s+tarihi)?|veröffentlicht(?:\s+am)?"
    r"|aktualisiert(?:\s+am)?|опубликовано|обновлено)(?:\s+on)?\s*:?\s*",
    re.IGNORECASE,
)


_NO_DATE_ENDS = frozenset(("n.d", "s.d", "o.j", " nd", " sd"))
_NO_DATE_SEGMENT = re.compile(rf"\(?{_NO_DATE_MARK}\.?\)?", re.IGNORECASE)
_UNDATED_BODY = re.compile(rf"(?P<body>[^\W\d_].{{1,100}}?)\s*\(?\b{_NO_DATE_MARK}\.?\)?")


_LONGEST_BODY_NAME = 10  # words: "Ministry of Foreign Affairs of the Republic of Kazakhstan"


#: "… September 19" / "… 19 Aralık" closing a segment whose year came after a comma.
_MONTH_DAY_END = re.compile(
    r"(?<=[\s\"”»’])(?:[^\W\d_]{3,}\.?\s+\d{1,2}|\d{1,2}\.?\s+[^\W\d_]{3,}\.?)$"
)


#: "in Robert Singh (ed.)", "in Anthony King (eds.)", "in: J. Smith (Hrsg.)"
_IN_EDITORS = re.compile(
    r"\s*(?:in|In|dans|im)\s*:?\s+(?P<names>[^()]{2,120}?)\s*"
    r"\((?:eds?|hrsg|hg|dir|éds?|coord)\.?\)\s*$",
    re.IGNORECASE,
)


_FAMILY_ET_AL = re.compile(r"([A-ZÀ-ÖØ-Þ][^\W\d_]+(?:[-'’][^\W\d_]+)?)\s+et\s+al\.?")


def _chapter_book(work: _Work, after: list[str]) -> str:
    """The book a quoted chapter is in when "in Editors (ed.)" comes first: the
    editors are read and their segments dropped from ``after``, whose [1] is then
    the book. "" (and ``after`` untouched) when it does not open so."""
    for last in range(min(len(after) - 1, 8)):  # the editors may hold commas
        lead = _IN_EDITORS.match(", ".join(after[: last + 1]))
        if lead is not None:
            break
    else:
        return ""
    names = list(scan_authors(lead.group("names")).names)
    if not names and (family := _FAMILY_ET_AL.fullmatch(lead.group("names").strip())):
        names = [Name(family=family.group(1))]  # "in Schreibman et al. (ed.)"
    if not names:
        return ""
    work.editors, work.in_container = names, True
    del after[:last]
    return _tidy(after[1])


def _names_body_or_periodical(name: str) -> bool:
    """ "White House", "Business Week": two capitalised words that are no person."""
    return names_issuing_body(name) or names_periodical(name, abbreviations=False)


def _take_body_and_place(work: _Work, after: list[str]) -> None:
    """What follows a quoted title when it is who published it and where, not a site:
    "“Title”, Stratejik Düşünce Enstitüsü, Ankara, s. 34" (a body, its town, a page)
    and "Bundesregierung, „Title“, Berlin, 14. Februar 2025" (a known city alone)."""
    if len(after) >= 2 and _NUMBERS_ONLY.fullmatch(after[-1]) and _PAGE_LEAD.match(after[-1]):
        _read_numbers(work, after.pop())  # "s. 34", "p. 12": the page cited
    if (
        len(after) == 2
        and _PLACE_NAME.fullmatch(after[1].strip())
        and (names_issuing_body(after[0]) or names_publisher(after[0]))
    ):
        work.publisher, work.place = _tidy(after[0]), after[1].strip()
        after.clear()
    elif len(after) == 1 and work.organisation and _is_known_place(after[0]):
        work.place = after[0].strip()
        after.clear()


#: "Tech. Rep.", "Technical Report", "Tech. Report".
_TECH_REPORT_WORDS = r"tech(?:nical)?\.?\s*rep(?:ort)?\.?"
#: IEEE's report mark and its number: "Tech. Rep.", "Tech. Rep. CSRG-123", "Technical Report 5".
_TECH_REPORT = re.compile(
    rf"{_TECH_REPORT_WORDS}(?:\s+(?:no\.?\s*)?(?P<number>[^,\s][^,]{{0,30}}))?",
    re.IGNORECASE,
)


def _take_conference_town(work: _Work, after: list[str]) -> None:
    """Where a conference met is no part of its proceedings' name: "“Title,” in Proc.
    IEEE Int. Conf. Robotics and Automation (ICRA), Anchorage, AK, USA, 2010, pp. 1–6"."""
    first = next((i for i in range(1, len(after)) if _is_known_place(after[i])), 0)
    if not first:
        return
    end = first + 1
    while end < len(after) and _is_address_part(after[end].strip()):
        end += 1
    if all(_NUMBERS_ONLY.fullmatch(rest) or find_date(rest) for rest in after[end:]):
        work.place = work.place or _tidy(", ".join(after[first:end]))
        del after[first:end]


def _is_address_part(text: str) -> bool:
    """ "AK", "QC", "Canada", "USA" after a town: a region's or country's name or code."""
    return is_region_code(text) or _is_known_place(text) or (text.isupper() and len(text) <= 3)


#: A numbered series of reports: "DGAP Analyse Nr. 5", "Policy Memo No. 800",
#: "SWP-Aktuell 2023/A12", "Analiz No: 2024/12".
_REPORT_SERIES = re.compile(
    r"(?P<series>[^\W\d_][^,;:\d]*?)\s*(?:(?:Nr|No|Sayı|Number|№)\.?\s*:?\s*)?"
    r"(?P<number>\d{1,4}(?:\s*/\s*[A-Z]?\d{1,4})?)"
)


def _take_report_series(work: _Work, segments: list[str], first: int = 0) -> None:
    """ "„Title“, DGAP Analyse Nr. 5, Berlin, März 2023, S. 4": a think tank's numbered
    series, its town and the page cited; no journal. The series is looked for from
    ``segments[first]`` on, and it and what follows it are taken out."""
    for index in range(first, len(segments)):
        segment = segments[index].strip(" .")
        if not segment[-1:].isdigit():
            continue  # the number closes the segment: no need to try the pattern
        series = _REPORT_SERIES.fullmatch(segment)
        if series is not None and names_report_series(series.group("series")):
            break
    else:
        return
    rest = segments[index + 1 :]
    if not all(_NUMBERS_ONLY.fullmatch(a) or _is_known_place(a) for a in rest):
        return
    work.collection = _tidy(series.group("series"))
    work.number = re.sub(r"\s+", "", series.group("number"))
    work.place = work.place or ", ".join(a.strip() for a in rest if _is_known_place(a))
    _read_numbers(work, ", ".join(a for a in rest if _NUMBERS_ONLY.fullmatch(a)))
    del segments[index:]


def _take_tech_report(work: _Work, after: list[str]) -> None:
    """IEEE's reports: "“Title,” Univ. of Toronto, Toronto, ON, Canada, Tech. Rep.
    CSRG-123, 2001" names the institution, its address and the report's number."""
    if not any("ep" in segment for segment in after):
        return  # no "Rep."/"Report" anywhere
    for index, segment in enumerate(after):
        mark = _TECH_REPORT.fullmatch(segment.strip(" ."))
        if mark is None:
            continue
        if index == 0 or any(not _NUMBERS_ONLY.fullmatch(rest) for rest in after[index + 1 :]):
            return  # "“Title,” Technical report, …" is read as a non-container below
        body = after[:index]
        at_place = next(
            (
                i
                for i in range(1, len(body))
                # a known town, or a town before a state's code: "Cambridge, MA, USA"
                if _is_known_place(body[i])
                or (i + 1 < len(body) and is_region_code(body[i + 1].strip()))
            ),
            len(body),
        )
        work.publisher = _tidy(", ".join(body[:at_place]))
        work.place = _tidy(", ".join(body[at_place:]))
        work.number = work.number or _tidy(mark.group("number") or "")
        after.clear()
        return


#: "in:" or a lower-case "in" before a container's name ("In These Times" is one).
_IN_LEAD = re.compile(r"^\s*(?:[Ii]n:|in\s|im:?\s)\s*")
#: "vom", "от", "du" before a day's date closing a segment: "Süddeutsche Zeitung vom 3.
#: März 2023", "Указ Президента от 16 марта 2023 г.", "Le Monde du 3 mars 2023".
_DATE_AFTER_WORD = re.compile(r"\s(?:vom|от|du)\s+(?=\d)")


def _take_date_after_word(work: _Work, segments: list[str], language_hint: str) -> None:
    """The day an issue of a paper came out, named after its title by "vom"/"от"/"du"."""
    for index in range(len(segments) - 1, 0, -1):
        joint = _DATE_AFTER_WORD.search(segments[index])
        if joint is None:
            continue
        date = parse_date(segments[index][joint.end() :], language_hint=language_hint)
        if date is not None and date.day is not None:
            work.issued = date
            segments[index] = segments[index][: joint.start()]
            return


_PAGE_LEAD = re.compile(r"\s*(?:pp?|s|ss|S|с|sayfa)\.?\s*\d", re.IGNORECASE)


def _parse_web(work: _Work, language_hint: str) -> None:
    """``[Author,] Title, Site[, Date]``: the shape of the seed footnotes."""
    if "(" in work.body:
        _take_imprint_bracket(work)
    colon = work.body.find(": ", 0, 70)
    if (
        colon > 0
        and work.body[colon + 2 : colon + 3] in _OPEN_QUOTES
        and (site := _SITE_COLON.match(work.body)) is not None
    ):
        rest = work.body[site.end() :]
        if rest[:1] in _OPEN_QUOTES and _opens_with_site(site.group("site"), work):
            # "Frankfurter Allgemeine Zeitung: „Title“, 15.09.2024, S. 5.": the paper first
            work.container, work.body = _tidy(site.group("site")), rest
    segments = _split_commas(work.body)
    # The publication date: the last segment that is wholly a date, or the last
    # two ("December 26, 2025" holds a comma); never the first segment.
    for index in range(len(segments) - 1, 0, -1):
        if index >= 2:
            pair = f"{segments[index - 1]}, {segments[index]}"
            date = parse_date(pair, language_hint=language_hint)
            if date is not None:
                work.issued = date
                del segments[index - 1 : index + 1]
                break
        segment = segments[index]
        if segment[:1] in _DATE_LEAD_INITIALS:
            segment = _DATE_LEAD.sub("", segment)  # "last modified December 2025"
        date = parse_date(segment, language_hint=language_hint)
        if (
            date is None
            and segment[-1:].isdigit()
            and (imprint := _PLACE_YEAR_TAIL.fullmatch(segment))
        ):
            place = imprint.group("place")
            if lookup_month(place) is None and not place.isupper():  # "…, Berlin 2020, S. 12."
                work.place = place
                date = PartialDate(int(imprint.group("year")))
        if date is not None:
            if date.month is None and (day := _MONTH_DAY_END.search(segments[index - 1])):
                # '“Title,” September 19, 2025': the quote kept "September 19" with it
                fuller = parse_date(
                    f"{day.group(0).strip()}, {segment}", language_hint=language_hint
                )
                if fuller is not None and fuller.month is not None:
                    date = fuller
                    segments[index - 1] = segments[index - 1][: day.start()].rstrip()
                    lead = _DATE_LEAD.match(segments[index - 1])
                    if lead is not None and lead.end() == len(segments[index - 1]):
                        del segments[index - 1]  # "…, last modified April 30, 2023"
                        index -= 1
            work.issued = date
            del segments[index]
            break
    if work.issued is None and len(segments) > 1:
        _take_date_after_word(work, segments, language_hint)
    if len(segments) == 1 and work.issued is None:
        date = parse_date(segments[0], language_hint=language_hint)
        if date is not None:
            work.issued = date
            segments = []
    if not segments:
        return
    quoted_index = next(
        (i for i, s in enumerate(segments) if s[:1] in _OPEN_QUOTES and _tidy(s)), None
    )
    if quoted_index is not None:
        before, title, after = (
            segments[:quoted_index],
            segments[quoted_index],
            segments[quoted_index + 1 :],
        )
        quoted = _QUOTED.match(title)
        if quoted and title[quoted.end() :].strip(" ,.;:"):
            # «Title» RDT / “Title,” Journal: what follows the quote is not title.
            after = [title[quoted.end() :], *after]
            title = quoted.group(0)
        named = ", ".join(before)
        if (
            before
            and looks_like_person(named)
            and not _names_body_or_periodical(named)
            and not is_known_outlet(named)  # "Nikkei Asia, “Title”, 19 December 2025"
            and not _is_site(named, work)  # "Chatham House, “Title”, chathamhouse.org"
        ):
            _add_person(work, named)
        elif before:
            work.organisation = _tidy(", ".join(before))
        work.title = _tidy(title)
        work.quoted_title = True
        after = [a for a in after if not _NO_DATE_SEGMENT.fullmatch(a.strip())]  # "n.d."
        for index, segment in enumerate(after):
            lead = _DATE_LEAD.match(segment)
            if lead and lead.end() and (date := parse_date(segment[lead.end() :])) is not None:
                # "“Title,” last modified December 2025, URL": a date, no container
                work.issued = work.issued or date
                del after[index]
                break
            if work.issued is None and (date := parse_date(segment, language_hint=language_hint)):
                work.issued = date  # 'Reuters, "Title," 20 December 2025.': the quote kept it
                del after[index]
                break
        if after and _NUMBERS_ONLY.fullmatch(after[0]):
            _read_numbers(work, ", ".join(after))  # “Title,” pp. 3–57
            after = []
        if after and (book := _chapter_book(work, after)):
            work.container = book  # "‘Congress’, in Robert Singh (ed.), Governing America"
            book_imprint = [a for a in after[2:] if not _NUMBERS_ONLY.fullmatch(a)]
            _read_numbers(work, ", ".join(a for a in after[2:] if _NUMBERS_ONLY.fullmatch(a)))
            if len(book_imprint) == 2 and _PLACE_NAME.fullmatch(book_imprint[0].strip()):
                if book_imprint[1].strip(" .").lower() == "etc":
                    work.place = book_imprint[0].strip()  # "Maldon, etc.": more towns, no publisher
                else:
                    work.place, work.publisher = (
                        book_imprint[0].strip(),
                        _tidy(book_imprint[1]),
                    )  # "Paris, Seuil"
            elif len(book_imprint) == 1 and names_publisher(book_imprint[0]):
                work.publisher = _tidy(book_imprint[0])
            return
        _take_tech_report(work, after)
        _take_report_series(work, after)
        if len(after) > 1 and _CONFERENCE.search(after[0]):
            _take_conference_town(work, after)
        _take_body_and_place(work, after)
        if after and (lead := _IN_PREFIX.match(after[0])) is not None:
            after[0] = after[0][lead.end() :]  # "« Title », in Virginia Journal of …, vol. 50"
        if len(after) > 1 and all(
            _NUMBERS_ONLY.fullmatch(a) or _TAIL_MARKS.search(", " + a) or find_date(a)
            for a in after[1:]
        ):
            # "Journal, Vol. 2, Nos. 1-4, pages 135-150", "Physics 79, 245–255 (2011)"
            end = _CONTAINER_END.search(after[0] + ",")
            cut = end.start() if end is not None and end.start() > 0 else len(after[0])
            work.container = _tidy(after[0][:cut])
            _read_numbers(work, ", ".join([after[0][cut:], *after[1:]]))
        elif after and (end := _CONTAINER_END.search(after[0] + ",")) and end.start() > 0:
            work.container = _tidy(after[0][: end.start()])  # "Nature 450, 1214–1217"
            _read_numbers(work, ", ".join(after))
        else:
            joined = ", ".join(after)
            end = _CONTAINER_END.search(joined) if "," in joined else None
            if end is not None and end.start() > 0 and _NUMBERS_ONLY.fullmatch(joined, end.end()):
                # "in Proceedings of the AIAA Guidance, Navigation and Control Conference,
                # no. 10": a name with commas of its own, then its numbers
                work.container = _tidy(joined[: end.start()])
                _read_numbers(work, joined[end.start() :])
            else:
                work.container = _tidy(joined) or work.container  # a site named first stays
        if _THESIS.search(work.container) or _NOT_CONTAINER.match(work.container):
            work.publisher = _tidy(", ".join(after[1:]))
            work.container = ""
        elif (
            not work.container
            and work.organisation
            and (
                _names_a_site(work.organisation, work)
                or names_periodical(work.organisation, abbreviations=False)
            )
        ):
            # "Anadolu Ajansı, “Title”, 19 Aralık 2025, URL", "Business Week, “Title,” …":
            # the site or periodical comes first
            work.container, work.organisation = work.organisation, ""
        return
    segments = [segment for segment in segments if not _ISBN.fullmatch(segment)]
    if (
        len(segments) >= 2
        and segments[0].rstrip(" .)")[-3:].lower() in _NO_DATE_ENDS
        and (undated := _UNDATED_BODY.fullmatch(segments[0]))
    ):
        # "EPA - Environmental Protection Agency n.d., Title": a body, then no date
        work.organisation = _tidy(undated.group("body"))
        segments = segments[1:]
    numbers: list[str] = []
    while len(segments) > 2 and _NUMBERS_ONLY.fullmatch(segments[-1]):
        numbers.insert(0, segments.pop())  # "…, Citizenship Studies, vol.1; n3" / "…, 5-23"
    if numbers:
        _read_numbers(work, ", ".join(numbers))
    if (
        len(segments) >= 2
        and _opens_with_site(segments[0], work)
        and not (_names_a_site(segments[-1], work) and not is_known_outlet(segments[0]))
    ):
        # "Süddeutsche Zeitung, Japan umwirbt Zentralasien, 21. Dezember 2025":
        # a known outlet or the URL's own site named first, then the title.
        work.container, work.title = _tidy(segments[0]), _tidy(", ".join(segments[1:]))
        return
    if (
        len(segments) >= 2
        and segments[1].lstrip()[:1].isalpha()  # a title follows, not "2016 [Электронный ресурс]"
        and segments[0].count(" ") < _LONGEST_BODY_NAME
        and names_issuing_body(segments[0])
        and not names_issuing_body(segments[-1])
        and not _names_a_site(segments[-1], work)
        and not looks_like_person(segments[0])
    ):
        # "Ministry of Foreign Affairs of …, Press release on …, 5 December 2025",
        # "Japan International Cooperation Agency (JICA), Annual Report 2024 (…)":
        # the body that issued it, then the title
        work.organisation = _tidy(segments[0])
        segments = segments[1:]
    if (
        len(segments) >= 2
        and not work.same_author  # "———. A Biblical Miscellany, trans. …": a title
        and looks_like_person(segments[0])
        and not _is_site(segments[0], work)
    ):
        _add_person(work, segments[0])
        segments = segments[1:]
    if len(segments) >= 2:
        _take_report_series(work, segments, 1)  # "Body, Title, Europe Report No. 270, Brussels"
    if (
        len(segments) >= 3
        and not work.publisher
        and _is_known_place(segments[-1])
        and (names_issuing_body(segments[-2]) or names_publisher(segments[-2]))
    ):
        # "Title, European Center for Minority Issues, Tbilisi, February 2011" and
        # "Title, Oxford University Press, Melbourne": who published it, then where
        work.publisher, work.place = _tidy(segments[-2]), _tidy(segments[-1])
        work.title = _tidy(", ".join(segments[:-2]))
        return
    host = url_host(work.url) if work.url else ""
    if work.publisher and not work.url and len(segments) > 1:
        # an imprint in brackets was read: all the rest is the book's title
        while len(segments) > 1 and _CONTRIBUTOR.match(segments[-1]):
            segments.pop()  # "…, trans. E. F. N. Jephcott": a translator, no title
        work.title = _tidy(", ".join(segments))
        return
    if len(segments) == 1 and work.issued is None:
        # "… Submission Australian Government 1 November 2012": a dated title line
        for dated, at, stop in iter_dates(segments[0], language_hint=language_hint):
            if at > 0 and dated.month is not None and not segments[0][stop:].strip(" .,;"):
                work.issued, segments[0] = dated, segments[0][:at].rstrip(" ,;")
    if len(segments) == 1 and work.issued is not None and is_known_outlet(segments[0]):
        work.container = _tidy(segments[0])  # "Hürriyet, 12 Mart 2023.": a paper's issue, no title
        return
    if len(segments) == 1:
        split = (
            split_site_suffix(segments[0], host, tuple(work.italics))
            if host or work.italics
            else None
        )
        if split and split[0]:
            work.title, work.container = _tidy(split[0]), _tidy(split[1])
        else:
            work.title = _tidy(segments[0])
        return
    work.title = _tidy(", ".join(segments[:-1]))
    work.container = _tidy(_IN_LEAD.sub("", segments[-1], count=1))  # "in: Süddeutsche Zeitung"
    if not work.url and (names_publisher(work.container) or _printed_not_online(work)):
        # "R. H. Bube, Photovoltaic Materials, Imperial College Press, 1998": a book
        work.publisher, work.container = work.container, ""
        place_first = re.match(r"\s*(?P<place>[^:]{2,40}?)\s*:\s*(?P<pub>\S.*)$", work.publisher)
        if place_first and _PLACE_NAME.fullmatch(place_first.group("place")):
            # "…, Ankara: Atatürk Kültür Merkezi Yayınları, 2015": place and publisher
            work.place, work.publisher = place_first.group("place"), place_first.group("pub")
            work.title = _tidy(", ".join(segments[:-1]))
            return
        place = (
            segments[-2]
            if len(segments) > 2 and not _COLON_OR_BRACKET.search(work.publisher)
            else ""
        )
        if _PLACE.fullmatch(place):  # "Orta Asya ve Türkiye, İstanbul, Ötüken Neşriyat"
            work.place = place
            work.title = _tidy(", ".join(segments[:-2]))


_CONTRIBUTOR = re.compile(
    r"(?:trans\.|translated by|tr\.|ed\.|eds\.|edited by|çev\.|çeviren|hrsg\. v|übers\.|пер\.)\s",
    re.IGNORECASE,
)


_ISBN = re.compile(r"ISBN(?:-1[03])?[:\s]*[\dXx][\dXx\s-]{8,16}\.?", re.IGNORECASE)


def _printed_not_online(work: _Work) -> bool:
    """ "RIOUT, Denys, Les Écrivains devant l’impressionnisme, Macula, 2006": no URL,
    no access date, no volume or pages, not a newspaper: the last name is a publisher.
    A book is dated by its year, at most its month: "…, The Diplomat, 19 December 2025"
    names a periodical."""
    return (
        work.issued is not None
        and work.issued.day is None
        and not (work.accessed or work.volume or work.issue or work.pages)
        and not any(work.container == italic.strip(" ,.") for italic in work.italics)
        and not is_news(work.container, "")
    )


def _imprint_bracket(text: str) -> re.Match[str] | None:
    """The first bracket that is an imprint: a place and a year (or the reference's
    end), or a publisher's name.

    "(Heteroptera: Cimicomorpha)", "(ed.)" and "(1830–1870)" are not.
    """
    for bracket in _PUBLICATION_BRACKET.finditer(text):
        if names_publisher(bracket.group("pub")) or (
            bracket.group("place")
            and (bracket.group("year") or not text[bracket.end() :].strip(" .,;"))
        ):
            return bracket  # "(New York: Plenum)" closing the reference is one too
        if bracket.group("year") and _is_bracket_place(bracket.group("pub")):
            return bracket  # "(London, 2016)", "(Washington, DC, 2024)": a place and a year
    return None


def _is_bracket_place(text: str) -> bool:
    """ "London", and "Washington, DC" with a state's code."""
    town, _, region = text.rpartition(", ")
    return _is_known_place(text) or (bool(town) and is_region_code(region.strip()))


def _bracket_imprint(bracket: re.Match[str]) -> tuple[str, str]:
    """Publisher and place of an imprint bracket ("(London, 2016)" names a place only)."""
    pub, place = _tidy(bracket.group("pub")), _tidy(bracket.group("place") or "")
    if not place and _is_bracket_place(pub) and not names_publisher(pub):
        return "", pub
    return pub, place


def _take_imprint_bracket(work: _Work) -> None:
    """Chicago's note form of a book: "Author, Title (New York: Penguin, 2020), 45."."""
    bracket = _imprint_bracket(work.body)
    if bracket is None or not bracket.group("year"):
        return
    work.publisher, work.place = _bracket_imprint(bracket)
    work.issued = PartialDate(int(bracket.group("year")))
    tail = work.body[bracket.end() :]
    if _NUMBERS_ONLY.fullmatch(tail):
        _read_numbers(work, tail if re.search(r"[a-z]\.", tail) else f"pp. {tail.strip(' ,.')}")
        tail = ""
    work.body = work.body[: bracket.start()] + tail


def _names_a_site(name: str, work: _Work) -> bool:
    """A news outlet, or the site the URL is on."""
    host = url_host(work.url) if work.url else ""
    return _is_site(name, work) or is_news(name, "") or bool(host and is_news("", host))


def _opens_with_site(name: str, work: _Work) -> bool:
    """A known outlet, or the URL host's own name ("Kremlin.ru", "Jamestown")."""
    if len(name) > LONGEST_SITE_NAME:
        return False  # a title, not a site's name: spared the lookups
    if is_known_outlet(name):
        return True
    if not work.url:
        return False
    first = name.lstrip()[:1]
    first = (first if first.isascii() else anyascii(first)).lower()
    # a name can match the host only by starting as one of its labels does
    return first in host_initials(url_host(work.url)) and _is_site(name, work)


def _is_site(text: str, work: _Work) -> bool:
    host = url_host(work.url) if work.url else ""
    if host and name_matches_host(text, host):
        return True
    return any(text.strip() == span.strip() for span in work.italics)


def _add_person(work: _Work, text: str) -> None:
    name = parse_person(text)
    if name is not None:
        work.authors.append(name)


def _authors_end_ok(text: str, end: int) -> bool:
    """Whether what follows a name list can follow one (so it was a list)."""
    if text[:end].rstrip().endswith("."):
        return True
    rest = text[end:].lstrip()
    return not rest or rest[0] in '.,:;("“„«‘[' or rest[0].isdigit() or rest.startswith("&")


def _accepted_authors(text: str, scan: AuthorScan) -> tuple[list[Name], int]:
    """The names of a scan that really are authors, and where they end.

    Trailing "names" go when they are a journal ("E. Garnett, P. Yang, Nano
    Lett. 2010, 10, 1082") or when what follows them cannot follow an author
    list ("Feferman, S., Transfinite Recursive Progressions…").
    """
    names, end = list(scan.names), scan.end
    if names and is_known_outlet(text[scan.spans[0][0] : scan.spans[0][1]].strip(" ,.;:")):
        return [], 0  # "Deutsche Welle: Title": a news outlet, not a person
    while len(names) >= 2 and _looks_like_container_only(text[scan.spans[len(names) - 1][0] :]):
        names.pop()
        end = scan.spans[len(names) - 1][1]
    while names and not _authors_end_ok(text, end):
        names.pop()
        end = scan.spans[len(names) - 1][1] if names else 0
    if len(names) > 1 and text[end : end + 2].lstrip()[:1] == "(" and _imprint_at(text, end):
        # "Erdoğan Yıldırım, Türk Dış Politikası ve Orta Asya (İstanbul: Ötüken, 2020)":
        # a book's title comes before its imprint; the "names" after the last comma were it
        for index in range(len(names) - 1, 0, -1):
            if text[scan.spans[index - 1][1] : scan.spans[index][0]].strip() == ",":
                names, end = names[:index], scan.spans[index - 1][1]
                break
    if (
        len(names) > 2
        and scan.style == "direct"
        and text[end:].lstrip()[:1] == ":"
        and not _LIST_CONJUNCTION.search(text, 0, end)
    ):
        # "Alexander Cooley, Great Games, Local Rules: The New …": capitalised words
        # of the title before its colon, with no "and" to join them, are no names
        # (two names may be so joined: "Wolfgang Jantzen, Jan Steffens: Title")
        names, end = names[:1], scan.spans[0][1]
    return names, end


_LIST_CONJUNCTION = re.compile(r"\s(?:and|&|und|et|ve|y|e|и)\s|&")


def _imprint_at(text: str, pos: int) -> bool:
    bracket = _imprint_bracket(text[pos:])
    return bracket is not None and bracket.start() == 0


def _parse_academic(work: _Work, scan: AuthorScan, language_hint: str) -> None:
    """Authors (or a corporate author), the year after them, then title and the rest."""
    text = work.body
    pos = 0
    authors_by_comma = False
    names, end = _accepted_authors(text, scan) if not work.same_author else ([], 0)
    if names or work.same_author:
        work.authors = names
        pos = end
        editors = _EDITORS.match(text, pos)
        authors_by_comma = text[pos:].lstrip().startswith(",")
        if editors:
            work.editors, work.authors = work.authors, []
            pos = editors.end()
            authors_by_comma = text[editors.start() : pos].rstrip().endswith(",")  # "(eds.), "
    elif (site := _SITE_COLON.match(text)) and _opens_with_site(site.group("site"), work):
        work.container = _tidy(site.group("site"))  # "Deutsche Welle: Japan will …"
        pos = site.end()
    else:
        first = _fields(text)
        corporate = _CORPORATE_YEAR.match(text)
        if corporate and not _whole_body(corporate, text):
            corporate = None
        if corporate and _is_sentence_case_title(corporate.group("org")):
            # APA with no author: "Pillars of an institution. (1993, September). Journal"
            work.title = _tidy(corporate.group("org"))
            pos = corporate.start("rest")
        elif corporate and not looks_like_person(corporate.group("org")):
            work.organisation = _tidy(corporate.group("org"))
            pos = corporate.start("rest")
            if _ACADEMIC_YEAR.match(text[pos:]) is None:
                pos = corporate.end()  # "EPA - Environmental Protection Agency n.d., Title"
        elif len(first) > 1 and _is_org_author(text[first[0][0] : first[0][1]], text, first):
            work.organisation = _tidy(text[first[0][0] : first[0][1]])
            pos = first[1][0]
    rest = text[pos:]
    year = _ACADEMIC_YEAR.match(rest)
    if year:
        token = year.group("y") or year.group("y2") or ""
        more = year.group("more") or year.group("more2") or ""
        pre = year.groupdict().get("pre") or ""
        full = parse_date(f"{pre}{token[:4]}{more}", language_hint=language_hint)
        if full is None and more.strip(" ,") and token[:4].isdigit():
            # APA in day-month languages: "(2026, 3 Ocak)", "(2025, 19. Dezember)"
            full = parse_date(f"{more.strip(' ,')} {token[:4]}", language_hint=language_hint)
        work.issued = full or (parse_date(token[:4]) if token[:4].isdigit() else None)
        if full is None and year.group("more2"):
            rest = rest[year.start("more2") :]  # "1997, ApJ, 475": no month after the year
        else:
            rest = rest[year.end() :]
        # "Authors, 2000, Title, Proceedings …" stays comma-separated; "Authors, 2000.
        # Title." or "Authors (2000) Title" does not
        authors_by_comma = authors_by_comma and year.group(0).rstrip().endswith(",")
    rest = rest.lstrip(" .,;:")
    if work.title:  # the title came first; the container follows the date
        _read_container(work, rest, language_hint)
    else:
        _read_title_and_rest(work, rest, authors_by_comma, language_hint)
    _take_title_notes(work)


#: A translator, editor or series volume closing a book's title: ", trans. William
#: Grossman", " (tr. Columban Heaney)", ", Timothy Bahti (trans.)", ", ed. Mario
#: Ascheri", ", volume 374 of Lecture Notes in Mathematics".
_TITLE_CONTRIBUTOR = re.compile(
    r"(?:,\s*|\s+\()(?:trans|tr|transl|ed|eds|hrsg|çev|übers)\.\s[^()]{2,80}\)?$"
    r"|,\s*(?:translated|edited)\s+by\s[^()]{2,80}$"
    r"|,\s*[^,()]{3,60}\s\((?:trans|tr|ed|eds|hrsg)\.\)$",
    re.IGNORECASE,
)
#: Words one of which every ``_TITLE_CONTRIBUTOR`` match holds (lower case).
_CONTRIBUTOR_KEYS = ("tr.", "trans", "ed.", "eds.", "hrsg", "çev", "übers", "translated", "edited")
_TITLE_VOLUME = re.compile(r"\.\s*(?:Т|Vol|Bd|Cilt|Tome|Tomo)\.?\s*(?P<vol>\d{1,4})$")
_TITLE_SERIES_VOLUME = re.compile(
    r",\s*(?:volume|vol\.)\s*(?P<vol>\d{1,4})(?:\s+of\s+(?P<series>.+))?$", re.IGNORECASE
)


#: "Literární činnost M. J. Husi, Praha 1948": a book's place and year closing its title.
_TITLE_PLACE_YEAR = re.compile(
    r",\s*(?P<place>[A-ZÀ-ÞА-ЯЁ][^\W\d_]+(?:[ -][A-ZÀ-ÞА-ЯЁ][^\W\d_]+)?)\s+"
    r"(?P<year>(?:1[5-9]|20)\d\d)$"
)
#: "1999, Rozpoznavani notoveho zapisu": the year opening what was read as the title.
_TITLE_YEAR_LEAD = re.compile(r"(?P<year>(?:1[5-9]|20)\d\d)[a-z]?,\s+(?=[^\W\d_])")


def _take_title_dates(work: _Work) -> None:
    """A year the title swallowed when no date was found elsewhere."""
    if work.issued is not None or not work.title:
        return
    title = work.title
    if title[-1:].isdigit() and (end := _TITLE_PLACE_YEAR.search(title)) is not None:
        place, year = end.group("place"), int(end.group("year"))
        if lookup_month(place) is not None:  # ", Sept 1995": a month, no place
            work.issued = parse_date(f"{place} {year}") or PartialDate(year)
        else:
            work.issued, work.place = PartialDate(year), work.place or place
        work.title = title[: end.start()]
    elif title[:1].isdigit() and (lead := _TITLE_YEAR_LEAD.match(title)) is not None:
        work.issued = PartialDate(int(lead.group("year")))
        work.title = title[lead.end() :]


def _take_title_notes(work: _Work) -> None:
    """What a book's title carries after it that is no part of it."""
    _take_title_dates(work)
    title = work.title
    volume = _TITLE_VOLUME.search(title) if title[-1:].isdigit() else None
    if volume is not None and volume.start() > 0:
        # GOST's "Title. Т. 5." and "Title. Vol. 2.": the volume of a work in several
        work.title, work.volume = title[: volume.start()], work.volume or volume.group("vol")
        return
    if not title or ("," not in title and "(" not in title):
        return
    lowered = title.lower()
    note = (
        _TITLE_CONTRIBUTOR.search(title)
        if any(word in lowered for word in _CONTRIBUTOR_KEYS)
        else None
    )
    if note is not None and note.start() > 0:
        work.title = title[: note.start()].rstrip(" ,")
        work.title_addon = note.group(0).strip(" ,()")
        return
    series = _TITLE_SERIES_VOLUME.search(title) if "vol" in lowered else None
    if series is not None and series.start() > 0:
        work.title = title[: series.start()].rstrip(" ,")
        if series.group("series"):
            work.collection, work.number = _tidy(series.group("series")), series.group("vol")
        else:
            work.volume = work.volume or series.group("vol")


_SITE_COLON = re.compile(r"(?P<site>[^\W\d_][^:.,;]{1,60}?):\s+")
# "UNHCR, 2015. Title" / "World Bank (2010). Title": a body as author, then the year.
# "Équipe de rétablissement … (EROP) (2009).", "DrugAbuse.com. (n.d).": an acronym in
# brackets may follow the body's name, and "n.d." stand for the year.
_CORPORATE_YEAR = re.compile(
    r"^(?P<org>[^\W\d_][^()\d]{1,100}?(?:\s*\([^()\d]{1,80}\))?)\s*[.,]?\s*"
    r"(?P<rest>(?:\(?(?:1[5-9]\d\d|20\d\d)[a-z]?\)?"
    # no date: in brackets ("(n.d)", "(s.d.)"), or written with its periods ("n.d.,")
    r"|\((?:" + NO_DATE + r"|n\.\s?d|s\.\s?d)\.?\)|(?<!\w)" + _NO_DATE_MARK + r"\.)"
    r"[.,:]?\s)",
    re.IGNORECASE,
)


def _is_sentence_case_title(text: str) -> bool:
    """ "Pillars of an institution": ends on a lower-case content word, which a
    body's name does not ("Cour supérieure du Québec", "… (EROP)"), nor a list of
    names in lower case ("Bouisset c., degremont i."); a capitalised word that
    only bodies use ("Ministère de la culture") says it is one."""
    words = text.split()
    last = words[-1].rstrip(".,;:") if words else ""
    return (
        len(words) >= 3
        and last[:1].islower()
        and len(last) >= 3  # "End of an era"
        and not is_small_word(last)
        and not re.search(r"(?<!\w)\w\.", text)
        and not any(is_organisation(w) for w in words if w[:1].isupper())
    )


def _whole_body(corporate: re.Match[str], text: str) -> bool:
    """Whether a corporate author of several sentences is a body's parts, each a
    place or a body ("Australia. Department of External Affairs. 1913.", "Brasil.
    Ministério da Justiça. (2014a)."), and the year stands on its own: not a title
    ("UNCTAD. World Investment Report 2025.", "A Heidegger Dictionary. Ed. …, 1999")."""
    org = corporate.group("org")
    if not _has_break(org + " "):
        return True
    if not re.search(r"[.,(]", text[corporate.end("org") : corporate.start("rest") + 1]):
        return False
    parts = [org[start:end].strip(" .") for start, end in _fields(org)]
    return all(
        _PLACE.fullmatch(part)
        or (is_organisation(part) and "[" not in part and not part.startswith(("A ", "An ")))
        for part in parts
    )


#: A name of two words or more, then its acronym in brackets: "… Organization (NATO)".
_NAME_AND_ACRONYM = re.compile(
    r"[^\W\d_][^()]*\s[^()]+\s\((?:[A-Z][A-Za-z&]{0,2}){0,3}[A-Z]{1,6}\)"
)


def _is_org_author(first: str, text: str, spans: list[tuple[int, int]]) -> bool:
    """ "United Nations. "Human Rights."": a corporate author before a title."""
    first = first.strip()
    if not first or first[:1] in _OPEN_QUOTES or len(first.split()) > 6:
        return False
    if re.fullmatch(r"[A-Z]{2,10}", first.rstrip(".")):
        return True  # "AASHTO. Aashto green book…": an acronym as author
    if _NAME_AND_ACRONYM.fullmatch(first.rstrip(".")):
        return True  # "Médecins sans frontières (MSF). Title.": a body and its acronym
    second = text[spans[1][0] : spans[1][1]].lstrip()
    if second[:1] in _OPEN_QUOTES or _ACADEMIC_YEAR.match(second):
        return is_organisation(first)
    # "INSTITUTO DE ESTUDOS FINANCEIROS. Formação de Preço.", "Bishop Museum. Title.":
    # a body's name in capitals, or with a word only bodies' names hold.
    words = first.rstrip(".").split()
    if len(words) >= 2 and first.isupper() and is_organisation(first):
        return True
    return len(spans) > 2 and names_issuing_body(first)  # a title and one more field after it


_TRAILING_IMPRINT = re.compile(
    rf",\s*(?P<place>{_PLACE.pattern})\s*:\s*(?P<pub>[^,.;:()]{{2,80}}?)"
    r"(?:\s*,\s*(?P<date>[^,.;:()]{3,30}?))?\s*\.?\s*$"
)
# "(London: Routledge, 1992)": place, publisher and year in brackets after a title.
# "(Princeton University Press, 1999)": no place, a publisher by its name.
_PUBLICATION_BRACKET = re.compile(
    r"\s*\((?:(?P<place>[^():\d]{2,40}):\s*)?(?P<pub>[^\W\d_][^():,]{1,79}?"
    r"(?:,\s*[A-Z]{2}(?=,\s*(?:1[5-9]|20)\d\d\)))?)"  # "(Washington, DC, 2024)"
    r"(?:,\s*(?P<year>(?:1[5-9]|20)\d\d))?\)"
)


#: "Trad fr. par …", "Trans. …", "Ed. …" after a title: a contributor, no container.
_CONTRIBUTOR_WORDS = frozenset(
    ("trad", "trans", "tr", "transl", "ed", "eds", "edited", "translated", "hrsg", "hg")
) | frozenset(("übers", "çev", "dir", "éd", "введ", "пер"))


def _title_case_field(head: str) -> int:
    """Where a sentence-case title ends at a comma before a name in title case
    ("… on Mars, Lunar and Planetary Science, XXX. 1999", "Segmentation of music
    primitives, Proceedings of the British Machine Vision Conference"): a journal,
    proceedings or series. 0 when the title is in title case itself, or no such
    field follows."""
    for comma in _FIELD_COMMA.finditer(head):
        title, field_text = head[: comma.start()], head[comma.end() :].split(",", 1)[0]
        title_words = title.split()
        lower = [w for w in title_words[1:] if w[:1].islower() and len(w) > 3]
        words = [w for w in field_text.split() if len(w) > 3 and not w[:1].isdigit()]
        if (
            len(title_words) >= 4
            and len(lower) >= 2
            and not title.endswith(")")  # "… in Sieghart Döhring (eds.), Verdi-Studien"
            and len(words) >= 2
            and field_text.split()[0].lower().rstrip(".") not in _CONTRIBUTOR_WORDS
            and all(w[:1].isupper() for w in words)
            and not _PLACE_NAME.fullmatch(field_text.strip())
        ):
            return comma.start()
    return 0


#: An "In:" that opens the container inside the title's sentence: after a comma,
#: or capitalised; the colon tells it from the word "in".
_INNER_IN = re.compile(r",\s*(?:in|dans|im)\s*:\s+|\s(?:In|Dans|Im)\s*:\s+")


#: A quoted nickname closing the names, right before the quoted title.
_NICKNAME = re.compile(r"\s*[\"“]\w+(?:\s\w+)?[\"”][.,]?\s+(?=[\"“„«‘])")


#: ", Paris, Flammarion, 1997." closing a comma-separated book reference.
_COMMA_IMPRINT = re.compile(
    r",\s*(?P<place>[^\W\d_][^,.;:()\d]{1,30}),\s*(?P<pub>[^\W\d_][^,;:()\d]{1,60}?)"
    r"(?:,\s*(?P<year>(?:1[5-9]|20)\d\d))?\.?\s*$"  # "(1984), Title, Paris, Payot.": no year
)
#: A comma before a conference's proceedings, in a list of comma-separated fields.
_PROCEEDINGS_FIELD = re.compile(
    r",\s*(?=(?:[Ii]n:?\s+)?(?:Proceedings|Proc\.|Actes|Tagungsband)\b)"
)
#: An edition after a title, with a comma: ", 3rd edn", ", 2nd ed.", ", 2. Aufl.".
_EDITION_END = re.compile(
    r",\s*\d+(?:st|nd|rd|th|e|\.)?\s*(?:edn|ed|edition|Aufl|Auflage|baskı)\.?\s*$",
    re.IGNORECASE,
)
#: A technical report's number and the body after it, opening a container's text.
_REPORT_NUMBER_BODY = re.compile(
    rf"\s*(?:{_TECH_REPORT_WORDS}|working\s+paper)\s*(?:no\.?\s*)?"
    r"(?P<number>[A-Z]{0,6}-?\d[\w/-]*)?(?:,\s*(?P<body>[^\W\d_][^.;,]{2,80}))?",
    re.IGNORECASE,
)
#: The end of a sentence inside an imprint's place: a word of three letters or more.
_SENTENCE_END = re.compile(r"(?<=[A-Za-z][a-z]{2})\.\s+(?=[A-Z])")
#: A publisher, then its town, closing a reference: ", Oxford University Press, Melbourne".
_PUBLISHER_THEN_PLACE = re.compile(
    r",\s*(?P<pub>[^\W\d_][^,;:()\d]{1,60}?),\s*(?P<place>[^\W\d_][^,.;:()\d]{1,30}?)\.?\s*$"
)
#: A bracket of words with no year holds no sign of the journal part: "(Working Paper
#: No. 13987)" closing a title; "(1989)", "25 (1): 47" and "(Aldershot, …, 2000)" stay.
_BRACKETED = re.compile(r"\((?=[^()]*[^\W\d_])(?![^()]*(?:1[5-9]|20)\d\d)[^()]*\)")


def _read_title_and_rest(work: _Work, rest: str, comma_style: bool, language_hint: str) -> None:
    imprint = _TRAILING_IMPRINT.search(rest)
    dated = None if imprint is None else imprint.group("date")
    when = parse_date(dated, language_hint=language_hint) if dated else None
    if (
        imprint is not None
        and (names_publisher(imprint.group("pub")) or when is not None)
        and (dated is None or when is not None)
        and not _has_break(rest[: imprint.start()])  # "Title. Oxford, UK: Blackwell" is read below
    ):
        # "…, Paris : L’Harmattan, août 2013.": a place, a publisher and a date close it
        if when is not None and work.issued is None:
            work.issued = when
        # "Orta Asya ve Türkiye, İstanbul: Ötüken Neşriyat": a comma, not a period, before it
        work.publisher, work.place = _tidy(imprint.group("pub")), imprint.group("place")
        rest = rest[: imprint.start()]
    elif (
        (commas := _COMMA_IMPRINT.search(rest) if "," in rest else None) is not None
        # with the year at the end, in comma-style lists; without it, after the
        # year read up front: "Freidson, E. (1984 [1970]), Title, Paris, Payot."
        and (
            (comma_style and commas.group("year"))
            or (commas.group("year") is None and work.issued is not None)
        )
        and _is_known_place(commas.group("place"))
        and not names_periodical(commas.group("pub"))
        and not _has_break(rest[: commas.start()])
    ):
        # French comma form: "L’artiste, l’Institution, et le Marché, Paris, Flammarion, 1997"
        work.publisher, work.place = _tidy(commas.group("pub")), commas.group("place").strip()
        if work.issued is None:
            work.issued = PartialDate(int(commas.group("year")))
        rest = rest[: commas.start()]
    elif (
        (ending := _PUBLISHER_THEN_PLACE.search(rest) if "," in rest else None) is not None
        and names_publisher(ending.group("pub"))
        and _is_known_place(ending.group("place"))
        and not _has_break(rest[: ending.start()])
    ):
        # "Dempsey, K. (1990) Smalltown: …, Oxford University Press, Melbourne"
        work.publisher, work.place = _tidy(ending.group("pub")), ending.group("place").strip()
        rest = rest[: ending.start()]
        edition = _EDITION_END.search(rest)
        if edition is not None:
            work.title_addon = work.title_addon or edition.group(0).strip(" ,")  # ", 3rd edn"
            rest = rest[: edition.start()]
    bracket = _imprint_bracket(rest)
    if bracket:
        work.publisher, work.place = _bracket_imprint(bracket)
        if bracket.group("year") and work.issued is None:
            work.issued = PartialDate(int(bracket.group("year")))
        rest = rest[: bracket.start()] + ". " + rest[bracket.end() :]
    quoted = re.match(r"\s*[\"“„«‘']", rest)
    after = ""
    if quoted and (nickname := _NICKNAME.match(rest)) is not None:
        rest = rest[nickname.end() :]  # Brown, Henry “Box”. “Narrative of the Life …”
        quoted = re.match(r"\s*[\"“„«‘']", rest)
    if quoted:
        match = _QUOTED.match(rest, quoted.start())
        if (
            match
            and not re.search(r"[.,;:?!]\W*$", match.group(0))
            and re.match(r"[a-z]", rest[match.end() :].lstrip(" "))
        ):
            match = None  # “Bad Future Things” and Liberatory Moments: the title goes on
        if match:
            work.title = _tidy(match.group("q") or match.group("s") or match.group("a") or "")
            work.quoted_title = bool(work.title)
            after = rest[match.end() :]
    if not work.title:
        spans = _fields(rest)
        if not spans:
            return
        end = spans[0][1]
        # A title of several sentences runs up to an "In:" container.
        for index in range(1, min(4, len(spans))):
            if _IN_PREFIX.match(rest[spans[index][0] :]) and not comma_style:
                end = spans[index - 1][1]
                break
        head = rest[:end]
        inner = _INNER_IN.search(head) if "n:" in head else None
        if inner is not None and inner.start() > 0:
            end = inner.start()  # "Title, in: Hans Sepp (Hg.): Book.", "Title In: …"
            head = rest[:end]
        comma = _FIELD_COMMA.search(head) if "," in head else None
        if comma is not None and _TAIL_MARKS.search(_BRACKETED.sub("", head)):
            # "Authors, Title, Journal, 19, 606–612, 2010": the title ends at a
            # comma, but not at one inside a number ("1,25-dihydroxy…"); with a
            # volume word, at the comma before the journal: "Title, South
            # Africa, Nature, v. 441, pp. 203-206".
            cut = comma.start()
            marked = _VOLUME_MARK.search(head) if "," in head[comma.end() :] else None
            if marked is not None:
                journal_comma = cut
                for field_comma in _FIELD_COMMA.finditer(head, cut + 1, marked.start()):
                    journal_comma = field_comma.start()
                cut = journal_comma
            head = head[:cut]
            end = len(head)
        elif comma is not None and comma_style and (proc := _PROCEEDINGS_FIELD.search(head)):
            head = head[: proc.start()]  # "…, Title, Proceedings of the Sixth …, at Paris"
            end = len(head)
        elif comma is not None and comma_style and (cut := _title_case_field(head)):
            head = head[:cut]  # "…, Title in sentence case, Lunar and Planetary Science, XXX"
            end = len(head)
        if _looks_like_container_only(rest) and not bracket:  # "(Place: Publisher, 2018), 45"
            work.title = ""
            after = rest
        else:
            work.title = _tidy(head)
            after = rest[end:]
            if not comma_style and len(spans) >= 2 and spans[0][1] == end:
                taken = _take_subtitle(work, rest, spans)
                after = after if taken is None else taken
    _read_container(work, after.lstrip(" .,;:–—"), language_hint)


#: German books name the place and the year, no publisher: "Berlin 2009.",
#: "Paderborn 2. Aufl. 2007 (UTB; 1975).", "Frankfurt a. M. 1979".
_PLACE_YEAR_TAIL = re.compile(
    r"\s*(?P<place>[A-ZÄÖÜ][^\W\d_]+(?:[/-][A-ZÄÖÜ][^\W\d_]+)?(?:\s+a\.\s?M\.)?)\s+"
    r"(?:\d{1,2}\.\s*(?:Aufl|Auflage)\.?,?\s*)?(?P<year>(?:1[5-9]|20)\d\d)[.,]?\s*"
    r"(?:\([^()]*\))?\s*\.?\s*$"
)


def _take_subtitle(work: _Work, rest: str, spans: list[tuple[int, int]]) -> str | None:
    """A book's or article's second sentence is its subtitle when what follows it is
    an imprint or a journal with its numbers, not when it is that container itself:
    "Die Auseinandersetzung … Aristoteles. Ihre Entstehung … (1919–1927). Berlin
    2009." and "Praktische Ethik …. Marxistisch-anthropologische … Argumente gegen
    Peter Singer. Behindertenpädagogik 30 (1991), 1, 22-33". Returns what is left to
    read as the container ("" after an imprint), or None to keep the first reading."""
    second = rest[spans[1][0] : spans[1][1]].strip()
    words = second.split()
    if (
        len(spans) < 3
        or len(words) < 3
        or not any(w[:1].islower() and len(w) > 3 for w in words[1:])
        or names_periodical(second)
        or _IN_PREFIX.match(second)
        or _NOT_CONTAINER.match(second)
        or _THESIS.search(second)  # "PhD thesis, Department of …, University of Waterloo"
        or names_issuing_body(second)
        or names_publisher(second)
    ):
        return None
    tail = rest[spans[2][0] :]
    imprint = _PLACE_YEAR_TAIL.fullmatch(tail)
    if imprint is not None and lookup_month(imprint.group("place")) is None:
        work.title = f"{work.title}. {_tidy(second)}"
        work.place = imprint.group("place")
        if work.issued is None:
            work.issued = PartialDate(int(imprint.group("year")))
        return ""  # nothing left to read as a container
    if _looks_like_container_only(tail):
        work.title = f"{work.title}. {_tidy(second)}"
        return tail
    return None


# What may follow a journal name when there is no title: year, volume, pages.
# Volume, issue and page words of the languages met: "Cilt 5, Sayı 2, s. 45",
# "Bd. 3, H. 2, S. 10", "т. 5, вып. 2, с. 10", "vol. 3, no. 2, pp. 1".
_NUMBER_WORDS = (
    r"vol|volume|no|nos|nr|pp?|pages?|s|ss|v|n°|n|issue|iss|cilt|sayı|sf|bd|jg|h|heft|t|tome"
    r"|т|вып|с|№|c"  # Latin "c": Turkish "C." (Cilt), the volume
)
# A letter stands right before or after a digit ("5A", "S12"): one letter a
# token, never "[A-Z]?\d+[A-Za-z]?", whose runs of digits can be cut up in
# exponentially many ways when the match fails ("45, 1991, 123-145, Springer").
_NUMBERS_ONLY = re.compile(
    rf"(?:[\s,.;:()\[\]\d\-–—/]|\b(?:{_NUMBER_WORDS})\b\.?|№|\bn°|[A-Z](?=\d)|(?<=\d)[A-Za-z])*$",
    re.IGNORECASE,
)


# Signs that a stretch holds the journal part too: numbers after a comma, volume
# or page marks, a year.
# A title's closing span of years ("…in America, 1830-1870") is not such a sign.
_YEAR_SPAN = r"(?:1[5-9]|20)\d\d\s*[-–—]\s*(?:1[5-9]|20)?\d\d\b"
_TAIL_MARKS = re.compile(
    rf",\s+(?!{_YEAR_SPAN})\d|(?<!\d),\d|\b(?:vol|no|pp|nr|bd)\.|\(\s*(?:1[5-9]|20)\d\d\s*\)"
    rf"|,\s*(?!{_YEAR_SPAN})(?:1[5-9]|20)\d\d\b"
    r"|,\s*(?:cilt|sayı|vol|bd|jg|т)\.?\s*\d|,\s*v\.\s*\d"
    # "Computers and the Humanities 25 (1): 47-53", Vancouver's "Rev Med Suisse 2009;5: 1882"
    r"|\s\d{1,4}\s*\(\s*\d[^()]{0,10}\)\s*:\s*\d|\s(?:1[5-9]|20)\d\d\s*;\s*\d{1,4}\s*[(:]",
    re.IGNORECASE,
)
_FIELD_COMMA = re.compile(r"(?<!\d),|,(?!\d)")
#: A journal's volume word after its comma: ", v. 441", ", vol. 3", ", Bd. 12", ", Cilt 5".
_VOLUME_MARK = re.compile(r",\s*(?:(?:vol|volume|bd|jg|cilt|т)\.?|v\.)\s*\d", re.IGNORECASE)
#: A publication status after a journal name, which is no part of it (and whose
#: "press" does not name a publisher): "Applied Optics, to appear".
_STATUS = re.compile(
    r"[\s,.;:]*[(\[]?\b(?:to appear|in press|forthcoming|accepted(?: for publication)?"
    r"|in preparation|submitted|im druck|sous presse|en prensa|baskıda|в печати)[)\]]?[\s.]*$",
    re.IGNORECASE,
)
#: A piece of every status above, lower-cased: the regex runs only where one is near the end.
_STATUS_KEYS = (
    "appear",
    "press",
    "forthcoming",
    "accepted",
    "preparation",
    "submitted",
    "druck",
    "prensa",
    "baskıda",
    "печати",
)


_DIGIT = re.compile(r"\d")
_DIGITS = re.compile(r"\d+")
_YEAR = re.compile(r"(?:1[5-9]|20)\d\d")
_JOURNAL_NAME = re.compile(r"\s*([^\W\d_][^\d,;(]{1,60}?)[\s,.;:]*(?=[\d(]|$)")


_EXTENT = re.compile(r"\d\s*(?:p|pages|s|с|S)\.?\s*$")


def _looks_like_container_only(rest: str) -> bool:
    """ "ApJ, 475, 163", "J. Appl. Phys. 87, pp. 334–344 (2000)", "Spectroscopy
    Europe, 2014, 26, 14-19": a journal and numbers, no title."""
    if not _DIGIT.search(rest):
        return False
    match = _JOURNAL_NAME.match(rest)
    if not match:
        return False
    name = match.group(1)
    if len(name.split()) > 8 or not name[:1].isupper() or _has_break(name) or ":" in name:
        return False
    tail = rest[match.end() :]
    if _EXTENT.search(tail):
        return False  # "Rapport … 2014, 84 p.": a report's or book's page count
    numbers = re.findall(r"\d+", tail)
    if len(numbers) < 2 or all(re.fullmatch(r"(?:1[5-9]|20)\d\d", n) for n in numbers):
        return False  # "… package for R 2013.", "Asia, 1900–1947": titles end in numbers too
    if parse_date(tail.strip(" .,;:")) is not None:
        return False  # "Title. 20.12.2025.": a date, not a volume and pages
    return bool(_NUMBERS_ONLY.fullmatch(tail))


_BRACKET_YEAR = re.compile(r"\(\s*(?P<year>(?:1[5-9]|20)\d\d)[a-z]?\s*\)\s*[.,:]?\s*")


_PLACE_THEN_PUBLISHER = re.compile(r"\s*,\s*(?P<pub>[^\W\d_][^,.;:()\d]{1,60}?)\s*(?=[,.;(]|$)")
_MONTH_DAY_ONLY = re.compile(r"[^\W\d_]{3,9}\.?(?:\s+\d{1,2})?")


def _read_container(work: _Work, rest: str, language_hint: str) -> None:
    if rest[:1] == "(" and (year := _BRACKET_YEAR.match(rest)) is not None:
        # "Title. (1987). Journal of …": the year between title and journal
        if work.issued is None:
            work.issued = PartialDate(int(year.group("year")))
        rest = rest[year.end() :]
    if not rest.strip():
        _fill_date(work, "", language_hint)
        return
    in_match = _IN_PREFIX.match(rest)
    if in_match:
        work.in_container = True
        rest = rest[in_match.end() :]
        # "In O. C. A. and D. Card (Ed.), Handbook" / "In: Smith, J. (Hrsg.): Titel"
        # but not "in: Nürnberg …, hg. von Karl Bosl": the names follow "hg. von"
        editors = _EDITORS.search(rest)
        scan = scan_authors(rest)
        if (
            editors
            and editors.start() < 120
            and not rest.startswith(("von ", "by "), editors.end())
        ):
            mark = editors.group(0).strip()
            named = (
                scan_authors(rest[editors.end() :])
                if "(" not in mark and not mark.endswith((",", ":"))
                else None
            )
            if named is not None and named.names:
                # "In Insular Latin Studies, ed. Michael Herren. Toronto, 1981": the book,
                # then its editors after the mark; "In Robert Singh, ed., Governing
                # America" and "(Eds.)," have the names first
                work.editors = list(named.names)
                rest = rest[: editors.start()] + rest[editors.end() + named.end :]
            else:
                work.editors = list(scan.names)
                rest = rest[editors.end() :]
        elif scan.names and re.match(r"\s*\((?:eds?|hrsg)", rest[scan.end :], re.IGNORECASE):
            work.editors = list(scan.names)
    # "In Aldona Jonaitis, ed., Chiefly Feasts": editors before the container.
    editor_lead = re.match(
        r"\s*(?P<names>[^\W\d_][^()]{2,80}?),?\s+\(?(?:eds?|hrsg|hg|dir|éd)\.\)?,?\s+",
        rest,
        re.IGNORECASE,
    )
    if editor_lead and not work.editors:
        lead = scan_authors(editor_lead.group("names"))
        if lead.names and lead.end >= len(editor_lead.group("names").rstrip(" ,.")) - 1:
            work.editors = list(lead.names)
            rest = rest[editor_lead.end() :]
    # "(M. Cooper, J. C. Watson & W. B. Stiles, Eds.) Journal": editors in brackets.
    bracket_editors = re.match(
        r"\s*\(([^()]{3,200}?),?\s*(?:eds?|hrsg)\.?\)\s*", rest, re.IGNORECASE
    )
    if bracket_editors:
        work.editors = work.editors or list(scan_authors(bracket_editors.group(1)).names)
        rest = rest[bracket_editors.end() :]
    journal_like = not work.in_container and bool(
        _VOLUME_ISSUE.search(rest) or re.search(r"\d+\s*:\s*\d+", rest)
    )
    spans = _fields(rest)
    first_end = spans[0][1] if spans else len(rest)
    index = 0
    while index + 1 < len(spans) and _ABBREVIATED.fullmatch(rest[spans[0][0] : first_end].strip()):
        index += 1  # "Anal. PDE, 5(1)", "Exp. Cell Res. 39": a journal abbreviation, not a field
        first_end = spans[index][1]
    first = rest[:first_end]
    opening = None if journal_like else _PUBLISHER.match(first)
    if opening is not None and names_periodical(opening.group("place"), abbreviations=False):
        opening = None  # "Journal of Experimental Psychology: General 113": no "Place: Publisher"
    publisher: re.Match[str] | None
    if opening and not work.in_container:
        container_text = ""  # "London: Routledge, 1993": a book, no container
        publisher = opening
    else:
        end = _CONTAINER_END.search(rest)
        cut = min(first_end, end.start()) if end else first_end
        dated = find_date(rest[: first_end + 1], language_hint=language_hint)
        if dated is not None and _IN_NAME.match(rest, dated[1]):
            dated = None  # "Proceedings 2006 IEEE International Conference …"
        if dated is not None and 2 < dated[1] < cut:  # "L’Aide-soignante, septembre 2004"
            cut = dated[1]
        elif dated is not None and dated[1] <= 2 and dated[0].month is not None:
            cut = 0  # "…,” September 19, 2025, URL": a date where a container would be
        container_text = rest[:cut]
        if work.in_container:
            container_text = re.split(r",\s*(?:ed\.|eds\.|edited by|hg\.|hrsg\.)", container_text)[
                0
            ]
        publisher = None if journal_like else _PUBLISHER.search(rest, cut)
        if (
            not journal_like
            and not work.in_container
            and (imprint := _PLACE_THEN_PUBLISHER.match(rest, cut)) is not None
            and _is_known_place(container_text)
            and find_date(imprint.group("pub")) is None
        ):
            # French comma form: "Title, Paris, Ed Presse de la Cité, 1964"
            work.place, work.publisher = _tidy(container_text), _tidy(imprint.group("pub"))
            container_text = ""
    container_text = _tidy(_STATUS.sub("", container_text))
    if container_text and _NUMBERS_ONLY.fullmatch(container_text):
        container_text = ""  # "v. 31, pp. 409": a volume word where a journal was looked for
    if container_text and _MONTH_DAY_ONLY.fullmatch(container_text):
        # "“Title.” January 24. Accessed …": the day of a year read before, no container
        month = lookup_month(container_text.split()[0].rstrip("."))
        if month is not None:
            day = container_text.split()[1] if " " in container_text else ""
            if work.issued is not None and work.issued.month is None:
                work.issued = PartialDate(work.issued.year, month, int(day) if day else None)
            container_text = ""
    if (
        container_text
        and not container_text[:1].isalpha()
        and container_text[:1] not in _QUOTES
        and not re.match(r"\d+(?:st|nd|rd|th|e|er|\.)\s", container_text)  # "8th Asian Conf."
    ):
        container_text = ""
    if (
        not journal_like
        and not work.in_container
        and names_publisher(container_text)
        and not names_periodical(container_text)  # "Journal of Scholarly Publishing"
    ):
        work.publisher = work.publisher or container_text  # "Imperial College Press", "Wiley"
        container_text = ""
    if _THESIS.search(container_text) or _NOT_CONTAINER.match(container_text):
        container_text = ""  # "Ph.D. thesis", "Technical report, …", "Edited by Ann Douglas"
        report = _REPORT_NUMBER_BODY.match(rest)
        if report is not None and report.group("number"):
            # "Technical Report 92-43, University of Colorado": the report's number and
            # the body that issued it; the number is no page range
            work.number = work.number or report.group("number")
            work.publisher = work.publisher or _tidy(report.group("body") or "")
            rest = rest[report.end() :]
    elif work.in_container and _CONFERENCE.search(container_text) and "," in container_text:
        container_text = container_text.split(",", 1)[0]  # "… Conference, Toronto, Canada"
    work.container = container_text or work.container  # a site named before the title stays
    tail = rest
    _read_numbers(work, tail)
    if publisher and not work.publisher:
        pub = _tidy(publisher.group("pub"))
        if pub and not re.fullmatch(r"(?:pp?|s|vol|no)\.?", pub, re.IGNORECASE):
            work.publisher = pub
            # "Translated by Harry Zohn. London: Random House": the town is the last
            # sentence ("St. Louis" is one)
            work.place = _tidy(_SENTENCE_END.split(publisher.group("place"))[-1])
    _fill_date(work, rest, language_hint)
    if work.issued is not None and work.issued.month is None:
        # "European Commission (2024), …, Brussels, 29 January 2024.": the day given later
        work.issued = next(
            (
                date
                for date, _, _ in iter_dates(rest, language_hint=language_hint)
                if date.year == work.issued.year and date.month is not None
            ),
            work.issued,
        )
    if work.container and _reads_as_book(work, journal_like, rest):
        _container_to_imprint(work)


def _reads_as_book(work: _Work, journal_like: bool, rest: str) -> bool:
    """A "container" with no volume, issue, pages, link or day of issue, that names
    no periodical, conference or newspaper: what follows a book's title.

    "Spectral Graph Theory. American Mathematical Society, 1997." and
    "L’art contemporain en France, Paris, Flammarion, 1987" name a publisher;
    "Flaubert. Les secrets de « l’homme-plume ». Paris: Hachette, 1995." a subtitle.
    """
    container = work.container
    if not (
        work.publisher
        or "," in container
        or names_publisher(container)
        or names_issuing_body(container)
    ):
        return False  # "Artificial Intelligence, 1988": a journal as likely as a publisher
    return not (
        journal_like
        or work.quoted_title
        or work.in_container
        or any(_YEAR.fullmatch(number) is None for number in _DIGITS.findall(rest))
        or work.volume
        or work.issue
        or work.pages
        or work.url
        or work.doi
        or (work.issued is not None and work.issued.month is not None)
        or names_periodical(container)
        or _CONFERENCE.search(container)
        or is_news(container, "")
    )


#: A translator's, editor's or introducer's note between a book's title and imprint.
_CONTRIBUTOR_NOTE = re.compile(
    r"(?:trans|trad|tr|eds?|hrsg|hg|çev|übers|пер|introduction|foreword|preface|with)\b",
    re.IGNORECASE,
)


def _container_to_imprint(work: _Work) -> None:
    container, work.container = work.container, ""
    if work.publisher:  # the imprint is read: the sentence before it goes on the title
        _add_subtitle(work, container)
        return
    parts = [part.strip() for part in container.split(",") if part.strip()]
    by_name = [i for i, part in enumerate(parts) if names_publisher(part)] or [
        i for i, part in enumerate(parts) if names_issuing_body(part)
    ]
    if by_name:
        at = by_name[0]  # "Earthquake Engineering Research Institute, Berkeley, CA"
    elif len(parts) > 1 and _PLACE_NAME.fullmatch(parts[-2]):
        at = len(parts) - 1  # "Paris, Flammarion", "New York City, NY, Simon and Schuster"
    elif len(parts) > 1 and _reads_as_subtitle(parts[0]):
        at = len(parts)  # "Komplimentierkunst und … im altdeutschen Sprachraum, Stuttgart"
    else:
        at = 0
    work.publisher = parts[at] if at < len(parts) else ""
    places = [part for part in parts[at + 1 :] if _PLACE_NAME.fullmatch(part)]
    before: list[str] = []
    for part in reversed(parts[:at]):  # the places right before the publisher
        if not _PLACE_NAME.fullmatch(part):
            break
        before.insert(0, part)
    work.place = work.place or ", ".join(before + places)
    # "L'accélération. Une critique sociale du temps, Paris, La Découverte": what
    # comes before the places is the title's second sentence, not to be lost
    leading = ", ".join(parts[: at - len(before)])
    if leading and _reads_as_subtitle(leading):
        _add_subtitle(work, leading)


def _reads_as_subtitle(text: str) -> bool:
    """A sentence of four words or more with a lower-case content word: no
    publisher's or series' name ("Lunar and Planetary Science")."""
    words = text.split()
    return len(words) >= 4 and any(
        w[:1].islower() and len(w) > 3 and not is_small_word(w) for w in words[1:]
    )


def _add_subtitle(work: _Work, sentence: str) -> None:
    if not (
        _DIGIT.search(sentence)
        or _CONTRIBUTOR_NOTE.match(sentence)  # "Trans. Leonard Bucknall", "Introduction by"
        or _NOT_CONTAINER.match(sentence)  # "Edited by Henri Martineau"
        or sentence[:1] in _QUOTES
        or work.title[-1:] in "?!"
    ):
        joint = ", " if sentence[:1].islower() else ". "  # "Le citoyen, l’élu, l’expert"
        work.title = f"{work.title}{joint}{sentence}"


#: A volume with no word before it, then its pages: "79, 245–255", "25: 479–494", "418, 301".
#: Not when the number after it is a year ("May 28, 2013") or the digits
#: are grouped in thousands ("US Patent 3,712,959").
_BARE_VOLUME = re.compile(
    r"(?<![\w.\-–—/:,])(?P<vol>\d{1,4})[A-Z]?\s*[:,]\s*(?:pp?\.\s*)?"
    # the page's first digit is looked at, not taken: "Nature 2001, 412, 835" has a
    # year first, and the volume after it must still be found
    r"(?!(?:1[5-9]|20)\d\d(?!\d))(?!(?<=,)\d{3}(?!\d))(?=\d)"
)


#: Turkish volume and issue: "C. 12, S. 3", "Cilt: 18, Sayı: 70", "Cilt 5 Sayı 2".
_CILT_SAYI = re.compile(
    r"(?:\bC\.|\bCilt)\s*:?\s*(?P<vol>\d{1,4})\s*[,/]?\s*"
    r"(?:(?:\bS\.|\bSayı)\s*:?\s*(?P<iss>\d{1,4}))?"
)
#: A page range after its lead word: "S. 95-112", "pp. 1–5", "ss. 23-41".
_LEADED_RANGE = re.compile(
    r"(?<![^\W\d_])(?:pp?|ss?|pages|sayfa|с)\.?\s*(\d{1,6}\s*[-–—]\s*\d{1,6})(?![\d/])",
    re.IGNORECASE,
)
_DOUBLE_ISSUE = re.compile(r"(\d{1,2})\s*[-–/]\s*(\d{1,2})")
#: A volume in Roman numerals after a journal's name.
_ROMAN_VOLUME = re.compile(rf"(?:^|,)\s*({_ROMAN})\s*[,(]")


def _read_numbers(work: _Work, tail: str) -> None:
    """Volume, issue and pages from what follows a container."""
    turkish = _CILT_SAYI.search(tail) if ("C." in tail or "Cilt" in tail) else None
    if turkish is not None:
        # "C. 12, S. 3, 2021, s. 45-67", "Cilt: 18, Sayı: 70": the capital "S." is the
        # issue (Sayı) here, not a page (German "S.")
        work.volume, work.issue = turkish.group("vol"), turkish.group("iss") or work.issue
        pages = _find_pages(tail[turkish.end() :])
        if pages:
            work.pages = pages.replace(" ", "")
        return
    vol_issue = _VOLUME_ISSUE.search(tail)
    if vol_issue and _YEAR.fullmatch(vol_issue.group("vol")) and vol_issue.group("iss2"):
        vol_issue = None  # "Revue …, 2012, n° 5": the year, then the issue
    if vol_issue:
        work.volume = vol_issue.group("vol")
        work.issue = vol_issue.group("iss") or vol_issue.group("iss2") or ""
        if _YEAR.fullmatch(work.issue):
            work.issue = ""  # Chicago's "Asia Policy 24 (2017): 110-116": the year
    else:
        volume = _VOLUME.search(tail)
        issue = _ISSUE.search(tail)  # "Limes, n. 5, pp. 45-60", "Sayı 2": an issue alone
        if issue is not None:
            work.issue = work.issue or issue.group("iss")
        if volume:
            work.volume = volume.group("vol")
        else:
            work.volume = next(
                (
                    bare.group("vol")
                    for bare in _BARE_VOLUME.finditer(tail)
                    if _YEAR.fullmatch(bare.group("vol")) is None
                    and (issue is None or bare.start("vol") != issue.start("iss"))
                ),
                work.volume,  # one read before ("Title. Т. 5") stays
            )
    if not work.volume and (roman := _ROMAN_VOLUME.search(tail)) is not None:
        work.volume = roman.group(1)  # "Harvard Business Review, XLII (September-October, 1964)"
    pages = _find_pages(tail)
    if (
        pages
        and sum(map(tail.count, "-–—")) >= 2  # two ranges, or there is nothing to choose
        and (leaded := _LEADED_RANGE.search(tail)) is not None
        and leaded.group(1) != pages
    ):
        # "Osteuropa 67 (2017) 1-2, S. 95-112": the range after "S." is the pages, the
        # bare one before it a double issue
        double = _DOUBLE_ISSUE.fullmatch(pages)
        if not work.issue and double and 0 < int(double.group(2)) - int(double.group(1)) <= 3:
            work.issue = pages.replace(" ", "")  # "1-2", "3/4": not "16-23" (days), "88-03"
        pages = leaded.group(1)
    if pages:
        work.pages = pages.replace(" ", "")


def _find_pages(text: str) -> str:
    """The first page range or single page, as the one regex above would find it.

    That regex takes the match that starts first, a range at a tie. A range starts
    at its lead word ("pp. ") when it has one; a single page at its lead word,
    which ends with "p" or "s" right before the dot. Leads hold no digit and no
    dot of another match, so the first range and the first single page are the
    only candidates.
    """
    page_range = _PAGE_RANGE.search(text)
    range_start = -1
    if page_range:
        digits = page_range.start()
        lead = digits
        while lead > 0 and text[lead - 1].isspace():
            lead -= 1
        range_start = next(
            (
                x
                for x in range(max(0, lead - 6), digits)
                if _PAGE_RANGE_LEAD.fullmatch(text, x, digits)
            ),
            digits,
        )
    for one_page in _ONE_PAGE.finditer(text):
        dot = one_page.start()
        page_start = next(
            (
                x
                for x in (dot - 5, dot - 2, dot - 1)
                if x >= 0
                and _ONE_PAGE_LEAD.fullmatch(text, x, dot)
                and not text[x - 1 : x].isalpha()  # "Journal of Things. 2001": no "s." lead
            ),
            None,
        )
        if page_start is None:
            continue
        if page_range is None or page_start < range_start:
            return one_page.group("page")
        break
    return page_range.group(0) if page_range else ""


#: A number right after "volume:" is a page ("Development 127: 1607, 2000",
#: "174(5):1559"), and one glued to a colon an identifier ("arXiv:1206.5454").
_PAGE_BEFORE = re.compile(r"(?:[\d)]\s*:\s*|\S:)$")
_LEADING_DAY = re.compile(r"\d{1,2}\s*[.,]?\s*")


_SPAN_OF_YEARS = re.compile(
    r"(?:^|,\s)(?P<first>(?:1[5-9]|20)\d\d)\s*[-–—/]\s*(?P<last>(?:1[5-9]|20)\d\d)(?![\d-])"
)


def _fill_date(work: _Work, rest: str, language_hint: str) -> None:
    """Fall back to the first date outside the title when no year was in place."""
    if work.issued is not None:
        return
    body = work.body.replace(work.title, " , ") if work.title else work.body
    early: PartialDate | None = None  # "Abs. 1262. 1998": a number before the year
    for candidate in (rest, body):
        for date, start, end in iter_dates(candidate, language_hint=language_hint):
            if re.match(r"\s*[-–—]\s*\d", candidate[end:]) or _PAGE_BEFORE.search(
                candidate, 0, start
            ):
                continue  # "1214–1217", "127: 1607": pages, not a year
            if re.search(r"\d\s*[-–—]\s*$", candidate[:start]):
                # "18-28, February 1996": the day was the pages' end; the month stays
                day = _LEADING_DAY.match(candidate, start)
                month = parse_date(candidate[day.end() : end]) if day else None
                if month is None:
                    continue
                date = month
            if date.year < 1500 and date.month is None:
                early = early or date
                continue
            work.issued = date
            return
    if early is not None:
        work.issued = early  # a medieval work's year
        return
    # No date but "1996-1997" after a comma: a span of years (an academic year, a
    # volume's), dated by its first; page ranges have no comma-year shape this close
    span = _SPAN_OF_YEARS.search(rest or body)
    if span is not None and 0 < int(span.group("last")) - int(span.group("first")) <= 3:
        work.issued = PartialDate(int(span.group("first")))


_GOST_ISSUE = re.compile(r"(?:№|No\.|Вып\.)\s*(\d{1,4})")
# GOST puts the day and month after the year: "2025. 19 декабря."
_GOST_DAY = re.compile(r"(?P<year>(?:1[5-9]|20)\d\d)\.\s+(?P<day_month>\d{1,2}\s+[^\W\d_]+)")


def _read_gost_parts(work: _Work, parts: GostParts, language_hint: str) -> None:
    work.academic = True  # typed like a journal, book or web page by what it holds
    work.authors = parts.authors
    work.title = _tidy(parts.title)
    if not work.authors and ". " in work.title:
        # "Министерство иностранных дел Российской Федерации. Заявление МИД России //
        # mid.ru": a body's name, then the title
        body, _, rest = work.title.partition(". ")
        if rest.strip() and is_organisation(body) and not looks_like_person(body):
            work.organisation, work.title = body, _tidy(rest)
    work.container = _tidy(parts.container)
    work.publisher, work.place = _tidy(parts.publisher), _tidy(parts.place)
    _take_title_notes(work)  # "Title. Т. 5": the volume
    _read_numbers(work, parts.tail)
    if not work.issue and (number := _GOST_ISSUE.search(parts.tail)) is not None:
        work.issue = number.group(1)  # "№ 3" with no volume before it
    dated = _GOST_DAY.search(parts.tail)
    if dated is not None:
        work.issued = parse_date(
            f"{dated.group('day_month')} {dated.group('year')}", language_hint=language_hint
        )
    _fill_date(work, parts.tail, language_hint)


def _choose_type(work: _Work) -> ItemType:
    if not work.academic:
        if work.collection and work.number and not work.container:
            return "report"  # "DGAP Analyse Nr. 5": a numbered series of reports
        if work.container and not work.url and _CONFERENCE.search(work.container):
            return "paper-conference"  # "“Title,” in Proc. … Conf., 2010, pp. 1–6"
        if work.in_container and work.container and not work.url:
            return "chapter"
        if (work.publisher or work.place) and not (work.container or work.url):
            # "Title, Imperial College Press, 1998" / "“Title,” Ph.D. dissertation, TU Delft"
            # / "The Book (London, 2016)"
            if _THESIS.search(f"{work.title} {work.body}"):
                return "thesis"
            # a quoted title is a part, never a book: "“Title”, Institute, Ankara, 2019"
            return "report" if names_report(work.title) or work.quoted_title else "book"
        kind = web_type(work.title, work.container, work.url)
        if work.container and (
            (kind == "webpage" and (work.volume or work.issue or work.pages))
            # a PDF with a volume: "« Title », in Virginia Journal of International Law,
            # vol. 50, 2010. http://…/Essay.pdf"; a page alone is the one cited in a
            # think tank's report
            or (kind == "report" and (work.volume or work.issue) and not names_report(work.title))
        ):
            return "article-journal"  # "Avrasya Dosyası, Cilt 5, Sayı 2, s. 45-67"
        return kind
    joined = " ".join((work.title, work.container, work.publisher, work.body))
    if _THESIS.search(joined):
        return "thesis"
    if work.url and is_pdf_url(work.url) and not work.container:
        return "report"
    if work.container and _CONFERENCE.search(work.container):
        return "paper-conference"
    if work.in_container and (work.publisher or work.editors or (work.pages and not work.volume)):
        return "chapter"  # not "in: Osteuropa 72 (2022) 5, S. 45–60", a journal's volume
    if work.container and (work.volume or work.issue or work.pages):
        return "article-journal"
    if names_report(work.title) or names_report(work.publisher):
        return "report"
    if work.number and work.publisher and not (work.container or work.collection):
        return "report"  # "Technical Report 92-43, University of Colorado"
    if work.publisher and not work.container:
        return "book"
    if work.container:
        if is_news(work.container, url_host(work.url) if work.url else ""):
            return "article-newspaper"
        return "article-journal" if not work.url else "webpage"
    if work.url:
        return "webpage"
    return "book" if work.title else "document"


def _complete(ref: Reference) -> bool:
    if not ref.title:
        return False
    if ref.type in ("article-journal", "article-newspaper", "chapter", "paper-conference"):
        return bool(ref.container_title or ref.url or ref.doi)
    return bool(
        ref.url or ref.doi or ref.container_title or ref.publisher or ref.issued or ref.authors
    )


_WORD_CHAR = re.compile(r"\w")


#: What APA puts in brackets after a title, which is no part of it: "(2nd ed.)",
#: "(Unpublished doctoral dissertation)", "[Master's thesis]", "(Vol. 2)".
_TITLE_NOTE = re.compile(
    r"\s*[(\[](?:\d+(?:st|nd|rd|th|e|\.ª|\.º|\.)?\s*(?:ed|edn|edition|Aufl|baskı)\.?"
    r"|(?:rev|revised|2nd)\.?\s*ed\.?|vols?\.\s*\d+(?:\s*[-–]\s*\d+)?"
    r"|(?:unpublished\s+)?(?:doctoral|master['’]?s|ph\.?\s?d\.?|bachelor['’]?s)\s+"
    r"(?:dissertation|thesis)[^)\]]{0,80}"
    r"|(?:yayımlanmamış\s+)?(?:yüksek\s+lisans|doktora)\s+tezi[^)\]]{0,80})[)\]]$",
    re.IGNORECASE,
)


#: What is left of an access note when its date could not be read.
_ACCESS_LEFTOVER = re.compile(
    r"(?:last\s+)?(?:accessed|retrieved|consulted|viewed|erişim|zugriff|abgerufen)\b", re.IGNORECASE
)
_ACCESS_INITIALS = frozenset("aArRcCvVlLeEzZ")
_NO_PUBLISHER = re.compile(r",?\s*\b[Nn]\.\s?[Pp]\b\.?")  # MLA's "N.p." (no publisher)
_STATE_OR_COUNTRY = re.compile(r",\s*(?P<region>[A-Z]{2}|[A-Z][^\W\d_]+(?: [A-Z][^\W\d_]+)?)$")


@cache
def _countries() -> frozenset[str]:
    """Country names from CLDR (babel) in the languages a harvest meets, folded:
    "Brasil", "Türkiye", "Deutschland" as their own people write them."""
    from babel import Locale

    names: set[str] = set()
    for language in ("en", "tr", "de", "fr", "es", "pt", "it", "ru"):
        names.update(
            fold(str(name))
            for code, name in Locale(language).territories.items()
            if code not in _NO_PLACE_TERRITORIES
        )
    return frozenset(names)


#: CLDR territories that are bodies or no place at all: "United Nations", "European
#: Union" and the euro area publish; "Unknown Region" and "Outlying Oceania" name none.
_NO_PLACE_TERRITORIES = frozenset(("UN", "EU", "EZ", "ZZ", "QO"))


@cache
def _cities() -> frozenset[str]:
    """City names, folded: the exemplar cities of CLDR's time zones ("Berlin",
    "Almaty", "New York") and their names in the languages a harvest meets
    ("İstanbul", "Moskova", "Brüssel"). No capitals without a zone of their own."""
    from babel import Locale
    from babel.core import get_global

    names = {
        fold(zone.rsplit("/", 1)[-1].replace("_", " ")) for zone in get_global("zone_territories")
    }
    for language in ("en", "tr", "de", "fr", "es", "pt", "it", "ru"):
        zones = Locale(language).time_zones.values()
        names.update(fold(str(zone["city"])) for zone in zones if "city" in zone)
    return frozenset(names)


def _is_known_place(text: str) -> bool:
    folded = fold(text.strip(" .,;"))
    return folded in _cities() or folded in _countries()


def _tidy_container(work: _Work) -> None:
    """A site or journal name holds no access note, "N.p.", month or bare place."""
    container = work.container
    if not container:
        return
    if "(" in container and container.count("(") > container.count(")"):
        # "The Stanford Encyclopedia of Philosophy (Spring 2011 Edition)" cut at its
        # year: the bracket the cut left open goes too
        container = container[: container.rindex("(")].rstrip(" ,")
        if not container:
            work.container = ""
            return
    if container[:1] in _ACCESS_INITIALS and _ACCESS_LEFTOVER.match(container):
        work.container = ""  # "Last Accessed", "Accessed at": the date was unreadable
        return
    if "." in container and _NO_PUBLISHER.search(container):
        container = _NO_PUBLISHER.sub("", container).strip(" ,")  # "Tesla Blog, N.p."
    if " " in container:
        head, _, last = container.rstrip(" (").rpartition(" ")
        last = last.strip("(")
        if head and (len(last) >= 4 or last == "May") and last[:1].isupper() and lookup_month(last):
            # "Vox September(17)", "RFID J. (October"; not the abbreviation "Mag"
            container = head.rstrip(" ,(")
    place = _STATE_OR_COUNTRY.search(container) if "," in container else None
    if (
        place is not None
        and _PLACE_NAME.fullmatch(container[: place.start()])
        and (is_region_code(place.group("region")) or fold(place.group("region")) in _countries())
        and not (work.url and _is_site(container, work))
    ):
        # "Ann Arbor, MI", "Belo Horizonte, Brasil": where it was published, not a site
        work.place = work.place or container
        container = ""
    elif (
        not work.url
        and not (work.volume or work.issue or work.pages)
        and _is_known_place(container)
        and not names_periodical(container)
    ):
        # "Сыроежкин К.Л. Title. Алматы, 2010.": the town a book was published in
        work.place = work.place or container
        container = ""
    work.container = container


def _bare_place(text: str) -> bool:
    return bool(text) and bool(_PLACE_NAME.fullmatch(text)) and not names_publisher(text)


_SPACED_COLON = re.compile(r"\s:")  # also the no-break spaces French typesetting puts there


def _as_spaced(field_text: str, spaced_raw: str) -> str:
    """ "Non-lieux: introduction" as "Non-lieux : introduction" when so written."""
    if ": " not in field_text:
        return field_text
    french = field_text.replace(": ", " : ")
    return french if french in spaced_raw else field_text


def _build(work: _Work, raw: str) -> Reference:
    _tidy_container(work)
    kind = _choose_type(work)
    ref = Reference(type=kind)
    ref.authors = work.authors
    ref.editors = work.editors
    note = _TITLE_NOTE.search(work.title) if work.title.endswith((")", "]")) else None
    title = work.title[: note.start()] if note is not None else work.title
    if note is not None and not work.publisher and "," in note.group(0):
        # APA's "[Doctoral dissertation, University of Tokyo]": who granted it
        work.publisher = _tidy(note.group(0).split(",", 1)[1].strip(" )]"))
    ref.title = title if _WORD_CHAR.search(title) else ""
    container, publisher = work.container, work.publisher
    if publisher and "," in publisher and not work.place:
        # "Paris, Gallimard" / "Wiley, New York" / "Academic Press, London, United
        # Kingdom": known places beside the publisher's name are its place
        parts = publisher.split(", ")
        while len(parts) > 1 and _is_known_place(parts[0]):
            work.place = ", ".join(filter(None, (work.place, parts.pop(0))))
        trailing: list[str] = []
        while len(parts) > 1 and _is_known_place(parts[-1]):
            trailing.insert(0, parts.pop())
        if trailing:
            work.place = ", ".join(filter(None, (work.place, *trailing)))
        publisher = ", ".join(parts)
    if publisher and _is_known_place(publisher) and not names_publisher(publisher):
        if work.place and not _is_known_place(work.place):
            # "…, Ellipses, Paris, 2005" read the wrong way round: the town is the place
            work.place, publisher = publisher, work.place
        else:
            # "Author interview with a diplomat, Tashkent, March 2024": a town, no publisher
            work.place, publisher = work.place or publisher, ""
    if work.organisation and not work.place:
        # "European Commission, Press release IP/24/123, Brussels, 12 January 2024":
        # the body published it; the word read as its publisher or site was the place
        if _bare_place(publisher):
            work.place, publisher = publisher, ""
        elif kind == "report" and not work.academic and _bare_place(container):
            work.place, container = container, ""
    if kind == "report" and not work.academic:
        container, publisher = "", publisher or container or work.organisation
    elif work.organisation and not publisher:
        publisher = work.organisation
    if (": " in title or ": " in container) and _SPACED_COLON.search(raw):
        # French typography's space before the colon, which the parser's own
        # spelling of the text dropped, comes back where the text had it
        spaced = " ".join(raw.split())
        ref.title = _as_spaced(ref.title, spaced)
        container = _as_spaced(container, spaced)
    ref.container_title = container
    ref.publisher = publisher
    ref.publisher_place = work.place
    ref.issued = work.issued
    ref.accessed = work.accessed
    ref.url = work.url
    ref.doi = work.doi
    ref.collection_title, ref.number = work.collection, work.number
    if work.title_addon:
        ref.extra["titleaddon"] = work.title_addon
    ref.volume, ref.issue, ref.pages = work.volume, work.issue, work.pages
    ref.language = detect_language(work.title) if work.title else ""
    ref.complete = _complete(ref)
    if not ref.complete:
        ref.note = raw
        if not (ref.url or ref.doi) and not work.academic:
            ref.type = "document"  # too little to say what kind of work this is
    return ref


_APA_YEAR = re.compile(
    r"^[^\d]{2,120}?\(\s*(?:1[5-9]\d\d|20\d\d)[a-z]?\s*\)"
    # "Mitchell Feigenbaum (July 1978) …": the month first, right after a short name
    r"|^[^\d()]{2,50}?\(\s*(?P<month>[^\W\d_]{3,})\.?\s+(?:1[5-9]\d\d|20\d\d)\s*\)"
    rf"|^[^\d()]{{2,120}}?\(\s*{_NO_DATE_MARK}\.?\s*\)"  # APA's "(n.d.)", "(s.d.)"
)


#: An editor's mark closing a list of names: " (eds.)", " (ed.)", " (Hrsg.)", " (dir.)".
_EDITOR_MARK_END = re.compile(r"\s*\((?:eds?|hrsg|hg|dir|éds?)\.?\)$", re.IGNORECASE)


def _has_apa_year(body: str) -> bool:
    """ "Name (1978)" or "Name (July 1978)" with a month's name in the bracket."""
    match = _APA_YEAR.search(body)
    return match is not None and (
        match.group("month") is None or lookup_month(match.group("month")) is not None
    )


def _may_list_authors(body: str) -> bool:
    """A cheap test before the full author scan: does the string open like an
    author list ("Smith, J.", "Smith J", "J Smith", or two reading-order names)?"""
    if starts_with_listed_name(body):
        return True
    head = body.split(",", 2)
    given = head[1] if len(head) > 1 else ""
    if given and _OPEN_QUOTE.search(given):
        given, *quoted = _OPEN_QUOTE.split(given, maxsplit=1)
        if quoted and _one_or_two_names(head[0]) and _one_or_two_names(given):
            return True  # "Mhando, Amir “Ndoto ya …”": the title's quote right after the names
    names = head[0].strip()
    edited = _EDITOR_MARK_END.search(names) if names.endswith(")") else None
    if edited is not None:
        names = names[: edited.start()]  # "Theda Skocpol and Morris P. Fiorina (eds.), Title"
    first = _AND.split(names)
    if not looks_like_person(first[0]):
        return False
    if len(first) > 1:
        return looks_like_person(first[1])  # "M. Herlihy and J. Wing, …"
    if edited is not None:
        return True  # "Theda Skocpol (ed.), Title"
    if len(head) < 2:
        return False
    second = _AND.split(given.strip().removeprefix("and ").removeprefix("& "))
    return looks_like_person(second[0])


def _one_or_two_names(text: str) -> bool:
    words = text.split()
    return 0 < len(words) <= 2 and all(
        w[:1].isupper() and w.rstrip(".").replace("-", "").isalpha() for w in words
    )


_AND = re.compile(r"\s+(?:and|&|und|et|y|ve|и)\s+")
_OPEN_QUOTE = re.compile(r"[\"“„«‘]")


def _tidy_marks(body: str) -> str:
    """Every comma run as ", " and no space before a mark, the regexes run only
    when needed: ``body`` holds no whitespace but single spaces (and the spaces
    around the commas that cut-out fields left), so plain ``in`` tests tell."""
    if ",," in body or " ," in body or ",  " in body or body.count(",") != body.count(", "):
        # every run of commas and spaces as ", " (the ends are stripped below),
        # but "1,25-dihydroxy…" and "1,000" keep their commas
        body = ", ".join(part for part in (p.strip(" ") for p in _field_parts(body)) if part)
    body = body.strip(" ,;")
    if " ." in body or " ," in body or " ;" in body or " :" in body:
        body = _SPACE_BEFORE_MARK.sub(r"\1", body)
    return body


_COMMA_IN_NUMBER = re.compile(r"\d,\d")


def _field_parts(body: str) -> list[str]:
    """``body`` split at its commas, but not at one with a digit on either side
    ("1,25", "1,000"): ``_FIELD_COMMA.split`` done with ``str.split``, faster."""
    pieces = body.split(",")
    if _COMMA_IN_NUMBER.search(body) is None:
        return pieces
    parts = [pieces[0]]
    for piece in pieces[1:]:
        if piece[:1].isdigit() and parts[-1][-1:].isdigit():
            parts[-1] += "," + piece
        else:
            parts.append(piece)
    return parts


#: Academic and courtesy titles before an author's name, as Turkish and German
#: footnotes write them: "Prof. Dr. Ahmet Hakan Demir", "Doç. Dr.", "Dr. Öğr. Üyesi".
_HONORIFIC = re.compile(
    r"(?:(?:Prof|Dr|Doç|Yrd|Assoc|Asst|Assist|Dipl|Ing|Mag|PD|Priv\.-Doz|Av|Sn|Mr|Mrs|Ms|Sir"
    r"|Öğr|Arş|Gör|Üyesi|Öğretim|Görevlisi|h\.\s?c|phil|rer\.\s?nat|Dame)\b\.?\s+)+"
)


def _take_honorific(work: _Work) -> None:
    """ "Prof. Dr. Ahmet Hakan Demir, “Title”": the titles go when a name follows."""
    match = _HONORIFIC.match(work.body)
    if match is None:
        return
    rest = work.body[match.end() :]
    name = re.split(r"[,.:(“\"«]", rest, maxsplit=1)[0]
    if looks_like_person(name) or scan_authors(rest).names:
        work.body = rest


def _parse(text: str, language_hint: str) -> Reference:
    """The normalizers in their fixed order, then one of the two readings."""
    raw = text
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    work = _Work(body=" ".join(text.split()))  # str.split() and \s agree on what a space is
    _take_markup(work)
    _take_signal(work)
    _take_links(work)
    _take_access(work, language_hint)
    if work.body[:4].isdigit() and (year := _YEAR_LEAD.match(work.body)) is not None:
        # "1986: Ulf Preuss-Lausitz: Title", "2010. “Title.”", not "2001: A Space Odyssey."
        rest = work.body[year.end() :]
        names = scan_authors(rest) if rest[:1] not in _OPEN_QUOTES else None
        if names is None or (names.names and rest[names.end : names.end + 1] in (":", ",")):
            work.issued = PartialDate(int(year.group("year")))
            work.body = rest
    work.body = (
        _ENUMERATOR.sub("", work.body, count=1) if _ENUMERATOR.match(work.body) else work.body
    )
    if work.body[:1] in _BULLETS and work.body[1:2] == " ":
        work.body = work.body[2:]  # "- D. FAUSSER, …", "• Title": a list's bullet
    if _HONORIFIC.match(work.body):
        _take_honorific(work)
    if work.body[:3].strip(" ·")[:1] in ("-", "–", "—", "_"):
        body = work.body
        work.body = _SAME_AUTHOR.sub("", body, count=1)
        work.same_author = work.body != body  # the entry above's authors: none to read here
    work.body = _tidy_marks(work.body)
    ending = work.body[-40:].lower()
    if any(key in ending for key in _STATUS_KEYS):
        status = _STATUS.search(work.body)
        if status is not None and status.start() > 0:
            # "… Precambrian Research. (in press)": the status closes no field's name
            work.body = work.body[: status.start()] + "."
    if not work.body.strip(" .,;:"):
        return _build(work, raw)
    gost = read_gost(work.body) if " // " in work.body or not work.body[:40].isascii() else None
    if gost is not None:
        _read_gost_parts(work, gost, language_hint)
        return _build(work, raw)
    work.academic = _has_break(work.body) or ("(" in work.body and _has_apa_year(work.body))
    scan = AuthorScan([], 0)
    if not work.same_author and (work.academic or _may_list_authors(work.body)):
        scan = scan_authors(work.body)
        accepted, end = _accepted_authors(work.body, scan)
        if (
            scan.style == "initials-first"
            and len(accepted) == 1
            and work.url
            and _is_site(work.body[:end].strip(" ,"), work)
        ):
            accepted = []  # "BBC Türkçe, “Title”, …, bbc.com": the site, not "B. B. C. Türkçe"
        work.academic = (
            work.academic
            or (scan.style not in ("", "direct") and bool(accepted))
            or len(accepted) >= 2
            or (bool(accepted) and _EDITORS.match(work.body, end) is not None)  # "Name (ed.), …"
        )
    if work.academic:
        _parse_academic(work, scan, language_hint)
    else:
        _parse_web(work, language_hint)
        _fill_date(work, "", language_hint)
        _take_title_notes(work)
    return _build(work, raw)


@lru_cache(maxsize=16384)
def _parse_cached(text: str, language_hint: str) -> Reference:
    """The same string is cited again and again (in both language versions of an
    article, across a corpus); it is parsed once. Callers get a copy."""
    return _parse(text, language_hint)


def parse_reference(
    text: str, citation: Citation | None = None, *, language_hint: str = ""
) -> tuple[Reference, list[Diagnostic]]:
    """Parse one reference string (one line, markdown allowed) into fields."""
    article = citation.article if citation else ""
    footnote = citation.footnote if citation else None
    line = citation.line if citation else None
    diagnostics: list[Diagnostic] = []
    text = text if isinstance(text, str) else str(text)
    try:
        ref = _parse_cached(text, language_hint).copy()
    except Exception as exc:  # a parser bug must not lose the reference
        ref = Reference(type="document", note=text, complete=False)
        diagnostics.append(
            Diagnostic(
                "error",
                "parse-failed",
                f"parser failed ({exc}); raw text kept",
                article,
                footnote,
                text,
                line,
            )
        )
    if citation is not None:
        ref.citations.append(citation)
    if not ref.complete:
        if not ref.note:
            ref.note = text
        missing = "title" if not ref.title else "container, URL or date"
        diagnostics.append(
            Diagnostic(
                "warning",
                "partial-parse",
                f"could not find the {missing}; raw text kept in note",
                article,
                footnote,
                text,
                line,
            )
        )
    return ref, diagnostics

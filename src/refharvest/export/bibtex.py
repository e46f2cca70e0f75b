"""BibTeX and BibLaTeX through bibtexparser v2: our model ↔ ``Entry``.

Entry types (classic BibTeX / BibLaTeX), chosen for what styles render:

==================  ============================  ===================================
CSL type            classic BibTeX                BibLaTeX
==================  ============================  ===================================
article-newspaper   @article, journal = outlet    @article, journaltitle = outlet,
                                                  entrysubtype = newspaper
article-magazine    @article                      @article, entrysubtype = magazine
article-journal     @article (volume, number)     @article (volume, number)
webpage             @misc, howpublished = site    @online, organization = site
post-weblog         @misc                         @online, entrysubtype = blog
report              @techreport, institution,     @report, institution, type, number
                    type = Report, number
book / chapter      @book / @incollection         @book / @incollection
paper-conference    @inproceedings                @inproceedings
thesis              @misc                         @thesis, institution
legislation, docs   @misc                         @misc
==================  ============================  ===================================

Classic types are used only when plain.bst finds every field it requires
(author, outlet or institution, year); otherwise the entry is a ``@misc``
(``howpublished`` = outlet or site, ``organization`` = publisher), so
``bibtex`` never warns "empty author"; a full classic @article is what plain
and apalike render best for news ("Author. Title. *Outlet*, Month Year.").
A web item with a publisher as well as a site becomes BibLaTeX ``@misc``
(``howpublished`` = site, ``organization`` = publisher), because ``@online``
has one slot for both. Whenever the entry type alone does not say which CSL type
it was, ``entrysubtype`` does (``newspaper``, ``blog``, ``report``…): BibLaTeX
defines that field and classic styles ignore it.

Fields: ``author``/``editor`` as "Family, Given and …", organisations as one
braced literal (``{Anadolu Ajansı}``) so they are never split, a person known
only by family name as one token (``Baktybek{ }Kyzy``); ``url`` and ``urldate``
(ISO) in both dialects, read by natbib/urlbst and biblatex (plain and apalike
print no URLs whatever we do; a ``note = {Accessed …}`` would collide with real
notes); classic ``year`` + ``month`` macro (``dec``) + ``date`` when the day is
known, BibLaTeX ``date`` (partial dates stay partial: ``2025-12``);
``language`` (and BibLaTeX ``langid``) as babel names (``turkish``); in classic
BibTeX an author-less entry gets ``key`` = its site, publisher or title, which
plain sorts by. Titles are kept as written and brace-protected by
:func:`.latex.protect_title`: in English titles acronyms and capitalised words
after the first (``The {Summit} of the {"Central Asia} plus {Japan" Dialogue
(CA+JAD)}``), other languages whole, since classic BibTeX lowercases every
title and BibLaTeX recases only English ones. ``ref.extra`` items are written
as fields under their own names (``titleaddon``, ``related``…) unless that name
is already taken by a mapped field; unknown fields of a file read come back
in ``extra``.

Provenance goes to ``citedin``, a field every style ignores:
``000_d73e33c2ba014f4c:80 [2]; 000_d73e33c2ba014f4c:80 [2] #2`` reads "article
000_…, line 80, footnote 2 (its second reference)"; ``(list)`` instead of
``[n]`` marks a reference-list item. Partial references carry the keyword
``refharvest-partial``, and their raw text in ``note`` when the harvester has
not put it there already. ``biber
--validate-datamodel`` warns that ``citedin`` is not in its data model; a normal
biber run and BibTeX ignore it silently.

Round trip (``read_bibtex(write_bibtex(refs))``, both dialects) keeps every
field of :class:`Reference` and of each :class:`Citation` except
``Citation.raw`` (the raw text survives only as ``note`` of partial
references) — see ``tests/export/test_roundtrip.py``, which checks exactly
this. Known limits: a URL's braces and backslashes are percent-encoded (and,
with ``ascii=True``, its non-ASCII characters); with ``ascii=True`` characters
without a LaTeX command (CJK) are transliterated; a second reference with the
same key gets a new key; ``citedin`` cannot hold article ids containing "; ".
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Sequence
from functools import lru_cache
from typing import Literal

from bibtexparser.entrypoint import parse_string, write_string
from bibtexparser.library import Library
from bibtexparser.middlewares.names import (
    parse_single_name_into_parts,
    split_multiple_persons_names,
)
from bibtexparser.model import Entry, Field, ParsingFailedBlock

from ..errors import BibParseError
from ..keys import key_base, unique_keys
from ..model import Citation, ItemType, Name, PartialDate, Reference
from .latex import decode, decode_url, escape_data, escape_text, escape_url, protect_title

Dialect = Literal["bibtex", "biblatex"]

# bibtexparser logs every failed block; we report them in a BibParseError
# instead, so without an application handler they must not reach stderr.
logging.getLogger("bibtexparser").addHandler(logging.NullHandler())

PARTIAL_KEYWORD = "refharvest-partial"
DEFAULT_REPORT_TYPE = "Report"

_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_MONTH_NUMBERS = {name: number for number, name in enumerate(_MONTHS, start=1)}

#: entrysubtype value ↔ CSL type, where BibLaTeX has a conventional name.
_SUBTYPE_OUT: dict[str, str] = {
    "article-newspaper": "newspaper",
    "article-magazine": "magazine",
    "post-weblog": "blog",
}
_SUBTYPE_IN: dict[str, ItemType] = {
    "newspaper": "article-newspaper",
    "magazine": "article-magazine",
    "blog": "post-weblog",
    "webpage": "webpage",
    "article-newspaper": "article-newspaper",
    "article-magazine": "article-magazine",
    "article-journal": "article-journal",
    "journal": "article-journal",
    "post-weblog": "post-weblog",
    "report": "report",
    "book": "book",
    "chapter": "chapter",
    "paper-conference": "paper-conference",
    "thesis": "thesis",
    "legislation": "legislation",
    "document": "document",
}

#: Fields whose values are identifiers, not prose: escaped as data.
_DATA_FIELDS = frozenset(
    {
        "related",
        "relatedtype",
        "crossref",
        "xref",
        "ids",
        "entryset",
        "keywords",
        "citedin",
        "langid",
        "entrysubtype",
        "sortkey",
        "options",
        "relatedoptions",
        "eprint",
        "eprinttype",
    }
)
_VERBATIM_FIELDS = frozenset({"url", "doi", "file", "urlraw"})


# --- entry types ----------------------------------------------------------------


def _entry_type(ref: Reference, dialect: Dialect) -> str:
    kind = ref.type
    if dialect == "biblatex":
        if kind.startswith("article-") and ref.container_title:
            return "article"
        if kind.startswith("article-") or kind in ("webpage", "post-weblog"):
            # @online has one slot, organization, for the site; a publisher needs @misc
            return "misc" if ref.publisher else "online"
        return _BIBLATEX_TYPES.get(kind, "misc")
    # Classic types only when plain.bst finds every field it requires, else @misc:
    # bibtex warns "empty author/journal/year" for each missing one.
    classic = _CLASSIC_TYPES.get(kind)
    if classic is None or not ref.authors or ref.issued is None:
        return "misc"
    entry_type, needs_container, needs_publisher = classic
    if (needs_container and not ref.container_title) or (needs_publisher and not ref.publisher):
        return "misc"
    return entry_type


_BIBLATEX_TYPES = {
    "report": "report",
    "book": "book",
    "chapter": "incollection",
    "paper-conference": "inproceedings",
    "thesis": "thesis",
}

#: CSL type -> (classic entry type, needs container, needs publisher); all need author and year
_CLASSIC_TYPES: dict[str, tuple[str, bool, bool]] = {
    "article-newspaper": ("article", True, False),
    "article-magazine": ("article", True, False),
    "article-journal": ("article", True, False),
    "report": ("techreport", False, True),
    "book": ("book", False, True),
    "chapter": ("incollection", True, True),
    "paper-conference": ("inproceedings", True, False),
}


def _csl_type(entry_type: str, subtype: str, has_url: bool) -> ItemType:
    """The CSL type an entry stands for; the writer relies on this to set entrysubtype."""
    entry_type = entry_type.lower()
    known = _SUBTYPE_IN.get(subtype.lower()) if subtype else None
    if known is not None:
        return known
    if entry_type == "article":
        return "article-journal"
    if entry_type in ("online", "www", "electronic", "webpage"):
        return "webpage"
    if entry_type in ("report", "techreport"):
        return "report"
    if entry_type in ("book", "mvbook", "booklet", "collection", "mvcollection"):
        return "book"
    if entry_type in ("incollection", "inbook", "inreference", "bookinbook"):
        return "chapter"
    if entry_type in ("inproceedings", "conference", "proceedings"):
        return "paper-conference"
    if entry_type in ("thesis", "phdthesis", "mastersthesis"):
        return "thesis"
    if entry_type == "misc" and has_url:
        return "webpage"
    return "document"


def _subtype(ref: Reference, entry_type: str) -> str:
    if _csl_type(entry_type, "", bool(ref.url)) == ref.type:
        return ""
    return _SUBTYPE_OUT.get(ref.type, ref.type)


# --- languages --------------------------------------------------------------------

#: babel/polyglossia names that differ from CLDR's English name, lower-cased.
_LANGUAGE_NAME_OVERRIDES = {"nb": "norsk", "nn": "nynorsk", "sl": "slovene", "ga": "irish"}
_LANGUAGE_NAME_ALIASES = {
    "american": "en",
    "british": "en",
    "usenglish": "en",
    "ukenglish": "en",
    "australian": "en",
    "canadian": "en",
    "newzealand": "en",
    "ngerman": "de",
    "austrian": "de",
    "naustrian": "de",
    "swissgerman": "de",
    "nswissgerman": "de",
    "brazil": "pt",
    "brazilian": "pt",
    "francais": "fr",
    "canadien": "fr",
    "acadian": "fr",
    "kirghiz": "ky",
    "farsi": "fa",
}


@lru_cache(maxsize=1)
def _language_tables() -> tuple[dict[str, str], dict[str, str]]:
    from babel import Locale

    to_name: dict[str, str] = {}
    for code, name in Locale("en").languages.items():
        if "_" in code or len(code) > 3:
            continue
        lowered = name.lower()
        if lowered.isascii() and lowered.isalpha():
            to_name[code] = lowered
    to_name.update(_LANGUAGE_NAME_OVERRIDES)
    to_code = {name: code for code, name in to_name.items()}
    to_code.update(_LANGUAGE_NAME_ALIASES)
    return to_name, to_code


def language_name(code: str) -> str:
    """BCP 47 primary tag → babel/biblatex language name (``tr`` → ``turkish``)."""
    return _language_tables()[0].get(code.lower(), "") if code else ""


def language_code(name: str) -> str:
    """Babel name or language tag → BCP 47 tag; unknown names come back unchanged."""
    cleaned = name.strip()
    code = _language_tables()[1].get(cleaned.lower().replace(" ", ""))
    return code if code is not None else cleaned


# --- writing ----------------------------------------------------------------------


_AND_WORD = re.compile(r"\s(?i:and)\s")


def _braced_if_needed(part: str) -> str:
    if "," in part or part.startswith("{") or _AND_WORD.search(part):
        return "{" + part + "}"
    return part


@lru_cache(maxsize=65536)
def _format_name(name: Name, ascii: bool) -> str:
    if name.literal:
        return "{" + escape_text(name.literal, ascii=ascii) + "}"
    if not name.given:
        # "Family," is an error to BibTeX; a single token (spaces and commas
        # braced) is a last name, and unlike "{Family}" not an organisation.
        family = escape_text(name.family, ascii=ascii).replace(",", "{,}").replace(" ", "{ }")
        return "{}" + family if _is_single_group(family) else family
    family = _braced_if_needed(escape_text(name.family, ascii=ascii)) if name.family else "{}"
    return f"{family}, {_braced_if_needed(escape_text(name.given, ascii=ascii))}"


def _format_names(names: Sequence[Name], ascii: bool) -> str:
    if not names:
        return ""
    return " and ".join(_format_name(n, ascii) for n in names if n.literal or n.family or n.given)


def format_citations(citations: Iterable[Citation]) -> str:
    """The ``citedin`` value: ``article:line [label] #n`` joined by ``; ``."""
    parts = []
    for citation in citations:
        where = citation.article
        if citation.line is not None:
            where += f":{citation.line}"
        where += f" [{citation.footnote}]" if citation.footnote is not None else " (list)"
        if citation.position:
            where += f" #{citation.position + 1}"
        parts.append(where)
    return "; ".join(parts)


_CITEDIN_ITEM = re.compile(
    r"^(?P<article>.*?)(?::(?P<line>\d+))? (?:\[(?P<label>.*)\]|\(list\))(?: #(?P<n>\d+))?$"
)


def parse_citations(value: str) -> list[Citation] | None:
    """Inverse of :func:`format_citations`; None when the value is not in that form."""
    citations = []
    for item in value.split("; "):
        match = _CITEDIN_ITEM.match(item.strip())
        if match is None:
            return None
        citations.append(
            Citation(
                article=match["article"],
                footnote=match["label"],
                position=int(match["n"]) - 1 if match["n"] else 0,
                line=int(match["line"]) if match["line"] else None,
            )
        )
    return citations


def _sort_key(ref: Reference) -> str:
    """Classic styles sort and label author-less entries by the ``key`` field."""
    return ref.container_title or ref.publisher or ref.title


def _venue_fields(entry_type: str, dialect: Dialect) -> tuple[str, str]:
    """(field for container_title, field for publisher) of an entry type."""
    if entry_type == "article":
        return ("journaltitle" if dialect == "biblatex" else "journal"), "publisher"
    if entry_type in ("incollection", "inproceedings"):
        return "booktitle", "publisher"
    if entry_type == "online":
        return "organization", ""
    if entry_type in ("techreport", "report", "thesis"):
        return "howpublished", "institution"
    if entry_type == "misc":
        return "howpublished", "organization"
    return "howpublished", "publisher"


def reference_to_entry(
    ref: Reference, *, dialect: Dialect = "bibtex", ascii: bool = False, key: str = ""
) -> Entry:
    """One reference as a bibtexparser entry, values already enclosed for writing.

    The key is ``key``, else ``ref.key``, else :func:`refharvest.keys.key_base`
    (not made unique: :func:`write_bibtex` does that across the file).
    """
    entry_type = _entry_type(ref, dialect)
    classic = dialect == "bibtex"
    # (field, LaTeX value) pairs; empty values are dropped at the end
    pairs: list[tuple[str, str]] = []
    add = pairs.append

    def text(value: str) -> str:
        return escape_text(value, ascii=ascii) if value else ""

    if ref.authors:
        add(("author", _format_names(ref.authors, ascii)))
    if ref.editors:
        add(("editor", _format_names(ref.editors, ascii)))
    if classic and not ref.authors and not ref.editors:
        add(("key", text(_sort_key(ref))))
    language = ref.language
    english = not language or language.lower().split("-")[0] == "en"
    add(("title", protect_title(ref.title, english=english, ascii=ascii)))

    container_field, publisher_field = _venue_fields(entry_type, dialect)
    for field_name, value in (
        (container_field, ref.container_title),
        (publisher_field, ref.publisher),
    ):
        if value:
            # organization is a list field in BibLaTeX: one braced item, never split on "and"
            latex = text(value)
            add((field_name, "{" + latex + "}" if field_name == "organization" else latex))
    if entry_type in ("techreport", "report"):
        add(("type", text(ref.extra.get("type", DEFAULT_REPORT_TYPE))))
    add(("address" if classic else "location", text(ref.publisher_place)))
    add(("series", text(ref.collection_title)))
    add(("volume", text(ref.volume)))
    if entry_type == "article":
        add(("number", text(ref.issue)))
        add(("eid", text(ref.number)))
    else:
        add(("number", text(ref.number)))
        add(("issue", text(ref.issue)))
    add(("pages", text(ref.pages)))

    issued = ref.issued
    month = ""
    if issued is not None:
        if classic:
            add(("year", f"{issued.year:04d}"))
            if issued.month is not None:
                month = _MONTHS[issued.month - 1]
                add(("month", month))
            if issued.day is not None:
                add(("date", issued.iso()))
        else:
            add(("date", issued.iso()))
    if ref.url:
        add(("url", escape_url(ref.url, ascii=ascii)))
    if ref.accessed is not None:
        add(("urldate", ref.accessed.iso()))
    if ref.doi:
        add(("doi", escape_url(ref.doi, ascii=ascii)))

    if language:
        name = language_name(language.split("-")[0])
        if name and not classic:
            add(("langid", name))
        add(("language", name if name and "-" not in language else escape_data(language)))
    add(("entrysubtype", _subtype(ref, entry_type)))

    add(("note", text(ref.note or ("" if ref.complete else ref.raw))))
    keywords = ref.extra.get("keywords", "")
    if not ref.complete:
        keywords = f"{keywords}, {PARTIAL_KEYWORD}" if keywords else PARTIAL_KEYWORD
    if keywords:
        add(("keywords", escape_data(keywords, ascii=ascii)))
    if ref.citations:
        add(("citedin", escape_data(format_citations(ref.citations), ascii=ascii)))

    if ref.extra:
        taken = {name for name, _ in pairs}
        for extra_name, value in ref.extra.items():
            field_name = _NOT_FIELD_NAME.sub("-", extra_name.lower())
            if field_name in taken or not value:
                continue
            taken.add(field_name)
            if field_name in _VERBATIM_FIELDS:
                add((field_name, escape_url(value, ascii=ascii)))
            elif field_name in _DATA_FIELDS:
                add((field_name, escape_data(value, ascii=ascii)))
            else:
                add((field_name, text(value)))
    fields = [
        # the month macro (jan, feb…) is written bare so styles localise it
        Field(name, value if name == "month" and value == month else "{" + value + "}")
        for name, value in pairs
        if value
    ]
    return Entry(entry_type, key or ref.key or key_base(ref), fields)


_NOT_FIELD_NAME = re.compile(r"[^a-z0-9_:+.-]")


def build_library(
    refs: Sequence[Reference], *, dialect: Dialect = "bibtex", ascii: bool = False
) -> Library:
    """A bibtexparser library of ``refs`` (keys made unique, ``refs`` untouched)."""
    library = Library()
    library.add(
        [
            reference_to_entry(ref, dialect=dialect, ascii=ascii, key=key)
            for ref, key in zip(refs, unique_keys(refs), strict=True)
        ]
    )
    return library


def write_bibtex(
    refs: Sequence[Reference], *, dialect: Dialect = "bibtex", ascii: bool = False
) -> str:
    """The references as a .bib text (UTF-8 unless ``ascii``), in the order given."""
    if not refs:
        return ""
    library = build_library(refs, dialect=dialect, ascii=ascii)
    # Values are enclosed by reference_to_entry: no unparse middleware needed.
    return str(write_string(library, unparse_stack=[]))


# --- reading ----------------------------------------------------------------------


def _fields(entry: Entry) -> dict[str, Field]:
    return {field.key.lower(): field for field in entry.fields}


def _is_single_group(text: str) -> bool:
    if not (text.startswith("{") and text.endswith("}")):
        return False
    depth = 0
    for index, char in enumerate(text):
        if char == "{":
            depth += 1
        elif char == "}":
            depth -= 1
            if depth == 0 and index != len(text) - 1:
                return False
    return depth == 0


def parse_names(value: str) -> list[Name]:
    """A BibTeX name list → names; a whole braced name is an organisation."""
    names = []
    for raw in split_multiple_persons_names(value):
        raw = raw.strip()
        if _is_single_group(raw):
            names.append(Name(literal=decode(raw[1:-1]).strip()))
            continue
        parts = parse_single_name_into_parts(raw, strict=False)
        family = decode(" ".join([*parts.von, *parts.last, *parts.jr])).strip()
        given = decode(" ".join(parts.first)).strip()
        if family or given:
            names.append(Name(family=family, given=given))
    return names


_DATE = re.compile(r"^\s*(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?\s*$")


def _parse_date(text: str) -> PartialDate | None:
    match = _DATE.match(text)
    if match is None:
        return None
    try:
        return PartialDate(*(int(p) for p in match.groups() if p is not None))
    except ValueError:
        return None


def _parse_month(text: str) -> int | None:
    text = text.strip().lower()
    if text.isdigit():
        return int(text) if 1 <= int(text) <= 12 else None
    return _MONTH_NUMBERS.get(text[:3])


def entry_to_reference(entry: Entry) -> Reference:
    """A bibtexparser entry (from our files or other tools') as a reference.

    Every field the model has no slot for, or that lost to another field of
    the same meaning (``journal`` beside ``journaltitle``), goes to ``extra``
    under its own name: nothing of the entry is dropped.
    """
    entry_type = entry.entry_type.lower()
    fields = _fields(entry)
    consumed: set[str] = set()

    def text(key: str) -> str:
        """The decoded value; a non-empty one counts as used."""
        field = fields.get(key)
        value = "" if field is None else decode(str(field.value)).strip()
        if value:
            consumed.add(key)
        return value

    def verbatim(key: str) -> str:
        field = fields.get(key)
        consumed.add(key)
        return "" if field is None else decode_url(str(field.value).strip())

    def names(key: str) -> list[Name]:
        field = fields.get(key)
        consumed.add(key)
        return [] if field is None else parse_names(str(field.value))

    def organization() -> str:
        return (
            " and ".join(n.display() for n in names("organization"))
            if "organization" in fields
            else ""
        )

    url = verbatim("url")
    subtype = text("entrysubtype")
    if subtype and subtype.lower() not in _SUBTYPE_IN:
        consumed.discard("entrysubtype")  # someone else's subtype: kept in extra
    ref = Reference(type=_csl_type(entry_type, subtype, bool(url)), key=entry.key, url=url)
    ref.authors = names("author")
    ref.editors = names("editor")
    ref.title = text("title")

    container = text("journaltitle") or text("journal") or text("booktitle")
    publisher = text("publisher") or text("institution") or text("school")
    if entry_type == "online":
        container = container or organization()
    else:
        container = container or text("howpublished")
        publisher = publisher or organization()
    ref.container_title = container
    ref.publisher = publisher
    ref.publisher_place = text("location") or text("address")
    ref.collection_title = text("series")
    ref.volume = text("volume")
    ref.pages = text("pages")
    if entry_type == "article":
        ref.issue = text("number") or text("issue")
        ref.number = text("eid")
    else:
        ref.number = text("number")
        ref.issue = text("issue")

    date_text = text("date")
    ref.issued = _parse_date(date_text) if date_text else None
    if ref.issued is None:
        consumed.discard("date")
    year_text = text("year")
    month_field = fields.get("month")
    month = _parse_month(decode(str(month_field.value))) if month_field is not None else None
    if ref.issued is None and year_text[:4].isdigit() and len(year_text) == 4:
        ref.issued = PartialDate(int(year_text), month)
        if month is not None:
            consumed.add("month")
    elif ref.issued is not None and year_text == f"{ref.issued.year:04d}":
        # our classic files carry year and month beside a full date
        if month is not None and month == ref.issued.month:
            consumed.add("month")
    else:
        consumed.discard("year")
    urldate = text("urldate")
    ref.accessed = _parse_date(urldate) if urldate else None
    if ref.accessed is None:
        consumed.discard("urldate")
    ref.doi = verbatim("doi")

    language = text("language") or text("langid")
    ref.language = language_code(language) if language else ""
    langid = text("langid")
    if langid and language_code(langid) != ref.language.split("-")[0]:
        consumed.discard("langid")

    keywords = [k.strip() for k in text("keywords").split(",") if k.strip()]
    if PARTIAL_KEYWORD in keywords:
        ref.complete = False
        keywords.remove(PARTIAL_KEYWORD)
    if keywords:
        ref.extra["keywords"] = ", ".join(keywords)
    ref.note = text("note")
    citedin = text("citedin")
    citations = parse_citations(citedin) if citedin else None
    if citations is None:
        consumed.discard("citedin")
    else:
        ref.citations = citations

    for key, field in fields.items():
        if key in consumed or key in ref.extra:
            continue
        raw = str(field.value).strip()
        value = decode_url(raw) if key in _VERBATIM_FIELDS else decode(raw).strip()
        if not value:
            continue
        if key == "key" and value == _sort_key(ref):
            continue  # the sort key our classic writer adds
        if (
            key == "type"
            and entry_type in ("techreport", "report")
            and value == DEFAULT_REPORT_TYPE
        ):
            continue  # the type our writer adds
        ref.extra[key] = value
    return ref


def _block_error(block: ParsingFailedBlock) -> str:
    error = block.error
    reason = getattr(error, "abort_reason", "") or getattr(error, "message", "") or str(error)
    first_line = (block.raw or "").strip().splitlines()[:1]
    start = f" `{first_line[0][:60]}`" if first_line else ""
    line = block.start_line + 1 if block.start_line is not None else "?"
    return f"line {line}{start}: {' '.join(reason.split()) or type(error).__name__}"


def read_bibtex(text: str, *, path: str = "") -> list[Reference]:
    """Every entry of a .bib text; any block that fails to parse is an error naming its line.

    Nothing is half-read: if one block fails, the error lists every failed
    block (line numbers count from 1) and no reference is returned.
    """
    library = parse_string(text)
    if library.failed_blocks:
        problems = [_block_error(block) for block in library.failed_blocks]
        raise BibParseError(
            f"{len(problems)} block(s) do not parse: " + "; ".join(problems),
            path=path,
            hint="fix or remove those entries",
        )
    return library_references(library, path=path)


def library_references(library: Library, *, path: str = "") -> list[Reference]:
    """The entries of a parsed library as References; a bad entry names its line."""
    references = []
    for entry in library.entries:
        try:
            references.append(entry_to_reference(entry))
        except (ValueError, TypeError) as exc:
            line = entry.start_line + 1 if entry.start_line is not None else "?"
            raise BibParseError(f"line {line}: entry {entry.key!r}: {exc}", path=path) from exc
    return references

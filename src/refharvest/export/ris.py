"""RIS (Zotero, EndNote, Mendeley) ↔ our model.

One ``TAG  - value`` line per field, a record from ``TY`` to ``ER``. Tags follow
what Zotero writes and reads: ``T2`` is the container (site, newspaper,
journal) for every type, ``Y2`` the access date, ``DA`` the date as
``YYYY/MM/DD/`` with empty parts for partial dates (``2019///``), ``PY`` the
year. Persons are ``AU  - Family, Given``; an organisation is written
without a comma (``AU  - Anadolu Ajansı``), which is how RIS readers tell a
single-field name (Zotero) or a literal (citation-js) from a person.

Round trip (``read_ris(write_ris(refs))``) keeps: type, key (``ID``),
authors, editors (``A2``), title, container (``T2``), collection title
(``T3``), publisher, place (``CY``), issued, accessed, URL, DOI, language
(``LA``, the BCP 47 tag), volume, issue, pages (whole in ``SP``), number
(``M1``), note (``N1``, multi-line kept), completeness (keyword
``refharvest-partial``), ``extra["keywords"]`` (``KW``), and the citations
without their raw text (an ``N1`` line ``Cited in: …`` in the ``citedin`` form
of :mod:`.bibtex`). Not kept: other ``extra`` fields and ``Citation.raw``.
Known differences with citation-js, which follows the RIS 2011 spec where
Zotero does not: it reads a one-word author without a comma as a family name;
for ``NEWS`` it takes the date from ``PY`` (year only) and reads ``AU`` as CSL
``reporter``; for ``ELEC`` it reads ``T2`` as a collection title and ignores
``Y2``. An organisation whose name contains a comma reads back as a person.

``ascii=True`` transliterates with anyascii (RIS has no escapes), which is lossy.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from anyascii import anyascii

from ..errors import BibParseError
from ..model import ItemType, Name, PartialDate, Reference
from .bibtex import PARTIAL_KEYWORD, format_citations, language_code, parse_citations

CITED_IN_PREFIX = "Cited in: "

_TYPE_OUT: dict[ItemType, str] = {
    "webpage": "ELEC",
    "article-newspaper": "NEWS",
    "article-magazine": "MGZN",
    "article-journal": "JOUR",
    "post-weblog": "BLOG",
    "report": "RPRT",
    "book": "BOOK",
    "chapter": "CHAP",
    "paper-conference": "CPAPER",
    "thesis": "THES",
    "legislation": "STAT",
    "document": "GEN",
}
_TYPE_IN: dict[str, ItemType] = {
    **{ris: csl for csl, ris in _TYPE_OUT.items()},
    "WEB": "webpage",
    "JFULL": "article-journal",
    "EJOUR": "article-journal",
    "JOURN": "article-journal",
    "ABST": "article-journal",
    "INPR": "article-journal",
    "GOVDOC": "report",
    "EBOOK": "book",
    "EDBOOK": "book",
    "ECHAP": "chapter",
    "CONF": "paper-conference",
    "BILL": "legislation",
    "LEGAL": "legislation",
}

_TAG_LINE = re.compile(r"^([A-Z][A-Z0-9]) {1,2}-(?: (.*))?$")


def _format_date(date: PartialDate) -> str:
    parts = [f"{date.year:04d}", "", "", ""]
    if date.month is not None:
        parts[1] = f"{date.month:02d}"
    if date.day is not None:
        parts[2] = f"{date.day:02d}"
    return "/".join(parts)


def _format_name(name: Name) -> str:
    if name.literal:
        return name.literal
    return f"{name.family}, {name.given}" if name.given else f"{name.family},"


def _record_lines(ref: Reference) -> Iterator[tuple[str, str]]:
    yield "TY", _TYPE_OUT.get(ref.type, "GEN")
    if ref.key:
        yield "ID", ref.key
    for name in ref.authors:
        yield "AU", _format_name(name)
    for name in ref.editors:
        yield "A2", _format_name(name)
    yield "TI", ref.title
    yield "T2", ref.container_title
    yield "T3", ref.collection_title
    yield "PB", ref.publisher
    yield "CY", ref.publisher_place
    if ref.issued is not None:
        yield "DA", _format_date(ref.issued)
        yield "PY", f"{ref.issued.year:04d}"
    if ref.accessed is not None:
        yield "Y2", _format_date(ref.accessed)
    yield "VL", ref.volume
    yield "IS", ref.issue
    yield "SP", ref.pages
    yield "M1", ref.number
    yield "UR", ref.url
    yield "DO", ref.doi
    yield "LA", ref.language
    keywords = [k.strip() for k in ref.extra.get("keywords", "").split(",") if k.strip()]
    if not ref.complete:
        keywords.append(PARTIAL_KEYWORD)
    for keyword in keywords:
        yield "KW", keyword
    note = ref.note or ("" if ref.complete else ref.raw)
    yield "N1", note
    if ref.citations:
        yield "N1", CITED_IN_PREFIX + format_citations(ref.citations)


def write_ris(refs: Sequence[Reference], *, ascii: bool = False) -> str:
    """The references as RIS text; empty fields are left out."""
    out: list[str] = []
    for ref in refs:
        for tag, value in _record_lines(ref):
            if not value:
                continue
            if ascii:
                value = anyascii(value)
            first, *rest = value.split("\n")
            out.append(f"{tag}  - {first}")
            out.extend(rest)  # continuation lines, as RIS readers join them
        out.append("ER  - ")
        out.append("")
    return "\n".join(out)


def _parse_date(text: str) -> PartialDate | None:
    text = text.strip()
    pieces = re.split(r"[/-]", text)
    numbers: list[int] = []
    for piece in pieces[:3]:
        if not piece.strip():
            break
        if not piece.strip().isdigit():
            return None
        numbers.append(int(piece))
    if not numbers:
        return None
    try:
        return PartialDate(*numbers)
    except ValueError:
        return None


def _parse_name(text: str) -> Name:
    if "," not in text:
        return Name(literal=text.strip())
    family, _, given = text.partition(",")
    return Name(family=family.strip(), given=given.strip())


def _records(text: str, path: str) -> Iterator[tuple[int, list[tuple[str, str]]]]:
    record: list[tuple[str, str]] | None = None
    start = 0
    for number, line in enumerate(text.splitlines(), start=1):
        match = _TAG_LINE.match(line.rstrip())
        if match is None:
            if record is not None and record:
                tag, value = record[-1]
                record[-1] = (tag, value + "\n" + line.rstrip())
            elif line.strip():
                raise BibParseError(f"line {number}: text outside a RIS record", path=path)
            continue
        tag, value = match.group(1), (match.group(2) or "").strip()
        if tag == "TY":
            if record is not None:
                raise BibParseError(
                    f"line {number}: new record before the ER of the record at line {start}",
                    path=path,
                )
            record, start = [(tag, value)], number
        elif record is None:
            raise BibParseError(f"line {number}: {tag} outside a record (no TY)", path=path)
        elif tag == "ER":
            yield start, record
            record = None
        else:
            record.append((tag, value))
    if record is not None:
        raise BibParseError(f"line {start}: record has no ER line", path=path)


def _record_to_reference(fields: list[tuple[str, str]]) -> Reference:
    ref = Reference(type=_TYPE_IN.get(fields[0][1].upper(), "document"))
    keywords: list[str] = []
    notes: list[str] = []
    year = ""
    for tag, raw_value in fields[1:]:
        value = raw_value.rstrip("\n")
        if not value:
            continue
        if tag in ("AU", "A1"):
            ref.authors.append(_parse_name(value))
        elif tag in ("A2", "ED"):
            ref.editors.append(_parse_name(value))
        elif tag in ("TI", "T1"):
            ref.title = ref.title or value
        elif tag in ("T2", "JO", "JF"):
            ref.container_title = ref.container_title or value
        elif tag == "T3":
            ref.collection_title = value
        elif tag == "PB":
            ref.publisher = value
        elif tag == "CY":
            ref.publisher_place = value
        elif tag == "DA":
            ref.issued = _parse_date(value)
        elif tag in ("PY", "Y1"):
            year = value
        elif tag == "Y2":
            ref.accessed = _parse_date(value)
        elif tag == "VL":
            ref.volume = value
        elif tag == "IS":
            ref.issue = value
        elif tag == "SP":
            ref.pages = value
        elif tag == "EP":
            ref.pages = f"{ref.pages}-{value}" if ref.pages else value
        elif tag == "M1":
            ref.number = value
        elif tag == "UR":
            ref.url = ref.url or value
        elif tag == "DO":
            ref.doi = value
        elif tag == "LA":
            ref.language = language_code(value)
        elif tag == "ID":
            ref.key = value
        elif tag == "KW":
            keywords.append(value)
        elif tag == "N1":
            notes.append(value)
    if ref.issued is None and year:
        ref.issued = _parse_date(year)
    if PARTIAL_KEYWORD in keywords:
        ref.complete = False
        keywords.remove(PARTIAL_KEYWORD)
    if keywords:
        ref.extra["keywords"] = ", ".join(keywords)
    plain_notes = []
    for note in notes:
        citations = None
        if note.startswith(CITED_IN_PREFIX) and not ref.citations:
            citations = parse_citations(note[len(CITED_IN_PREFIX) :])
        if citations is None:
            plain_notes.append(note)
        else:
            ref.citations = citations
    ref.note = "\n".join(plain_notes)
    return ref


def read_ris(text: str, *, path: str = "") -> list[Reference]:
    """Every record of a RIS text; a malformed file is a BibParseError naming the line."""
    return [_record_to_reference(fields) for _, fields in _records(text.lstrip("\ufeff"), path)]

"""BibTeX entries of any origin (JabRef, Zotero, hand-written) as References to compare.

``refharvest dedupe`` converts entries only to match them and writes the
entries themselves back, so this reads just the fields matching looks at,
tolerantly (BibTeX or BibLaTeX names, ``date`` or ``year``/``month``/``day``).
Our own files are read by ``refharvest.export.bibtex``.
"""

from __future__ import annotations

import re
from typing import Any

from bibtexparser.middlewares.names import split_multiple_persons_names

from ..model import ItemType, Name, PartialDate, Reference

#: BibLaTeX/BibTeX field → Reference attribute, first present wins.
_SITE_FIELDS = ("journaltitle", "journal", "booktitle", "maintitle", "howpublished", "organization")
_TYPES: dict[str, ItemType] = {
    "article": "article-journal",
    "online": "webpage",
    "misc": "webpage",
    "report": "report",
    "techreport": "report",
    "book": "book",
    "incollection": "chapter",
    "inbook": "chapter",
    "inproceedings": "paper-conference",
    "thesis": "thesis",
    "phdthesis": "thesis",
    "mastersthesis": "thesis",
}
_MONTHS = {
    m: i
    for i, m in enumerate(
        ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], 1
    )
}
_BRACES = re.compile(r"[{}]")
_LANGUAGE_NAMES = {
    "turkish": "tr",
    "english": "en",
    "american": "en",
    "british": "en",
    "german": "de",
    "ngerman": "de",
    "russian": "ru",
    "french": "fr",
}


def field_text(entry: Any, name: str) -> str:
    """A field's value without BibTeX braces, or ""."""
    found = entry.fields_dict.get(name)
    if found is None:
        # field names are case-insensitive in BibTeX
        found = next((f for f in entry.fields if f.key.lower() == name), None)
    if found is None:
        return ""
    value = found.value
    return _BRACES.sub("", value if isinstance(value, str) else str(value)).strip()


def parse_date(text: str) -> PartialDate | None:
    match = re.match(r"^\s*(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?", text)
    if not match:
        return None
    try:
        return PartialDate(*(int(p) for p in match.groups() if p))
    except ValueError:
        return None


def _raw_field(entry: Any, name: str) -> str:
    found = next((f for f in entry.fields if f.key.lower() == name), None)
    return str(found.value).strip() if found is not None else ""


def _names(raw: str) -> list[Name]:
    """``Family, Given and {Organisation}``: a wholly braced name is an organisation."""
    if len(raw) >= 2 and raw[0] == "{" and raw[-1] == "}":
        raw = raw[1:-1]
    names = []
    for part in split_multiple_persons_names(raw):
        part = part.strip()
        if not part:
            continue
        if part.startswith("{") and part.endswith("}") and "}" not in part[1:-1]:
            names.append(Name(literal=part[1:-1].strip()))
            continue
        part = _BRACES.sub("", part)
        if "," in part:
            family, _, given = part.partition(",")
            names.append(Name(family=family.strip(), given=given.strip()))
        elif " " in part:
            given, _, family = part.rpartition(" ")
            names.append(Name(family=family, given=given))
        else:
            names.append(Name(literal=part))
    return names


def entry_to_match_reference(entry: Any) -> Reference:
    """The fields matching looks at: title, site, date, URL, DOI, names, key."""
    issued = parse_date(field_text(entry, "date"))
    if issued is None:
        year = field_text(entry, "year")
        month = _MONTHS.get(field_text(entry, "month").lower()[:3]) or (
            int(field_text(entry, "month")) if field_text(entry, "month").isdigit() else None
        )
        day = field_text(entry, "day")
        if year.isdigit():
            try:
                issued = PartialDate(
                    int(year), month, int(day) if day.isdigit() and month else None
                )
            except ValueError:
                issued = PartialDate(int(year))
    site = next((field_text(entry, name) for name in _SITE_FIELDS if field_text(entry, name)), "")
    return Reference(
        type=_TYPES.get(entry.entry_type.lower(), "document"),
        authors=_names(_raw_field(entry, "author")),
        editors=_names(_raw_field(entry, "editor")),
        title=field_text(entry, "title"),
        container_title=site,
        publisher=field_text(entry, "publisher") or field_text(entry, "institution"),
        publisher_place=field_text(entry, "location") or field_text(entry, "address"),
        issued=issued,
        accessed=parse_date(field_text(entry, "urldate")),
        url=field_text(entry, "url"),
        doi=field_text(entry, "doi"),
        language=_language(field_text(entry, "langid") or field_text(entry, "language")),
        volume=field_text(entry, "volume"),
        issue=field_text(entry, "issue"),
        pages=field_text(entry, "pages"),
        number=field_text(entry, "number"),
        note=field_text(entry, "note"),
        key=entry.key,
    )


def _language(text: str) -> str:
    return _LANGUAGE_NAMES.get(text.lower(), text.lower())

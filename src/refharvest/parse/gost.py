"""GOST references (ГОСТ Р 7.0.5, 7.0.100), the form Russian sources are cited in.

    Иванов И. И. Название статьи // Вестник МГИМО. 2020. № 3. С. 45–67.
    Название / И. И. Иванов, П. П. Петров // Журнал. 2020. Т. 5, № 3. С. 45–67.
    Иванова О. Центральная Азия // Коммерсантъ. 2025. 19 декабря. URL: … (дата обращения: …).
    Иванов И. И. Внешняя политика Казахстана. М.: Наука, 2019. 256 с.

Family names come before their initials ("Иванов И. И."), which the general
author reader takes for a given name and a middle initial ("John F. Kennedy"),
and " // " opens the container. This module cuts such a string into its
parts; the reference parser reads the numbers and dates of the tail as it
does for any journal.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..model import Name
from .language import CYRILLIC
from .names import UPPER, parse_person

__all__ = ["GostParts", "read_gost"]

_UP = f"[{UPPER}]"
_FAMILY = rf"{_UP}[^\W\d_]+(?:-{_UP}[^\W\d_]+)?"
_INITIALS = rf"(?:{_UP}[a-zа-я]?\.\s?-?\s?){{1,3}}"
#: "Иванов И. И.", "Laumulin M.", "Петров-Водкин К. С.": family, then initials.
_AUTHOR = re.compile(rf"(?P<family>{_FAMILY})\s+(?P<given>{_INITIALS})(?=[\s,]|$)")
_AUTHOR_SEPARATOR = re.compile(r"\s*,\s*")
#: The general material designation, no part of the title.
_MATERIAL = re.compile(
    r"\s*\[(?:Электронный ресурс|Electronic resource|Текст|Text|Видеозапись)\]", re.IGNORECASE
)
#: A book's imprint after its title: "М.: Наука, 2019", "СПб. : Питер, 2020".
_IMPRINT = re.compile(
    r"\.\s+(?P<place>[^\W\d_][^.:;]{0,30}?\.?)\s*:\s*(?P<publisher>[^,;]{2,80}?)\s*,\s*"
    r"(?P<year>(?:1[5-9]|20)\d\d)\b"
)
#: Where the container's name ends: before the year, a number, a date or a URL.
_CONTAINER_END = re.compile(
    # "// Kazinform. 12.03.2025. URL": a numeric date ends it too
    r"\.\s+(?=(?:1[5-9]|20)\d\d\b|\d{1,2}\.\d{1,2}\.(?:1[5-9]|20)\d\d\b|№|[ТT]\.\s?\d|Вып\.|Vol\.|No\.|[СC]\.\s?\d|P\.\s?\d|URL|,|$)"
    r"|[.,]*\s*$"
)
_AREA_DASH = re.compile(r"\.\s+[–—-]\s+")
_AUTHOR_DATE = re.compile(r"\s*\(?(?:1[5-9]|20)\d\d[a-z]?\)?[.,]")


@dataclass(slots=True)
class GostParts:
    """The areas of a GOST reference; ``tail`` holds year, numbers and dates."""

    authors: list[Name] = field(default_factory=list)
    title: str = ""
    container: str = ""
    publisher: str = ""
    place: str = ""
    tail: str = ""


def read_gost(body: str) -> GostParts | None:
    """``body`` cut into GOST areas, or None when it is not written that way.

    Without " // " only a Russian book is taken ("Иванов И. И. Title. М.:
    Наука, 2019"): an author-date reference ("Радаев В. В. 2010. Title.
    Journal …") is the general reader's.
    """
    body = _AREA_DASH.sub(". ", body)  # GOST 7.1-2003 writes ". – " between areas
    head, slashes, container_part = body.partition(" // ")
    authors, position = _leading_authors(head)
    if not slashes and not (authors and CYRILLIC.search(head[:40])):
        return None  # neither a container mark nor a Russian "Иванов И. И." opening
    if not slashes and (_IMPRINT.search(head) is None or _AUTHOR_DATE.match(head, position)):
        return None
    parts = GostParts(authors=authors)
    rest = _MATERIAL.sub("", head[position:]).strip(" .,")
    title, responsibility_mark, responsibility = rest.partition(" / ")
    if responsibility_mark and not parts.authors:
        names = responsibility.split(";", 1)[0]  # "; под ред. …" names editors
        found = [parse_person(name) for name in _AUTHOR_SEPARATOR.split(names)]
        parts.authors = [name for name in found if name is not None]
    if slashes:
        parts.title = title.strip(" .,")
        container = _MATERIAL.sub("", container_part)
        end = _CONTAINER_END.search(container)
        cut = end.start() if end is not None else len(container)
        parts.container = container[:cut].strip(" .,")
        parts.tail = container[cut:]
        return parts
    imprint = _IMPRINT.search(title)
    if imprint is None:
        return None  # an imprint was seen in the head, but inside the responsibility
    parts.title = title[: imprint.start()].strip(" .,")
    parts.place = imprint.group("place").strip()
    parts.publisher = imprint.group("publisher").strip()
    parts.tail = title[imprint.start("year") :]
    return parts


def _leading_authors(text: str) -> tuple[list[Name], int]:
    authors: list[Name] = []
    position = 0
    while True:
        match = _AUTHOR.match(text, position)
        if match is None:
            break
        authors.append(Name(family=match.group("family"), given=match.group("given").strip()))
        position = match.end()
        separator = _AUTHOR_SEPARATOR.match(text, position)
        if separator is None or _AUTHOR.match(text, separator.end()) is None:
            break
        position = separator.end()
    return authors, position

"""The record model every pipeline stage speaks.

Field names follow CSL (``container-title`` → ``container_title``, ``issued``,
``accessed``) as anystyle and citeproc do: BibTeX, BibLaTeX, RIS and CSL-JSON are
renamings at the export edge, so the core never has to know about them.

Records are plain dataclasses so that a Python user can build, inspect and
compare them without the CLI.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

#: CSL item types the harvester produces. ``webpage`` for generic sites,
#: ``article-newspaper`` for news outlets and agencies, ``report`` for
#: government/organisation documents and PDFs, ``post-weblog`` for blogs,
#: and the academic types for the rest.
ItemType = Literal[
    "webpage",
    "article-newspaper",
    "article-magazine",
    "article-journal",
    "post-weblog",
    "report",
    "book",
    "chapter",
    "paper-conference",
    "thesis",
    "legislation",
    "document",
]

Severity = Literal["info", "warning", "error"]


@dataclass(frozen=True, slots=True)
class Name:
    """A person (``family``/``given``) or an organisation (``literal``).

    Organisations are never split into given/family: "Anadolu Ajansı" is a
    literal, "Bahtiyar Abdülkerimov" is family="Abdülkerimov", given="Bahtiyar".
    """

    family: str = ""
    given: str = ""
    literal: str = ""

    @property
    def is_organisation(self) -> bool:
        return bool(self.literal)

    def display(self) -> str:
        if self.literal:
            return self.literal
        return f"{self.given} {self.family}".strip()


@dataclass(frozen=True, slots=True, order=True)
class PartialDate:
    """A date that may be known only to the year or month.

    Partial dates stay partial: "2019" must never become 2019-01-01.
    """

    year: int
    month: int | None = None
    day: int | None = None

    def __post_init__(self) -> None:
        if self.day is not None and self.month is None:
            raise ValueError("a day needs a month")
        if self.month is not None and not 1 <= self.month <= 12:
            raise ValueError(f"month out of range: {self.month}")
        if self.day is not None and not 1 <= self.day <= 31:
            raise ValueError(f"day out of range: {self.day}")

    def iso(self) -> str:
        """ISO 8601 / EDTF level 0 form: ``2025``, ``2025-12``, ``2025-12-19``."""
        text = f"{self.year:04d}"
        if self.month is not None:
            text += f"-{self.month:02d}"
            if self.day is not None:
                text += f"-{self.day:02d}"
        return text

    def parts(self) -> list[int]:
        """CSL ``date-parts`` row."""
        return [p for p in (self.year, self.month, self.day) if p is not None]

    @classmethod
    def from_iso(cls, text: str) -> PartialDate:
        pieces = [int(p) for p in text.strip().split("-") if p]
        if not 1 <= len(pieces) <= 3:
            raise ValueError(f"not an ISO date: {text!r}")
        return cls(*pieces)


@dataclass(frozen=True, slots=True)
class Citation:
    """Where a reference was cited: provenance kept through every stage.

    ``footnote`` is the note label as printed ("1", "10") or ``None`` for an
    entry of a reference list; ``position`` counts the references inside one
    footnote split on ``;`` (0 for the first).
    """

    article: str
    footnote: str | None
    position: int = 0
    raw: str = ""
    line: int | None = None

    def to_json(self) -> dict[str, Any]:
        """The JSON form our exports share (empty parts left out)."""
        out: dict[str, Any] = {"article": self.article, "footnote": self.footnote}
        if self.position:
            out["position"] = self.position
        if self.raw:
            out["raw"] = self.raw
        if self.line is not None:
            out["line"] = self.line
        return out

    def label(self) -> str:
        where = f"fn{self.footnote}" if self.footnote is not None else "list"
        suffix = f".{self.position + 1}" if self.position else ""
        return f"{self.article}:{where}{suffix}"


@dataclass(slots=True)
class Reference:
    """One cited work, as parsed from one or more citations.

    ``language`` is the language of the title (BCP 47 primary tag: tr, en, ru,
    de). ``complete`` is False when the parser could not find the fields a
    citation of this kind needs; the raw text then also goes to ``note``.
    ``extra`` keeps fields with no slot here (e.g. ``titleaddon``, translated
    titles merged from another language version), keyed by BibLaTeX name.
    """

    type: ItemType = "webpage"
    authors: list[Name] = field(default_factory=list)
    editors: list[Name] = field(default_factory=list)
    title: str = ""
    container_title: str = ""
    publisher: str = ""
    publisher_place: str = ""
    issued: PartialDate | None = None
    accessed: PartialDate | None = None
    url: str = ""
    doi: str = ""
    language: str = ""
    volume: str = ""
    issue: str = ""
    pages: str = ""
    number: str = ""
    collection_title: str = ""
    note: str = ""
    key: str = ""
    complete: bool = True
    citations: list[Citation] = field(default_factory=list)
    extra: dict[str, str] = field(default_factory=dict)

    def copy(self) -> Reference:
        """A copy whose lists and dict are its own (names, dates and citations are frozen).

        Spelled out rather than ``dataclasses.replace``, which costs several
        times more: the parser hands out a copy of every cached parse.
        ``tests/test_model.py`` fails when a field is added here but not there.
        """
        return Reference(
            type=self.type,
            authors=list(self.authors),
            editors=list(self.editors),
            title=self.title,
            container_title=self.container_title,
            publisher=self.publisher,
            publisher_place=self.publisher_place,
            issued=self.issued,
            accessed=self.accessed,
            url=self.url,
            doi=self.doi,
            language=self.language,
            volume=self.volume,
            issue=self.issue,
            pages=self.pages,
            number=self.number,
            collection_title=self.collection_title,
            note=self.note,
            key=self.key,
            complete=self.complete,
            citations=list(self.citations),
            extra=dict(self.extra),
        )

    @property
    def raw(self) -> str:
        """The raw text of the first citation, which is what a person reads."""
        return self.citations[0].raw if self.citations else ""


@dataclass(frozen=True, slots=True)
class Diagnostic:
    """A problem a user should see, tied to the text that caused it."""

    severity: Severity
    code: str
    message: str
    article: str = ""
    footnote: str | None = None
    raw: str = ""
    line: int | None = None

    def to_json(self) -> dict[str, Any]:
        """The JSON form the run summary and the merge report share."""
        return {
            "severity": self.severity,
            "code": self.code,
            "message": self.message,
            "article": self.article,
            "footnote": self.footnote,
            "line": self.line,
            "raw": self.raw,
        }

    def __str__(self) -> str:
        where = self.article
        if self.footnote is not None:
            where += f" [{self.footnote}]"
        elif self.line is not None:
            where += f":{self.line}"
        return f"{self.severity}: {where}: {self.message} ({self.code})"


@dataclass(frozen=True, slots=True)
class Footnote:
    """One note or one reference-list item, text unwrapped but not parsed.

    ``text`` has line breaks resolved (URLs broken across lines rejoined);
    ``raw`` is the text as it stood in the document, for diagnostics.
    ``kind`` tells notes ("footnote") from bibliography items ("list").
    """

    article: str
    label: str | None
    text: str
    raw: str = ""
    line: int | None = None
    kind: Literal["footnote", "list"] = "footnote"


@dataclass(slots=True)
class Document:
    """A decoded input file, before footnotes are found.

    ``kind`` says which reader recognised it: ``pdf-text`` (text extracted
    from a PDF), ``markdown``, ``html`` or ``text``. ``link_evidence`` holds
    URLs the document lists outside its notes (a PDF's link annotations, an
    HTML page's hrefs); they confirm rejoined URLs and are never references.
    """

    article: str
    path: str
    kind: Literal["pdf-text", "markdown", "html", "text"]
    text: str
    encoding: str = "utf-8"
    link_evidence: list[str] = field(default_factory=list)
    #: Notes a reader found itself (HTML footnote lists); None lets the
    #: splitter find them in ``text``.
    notes: list[Footnote] | None = None
    diagnostics: list[Diagnostic] = field(default_factory=list)


@dataclass(slots=True)
class Article:
    """One harvested input file: its own record, its notes and references."""

    id: str
    path: str
    kind: str
    record: Reference
    footnotes: list[Footnote] = field(default_factory=list)
    references: list[Reference] = field(default_factory=list)
    diagnostics: list[Diagnostic] = field(default_factory=list)

    @property
    def language(self) -> str:
        return self.record.language

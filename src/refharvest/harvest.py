"""The harvest pipeline: read → find footnotes → split → parse → Article.

This is the library entry point a Python user calls; the ``extract``,
``build`` and ``parse`` commands are thin layers over it. Every footnote is
accounted for: it yields references, or a diagnostic carrying its raw text.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from .errors import InputError, RefharvestError
from .footnotes import find_footnotes, split_references
from .ingest import document_from_text, read_document
from .model import Article, Citation, Diagnostic, Document, Footnote, Reference, Severity
from .parse import parse_reference
from .parse.article import parse_article_record
from .parse.repeats import Repeat, find_repeat, resolve_repeat, take_authors_above

#: Extensions picked up when a folder is given; files named explicitly are
#: read whatever their extension (readers detect the kind by content).
ARTICLE_SUFFIXES = frozenset({".txt", ".text", ".md", ".markdown", ".html", ".htm", ".xhtml"})


def harvest_document(doc: Document) -> Article:
    """Turn one decoded document into an Article with parsed references."""
    record = parse_article_record(doc)
    notes, diagnostics = find_footnotes(doc)
    diagnostics = [*doc.diagnostics, *diagnostics]
    references: list[Reference] = []
    cited: list[Reference] = []  # the work each piece cites, in order ("Ibid." looks here)
    for note in notes:
        references.extend(_parse_note(note, record.language, diagnostics, cited))
    return Article(
        id=doc.article,
        path=doc.path,
        kind=doc.kind,
        record=record,
        footnotes=notes,
        references=references,
        diagnostics=diagnostics,
    )


def _parse_note(
    note: Footnote, language: str, diagnostics: list[Diagnostic], cited: list[Reference]
) -> list[Reference]:
    """The note's new references; a piece that cites an earlier work again
    ("Ibid.", "Cutler, a.g.e., s. 5") becomes one more citation of that work,
    and "———. Title" takes the author of the work before."""
    pieces = _split_back_references(split_references(note))
    if not any(piece.strip() for piece in pieces):
        diagnostics.append(
            Diagnostic(
                "warning",
                "empty-footnote",
                "footnote holds no reference text",
                article=note.article,
                footnote=note.label,
                raw=note.raw or note.text,
                line=note.line,
            )
        )
        return []
    references = []
    for position, piece in enumerate(p for p in pieces if p.strip()):
        citation = Citation(
            article=note.article,
            footnote=note.label,
            position=position,
            raw=piece,
            line=note.line,
        )
        repeat = find_repeat(piece)
        if repeat is not None:
            diagnostics.append(_cite_again(repeat, citation, cited))
            continue
        reference, problems = parse_reference(piece, citation, language_hint=language)
        diagnostics.extend(problems)
        take_authors_above(reference, piece, cited)
        references.append(reference)
        cited.append(reference)
    return references


def _split_back_references(pieces: list[str]) -> list[str]:
    """ "A.g.e., s. 50; Kazinform, “Title”, …": a back-reference is too short for the
    splitter to see it as a reference before "; ", but it is one."""
    out: list[str] = []
    for piece in pieces:
        while "; " in piece:
            head, _, tail = piece.partition("; ")
            if find_repeat(head) is None or not tail.strip():
                break
            out.append(head)
            piece = tail
        out.append(piece)
    return out


def _cite_again(repeat: Repeat, citation: Citation, cited: list[Reference]) -> Diagnostic:
    """Add ``citation`` to the work ``repeat`` points at; say so, or that none fits."""
    target = resolve_repeat(repeat, cited)
    if target is None:
        pointer = f"no earlier work by {repeat.who}" if repeat.who else "no earlier note"
        severity: Severity = "warning"
        code = "unresolved-repeat"
        message = f"cites an earlier work again, but {pointer} was found; raw text kept here only"
    else:
        first = target.citations[0] if target.citations else None
        origin = f"note {first.footnote}" if first and first.footnote else "an earlier entry"
        target.citations.append(citation)
        cited.append(target)
        title = target.title or target.container_title or target.note[:60]
        severity, code = "info", "repeat-citation"
        message = f"cites again the work of {origin} (“{title}”): merged into that entry"
    return Diagnostic(
        severity,
        code,
        message,
        article=citation.article,
        footnote=citation.footnote,
        raw=citation.raw,
        line=citation.line,
    )


def harvest_file(path: str | os.PathLike[str], *, article_id: str | None = None) -> Article:
    """Read and harvest one article file."""
    return harvest_document(read_document(path, article_id=article_id))


def harvest_text(text: str, *, article_id: str = "text") -> Article:
    """Harvest an article given as a string (for library users and tests)."""
    return harvest_document(document_from_text(text, article_id=article_id))


def expand_inputs(paths: Iterable[str | os.PathLike[str]]) -> list[Path]:
    """Files to harvest: explicit files as given, folders by article suffix, sorted.

    A folder's non-article files (``corrections.bib``, alias tables) are
    configuration, not articles, and are skipped.
    """
    files: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found = sorted(
                p for p in path.iterdir() if p.is_file() and p.suffix.lower() in ARTICLE_SUFFIXES
            )
            files.extend(found)
        elif path.exists():
            files.append(path)
        else:
            raise InputError("no such file or folder", path=str(path))
    seen: set[Path] = set()
    unique = []
    for file in files:
        resolved = file.resolve()
        if resolved not in seen:
            seen.add(resolved)
            unique.append(file)
    return unique


@dataclass
class HarvestRun:
    """What harvesting several files gave: articles, and files that failed."""

    articles: list[Article] = field(default_factory=list)
    failures: list[tuple[Path, RefharvestError]] = field(default_factory=list)

    @property
    def references(self) -> list[Reference]:
        return [ref for article in self.articles for ref in article.references]


def iter_harvest(paths: Sequence[Path]) -> Iterator[Article | tuple[Path, RefharvestError]]:
    """Harvest files one at a time, so memory does not grow with the corpus."""
    for path in paths:
        try:
            yield harvest_file(path)
        except RefharvestError as exc:
            yield (path, exc)


def harvest_paths(
    paths: Sequence[str | os.PathLike[str]], *, keep_going: bool = False
) -> list[Article]:
    """Harvest files and folders; the first unreadable file raises unless ``keep_going``."""
    return run_harvest(paths, keep_going=keep_going).articles


def run_harvest(paths: Sequence[str | os.PathLike[str]], *, keep_going: bool = False) -> HarvestRun:
    run = HarvestRun()
    files = expand_inputs(paths)
    if not files:
        raise InputError(
            "no article files found",
            path=", ".join(str(p) for p in paths),
            hint=f"a folder is searched for {', '.join(sorted(ARTICLE_SUFFIXES))}",
        )
    for item in iter_harvest(files):
        if isinstance(item, Article):
            run.articles.append(item)
        elif keep_going:
            run.failures.append(item)
        else:
            raise item[1]
    return run

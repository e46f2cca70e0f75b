"""Parse a list of reference strings, one a line, keeping one record per line."""

from __future__ import annotations

from .keys import assign_keys
from .model import Citation, Diagnostic, Reference
from .parse import parse_reference
from .parse.repeats import find_repeat, resolve_repeat, take_authors_above


def parse_lines(
    text: str, *, source: str = "lines", language_hint: str = ""
) -> tuple[list[Reference], list[Diagnostic]]:
    """One Reference per input line, in order, each with a unique key.

    Blank lines give an empty ``document`` record rather than being skipped,
    so line N of the input is always item N of the output.
    """
    refs: list[Reference] = []
    works: list[Reference] = []  # the lines that cite a work of their own ("Ibid." looks here)
    problems: list[Diagnostic] = []
    for number, line in enumerate(text.splitlines(), start=1):
        raw = line.strip()
        citation = Citation(article=source, footnote=None, position=0, raw=raw, line=number)
        if not raw:
            ref = Reference(type="document", complete=False, citations=[citation])
            problems.append(
                Diagnostic("info", "blank-line", "blank input line", article=source, line=number)
            )
        elif (repeat := find_repeat(raw)) is not None:
            ref, problem = _repeated(raw, citation, resolve_repeat(repeat, works))
            problems.append(problem)
        else:
            ref, found = parse_reference(raw, citation, language_hint=language_hint)
            problems.extend(found)
            take_authors_above(ref, raw, works)
            works.append(ref)
        refs.append(ref)
    assign_keys(refs)
    return refs, problems


def _repeated(
    raw: str, citation: Citation, target: Reference | None
) -> tuple[Reference, Diagnostic]:
    """ "Ibid., p. 7" on its own line: the work of the line it points back at, again."""
    if target is None:
        ref = Reference(type="document", note=raw, complete=False, citations=[citation])
        message = "cites an earlier work again, but no earlier line fits; raw text kept"
        return ref, Diagnostic(
            "warning", "unresolved-repeat", message, citation.article, None, raw, citation.line
        )
    ref = target.copy()
    ref.key, ref.citations = "", [citation]
    origin = target.citations[0].line if target.citations else None
    message = f"cites again the work of line {origin} (“{target.title or target.note[:60]}”)"
    return ref, Diagnostic(
        "info", "repeat-citation", message, citation.article, None, raw, citation.line
    )

"""Parse a list of reference strings, one a line, keeping one record per line."""

from __future__ import annotations

from .keys import assign_keys
from .model import Citation, Diagnostic, Reference
from .parse import parse_reference


def parse_lines(
    text: str, *, source: str = "lines", language_hint: str = ""
) -> tuple[list[Reference], list[Diagnostic]]:
    """One Reference per input line, in order, each with a unique key.

    Blank lines give an empty ``document`` record rather than being skipped,
    so line N of the input is always item N of the output.
    """
    refs: list[Reference] = []
    problems: list[Diagnostic] = []
    for number, line in enumerate(text.splitlines(), start=1):
        raw = line.strip()
        citation = Citation(article=source, footnote=None, position=0, raw=raw, line=number)
        if not raw:
            ref = Reference(type="document", complete=False, citations=[citation])
            problems.append(
                Diagnostic("info", "blank-line", "blank input line", article=source, line=number)
            )
        else:
            ref, found = parse_reference(raw, citation, language_hint=language_hint)
            problems.extend(found)
        refs.append(ref)
    assign_keys(refs)
    return refs, problems

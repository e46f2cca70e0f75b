"""A user's own corrections, applied on every run so they survive re-harvesting.

``refs/corrections.bib`` holds ordinary BibTeX/BibLaTeX entries. Each is
matched to a library entry by citation key, else by normalised URL; every
field it sets overrides the harvested value (the key and the provenance stay).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from bibtexparser.entrypoint import parse_string

from ..errors import BibParseError, InputError
from ..model import Diagnostic, Reference
from ..urls import normalize_url, url_host
from .bibfiles import entry_to_match_reference

#: File name of the corrections inside the corpus folder.
CORRECTIONS_FILE = "corrections.bib"
_KEEP = {"key", "citations", "complete", "extra"}


def _read_text(path: Path) -> str:
    try:
        return path.read_text("utf-8-sig")
    except (OSError, UnicodeError) as exc:
        raise InputError(f"cannot read: {exc}", path=str(path)) from exc


def parse_bib_library(text: str, *, path: str = "", parse_stack: Any = None) -> Any:
    """A bibtexparser Library; a block that does not parse is a BibParseError."""
    try:
        library = (
            parse_string(text)
            if parse_stack is None
            else parse_string(text, parse_stack=parse_stack)
        )
    except Exception as exc:  # bibtexparser raises bare exceptions on broken input
        raise BibParseError(f"not a BibTeX file: {exc}", path=path) from exc
    if library.failed_blocks:
        block = library.failed_blocks[0]
        line = getattr(block, "start_line", None)
        where = f" at line {line + 1}" if isinstance(line, int) else ""
        raise BibParseError(
            f"{len(library.failed_blocks)} block(s) do not parse{where}: "
            f"{getattr(block, 'error', '')}".rstrip(": "),
            path=path,
            hint="fix or remove the entry; braces and quotes must balance",
        )
    return library


def read_bib_references(path: Path) -> list[Reference]:
    """Entries of a .bib file as References (the export module's reader when present)."""
    text = _read_text(path)
    reader: Callable[..., list[Reference]] | None
    try:
        from ..export.bibtex import read_bibtex as reader
    except ImportError:
        reader = None
    if reader is not None:
        return reader(text, path=str(path))
    library = parse_bib_library(text, path=str(path))
    return [entry_to_match_reference(entry) for entry in library.entries]


def _url_key(ref: Reference) -> str:
    return normalize_url(ref.url) if ref.url and url_host(ref.url) else ""


def apply_corrections(
    entries: Sequence[Reference], config_dir: Path, diagnostics: list[Diagnostic]
) -> list[str]:
    """Override fields of ``entries`` from ``config_dir/corrections.bib``; the keys corrected."""
    path = Path(config_dir) / CORRECTIONS_FILE
    if not path.is_file():
        return []
    corrections = read_bib_references(path)
    by_key = {entry.key: entry for entry in entries if entry.key}
    by_url: dict[str, Reference] = {}
    for entry in entries:
        if url := _url_key(entry):
            by_url.setdefault(url, entry)
    defaults = Reference()
    corrected = []
    for correction in corrections:
        target = by_key.get(correction.key) or by_url.get(_url_key(correction))
        if target is None:
            diagnostics.append(
                Diagnostic(
                    "warning",
                    "correction-unmatched",
                    f"correction {correction.key!r} matches no entry by key or URL",
                    article=str(path),
                )
            )
            continue
        for item in dataclasses.fields(Reference):
            if item.name in _KEEP:
                continue
            value = getattr(correction, item.name)
            if value != getattr(defaults, item.name):
                setattr(target, item.name, value)
        target.extra.update(correction.extra)
        target.extra["corrected"] = "corrections.bib"
        corrected.append(target.key)
    return corrected

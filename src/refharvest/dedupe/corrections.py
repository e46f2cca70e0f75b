"""A user's own corrections, applied on every run so they survive re-harvesting.

``refs/corrections.bib`` holds ordinary BibTeX/BibLaTeX entries. Each is
matched to a library entry by citation key, else by normalised URL; every
field it sets overrides the harvested value (the key and the provenance stay).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from pathlib import Path

from ..export.bibtex import read_bibtex
from ..model import Diagnostic, Reference
from ..urls import normalize_url, url_host

#: File name of the corrections inside the corpus folder.
CORRECTIONS_FILE = "corrections.bib"
_KEEP = {"key", "citations", "complete", "extra"}


def read_bib_references(path: Path) -> list[Reference]:
    """Entries of a .bib file as References, read by the BibTeX export module."""
    from ..export import read_bibliography_text

    return read_bibtex(read_bibliography_text(path), path=str(path))


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
        corrected.append(target.key)
    return corrected
